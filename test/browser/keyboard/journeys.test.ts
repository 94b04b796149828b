import type { Page } from 'playwright-core';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi, proposalInput } from '../support/demo-api';
import { expectHeadingFocused, expectVisibleFocus, tabTo } from '../support/keyboard';
import { DEMO_EMAILS, DEMO_PASSWORD, logInThroughForm } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { recordCheck } from '../support/results';
import { waitFocused, waitUntil, waitVisible } from '../support/wait';

// Only keyboard events drive the pages. `page.goto` replaces typing an address in the address bar.
let platform: PlatformServer;
let chromium: SharedChromium;
const pages: Page[] = [];

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
});

async function newPerson(): Promise<Page> {
  const context = await chromium.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pages.push(page);
  return page;
}

/** Runs a journey and records it for the results file only when it reached its end. */
function journey(name: string, role: string, run: () => Promise<void>): void {
  it(`${name} by keyboard`, async () => {
    await run();
    recordCheck({ kind: 'journey', route: '', role, name, violations: 0 });
  });
}

const newcomer = { name: 'Noor Toetsenbord', email: `noor-${Date.now()}@example.org`, password: 'een-lang-wachtwoord' };
const threadTitle = 'Drempels bij de bibliotheek';
const proposalName = 'Toegankelijke musea';
let noor: Page;

