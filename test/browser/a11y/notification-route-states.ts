import type { Route } from 'playwright-core';
import { waitUntil, waitVisible } from '../support/wait';
import type { RouteState } from './route-states';
import { failApi, holdApi, MARKET_THREAD, OPEN_NETWORK, StateContext, submitForErrors, threadApiPath, threadPath } from './state-steps';

const NOTIFICATIONS = '/meldingen';
const SETTINGS = '/profiel/meldingen';
const VERIFY = '/account/e-mail-bevestigen';
const FORGOT = '/wachtwoord-vergeten';
const RESET = '/account/nieuw-wachtwoord';

/** A token the API never issued, so it rejects it with `invalid_token` (or a validation error). */
const UNKNOWN_TOKEN = 'dit-is-geen-echte-token';

interface ThreadPost {
  id: string;
  parentId: string | null;
  author: { displayName: string };
}

/**
 * Posts replies as Anna (the owner) to Els's post in the market thread, so Els (the member) gets
 * `post_replied` notifications. Anna moderates the network, so posting limits do not stop her.
 */
export async function replyToMember(context: StateContext, count = 1, text = 'Een reactie voor de meldingen'): Promise<void> {
  const path = await threadPath(context, OPEN_NETWORK, MARKET_THREAD);
  const owner = await context.apiAs('owner');
  const thread = await owner.get<{ posts: ThreadPost[] }>(threadApiPath(path));
  const memberPost = thread.posts.find((post) => post.author.displayName.startsWith('Els'));
  if (!memberPost) throw new Error(`No post by Els in "${MARKET_THREAD}".`);
  for (let index = 1; index <= count; index += 1) {
    await owner.post(`${threadApiPath(path)}/posts`, { parentId: memberPost.id, body: `${text} (${index}).` });
  }
}

/** Fulfils every request to `pathname` with `status` and `body` until the scan is done. */
export async function answerApi(context: StateContext, pathname: string, status: number, body?: unknown): Promise<void> {
  const matcher = (url: URL) => url.pathname === pathname;
  const handler = (route: Route) =>
    route.fulfill(
      body === undefined ? { status } : { status, contentType: 'application/json', body: JSON.stringify(body) },
    );
  await context.page.route(matcher, handler);
  context.afterScan(() => context.page.unroute(matcher, handler));
}

/** Waits until the member's notification list shows at least one item. */
async function waitForNotifications(context: StateContext): Promise<void> {
  await waitVisible(context.page.locator('.notification').first(), 10_000);
}

/**
 * Rows of the notification and account e-mail pages. Rows that add notifications or mark them
 * read come after the rows that need the list as it was.
 */
