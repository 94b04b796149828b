import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { CHROMIUM_PATH } from './check-chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Opens a fresh Chromium profile: each call is a separate person with their own cookies. */
export async function openBrowser(options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'inclusieplein-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The axe tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe with the WCAG 2.x A and AA rules (2.2 included) and returns readable violations.
 * `rules` limits the scan to those rule ids, for checks such as enhanced contrast.
 */
export async function accessibilityViolations(
  page: Page,
  options: { tags?: string[]; rules?: string[] } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  builder = options.rules ? builder.withRules(options.rules) : builder.withTags(options.tags ?? WCAG_AA_TAGS);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

export interface SharedChromium {
  /** Opens a new context: a separate person with their own cookies, in the shared Chromium process. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Starts one Chromium process for a whole test file. Contexts are much cheaper than
 * processes, which keeps the suite fast on a two-core CI machine.
 */
export async function launchChromium(): Promise<SharedChromium> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    newContext: (options = {}) =>
      browser.newContext({
        locale: 'nl-NL',
        viewport: { width: 1280, height: 900 },
        reducedMotion: 'no-preference',
        ...options,
      }),
    close: () => browser.close(),
  };
}
