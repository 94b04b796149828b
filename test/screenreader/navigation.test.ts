import type { Page } from 'playwright-core';
import type { Messages } from '../../apps/web/src/i18n/nl.js' with { 'resolution-mode': 'import' };
import { loadWebModule } from '../support/load-web-module';
import { useScreenReader } from './support/fixture';
import type { ScreenReaderSession } from './support/session';

const { nl } = loadWebModule<{ nl: Messages }>('apps/web/src/i18n/nl.ts');
const fixture = useScreenReader();

/**
 * Matches Orca's page-load message with the document title. Orca sometimes reads the title of
 * index.html ("Inclusieplein") because the app sets the page's own title only after it renders.
 */
function loadedMessage(title: string): RegExp {
  return new RegExp(`^Klaar met laden van (${title} — )?Inclusieplein\\.$`);
}

/** Returns "<text> kop niveau <level>" for every heading in the page, in document order, as Orca speaks it. */
async function headingsInPage(page: Page): Promise<string[]> {
  return page.locator('main h1, main h2, main h3, main h4, main h5, main h6').evaluateAll((headings) =>
    headings
      .filter((heading) => (heading as HTMLElement).offsetParent !== null)
      .map((heading) => {
        const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
        // Orca names the role of a link inside a heading before the heading itself.
        const link = heading.querySelector('a') ? ' link' : '';
        return `${text}${link} kop niveau ${heading.tagName.slice(1)}`;
      }),
  );
}

/**
 * Goes to the top with ctrl+Home and presses h until Orca wraps to the top again, and returns
 * each heading that Orca spoke, without the closing full stop.
 */
async function headingsByKey(session: ScreenReaderSession): Promise<string[]> {
  const { speech } = session;
  await session.press('ctrl+Home');
  await speech.settle(500);
  const spoken: string[] = [];
  for (let press = 0; press < 30; press++) {
    const mark = speech.mark();
    await session.press('h');
    const line = await speech.waitFor(/kop niveau \d/, { since: mark, timeoutMs: 5_000 });
    if (speech.count(/Vanaf bovenzijde voortzetten/, mark) > 0) {
      return spoken;
    }
    spoken.push(line.text.replace(/\.$/, ''));
  }
  throw new Error(`Orca did not wrap to the top after 30 headings.\n${speech.transcript(fixture.testStart)}`);
}

/** Presses `key` until Orca speaks something matching `pattern`, at most ten times. */
async function pressUntil(session: ScreenReaderSession, key: string, pattern: RegExp): Promise<void> {
  const start = session.speech.mark();
  for (let press = 0; press < 10; press++) {
    const mark = session.speech.mark();
    await session.press(key);
    await session.speech.settle(400, 3_000);
    if (session.speech.count(pattern, mark) > 0) {
      return;
    }
  }
  throw new Error(`Orca did not say ${pattern} after pressing ${key} ten times.\n${session.speech.transcript(start)}`);
}

test('start page: title and every heading spoken in order', async () => {
  const { page, speech } = fixture.session;
  const mark = speech.mark();

  await page.goto(`${fixture.platform.baseUrl}/`);
  await speech.waitFor(loadedMessage(nl.home.title), { since: mark, timeoutMs: 15_000 });
  await speech.settle();

  const expected = await headingsInPage(page);
  expect(expected[0]).toBe(`${nl.home.title} kop niveau 1`);
  expect(expected).toEqual(
    expect.arrayContaining([nl.home.whatTitle, nl.home.networkTitle, nl.home.startTitle].map((title) => `${title} kop niveau 2`)),
  );
  expect(await headingsByKey(fixture.session)).toEqual(expected);
});

test('network list: every heading spoken in order', async () => {
  const { page, speech } = fixture.session;
  const mark = speech.mark();

  await page.goto(`${fixture.platform.baseUrl}/netwerken`);
  await speech.waitFor(loadedMessage(nl.networks.listTitle), { since: mark, timeoutMs: 15_000 });
  await page.getByRole('heading', { name: 'Toegankelijke openbare ruimte' }).waitFor();
  await speech.settle();

  const expected = await headingsInPage(page);
  expect(expected[0]).toBe(`${nl.networks.listTitle} kop niveau 1`);
  expect(expected).toContain(`${nl.networks.onInclusieplein} kop niveau 2`);
  expect(expected.length).toBeGreaterThan(5);
  expect(await headingsByKey(fixture.session)).toEqual(expected);
});

test('route change: new heading spoken and focused', async () => {
  const { page, speech } = fixture.session;
  await page.goto(`${fixture.platform.baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: nl.home.title }).waitFor();
  await speech.settle();

  // As a person would: to the heading "Meedoen" with h, then to its first link with k.
  await fixture.session.press('ctrl+Home');
  await speech.settle(500);
  await pressUntil(fixture.session, 'h', new RegExp(`^${nl.home.startTitle} kop niveau 2`));
  await pressUntil(fixture.session, 'k', new RegExp(`^${nl.home.viewNetworks} link`));
  await speech.settle(500);
  const mark = speech.mark();
  await fixture.session.press('Return');

  // Orca 43 reads a focused heading by its text alone. "klikbaar" is its word for tabindex="-1".
  await speech.waitFor(new RegExp(`^${nl.networks.listTitle}( kop niveau 1)?( klikbaar)?\\.$`), { since: mark });
  await speech.settle();
  expect(await page.title()).toBe(`${nl.networks.listTitle} — Inclusieplein`);
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName, text: element?.textContent?.trim(), connected: element?.isConnected };
  });
  expect(focused).toEqual({ tag: 'H1', text: nl.networks.listTitle, connected: true });
  // The link that was followed is gone. Orca must not read it again as if focus stayed there.
  speech.expectNotSaid(new RegExp(nl.home.viewNetworks), mark);
});
