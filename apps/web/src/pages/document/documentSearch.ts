import { DOCUMENT_KINDS, type ArchivedFilter, type DocumentKind, type DocumentSearchQuery } from '@inclusieplein/contract';

/** Filters of the document overview as they sit in the URL, with Dutch parameter names so links can be shared. */
export interface DocumentFilters {
  q: string;
  kind: string;
  municipality: string;
  article: string;
  place: string;
  archived: ArchivedFilter;
  page: number;
}

const ARCHIVED_PARAMETER: Record<ArchivedFilter, string | null> = { exclude: null, include: 'ook', only: 'alleen' };

export const EMPTY_FILTERS: DocumentFilters = { q: '', kind: '', municipality: '', article: '', place: '', archived: 'exclude', page: 1 };

export function readFilters(parameters: URLSearchParams): DocumentFilters {
  const archivedText = parameters.get('gearchiveerd');
  const archived = (Object.keys(ARCHIVED_PARAMETER) as ArchivedFilter[]).find((key) => ARCHIVED_PARAMETER[key] === archivedText) ?? 'exclude';
  const page = Number.parseInt(parameters.get('pagina') ?? '1', 10);
  return {
    q: parameters.get('zoek') ?? '',
    kind: parameters.get('soort') ?? '',
    municipality: parameters.get('gemeente') ?? '',
    article: parameters.get('artikel') ?? '',
    place: parameters.get('plaats') ?? '',
    archived,
    page: Number.isNaN(page) || page < 1 ? 1 : page,
  };
}

/** Builds the URL parameters of a search. Empty filters and page 1 are left out. */
export function writeFilters(filters: DocumentFilters): URLSearchParams {
  const next = new URLSearchParams();
  if (filters.q.trim()) next.set('zoek', filters.q.trim());
  if (filters.kind) next.set('soort', filters.kind);
  if (filters.municipality) next.set('gemeente', filters.municipality);
  if (filters.article) next.set('artikel', filters.article);
  if (filters.place) next.set('plaats', filters.place);
  const archived = ARCHIVED_PARAMETER[filters.archived];
  if (archived) next.set('gearchiveerd', archived);
  if (filters.page > 1) next.set('pagina', String(filters.page));
  return next;
}

/** Turns the URL filters into the API query, dropping values the API would reject. */
export function toQuery(filters: DocumentFilters): DocumentSearchQuery {
  const article = Number.parseInt(filters.article, 10);
  return {
    q: filters.q.trim() || undefined,
    kind: (DOCUMENT_KINDS as readonly string[]).includes(filters.kind) ? (filters.kind as DocumentKind) : undefined,
    municipality: filters.municipality || undefined,
    article: Number.isNaN(article) ? undefined : article,
    place: filters.place || undefined,
    archived: filters.archived,
    page: filters.page,
  };
}

export function hasFilters(filters: DocumentFilters): boolean {
  return Boolean(filters.q || filters.kind || filters.municipality || filters.article || filters.place || filters.archived !== 'exclude');
}
