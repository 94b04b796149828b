import { Injectable } from '@nestjs/common';
import type {
  DocumentAccessibility,
  DocumentDetail,
  DocumentNetwork,
  DocumentSummary,
  DocumentVersion,
} from '@inclusieplein/contract';
import { DataSource, In } from 'typeorm';
import { NetworkEntity } from '../networks/network.entity';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { toPersonSummary } from '../users/users.service';
import type { DocumentAccess } from './document-access.service';
import { DocumentEntity, DocumentVersionEntity } from './document.entity';

const PENDING_CHECKS: DocumentAccessibility = { status: 'pending', checks: [] };

export function toDocumentNetwork(network: NetworkEntity | null): DocumentNetwork | null {
  return network ? { id: network.id, slug: network.slug, name: network.name, visibility: network.visibility } : null;
}

export function toDocumentVersion(version: DocumentVersionEntity): DocumentVersion {
  return {
    number: version.number,
    fileName: version.fileName,
    format: version.format,
    mediaType: version.mediaType,
    sizeBytes: version.sizeBytes,
    sha256: version.sha256,
    uploadedBy: toPersonSummary(version.uploadedBy),
    uploadedAt: version.uploadedAt.toISOString(),
    note: version.note,
    extractionStatus: version.extractionStatus,
    pageCount: version.pageCount,
    accessibility: version.accessibility ?? PENDING_CHECKS,
    downloadUrl: `/api/documents/${version.documentId}/versions/${version.number}/download`,
  };
}

/** Turns document rows into the contract's shapes. Loads what a list or page needs in a few queries. */
@Injectable()
export class DocumentViewService {
  constructor(private readonly dataSource: DataSource) {}

  /** Builds summaries in the order of `documents`. Their `network` and `municipality` relations must be loaded. */
  async summaries(documents: DocumentEntity[]): Promise<DocumentSummary[]> {
    if (documents.length === 0) return [];
    const versions = await this.dataSource.getRepository(DocumentVersionEntity).find({
      where: { documentId: In(documents.map((document) => document.id)) },
      relations: { uploadedBy: true },
    });
    const byDocument = new Map<string, DocumentVersionEntity[]>();
    for (const version of versions) {
      byDocument.set(version.documentId, [...(byDocument.get(version.documentId) ?? []), version]);
    }
    return documents.map((document) => {
      const own = byDocument.get(document.id) ?? [];
      const current = own.find((version) => version.number === document.currentVersion);
      if (!current) throw new Error(`Document ${document.id} has no version ${document.currentVersion}.`);
      return this.toSummary(document, current, own.length);
    });
  }

  async detail(access: DocumentAccess): Promise<DocumentDetail> {
    const document = await this.dataSource.getRepository(DocumentEntity).findOneOrFail({
      where: { id: access.document.id },
      relations: { network: true, municipality: true, createdBy: true, archivedBy: true },
    });
    const [versions, articles] = await Promise.all([
      this.dataSource.getRepository(DocumentVersionEntity).find({
        where: { documentId: document.id },
        relations: { uploadedBy: true },
        order: { number: 'DESC' },
      }),
      document.crpdArticleNumbers.length
        ? this.dataSource.getRepository(CrpdArticleEntity).find({
            where: { instrument: 'convention', number: In(document.crpdArticleNumbers) },
            order: { number: 'ASC' },
          })
        : Promise.resolve([]),
    ]);
    const current = versions.find((version) => version.number === document.currentVersion);
    if (!current) throw new Error(`Document ${document.id} has no version ${document.currentVersion}.`);
    return {
      ...this.toSummary(document, current, versions.length),
      crpdArticles: articles.map(({ instrument, number, titleNl, titleEn }) => ({ instrument, number, titleNl, titleEn })),
      versions: versions.map(toDocumentVersion),
      createdBy: toPersonSummary(document.createdBy),
      archivedAt: document.archivedAt?.toISOString() ?? null,
      archivedBy: document.archivedBy ? toPersonSummary(document.archivedBy) : null,
      archiveReason: document.archiveReason,
      canEdit: access.canEdit,
      canRestore: access.canRestore,
      canDelete: access.canDelete,
    };
  }

  private toSummary(document: DocumentEntity, current: DocumentVersionEntity, versionCount: number): DocumentSummary {
    const municipality = document.municipality;
    return {
      id: document.id,
      title: document.title,
      summary: document.summary,
      kind: document.kind,
      municipality: municipality ? { code: municipality.code, name: municipality.name, province: municipality.province } : null,
      documentDate: document.documentDate,
      crpdArticleNumbers: [...document.crpdArticleNumbers].sort((a, b) => a - b),
      sourceOrganisation: document.sourceOrganisation,
      language: document.language,
      licence: document.licence,
      network: toDocumentNetwork(document.network),
      archived: document.archivedAt !== null,
      currentVersion: toDocumentVersion(current),
      versionCount,
      createdAt: document.createdAt.toISOString(),
      updatedAt: document.updatedAt.toISOString(),
    };
  }
}
