import { resolve } from 'node:path';
import type { DemoApi } from '../support/demo-api';
import type { Role } from '../support/people';
import { waitUntil, waitVisible } from '../support/wait';
import type { RouteState } from './route-states';
import { CLOSED_NETWORK, failApi, holdApi, OPEN_NETWORK, openDialog, StateContext, submitForErrors } from './state-steps';

const DOCUMENT = '/documenten/:documentId';
const SAMPLES = resolve(__dirname, '../../../apps/api/src/demo/documents');

/** Sample files of the demo: a PDF with a text layer, a scan without one, and Markdown. */
export const SAMPLE_FILES = {
  textPdf: resolve(SAMPLES, 'ah-tk-20202021-3235.pdf'),
  scannedPdf: resolve(SAMPLES, 'blg-1007826.pdf'),
  odt: resolve(SAMPLES, 'ah-tk-20202021-3235.odt'),
  markdown: resolve(SAMPLES, 'wgbh-cz-BWBR0014915.md'),
};

/** A word that occurs only inside the text of the TOZO parliamentary questions, not in any title or summary. */
export const WORD_IN_FILE = 'rentepercentage';

interface DocumentSpec {
  title: string;
  file: string;
  slug: string;
  role: Role;
}

const TEXT_DOCUMENT: DocumentSpec = { title: 'Kamervragen over de lening voor zelfstandigen', file: SAMPLE_FILES.textPdf, slug: OPEN_NETWORK, role: 'owner' };
const SCANNED_DOCUMENT: DocumentSpec = { title: 'Gescande bijlage bij een Kamerstuk', file: SAMPLE_FILES.scannedPdf, slug: OPEN_NETWORK, role: 'owner' };
const CLOSED_DOCUMENT: DocumentSpec = { title: 'Besloten aantekeningen over de wet', file: SAMPLE_FILES.markdown, slug: CLOSED_NETWORK, role: 'owner' };
const ARCHIVED_DOCUMENT: DocumentSpec = { title: 'Oude versie van de wet gelijke behandeling', file: SAMPLE_FILES.markdown, slug: OPEN_NETWORK, role: 'owner' };
const DELETED_DOCUMENT: DocumentSpec = { title: 'Per ongeluk geplaatst document', file: SAMPLE_FILES.odt, slug: OPEN_NETWORK, role: 'member' };

interface StoredDocument {
  id: string;
  title: string;
  archived: boolean;
  currentVersion: { extractionStatus: string; sha256: string; accessibility: { status: string } };
}

interface SearchResult {
  items: StoredDocument[];
  total: number;
  pageSize: number;
}

/** Looks a document up by its exact title in a network, archived ones included. */
async function findDocument(api: DemoApi, slug: string, title: string): Promise<StoredDocument | undefined> {
  for (let page = 1; page <= 20; page += 1) {
    const result = await api.get<SearchResult>(`/api/networks/${slug}/documents?archived=include&page=${page}`);
    const found = result.items.find((item) => item.title === title);
    if (found || page * result.pageSize >= result.total) return found;
  }
  return undefined;
}

/** Returns the id of a document, uploading and describing it as `spec.role` when it does not exist yet. */
export async function documentId(context: StateContext, spec: DocumentSpec): Promise<string> {
  const api = await context.apiAs(spec.role);
  const existing = await findDocument(api, spec.slug, spec.title);
  if (existing) return existing.id;
  const upload = await api.upload<{ uploadId: string }>(spec.file);
  const created = await api.post<{ id: string }>(`/api/networks/${spec.slug}/documents`, {
    uploadId: upload.uploadId,
    title: spec.title,
    summary: 'Een voorbeeld voor de toegankelijkheidstest van het archief.',
    kind: 'research',
    municipalityCode: null,
    documentDate: '2021-06-21',
    crpdArticleNumbers: [27],
    sourceOrganisation: 'Tweede Kamer',
    language: 'nl',
    licence: 'public_sector',
  });
  return created.id;
}

