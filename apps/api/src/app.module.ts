import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { LoggerModule } from 'nestjs-pino';
import { AccessibilityModule } from './accessibility/accessibility.module';
import { AuthModule } from './auth/auth.module';
import { SESSION_POOL, sessionPoolProviders } from './auth/session-pool';
import type { AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source-options';
import { DiscussionsModule } from './discussions/discussions.module';
import { DocumentsModule } from './documents/documents.module';
import { AppConfigModule } from './config/app-config.module';
import { StorageModule } from './storage/storage.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { MembershipsModule } from './memberships/memberships.module';
import { ModerationModule } from './moderation/moderation.module';
import { NetworksModule } from './networks/networks.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PlansModule } from './plans/plans.module';
import { RealtimeModule } from './realtime/realtime.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Built SPA to serve at `/`; left out when the folder does not exist, as in API tests. */
  webDistDir: string | null;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, webDistDir }: AppModuleOptions): DynamicModule {
    const staticModules =
      webDistDir && existsSync(webDistDir)
        ? [ServeStaticModule.forRoot({ rootPath: webDistDir, exclude: ['/api/{*path}'] })]
        : [];

    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: (request, response) => {
              const id = randomUUID();
              response.setHeader('X-Request-Id', id);
              return id;
            },
            // Cookies carry the session; post bodies are never logged because pino-http does not log bodies.
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (request) => request.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AppConfigModule.forRoot(config),
        StorageModule.forRoot(config),
        ...staticModules,
        RealtimeModule,
        MailModule,
        HealthModule,
        ReferenceDataModule,
        UsersModule,
        AuthModule,
        MembershipsModule,
        NetworksModule,
        DiscussionsModule,
        PlansModule,
        AccessibilityModule,
        DocumentsModule,
        ModerationModule,
        NotificationsModule,
      ],
      providers: sessionPoolProviders(databaseUrl),
      exports: [SESSION_POOL],
    };
  }
}
