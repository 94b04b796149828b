import 'reflect-metadata';
import { prepareDatabase } from '../database/prepare-database';
import { cliLogger, withDatabase } from './with-database';

/** `npm run migrate`: applies pending migrations and loads the reference data, as start-up does. */
void withDatabase(async (databaseUrl, config) => {
  await prepareDatabase(databaseUrl, { demoMode: config.demoMode }, cliLogger);
  console.log('The database is up to date.');
});
