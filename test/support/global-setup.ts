import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startEmbeddedDatabase } from '../../apps/api/src/database/embedded-database';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Gives the tests a PostgreSQL server: TEST_DATABASE_URL when set (its database is only used to
 * create one database per test file), otherwise an embedded server in a temporary folder.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'inclusieplein-test-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
  await chmod(dataDir, 0o755);
  const logger = pino({ level: 'warn' });
  const database = await startEmbeddedDatabase(dataDir, await freePort(), logger);
  process.env.TEST_ADMIN_DATABASE_URL = database.url;
  (globalThis as { embeddedTestDatabase?: unknown }).embeddedTestDatabase = { database, dataDir };
}
