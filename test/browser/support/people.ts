import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { SharedChromium } from './browser';
import { waitUntil, waitVisible } from './wait';

/** The roles the accessibility suite looks through. `visitor` is not logged in. */
export type Role = 'visitor' | 'member' | 'moderator' | 'owner' | 'administrator';

export const ROLES: readonly Role[] = ['visitor', 'member', 'moderator', 'owner', 'administrator'];

export const DEMO_PASSWORD = 'demo-wachtwoord';

/**
 * Demo accounts per role, seen from the network "Toegankelijke openbare ruimte": Els is a member,
 * Mohamed a moderator and Anna the owner (Anna also owns the closed network "Ervaringsdeskundigen
 * onder elkaar"). The demo content in apps/api/src/demo/demo-content.ts creates them at each start.
 */
export const DEMO_EMAILS: Record<Exclude<Role, 'visitor'>, string> = {
  member: 'els@demo.inclusieplein.nl',
  moderator: 'mohamed@demo.inclusieplein.nl',
  owner: 'anna@demo.inclusieplein.nl',
  administrator: 'beheerder@demo.inclusieplein.nl',
};

/** Logs in through the login form, as a person would, and waits until the header shows the logout button. */
export async function logInThroughForm(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await waitVisible(page.getByRole('button', { name: 'Uitloggen' }));
}

/**
 * One browser context per role, created on first use: each role logs in through the UI once,
 * and later tests reuse its page and cookies.
 */
export class People {
  private readonly contexts = new Map<Role, BrowserContext>();
  private readonly pages = new Map<Role, Page>();

  constructor(
    private readonly chromium: SharedChromium,
    private readonly baseUrl: string,
    private readonly contextOptions: BrowserContextOptions = {},
  ) {}

  async page(role: Role): Promise<Page> {
    const existing = this.pages.get(role);
    if (existing && !existing.isClosed()) {
      return existing;
    }
    const context = await this.chromium.newContext(this.contextOptions);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    if (role !== 'visitor') {
      await logInThroughForm(page, this.baseUrl, DEMO_EMAILS[role]);
    }
    this.contexts.set(role, context);
    this.pages.set(role, page);
    return page;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.contexts.values()].map((context) => context.close()));
    this.contexts.clear();
    this.pages.clear();
  }
}

/**
 * Waits until the page shows its h1 and no section still shows "Bezig met laden…", so a
 * check runs on the finished page and not a half-loaded one.
 */
export async function waitForSettledPage(page: Page): Promise<void> {
  try {
    await waitVisible(page.locator('h1'), 10_000);
  } catch {
    const text = await page.locator('body').innerText().catch(() => '(no body)');
    throw new Error(`${page.url()} showed no h1 within 10 s. Page text: ${text.slice(0, 400)}`);
  }
  await waitUntil(
    async () => (await page.locator('.loading, [aria-busy="true"]').count()) === 0,
    `${page.url()} still shows a loading state`,
    10_000,
  );
}
