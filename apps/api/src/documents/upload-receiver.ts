import { HttpStatus } from '@nestjs/common';
import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiException } from '../common/api-error';

export interface ReceivedFile {
  /** Temporary file on local disk. The caller moves it to storage and removes it. */
  tempPath: string;
  /** Name as the browser sent it, not yet sanitised. */
  originalName: string;
  sizeBytes: number;
  sha256: string;
}

export interface ReceiveOptions {
  tempDir: string;
  maxBytes: number;
}

/** Requests that declare more than this beyond the limit are rejected before reading them. */
const DRAIN_ALLOWANCE = 2;

const fileMissing = () =>
  new ApiException(HttpStatus.BAD_REQUEST, 'file_missing', 'Send one file as multipart/form-data in the field "file".');
const interrupted = () =>
  new ApiException(HttpStatus.BAD_REQUEST, 'upload_interrupted', 'The upload stopped before the whole file arrived.');
export const fileTooLarge = (maxBytes: number) =>
  new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, 'file_too_large', `The file is larger than the limit of ${maxBytes} bytes.`);

/**
 * Streams the one file of a multipart request to a temporary file while computing its SHA-256,
 * so the file never sits whole in memory. On any failure (too large, interrupted, no file) the
 * temporary file is removed before the promise rejects, so nothing half-stored remains.
 */
export async function receiveSingleFile(request: IncomingMessage, options: ReceiveOptions): Promise<ReceivedFile> {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) throw fileMissing();
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes * DRAIN_ALLOWANCE + 1024 * 1024) {
    request.headers.connection = 'close';
    throw fileTooLarge(options.maxBytes);
  }

  await mkdir(options.tempDir, { recursive: true, mode: 0o700 });
  const tempPath = join(options.tempDir, `${randomUUID()}.part`);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: options.maxBytes, fields: 20, parts: 25, fieldSize: 10_000 },
    });
  } catch {
    throw fileMissing();
  }

  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    let written: Promise<ReceivedFile | null> | null = null;
    let tooLarge = false;
    let fileStream: NodeJS.ReadableStream & { destroy(error?: Error): void } | null = null;

    const fail = (error: ApiException) => {
      if (settled) return;
      settled = true;
      // Wait for the write to end first, so the removal cannot run before the file is opened.
      void Promise.resolve(written)
        .then(() => rm(tempPath, { force: true }))
        .finally(() => reject(error));
    };

    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || written) {
        stream.resume();
        return;
      }
      fileStream = stream;
      const hash = createHash('sha256');
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      stream.on('limit', () => {
        tooLarge = true;
      });
      written = pipeline(stream, counter, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 })).then(
        () => (tooLarge ? null : { tempPath, originalName: info.filename ?? '', sizeBytes: size, sha256: hash.digest('hex') }),
        () => null,
      );
    });

    parser.on('close', () => {
      if (!written) return fail(fileMissing());
      void written.then((file) => {
        if (tooLarge) return fail(fileTooLarge(options.maxBytes));
        if (!file) return fail(interrupted());
        if (file.sizeBytes === 0) return fail(fileMissing());
        if (settled) return;
        settled = true;
        resolve(file);
      });
    });

    parser.on('error', () => {
      request.unpipe(parser);
      request.resume();
      fail(interrupted());
    });
    const abort = () => {
      fileStream?.destroy(new Error('request aborted'));
      fail(interrupted());
    };
    request.on('aborted', abort);
    request.on('error', abort);
    request.pipe(parser);
  });
}
