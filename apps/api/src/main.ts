import 'reflect-metadata';
import { dirname, join } from 'node:path';
import pino from 'pino';
import { createApp } from './bootstrap';
import { loadConfigOrExit } from './config/config';
import { prepareDatabase } from './database/prepare-database';
import { resolveDatabase } from './database/resolve-database';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

function webDistDir(): string {
  return join(dirname(require.resolve('@inclusieplein/api/package.json')), '..', 'web', 'dist');
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();

  let database: Awaited<ReturnType<typeof resolveDatabase>>;
  try {
    database = await resolveDatabase(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'the database could not be started');
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app?.close().catch((error: unknown) => logger.error({ err: error }, 'closing the server failed'));
    await database.stop().catch((error: unknown) => logger.error({ err: error }, 'stopping the database failed'));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    await prepareDatabase(database.url, { demoMode: config.demoMode }, logger);
    app = await createApp({ config, databaseUrl: database.url, webDistDir: webDistDir() });
    // Nest's own shutdown hooks would race the handler above, which also stops the embedded database.
    await app.listen(config.port, config.host);
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    await database.stop().catch(() => undefined);
    process.exit(1);
  }

  const address = `http://localhost:${config.port}`;
  console.log(`\nInclusieplein draait. Open ${address} in je browser. Stoppen: Ctrl+C.`);
  console.log(`Inclusieplein is running at ${address} (API: ${address}/api, docs: ${address}/api/docs).\n`);
}

void main();
