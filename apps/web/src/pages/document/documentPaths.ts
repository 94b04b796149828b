/** Paths of the document pages, built from the route table's shapes. */
export const documentPaths = {
  list: (query?: URLSearchParams) => (query && query.toString() ? `/documenten?${query.toString()}` : '/documenten'),
  ofNetwork: (slug: string) => `/documenten?plaats=${encodeURIComponent(slug)}`,
  create: (networkSlug?: string) => (networkSlug ? `/documenten/toevoegen?netwerk=${encodeURIComponent(networkSlug)}` : '/documenten/toevoegen'),
  view: (documentId: string) => `/documenten/${documentId}`,
  edit: (documentId: string) => `/documenten/${documentId}/bewerken`,
  newVersion: (documentId: string) => `/documenten/${documentId}/nieuwe-versie`,
};
