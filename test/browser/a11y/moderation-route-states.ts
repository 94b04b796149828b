import type { DemoApi } from '../support/demo-api';
import { waitFocused, waitVisible } from '../support/wait';
import type { RouteState } from './route-states';
import {
  EMPTY_NETWORK,
  failApi,
  holdApi,
  MARKET_THREAD,
  OPEN_NETWORK,
  StateContext,
  submitForErrors,
  threadPath,
  waitForErrorAlert,
  waitForLoadingNotice,
} from './state-steps';

const CODE_OF_CONDUCT = '/netwerken/:slug/gedragscode';
const QUEUE = '/netwerken/:slug/moderatie';
const AUDIT_LOG = '/netwerken/:slug/moderatie/logboek';
const OVERVIEW = '/moderatie';
const OVERVIEW_LOG = '/moderatie/logboek';
const NETWORK = '/netwerken/:slug';
const THREAD = '/netwerken/:slug/onderwerpen/:threadId';

const queuePath = (slug: string) => `/netwerken/${slug}/moderatie`;
const CODE_TEXT = 'We praten met respect. We schrijven in gewone taal. We delen geen gegevens van anderen.';

/** Saves a new version of a network's code of conduct as the administrator. */
async function saveCodeOfConduct(context: StateContext, slug: string, body = CODE_TEXT): Promise<void> {
  const api = await context.apiAs('administrator');
  await api.put(`/api/networks/${slug}/code-of-conduct`, { body, changeNote: 'Eerste versie voor de test.' });
}

/** Id of the first reply in the market thread that the member did not write, for reports. */
async function reportablePostId(api: DemoApi): Promise<string> {
  const threadId = await api.threadId(OPEN_NETWORK, MARKET_THREAD);
  const thread = await api.get<{ posts: Array<{ id: string; depth: number; author: { displayName: string } }> }>(`/api/threads/${threadId}`);
  const post = thread.posts.find((candidate) => candidate.depth > 0 && candidate.author.displayName !== 'Els Jansen');
  if (!post) throw new Error(`No reply by someone other than Els in "${MARKET_THREAD}".`);
  return post.id;
}

/** Files a report as the member unless one is open already, because the API returns 409 for a second open report. */
async function ensureOpenReport(context: StateContext): Promise<void> {
  const member = await context.apiAs('member');
  const postId = await reportablePostId(member);
  await member.post(`/api/posts/${postId}/reports`, { category: 'spam', details: 'Dit lijkt reclame.' }).catch((error: Error) => {
    if (!error.message.includes('409')) throw error;
  });
}

async function openQueue(context: StateContext, slug = OPEN_NETWORK, search = ''): Promise<void> {
  await context.open(`${queuePath(slug)}${search}`);
  await waitVisible(context.page.getByRole('heading', { level: 2, name: /meldingen$/ }));
}

