import pino from 'pino';
import { loadConfigOrExit, type AppConfig } from '../config/config';
import { resolveDatabase } from '../database/resolve-database';

export const cliLogger = pino({ level: process.env.LOG_LEVEL ?? 'warn' });

/**
 * Runs a command-line task against DATABASE_URL or, when it is not set, the embedded database in
 * DATA_DIR (started for the task and stopped after it). Exits with 1 on failure.
 */
export async function withDatabase(task: (databaseUrl: string, config: AppConfig) => Promise<void>): Promise<void> {
  const config = loadConfigOrExit();

  const database = await resolveDatabase(config, cliLogger);
  let failed = false;
  try {
    await task(database.url, config);
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : String(error));
  } finally {
    await database.stop();
  }
  process.exit(failed ? 1 : 0);
}
