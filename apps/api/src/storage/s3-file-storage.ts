import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3StorageConfig } from '../config/config';
import {
  FileStorage,
  StorageUnavailableError,
  StoredObjectInfo,
  StoredObjectMissingError,
  assertValidKey,
} from './file-storage';

/** Size of each part of a multipart upload. Files up to this size go up in one PutObject request. */
const PART_SIZE_BYTES = 8 * 1024 * 1024;
/** Number of parts uploaded at the same time, which is also the max number of parts one upload buffers in memory. */
const PARTS_IN_PARALLEL = 4;
/** Limit for connecting to the S3 service, so an unreachable endpoint fails instead of hanging. */
const CONNECTION_TIMEOUT_MS = 5000;
/** Limit for the whole of `check()`, including the SDK's retries. */
const CHECK_TIMEOUT_MS = 10000;
/**
 * Folder of the probe objects of `check()`. A valid key cannot start with a dot, so a probe never
 * overwrites a stored object.
 */
const PROBE_FOLDER = '.storage-check';

export interface S3FileStorageOptions {
  /** Folder for the copies made by `toLocalFile`, by default the operating system's temporary folder. */
  temporaryFolder?: string;
}

function httpStatusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

/** Counts the bytes that pass through, so `putFile` reports the size that was uploaded. */
class ByteCounter extends Transform {
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.bytes += chunk.length;
    this.push(chunk);
    callback();
  }
}

/** Stores each object in an S3 bucket, under S3_PREFIX followed by its key. */
export class S3FileStorage implements FileStorage {
  readonly driver = 's3';
  private readonly client: S3Client;
  private readonly temporaryFolder: string;
  private readonly logger = new Logger(S3FileStorage.name);

  constructor(
    private readonly config: S3StorageConfig,
    options: S3FileStorageOptions = {},
  ) {
    const checksums = config.checksums === 'when_supported' ? 'WHEN_SUPPORTED' : 'WHEN_REQUIRED';
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      requestChecksumCalculation: checksums,
      responseChecksumValidation: checksums,
      requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS },
    });
    this.temporaryFolder = options.temporaryFolder ?? tmpdir();
  }

  async putFile(key: string, sourcePath: string, mediaType: string): Promise<StoredObjectInfo> {
    assertValidKey(key);
    const counter = new ByteCounter();
    const source = createReadStream(sourcePath);
    // pipe() does not pass a read error on, so the error ends the counter and with it the upload.
    source.once('error', (error) => counter.destroy(error));

    // S3 publishes an object only when PutObject or CompleteMultipartUpload succeeds, so a
    // failed upload leaves the key as it was. On failure Upload aborts the multipart upload,
    // which removes the parts already sent.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: this.objectKey(key), Body: source.pipe(counter), ContentType: mediaType },
      partSize: PART_SIZE_BYTES,
      queueSize: PARTS_IN_PARALLEL,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } finally {
      source.destroy();
    }
    return { key, sizeBytes: counter.bytes };
  }

  async openRead(key: string): Promise<Readable> {
    assertValidKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      // In Node.js the SDK returns the body as an http.IncomingMessage, which is a Readable.
      if (!(response.Body instanceof Readable)) {
        throw new Error(`S3 GetObject for "${key}" returned a body that is not a Node.js stream.`);
      }
      return response.Body;
    } catch (error) {
      if (httpStatusOf(error) === 404 && (error as Error).name === 'NoSuchKey') throw new StoredObjectMissingError(key);
      throw error;
    }
  }

  async toLocalFile(key: string): Promise<{ path: string; temporary: boolean }> {
    const body = await this.openRead(key);
    const path = join(this.temporaryFolder, `inclusieplein-${randomUUID()}`);
    try {
      await pipeline(body, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await rm(path, { force: true }).catch((cleanupError: unknown) =>
        this.logger.error({ err: cleanupError, path }, 'removing a partial temporary copy failed'),
      );
      throw error;
    }
    return { path, temporary: true };
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      // A HEAD response has no body, so a missing key shows only as status 404.
      if (httpStatusOf(error) === 404) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    // S3 returns success from DeleteObject for a missing key.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
  }

  async check(): Promise<void> {
    const abortSignal = AbortSignal.timeout(CHECK_TIMEOUT_MS);
    const bucket = this.config.bucket;
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal });
    } catch (error) {
      throw this.unavailable('reading the bucket failed', error, abortSignal.aborted);
    }

    const probeKey = this.objectKey(`${PROBE_FOLDER}/${randomUUID()}`);
    try {
      await this.client.send(new PutObjectCommand({ Bucket: bucket, Key: probeKey, Body: 'storage check' }), {
        abortSignal,
      });
      await this.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: probeKey }), { abortSignal });
    } catch (error) {
      throw this.unavailable(`writing and deleting the probe object ${probeKey} failed`, error, abortSignal.aborted);
    }
  }

  /** Closes the client's idle connections. The instance must not be used afterwards. */
  close(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    return this.config.prefix === '' ? key : `${this.config.prefix}/${key}`;
  }

  private unavailable(step: string, error: unknown, checkTimedOut: boolean): StorageUnavailableError {
    const where = `bucket "${this.config.bucket}" at ${this.config.endpoint ?? `AWS region ${this.config.region}`}`;
    const status = httpStatusOf(error);
    let reason: string;
    if (status === 404) {
      reason = 'the bucket does not exist; create it or correct S3_BUCKET';
    } else if (status === 403) {
      reason = 'access was denied; check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the key’s permissions on the bucket';
    } else if (checkTimedOut) {
      reason = `the check took longer than ${CHECK_TIMEOUT_MS / 1000} seconds; check S3_ENDPOINT and the network`;
    } else if (error instanceof Error && error.name === 'TimeoutError') {
      reason = `the connection timed out (${error.message}); check S3_ENDPOINT and the network`;
    } else if (status === undefined) {
      reason = `the service cannot be reached (${describeError(error)}); check S3_ENDPOINT and the network`;
    } else {
      reason = `the service returned HTTP ${status} (${describeError(error)})`;
    }
    return new StorageUnavailableError(`S3 storage check of ${where}: ${step} because ${reason}.`, { cause: error });
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message || error.name;
}