/** Rows of the moderation pages and of the moderation states of the network and thread pages. Rows that add reports, versions or hidden posts come last. */
export const MODERATION_ROUTE_STATES: RouteState[] = [
  // Code of conduct, before any version exists.
  {
    route: CODE_OF_CONDUCT,
    role: 'visitor',
    state: 'gedragscode: network without a code',
    reach: (c) => c.open(`/netwerken/${OPEN_NETWORK}/gedragscode`),
  },
  {
    route: CODE_OF_CONDUCT,
    role: 'owner',
    state: 'gedragscode: editor with validation errors',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}/gedragscode`);
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Nieuwe versie opslaan' }));
    },
  },
  {
    route: CODE_OF_CONDUCT,
    role: 'member',
    state: 'gedragscode: loading',
    reach: async (c) => {
      await holdApi(c, `/api/networks/${OPEN_NETWORK}/code-of-conduct`);
      await c.goto(`/netwerken/${OPEN_NETWORK}/gedragscode`);
      await waitForLoadingNotice(c.page);
    },
  },
  {
    route: CODE_OF_CONDUCT,
    role: 'member',
    state: 'gedragscode: server error',
    reach: async (c) => {
      await failApi(c, `/api/networks/${OPEN_NETWORK}/code-of-conduct`, 'server');
      await c.open(`/netwerken/${OPEN_NETWORK}/gedragscode`);
      await waitForErrorAlert(c.page, /Er ging bij ons iets mis/);
    },
  },

  // Moderation queue: who gets in.
  {
    route: QUEUE,
    role: 'visitor',
    state: 'moderatie: login prompt',
    reach: async (c) => {
      await c.open(queuePath(OPEN_NETWORK));
      await waitVisible(c.page.getByRole('link', { name: 'Inloggen' }).last());
    },
  },
  {
    route: QUEUE,
    role: 'member',
    state: 'moderatie: member gets no access',
    reach: async (c) => {
      await c.open(queuePath(OPEN_NETWORK));
      await waitVisible(c.page.getByText('Deze pagina is alleen voor moderatoren en eigenaren van dit netwerk.'));
    },
  },
  {
    route: QUEUE,
    role: 'moderator',
    state: 'moderatie: moderator of another network gets no access',
    reach: async (c) => {
      await c.open(queuePath(EMPTY_NETWORK));
      await waitVisible(c.page.getByText('Deze pagina is alleen voor moderatoren en eigenaren van dit netwerk.'));
    },
  },
  { route: QUEUE, role: 'moderator', state: 'moderatie: empty queue', reach: (c) => openQueue(c) },
  {
    route: QUEUE,
    role: 'moderator',
    state: 'moderatie: queue loading',
    reach: async (c) => {
      await holdApi(c, `/api/networks/${OPEN_NETWORK}/moderation/queue`);
      await c.goto(queuePath(OPEN_NETWORK));
      await waitForLoadingNotice(c.page);
    },
  },
  {
    route: QUEUE,
    role: 'moderator',
    state: 'moderatie: queue server error',
    reach: async (c) => {
      await failApi(c, `/api/networks/${OPEN_NETWORK}/moderation/queue`, 'server');
      await c.open(queuePath(OPEN_NETWORK));
      await waitForErrorAlert(c.page, /Er ging bij ons iets mis/);
    },
  },
  {
    route: QUEUE,
    role: 'moderator',
    state: 'moderatie: queue network failure',
    reach: async (c) => {
      await failApi(c, `/api/networks/${OPEN_NETWORK}/moderation/queue`, 'network');
      await c.open(queuePath(OPEN_NETWORK));
      await waitForErrorAlert(c.page, /geen verbinding/);
    },
  },
  {
    route: QUEUE,
    role: 'owner',
    state: 'moderatie: settings with validation errors',
    reach: async (c) => {
      await openQueue(c);
      const field = c.page.getByRole('textbox', { name: 'Hoeveel eerste berichten keur je eerst goed?' });
      await field.fill('99');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Instellingen opslaan' }));
    },
  },

  // Audit log and overview pages.
  {
    route: AUDIT_LOG,
    role: 'member',
    state: 'logboek: member gets no access',
    reach: async (c) => {
      await c.open(`${queuePath(OPEN_NETWORK)}/logboek`);
      await waitVisible(c.page.getByText('Deze pagina is alleen voor moderatoren en eigenaren van dit netwerk.'));
    },
  },
  {
    route: AUDIT_LOG,
    role: 'moderator',
    state: 'logboek: moderator of another network gets no access',
    reach: async (c) => {
      await c.open(`${queuePath(EMPTY_NETWORK)}/logboek`);
      await waitVisible(c.page.getByText('Deze pagina is alleen voor moderatoren en eigenaren van dit netwerk.'));
    },
  },
  {
    route: AUDIT_LOG,
    role: 'moderator',
    state: 'logboek: server error',
    reach: async (c) => {
      await failApi(c, `/api/networks/${OPEN_NETWORK}/moderation/audit-log`, 'server');
      await c.open(`${queuePath(OPEN_NETWORK)}/logboek`);
      await waitForErrorAlert(c.page, /Er ging bij ons iets mis/);
    },
  },
  {
    route: OVERVIEW,
    role: 'visitor',
    state: 'moderatie overzicht: login prompt',
    reach: (c) => c.open('/moderatie'),
  },
  {
    route: OVERVIEW,
    role: 'moderator',
    state: 'moderatie overzicht: only for administrators',
    reach: async (c) => {
      await c.open('/moderatie');
      await waitVisible(c.page.getByRole('heading', { level: 1, name: 'Moderatie in alle netwerken' }));
    },
  },
  {
    route: OVERVIEW_LOG,
    role: 'member',
    state: 'logboek overzicht: only for administrators',
    reach: (c) => c.open('/moderatie/logboek'),
  },

  // Network page: joining with a code of conduct.
  {
    route: NETWORK,
    role: 'member',
    state: 'gedragscode: join form with the code and validation errors',
    reach: async (c) => {
      await saveCodeOfConduct(c, EMPTY_NETWORK);
      await c.open(`/netwerken/${EMPTY_NETWORK}`);
      await waitVisible(c.page.getByRole('checkbox', { name: 'Ik houd me aan de gedragscode' }));
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Word lid' }));
    },
  },
  {
    route: NETWORK,
    role: 'member',
    state: 'gedragscode: join with an outdated version',
    reach: async (c) => {
      await c.open(`/netwerken/${EMPTY_NETWORK}`);
      await c.page.getByRole('checkbox', { name: 'Ik houd me aan de gedragscode' }).check();
      await saveCodeOfConduct(c, EMPTY_NETWORK, `${CODE_TEXT} We helpen elkaar.`);
      await c.page.getByRole('button', { name: 'Word lid' }).click();
      await waitVisible(c.page.getByText(/De gedragscode is net veranderd\. Lees versie 2/).first());
    },
  },

  // Rows below add reports, versions and moderator actions.
  {
    route: CODE_OF_CONDUCT,
    role: 'member',
    state: 'gedragscode: new version to accept, with history',
    reach: async (c) => {
      await saveCodeOfConduct(c, OPEN_NETWORK);
      await saveCodeOfConduct(c, OPEN_NETWORK, `${CODE_TEXT} We helpen elkaar.`);
      await c.open(`/netwerken/${OPEN_NETWORK}/gedragscode`);
      await waitVisible(c.page.getByRole('button', { name: 'Ik houd me aan versie 2' }));
    },
  },
  {
    route: NETWORK,
    role: 'member',
    state: 'gedragscode: member asked to accept the new version',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await waitVisible(c.page.getByRole('button', { name: 'Ik houd me aan versie 2' }));
    },
  },
  {
    route: CODE_OF_CONDUCT,
    role: 'owner',
    state: 'gedragscode: owner editor with the current version',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}/gedragscode`);
      await waitVisible(c.page.getByRole('textbox', { name: 'Tekst van de gedragscode' }));
    },
  },
  {
    route: THREAD,
    role: 'member',
    state: 'melden: report form with validation errors',
    reach: async (c) => {
      await c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD));
      await c.page.getByRole('button', { name: 'Melden bericht van Mohamed El Amrani' }).first().click();
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Melding versturen' }));
    },
  },
  {
    route: QUEUE,
    role: 'moderator',
    state: 'moderatie: live report arrived',
    reach: async (c) => {
      await openQueue(c);
      await waitVisible(c.page.locator('[data-live="joined"]'));
      await ensureOpenReport(c);
      await waitVisible(c.page.locator('[role="status"][aria-live="polite"]', { hasText: 'Er is 1 nieuwe melding.' }));
    },
  },
  {
    route: QUEUE,
    role: 'moderator',
    state: 'moderatie: bulk action with validation errors',
    reach: async (c) => {
      await ensureOpenReport(c);
      await openQueue(c);
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Berichten van selectie verbergen' }));
    },
  },
  {
    route: QUEUE,
    role: 'owner',
    state: 'moderatie: hide step open for one report',
    reach: async (c) => {
      await ensureOpenReport(c);
      await openQueue(c);
      await c.page.getByRole('button', { name: /^Bericht verbergen over/ }).first().click();
      await waitFocused(c.page.getByRole('group', { name: /verbergen$/ }), 'the confirm step');
    },
  },
  {
    route: OVERVIEW,
    role: 'administrator',
    state: 'moderatie overzicht: open reports of all networks',
    reach: async (c) => {
      await ensureOpenReport(c);
      await c.open('/moderatie');
      await waitVisible(c.page.getByRole('heading', { level: 3 }).first());
    },
  },
  {
    route: THREAD,
    role: 'moderator',
    state: 'moderatie: hidden post and locked thread seen by a moderator',
    reach: async (c) => {
      const api = await c.apiAs('moderator');
      const threadId = await api.threadId(OPEN_NETWORK, MARKET_THREAD);
      const postId = await reportablePostId(api);
      await api.post(`/api/posts/${postId}/hide`, { reason: 'Dit is reclame.' }).catch(() => undefined);
      await api.post(`/api/threads/${threadId}/lock`, { reason: 'Even pauze.' }).catch(() => undefined);
      await c.open(`/netwerken/${OPEN_NETWORK}/onderwerpen/${threadId}`);
      await waitVisible(c.page.getByRole('button', { name: 'Onderwerp weer openen' }));
    },
  },
  {
    route: THREAD,
    role: 'member',
    state: 'moderatie: placeholder of a hidden post in a locked thread',
    reach: async (c) => {
      await c.open(await threadPath(c, OPEN_NETWORK, MARKET_THREAD));
      await waitVisible(c.page.getByText('Een moderator heeft dit bericht verborgen.').first());
    },
  },
  {
    route: QUEUE,
    role: 'moderator',
    state: 'moderatie: handled reports',
    reach: async (c) => {
      await openQueue(c, OPEN_NETWORK, '?status=afgehandeld');
    },
  },
  {
    route: NETWORK,
    role: 'moderator',
    state: 'moderatie: member panel with the mute step',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await c.page.getByRole('button', { name: 'Modereren Els Jansen' }).click();
      await c.page.getByRole('button', { name: 'Schrijfpauze geven' }).click();
      await c.page.getByRole('radio', { name: 'Tot een datum die ik kies' }).check();
      await waitVisible(c.page.getByLabel('Schrijfpauze tot', { exact: true }));
    },
  },
  {
    route: AUDIT_LOG,
    role: 'moderator',
    state: 'logboek: actions of the network',
    reach: async (c) => {
      await c.open(`${queuePath(OPEN_NETWORK)}/logboek`);
      await waitVisible(c.page.getByRole('table'));
    },
  },
  {
    route: AUDIT_LOG,
    role: 'owner',
    state: 'logboek: filtered by an action',
    reach: async (c) => {
      await c.open(`${queuePath(OPEN_NETWORK)}/logboek?actie=thread.locked`);
      await waitVisible(c.page.getByRole('rowheader', { name: 'Onderwerp gesloten' }).first());
    },
  },
  {
    route: AUDIT_LOG,
    role: 'administrator',
    state: 'logboek: administrator reads a network log',
    reach: (c) => c.open(`${queuePath(OPEN_NETWORK)}/logboek`),
  },
  {
    route: OVERVIEW_LOG,
    role: 'administrator',
    state: 'logboek overzicht: every network',
    reach: async (c) => {
      await c.open('/moderatie/logboek');
      await waitVisible(c.page.getByRole('table'));
    },
  },
];
