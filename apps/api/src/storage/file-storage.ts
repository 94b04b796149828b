import type { Readable } from 'node:stream';

/** Result of a stored upload. */
export interface StoredObjectInfo {
  key: string;
  sizeBytes: number;
}

/**
 * Place where uploaded files are kept: a folder on the local disk or an S3 bucket.
 * Keys are chosen by the caller, for example `documents/<uuid>`, and must not contain user input.
 * Every method rejects a key that `assertValidKey` rejects.
 */
export interface FileStorage {
  readonly driver: 'local' | 's3';

  /**
   * Stores the local file at `sourcePath` under `key`, replacing an object with the same key.
   * The write is atomic: a reader sees the old object or the complete new one, never part of it.
   * On failure the key keeps its previous content, or stays absent. The file is streamed, never
   * read into memory as a whole. The local driver does not keep `mediaType`, so callers store it
   * with their own records.
   */
  putFile(key: string, sourcePath: string, mediaType: string): Promise<StoredObjectInfo>;

  /** Opens the stored bytes as a stream. Throws StoredObjectMissingError when the key is absent. */
  openRead(key: string): Promise<Readable>;

  /**
   * Makes the stored bytes available as a local file for tools that need a path, such as a PDF
   * analyser. With `temporary: true` the file is a copy that the caller must delete. With
   * `temporary: false` it is the stored file itself, which the caller must neither change nor delete.
   * Throws StoredObjectMissingError when the key is absent.
   */
  toLocalFile(key: string): Promise<{ path: string; temporary: boolean }>;

  exists(key: string): Promise<boolean>;

  /** Removes the object. A missing object is not an error. */
  delete(key: string): Promise<void>;

  /**
   * Checks that the storage is reachable and writable by writing and removing a small probe
   * object. Throws StorageUnavailableError otherwise. Used at start-up and by the health check.
   */
  check(): Promise<void>;
}

/** Error for a key that has no stored object. */
export class StoredObjectMissingError extends Error {
  override readonly name = 'StoredObjectMissingError';

  constructor(readonly key: string) {
    super(`Stored object "${key}" not found.`);
  }
}

/** Error for a key that breaks the key rules of `assertValidKey`. */
export class InvalidStorageKeyError extends Error {
  override readonly name = 'InvalidStorageKeyError';
}

/** Error from `check()` when the storage cannot be reached, read or written. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** Maximum key length. S3 allows 1024 bytes, so this leaves room for S3_PREFIX. */
export const MAX_KEY_LENGTH = 512;

const KEY_PATTERN = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/**
 * Throws InvalidStorageKeyError unless `key` is segments of lowercase letters, digits and hyphens
 * joined by single slashes, such as `documents/3f2a…`. The rule excludes `..`, leading and
 * trailing slashes and empty segments, so a key cannot leave the storage root.
 */
export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH || !KEY_PATTERN.test(key)) {
    throw new InvalidStorageKeyError(
      `Invalid storage key ${JSON.stringify(key)}: expected segments of a-z, 0-9 and '-' joined by '/', at most ${MAX_KEY_LENGTH} characters.`,
    );
  }
}
