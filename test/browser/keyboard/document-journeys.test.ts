import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { SAMPLE_FILES, waitUntilChecked, WORD_IN_FILE } from '../a11y/document-route-states';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { expectHeadingFocused, tabTo } from '../support/keyboard';
import { DEMO_EMAILS, logInThroughForm } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { recordCheck } from '../support/results';
import { waitFocused, waitUntil, waitVisible } from '../support/wait';

// Only keyboard events drive the document pages. Logging in goes through the login form as
// setup, because the login journey itself is checked in journeys.test.ts.
let platform: PlatformServer;
let chromium: SharedChromium;
let els: Page;
let elsApi: DemoApi;

const NETWORK = 'toegankelijke-openbare-ruimte';
const documentTitle = 'Antwoorden over de Tozo-lening';
let documentPath = '';

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  els = await loggedIn(DEMO_EMAILS.member);
  elsApi = new DemoApi(platform.baseUrl, els);
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
});

async function loggedIn(email: string): Promise<Page> {
  const context = await chromium.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
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

/** Replaces the text of the focused field, as Ctrl+A and typing do. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe('keyboard-only document journeys', () => {
  journey('upload, describe and open a document', 'member', async () => {
    await els.goto(`${platform.baseUrl}/netwerken/${NETWORK}`);
    await waitVisible(els.getByRole('heading', { level: 1 }));
    await tabTo(els, els.getByRole('link', { name: 'Document toevoegen' }), { maxPresses: 150 });
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, 'Document toevoegen');

    // Space on a focused file field opens the file chooser, and the test sets the file in it.
    await tabTo(els, els.getByLabel('Kies een bestand'));
    const chooser = els.waitForEvent('filechooser');
    await els.keyboard.press('Space');
    await (await chooser).setFiles(SAMPLE_FILES.odt);
    await tabTo(els, els.getByRole('button', { name: 'Bestand uploaden' }));
    await els.keyboard.press('Enter');
    await waitFocused(els.getByRole('heading', { name: 'Het bestand is geüpload' }), 'the upload result');

    // The demo archive may contain the same file, so the person then chooses to go on.
    const goOn = els.getByRole('button', { name: 'Toch doorgaan' });
    if (await goOn.isVisible()) {
      await tabTo(els, goOn);
      await els.keyboard.press('Enter');
      await waitFocused(els.getByRole('heading', { name: 'Stap 2: beschrijf het document' }), 'the description step');
    }

    await tabTo(els, els.getByLabel('Titel'));
    await retype(els, documentTitle);
    await tabTo(els, els.getByLabel('Korte samenvatting in eenvoudige taal'));
    await els.keyboard.type('Kamerleden vragen naar de rente op de lening. De minister legt uit waarom die 2 procent is.');
    await tabTo(els, els.getByLabel('Soort document'));
    await els.keyboard.type('Onderzoek');
    await tabTo(els, els.getByRole('button', { name: 'Document opslaan' }));
    await els.keyboard.press('Enter');

    await els.waitForURL(/\/documenten\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await expectHeadingFocused(els, documentTitle);
    documentPath = new URL(els.url()).pathname;
  });

  journey('find a word inside a file, open and download', 'member', async () => {
    const id = documentPath.split('/').pop() ?? '';
    const stored = await waitUntilChecked(elsApi, id);
    await els.goto(`${platform.baseUrl}/documenten`);
    await waitVisible(els.getByRole('heading', { level: 1, name: 'Documenten' }));

    await tabTo(els, els.getByLabel('Zoek in documenten'));
    await els.keyboard.type(WORD_IN_FILE);
    await els.keyboard.press('Enter');
    const result = els.getByRole('link', { name: documentTitle });
    await waitVisible(result);
    await waitVisible(els.locator('.document-snippet mark').filter({ hasText: new RegExp(WORD_IN_FILE, 'i') }));

    await tabTo(els, result);
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, documentTitle);

    const download = els.waitForEvent('download');
    await tabTo(els, els.getByRole('link', { name: /^Download het document \(OpenDocument-tekst, \d+ kB\)$/ }));
    await els.keyboard.press('Enter');
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.currentVersion.sha256);
    expect(bytes.equals(await readFile(SAMPLE_FILES.odt))).toBe(true);
  });

  journey('archive and restore a document', 'member', async () => {
    await els.goto(`${platform.baseUrl}${documentPath}`);
    await waitVisible(els.getByRole('heading', { level: 1, name: documentTitle }));

    await tabTo(els, els.getByLabel(/^Reden \(niet verplicht\)/), { maxPresses: 150 });
    await els.keyboard.type('Er komt een nieuwere versie.');
    await tabTo(els, els.getByRole('button', { name: 'Archiveren', exact: true }));
    await els.keyboard.press('Enter');

    // The dialog starts on its cancel button, and Shift+Tab reaches the confirm button.
    await waitFocused(els.getByRole('button', { name: 'Annuleren' }), 'the dialog cancel button');
    await els.keyboard.press('Shift+Tab');
    await waitFocused(els.getByRole('button', { name: 'Ja, archiveren' }), 'the confirm button');
    await els.keyboard.press('Enter');
    await waitUntil(async () => (await els.locator('dialog[open]').count()) === 0, 'the archive dialog did not close');
    await waitFocused(els.locator('.archived-notice'), 'the archived notice');
    await waitVisible(els.getByText('Reden: Er komt een nieuwere versie.'));

    await tabTo(els, els.getByRole('button', { name: 'Terugzetten' }));
    await els.keyboard.press('Enter');
    await waitFocused(els.getByRole('heading', { level: 1, name: documentTitle }), 'the document heading');
    await waitUntil(async () => (await els.getByText('Dit document is gearchiveerd.').count()) === 0, 'the archived notice stayed after restoring');
  });
});
