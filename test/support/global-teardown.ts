import { rm } from 'node:fs/promises';
import type { EmbeddedDatabase } from '../../apps/api/src/database/embedded-database';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { embeddedTestDatabase?: { database: EmbeddedDatabase; dataDir: string } })
    .embeddedTestDatabase;
  if (!started) return;
  await started.database.stop();
  await rm(started.dataDir, { recursive: true, force: true });
}