describe('keyboard-only journeys', () => {
  journey('register', 'visitor', async () => {
    noor = await newPerson();
    await noor.goto(platform.baseUrl);
    await waitVisible(noor.getByRole('heading', { level: 1 }));

    await tabTo(noor, noor.getByRole('link', { name: 'Naar de inhoud' }));
    await tabTo(noor, noor.getByRole('link', { name: 'Registreren' }));
    await noor.keyboard.press('Enter');
    await expectHeadingFocused(noor, 'Registreren');

    await tabTo(noor, noor.getByRole('button', { name: 'Account maken' }));
    await noor.keyboard.press('Enter');
    const summary = noor.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
    await waitFocused(summary, 'the error summary');

    await noor.keyboard.press('Tab');
    await expectVisibleFocus(noor);
    await noor.keyboard.press('Enter');
    await waitFocused(noor.getByLabel('Naam', { exact: true }), 'the name field');
    await noor.keyboard.type(newcomer.name);

    await tabTo(noor, noor.getByLabel('E-mailadres'));
    await noor.keyboard.type(newcomer.email);
    await tabTo(noor, noor.getByLabel('Wachtwoord'));
    await noor.keyboard.type(newcomer.password);
    await tabTo(noor, noor.getByRole('button', { name: 'Account maken' }));
    await noor.keyboard.press('Enter');

    await noor.waitForURL('**/netwerken');
    await expectHeadingFocused(noor, 'Themanetwerken');
    await waitVisible(noor.getByRole('button', { name: 'Uitloggen' }));
  });

  journey('join a network', 'visitor', async () => {
    await tabTo(noor, noor.getByRole('link', { name: 'Toegankelijke openbare ruimte' }));
    await noor.keyboard.press('Enter');
    await expectHeadingFocused(noor, 'Toegankelijke openbare ruimte');

    await tabTo(noor, noor.getByRole('button', { name: 'Word lid' }));
    await noor.keyboard.press('Enter');
    await waitFocused(noor.getByRole('heading', { level: 2, name: 'Lidmaatschap' }), 'the membership heading');
    await waitVisible(noor.getByRole('button', { name: 'Verlaat netwerk' }));

    // The leave dialog takes focus and gives it back to its opener on Escape.
    const leave = noor.getByRole('button', { name: 'Verlaat netwerk' });
    await tabTo(noor, leave);
    await noor.keyboard.press('Enter');
    await waitFocused(noor.getByRole('button', { name: 'Nee, blijf lid' }), 'the dialog cancel button');
    await expectVisibleFocus(noor);
    await noor.keyboard.press('Escape');
    await waitUntil(async () => (await noor.locator('dialog[open]').count()) === 0, 'the leave dialog did not close on Escape');
    await waitFocused(leave, 'the leave button after the dialog closed');
  });

  journey('start a thread', 'member', async () => {
    await tabTo(noor, noor.getByLabel('Titel'));
    await noor.keyboard.type(threadTitle);
    await tabTo(noor, noor.getByLabel('Je bericht', { exact: true }));
    await noor.keyboard.type('De ingang heeft een hoge drempel. Wie weet wie we daarover bellen?');
    await tabTo(noor, noor.getByRole('button', { name: 'Plaats onderwerp' }));
    await noor.keyboard.press('Enter');

    await noor.waitForURL(/\/onderwerpen\//);
    await expectHeadingFocused(noor, threadTitle);
  });

  journey('reply', 'member', async () => {
    await tabTo(noor, noor.getByLabel('Je reactie', { exact: true }));
    await noor.keyboard.type('Ik bel morgen met de bibliotheek.');
    await tabTo(noor, noor.getByRole('button', { name: 'Plaats reactie' }).last());
    await noor.keyboard.press('Enter');

    // Focus moves to the new reply, so the writer hears it was placed where it belongs.
    const reply = noor.locator('article.post').filter({ hasText: 'Ik bel morgen met de bibliotheek.' });
    await waitFocused(reply, 'the new reply');
  });

  journey('edit a post', 'member', async () => {
    const reply = noor.locator('article.post').filter({ hasText: 'Ik bel morgen' });
    const edit = reply.getByRole('button', { name: 'Bewerk je bericht' });
    await tabTo(noor, edit);
    await noor.keyboard.press('Enter');
    await waitFocused(reply.getByLabel('Je bericht', { exact: true }), 'the edit text box');

    await noor.keyboard.press('Control+A');
    await noor.keyboard.type('Ik bel morgen met de bibliotheek en de gemeente.');
    await tabTo(noor, reply.getByRole('button', { name: 'Bewaar wijziging' }));
    await noor.keyboard.press('Enter');

    await waitVisible(reply.getByText('Ik bel morgen met de bibliotheek en de gemeente.'));
    await waitFocused(edit, 'the edit button after saving');
  });

  journey('delete a post', 'member', async () => {
    const reply = noor.locator('article.post').filter({ hasText: 'Ik bel morgen' });
    const remove = reply.getByRole('button', { name: `Verwijder bericht van ${newcomer.name}` });
    await tabTo(noor, remove);
    await noor.keyboard.press('Enter');
    const dialog = noor.locator('dialog[open]');
    await waitFocused(dialog.getByRole('button', { name: 'Annuleren' }), 'the dialog cancel button');

    await noor.keyboard.press('Escape');
    await waitFocused(remove, 'the delete button after Escape');

    await noor.keyboard.press('Enter');
    await waitFocused(dialog.getByRole('button', { name: 'Annuleren' }), 'the dialog cancel button');
    await noor.keyboard.press('Shift+Tab');
    await waitFocused(dialog.getByRole('button', { name: 'Ja, verwijder bericht' }), 'the confirm button');
    await expectVisibleFocus(noor);
    await noor.keyboard.press('Enter');

    const deleted = noor.locator('article.post').filter({ hasText: 'Dit bericht is verwijderd.' });
    await waitFocused(deleted, 'the deleted post');
  });

  journey('ask to join a closed network', 'member', async () => {
    await noor.goto(`${platform.baseUrl}/netwerken/ervaringsdeskundigen-onder-elkaar`);
    await waitVisible(noor.getByRole('heading', { level: 1, name: 'Ervaringsdeskundigen onder elkaar' }));

    await tabTo(noor, noor.getByLabel('Waarom wil je lid worden?'));
    await noor.keyboard.type('Ik wil me voorbereiden op de adviesraad.');
    await tabTo(noor, noor.getByRole('button', { name: 'Vraag om lid te worden' }));
    await noor.keyboard.press('Enter');

    await waitFocused(noor.getByRole('heading', { level: 2, name: 'Lidmaatschap' }), 'the membership heading');
    await waitVisible(noor.getByText('Je verzoek wacht op een moderator.'));
  });

  journey('propose a network', 'member', async () => {
    await tabTo(noor, noor.getByRole('link', { name: 'Netwerk voorstellen' }));
    await noor.keyboard.press('Enter');
    await expectHeadingFocused(noor, 'Netwerk voorstellen');

    await tabTo(noor, noor.getByLabel('Naam van het netwerk'));
    await noor.keyboard.type(proposalName);
    await tabTo(noor, noor.getByLabel('Thema', { exact: true }));
    await noor.keyboard.type('Cultuur');
    await tabTo(noor, noor.getByLabel('Beschrijving', { exact: true }));
    await noor.keyboard.type('Musea die iedereen kan bezoeken, ook met een rolstoel of een geleidehond.');

    // Arrow keys move the choice inside the radio group.
    await tabTo(noor, noor.getByRole('radio', { name: 'Open' }));
    await noor.keyboard.press('ArrowDown');
    expect(await noor.getByRole('radio', { name: 'Gesloten' }).isChecked()).toBe(true);

    // The article list opens from its summary with Enter. Space ticks a checkbox.
    await tabTo(noor, noor.locator('summary', { hasText: 'Toon de artikelen' }));
    await noor.keyboard.press('Enter');
    await noor.keyboard.press('Tab');
    await expectVisibleFocus(noor);
    await noor.keyboard.press('Space');
    expect(await noor.locator('.picker-details input[type="checkbox"]:checked').count()).toBe(1);

    await tabTo(noor, noor.getByRole('button', { name: 'Verstuur voorstel' }));
    await noor.keyboard.press('Enter');
    await waitFocused(noor.getByRole('heading', { level: 2, name: 'Voorstel verstuurd' }), 'the confirmation heading');
  });

  journey('log in', 'owner', async () => {
    const anna = await newPerson();
    await anna.goto(platform.baseUrl);
    await waitVisible(anna.getByRole('heading', { level: 1 }));
    await tabTo(anna, anna.getByRole('link', { name: 'Inloggen' }));
    await anna.keyboard.press('Enter');
    await expectHeadingFocused(anna, 'Inloggen');

    await tabTo(anna, anna.getByRole('button', { name: 'Inloggen' }));
    await anna.keyboard.press('Enter');
    await waitFocused(anna.getByRole('alert').filter({ hasText: 'Er ging iets mis' }), 'the error summary');

    await tabTo(anna, anna.getByLabel('E-mailadres'));
    await anna.keyboard.type(DEMO_EMAILS.owner);
    await tabTo(anna, anna.getByLabel('Wachtwoord'));
    await anna.keyboard.type(DEMO_PASSWORD);
    await anna.keyboard.press('Enter');

    await waitVisible(anna.getByRole('button', { name: 'Uitloggen' }));
    await expectHeadingFocused(anna, 'Themanetwerken');
  });

  journey('approve a membership request', 'owner', async () => {
    const anna = pages[pages.length - 1];
    await tabTo(anna, anna.getByRole('link', { name: 'Ervaringsdeskundigen onder elkaar' }));
    await anna.keyboard.press('Enter');
    await expectHeadingFocused(anna, 'Ervaringsdeskundigen onder elkaar');

    await tabTo(anna, anna.getByRole('button', { name: `Keur goed (verzoek van ${newcomer.name})` }));
    await anna.keyboard.press('Enter');
    await waitFocused(anna.getByRole('heading', { level: 2, name: 'Verzoeken' }), 'the requests heading');
    await waitVisible(anna.getByText('Er zijn geen verzoeken die wachten.'));
  });

  journey('approve a proposal', 'administrator', async () => {
    const admin = await newPerson();
    await logInThroughForm(admin, platform.baseUrl, DEMO_EMAILS.administrator);
    // A second proposal makes sure focus lands on the section heading and not on a neighbour.
    await new DemoApi(platform.baseUrl, noor).post('/api/network-proposals', proposalInput('Toegankelijke bioscopen'));
    await admin.goto(platform.baseUrl);
    await waitVisible(admin.getByRole('heading', { level: 1 }));

    await tabTo(admin, admin.getByRole('link', { name: 'Beheer' }));
    await admin.keyboard.press('Enter');
    await expectHeadingFocused(admin, 'Beheer');

    await tabTo(admin, admin.getByRole('button', { name: `Keur goed ${proposalName}` }));
    await admin.keyboard.press('Enter');
    await waitFocused(admin.getByRole('heading', { level: 2, name: 'Voorstellen' }), 'the proposals heading');
    await waitUntil(
      async () => (await admin.getByRole('heading', { level: 3, name: proposalName }).count()) === 0,
      'the approved proposal is still listed',
    );
  });
});
