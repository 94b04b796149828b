import type { UploadedFile } from '@inclusieplein/contract';
import { apiErrorOf, NetworkError } from './client';

/** Error of an upload that the person stopped before it finished. */
export class UploadCancelledError extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadCancelledError';
  }
}

export interface UploadHandle {
  /** Resolves with the stored file. Rejects with `ApiError`, `NetworkError` or `UploadCancelledError`. */
  done: Promise<UploadedFile>;
  cancel: () => void;
}

/**
 * Sends one file to `POST /api/uploads` as `multipart/form-data` (field `file`).
 * It uses XMLHttpRequest instead of fetch, because only XMLHttpRequest reports upload progress.
 * Headers and cookies follow `request()` in client.ts: same-origin cookies and a JSON `Accept`.
 * `onProgress` receives the fraction sent, from 0 to 1.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open('POST', '/api/uploads');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'text';

    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    });
    xhr.addEventListener('load', () => {
      let parsed: unknown = undefined;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(parsed as UploadedFile);
      } else {
        reject(apiErrorOf(xhr.status, xhr.statusText, parsed));
      }
    });
    xhr.addEventListener('error', () => reject(new NetworkError(new Error('The upload connection failed.'))));
    xhr.addEventListener('timeout', () => reject(new NetworkError(new Error('The upload timed out.'))));
    xhr.addEventListener('abort', () => reject(new UploadCancelledError()));

    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
  return { done, cancel: () => xhr.abort() };
}
