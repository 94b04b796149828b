import type { Page } from 'playwright-core';
import { exampleUrl, loadAppRoutes } from '../support/app-routes';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { People, Role, waitForSettledPage } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { waitFocused, waitUntil, waitVisible } from '../support/wait';
import { DEMO_DOCUMENT, DEMO_PLAN, MARKET_THREAD, OPEN_NETWORK } from './state-steps';

const MAX_DISPLAY_DEPTH = 4;
/** The SPA waits 1.5 s after the last live event before it announces. A second message would come within this window. */
const ANNOUNCE_WINDOW_MS = 3000;

let platform: PlatformServer;
let chromium: SharedChromium;
let people: People;
let threadId = '';
let planId = '';
let documentId = '';

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  people = new People(chromium, platform.baseUrl);
  threadId = await new DemoApi(platform.baseUrl, await people.page('visitor')).threadId(OPEN_NETWORK, MARKET_THREAD);
  planId = await new DemoApi(platform.baseUrl, await people.page('owner')).planId(OPEN_NETWORK, DEMO_PLAN);
  documentId = await new DemoApi(platform.baseUrl, await people.page('owner')).documentId(DEMO_DOCUMENT);
}, 90_000);

afterAll(async () => {
  await people?.closeAll();
  await chromium?.close();
  await platform?.stop();
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${platform.baseUrl}${path}`);
  await waitForSettledPage(page);
}

/**
 * Navigates inside the SPA without a page load, the way the router's back and forward
 * buttons do: a new history entry with a router key, then a popstate event.
 */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState({ usr: null, key: `test-${Date.now()}`, idx: window.history.length }, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, path);
}

describe('route changes', () => {
  const routes = loadAppRoutes();
  const cases = routes.map((route) => [route.path, route.access === 'admin' ? 'administrator' : 'member', route] as const);

  it.each(cases)('%s as %s focuses the h1 and sets the title', async (_path, role, route) => {
    const page = await people.page(role as Role);
    await open(page, '/');
    await navigateInApp(page, exampleUrl(route, { slug: OPEN_NETWORK, threadId, planId, documentId }));
    await waitForSettledPage(page);

    const heading = page.locator('h1');
    await waitFocused(heading, `the h1 of ${route.path}`);
    expect(await heading.count()).toBe(1);
    const headingText = (await heading.innerText()).trim();
    expect(await page.title()).toBe(`${headingText} — Inclusieplein`);
  });

  it('a click on a header link focuses the new h1', async () => {
    const page = await people.page('visitor');
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Themanetwerken' }).click();
    await waitFocused(page.getByRole('heading', { level: 1, name: 'Themanetwerken' }), 'the h1 of the network list');
    expect(await page.title()).toBe('Themanetwerken — Inclusieplein');
  });
});

describe('live updates', () => {
  it('a new reply is announced once, politely, in Dutch, without moving focus', async () => {
    const reader = await people.page('owner');
    await open(reader, `/netwerken/${OPEN_NETWORK}/onderwerpen/${threadId}`);
    await waitVisible(reader.locator('section[data-live="joined"]'));
    await reader.getByRole('link', { name: /Terug naar/ }).focus();
    const focusBefore = await reader.evaluate(() => document.activeElement?.outerHTML);

    // Records every text the live region shows, so a repeated announcement is counted.
    await reader.evaluate(() => {
      const region = document.querySelector('[aria-live="polite"][role="status"]');
      const messages: string[] = [];
      (window as unknown as { liveMessages: string[] }).liveMessages = messages;
      new MutationObserver(() => {
        const text = region?.textContent?.trim() ?? '';
        if (text) messages.push(text);
      }).observe(region as Node, { childList: true, characterData: true, subtree: true });
    });
    const liveMessages = () => reader.evaluate(() => (window as unknown as { liveMessages: string[] }).liveMessages);

    const writer = new DemoApi(platform.baseUrl, await people.page('member'));
    const thread = await writer.get<{ posts: Array<{ id: string; parentId: string | null }> }>(`/api/threads/${threadId}`);
    const opening = thread.posts.find((post) => post.parentId === null);
    await writer.post(`/api/threads/${threadId}/posts`, { parentId: opening?.id, body: 'Een reactie die live binnenkomt.' });

    await waitVisible(reader.getByRole('button', { name: '1 nieuwe reactie' }));
    await waitUntil(async () => (await liveMessages()).length > 0, 'the new reply was not announced', 5000);
    // Waiting out the window is the only way to see that no second announcement follows.
    await reader.waitForTimeout(ANNOUNCE_WINDOW_MS);

    expect(await liveMessages()).toEqual(['Er is 1 nieuwe reactie.']);
    expect(await reader.locator('[role="status"]', { hasText: 'Er is 1 nieuwe reactie.' }).getAttribute('aria-live')).toBe('polite');
    expect(await reader.locator('html').getAttribute('lang')).toBe('nl');
    expect(await reader.evaluate(() => document.activeElement?.outerHTML)).toBe(focusBefore);
  });
});

describe('reply tree', () => {
  it('nests each reply as deep as its depth, up to the display maximum', async () => {
    const writer = new DemoApi(platform.baseUrl, await people.page('member'));
    const created = await writer.post<{ id: string }>(`/api/networks/${OPEN_NETWORK}/threads`, {
      title: 'Een lange draad',
      body: 'Het begin van een lange draad.',
    });
    let parent = (await writer.get<{ posts: Array<{ id: string }> }>(`/api/threads/${created.id}`)).posts[0].id;
    for (let level = 1; level <= MAX_DISPLAY_DEPTH + 2; level += 1) {
      parent = (await writer.post<{ id: string }>(`/api/threads/${created.id}/posts`, { parentId: parent, body: `Reactie op niveau ${level}.` })).id;
    }
    const thread = await writer.get<{ posts: Array<{ id: string; depth: number }> }>(`/api/threads/${created.id}`);

    const page = await people.page('visitor');
    await open(page, `/netwerken/${OPEN_NETWORK}/onderwerpen/${created.id}`);
    const replies = thread.posts.filter((post) => post.depth > 0);
    expect(replies).toHaveLength(MAX_DISPLAY_DEPTH + 2);
    for (const post of replies) {
      const nesting = await page.locator(`#bericht-${post.id}`).evaluate((article) => {
        let lists = 0;
        for (let node = article.parentElement; node; node = node.parentElement) {
          if (node.tagName === 'OL' || node.tagName === 'UL') lists += 1;
        }
        return lists;
      });
      expect({ depth: post.depth, nesting }).toEqual({ depth: post.depth, nesting: Math.min(post.depth, MAX_DISPLAY_DEPTH) });
    }
  });
});

