import type { Role } from '../support/people';
import { proposalInput } from '../support/demo-api';
import { waitVisible } from '../support/wait';
import { DOCUMENT_ROUTE_STATES } from './document-route-states';
import { MODERATION_ROUTE_STATES } from './moderation-route-states';
import { NOTIFICATION_ROUTE_STATES } from './notification-route-states';
import { PLAN_ROUTE_STATES } from './plan-route-states';
import {
  CLOSED_NETWORK,
  CLOSED_THREAD,
  EMPTY_NETWORK,
  failApi,
  holdApi,
  MARKET_THREAD,
  OPEN_NETWORK,
  openDialog,
  StateContext,
  submitForErrors,
  threadApiPath,
  threadPath,
  waitForErrorAlert,
  waitForLoadingNotice,
} from './state-steps';

/** One row of the table: a route, seen by a role, brought into a state by `reach`. */
export interface RouteState {
  /** The route's path exactly as in APP_ROUTES (apps/web/src/routes.ts). */
  route: string;
  role: Role;
  state: string;
  reach: (context: StateContext) => Promise<void>;
}

const LONG_TEXT = 'x'.repeat(1001);
const PROPOSAL_NAME = 'Toegankelijke sportverenigingen';

/**
 * Routes × roles × states. Rows run in this order on one platform per run, so a row that
 * changes data (a proposal, a join request, a reply) comes after the rows that need the
 * data without that change.
 */
