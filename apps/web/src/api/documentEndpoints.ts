/** Typed calls of the document archive and the library editor administration. */
import type {
  AddDocumentVersionRequest,
  AppointLibraryEditorRequest,
  ArchiveDocumentRequest,
  CreateDocumentRequest,
  DeleteDocumentRequest,
  DocumentDeletion,
  DocumentDetail,
  DocumentSearchQuery,
  DocumentSearchResult,
  PersonSummary,
  UpdateDocumentRequest,
  UploadLimits,
} from '@inclusieplein/contract';
import { api, request } from './client';

const segment = encodeURIComponent;

/** Builds the query string of a document search, leaving out empty filters. */
export function documentSearchQuery(query: DocumentSearchQuery): string {
  const parameters = new URLSearchParams();
  if (query.q) parameters.set('q', query.q);
  if (query.kind) parameters.set('kind', query.kind);
  if (query.municipality) parameters.set('municipality', query.municipality);
  if (query.article !== undefined) parameters.set('article', String(query.article));
  if (query.place) parameters.set('place', query.place);
  if (query.archived && query.archived !== 'exclude') parameters.set('archived', query.archived);
  if (query.page !== undefined && query.page > 1) parameters.set('page', String(query.page));
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

export const documentApi = {
  limits: () => api.get<UploadLimits>('/api/uploads/limits'),
  search: (query: DocumentSearchQuery) => api.get<DocumentSearchResult>(`/api/documents${documentSearchQuery(query)}`),
  ofNetwork: (slug: string, query: Omit<DocumentSearchQuery, 'place'>) =>
    api.get<DocumentSearchResult>(`/api/networks/${segment(slug)}/documents${documentSearchQuery(query)}`),
  createInNetwork: (slug: string, body: CreateDocumentRequest) =>
    api.post<DocumentDetail>(`/api/networks/${segment(slug)}/documents`, body),
  createInLibrary: (body: CreateDocumentRequest) => api.post<DocumentDetail>('/api/library/documents', body),
  get: (documentId: string) => api.get<DocumentDetail>(`/api/documents/${segment(documentId)}`),
  update: (documentId: string, body: UpdateDocumentRequest) =>
    api.put<DocumentDetail>(`/api/documents/${segment(documentId)}`, body),
  addVersion: (documentId: string, body: AddDocumentVersionRequest) =>
    api.post<DocumentDetail>(`/api/documents/${segment(documentId)}/versions`, body),
  archive: (documentId: string, body: ArchiveDocumentRequest) =>
    api.post<DocumentDetail>(`/api/documents/${segment(documentId)}/archive`, body),
  restore: (documentId: string) => api.post<DocumentDetail>(`/api/documents/${segment(documentId)}/restore`),
  /** Permanent deletion. The reason travels in the body of the DELETE request. */
  remove: (documentId: string, body: DeleteDocumentRequest) =>
    request<void>('DELETE', `/api/documents/${segment(documentId)}`, body),
};

export const libraryAdminApi = {
  deletions: () => api.get<DocumentDeletion[]>('/api/admin/document-deletions'),
  editors: () => api.get<PersonSummary[]>('/api/admin/library-editors'),
  appointEditor: (body: AppointLibraryEditorRequest) => api.post<PersonSummary>('/api/admin/library-editors', body),
  removeEditor: (userId: string) => api.delete(`/api/admin/library-editors/${segment(userId)}`),
};
