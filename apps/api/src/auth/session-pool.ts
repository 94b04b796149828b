import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
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
    { provide: SESSION_POOL, useFactory: () => new Pool({ connectionString: databaseUrl, max: 4 }) },
    SessionPoolCloser,
  ];
}
