import type { Page } from 'playwright-core';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { expectHeadingFocused, tabTo } from '../support/keyboard';
import { DEMO_EMAILS, logInThroughForm } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { recordCheck } from '../support/results';
import { waitFocused, waitUntil, waitVisible } from '../support/wait';

// Only keyboard events drive the moderation pages. Logging in goes through the login form, and the
// newcomer's account, membership and post are set up through the API, because neither is under test here.
let platform: PlatformServer;
let chromium: SharedChromium;
let els: Page;
let mohamed: Page;
let newcomer: Page;

const NETWORK = 'toegankelijke-openbare-ruimte';
const MARKET_THREAD = 'Hoe maken we de weekmarkt toegankelijk?';
const BUS_STOP_THREAD = 'Geleidelijnen bij de nieuwe bushalte';
const NEWCOMER = { displayName: 'Sam Nieuwkomer', email: `sam-${Date.now()}@example.org`, password: 'een-lang-wachtwoord' };
const SPAM = 'Koop nu mijn goedkope kraam, bel snel!';
const HIDE_REASON = 'Reclame hoort niet in dit netwerk.';

let marketPath = '';

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  els = await loggedIn(DEMO_EMAILS.member);
  mohamed = await loggedIn(DEMO_EMAILS.moderator);
  newcomer = await registeredNewcomer();
  const elsApi = new DemoApi(platform.baseUrl, els);
  marketPath = `/netwerken/${NETWORK}/onderwerpen/${await elsApi.threadId(NETWORK, MARKET_THREAD)}`;
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
});

async function loggedIn(email: string, password?: string): Promise<Page> {
  const context = await chromium.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await logInThroughForm(page, platform.baseUrl, email, password);
  return page;
}

