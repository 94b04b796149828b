import type { Locator, Page, Route } from 'playwright-core';
import type { DemoApi } from '../support/demo-api';
import type { Role } from '../support/people';
import { waitFocused, waitVisible } from '../support/wait';

/** Context passed to a state's steps: the role's logged-in page and a few helpers. */
export interface StateContext {
  page: Page;
  role: Role;
  /** Opens a path and waits until the page shows its h1 and nothing is loading. */
  open(path: string): Promise<void>;
  /** Opens a path without waiting, for loading and error states. */
  goto(path: string): Promise<void>;
  /** The API with the cookies of another role, for setup that is not under test. */
  apiAs(role: Role): Promise<DemoApi>;
  /** Registers clean-up that runs after the scan, such as releasing held requests. */
  afterScan(cleanUp: () => Promise<void>): void;
}

export const OPEN_NETWORK = 'toegankelijke-openbare-ruimte';
export const CLOSED_NETWORK = 'ervaringsdeskundigen-onder-elkaar';
export const EMPTY_NETWORK = 'inclusief-onderwijs';
export const MARKET_THREAD = 'Hoe maken we de weekmarkt toegankelijk?';
export const CLOSED_THREAD = 'Voorbereiden op de adviesraad';

/** Path of a demo thread, looked up through the API as `role` (closed networks need a member). */
export async function threadPath(context: StateContext, slug: string, title: string, role: Role = 'owner'): Promise<string> {
  const api = await context.apiAs(role);
  return `/netwerken/${slug}/onderwerpen/${await api.threadId(slug, title)}`;
}

/** API path of the thread that a page path such as `/netwerken/x/onderwerpen/<id>` shows. */
export function threadApiPath(pagePath: string): string {
  return `/api/threads/${pagePath.split('/').pop()}`;
}

/** Submits a form as it is and waits until its error summary has focus. */
export async function submitForErrors(page: Page, submit: Locator): Promise<void> {
  await submit.click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' }).first();
  await waitVisible(summary);
  await waitFocused(summary, 'the error summary');
}

/** Clicks a button that opens a modal `<dialog>` and waits until the dialog shows. */
export async function openDialog(page: Page, opener: Locator): Promise<void> {
  await opener.click();
  await waitVisible(page.locator('dialog[open]'));
}

function matchesApiPath(pathname: string): (url: URL) => boolean {
  return (url) => url.pathname === pathname;
}

/**
 * Holds every request to `pathname` until the scan is done, so the page stays in its loading
 * state for as long as the check needs, without a fixed delay.
 */
export async function holdApi(context: StateContext, pathname: string): Promise<void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const matcher = matchesApiPath(pathname);
  const handler = async (route: Route) => {
    await gate;
    await route.continue().catch(() => undefined);
  };
  await context.page.route(matcher, handler);
  context.afterScan(async () => {
    release();
    await context.page.unroute(matcher, handler);
  });
}

/** Fulfils every request to `pathname` with a 500 response (`server`), or aborts it (`network`). */
export async function failApi(context: StateContext, pathname: string, failure: 'server' | 'network'): Promise<void> {
  const matcher = matchesApiPath(pathname);
  const handler = (route: Route) =>
    failure === 'network'
      ? route.abort('failed')
      : route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ statusCode: 500, code: 'internal_error', message: 'Internal server error', requestId: 'test-request' }),
        });
  await context.page.route(matcher, handler);
  context.afterScan(() => context.page.unroute(matcher, handler));
}

/** Waits for the loading notice that a held request leaves on screen. */
export async function waitForLoadingNotice(page: Page): Promise<void> {
  await waitVisible(page.getByRole('status').filter({ hasText: 'Bezig met laden' }));
}

/** Waits for the error box that a failed request leaves on screen. */
export async function waitForErrorAlert(page: Page, text: RegExp): Promise<void> {
  await waitVisible(page.getByRole('alert').filter({ hasText: text }));
}

export const DEMO_PLAN = 'Toegankelijke weekmarkt';
/** Demo document with two versions, in the open demo network. */
export const DEMO_DOCUMENT = 'Kamervragen over de Tozo-lening';

/** Path of a plan page (`''` for the plan itself, or a sub-page such as `/bewerken`), creating the plan as the owner when needed. */
export async function planPath(context: StateContext, subPage = '', title = DEMO_PLAN, slug = OPEN_NETWORK): Promise<string> {
  const api = await context.apiAs('owner');
  return `/netwerken/${slug}/plannen/${await api.planId(slug, title)}${subPage}`;
}

/** API path of the plan that a page path such as `/netwerken/x/plannen/<id>/bewerken` shows. */
export function planApiPath(pagePath: string): string {
  return `/api/plans/${pagePath.split('/')[4]}`;
}
