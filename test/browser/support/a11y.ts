import type { Page } from 'playwright-core';
import { accessibilityViolations } from './browser';
import { recordCheck } from './results';

/** Target of an axe scan, for the failure message and the results file. */
export interface ScanTarget {
  /** Route path as in APP_ROUTES, such as `/netwerken/:slug`. */
  route: string;
  role: string;
  state: string;
}

/**
 * Runs axe on the page as it is now and fails with the list of violations.
 * Every scan is recorded for docs/accessibility/results.json, passed or not.
 */
export async function expectNoViolations(
  page: Page,
  target: ScanTarget,
  options: { tags?: string[]; rules?: string[] } = {},
): Promise<void> {
  const violations = await accessibilityViolations(page, options);
  recordCheck({ kind: 'axe', route: target.route, role: target.role, name: target.state, violations: violations.length });
  const where = `${target.route} as ${target.role}: ${target.state}`;
  expect({ where, violations }).toEqual({ where, violations: [] });
}
