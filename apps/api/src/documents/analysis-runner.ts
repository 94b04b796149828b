import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyseDocument, FileRejectedError, type DetectedType, type DocumentAnalysis } from './analysis';

/** A file whose analysis takes longer than this is treated as damaged. */
export const ANALYSIS_TIMEOUT_MS = 120_000;
/** Heap limit of the analysis thread, because pdf.js keeps the whole PDF and its objects in memory. */
const WORKER_HEAP_MB = 768;

type WorkerAnswer =
  | { ok: true; analysis: DocumentAnalysis }
  | { ok: false; rejected: FileRejectedError['code'] | null; message: string };

/**
 * Analyses a file in a worker thread when the compiled worker exists, as in the built application.
 * Under ts-jest, which cannot start a TypeScript worker, the analysis runs in the same thread.
 */
export function runAnalysis(path: string, type: DetectedType, timeoutMs = ANALYSIS_TIMEOUT_MS): Promise<DocumentAnalysis> {
  const workerFile = join(__dirname, 'analysis-worker.js');
  if (!existsSync(workerFile)) return analyseDocument(path, type);

  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { path, type },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new FileRejectedError('file_damaged', `Reading the file took longer than ${timeoutMs / 1000} seconds.`))),
      timeoutMs,
    );
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() => {
        if (answer.ok) resolve(answer.analysis);
        else if (answer.rejected) reject(new FileRejectedError(answer.rejected, answer.message));
        else reject(new Error(answer.message));
      }),
    );
    worker.once('error', (error) =>
      settle(() =>
        reject(
          /memory/i.test(error.message)
            ? new FileRejectedError('file_damaged', 'Reading the file needed more memory than allowed.')
            : error,
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`The analysis thread stopped with code ${code}.`))));
  });
}
