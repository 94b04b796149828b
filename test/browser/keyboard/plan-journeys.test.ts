import type { Page } from 'playwright-core';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { expectHeadingFocused, expectVisibleFocus, tabTo } from '../support/keyboard';
import { DEMO_EMAILS, logInThroughForm } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { recordCheck } from '../support/results';
import { waitFocused, waitUntil, waitVisible } from '../support/wait';

// Only keyboard events drive the plan pages. Logging in goes through the login form as setup,
// because the login journey itself is checked in journeys.test.ts.
let platform: PlatformServer;
let chromium: SharedChromium;
let els: Page;
let anna: DemoApi;

const NETWORK = 'toegankelijke-openbare-ruimte';
const planTitle = 'Rolstoelvriendelijke speeltuinen';
let planPath = '';

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  els = await loggedIn(DEMO_EMAILS.member);
  anna = new DemoApi(platform.baseUrl, await loggedIn(DEMO_EMAILS.owner));
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
});

async function loggedIn(email: string): Promise<Page> {
  const context = await chromium.newContext();
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

interface StoredPlan {
  revision: number;
  title: string;
  summary: string;
  body: string;
  municipalities: Array<{ code: string }>;
  crpdArticleNumbers: number[];
  actions: Array<{ id: string; description: string; deadline: string | null; status: string; responsibleOrganisation: string | null }>;
}

/** Saves the plan as Anna with a new body line, as a second person would while Els edits. */
async function saveAsAnna(planId: string): Promise<void> {
  const plan = await anna.get<StoredPlan>(`/api/plans/${planId}`);
  await anna.put(`/api/plans/${planId}`, {
    title: plan.title,
    summary: plan.summary,
    body: `${plan.body}\n\nAnna voegt een zin toe.`,
    municipalityCodes: plan.municipalities.map((item) => item.code),
    crpdArticleNumbers: plan.crpdArticleNumbers,
    actions: plan.actions.map(({ id, description, deadline, status, responsibleOrganisation }) => ({ id, description, deadline, status, responsibleOrganisation })),
    baseRevision: plan.revision,
    changeSummary: 'Zin van Anna',
  });
}

describe('keyboard-only plan journeys', () => {
  journey('create a plan', 'member', async () => {
    await els.goto(`${platform.baseUrl}/netwerken/${NETWORK}`);
    await waitVisible(els.getByRole('heading', { level: 1 }));
    await tabTo(els, els.getByRole('link', { name: 'Nieuw plan' }));
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, 'Nieuw plan');

    // An empty submit moves focus to the error summary, and its link to the title field.
    await tabTo(els, els.getByRole('button', { name: 'Plan opslaan' }));
    await els.keyboard.press('Enter');
    await waitFocused(els.getByRole('alert').filter({ hasText: 'Er ging iets mis' }), 'the error summary');
    await els.keyboard.press('Tab');
    await expectVisibleFocus(els);
    await els.keyboard.press('Enter');
    await waitFocused(els.getByLabel('Titel'), 'the title field');
    await els.keyboard.type(planTitle);

    await tabTo(els, els.getByLabel('Samenvatting'));
    await els.keyboard.type('Speeltuinen waar kinderen met een rolstoel ook kunnen spelen.');
    await tabTo(els, els.getByRole('button', { name: 'Actie toevoegen' }));
    await els.keyboard.press('Enter');
    await waitFocused(els.getByRole('group', { name: 'Actie 1' }).getByLabel('Wat gaat er gebeuren?'), 'the new action');
    await els.keyboard.type('Drie speeltuinen bekijken met ouders');

    await tabTo(els, els.getByRole('button', { name: 'Plan opslaan' }));
    await els.keyboard.press('Enter');
    await els.waitForURL(/\/plannen\/[0-9a-f-]{36}$/);
    await expectHeadingFocused(els, planTitle);
    planPath = new URL(els.url()).pathname;
  });

  journey('edit a plan', 'member', async () => {
    await tabTo(els, els.getByRole('link', { name: 'Bewerken' }));
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, `Bewerken: ${planTitle}`);

    await tabTo(els, els.getByRole('textbox', { name: /^Het plan/ }));
    await els.keyboard.type('We beginnen in de wijk Overvecht.');
    await tabTo(els, els.getByLabel('Wat heb je veranderd?'));
    await els.keyboard.type('Eerste zin geschreven');
    await tabTo(els, els.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await els.keyboard.press('Enter');

    await els.waitForURL((url) => url.pathname === planPath);
    await expectHeadingFocused(els, planTitle);
    await waitVisible(els.getByText('We beginnen in de wijk Overvecht.'));
  });

  journey('resolve an edit conflict', 'member', async () => {
    await tabTo(els, els.getByRole('link', { name: 'Bewerken' }));
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, `Bewerken: ${planTitle}`);
    await tabTo(els, els.getByLabel('Samenvatting'));
    await els.keyboard.press('End');
    await els.keyboard.type(' Ook voor kinderen die slecht zien.');

    await saveAsAnna(planPath.split('/').pop() ?? '');

    await tabTo(els, els.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await els.keyboard.press('Enter');
    const summary = els.getByRole('alert').filter({ hasText: 'Iemand anders heeft het plan net opgeslagen' });
    await waitFocused(summary, 'the error summary with the conflict');
    await waitVisible(els.getByRole('heading', { name: 'Iemand anders heeft het plan ook aangepast' }));

    await tabTo(els, els.getByRole('button', { name: 'Bewaar mijn versie' }));
    await els.keyboard.press('Enter');
    await els.waitForURL((url) => url.pathname === planPath);
    await expectHeadingFocused(els, planTitle);
    await waitVisible(els.getByText('Ook voor kinderen die slecht zien.'));
  });

  journey('restore a revision', 'member', async () => {
    await tabTo(els, els.getByRole('link', { name: 'Geschiedenis' }));
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, `Geschiedenis: ${planTitle}`);

    // The dialog starts on its cancel button. Shift+Tab reaches the confirm button.
    await tabTo(els, els.getByRole('button', { name: 'Zet versie 1 terug' }));
    await els.keyboard.press('Enter');
    await waitFocused(els.getByRole('button', { name: 'Annuleren' }), 'the dialog cancel button');
    await els.keyboard.press('Shift+Tab');
    await waitFocused(els.getByRole('button', { name: 'Ja, zet terug' }), 'the confirm button');
    await els.keyboard.press('Enter');

    await waitUntil(async () => (await els.locator('dialog[open]').count()) === 0, 'the restore dialog did not close');
    await waitFocused(els.getByRole('heading', { level: 2, name: 'Alle versies' }), 'the list of versions');
    await waitVisible(els.getByText('Dit is versie 1, teruggezet.'));
  });

  journey('reuse a plan', 'member', async () => {
    await tabTo(els, els.getByRole('link', { name: 'Terug naar het plan' }));
    await els.keyboard.press('Enter');
    await expectHeadingFocused(els, planTitle);

    // Typing letters on a focused select chooses the first option that starts with them.
    await tabTo(els, els.getByLabel('In welk netwerk?'));
    await els.keyboard.type('Toeg');
    await tabTo(els, els.getByRole('combobox', { name: 'Voor welke gemeente?' }));
    await els.keyboard.type('Amersfoort');
    await tabTo(els, els.getByRole('button', { name: 'Kopie maken' }));
    await els.keyboard.press('Enter');

    await els.waitForURL((url) => /\/plannen\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== planPath);
    await expectHeadingFocused(els, planTitle);
    await waitVisible(els.getByText('Gemaakt op basis van'));
  });
});
