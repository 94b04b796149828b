import type { UploadedFile, UploadLimits } from '@inclusieplein/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { ApiError, NetworkError } from '../../api/client';
import { uploadFile, UploadCancelledError, type UploadHandle } from '../../api/upload';

/** Reason an upload failed, each with its own Dutch explanation. */
export type UploadProblem =
  | 'no_file'
  | 'empty'
  | 'too_large'
  | 'unsupported'
  | 'damaged'
  | 'interrupted'
  | 'cancelled'
  | 'not_authenticated'
  | 'other';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'failed'; problem: UploadProblem; error?: unknown; attempt: number }
  | { phase: 'done'; file: UploadedFile };

/**
 * Progress is announced only at these percentages, so a screen reader is not flooded. 100 % is
 * announced once the server has accepted the file, because it may still reject the bytes it received.
 */
const ANNOUNCED_STEPS = [25, 50, 75];

function problemOf(error: unknown): UploadProblem {
  if (error instanceof UploadCancelledError) return 'cancelled';
  if (error instanceof NetworkError) return 'interrupted';
  if (!(error instanceof ApiError)) return 'other';
  switch (error.code) {
    case 'file_missing':
      return 'no_file';
    case 'file_too_large':
      return 'too_large';
    case 'unsupported_file_type':
      return 'unsupported';
    case 'file_damaged':
      return 'damaged';
    case 'upload_interrupted':
      return 'interrupted';
    case 'not_authenticated':
      return 'not_authenticated';
    default:
      return 'other';
  }
}

export interface Upload {
  state: UploadState;
  /** Checks the file in the browser, then sends it. Resolves when the upload has ended either way. */
  start: (file: File | undefined) => Promise<void>;
  cancel: () => void;
  reset: () => void;
}

/** Keeps the state of one file upload and announces its progress politely at 25, 50 and 75 %, and 100 % once stored. */
export function useUpload(limits: UploadLimits | undefined): Upload {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const handle = useRef<UploadHandle | null>(null);
  const attempts = useRef(0);
  const lastStep = useRef(0);

  const fail = useCallback((problem: UploadProblem, error?: unknown) => {
    attempts.current += 1;
    setState({ phase: 'failed', problem, error, attempt: attempts.current });
  }, []);

  const onProgress = useCallback(
    (fraction: number) => {
      const percent = Math.min(100, Math.floor(fraction * 100));
      setState((current) => (current.phase === 'uploading' ? { phase: 'uploading', percent } : current));
      const step = [...ANNOUNCED_STEPS].reverse().find((candidate) => percent >= candidate) ?? 0;
      // All bytes sent (100 %) is not announced here, because the server may still reject the file.
      if (percent < 100 && step > lastStep.current) {
        lastStep.current = step;
        announce(t('documents.upload.progressAnnounced', { percent: step }));
      }
    },
    [announce, t],
  );

  const start = useCallback(
    async (file: File | undefined) => {
      if (handle.current) return;
      if (!file) return fail('no_file');
      if (file.size === 0) return fail('empty');
      if (limits && file.size > limits.maxBytes) return fail('too_large');

      lastStep.current = 0;
      setState({ phase: 'uploading', percent: 0 });
      const current = uploadFile(file, onProgress);
      handle.current = current;
      try {
        const uploaded = await current.done;
        announce(t('documents.upload.progressAnnounced', { percent: 100 }));
        setState({ phase: 'done', file: uploaded });
      } catch (error) {
        fail(problemOf(error), error);
      } finally {
        handle.current = null;
      }
    },
    [announce, fail, limits, onProgress, t],
  );

  const cancel = useCallback(() => handle.current?.cancel(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  // Leaving the page stops an upload that is still running.
  useEffect(() => () => handle.current?.cancel(), []);

  return { state, start, cancel, reset };
}
