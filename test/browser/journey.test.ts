import type { Page } from 'playwright-core';
import { accessibilityViolations, Browser, openBrowser } from './support/browser';
import { PlatformServer, startPlatform } from './support/platform-server';
import { waitFocused, waitUntil, waitVisible } from './support/wait';

let platform: PlatformServer;
const browsers: Browser[] = [];

beforeAll(async () => {
  platform = await startPlatform();
}, 90_000);

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
  if (platform) await platform.stop();
});

async function newPerson(): Promise<Page> {
  const browser = await openBrowser();
  browsers.push(browser);
  return browser.page;
}

/** Fails with the list of axe violations, so the report shows what to fix. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}

async function waitForTitle(page: Page, text: string): Promise<void> {
  await waitUntil(async () => (await page.title()).includes(text), `the page title did not become "${text}"`);
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName}:${element.textContent?.trim().slice(0, 60) ?? ''}` : 'none';
  });
}

describe('a new person on Inclusieplein', () => {
  const person = {
    name: 'Fatima Test',
    email: `fatima-${Date.now()}@example.org`,
    password: 'een-goed-wachtwoord',
  };
  let threadUrl = '';

  it('registers after fixing form errors', async () => {
    const page = await newPerson();
    await page.goto(platform.baseUrl);
    await waitVisible(page.getByRole('heading', { level: 1 }));
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expectAccessible(page, 'start page');

    await page.getByRole('link', { name: 'Maak een account' }).first().click();
    await page.waitForURL('**/registreren');
    await waitForTitle(page, 'Registreren — Inclusieplein');
    await expectAccessible(page, 'empty registration form');

    await page.getByLabel('Naam', { exact: false }).first().fill(person.name);
    await page.getByLabel('E-mailadres').fill(person.email);
    await page.getByLabel('Wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Account maken' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
    await waitVisible(summary);
    await waitFocused(summary, 'the error summary');
    expect(await summary.getByRole('link').count()).toBe(1);
    expect(await page.getByLabel('Naam', { exact: false }).first().inputValue()).toBe(person.name);
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(person.email);
    await expectAccessible(page, 'registration form with errors');

    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Wachtwoord').getAttribute('id'),
    );

    await page.getByLabel('Wachtwoord').fill(person.password);
    await page.getByLabel('Gemeente', { exact: false }).selectOption({ label: 'Utrecht' });
    await page.getByRole('button', { name: 'Account maken' }).click();
    await waitVisible(page.getByRole('button', { name: 'Uitloggen' }));
  });

  it('joins a network and starts a thread', async () => {
    const page = browsers[0].page;
    // Registration brings a new person to the network list.
    await page.waitForURL('**/netwerken');
    await waitFocused(page.getByRole('heading', { level: 1, name: 'Themanetwerken' }), 'the page heading');
    await expectAccessible(page, 'network list');

    await page.getByRole('link', { name: 'Toegankelijke openbare ruimte' }).click();
    await waitFocused(page.getByRole('heading', { level: 1, name: 'Toegankelijke openbare ruimte' }), 'the page heading');
    await waitForTitle(page, 'Toegankelijke openbare ruimte — Inclusieplein');
    await expectAccessible(page, 'network page as non-member');

    await page.getByRole('button', { name: 'Word lid' }).click();
    await waitVisible(page.getByRole('button', { name: 'Verlaat netwerk' }));
    await expectAccessible(page, 'network page as member');

    await page.getByLabel('Titel').fill('Wie heeft ervaring met een toegankelijk stembureau?');
    await page.getByLabel('Je bericht').fill('In onze gemeente willen we alle **stembureaus** toegankelijk maken.');
    await page.getByRole('button', { name: 'Plaats onderwerp' }).click();

    await waitVisible(
      page.getByRole('heading', { level: 1, name: 'Wie heeft ervaring met een toegankelijk stembureau?' }),
    );
    await waitVisible(page.locator('strong', { hasText: 'stembureaus' }));
    threadUrl = page.url();
    expect(threadUrl).toMatch(/\/netwerken\/toegankelijke-openbare-ruimte\/onderwerpen\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'new thread');
  });

  it('replies and a second browser receives it live', async () => {
    const writer = browsers[0].page;
    const reader = await newPerson();

    await reader.goto(threadUrl);
    await waitVisible(reader.getByRole('heading', { level: 1, name: 'Wie heeft ervaring met een toegankelijk stembureau?' }));
    // The page marks its replies section once the server has accepted it into the thread's live room.
    await waitVisible(reader.locator('section[data-live="joined"]'));
    await expectAccessible(reader, 'thread as visitor');

    await reader.getByRole('link', { name: /Terug naar/ }).focus();
    const focusBefore = await focusedText(reader);

    await writer.getByLabel('Je reactie').last().fill('Wij gebruiken een leesloep en een stemmal met grote letters.');
    await writer.getByRole('button', { name: 'Plaats reactie' }).last().click();
    await waitVisible(writer.getByText('Wij gebruiken een leesloep'));

    const newReplies = reader.getByRole('button', { name: '1 nieuwe reactie' });
    await waitVisible(newReplies);
    const announcement = reader.getByRole('status').filter({ hasText: 'Er is 1 nieuwe reactie.' });
    await waitUntil(async () => (await announcement.count()) === 1, 'the new reply was not announced');
    expect(await announcement.getAttribute('aria-live')).toBe('polite');
    expect(await reader.getByText('Wij gebruiken een leesloep').count()).toBe(0);
    expect(await focusedText(reader)).toBe(focusBefore);
    await expectAccessible(reader, 'thread after a live update arrived');

    await newReplies.click();
    await waitVisible(reader.getByText('Wij gebruiken een leesloep'));
    const focusedPost = await reader.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focusedPost).toContain('Wij gebruiken een leesloep');
    await expectAccessible(reader, 'thread after loading new replies');
  });
});

describe('stopping the platform', () => {
  it('exits cleanly on Ctrl-C', async () => {
    const exitCode = await platform.stop();
    expect(exitCode).toBe(0);
    platform = undefined as unknown as PlatformServer;
  });
});
