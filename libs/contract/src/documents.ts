/**
 * Document archive: request and response bodies under `/api/uploads`, `/api/documents`,
 * `/api/networks/:slug/documents` and `/api/library/documents`.
 *
 * Adding a document takes two steps. First the file is sent as `multipart/form-data` to
 * `POST /api/uploads` (field `file`). The API streams it to storage, detects its type from its
 * bytes and returns an `UploadedFile` that contains suggested metadata. Then the person
 * describes it and sends `CreateDocumentRequest` or `AddDocumentVersionRequest` with the
 * `uploadId`. An upload that is never used expires and is removed with its file.
 */
import type { CrpdArticle, Municipality, NetworkVisibility, PersonSummary } from './api';

/** Kind of document: beleidsplan, inclusieagenda, raadsvoorstel, onderzoek, handreiking, verslag, overig. */
export type DocumentKind =
  | 'policy_plan'
  | 'inclusion_agenda'
  | 'council_proposal'
  | 'research'
  | 'guide'
  | 'minutes'
  | 'other';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'policy_plan',
  'inclusion_agenda',
  'council_proposal',
  'research',
  'guide',
  'minutes',
  'other',
];

/** File formats the archive accepts, decided from the file's bytes. */
export type DocumentFormat =
  | 'pdf'
  | 'docx'
  | 'odt'
  | 'xlsx'
  | 'pptx'
  | 'txt'
  | 'markdown'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp';

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  'pdf',
  'docx',
  'odt',
  'xlsx',
  'pptx',
  'txt',
  'markdown',
  'png',
  'jpeg',
  'gif',
  'webp',
];

/** Languages a document can be in, as ISO 639 codes: Dutch, Frisian, English, Papiamento, German, French, Arabic, Turkish, and other. */
export type DocumentLanguage = 'nl' | 'fy' | 'en' | 'pap' | 'de' | 'fr' | 'ar' | 'tr' | 'other';

export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['nl', 'fy', 'en', 'pap', 'de', 'fr', 'ar', 'tr', 'other'];

/**
 * Licence under which others may reuse the document. `public_sector` is a publication by a
 * government body that has no copyright under article 11 of the Dutch Auteurswet.
 */
export type DocumentLicence = 'cc0' | 'cc_by' | 'cc_by_sa' | 'public_sector' | 'all_rights_reserved' | 'unknown';

export const DOCUMENT_LICENCES: readonly DocumentLicence[] = [
  'cc0',
  'cc_by',
  'cc_by_sa',
  'public_sector',
  'all_rights_reserved',
  'unknown',
];

/**
 * State of the background job that reads the text of a version for search and checks its
 * accessibility. `no_text`: a PDF without a text layer, such as a scan ("geen doorzoekbare tekst").
 * `not_applicable`: a format whose text is not read (images, spreadsheets, presentations).
 */
export type ExtractionStatus = 'pending' | 'processing' | 'done' | 'no_text' | 'not_applicable' | 'failed';

/** One check of a document's own accessibility. */
export type DocumentCheckCode =
  /** PDF: has a structure tree (tagged PDF), so screen readers know headings, lists and reading order. */
  | 'pdf_tagged'
  /** PDF: has a document title in its metadata. */
  | 'pdf_title'
  /** PDF: names its language, so screen readers pronounce it well. */
  | 'pdf_language'
  /** PDF: has a text layer, without which a scan cannot be read aloud. */
  | 'pdf_text'
  /** DOCX and ODT: every image has alternative text. */
  | 'images_alt_text'
  /** DOCX and ODT: the text uses heading styles. */
  | 'headings_used';

export interface DocumentCheck {
  code: DocumentCheckCode;
  passed: boolean;
  /** Numbers for the explanation, such as `{ imagesWithoutAlt: 2, images: 5 }`. */
  params?: Record<string, number>;
}

/**
 * Result of the accessibility checks. `not_checked`: a format that is not checked (images,
 * spreadsheets, plain text). `pending`: the background job has not run yet.
 */
export type DocumentAccessibilityStatus = 'pending' | 'passed' | 'issues' | 'not_checked' | 'failed';

export interface DocumentAccessibility {
  status: DocumentAccessibilityStatus;
  checks: DocumentCheck[];
}

export interface DocumentVersion {
  /** 1 for the first upload, then 2, 3 … */
  number: number;
  /** Sanitised file name, with the extension of the detected format. */
  fileName: string;
  format: DocumentFormat;
  mediaType: string;
  sizeBytes: number;
  /** SHA-256 of the file's bytes, lowercase hex. Downloads are checked against it. */
  sha256: string;
  uploadedBy: PersonSummary;
  uploadedAt: string;
  /** Change note of this version, as the uploader wrote it. */
  note: string | null;
  extractionStatus: ExtractionStatus;
  /** Number of pages of a PDF, when known. */
  pageCount: number | null;
  accessibility: DocumentAccessibility;
  /** Path of the download under `/api`, checked on every request. */
  downloadUrl: string;
}

