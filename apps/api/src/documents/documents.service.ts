import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { DocumentChangedEvent, DocumentDeletion, DocumentDetail } from '@inclusieplein/contract';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException, fieldError, forbidden, validationFailed } from '../common/api-error';
import { NetworkEntity } from '../networks/network.entity';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { DomainEvents } from '../realtime/domain-events';
import { FILE_STORAGE } from '../storage/storage.module';
import type { FileStorage } from '../storage/file-storage';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { DocumentAccess, DocumentAccessService } from './document-access.service';
import { DocumentAnalysisQueue } from './document-analysis.queue';
import { DocumentDeletionEntity, DocumentEntity, DocumentVersionEntity, UploadEntity } from './document.entity';
import { DocumentSearchService } from './document-search.service';
import { DocumentViewService, toDocumentNetwork } from './document-view.service';
import { AddDocumentVersionDto, ArchiveDocumentDto, CreateDocumentDto, DeleteDocumentDto, DocumentMetadataDto } from './documents.dto';
import { UploadsService } from './uploads.service';

const archivedError = () =>
  new ApiException(HttpStatus.CONFLICT, 'document_archived', 'The document is archived; restore it before changing it.');

/** Oldest year a document may have. Earlier dates are typing mistakes such as `0002-12-03`. */
const EARLIEST_DOCUMENT_YEAR = 1900;

/** Checks that a `YYYY-MM-DD` string is a real calendar date from 1900 up to the end of next year. */
function isPlausibleDocumentDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  const year = date.getUTCFullYear();
  return year >= EARLIEST_DOCUMENT_YEAR && year <= new Date().getUTCFullYear() + 1;
}

