import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { NestFactory } from '@nestjs/core';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { loadConfig, type S3StorageConfig } from '../../apps/api/src/config/config';
import {
  FileStorage,
  InvalidStorageKeyError,
  StorageUnavailableError,
  StoredObjectMissingError,
} from '../../apps/api/src/storage/file-storage';
import { LocalFileStorage } from '../../apps/api/src/storage/local-file-storage';
import { S3FileStorage } from '../../apps/api/src/storage/s3-file-storage';
import { FILE_STORAGE, StorageModule } from '../../apps/api/src/storage/storage.module';

/** Part of the s3rver 3.7 API that these tests use, because the package ships no type declarations. */
interface S3rverServer {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverServer;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as S3rverConstructor;

const BUCKET = 'contract-test';
/** s3rver accepts only this key pair. */
const S3RVER_KEY = 'S3RVER';

let workFolder: string;

beforeAll(async () => {
  workFolder = await mkdtemp(join(tmpdir(), 'inclusieplein-storage-'));
});

afterAll(async () => {
  await rm(workFolder, { recursive: true, force: true });
});

/** Starts s3rver on a free port of 127.0.0.1 with its data in a new folder under `workFolder`. */
async function startS3rver(buckets: string[]): Promise<{ server: S3rverServer; endpoint: string }> {
  const directory = await mkdtemp(join(workFolder, 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return { server, endpoint: `http://127.0.0.1:${port}` };
}

function s3Config(endpoint: string, overrides: Partial<S3StorageConfig> = {}): S3StorageConfig {
  return {
    driver: 's3',
    endpoint,
    region: 'us-east-1',
    bucket: BUCKET,
    accessKeyId: S3RVER_KEY,
    secretAccessKey: S3RVER_KEY,
    forcePathStyle: true,
    prefix: '',
    checksums: 'when_required',
    ...overrides,
  };
}

async function writeRandomFile(sizeBytes: number): Promise<{ path: string; sha256: string }> {
  const path = join(workFolder, `source-${randomUUID()}`);
  const bytes = randomBytes(sizeBytes);
  await writeFile(path, bytes);
  return { path, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function sha256OfStream(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function newKey(): string {
  return `documents/${randomUUID()}`;
}

interface Driver {
  name: string;
  driver: 'local' | 's3';
  start(): Promise<FileStorage>;
  stop(): Promise<void>;
}

function localDriver(): Driver {
  return {
    name: 'local',
    driver: 'local',
    start: async () => new LocalFileStorage(join(await mkdtemp(join(workFolder, 'local-')), 'files')),
    stop: async () => undefined,
  };
}

function s3Driver(checksums: S3StorageConfig['checksums']): Driver {
  let started: { server: S3rverServer; storage: S3FileStorage } | undefined;
  return {
    name: `s3 with checksums ${checksums}`,
    driver: 's3',
    start: async () => {
      const { server, endpoint } = await startS3rver([BUCKET]);
      const storage = new S3FileStorage(s3Config(endpoint, { checksums }), { temporaryFolder: workFolder });
      started = { server, storage };
      return storage;
    },
    stop: async () => {
      started?.storage.close();
      await started?.server.close();
    },
  };
}

const BAD_KEYS = [
  '',
  '/documents/abc',
  'documents/abc/',
  'documents//abc',
  '..',
  'documents/../abc',
  'documents/./abc',
  'Documents/ABC',
  'documents/abc.pdf',
  'documents\\abc',
  'documents/a b',
  '%2e%2e/abc',
  'a'.repeat(513),
];

// s3rver 3.7 accepts a PutObject with a streamed body and a CRC32 trailer (the SDK default,
// when_supported), but stores the aws-chunked framing as part of the object. The when_supported run
// catches a change that would send such requests, because the round-trip hashes would differ.
const DRIVERS = [localDriver(), s3Driver('when_required'), s3Driver('when_supported')];

describe.each(DRIVERS)('$name storage contract', (driver) => {
  let storage: FileStorage;

  beforeAll(async () => {
    storage = await driver.start();
  });

  afterAll(async () => {
    await driver.stop();
  });

  it('reports its driver', () => {
    expect(storage.driver).toBe(driver.driver);
  });

  it('passes check', async () => {
    await expect(storage.check()).resolves.toBeUndefined();
  });

  it('round-trips a 5 MB file', async () => {
    const source = await writeRandomFile(5 * 1024 * 1024);
    const key = newKey();

    const info = await storage.putFile(key, source.path, 'application/pdf');

    expect(info).toEqual({ key, sizeBytes: 5 * 1024 * 1024 });
    expect(await sha256OfStream(await storage.openRead(key))).toBe(source.sha256);
  });

  it('round-trips a 17 MB multipart file', async () => {
    // Larger than two 8 MiB parts, so S3FileStorage sends a multipart upload of three parts.
    const sizeBytes = 17 * 1024 * 1024;
    const source = await writeRandomFile(sizeBytes);
    const key = newKey();

    const info = await storage.putFile(key, source.path, 'application/pdf');

    expect(info.sizeBytes).toBe(sizeBytes);
    expect(await sha256OfStream(await storage.openRead(key))).toBe(source.sha256);
  });

  it('round-trips an empty file', async () => {
    const source = await writeRandomFile(0);
    const key = newKey();

    expect(await storage.putFile(key, source.path, 'text/plain')).toEqual({ key, sizeBytes: 0 });
    expect(await readAll(await storage.openRead(key))).toBe('');
  });

  it('reports exists before and after delete', async () => {
    const source = await writeRandomFile(1000);
    const key = newKey();
    expect(await storage.exists(key)).toBe(false);

    await storage.putFile(key, source.path, 'application/octet-stream');
    expect(await storage.exists(key)).toBe(true);

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.openRead(key)).rejects.toBeInstanceOf(StoredObjectMissingError);
  });

  it('deletes a missing key without error', async () => {
    await expect(storage.delete(newKey())).resolves.toBeUndefined();
  });

  it('rejects openRead of a missing key', async () => {
    const key = newKey();
    const error = await storage.openRead(key).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoredObjectMissingError);
    expect((error as StoredObjectMissingError).key).toBe(key);
  });

  it('rejects toLocalFile of a missing key', async () => {
    await expect(storage.toLocalFile(newKey())).rejects.toBeInstanceOf(StoredObjectMissingError);
  });

  it('replaces an object on overwrite', async () => {
    const first = join(workFolder, `first-${randomUUID()}`);
    const second = join(workFolder, `second-${randomUUID()}`);
    await writeFile(first, 'first version, which is longer');
    await writeFile(second, 'second version');
    const key = newKey();

    await storage.putFile(key, first, 'text/plain');
    const info = await storage.putFile(key, second, 'text/plain');

    expect(info.sizeBytes).toBe(Buffer.byteLength('second version'));
    expect(await readAll(await storage.openRead(key))).toBe('second version');
  });

  it('copies identical bytes with toLocalFile', async () => {
    const source = await writeRandomFile(3 * 1024 * 1024);
    const key = newKey();
    await storage.putFile(key, source.path, 'application/pdf');

    const local = await storage.toLocalFile(key);
    try {
      expect(createHash('sha256').update(await readFile(local.path)).digest('hex')).toBe(source.sha256);
      expect(local.temporary).toBe(driver.driver === 's3');
    } finally {
      if (local.temporary) await rm(local.path);
    }
    expect(await storage.exists(key)).toBe(true);
  });

  it('leaves nothing after a failed put', async () => {
    const key = newKey();
    const missingSource = join(workFolder, `missing-${randomUUID()}`);

    await expect(storage.putFile(key, missingSource, 'application/pdf')).rejects.toMatchObject({ code: 'ENOENT' });

    expect(await storage.exists(key)).toBe(false);
    await expect(storage.openRead(key)).rejects.toBeInstanceOf(StoredObjectMissingError);
  });

  it('keeps the old object after a failed put', async () => {
    const source = await writeRandomFile(2000);
    const key = newKey();
    await storage.putFile(key, source.path, 'application/pdf');

    await expect(storage.putFile(key, join(workFolder, `missing-${randomUUID()}`), 'application/pdf')).rejects.toThrow();

    expect(await sha256OfStream(await storage.openRead(key))).toBe(source.sha256);
  });

  it('fails put when reading the source fails', async () => {
    // Opening a folder succeeds and the first read fails with EISDIR, so the error comes mid-stream.
    const folderAsSource = await mkdtemp(join(workFolder, 'folder-'));
    const key = newKey();

    await expect(storage.putFile(key, folderAsSource, 'application/pdf')).rejects.toMatchObject({ code: 'EISDIR' });

    expect(await storage.exists(key)).toBe(false);
  });

  it('handles two puts at once', async () => {
    const first = await writeRandomFile(256 * 1024);
    const second = await writeRandomFile(256 * 1024);
    const [firstKey, secondKey] = [newKey(), newKey()];

    await Promise.all([
      storage.putFile(firstKey, first.path, 'application/pdf'),
      storage.putFile(secondKey, second.path, 'application/pdf'),
    ]);

    const [firstHash, secondHash] = await Promise.all([
      storage.openRead(firstKey).then(sha256OfStream),
      storage.openRead(secondKey).then(sha256OfStream),
    ]);
    expect(firstHash).toBe(first.sha256);
    expect(secondHash).toBe(second.sha256);
  });

  describe.each(BAD_KEYS.map((key) => [key.length > 40 ? `${key.slice(0, 10)}… (${key.length} characters)` : key, key]))(
    'key %j',
    (_label, badKey) => {
      it('is rejected by every method', async () => {
        const source = await writeRandomFile(10);
        await expect(storage.putFile(badKey, source.path, 'text/plain')).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.openRead(badKey)).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.toLocalFile(badKey)).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.exists(badKey)).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.delete(badKey)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      });
    },
  );
});

describe('local storage files', () => {
  let root: string;
  let storage: LocalFileStorage;

  beforeAll(async () => {
    root = join(await mkdtemp(join(workFolder, 'local-')), 'files');
    storage = new LocalFileStorage(root);
    await storage.check();
  });

  it('creates the root with mode 0700', async () => {
    expect((await stat(root)).mode & 0o777).toBe(0o700);
  });

  it('writes files with mode 0600', async () => {
    const source = await writeRandomFile(100);
    const key = newKey();
    await storage.putFile(key, source.path, 'application/pdf');

    const local = await storage.toLocalFile(key);

    expect(local.path).toBe(join(root, key));
    expect((await stat(local.path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(root, 'documents'))).mode & 0o777).toBe(0o700);
  });

  it('leaves no partial files', async () => {
    const source = await writeRandomFile(100);
    await storage.putFile(newKey(), source.path, 'application/pdf');
    await storage.putFile(newKey(), join(workFolder, 'missing'), 'application/pdf').catch(() => undefined);

    expect(await readdir(join(root, '.partial'))).toEqual([]);
  });

  it('fails check when the root cannot be created', async () => {
    // A regular file where a parent folder should be stops mkdir, even for root.
    const blocker = join(workFolder, `blocker-${randomUUID()}`);
    await writeFile(blocker, 'not a folder');
    const broken = new LocalFileStorage(join(blocker, 'files'));

    const error = await broken.check().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toContain(join(blocker, 'files'));
  });
});

describe('s3 storage service', () => {
  let server: S3rverServer;
  let endpoint: string;
  const clients: S3FileStorage[] = [];

  function s3Storage(overrides: Partial<S3StorageConfig> = {}): S3FileStorage {
    const storage = new S3FileStorage(s3Config(endpoint, overrides), { temporaryFolder: workFolder });
    clients.push(storage);
    return storage;
  }

  beforeAll(async () => {
    ({ server, endpoint } = await startS3rver([BUCKET]));
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it('stores objects under the prefix', async () => {
    const storage = s3Storage({ prefix: 'inclusieplein/test' });
    const source = await writeRandomFile(100);
    const key = newKey();
    await storage.putFile(key, source.path, 'application/pdf');

    const raw = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: S3RVER_KEY, secretAccessKey: S3RVER_KEY },
    });
    try {
      const head = await raw.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `inclusieplein/test/${key}` }));
      expect(head.ContentLength).toBe(100);
      expect(head.ContentType).toBe('application/pdf');
    } finally {
      raw.destroy();
    }
    expect(await s3Storage().exists(key)).toBe(false);
  });

  it('fails check for a missing bucket', async () => {
    const error = await s3Storage({ bucket: 'no-such-bucket' })
      .check()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toContain('"no-such-bucket"');
    expect((error as Error).message).toContain('does not exist');
  });

  it('fails check with an unknown access key', async () => {
    // s3rver 3.7 checks the access key id but does not verify V4 signatures, so a wrong secret passes.
    const error = await s3Storage({ accessKeyId: 'UNKNOWN' })
      .check()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toContain('access was denied');
  });

  it('fails check when the server is stopped', async () => {
    const stopped = await startS3rver([BUCKET]);
    await stopped.server.close();
    const storage = new S3FileStorage(s3Config(stopped.endpoint));
    clients.push(storage);

    const error = await storage.check().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toContain(stopped.endpoint);
    expect((error as Error).message).toContain('cannot be reached');
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

});

describe('StorageModule', () => {
  it('provides local storage under FILE_STORAGE', async () => {
    const dataDir = await mkdtemp(join(workFolder, 'module-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    const context = await NestFactory.createApplicationContext(StorageModule.forRoot(config), {
      logger: false,
      abortOnError: false,
    });
    try {
      const storage = context.get<FileStorage>(FILE_STORAGE);
      expect(storage).toBeInstanceOf(LocalFileStorage);
      expect((await stat(join(dataDir, 'files'))).isDirectory()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('fails start-up for a missing bucket', async () => {
    const { server, endpoint } = await startS3rver([BUCKET]);
    try {
      const config = loadConfig({
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: endpoint,
        S3_BUCKET: 'no-such-bucket',
        S3_ACCESS_KEY_ID: S3RVER_KEY,
        S3_SECRET_ACCESS_KEY: S3RVER_KEY,
      });

      const started = NestFactory.createApplicationContext(StorageModule.forRoot(config), {
        logger: false,
        abortOnError: false,
      });

      await expect(started).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await server.close();
    }
  });
});