export const ROUTE_STATES: RouteState[] = [
  // Start page.
  { route: '/', role: 'visitor', state: 'start page', reach: (c) => c.open('/') },
  { route: '/', role: 'member', state: 'start page logged in', reach: (c) => c.open('/') },

  // Account pages.
  { route: '/registreren', role: 'visitor', state: 'empty form', reach: (c) => c.open('/registreren') },
  {
    route: '/registreren',
    role: 'visitor',
    state: 'form with validation errors',
    reach: async (c) => {
      await c.open('/registreren');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Account maken' }));
    },
  },
  {
    route: '/registreren',
    role: 'visitor',
    state: 'municipalities loading',
    reach: async (c) => {
      await holdApi(c, '/api/municipalities');
      await c.goto('/registreren');
      await waitVisible(c.page.locator('select[aria-busy="true"]'));
    },
  },
  { route: '/inloggen', role: 'visitor', state: 'empty form', reach: (c) => c.open('/inloggen') },
  {
    route: '/inloggen',
    role: 'visitor',
    state: 'form with validation errors',
    reach: async (c) => {
      await c.open('/inloggen');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Inloggen' }));
    },
  },
  {
    route: '/inloggen',
    role: 'visitor',
    state: 'wrong password',
    reach: async (c) => {
      await c.open('/inloggen');
      await c.page.getByLabel('E-mailadres').fill('niemand@example.org');
      await c.page.getByLabel('Wachtwoord').fill('geen-goed-wachtwoord');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Inloggen' }));
    },
  },
  { route: '/profiel', role: 'visitor', state: 'login required', reach: (c) => c.open('/profiel') },
  { route: '/profiel', role: 'member', state: 'filled form', reach: (c) => c.open('/profiel') },
  {
    route: '/profiel',
    role: 'member',
    state: 'form with validation errors',
    reach: async (c) => {
      await c.open('/profiel');
      await c.page.getByLabel('Naam', { exact: true }).fill('');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Wijzigingen opslaan' }));
    },
  },

  // Network list.
  { route: '/netwerken', role: 'visitor', state: 'full list', reach: (c) => c.open('/netwerken') },
  { route: '/netwerken', role: 'member', state: 'full list logged in', reach: (c) => c.open('/netwerken') },
  {
    route: '/netwerken',
    role: 'visitor',
    state: 'search without match',
    reach: async (c) => {
      await c.open('/netwerken');
      await c.page.getByLabel('Zoek een netwerk').fill('onderwaterrugby');
      await waitVisible(c.page.getByText('Geen netwerk past bij je zoekwoorden'));
      await waitVisible(c.page.getByRole('status').filter({ hasText: '0 netwerken gevonden' }));
    },
  },
  {
    route: '/netwerken',
    role: 'visitor',
    state: 'loading',
    reach: async (c) => {
      await holdApi(c, '/api/networks');
      await c.goto('/netwerken');
      await waitForLoadingNotice(c.page);
    },
  },
  {
    route: '/netwerken',
    role: 'visitor',
    state: 'server error',
    reach: async (c) => {
      await failApi(c, '/api/networks', 'server');
      await c.goto('/netwerken');
      await waitForErrorAlert(c.page, /Er ging bij ons iets mis/);
    },
  },
  {
    route: '/netwerken',
    role: 'visitor',
    state: 'network failure',
    reach: async (c) => {
      await failApi(c, '/api/networks', 'network');
      await c.goto('/netwerken');
      await waitForErrorAlert(c.page, /geen verbinding/);
    },
  },

  // Proposing a network.
  { route: '/netwerken/voorstellen', role: 'visitor', state: 'login required', reach: (c) => c.open('/netwerken/voorstellen') },
  { route: '/netwerken/voorstellen', role: 'member', state: 'empty form', reach: (c) => c.open('/netwerken/voorstellen') },
  {
    route: '/netwerken/voorstellen',
    role: 'member',
    state: 'form with validation errors',
    reach: async (c) => {
      await c.open('/netwerken/voorstellen');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Verstuur voorstel' }));
    },
  },

  // One network.
  { route: '/netwerken/:slug', role: 'visitor', state: 'open network', reach: (c) => c.open(`/netwerken/${OPEN_NETWORK}`) },
  { route: '/netwerken/:slug', role: 'visitor', state: 'closed network', reach: (c) => c.open(`/netwerken/${CLOSED_NETWORK}`) },
  { route: '/netwerken/:slug', role: 'visitor', state: 'network without threads', reach: (c) => c.open(`/netwerken/${EMPTY_NETWORK}`) },
  {
    route: '/netwerken/:slug',
    role: 'visitor',
    state: 'network not found',
    reach: async (c) => {
      await c.open('/netwerken/bestaat-niet');
      await waitVisible(c.page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }));
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'visitor',
    state: 'loading',
    reach: async (c) => {
      await holdApi(c, `/api/networks/${OPEN_NETWORK}`);
      await c.goto(`/netwerken/${OPEN_NETWORK}`);
      await waitForLoadingNotice(c.page);
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'visitor',
    state: 'server error',
    reach: async (c) => {
      await failApi(c, `/api/networks/${OPEN_NETWORK}`, 'server');
      await c.goto(`/netwerken/${OPEN_NETWORK}`);
      await waitForErrorAlert(c.page, /Er ging bij ons iets mis/);
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'threads failed to load',
    reach: async (c) => {
      await failApi(c, `/api/networks/${OPEN_NETWORK}/threads`, 'network');
      await c.goto(`/netwerken/${OPEN_NETWORK}`);
      await waitForErrorAlert(c.page, /geen verbinding/);
    },
  },
  { route: '/netwerken/:slug', role: 'member', state: 'member with thread form', reach: (c) => c.open(`/netwerken/${OPEN_NETWORK}`) },
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'new thread with validation errors',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Plaats onderwerp' }));
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'leave confirmation open',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await openDialog(c.page, c.page.getByRole('button', { name: 'Verlaat netwerk' }));
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'join request with validation errors',
    reach: async (c) => {
      await c.open(`/netwerken/${CLOSED_NETWORK}`);
      await c.page.getByLabel('Waarom wil je lid worden?').fill(LONG_TEXT);
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Vraag om lid te worden' }));
    },
  },
  { route: '/netwerken/:slug', role: 'moderator', state: 'moderator without requests', reach: (c) => c.open(`/netwerken/${OPEN_NETWORK}`) },
  { route: '/netwerken/:slug', role: 'owner', state: 'owner without requests', reach: (c) => c.open(`/netwerken/${CLOSED_NETWORK}`) },
  {
    route: '/netwerken/:slug',
    role: 'owner',
    state: 'owner with a pending request',
    reach: async (c) => {
      const member = await c.apiAs('member');
      await member.post(`/api/networks/${CLOSED_NETWORK}/join`, { motivation: 'Ik wil graag meepraten.' });
      await c.open(`/netwerken/${CLOSED_NETWORK}`);
      await waitVisible(c.page.getByRole('heading', { level: 3, name: 'Els Jansen' }));
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'join request pending',
    reach: async (c) => {
      await c.open(`/netwerken/${CLOSED_NETWORK}`);
      await waitVisible(c.page.getByText('Je verzoek wacht op een moderator.'));
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'owner',
    state: 'decline form with validation errors',
    reach: async (c) => {
      await c.open(`/netwerken/${CLOSED_NETWORK}`);
      await c.page.getByRole('button', { name: 'Wijs af (verzoek van Els Jansen)' }).click();
      await c.page.getByLabel('Waarom wijs je het verzoek af?').fill(LONG_TEXT.slice(0, 501));
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Bevestig afwijzing (verzoek van Els Jansen)' }));
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'owner',
    state: 'after new threads arrived live',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await waitVisible(c.page.locator('section[data-live="joined"]'));
      const member = await c.apiAs('member');
      await member.post(`/api/networks/${OPEN_NETWORK}/threads`, {
        title: 'Een drempel bij het gemeentehuis',
        body: 'Bij de hoofdingang ligt een hoge drempel.',
      });
      await waitVisible(c.page.getByRole('button', { name: '1 nieuw onderwerp' }));
    },
  },
  { route: '/netwerken/:slug', role: 'administrator', state: 'administrator sees members', reach: (c) => c.open(`/netwerken/${OPEN_NETWORK}`) },

  // One thread.
  { route: '/netwerken/:slug/onderwerpen/:threadId', role: 'visitor', state: 'reply tree', reach: async (c) => c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD)) },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'visitor',
    state: 'thread not found',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}/onderwerpen/00000000-0000-4000-8000-000000000000`);
      await waitVisible(c.page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }));
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'visitor',
    state: 'thread of a closed network',
    reach: async (c) => {
      await c.open(await threadPath(c, CLOSED_NETWORK, CLOSED_THREAD));
      await waitVisible(c.page.getByRole('heading', { level: 1, name: 'Onderwerp niet geladen' }));
      await waitForErrorAlert(c.page, /Dit netwerk is gesloten/);
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'visitor',
    state: 'loading',
    reach: async (c) => {
      const path = await threadPath(c, OPEN_NETWORK, MARKET_THREAD);
      await holdApi(c, threadApiPath(path));
      await c.goto(path);
      await waitForLoadingNotice(c.page);
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'visitor',
    state: 'server error',
    reach: async (c) => {
      const path = await threadPath(c, OPEN_NETWORK, MARKET_THREAD);
      await failApi(c, threadApiPath(path), 'server');
      await c.goto(path);
      await waitForErrorAlert(c.page, /Er ging bij ons iets mis/);
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'member',
    state: 'reply with validation errors',
    reach: async (c) => {
      await c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD));
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Plaats reactie' }).last());
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'member',
    state: 'reply form open on a post',
    reach: async (c) => {
      await c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD));
      await c.page.getByRole('button', { name: 'Reageer op het bericht van Anna de Vries' }).first().click();
      await waitVisible(c.page.getByLabel('Je reactie op Anna de Vries'));
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'moderator',
    state: 'delete confirmation open',
    reach: async (c) => {
      await c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD));
      await openDialog(c.page, c.page.getByRole('button', { name: 'Verwijder bericht van Els Jansen' }).first());
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'owner',
    state: 'edit form open',
    reach: async (c) => {
      await c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD));
      await c.page.getByRole('button', { name: 'Bewerk je bericht' }).first().click();
      await waitVisible(c.page.getByRole('button', { name: 'Bewaar wijziging' }));
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'owner',
    state: 'edit with validation errors',
    reach: async (c) => {
      await c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD));
      await c.page.getByRole('button', { name: 'Bewerk je bericht' }).first().click();
      await c.page.getByLabel('Je bericht', { exact: true }).fill('');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Bewaar wijziging' }));
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'owner',
    state: 'edit history shown',
    reach: async (c) => {
      const path = await threadPath(c, OPEN_NETWORK, MARKET_THREAD);
      const owner = await c.apiAs('owner');
      const thread = await owner.get<{ posts: Array<{ id: string; parentId: string | null; body: string }> }>(
        threadApiPath(path),
      );
      const opening = thread.posts.find((post) => post.parentId === null);
      await owner.patch(`/api/posts/${opening?.id}`, { body: `${opening?.body}\n\nAangevuld door de test.` });
      await c.open(path);
      await c.page.getByRole('button', { name: /toon eerdere versies/ }).first().click();
      await waitVisible(c.page.getByRole('heading', { name: 'Eerdere versies' }));
      await waitVisible(c.page.locator('.revision-list li'));
    },
  },
  {
    route: '/netwerken/:slug/onderwerpen/:threadId',
    role: 'owner',
    state: 'after new replies arrived live',
    reach: async (c) => {
      const path = await threadPath(c, OPEN_NETWORK, MARKET_THREAD);
      await c.open(path);
      await waitVisible(c.page.locator('section[data-live="joined"]'));
      const member = await c.apiAs('member');
      const thread = await member.get<{ posts: Array<{ id: string; parentId: string | null }> }>(threadApiPath(path));
      const opening = thread.posts.find((post) => post.parentId === null);
      for (const body of ['Eerste nieuwe reactie.', 'Tweede nieuwe reactie.']) {
        await member.post(`${threadApiPath(path)}/posts`, { parentId: opening?.id, body });
      }
      await waitVisible(c.page.getByRole('button', { name: '2 nieuwe reacties' }));
    },
  },

  ...PLAN_ROUTE_STATES,
  ...DOCUMENT_ROUTE_STATES,
  ...NOTIFICATION_ROUTE_STATES,

  // Administration.
  { route: '/beheer', role: 'visitor', state: 'login required', reach: (c) => c.open('/beheer') },
  { route: '/beheer', role: 'member', state: 'administrators only', reach: (c) => c.open('/beheer') },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'no proposals',
    reach: async (c) => {
      await c.open('/beheer');
      await waitVisible(c.page.getByText('Er zijn geen voorstellen die wachten.'));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'create network with validation errors',
    reach: async (c) => {
      await c.open('/beheer');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Maak netwerk' }));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'appoint owner with validation errors',
    reach: async (c) => {
      await c.open('/beheer');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Maak eigenaar' }));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'external network with validation errors',
    reach: async (c) => {
      await c.open('/beheer');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Voeg toe' }));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'with a proposal',
    reach: async (c) => {
      const member = await c.apiAs('member');
      await member.post('/api/network-proposals', proposalInput(PROPOSAL_NAME));
      await c.open('/beheer');
      await waitVisible(c.page.getByRole('heading', { level: 3, name: PROPOSAL_NAME }));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'proposal decision with validation errors',
    reach: async (c) => {
      await c.open('/beheer');
      await c.page.getByLabel('Toelichting voor de indiener').first().fill(LONG_TEXT.slice(0, 501));
      await submitForErrors(c.page, c.page.getByRole('button', { name: `Keur goed ${PROPOSAL_NAME}` }));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'with a barrier report',
    reach: async (c) => {
      const visitor = await c.apiAs('visitor');
      await visitor.post('/api/barrier-reports', {
        page: '/netwerken',
        description: 'De zoekknop wordt niet voorgelezen door mijn schermlezer.',
        assistiveTechnology: 'NVDA met Firefox',
      });
      await c.open('/beheer');
      await waitVisible(c.page.getByText('De zoekknop wordt niet voorgelezen'));
    },
  },
  {
    route: '/beheer',
    role: 'administrator',
    state: 'proposals failed to load',
    reach: async (c) => {
      await failApi(c, '/api/network-proposals', 'server');
      await c.goto('/beheer');
      await waitForErrorAlert(c.page, /Er ging bij ons iets mis/);
    },
  },

  // Accessibility statement and easy-read pages.
  { route: '/toegankelijkheid', role: 'visitor', state: 'statement with report form', reach: (c) => c.open('/toegankelijkheid') },
  {
    route: '/toegankelijkheid',
    role: 'visitor',
    state: 'report form with validation errors',
    reach: async (c) => {
      await c.open('/toegankelijkheid');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Verstuur melding' }));
    },
  },
  { route: '/toegankelijkheid', role: 'member', state: 'statement logged in', reach: (c) => c.open('/toegankelijkheid') },
  { route: '/makkelijk-lezen', role: 'visitor', state: 'easy-read start', reach: (c) => c.open('/makkelijk-lezen') },
  { route: '/makkelijk-lezen/themanetwerk', role: 'visitor', state: 'easy-read network', reach: (c) => c.open('/makkelijk-lezen/themanetwerk') },
  { route: '/makkelijk-lezen/lid-worden', role: 'visitor', state: 'easy-read join', reach: (c) => c.open('/makkelijk-lezen/lid-worden') },

  // Unknown address.
  {
    route: '*',
    role: 'visitor',
    state: 'page not found',
    reach: async (c) => {
      await c.open('/bestaat-niet');
      await waitVisible(c.page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }));
    },
  },

  // Moderation rows add reports, code of conduct versions, hidden posts and a locked thread, so they run last.
  ...MODERATION_ROUTE_STATES,
];
