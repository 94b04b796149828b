import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ApiException, notFound } from '../common/api-error';
import { FILE_STORAGE } from '../storage/storage.module';
import { StoredObjectMissingError, type FileStorage } from '../storage/file-storage';
import { UserEntity } from '../users/user.entity';
import { DocumentAccessService } from './document-access.service';
import { DocumentVersionEntity } from './document.entity';

export interface VerifiedDownload {
  version: DocumentVersionEntity;
  /** Opens the stored bytes. They matched the recorded SHA-256 a moment ago. */
  open(): Promise<Readable>;
}

const integrityFailed = () =>
  new ApiException(
    HttpStatus.SERVICE_UNAVAILABLE,
    'file_integrity_failed',
    'The stored file does not match its checksum; an administrator has been told.',
  );

/** Encodes a file name for the `filename*` parameter of Content-Disposition (RFC 8187). */
export function encodeFileName(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Builds a plain ASCII fallback for the `filename` parameter, for clients that do not read `filename*`. */
export function asciiFileName(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '').trim();
  return ascii === '' || ascii.startsWith('.') ? `document${ascii}` : ascii;
}

/**
 * Serves stored files. Access is checked on every request, and the bytes are hashed before they
 * are sent: a file that no longer matches its SHA-256 is never served.
 */
@Injectable()
export class DocumentDownloadService {
  private readonly logger = new Logger(DocumentDownloadService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: DocumentAccessService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async prepare(documentId: string, versionNumber: number, user: UserEntity | undefined): Promise<VerifiedDownload> {
    await this.access.loadReadable(documentId, user);
    const version = await this.dataSource.getRepository(DocumentVersionEntity).findOneBy({ documentId, number: versionNumber });
    if (!version) throw notFound('The version');

    const actual = await this.hashStored(version);
    if (actual !== version.sha256) {
      this.logger.error({ documentId, version: versionNumber, key: version.storageKey, expected: version.sha256, actual }, 'stored file does not match its checksum');
      throw integrityFailed();
    }
    return { version, open: () => this.storage.openRead(version.storageKey) };
  }

  private async hashStored(version: DocumentVersionEntity): Promise<string | null> {
    const hash = createHash('sha256');
    try {
      for await (const chunk of await this.storage.openRead(version.storageKey)) hash.update(chunk as Buffer);
    } catch (error) {
      if (error instanceof StoredObjectMissingError) return null;
      throw error;
    }
    return hash.digest('hex');
  }
}
