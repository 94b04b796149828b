import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import type {
  DocumentAccessibility,
  DocumentFormat,
  DocumentKind,
  DocumentLanguage,
  DocumentLicence,
  ExtractionStatus,
} from '@inclusieplein/contract';
import { NetworkEntity } from '../networks/network.entity';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';

/** Reads `bigint` columns as numbers. Files stay far below 2^53 bytes. */
const bigintAsNumber = { to: (value: number) => value, from: (value: string | number) => Number(value) };

/** Columns that describe one stored file, shared by uploads and document versions. */
abstract class StoredFileColumns {
  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 10 })
  format: DocumentFormat;

  @Column({ name: 'media_type', type: 'varchar', length: 120 })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: bigintAsNumber })
  sizeBytes: number;

  /** SHA-256 of the bytes, lowercase hex. */
  @Column({ type: 'char', length: 64 })
  sha256: string;
}

export interface SuggestedMetadataColumn {
  title: string | null;
  documentDate: string | null;
  language: DocumentLanguage | null;
}

/** A stored file that no document uses yet. It expires, and the cleanup job then removes its file. */
@Entity('uploads')
export class UploadEntity extends StoredFileColumns {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  @Column({ type: 'jsonb' })
  suggested: SuggestedMetadataColumn;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}

@Entity('documents')
export class DocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Null for the platform-wide library. */
  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { nullable: true })
  @JoinColumn({ name: 'network_id' })
  network: NetworkEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 20 })
  kind: DocumentKind;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => MunicipalityEntity, { nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality: MunicipalityEntity | null;

  /** Calendar date as `YYYY-MM-DD`. TypeORM reads `date` columns as text. */
  @Column({ name: 'document_date', type: 'date', nullable: true })
  documentDate: string | null;

  @Column({ name: 'crpd_article_numbers', type: 'smallint', array: true, default: () => "'{}'" })
  crpdArticleNumbers: number[];

  @Column({ name: 'source_organisation', type: 'varchar', length: 200, nullable: true })
  sourceOrganisation: string | null;

  @Column({ type: 'varchar', length: 5 })
  language: DocumentLanguage;

  @Column({ type: 'varchar', length: 24 })
  licence: DocumentLicence;

  @Column({ name: 'current_version', type: 'integer' })
  currentVersion: number;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'archived_by_id', type: 'uuid', nullable: true })
  archivedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'archived_by_id' })
  archivedBy: UserEntity | null;

  @Column({ name: 'archive_reason', type: 'varchar', length: 500, nullable: true })
  archiveReason: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by_id' })
  createdBy: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => DocumentVersionEntity, (version) => version.document)
  versions: DocumentVersionEntity[];
}

@Entity('document_versions')
export class DocumentVersionEntity extends StoredFileColumns {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, (document) => document.versions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: DocumentEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy: UserEntity;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;

  @Column({ name: 'extraction_status', type: 'varchar', length: 16 })
  extractionStatus: ExtractionStatus;

  /** Not loaded by default, because it can contain two million characters. */
  @Column({ name: 'extracted_text', type: 'text', nullable: true, select: false })
  extractedText: string | null;

  @Column({ name: 'page_count', type: 'integer', nullable: true })
  pageCount: number | null;

  @Column({ type: 'jsonb', nullable: true })
  accessibility: DocumentAccessibility | null;

  @Column({ name: 'analysis_attempts', type: 'integer', default: 0 })
  analysisAttempts: number;

  @Column({ name: 'analysis_error', type: 'varchar', length: 500, nullable: true })
  analysisError: string | null;
}

/** Append-only record of a permanent deletion. The database rejects updates and deletes. */
@Entity('document_deletions')
export class DocumentDeletionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { nullable: true })
  @JoinColumn({ name: 'network_id' })
  network: NetworkEntity | null;

  @Column({ name: 'deleted_by_id', type: 'uuid' })
  deletedById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'deleted_by_id' })
  deletedBy: UserEntity;

  @Column({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'text', array: true })
  sha256s: string[];
}
