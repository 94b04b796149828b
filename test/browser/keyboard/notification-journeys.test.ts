import type { Page } from 'playwright-core';
import { MARKET_THREAD, OPEN_NETWORK } from '../a11y/state-steps';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { expectHeadingFocused, tabTo } from '../support/keyboard';
import { DEMO_EMAILS, logInThroughForm } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { recordCheck } from '../support/results';
import { waitFocused, waitUntil, waitVisible } from '../support/wait';
import { linkIn, TestSmtpServer } from '../../support/smtp-server';

// Only keyboard events drive the pages. Logging in goes through the login form as setup, and
// `page.goto` replaces typing an address or opening a link from a mail. A reply by someone
// else is setup that is not under test, so it goes through the API.
let platform: PlatformServer;
let chromium: SharedChromium;
let smtp: TestSmtpServer;
let els: Page;
let elsApi: DemoApi;
let annaApi: DemoApi;

/** The SPA gathers notifications for 0.4 s before it announces. A second message would come within this window. */
const ANNOUNCE_WINDOW_MS = 1500;

beforeAll(async () => {
  // The platform sends account mails to this server, so the journeys can open the mailed links.
  smtp = new TestSmtpServer();
  await smtp.start();
  Object.assign(process.env, smtp.env());
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  els = await loggedIn(DEMO_EMAILS.member);
  elsApi = new DemoApi(platform.baseUrl, els);
  annaApi = new DemoApi(platform.baseUrl, await loggedIn(DEMO_EMAILS.owner));
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
  await smtp?.stop();
});

