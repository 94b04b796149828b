import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { seedDemoContent } from '../demo/demo-seed';
import { loadReferenceData } from '../reference-data/reference-data.loader';
import { dataSourceOptions } from './data-source-options';

export interface PrepareOptions {
  demoMode: boolean;
}

/** Runs pending migrations, loads the reference data and, in demo mode, adds the demo content when it is missing. */
export async function prepareDatabase(url: string, options: PrepareOptions, logger: Logger): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of migrations) logger.info({ migration: migration.name }, 'migration applied');

    const counts = await loadReferenceData(dataSource);
    logger.info(counts, 'reference data loaded');

    if (options.demoMode) {
      const added = await seedDemoContent(dataSource);
      logger.info({ added }, added ? 'demo content added' : 'demo content already present');
    }
  } finally {
    await dataSource.destroy();
  }
}