/** Waits until the background job has read the text and checked the current version. */
export async function waitUntilChecked(api: DemoApi, id: string, timeoutMs = 30_000): Promise<StoredDocument> {
  let latest: StoredDocument | undefined;
  await waitUntil(
    async () => {
      latest = await api.get<StoredDocument>(`/api/documents/${id}`);
      return !['pending', 'processing'].includes(latest.currentVersion.extractionStatus) && latest.currentVersion.accessibility.status !== 'pending';
    },
    `document ${id} was not checked within ${timeoutMs / 1000} s`,
    timeoutMs,
  );
  return latest!;
}

async function documentPath(context: StateContext, spec: DocumentSpec, subPage = ''): Promise<string> {
  return `/documenten/${await documentId(context, spec)}${subPage}`;
}

/** Chooses a file in the upload step and presses the upload button. */
async function uploadThroughForm(context: StateContext, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await context.page.getByLabel('Kies een bestand').setInputFiles(file);
  await context.page.getByRole('button', { name: 'Bestand uploaden' }).click();
}

/** Uploads a file on the add page and, when the platform already has it, chooses to go on. */
async function uploadAndGoOn(context: StateContext, file: string): Promise<void> {
  await uploadThroughForm(context, file);
  await waitVisible(context.page.getByRole('heading', { name: 'Het bestand is geüpload' }), 15_000);
  const goOn = context.page.getByRole('button', { name: 'Toch doorgaan' });
  if (await goOn.isVisible()) {
    await goOn.click();
  }
}

