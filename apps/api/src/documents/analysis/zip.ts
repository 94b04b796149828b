import { TextDecoder } from 'node:util';

import * as yauzl from 'yauzl';

import { damagedFile, FileRejectedError, unsupportedFile } from './errors';
import type { AnalysisLimits } from './limits';

// Small entries may compress far better than the ratio limit (a run of spaces in an XML part)
// without being a bomb, so the ratio is only checked above this declared size.
const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;

function openZipFile(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: true },
      (error, zipFile) => {
        if (error || !zipFile) {
          reject(damagedFile(`The ZIP container could not be read: ${error?.message ?? 'no archive'}`));
          return;
        }
        resolve(zipFile);
      },
    );
  });
}

function checkEntryName(name: string): void {
  const segments = name.split('/');
  const isAbsolute = name.startsWith('/') || /^[A-Za-z]:/.test(name);
  if (isAbsolute || name.includes('\\') || segments.includes('..')) {
    throw damagedFile(`The ZIP entry name "${name}" is an absolute path or leaves the archive.`);
  }
}

/**
 * Read-only view of a ZIP container (DOCX, XLSX, PPTX, ODT) that enforces `AnalysisLimits`. The
 * central directory is checked on opening: entry count, names, declared sizes and ratios. Because
 * declared sizes can lie, reading an entry aborts as soon as it inflates beyond its declared size
 * (yauzl's `validateEntrySizes` and the count here both check this) or all entries read so far
 * inflate beyond `maxUncompressedBytes`.
 */
export class ZipArchive {
  private inflatedBytes = 0;

  private constructor(
    private readonly zipFile: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: AnalysisLimits,
  ) {}

  static async open(path: string, limits: AnalysisLimits): Promise<ZipArchive> {
    const zipFile = await openZipFile(path);
    try {
      const entries = await ZipArchive.readCentralDirectory(zipFile, limits);
      return new ZipArchive(zipFile, entries, limits);
    } catch (error) {
      zipFile.close();
      throw error;
    }
  }

