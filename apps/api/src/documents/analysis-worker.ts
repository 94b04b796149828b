/**
 * Entry point of the worker thread that analyses one file. Running pdf.js and the ZIP readers
 * here keeps a slow or hostile file from blocking the API's event loop, and the thread's memory
 * limit and the caller's timeout end it if it runs away.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseDocument, FileRejectedError, type DetectedType } from './analysis';

interface AnalysisJob {
  path: string;
  type: DetectedType;
}

const job = workerData as AnalysisJob;
analyseDocument(job.path, job.type).then(
  (analysis) => parentPort?.postMessage({ ok: true, analysis }),
  (error: unknown) =>
    parentPort?.postMessage({
      ok: false,
      rejected: error instanceof FileRejectedError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    }),
);