export const NOTIFICATION_ROUTE_STATES: RouteState[] = [
  // Notifications page.
  { route: NOTIFICATIONS, role: 'visitor', state: 'login required', reach: (c) => c.open(NOTIFICATIONS) },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen empty list',
    reach: async (c) => {
      await answerApi(c, '/api/notifications', 200, { notifications: [], nextCursor: null, unreadCount: 0 });
      await c.open(NOTIFICATIONS);
      await waitVisible(c.page.getByText('Je hebt nog geen meldingen.'));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen loading',
    reach: async (c) => {
      await holdApi(c, '/api/notifications');
      await c.goto(NOTIFICATIONS);
      await waitVisible(c.page.getByText('Bezig met laden'));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen server error',
    reach: async (c) => {
      await failApi(c, '/api/notifications', 'server');
      await c.goto(NOTIFICATIONS);
      await waitVisible(c.page.getByRole('alert').filter({ hasText: 'Er ging bij ons iets mis' }));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen network failure',
    reach: async (c) => {
      await failApi(c, '/api/notifications', 'network');
      await c.goto(NOTIFICATIONS);
      await waitVisible(c.page.getByRole('alert').filter({ hasText: 'Er is geen verbinding' }));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen with unread',
    reach: async (c) => {
      await replyToMember(c, 1);
      await c.open(NOTIFICATIONS);
      await waitForNotifications(c);
      await waitVisible(c.page.getByRole('link', { name: /^Ongelezen: Anna de Vries reageerde op je bericht/ }));
      await waitVisible(c.page.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ }));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen only unread',
    reach: async (c) => {
      await c.open(NOTIFICATIONS);
      await waitForNotifications(c);
      await c.page.getByLabel('Toon alleen ongelezen meldingen').check();
      await waitVisible(c.page.getByRole('status').filter({ hasText: /ongelezen melding/ }));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen live arrival',
    reach: async (c) => {
      await c.open(NOTIFICATIONS);
      await waitForNotifications(c);
      await replyToMember(c, 1, 'Een reactie die live binnenkomt');
      await waitVisible(c.page.getByRole('button', { name: 'Toon nieuwe meldingen' }), 10_000);
      await waitVisible(c.page.getByRole('status').filter({ hasText: 'Nieuwe melding: Anna de Vries' }));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen older page loaded',
    reach: async (c) => {
      // A page contains 20 notifications, so 21 replies make a second page.
      await replyToMember(c, 21, 'Een reactie om te bladeren');
      await c.open(NOTIFICATIONS);
      await waitForNotifications(c);
      await c.page.getByRole('button', { name: 'Toon oudere meldingen' }).click();
      await waitUntil(async () => (await c.page.locator('.notification').count()) > 20, 'no older notifications were loaded', 10_000);
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen all read',
    reach: async (c) => {
      await c.open(NOTIFICATIONS);
      await waitForNotifications(c);
      await c.page.getByRole('button', { name: 'Alles gelezen' }).click();
      await waitVisible(c.page.getByText('Alle meldingen staan nu op gelezen.'));
    },
  },
  {
    route: NOTIFICATIONS,
    role: 'member',
    state: 'meldingen only unread without any',
    reach: async (c) => {
      await c.open(NOTIFICATIONS);
      await waitForNotifications(c);
      await c.page.getByLabel('Toon alleen ongelezen meldingen').check();
      await waitVisible(c.page.getByText('Je hebt geen ongelezen meldingen.').last());
    },
  },

  // Watch level on the network page.
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'meldingen watch level saved',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await c.page.getByLabel('Alleen nieuwe onderwerpen').check();
      await c.page.getByRole('button', { name: 'Keuze opslaan' }).click();
      await waitVisible(c.page.locator('.success-note').filter({ hasText: 'Alleen nieuwe onderwerpen' }));
      const member = await c.apiAs('member');
      await member.put(`/api/networks/${OPEN_NETWORK}/watch`, { level: 'normal' });
    },
  },

  // E-mail settings.
  { route: SETTINGS, role: 'visitor', state: 'login required', reach: (c) => c.open(SETTINGS) },
  {
    route: SETTINGS,
    role: 'member',
    state: 'e-mail not confirmed',
    reach: async (c) => {
      await c.open(SETTINGS);
      await waitVisible(c.page.getByRole('button', { name: 'Stuur de mail opnieuw' }));
    },
  },
  {
    route: SETTINGS,
    role: 'administrator',
    state: 'e-mail confirmed',
    reach: async (c) => {
      await answerApi(c, '/api/notification-settings', 200, { emailFrequency: 'weekly', email: 'beheerder@demo.inclusieplein.nl', emailVerified: true });
      await c.open(SETTINGS);
      await waitVisible(c.page.getByText('Je e-mailadres is bevestigd.'));
    },
  },
  {
    route: SETTINGS,
    role: 'member',
    state: 'e-mail frequency saved',
    reach: async (c) => {
      await c.open(SETTINGS);
      await c.page.getByLabel('Eén keer per week').check();
      await c.page.getByRole('button', { name: 'Keuze opslaan' }).click();
      await waitVisible(c.page.locator('.success-note').filter({ hasText: 'Eén keer per week' }));
      const member = await c.apiAs('member');
      await member.put('/api/notification-settings', { emailFrequency: 'daily' });
    },
  },
  {
    route: SETTINGS,
    role: 'member',
    state: 'e-mail resend, then wait message',
    reach: async (c) => {
      await c.open(SETTINGS);
      const resend = c.page.getByRole('button', { name: 'Stuur de mail opnieuw' });
      await resend.click();
      await waitVisible(c.page.locator('.resend-result').filter({ hasText: /.+/ }));
      await resend.click();
      await waitVisible(c.page.getByText('Wacht een minuut en probeer het dan opnieuw.'));
    },
  },
  {
    route: SETTINGS,
    role: 'member',
    state: 'e-mail settings server error',
    reach: async (c) => {
      await failApi(c, '/api/notification-settings', 'server');
      await c.goto(SETTINGS);
      await waitVisible(c.page.getByRole('alert').filter({ hasText: 'Er ging bij ons iets mis' }));
    },
  },

  // Confirming the e-mail address.
  {
    route: VERIFY,
    role: 'visitor',
    state: 'e-mail link unknown or used',
    reach: async (c) => {
      await c.open(`${VERIFY}?token=${UNKNOWN_TOKEN}`);
      await waitVisible(c.page.getByText('Deze link werkt niet meer.'));
    },
  },
  {
    route: VERIFY,
    role: 'member',
    state: 'e-mail link expired',
    reach: async (c) => {
      await answerApi(c, '/api/auth/verify-email', 400, { statusCode: 400, code: 'token_expired', message: 'The link has expired.' });
      await c.open(`${VERIFY}?token=${UNKNOWN_TOKEN}`);
      await waitVisible(c.page.getByText('Deze link is verlopen.'));
    },
  },
  {
    route: VERIFY,
    role: 'visitor',
    state: 'e-mail link incomplete',
    reach: async (c) => {
      await c.open(VERIFY);
      await waitVisible(c.page.getByText('Deze link is niet compleet.'));
    },
  },
  {
    route: VERIFY,
    role: 'visitor',
    state: 'e-mail confirmed',
    reach: async (c) => {
      await answerApi(c, '/api/auth/verify-email', 204);
      await c.open(`${VERIFY}?token=${UNKNOWN_TOKEN}`);
      await waitVisible(c.page.getByText('Je e-mailadres is bevestigd.'));
    },
  },
  {
    route: VERIFY,
    role: 'visitor',
    state: 'e-mail confirm server error',
    reach: async (c) => {
      await failApi(c, '/api/auth/verify-email', 'server');
      await c.open(`${VERIFY}?token=${UNKNOWN_TOKEN}`);
      await waitVisible(c.page.getByRole('button', { name: 'Probeer het opnieuw' }));
    },
  },

  // Forgotten password.
  { route: FORGOT, role: 'visitor', state: 'wachtwoord empty form', reach: (c) => c.open(FORGOT) },
  {
    route: FORGOT,
    role: 'visitor',
    state: 'wachtwoord form with errors',
    reach: async (c) => {
      await c.open(FORGOT);
      await c.page.getByLabel('E-mailadres').fill('geen-adres');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Stuur de link' }));
    },
  },
  {
    route: FORGOT,
    role: 'visitor',
    state: 'wachtwoord link requested',
    reach: async (c) => {
      await c.open(FORGOT);
      await c.page.getByLabel('E-mailadres').fill('niemand@voorbeeld.nl');
      await c.page.getByRole('button', { name: 'Stuur de link' }).click();
      await waitVisible(c.page.getByRole('heading', { name: 'Kijk in je mail' }));
    },
  },

  // New password from the mailed link.
  { route: RESET, role: 'visitor', state: 'wachtwoord new password form', reach: (c) => c.open(`${RESET}?token=${UNKNOWN_TOKEN}`) },
  {
    route: RESET,
    role: 'visitor',
    state: 'wachtwoord passwords differ',
    reach: async (c) => {
      await c.open(`${RESET}?token=${UNKNOWN_TOKEN}`);
      await c.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lang nieuw wachtwoord');
      await c.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een ander wachtwoord');
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Wachtwoord opslaan' }));
    },
  },
  {
    route: RESET,
    role: 'visitor',
    state: 'wachtwoord link unknown or used',
    reach: async (c) => {
      await c.open(`${RESET}?token=${UNKNOWN_TOKEN}`);
      await c.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lang nieuw wachtwoord');
      await c.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lang nieuw wachtwoord');
      await c.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await waitVisible(c.page.getByRole('link', { name: 'Vraag een nieuwe link' }));
    },
  },
  {
    route: RESET,
    role: 'visitor',
    state: 'wachtwoord link expired',
    reach: async (c) => {
      await answerApi(c, '/api/auth/password-reset', 400, { statusCode: 400, code: 'token_expired', message: 'The link has expired.' });
      await c.open(`${RESET}?token=${UNKNOWN_TOKEN}`);
      await c.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lang nieuw wachtwoord');
      await c.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lang nieuw wachtwoord');
      await c.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await waitVisible(c.page.getByText('Deze link is verlopen.'));
    },
  },
  {
    route: RESET,
    role: 'visitor',
    state: 'wachtwoord link incomplete',
    reach: async (c) => {
      await c.open(RESET);
      await waitVisible(c.page.getByText('Deze link is niet compleet.'));
    },
  },
  {
    route: '/inloggen',
    role: 'visitor',
    state: 'wachtwoord changed note',
    reach: async (c) => {
      await answerApi(c, '/api/auth/password-reset', 204);
      await c.open(`${RESET}?token=${UNKNOWN_TOKEN}`);
      await c.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lang nieuw wachtwoord');
      await c.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lang nieuw wachtwoord');
      await c.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await waitVisible(c.page.getByText('Je wachtwoord is veranderd.'));
    },
  },
];