/** Forms whose error summary is checked: where to open them and the button that submits them empty. */
const FORMS: Array<{ name: string; role: Role; path: string; submit: string }> = [
  { name: 'register', role: 'visitor', path: '/registreren', submit: 'Account maken' },
  { name: 'log in', role: 'visitor', path: '/inloggen', submit: 'Inloggen' },
  { name: 'propose a network', role: 'member', path: '/netwerken/voorstellen', submit: 'Verstuur voorstel' },
  { name: 'new thread', role: 'member', path: `/netwerken/${OPEN_NETWORK}`, submit: 'Plaats onderwerp' },
  { name: 'create a network', role: 'administrator', path: '/beheer', submit: 'Maak netwerk' },
  { name: 'appoint an owner', role: 'administrator', path: '/beheer', submit: 'Maak eigenaar' },
  { name: 'add an external network', role: 'administrator', path: '/beheer', submit: 'Voeg toe' },
  { name: 'report a barrier', role: 'visitor', path: '/toegankelijkheid', submit: 'Verstuur melding' },
];

describe('error summaries', () => {
  it.each(FORMS.map((form) => [form.name, form] as const))('%s links every error to its field', async (_name, form) => {
    const page = await people.page(form.role);
    await open(page, form.path);
    await page.getByRole('button', { name: form.submit, exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
    await waitFocused(summary, 'the error summary');

    const links = summary.getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const href = (await links.nth(index).getAttribute('href')) ?? '';
      expect(href).toMatch(/^#.+/);
      const fieldId = href.slice(1);
      const tag = await page.evaluate((id) => document.getElementById(id)?.tagName ?? 'missing', fieldId);
      expect({ href, tag }).toEqual({ href, tag: expect.stringMatching(/^(INPUT|TEXTAREA|SELECT)$/) });

      await links.nth(index).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(fieldId);
    }
  });
});