  private static readCentralDirectory(zipFile: yauzl.ZipFile, limits: AnalysisLimits): Promise<Map<string, yauzl.Entry>> {
    if (zipFile.entryCount > limits.maxZipEntries) {
      return Promise.reject(
        damagedFile(`The ZIP container has ${zipFile.entryCount} entries; the maximum is ${limits.maxZipEntries}.`),
      );
    }

    return new Promise((resolve, reject) => {
      const entries = new Map<string, yauzl.Entry>();
      let declaredBytes = 0;

      zipFile.on('entry', (entry: yauzl.Entry) => {
        try {
          checkEntryName(entry.fileName);
          if (entries.has(entry.fileName)) {
            throw damagedFile(`The ZIP container has two entries named "${entry.fileName}".`);
          }
          if (entry.isEncrypted()) {
            throw unsupportedFile('The ZIP container has password-protected entries; remove the password and upload again.');
          }
          if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
            throw damagedFile(`The ZIP entry "${entry.fileName}" uses unsupported compression method ${entry.compressionMethod}.`);
          }

          declaredBytes += entry.uncompressedSize;
          if (declaredBytes > limits.maxUncompressedBytes) {
            throw damagedFile(
              `The ZIP container declares more than ${limits.maxUncompressedBytes} uncompressed bytes; the file may be a ZIP bomb.`,
            );
          }
          const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
          if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && ratio > limits.maxCompressionRatio) {
            throw damagedFile(
              `The ZIP entry "${entry.fileName}" has compression ratio ${Math.round(ratio)}; the maximum is ${limits.maxCompressionRatio}. The file may be a ZIP bomb.`,
            );
          }

          if (!entry.fileName.endsWith('/')) {
            entries.set(entry.fileName, entry);
          }
          zipFile.readEntry();
        } catch (error) {
          reject(error);
        }
      });
      zipFile.once('end', () => resolve(entries));
      zipFile.on('error', (error: Error) => reject(damagedFile(`The ZIP container could not be read: ${error.message}`)));
      zipFile.readEntry();
    });
  }

  /** Returns the exact entry name that matches `name` case-insensitively, as OPC part names do. */
  findEntry(name: string): string | null {
    if (this.entries.has(name)) {
      return name;
    }
    const lowerCaseName = name.toLowerCase();
    for (const entryName of this.entries.keys()) {
      if (entryName.toLowerCase() === lowerCaseName) {
        return entryName;
      }
    }
    return null;
  }

  /** Inflates one entry into memory, at most `maxBytes` (default: the XML part limit). Returns null when it is absent. */
  async readEntry(name: string, maxBytes = this.limits.maxXmlPartBytes): Promise<Buffer | null> {
    const entryName = this.findEntry(name);
    if (entryName === null) {
      return null;
    }
    const entry = this.entries.get(entryName) as yauzl.Entry;
    if (entry.uncompressedSize > maxBytes) {
      throw damagedFile(`The ZIP entry "${entryName}" declares ${entry.uncompressedSize} bytes; the maximum is ${maxBytes}.`);
    }
    return this.inflate(entry);
  }

  /** Inflates one entry and decodes it as UTF-8, the encoding of every OOXML and ODF part in practice. */
  async readText(name: string, maxBytes?: number): Promise<string | null> {
    const bytes = await this.readEntry(name, maxBytes);
    if (bytes === null) {
      return null;
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // NOTE: OOXML also allows UTF-16 parts. No producer we know of writes them, so they are reported as damaged.
      throw damagedFile(`The ZIP entry "${name}" is not valid UTF-8.`);
    }
  }

  /**
   * Inflates every entry without keeping the bytes, so an entry that inflates to more than it
   * declares (a ZIP bomb with false sizes) is found before the file is accepted.
   */
  async verifyAllEntries(): Promise<void> {
    for (const entry of this.entries.values()) {
      await this.inflate(entry, false);
    }
  }

  close(): void {
    this.zipFile.close();
  }

  private inflate(entry: yauzl.Entry, keep = true): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.zipFile.openReadStream(entry, (openError, stream) => {
        if (openError || !stream) {
          reject(damagedFile(`The ZIP entry "${entry.fileName}" could not be read: ${openError?.message ?? 'no stream'}`));
          return;
        }

        const chunks: Buffer[] = [];
        let entryBytes = 0;
        let failed = false;
        const fail = (error: FileRejectedError): void => {
          if (!failed) {
            failed = true;
            stream.destroy();
            reject(error);
          }
        };

        stream.on('data', (chunk: Buffer) => {
          entryBytes += chunk.length;
          this.inflatedBytes += chunk.length;
          if (entryBytes > entry.uncompressedSize) {
            fail(
              damagedFile(
                `The ZIP entry "${entry.fileName}" inflates to more than its declared ${entry.uncompressedSize} bytes; the file may be a ZIP bomb.`,
              ),
            );
            return;
          }
          if (this.inflatedBytes > this.limits.maxUncompressedBytes) {
            fail(damagedFile(`The ZIP container inflates to more than ${this.limits.maxUncompressedBytes} bytes.`));
            return;
          }
          if (keep) chunks.push(chunk);
        });
        stream.on('error', (error: Error) => {
          fail(damagedFile(`The ZIP entry "${entry.fileName}" could not be inflated: ${error.message}`));
        });
        stream.on('end', () => {
          if (!failed) {
            resolve(Buffer.concat(chunks));
          }
        });
      });
    });
  }
}

/** Opens the container, runs `read` on it and always closes it. */
export async function withZipArchive<T>(
  path: string,
  limits: AnalysisLimits,
  read: (archive: ZipArchive) => Promise<T>,
): Promise<T> {
  const archive = await ZipArchive.open(path, limits);
  try {
    return await read(archive);
  } finally {
    archive.close();
  }
}