/** Network a document belongs to. Fields of this type are null for the platform-wide library. */
export interface DocumentNetwork {
  id: string;
  slug: string;
  name: string;
  visibility: NetworkVisibility;
}

/** Fields a person writes to describe a document. */
export interface DocumentMetadataInput {
  title: string;
  /** Short summary in plain language. */
  summary: string;
  kind: DocumentKind;
  municipalityCode: string | null;
  /** Calendar date of the document itself (`YYYY-MM-DD`), not of the upload. */
  documentDate: string | null;
  crpdArticleNumbers: number[];
  sourceOrganisation: string | null;
  language: DocumentLanguage;
  licence: DocumentLicence;
}

export interface DocumentSummary {
  id: string;
  title: string;
  summary: string;
  kind: DocumentKind;
  municipality: Municipality | null;
  documentDate: string | null;
  crpdArticleNumbers: number[];
  sourceOrganisation: string | null;
  language: DocumentLanguage;
  licence: DocumentLicence;
  /** Null for a document of the platform-wide library. */
  network: DocumentNetwork | null;
  archived: boolean;
  currentVersion: DocumentVersion;
  versionCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  crpdArticles: CrpdArticle[];
  /** All versions, newest first. */
  versions: DocumentVersion[];
  createdBy: PersonSummary;
  archivedAt: string | null;
  archivedBy: PersonSummary | null;
  archiveReason: string | null;
  /** Member of the network (or library editor): may describe, add versions and archive. */
  canEdit: boolean;
  /** Moderator or owner of the network, the person who added the document, or an administrator. */
  canRestore: boolean;
  /** Platform administrator only. */
  canDelete: boolean;
}

/** Response of `POST /api/uploads`. */
export interface UploadedFile {
  uploadId: string;
  fileName: string;
  format: DocumentFormat;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** Defaults read from the file's own metadata, where present. */
  suggested: {
    title: string | null;
    documentDate: string | null;
    language: DocumentLanguage | null;
  };
  /** Document the person may read that already contains a file with the same bytes. */
  duplicateOf: { documentId: string; title: string; versionNumber: number } | null;
  /** After this moment the upload is removed if no document or version uses it. */
  expiresAt: string;
}

export interface CreateDocumentRequest extends DocumentMetadataInput {
  uploadId: string;
}

export type UpdateDocumentRequest = DocumentMetadataInput;

export interface AddDocumentVersionRequest {
  uploadId: string;
  note?: string | null;
}

export interface ArchiveDocumentRequest {
  reason?: string | null;
}

/** Body of `DELETE /api/documents/:id`: permanent deletion by a platform administrator. */
export interface DeleteDocumentRequest {
  reason: string;
}

export type ArchivedFilter = 'exclude' | 'include' | 'only';

/** Query of `GET /api/documents` and `GET /api/networks/:slug/documents`. */
export interface DocumentSearchQuery {
  /** Words to find in the text and metadata, searched with PostgreSQL's Dutch configuration. */
  q?: string;
  kind?: DocumentKind;
  municipality?: string;
  article?: number;
  /** `GET /api/documents` only: `library` for the platform-wide library, or a network slug. */
  place?: string;
  /** Default `exclude`: archived documents are left out. */
  archived?: ArchivedFilter;
  /** 1-based. */
  page?: number;
}

/** Part of a search snippet. A `match` part contains words that matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface DocumentSearchHit extends DocumentSummary {
  /** Passage of the text or summary around the matched words, or null without a query. */
  snippet: SnippetPart[] | null;
}

export interface DocumentSearchResult {
  items: DocumentSearchHit[];
  total: number;
  page: number;
  pageSize: number;
}

/** Entry of the log of permanently deleted documents, readable by platform administrators. */
export interface DocumentDeletion {
  id: string;
  documentId: string;
  title: string;
  network: DocumentNetwork | null;
  deletedBy: PersonSummary;
  deletedAt: string;
  reason: string;
  /** Checksums of the files that were removed. */
  sha256s: string[];
}

/** Live event sent to the document's room and its network's room when a document is added, gets a new version or changes. */
export interface DocumentChangedEvent {
  /** Null for a document of the platform-wide library, so the event goes only to the document's room. */
  networkId: string | null;
  documentId: string;
  title: string;
  /** `created`: new document. `version_added`: new version. `updated`: metadata, archive state or checks changed. */
  change: 'created' | 'version_added' | 'updated';
  versionNumber: number;
  actorDisplayName: string | null;
}

export interface DocumentRoomPayload {
  documentId: string;
}

/** Response of `GET /api/uploads/limits`, so the web form can show the limit before sending. */
export interface UploadLimits {
  maxBytes: number;
  formats: DocumentFormat[];
}

/** Body of `POST /api/admin/library-editors`: gives a registered person the library editor role. */
export interface AppointLibraryEditorRequest {
  email: string;
}
