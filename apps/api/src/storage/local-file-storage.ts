import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  FileStorage,
  StorageUnavailableError,
  StoredObjectInfo,
  StoredObjectMissingError,
  assertValidKey,
} from './file-storage';

/**
 * Folder inside the root for files being written. Its name starts with a dot, which no valid key
 * can, so half-written files are never readable under a key.
 */
const PARTIAL_FOLDER = '.partial';

/** Partial files older than this are left over from a crash and removed by `check()`. */
const STALE_PARTIAL_AGE_MS = 24 * 60 * 60 * 1000;

const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/**
 * Stores each object as a file under `root`, at the path of its key. Only one API instance may
 * use a root, because nothing coordinates writers across processes or machines.
 */
export class LocalFileStorage implements FileStorage {
  readonly driver = 'local';
  private readonly logger = new Logger(LocalFileStorage.name);

  /** `root` must be absolute and outside every folder that is served over HTTP. */
  constructor(readonly root: string) {}

  async putFile(key: string, sourcePath: string, _mediaType: string): Promise<StoredObjectInfo> {
    assertValidKey(key);
    const target = this.pathOf(key);
    const partialFolder = join(this.root, PARTIAL_FOLDER);
    await mkdir(partialFolder, { recursive: true, mode: FOLDER_MODE });
    await mkdir(dirname(target), { recursive: true, mode: FOLDER_MODE });

    // The partial file sits under the same root as the target, so rename() stays on one file
    // system and replaces the target in one step.
    const partial = join(partialFolder, randomUUID());
    try {
      await pipeline(createReadStream(sourcePath), createWriteStream(partial, { flags: 'wx', mode: FILE_MODE }));
      const sizeBytes = await this.flushToDisk(partial);
      await rename(partial, target);
      return { key, sizeBytes };
    } catch (error) {
      await rm(partial, { force: true }).catch((cleanupError: unknown) =>
        this.logger.error({ err: cleanupError, partial }, 'removing a partial file failed'),
      );
      throw error;
    }
  }

  async openRead(key: string): Promise<Readable> {
    assertValidKey(key);
    // Opening first turns a missing file into an error here instead of on the stream.
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isNotFound(error)) throw new StoredObjectMissingError(key);
      throw error;
    }
  }

  async toLocalFile(key: string): Promise<{ path: string; temporary: boolean }> {
    if (!(await this.exists(key))) throw new StoredObjectMissingError(key);
    return { path: this.pathOf(key), temporary: false };
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async check(): Promise<void> {
    const partialFolder = join(this.root, PARTIAL_FOLDER);
    const probe = join(partialFolder, `check-${randomUUID()}`);
    try {
      await mkdir(partialFolder, { recursive: true, mode: FOLDER_MODE });
      await rm(probe, { force: true });
      const handle = await open(probe, 'wx', FILE_MODE);
      try {
        await handle.writeFile('storage check');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await unlink(probe);
    } catch (error) {
      throw new StorageUnavailableError(
        `Local storage folder ${this.root} is not writable: ${(error as Error).message}. Check STORAGE_LOCAL_ROOT and the folder's owner and permissions.`,
        { cause: error },
      );
    }
    await this.removeStalePartials(partialFolder);
  }

  private pathOf(key: string): string {
    return join(this.root, ...key.split('/'));
  }

  /** Writes the file's data to the disk before the rename publishes it, and returns its size. */
  private async flushToDisk(path: string): Promise<number> {
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
      return (await handle.stat()).size;
    } finally {
      await handle.close();
    }
  }

  private async removeStalePartials(partialFolder: string): Promise<void> {
    const cutoff = Date.now() - STALE_PARTIAL_AGE_MS;
    for (const name of await readdir(partialFolder)) {
      const path = join(partialFolder, name);
      try {
        if ((await stat(path)).mtimeMs < cutoff) {
          await rm(path, { force: true });
          this.logger.warn({ path }, 'removed a partial file left over from an interrupted upload');
        }
      } catch (error) {
        if (!isNotFound(error)) this.logger.error({ err: error, path }, 'removing a stale partial file failed');
      }
    }
  }
}
