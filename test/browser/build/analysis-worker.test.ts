/**
 * The built application analyses files in a worker thread. The API tests run the analysis in the
 * same thread because ts-jest cannot start a TypeScript worker. This suite runs after
 * `npm run build`, so it checks the compiled worker here.
 */
import { join } from 'node:path';
import type { DocumentAnalysis } from '../../../apps/api/src/documents/analysis';
import type { DetectedType } from '../../../apps/api/src/documents/analysis';

const DIST = join(__dirname, '..', '..', '..', 'apps', 'api', 'dist', 'apps', 'api', 'src', 'documents');
const SAMPLES = join(__dirname, '..', '..', '..', 'apps', 'api', 'src', 'demo', 'documents');
const PDF: DetectedType = { format: 'pdf', mediaType: 'application/pdf', extension: 'pdf' };

// Loaded from the build output on purpose, so the worker file next to it is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runAnalysis } = require(join(DIST, 'analysis-runner.js')) as {
  runAnalysis(path: string, type: DetectedType, timeoutMs?: number): Promise<DocumentAnalysis>;
};

describe('the compiled analysis worker', () => {
  it('reads the text of a real PDF in a worker thread', async () => {
    const analysis = await runAnalysis(join(SAMPLES, 'ah-tk-20202021-3235.pdf'), PDF);
    expect(analysis.extraction.status).toBe('done');
    expect(analysis.extraction.pageCount).toBe(3);
    expect(analysis.extraction.text).toContain('kredietverstrekking');
  });

  it('marks the scan as having no text', async () => {
    const analysis = await runAnalysis(join(SAMPLES, 'blg-1007826.pdf'), PDF);
    expect(analysis.extraction.status).toBe('no_text');
  });

  it('stops a file that takes too long and reports it as damaged', async () => {
    await expect(runAnalysis(join(SAMPLES, 'blg-1007826.pdf'), PDF, 1)).rejects.toMatchObject({
      name: 'FileRejectedError',
      code: 'file_damaged',
    });
  });
});