/** Rows of the document pages. Rows that archive or delete come after the rows that show documents unchanged. */
export const DOCUMENT_ROUTE_STATES: RouteState[] = [
  // Overview and search.
  {
    route: '/documenten',
    role: 'visitor',
    state: 'list with results',
    reach: async (c) => {
      await documentId(c, TEXT_DOCUMENT);
      await c.open('/documenten');
      await waitVisible(c.page.getByRole('link', { name: TEXT_DOCUMENT.title }));
    },
  },
  {
    route: '/documenten',
    role: 'member',
    state: 'search with a word inside a file',
    reach: async (c) => {
      await waitUntilChecked(await c.apiAs('owner'), await documentId(c, TEXT_DOCUMENT));
      await c.open('/documenten');
      await c.page.getByLabel('Zoek in documenten').fill(WORD_IN_FILE);
      await c.page.getByRole('button', { name: 'Zoeken' }).click();
      await waitVisible(c.page.locator('.document-snippet mark'));
    },
  },
  {
    route: '/documenten',
    role: 'visitor',
    state: 'search without results',
    reach: async (c) => {
      await c.open('/documenten?zoek=zebrapadvogelhuisje');
      await waitVisible(c.page.getByText('Geen document past bij je zoekwoorden'));
    },
  },
  {
    route: '/documenten',
    role: 'visitor',
    state: 'scanned PDF in the list',
    reach: async (c) => {
      await waitUntilChecked(await c.apiAs('owner'), await documentId(c, SCANNED_DOCUMENT));
      await c.open(`/documenten?plaats=${OPEN_NETWORK}`);
      await waitVisible(c.page.getByText('geen doorzoekbare tekst'));
    },
  },
  {
    route: '/documenten',
    role: 'visitor',
    state: 'results loading',
    reach: async (c) => {
      await holdApi(c, '/api/documents');
      await c.goto('/documenten');
      await waitVisible(c.page.getByText('Bezig met laden'));
    },
  },
  {
    route: '/documenten',
    role: 'visitor',
    state: 'server error',
    reach: async (c) => {
      await failApi(c, '/api/documents', 'server');
      await c.goto('/documenten');
      await waitVisible(c.page.getByRole('alert').filter({ hasText: 'Er ging bij ons iets mis' }));
    },
  },

  // Adding a document.
  { route: '/documenten/toevoegen', role: 'visitor', state: 'login required', reach: (c) => c.open('/documenten/toevoegen') },
  { route: '/documenten/toevoegen', role: 'member', state: 'upload step', reach: (c) => c.open(`/documenten/toevoegen?netwerk=${OPEN_NETWORK}`) },
  {
    route: '/documenten/toevoegen',
    role: 'member',
    state: 'upload without a file',
    reach: async (c) => {
      await c.open('/documenten/toevoegen');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Bestand uploaden' }));
    },
  },
  {
    route: '/documenten/toevoegen',
    role: 'member',
    state: 'refused file type',
    reach: async (c) => {
      await c.open('/documenten/toevoegen');
      await uploadThroughForm(c, { name: 'programma.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00 not a document', 'binary') });
      await waitVisible(c.page.getByRole('alert').filter({ hasText: 'Dit soort bestand kan niet' }));
    },
  },
  {
    route: '/documenten/toevoegen',
    role: 'member',
    state: 'upload in progress',
    reach: async (c) => {
      await c.open('/documenten/toevoegen');
      await holdApi(c, '/api/uploads');
      await uploadThroughForm(c, SAMPLE_FILES.markdown);
      await waitVisible(c.page.getByLabel('Voortgang van het uploaden'));
    },
  },
  {
    route: '/documenten/toevoegen',
    role: 'member',
    state: 'file already on the platform',
    reach: async (c) => {
      await documentId(c, TEXT_DOCUMENT);
      await c.open(`/documenten/toevoegen?netwerk=${OPEN_NETWORK}`);
      await uploadThroughForm(c, SAMPLE_FILES.textPdf);
      await waitVisible(c.page.getByText('Dit bestand staat al op het platform'), 15_000);
    },
  },
  {
    route: '/documenten/toevoegen',
    role: 'member',
    state: 'description with validation errors',
    reach: async (c) => {
      await c.open(`/documenten/toevoegen?netwerk=${OPEN_NETWORK}`);
      await uploadAndGoOn(c, SAMPLE_FILES.markdown);
      await c.page.getByLabel('Titel').fill('');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Document opslaan' }));
    },
  },

  // One document.
  {
    route: DOCUMENT,
    role: 'visitor',
    state: 'scanned PDF with issues label',
    reach: async (c) => {
      const id = await documentId(c, SCANNED_DOCUMENT);
      await waitUntilChecked(await c.apiAs('owner'), id);
      await c.open(`/documenten/${id}`);
      await waitVisible(c.page.getByText('Dit document is mogelijk niet goed te lezen met een schermlezer'));
    },
  },
  {
    route: DOCUMENT,
    role: 'member',
    state: 'member with edit and archive',
    reach: async (c) => {
      await c.open(await documentPath(c, TEXT_DOCUMENT));
      await waitVisible(c.page.getByRole('heading', { name: 'Archiveren' }));
    },
  },
  {
    route: DOCUMENT,
    role: 'member',
    state: 'checksum shown',
    reach: async (c) => {
      await c.open(await documentPath(c, TEXT_DOCUMENT));
      await c.page.getByText('Controlegetal (SHA-256)').click();
      await waitVisible(c.page.locator('.checksum__value'));
    },
  },
  {
    route: DOCUMENT,
    role: 'member',
    state: 'archive confirmation open',
    reach: async (c) => {
      await c.open(await documentPath(c, TEXT_DOCUMENT));
      await openDialog(c.page, c.page.getByRole('button', { name: 'Archiveren', exact: true }));
    },
  },
  {
    route: DOCUMENT,
    role: 'administrator',
    state: 'delete form with errors',
    reach: async (c) => {
      await c.open(await documentPath(c, TEXT_DOCUMENT));
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Definitief verwijderen' }));
    },
  },
  {
    route: DOCUMENT,
    role: 'member',
    state: 'closed network document not found',
    reach: async (c) => {
      await c.open(await documentPath(c, CLOSED_DOCUMENT));
      await waitVisible(c.page.getByText('hoort bij een gesloten netwerk'));
    },
  },
  {
    route: DOCUMENT,
    role: 'visitor',
    state: 'loading',
    reach: async (c) => {
      const path = await documentPath(c, TEXT_DOCUMENT);
      await holdApi(c, `/api${path.replace('/documenten/', '/documents/')}`);
      await c.goto(path);
      await waitVisible(c.page.getByText('Bezig met laden'));
    },
  },

  // Editing and new versions.
  { route: `${DOCUMENT}/bewerken`, role: 'visitor', state: 'login required', reach: async (c) => c.open(await documentPath(c, TEXT_DOCUMENT, '/bewerken')) },
  { route: `${DOCUMENT}/bewerken`, role: 'member', state: 'edit form', reach: async (c) => c.open(await documentPath(c, TEXT_DOCUMENT, '/bewerken')) },
  {
    route: `${DOCUMENT}/bewerken`,
    role: 'member',
    state: 'edit form with errors',
    reach: async (c) => {
      await c.open(await documentPath(c, TEXT_DOCUMENT, '/bewerken'));
      await c.page.getByLabel('Korte samenvatting in eenvoudige taal').fill('Kort');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Wijzigingen opslaan' }));
    },
  },
  { route: `${DOCUMENT}/nieuwe-versie`, role: 'member', state: 'upload step', reach: async (c) => c.open(await documentPath(c, TEXT_DOCUMENT, '/nieuwe-versie')) },
  {
    route: `${DOCUMENT}/nieuwe-versie`,
    role: 'member',
    state: 'note after upload',
    reach: async (c) => {
      await c.open(await documentPath(c, TEXT_DOCUMENT, '/nieuwe-versie'));
      await uploadAndGoOn(c, SAMPLE_FILES.odt);
      await waitVisible(c.page.getByLabel('Wat is er veranderd?'));
    },
  },

  // The network page and administration.
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'documents section',
    reach: async (c) => {
      await documentId(c, TEXT_DOCUMENT);
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await waitVisible(c.page.getByRole('link', { name: 'Alle documenten van dit netwerk' }));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'library editor form with errors',
    reach: async (c) => {
      await c.open('/beheer');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Maak redacteur' }));
    },
  },

  // Rows that change documents.
  {
    route: DOCUMENT,
    role: 'moderator',
    state: 'archived with reason and restore form',
    reach: async (c) => {
      const id = await documentId(c, ARCHIVED_DOCUMENT);
      const owner = await c.apiAs('owner');
      const stored = await owner.get<StoredDocument>(`/api/documents/${id}`);
      if (!stored.archived) {
        await owner.post(`/api/documents/${id}/archive`, { reason: 'Er is een nieuwere versie van de wet.' });
      }
      await c.open(`/documenten/${id}`);
      await waitVisible(c.page.getByText('Er is een nieuwere versie van de wet.'));
      await waitVisible(c.page.getByRole('button', { name: 'Terugzetten' }));
    },
  },
  {
    route: '/documenten',
    role: 'member',
    state: 'only archived documents',
    reach: async (c) => {
      await c.open('/documenten?gearchiveerd=alleen');
      await waitVisible(c.page.getByRole('link', { name: ARCHIVED_DOCUMENT.title }));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'deletion log with an entry',
    reach: async (c) => {
      await c.open(await documentPath(c, DELETED_DOCUMENT));
      await c.page.getByLabel('Reden van verwijderen').fill('Per ongeluk in het verkeerde netwerk gezet.');
      await openDialog(c.page, c.page.getByRole('button', { name: 'Definitief verwijderen' }));
      await c.page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
      await waitVisible(c.page.getByRole('heading', { level: 1, name: 'Documenten' }));
      await c.open('/beheer');
      await waitVisible(c.page.getByRole('cell', { name: 'Per ongeluk in het verkeerde netwerk gezet.' }));
    },
  },
];