/** Registers a new account that joins the open demo network and posts one reply, all through the API. */
async function registeredNewcomer(): Promise<Page> {
  const context = await chromium.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${platform.baseUrl}/`);
  const api = new DemoApi(platform.baseUrl, page);
  await api.post('/api/auth/register', NEWCOMER);
  const status = await api.get<{ current: { version: number } | null }>(`/api/networks/${NETWORK}/code-of-conduct`);
  await api.post(`/api/networks/${NETWORK}/join`, { acceptedCodeOfConductVersion: status.current?.version ?? null });
  const threadId = await api.threadId(NETWORK, MARKET_THREAD);
  const thread = await api.get<{ posts: Array<{ id: string; depth: number }> }>(`/api/threads/${threadId}`);
  await api.post(`/api/threads/${threadId}/posts`, { parentId: thread.posts[0].id, body: SPAM });
  await page.goto(`${platform.baseUrl}/`);
  await waitVisible(page.getByRole('button', { name: 'Uitloggen' }));
  return page;
}

/** Runs a journey and records it for the results file only when it reached its end. */
function journey(name: string, role: string, run: () => Promise<void>): void {
  it(`${name} by keyboard`, async () => {
    await run();
    recordCheck({ kind: 'journey', route: '', role, name, violations: 0 });
  });
}

/** Waits until the page's polite live region reads `text`. */
async function waitAnnounced(page: Page, text: string): Promise<void> {
  await waitVisible(page.locator('[role="status"][aria-live="polite"]', { hasText: text }));
}

async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(`${platform.baseUrl}${path}`);
  await waitVisible(page.getByRole('heading', { level: 1 }));
}

describe('keyboard-only moderation journeys', () => {
  journey('report a post, hide it from the live queue, author sees why', 'moderator', async () => {
    await openPage(mohamed, `/netwerken/${NETWORK}/moderatie`);
    await waitVisible(mohamed.locator('[data-live="joined"]'));
    await waitVisible(mohamed.getByText('0 open meldingen'));

    // Els reports the newcomer's post: a radio group of reasons with explanations, then send.
    await openPage(els, marketPath);
    const reportButton = els.getByRole('button', { name: `Melden bericht van ${NEWCOMER.displayName}` });
    await tabTo(els, reportButton, { maxPresses: 150 });
    await els.keyboard.press('Enter');
    await waitFocused(els.getByRole('radio', { name: 'Pesten of bedreigen' }), 'the first reason');
    await els.keyboard.press('ArrowDown');
    await els.keyboard.press('ArrowDown');
    expect(await els.getByRole('radio', { name: 'Reclame of spam' }).isChecked()).toBe(true);
    await tabTo(els, els.getByRole('textbox', { name: /Uitleg/ }));
    await els.keyboard.type('Dit is reclame.');
    await tabTo(els, els.getByRole('button', { name: 'Melding versturen' }));
    await els.keyboard.press('Enter');
    await waitFocused(els.getByRole('button', { name: `Gemeld bericht van ${NEWCOMER.displayName}` }), 'the report button');
    await waitAnnounced(els, 'Je melding is verstuurd.');

    // The moderator's queue counts and announces the report without a reload.
    await waitAnnounced(mohamed, 'Er is 1 nieuwe melding.');
    await waitVisible(mohamed.getByText('1 open melding', { exact: true }));
    const hideButton = mohamed.getByRole('button', { name: new RegExp(`^Bericht verbergen over .*${NEWCOMER.displayName}`) });
    await tabTo(mohamed, hideButton, { maxPresses: 60 });
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: `Bericht van ${NEWCOMER.displayName} verbergen` }), 'the confirm step');

    // Confirming without a reason shows the error summary. The reason then goes through.
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, verbergen' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('alert').filter({ hasText: 'Er ging iets mis' }).first(), 'the error summary');
    await tabTo(mohamed, mohamed.getByRole('textbox', { name: 'Reden', exact: true }));
    await mohamed.keyboard.type(HIDE_REASON);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, verbergen' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByText('1 melding is afgehandeld. Het bericht is verborgen.'), 'the result');
    await waitVisible(mohamed.getByText('0 open meldingen'));

    // The author gets the reason, and every other reader gets the placeholder.
    await openPage(newcomer, marketPath);
    await waitVisible(newcomer.getByText(`Verborgen door een moderator: ${HIDE_REASON}`));
    await openPage(els, marketPath);
    await waitVisible(els.getByText('Een moderator heeft dit bericht verborgen.'));
    expect(await els.getByText(SPAM).count()).toBe(0);
  });

  journey('lock a thread', 'moderator', async () => {
    const api = new DemoApi(platform.baseUrl, mohamed);
    const busStopPath = `/netwerken/${NETWORK}/onderwerpen/${await api.threadId(NETWORK, BUS_STOP_THREAD)}`;
    await openPage(mohamed, busStopPath);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Onderwerp sluiten' }), { maxPresses: 60 });
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: 'Onderwerp sluiten' }), 'the confirm step');
    await tabTo(mohamed, mohamed.getByRole('textbox', { name: /Reden/ }));
    await mohamed.keyboard.type('De bushalte is klaar.');
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, sluiten' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('heading', { name: 'Moderatie van dit onderwerp' }), 'the moderation heading');
    await waitAnnounced(mohamed, 'Het onderwerp is gesloten.');
    await waitVisible(mohamed.getByRole('button', { name: 'Onderwerp weer openen' }));

    await openPage(els, busStopPath);
    await waitVisible(els.getByText('Dit onderwerp is gesloten. Niemand kan nog reageren.'));
    await waitVisible(els.getByText('Reden: De bushalte is klaar.'));
    expect(await els.getByRole('button', { name: 'Plaats reactie' }).count()).toBe(0);
  });

  journey('mute a member for a day', 'moderator', async () => {
    await openPage(mohamed, `/netwerken/${NETWORK}`);
    await tabTo(mohamed, mohamed.getByRole('button', { name: `Modereren ${NEWCOMER.displayName}` }), { maxPresses: 200 });
    await mohamed.keyboard.press('Enter');
    const panelHeading = mohamed.getByRole('heading', { name: `Moderatie van ${NEWCOMER.displayName}` });
    await waitFocused(panelHeading, 'the member panel');
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Schrijfpauze geven' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: `${NEWCOMER.displayName} een schrijfpauze geven` }), 'the confirm step');

    // Tab enters the radio group on the checked choice, "1 dag".
    await mohamed.keyboard.press('Tab');
    await waitFocused(mohamed.getByRole('radio', { name: '1 dag' }), 'the checked period');
    await tabTo(mohamed, mohamed.getByRole('textbox', { name: /Reden/ }));
    await mohamed.keyboard.type('Te veel reclame.');
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, schrijfpauze geven' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(panelHeading, 'the member panel heading');
    await waitAnnounced(mohamed, `${NEWCOMER.displayName} heeft nu een schrijfpauze.`);
    await waitVisible(mohamed.getByRole('button', { name: 'Schrijfpauze stoppen' }));

    // The muted member gets the end of the mute as a Dutch date and time, and the reason.
    await openPage(newcomer, `/netwerken/${NETWORK}`);
    const notice = newcomer.getByText(/Een moderator gaf je een schrijfpauze\. Je kunt weer schrijven vanaf/);
    await waitVisible(notice);
    const text = await notice.innerText();
    expect(text).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    await waitVisible(newcomer.getByText('Reden: Te veel reclame.'));
  });

  journey('moderation pages reached from the network page', 'moderator', async () => {
    await openPage(mohamed, `/netwerken/${NETWORK}`);
    await tabTo(mohamed, mohamed.getByRole('link', { name: /^Naar de moderatie/ }), { maxPresses: 80 });
    await mohamed.keyboard.press('Enter');
    await expectHeadingFocused(mohamed, 'Moderatie van Toegankelijke openbare ruimte');
    await tabTo(mohamed, mohamed.getByRole('link', { name: 'Logboek van moderatie' }));
    await mohamed.keyboard.press('Enter');
    await expectHeadingFocused(mohamed, 'Logboek van Toegankelijke openbare ruimte');
    await waitUntil(async () => (await mohamed.getByRole('row').count()) > 1, 'the audit log to list the actions');
    await waitVisible(mohamed.getByRole('rowheader', { name: 'Bericht verborgen' }).first());
    await waitVisible(mohamed.getByRole('rowheader', { name: 'Onderwerp gesloten' }).first());
    await waitVisible(mohamed.getByRole('rowheader', { name: 'Schrijfpauze gegeven' }).first());
  });
});
