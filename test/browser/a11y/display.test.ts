import type { Page } from 'playwright-core';
import { expectNoViolations } from '../support/a11y';
import { exampleUrl, loadAppRoutes } from '../support/app-routes';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { readFocusStop } from '../support/keyboard';
import { borderlessControls, motionProblems, reflowProblems } from '../support/layout';
import { People, Role, waitForSettledPage } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { recordCheck } from '../support/results';
import { waitUntil } from '../support/wait';
import { DEMO_DOCUMENT, DEMO_PLAN, MARKET_THREAD, OPEN_NETWORK } from './state-steps';

let platform: PlatformServer;
let chromium: SharedChromium;
let narrow: People;
let wide: People;
let reducedMotion: People;
let threadId = '';
let planId = '';
let documentId = '';

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  narrow = new People(chromium, platform.baseUrl, { viewport: { width: 320, height: 800 } });
  wide = new People(chromium, platform.baseUrl);
  reducedMotion = new People(chromium, platform.baseUrl, { reducedMotion: 'reduce' });
  threadId = await new DemoApi(platform.baseUrl, await wide.page('visitor')).threadId(OPEN_NETWORK, MARKET_THREAD);
  planId = await new DemoApi(platform.baseUrl, await wide.page('owner')).planId(OPEN_NETWORK, DEMO_PLAN);
  documentId = await new DemoApi(platform.baseUrl, await wide.page('owner')).documentId(DEMO_DOCUMENT);
}, 90_000);

afterAll(async () => {
  await Promise.all([narrow, wide, reducedMotion].map((people) => people?.closeAll()));
  await chromium?.close();
  await platform?.stop();
});

async function open(page: Page, url: string): Promise<void> {
  await page.goto(`${platform.baseUrl}${url}`);
  await waitForSettledPage(page);
}

function expectNoProblems(route: string, role: Role, check: string, problems: string[]): void {
  recordCheck({ kind: 'display', route, role, name: check, violations: problems.length });
  expect({ route, role, check, problems }).toEqual({ route, role, check, problems: [] });
}

const routes = loadAppRoutes();
// Administrators see every route's full content. Visitors see the public pages and login prompts.
const cases = routes.flatMap((route) => (['visitor', 'administrator'] as const).map((role) => [route.path, role, route] as const));
/** Main pages as [URL, route path] pairs. */
const MAIN_PAGES: Array<[string, string]> = [
  ['/', '/'],
  ['/netwerken', '/netwerken'],
  [`/netwerken/${OPEN_NETWORK}`, '/netwerken/:slug'],
  ['/toegankelijkheid', '/toegankelijkheid'],
  ['/makkelijk-lezen', '/makkelijk-lezen'],
];

describe('reflow at 320 CSS pixels', () => {
  it.each(cases)('%s as %s fits without scrolling sideways', async (path, role, route) => {
    const page = await narrow.page(role);
    await open(page, exampleUrl(route, { slug: OPEN_NETWORK, threadId, planId, documentId }));
    expectNoProblems(path, role, 'reflow at 320 px', await reflowProblems(page));
  });
});

describe('text at 200 percent', () => {
  it.each(cases)('%s as %s fits without clipped text', async (path, role, route) => {
    const page = await wide.page(role);
    await open(page, exampleUrl(route, { slug: OPEN_NETWORK, threadId, planId, documentId }));
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    try {
      expectNoProblems(path, role, 'text at 200%', await reflowProblems(page));
    } finally {
      await page.evaluate(() => (document.documentElement.style.fontSize = ''));
    }
  });
});

describe('reduced motion', () => {
  it.each(MAIN_PAGES)('%s runs no transitions or animations', async (url, route) => {
    const page = await reducedMotion.page('visitor');
    await open(page, url);
    // Hover and focus start the transitions that a page at rest does not show.
    const firstButton = page.locator('main button, main a').first();
    await firstButton.hover();
    await firstButton.focus();
    expectNoProblems(route, 'visitor', 'reduced motion', await motionProblems(page));
  });
});

describe('forced colours', () => {
  it.each(MAIN_PAGES)('%s keeps controls and focus visible', async (url, route) => {
    const page = await wide.page('visitor');
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      await open(page, url);
      expectNoProblems(route, 'visitor', 'forced colours borders', await borderlessControls(page));

      // Box shadows disappear in forced colours, so every focus stop needs an outline or border.
      const stops: string[] = [];
      for (let press = 0; press < 25; press += 1) {
        await page.keyboard.press('Tab');
        const stop = await readFocusStop(page);
        const outlined = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement as Element);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        });
        if (stop.description !== 'nothing (body)' && !outlined) {
          stops.push(`${stop.description} shows no outline`);
        }
      }
      expectNoProblems(route, 'visitor', 'forced colours focus', stops);
      await expectNoViolations(page, { route, role: 'visitor', state: 'forced colours' });
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('high-contrast theme', () => {
  // axe leaves text that already fails the AA contrast out of the enhanced rule, so both rules run.
  it.each(MAIN_PAGES)('%s meets enhanced contrast', async (url, route) => {
    const page = await wide.page('visitor');
    await open(page, url);
    const toggle = page.getByRole('button', { name: 'Hoog contrast' });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') {
      await toggle.click();
    }
    await waitUntil(async () => (await toggle.getAttribute('aria-pressed')) === 'true', 'the high-contrast toggle did not switch on');
    await expectNoViolations(page, { route, role: 'visitor', state: 'high contrast, enhanced contrast' }, { rules: ['color-contrast', 'color-contrast-enhanced'] });
  });
});
