import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';

/** Injection token of the small pg pool that the session store uses beside TypeORM's pool. */
export const SESSION_POOL = Symbol('SESSION_POOL');

/** Ends the session pool when the application closes, so no idle connection outlives it. */
@Injectable()
export class SessionPoolCloser implements OnApplicationShutdown {
  constructor(@Inject(SESSION_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

export function sessionPoolProviders(databaseUrl: string) {
  return [
    {
      provide: SESSION_POOL,
      useFactory: () => {
        const pool = new Pool({ connectionString: databaseUrl, max: 4 });
        // An idle connection that the server closes (restart, pg_terminate_backend) emits 'error' on the
        // pool. Without a listener Node throws it and the process stops. The pool replaces the connection.
        const logger = new Logger('SessionPool');
        pool.on('error', (error: Error & { code?: string }) =>
          logger.warn({ error: error.message, code: error.code }, 'an idle session database connection failed'),
        );
        return pool;
      },
    },
    SessionPoolCloser,
  ];
}
