import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/config';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';

export interface TestApp {
  app: INestApplication;
  /** Base address such as http://127.0.0.1:41234, for supertest and Socket.io clients. */
  baseUrl: string;
  /** Direct access to the test database, for checks the API does not show. */
  dataSource: DataSource;
  databaseUrl: string;
  /** Folder of the app's data, such as stored files under `files/`. */
  dataDir: string;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('TEST_ADMIN_DATABASE_URL is missing: run the tests through `npm test`.');
  return url;
}

/** Creates an empty database on the test server and returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database that createTestDatabase made, so runs against a shared server leave nothing behind. */
async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    // FORCE (PostgreSQL 13 and later) ends connections that a closed pool may still be shutting down.
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * High posting limits for test apps, because tests post far faster than people do. Tests of the
 * limits themselves set lower ones. Apps started beside `startTestApp` should spread this too.
 */
export const TEST_RATE_LIMIT_ENV = { RATE_LIMIT_REPLIES_PER_MINUTE: '10000', RATE_LIMIT_THREADS_PER_HOUR: '10000' };

/** Starts the whole API on a free port against a new database with migrations and reference data. */
export async function startTestApp(options: { demoMode?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const logger = pino({ level: 'warn' });
  await prepareDatabase(databaseUrl, { demoMode: options.demoMode ?? false }, logger);

  const dataDir = await mkdtemp(join(tmpdir(), 'inclusieplein-app-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    ...TEST_RATE_LIMIT_ENV,
    ...options.env,
  });
  const app = await createApp({ config, databaseUrl });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };

  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();

  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataSource,
    databaseUrl,
    dataDir,
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await dropTestDatabase(databaseUrl);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
