import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { UploadedFile } from '@inclusieplein/contract';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { ApiException } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { FILE_STORAGE } from '../storage/storage.module';
import type { FileStorage } from '../storage/file-storage';
import { UserEntity } from '../users/user.entity';
import { detectFileType, FileRejectedError, readSuggestedMetadata, sanitizeFileName } from './analysis';
import { DocumentAccessService } from './document-access.service';
import { UploadEntity } from './document.entity';
import { receiveSingleFile } from './upload-receiver';

/** An upload stays this long for the person to describe it. */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Max number of unused uploads per person at a time, so no one fills the disk by accident. */
export const MAX_OPEN_UPLOADS = 20;

const uploadGone = () =>
  new ApiException(HttpStatus.BAD_REQUEST, 'upload_expired', 'The upload has expired or does not exist; upload the file again.');

/** Receives files, decides their type from their bytes, and keeps them until a document takes them over. */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly dataSource: DataSource,
    private readonly access: DocumentAccessService,
  ) {}

  get maxBytes(): number {
    return this.config.maxUploadBytes;
  }

  async receive(request: IncomingMessage, user: UserEntity): Promise<UploadedFile> {
    const open = await this.dataSource.getRepository(UploadEntity).countBy({ uploadedById: user.id });
    if (open >= MAX_OPEN_UPLOADS) {
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        'too_many_requests',
        `You have ${open} uploads that no document uses yet; use or let them expire first.`,
      );
    }

    const received = await receiveSingleFile(request, {
      tempDir: join(this.config.dataDir, 'tmp', 'uploads'),
      maxBytes: this.config.maxUploadBytes,
    });
    const storageKey = `files/${randomUUID()}`;
    let stored = false;
    try {
      const rejectAsApiError = (error: unknown): never => {
        throw this.toApiError(error);
      };
      const type = await detectFileType(received.tempPath, received.originalName).catch(rejectAsApiError);
      const suggested = await readSuggestedMetadata(received.tempPath, type).catch(rejectAsApiError);
      await this.storage.putFile(storageKey, received.tempPath, type.mediaType);
      stored = true;
      const now = new Date();
      const upload = await this.dataSource.getRepository(UploadEntity).save({
        id: randomUUID(),
        uploadedById: user.id,
        storageKey,
        fileName: sanitizeFileName(received.originalName, type),
        format: type.format,
        mediaType: type.mediaType,
        sizeBytes: received.sizeBytes,
        sha256: received.sha256,
        suggested,
        createdAt: now,
        expiresAt: new Date(now.getTime() + UPLOAD_LIFETIME_MS),
      });
      return {
        uploadId: upload.id,
        fileName: upload.fileName,
        format: upload.format,
        mediaType: upload.mediaType,
        sizeBytes: upload.sizeBytes,
        sha256: upload.sha256,
        suggested: upload.suggested,
        duplicateOf: await this.findDuplicate(upload.sha256, user),
        expiresAt: upload.expiresAt.toISOString(),
      };
    } catch (error) {
      if (stored) await this.storage.delete(storageKey).catch(() => undefined);
      throw error;
    } finally {
      await rm(received.tempPath, { force: true });
    }
  }

  /**
   * Takes an upload of `user` over inside the caller's transaction: the row is removed, and its
   * stored file now belongs to the version the caller creates.
   */
  async take(manager: EntityManager, uploadId: string, user: UserEntity): Promise<UploadEntity> {
    const upload = await manager
      .getRepository(UploadEntity)
      .createQueryBuilder('upload')
      .setLock('pessimistic_write')
      .where('upload.id = :uploadId AND upload.uploaded_by_id = :userId', { uploadId, userId: user.id })
      .getOne();
    if (!upload || upload.expiresAt.getTime() <= Date.now()) throw uploadGone();
    await manager.getRepository(UploadEntity).delete({ id: upload.id });
    return upload;
  }

  /** Removes expired uploads and their files and returns how many. The background worker runs it. */
  async removeExpired(now = new Date()): Promise<number> {
    const expired = await this.dataSource.getRepository(UploadEntity).find({ where: { expiresAt: LessThan(now) }, take: 100 });
    let removed = 0;
    for (const upload of expired) {
      // The row goes first: a document that takes the upload at this moment then fails cleanly.
      const result = await this.dataSource.getRepository(UploadEntity).delete({ id: upload.id, expiresAt: LessThan(now) });
      if (!result.affected) continue;
      await this.storage.delete(upload.storageKey).catch((error: unknown) =>
        this.logger.warn({ err: error, key: upload.storageKey }, 'removing the file of an expired upload failed'),
      );
      removed += 1;
    }
    return removed;
  }

  /** Finds the newest version of a readable document that already contains a file with these bytes. */
  private async findDuplicate(sha256: string, user: UserEntity): Promise<UploadedFile['duplicateOf']> {
    const params: unknown[] = [sha256];
    const readable = this.access.readableCondition(user, params);
    const [row] = await this.dataSource.query<Array<{ document_id: string; title: string; number: number }>>(
      `SELECT v.document_id, d.title, v.number
         FROM document_versions v
         JOIN documents d ON d.id = v.document_id
         LEFT JOIN networks n ON n.id = d.network_id
        WHERE v.sha256 = $1 AND ${readable}
        ORDER BY v.uploaded_at DESC
        LIMIT 1`,
      params,
    );
    return row ? { documentId: row.document_id, title: row.title, versionNumber: row.number } : null;
  }

  private toApiError(error: unknown): unknown {
    if (!(error instanceof FileRejectedError)) return error;
    return error.code === 'unsupported_file_type'
      ? new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported_file_type', error.message)
      : new ApiException(HttpStatus.BAD_REQUEST, 'file_damaged', error.message);
  }
}