/** Adds, describes, versions, archives and deletes documents. */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: DocumentAccessService,
    private readonly view: DocumentViewService,
    private readonly search: DocumentSearchService,
    private readonly uploads: UploadsService,
    private readonly queue: DocumentAnalysisQueue,
    private readonly events: DomainEvents,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async get(documentId: string, user: UserEntity | undefined): Promise<DocumentDetail> {
    return this.view.detail(await this.access.loadReadable(documentId, user));
  }

  async createInNetwork(slug: string, user: UserEntity, body: CreateDocumentDto): Promise<DocumentDetail> {
    const network = await this.access.assertCanAddToNetwork(slug, user);
    return this.create(network, user, body);
  }

  async createInLibrary(user: UserEntity, body: CreateDocumentDto): Promise<DocumentDetail> {
    this.access.assertCanAddToLibrary(user);
    return this.create(null, user, body);
  }

  async update(documentId: string, user: UserEntity, body: DocumentMetadataDto): Promise<DocumentDetail> {
    const access = await this.access.loadReadable(documentId, user);
    this.access.assertCanEdit(access, user);
    if (access.document.archivedAt) throw archivedError();
    await this.validateMetadata(body);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(DocumentEntity).update(documentId, { ...this.metadataColumns(body), updatedAt: new Date() });
      await this.search.refreshIndex(documentId, manager);
    });
    this.emitChange({ ...access, document: { ...access.document, title: body.title } }, 'updated', user);
    return this.get(documentId, user);
  }

  async addVersion(documentId: string, user: UserEntity, body: AddDocumentVersionDto): Promise<DocumentDetail> {
    const access = await this.access.loadReadable(documentId, user);
    this.access.assertCanEdit(access, user);
    const number = await this.dataSource.transaction(async (manager) => {
      // Locking the document row numbers concurrent versions one after the other.
      const document = await manager
        .getRepository(DocumentEntity)
        .createQueryBuilder('document')
        .setLock('pessimistic_write')
        .where('document.id = :documentId', { documentId })
        .getOneOrFail();
      if (document.archivedAt) throw archivedError();
      const upload = await this.uploads.take(manager, body.uploadId, user);
      const next = document.currentVersion + 1;
      await this.insertVersion(manager, documentId, next, upload, user, body.note ?? null);
      await manager.getRepository(DocumentEntity).update(documentId, { currentVersion: next, updatedAt: new Date() });
      await this.search.refreshIndex(documentId, manager);
      return next;
    });
    this.queue.wake();
    this.emitChange({ ...access, document: { ...access.document, currentVersion: number } }, 'version_added', user);
    return this.get(documentId, user);
  }

  async archive(documentId: string, user: UserEntity, body: ArchiveDocumentDto): Promise<DocumentDetail> {
    const access = await this.access.loadReadable(documentId, user);
    this.access.assertCanEdit(access, user);
    if (!access.document.archivedAt) {
      await this.dataSource.getRepository(DocumentEntity).update(documentId, {
        archivedAt: new Date(),
        archivedById: user.id,
        archiveReason: body.reason ?? null,
        updatedAt: new Date(),
      });
      this.emitChange(access, 'updated', user);
    }
    return this.get(documentId, user);
  }

  async restore(documentId: string, user: UserEntity): Promise<DocumentDetail> {
    const access = await this.access.loadReadable(documentId, user);
    if (!access.canRestore) {
      throw forbidden('Only moderators and owners of the network, the person who added the document and administrators can restore it.');
    }
    if (access.document.archivedAt) {
      await this.dataSource.getRepository(DocumentEntity).update(documentId, {
        archivedAt: null,
        archivedById: null,
        archiveReason: null,
        updatedAt: new Date(),
      });
      this.emitChange(access, 'updated', user);
    }
    return this.get(documentId, user);
  }

  /** Deletes a document permanently for an administrator: logs it, removes the rows, then the stored files. */
  async remove(documentId: string, user: UserEntity, body: DeleteDocumentDto): Promise<void> {
    const access = await this.access.loadReadable(documentId, user);
    if (!access.canDelete) throw forbidden('Only platform administrators can delete documents permanently.');
    const versions = await this.dataSource.getRepository(DocumentVersionEntity).findBy({ documentId });
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(DocumentDeletionEntity).insert({
        id: randomUUID(),
        documentId,
        title: access.document.title,
        networkId: access.document.networkId,
        deletedById: user.id,
        deletedAt: new Date(),
        reason: body.reason,
        sha256s: [...new Set(versions.map((version) => version.sha256))],
      });
      await manager.getRepository(DocumentEntity).delete({ id: documentId });
    });
    for (const version of versions) {
      await this.storage.delete(version.storageKey).catch((error: unknown) =>
        this.logger.error({ err: error, key: version.storageKey }, 'removing a deleted document file failed'),
      );
    }
    this.logger.log({ documentId, by: user.id }, 'document deleted permanently');
    this.emitChange(access, 'updated', user);
  }

  async deletions(): Promise<DocumentDeletion[]> {
    const rows = await this.dataSource.getRepository(DocumentDeletionEntity).find({
      relations: { deletedBy: true, network: true },
      order: { deletedAt: 'DESC' },
      take: 200,
    });
    return rows.map((row) => ({
      id: row.id,
      documentId: row.documentId,
      title: row.title,
      network: toDocumentNetwork(row.network),
      deletedBy: toPersonSummary(row.deletedBy),
      deletedAt: row.deletedAt.toISOString(),
      reason: row.reason,
      sha256s: row.sha256s,
    }));
  }

  private async create(network: NetworkEntity | null, user: UserEntity, body: CreateDocumentDto): Promise<DocumentDetail> {
    await this.validateMetadata(body);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const upload = await this.uploads.take(manager, body.uploadId, user);
      const now = new Date();
      await manager.getRepository(DocumentEntity).insert({
        id,
        networkId: network?.id ?? null,
        ...this.metadataColumns(body),
        currentVersion: 1,
        createdById: user.id,
        createdAt: now,
        updatedAt: now,
      });
      await this.insertVersion(manager, id, 1, upload, user, null);
      await this.search.refreshIndex(id, manager);
    });
    this.queue.wake();
    const access = await this.access.loadReadable(id, user);
    this.emitChange(access, 'created', user);
    return this.view.detail(access);
  }

  private async insertVersion(
    manager: EntityManager,
    documentId: string,
    number: number,
    upload: UploadEntity,
    user: UserEntity,
    note: string | null,
  ): Promise<void> {
    await manager.getRepository(DocumentVersionEntity).insert({
      id: randomUUID(),
      documentId,
      number,
      storageKey: upload.storageKey,
      fileName: upload.fileName,
      format: upload.format,
      mediaType: upload.mediaType,
      sizeBytes: upload.sizeBytes,
      sha256: upload.sha256,
      note,
      uploadedById: user.id,
      uploadedAt: new Date(),
      extractionStatus: 'pending',
    });
  }

  private metadataColumns(body: DocumentMetadataDto) {
    return {
      title: body.title,
      summary: body.summary,
      kind: body.kind,
      municipalityCode: body.municipalityCode ?? null,
      documentDate: body.documentDate ?? null,
      crpdArticleNumbers: [...new Set(body.crpdArticleNumbers)],
      sourceOrganisation: body.sourceOrganisation ?? null,
      language: body.language,
      licence: body.licence,
    };
  }

  private async validateMetadata(body: DocumentMetadataDto): Promise<void> {
    const errors = [];
    if (body.documentDate && !isPlausibleDocumentDate(body.documentDate)) {
      errors.push(
        fieldError('documentDate', 'invalid_date', `"${body.documentDate}" is not a calendar date from ${EARLIEST_DOCUMENT_YEAR} to next year.`),
      );
    }
    if (body.municipalityCode && !(await this.dataSource.getRepository(MunicipalityEntity).existsBy({ code: body.municipalityCode }))) {
      errors.push(fieldError('municipalityCode', 'unknown_municipality', `No municipality has CBS code "${body.municipalityCode}".`));
    }
    const articles = [...new Set(body.crpdArticleNumbers)];
    if (articles.length) {
      const known = await this.dataSource.getRepository(CrpdArticleEntity).countBy(
        articles.map((number) => ({ instrument: 'convention' as const, number })),
      );
      if (known !== articles.length) {
        errors.push(fieldError('crpdArticleNumbers', 'unknown_crpd_article', 'The list contains a number that is not an article of the convention.'));
      }
    }
    if (errors.length) throw validationFailed(...errors);
  }

  private emitChange(access: DocumentAccess, change: DocumentChangedEvent['change'], user: UserEntity | null): void {
    this.events.emit('document.changed', {
      networkId: access.document.networkId,
      documentId: access.document.id,
      title: access.document.title,
      change,
      versionNumber: access.document.currentVersion,
      actorDisplayName: user?.displayName ?? null,
    });
  }
}
