import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { startEmbeddedDatabase } from './embedded-database';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Uses DATABASE_URL when set, and otherwise starts the embedded PostgreSQL in DATA_DIR. */
export async function resolveDatabase(config: AppConfig, logger: Logger): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedDatabasePort, logger);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