async function newPage(): Promise<Page> {
  const context = await chromium.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function loggedIn(email: string): Promise<Page> {
  const page = await newPage();
  await logInThroughForm(page, platform.baseUrl, email);
  return page;
}

/** Runs a journey and records it for the results file only when it reached its end. */
function journey(name: string, role: string, run: () => Promise<void>): void {
  it(`${name} by keyboard`, async () => {
    await run();
    recordCheck({ kind: 'journey', route: '', role, name, violations: 0 });
  });
}

/** Starts recording every text the polite live region shows, so a repeated announcement is counted. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[aria-live="polite"][role="status"]');
    const messages: string[] = [];
    (window as unknown as { liveMessages: string[] }).liveMessages = messages;
    new MutationObserver(() => {
      const text = region?.textContent?.trim() ?? '';
      if (text) messages.push(text);
    }).observe(region as Node, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { liveMessages: string[] }).liveMessages);
}

/** Posts a reply by Anna to Els's post in the market thread. */
async function annaRepliesToEls(body: string): Promise<void> {
  const threadId = await annaApi.threadId(OPEN_NETWORK, MARKET_THREAD);
  const thread = await annaApi.get<{ posts: Array<{ id: string; author: { displayName: string } }> }>(`/api/threads/${threadId}`);
  const elsPost = thread.posts.find((post) => post.author.displayName.startsWith('Els'));
  expect(elsPost).toBeDefined();
  await annaApi.post(`/api/threads/${threadId}/posts`, { parentId: elsPost?.id, body });
}

async function unreadCount(): Promise<number> {
  return (await elsApi.get<{ unreadCount: number }>('/api/notifications/unread-count')).unreadCount;
}

/** Returns the link's path and query on the platform under test, because mails link to PUBLIC_URL, which may name another host. */
function onPlatform(link: URL): string {
  return `${platform.baseUrl}${link.pathname}${link.search}`;
}

describe('keyboard-only notification journeys', () => {
  journey('a live reply raises the bell, then open and follow it', 'member', async () => {
    await els.goto(`${platform.baseUrl}/netwerken/${OPEN_NETWORK}`);
    await waitVisible(els.getByRole('heading', { level: 1 }));
    const before = await unreadCount();
    const messages = await recordAnnouncements(els);
    await tabTo(els, els.getByRole('link', { name: 'Themanetwerken', exact: true }));
    const focusBefore = await els.evaluate(() => document.activeElement?.outerHTML);

    await annaRepliesToEls('Een plattegrond in braille helpt ook.');

    const bell = els.getByRole('link', { name: `Meldingen, ${before + 1} ongelezen` });
    await waitVisible(bell, 10_000);
    await waitUntil(async () => (await messages()).length > 0, 'the new notification was not announced', 5000);
    // Waiting out the window is the only way to see that no second announcement follows.
    await els.waitForTimeout(ANNOUNCE_WINDOW_MS);
    expect(await messages()).toEqual([`Nieuwe melding: Anna de Vries reageerde op je bericht in “${MARKET_THREAD}”.`]);
    expect(await els.evaluate(() => document.activeElement?.outerHTML)).toBe(focusBefore);
    expect(await els.locator('.notification-bell__count').innerText()).toBe(String(before + 1));

    await tabTo(els, bell);
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, 'Meldingen');

    const newest = els.getByRole('link', { name: /^Ongelezen: Anna de Vries reageerde op je bericht/ }).first();
    const newestId = await newest.getAttribute('id');
    await tabTo(els, newest);
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, MARKET_THREAD);
    await waitUntil(async () => (await unreadCount()) === before, 'following the notification did not mark it read');
    await waitVisible(els.getByRole('link', { name: before === 0 ? 'Meldingen' : `Meldingen, ${before} ongelezen`, exact: true }));

    await tabTo(els, els.getByRole('link', { name: /^Meldingen/ }), { backwards: true });
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, 'Meldingen');
    const followed = els.locator(`[id="${newestId}"]`);
    await waitVisible(followed);
    expect(await followed.innerText()).toMatch(/^Gelezen: Anna de Vries reageerde op je bericht/);
  });

  journey('mark every notification read', 'member', async () => {
    await annaRepliesToEls('Nog een reactie, om alles gelezen te zetten.');
    await els.goto(`${platform.baseUrl}/meldingen`);
    await waitVisible(els.locator('.notification--unread').first());

    await tabTo(els, els.getByRole('button', { name: 'Alles gelezen' }), { maxPresses: 120 });
    await els.keyboard.press('Enter');
    await waitFocused(els.getByText('Alle meldingen staan nu op gelezen.'), 'the all-read note');
    expect(await els.locator('.notification--unread').count()).toBe(0);
    expect(await unreadCount()).toBe(0);
    await waitVisible(els.getByRole('link', { name: 'Meldingen', exact: true }));
  });

  journey('change the watch level of a network', 'member', async () => {
    await els.goto(`${platform.baseUrl}/netwerken/${OPEN_NETWORK}`);
    await waitVisible(els.getByRole('heading', { name: 'Meldingen van dit netwerk' }));
    const messages = await recordAnnouncements(els);

    // Only the chosen radio of a group is a Tab stop. The arrow keys choose another.
    await tabTo(els, els.getByLabel('Normaal', { exact: true }), { maxPresses: 150 });
    await els.keyboard.press('ArrowUp');
    await waitUntil(() => els.getByLabel('Alleen nieuwe onderwerpen').isChecked(), 'ArrowUp did not choose "Alleen nieuwe onderwerpen"');
    const save = els.getByRole('button', { name: 'Keuze opslaan' });
    await tabTo(els, save);
    await els.keyboard.press('Enter');

    const saved = 'Opgeslagen. Je krijgt nu meldingen volgens je keuze: Alleen nieuwe onderwerpen.';
    await waitUntil(async () => (await messages()).includes(saved), 'saving the watch level was not announced');
    await waitFocused(save, 'the save button');
    expect((await elsApi.get<{ level: string }>(`/api/networks/${OPEN_NETWORK}/watch`)).level).toBe('new_threads');
    await elsApi.put(`/api/networks/${OPEN_NETWORK}/watch`, { level: 'normal' });
  });

  journey('request a password reset, then set a new password', 'visitor', async () => {
    const email = DEMO_EMAILS.moderator;
    const visitor = await newPage();
    await visitor.goto(`${platform.baseUrl}/inloggen`);
    await waitVisible(visitor.getByRole('heading', { level: 1, name: 'Inloggen' }));

    await tabTo(visitor, visitor.getByRole('link', { name: 'Wachtwoord vergeten?' }));
    await visitor.keyboard.press('Enter');
    await expectHeadingFocused(visitor, 'Wachtwoord vergeten');

    // An empty form: the error summary takes focus, and its link leads to the field.
    await tabTo(visitor, visitor.getByRole('button', { name: 'Stuur de link' }));
    await visitor.keyboard.press('Enter');
    const summary = visitor.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
    await waitFocused(summary, 'the error summary');
    await tabTo(visitor, summary.getByRole('link', { name: 'E-mailadres: vul dit in.' }));
    await visitor.keyboard.press('Enter');
    await waitFocused(visitor.getByLabel('E-mailadres'), 'the e-mail field');

    await visitor.keyboard.type('geen-adres');
    await visitor.keyboard.press('Enter');
    await waitFocused(summary.filter({ hasText: 'dit is geen goed e-mailadres' }), 'the error summary after an invalid address');

    await tabTo(visitor, visitor.getByLabel('E-mailadres'));
    await visitor.keyboard.press('Control+A');
    await visitor.keyboard.type(email);
    await visitor.keyboard.press('Enter');
    await waitFocused(visitor.getByRole('heading', { name: 'Kijk in je mail' }), 'the heading of the result');
    await waitVisible(visitor.getByText(`Heeft ${email} een account? Dan krijg je nu een mail met een link.`));

    const mail = await smtp.waitForMail(email, (candidate) => candidate.text.includes('/account/nieuw-wachtwoord'), 15_000);
    await visitor.goto(onPlatform(linkIn(mail, '/account/nieuw-wachtwoord')));
    await waitVisible(visitor.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }));

    await tabTo(visitor, visitor.getByLabel('Nieuw wachtwoord', { exact: true }));
    await visitor.keyboard.type('een nieuw lang wachtwoord');
    await tabTo(visitor, visitor.getByLabel('Herhaal het nieuwe wachtwoord'));
    await visitor.keyboard.type('een ander lang wachtwoord');
    await visitor.keyboard.press('Enter');
    await waitFocused(summary.filter({ hasText: 'dit is niet hetzelfde wachtwoord' }), 'the error summary after different passwords');

    await tabTo(visitor, visitor.getByLabel('Herhaal het nieuwe wachtwoord'));
    await visitor.keyboard.press('Control+A');
    await visitor.keyboard.type('een nieuw lang wachtwoord');
    await visitor.keyboard.press('Enter');
    await expectHeadingFocused(visitor, 'Inloggen');
    await waitVisible(visitor.getByText('Je wachtwoord is veranderd. Log nu in met je nieuwe wachtwoord.'));

    await logInThroughForm(visitor, platform.baseUrl, email, 'een nieuw lang wachtwoord');
  });

  journey('confirm the e-mail address from the mail', 'visitor', async () => {
    const email = `bevestig-${Date.now()}@example.org`;
    const newcomer = await newPage();
    const response = await newcomer.request.post(`${platform.baseUrl}/api/auth/register`, {
      data: { displayName: 'Sam Bevestig', email, password: 'een-lang-wachtwoord', municipalityCode: null, roleDescription: null },
    });
    expect(response.ok()).toBe(true);

    const mail = await smtp.waitForMail(email, (candidate) => candidate.text.includes('/account/e-mail-bevestigen'), 15_000);
    await newcomer.goto(onPlatform(linkIn(mail, '/account/e-mail-bevestigen')));
    await waitVisible(newcomer.getByText('Je e-mailadres is bevestigd. Dank je wel.'));

    await tabTo(newcomer, newcomer.getByRole('link', { name: 'Kies hoe vaak je e-mail krijgt' }));
    await newcomer.keyboard.press('Enter');
    await expectHeadingFocused(newcomer, 'E-mail en meldingen');
    await waitVisible(newcomer.getByText('Je e-mailadres is bevestigd.', { exact: true }));
  });
});
