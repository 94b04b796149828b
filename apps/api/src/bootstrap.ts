import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import helmet from 'helmet';
import type { Pool } from 'pg';
import { AppModule } from './app.module';
import { configurePassport, createSessionMiddleware } from './auth/session';
import { SESSION_POOL } from './auth/session-pool';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { QuietStartupLogger } from './common/quiet-startup-logger';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { SessionIoAdapter } from './realtime/session-io.adapter';
import { UsersService } from './users/users.service';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  webDistDir?: string | null;
}

/** Builds the Nest application with everything the HTTP API and Socket.io need; used by main and by tests. */
export async function createApp({ config, databaseUrl, webDistDir = null }: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, webDistDir }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // React and Swagger UI set style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
    }),
  );

  // A plan body of 100,000 characters in four-byte UTF-8 and its actions stay below this.
  app.useBodyParser('json', { limit: '1mb' });

  const sessionPool = app.get<Pool>(SESSION_POOL);
  const sessionMiddleware = createSessionMiddleware(config, sessionPool);
  const authenticator = configurePassport(app.get(UsersService));
  app.use(sessionMiddleware);
  app.use(authenticator.initialize());
  app.use(authenticator.session());
  app.useWebSocketAdapter(new SessionIoAdapter(app, sessionMiddleware));

  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Inclusieplein API')
      .setDescription('Theme networks, membership and discussions. Sessions use the `inclusieplein.sid` cookie.')
      .setVersion('0.1.0')
      .addCookieAuth('inclusieplein.sid')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', useGlobalPrefix: false });
  return app;
}
