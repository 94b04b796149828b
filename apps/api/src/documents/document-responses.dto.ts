import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DocumentAccessibility,
  DocumentAccessibilityStatus,
  DocumentCheck,
  DocumentCheckCode,
  DocumentDeletion,
  DocumentDetail,
  DocumentFormat,
  DocumentKind,
  DocumentLanguage,
  DocumentLicence,
  DocumentNetwork,
  DocumentSearchHit,
  DocumentSearchResult,
  DocumentVersion,
  ExtractionStatus,
  NetworkVisibility,
  SnippetPart,
  UploadedFile,
  UploadLimits,
} from '@inclusieplein/contract';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DOCUMENT_LICENCES } from '@inclusieplein/contract';
import { CrpdArticleDto, MunicipalityDto } from '../reference-data/reference-data.dto';
import { PersonSummaryDto } from '../users/users.dto';

const CHECK_CODES: DocumentCheckCode[] = ['pdf_tagged', 'pdf_title', 'pdf_language', 'pdf_text', 'images_alt_text', 'headings_used'];
const EXTRACTION_STATUSES: ExtractionStatus[] = ['pending', 'processing', 'done', 'no_text', 'not_applicable', 'failed'];
const ACCESSIBILITY_STATUSES: DocumentAccessibilityStatus[] = ['pending', 'passed', 'issues', 'not_checked', 'failed'];

class DocumentCheckDto implements DocumentCheck {
  @ApiProperty({ enum: CHECK_CODES }) code: DocumentCheckCode;
  @ApiProperty() passed: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } }) params?: Record<string, number>;
}

class DocumentAccessibilityDto implements DocumentAccessibility {
  @ApiProperty({ enum: ACCESSIBILITY_STATUSES }) status: DocumentAccessibilityStatus;
  @ApiProperty({ type: [DocumentCheckDto] }) checks: DocumentCheckDto[];
}

export class DocumentVersionDto implements DocumentVersion {
  @ApiProperty() number: number;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: DOCUMENT_FORMATS }) format: DocumentFormat;
  @ApiProperty() mediaType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256, lowercase hex' }) sha256: string;
  @ApiProperty({ type: PersonSummaryDto }) uploadedBy: PersonSummaryDto;
  @ApiProperty() uploadedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ enum: EXTRACTION_STATUSES }) extractionStatus: ExtractionStatus;
  @ApiPropertyOptional({ type: Number, nullable: true }) pageCount: number | null;
  @ApiProperty({ type: DocumentAccessibilityDto }) accessibility: DocumentAccessibilityDto;
  @ApiProperty({ example: '/api/documents/…/versions/1/download' }) downloadUrl: string;
}

class DocumentNetworkDto implements DocumentNetwork {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['open', 'closed'] }) visibility: NetworkVisibility;
}

class DocumentSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiPropertyOptional({ type: MunicipalityDto, nullable: true }) municipality: MunicipalityDto | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-06-30' }) documentDate: string | null;
  @ApiProperty({ type: [Number] }) crpdArticleNumbers: number[];
  @ApiPropertyOptional({ type: String, nullable: true }) sourceOrganisation: string | null;
  @ApiProperty({ enum: DOCUMENT_LANGUAGES }) language: DocumentLanguage;
  @ApiProperty({ enum: DOCUMENT_LICENCES }) licence: DocumentLicence;
  @ApiPropertyOptional({ type: DocumentNetworkDto, nullable: true, description: 'Null for the platform-wide library' })
  network: DocumentNetworkDto | null;
  @ApiProperty() archived: boolean;
  @ApiProperty({ type: DocumentVersionDto }) currentVersion: DocumentVersionDto;
  @ApiProperty() versionCount: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class DocumentDetailDto extends DocumentSummaryDto implements DocumentDetail {
  @ApiProperty({ type: [CrpdArticleDto] }) crpdArticles: CrpdArticleDto[];
  @ApiProperty({ type: [DocumentVersionDto], description: 'Newest first' }) versions: DocumentVersionDto[];
  @ApiProperty({ type: PersonSummaryDto }) createdBy: PersonSummaryDto;
  @ApiPropertyOptional({ type: String, nullable: true }) archivedAt: string | null;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) archivedBy: PersonSummaryDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) archiveReason: string | null;
  @ApiProperty() canEdit: boolean;
  @ApiProperty() canRestore: boolean;
  @ApiProperty() canDelete: boolean;
}

class SnippetPartDto implements SnippetPart {
  @ApiProperty() text: string;
  @ApiProperty() match: boolean;
}

class DocumentSearchHitDto extends DocumentSummaryDto implements DocumentSearchHit {
  @ApiPropertyOptional({ type: [SnippetPartDto], nullable: true }) snippet: SnippetPartDto[] | null;
}

export class DocumentSearchResultDto implements DocumentSearchResult {
  @ApiProperty({ type: [DocumentSearchHitDto] }) items: DocumentSearchHitDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

class SuggestedMetadataDto {
  @ApiPropertyOptional({ type: String, nullable: true }) title: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) documentDate: string | null;
  @ApiPropertyOptional({ enum: DOCUMENT_LANGUAGES, nullable: true }) language: DocumentLanguage | null;
}

class DuplicateDto {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty() title: string;
  @ApiProperty() versionNumber: number;
}

export class UploadedFileDto implements UploadedFile {
  @ApiProperty({ format: 'uuid' }) uploadId: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: DOCUMENT_FORMATS }) format: DocumentFormat;
  @ApiProperty() mediaType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ type: SuggestedMetadataDto }) suggested: SuggestedMetadataDto;
  @ApiPropertyOptional({ type: DuplicateDto, nullable: true }) duplicateOf: DuplicateDto | null;
  @ApiProperty() expiresAt: string;
}

export class UploadLimitsDto implements UploadLimits {
  @ApiProperty() maxBytes: number;
  @ApiProperty({ enum: DOCUMENT_FORMATS, isArray: true }) formats: DocumentFormat[];
}

export class DocumentDeletionDto implements DocumentDeletion {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ type: DocumentNetworkDto, nullable: true }) network: DocumentNetworkDto | null;
  @ApiProperty({ type: PersonSummaryDto }) deletedBy: PersonSummaryDto;
  @ApiProperty() deletedAt: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: [String] }) sha256s: string[];
}
