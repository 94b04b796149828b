import type { Locator, Page } from 'playwright-core';
import { waitFocused } from './wait';

/** The focused element, described for failure messages, and whether it shows a visible focus indicator. */
interface FocusStop {
  description: string;
  indicatorVisible: boolean;
}

/**
 * Reads the focused element's computed outline and box-shadow. An indicator counts as visible
 * when the outline has a style, a width above 0 and a colour that is not fully transparent,
 * or when a box-shadow has a colour that is not fully transparent.
 */
export async function readFocusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return { description: 'nothing (body)', indicatorVisible: false };
    }
    const transparent = (color: string) => color === 'transparent' || /rgba\([^)]*,\s*0(\.0+)?\)$/.test(color.trim());
    const style = getComputedStyle(element);
    const outlineVisible =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadowColors = style.boxShadow === 'none' ? [] : (style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []);
    const shadowVisible = shadowColors.some((color) => !transparent(color));
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const label = element.id ? `#${element.id}` : '';
    return { description: `<${element.tagName.toLowerCase()}${label}> "${name}"`, indicatorVisible: outlineVisible || shadowVisible };
  });
}

/** Fails when the focused element shows no focus indicator. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const stop = await readFocusStop(page);
  if (!stop.indicatorVisible) {
    throw new Error(`Focus on ${stop.description} has no visible focus indicator (outline or box-shadow).`);
  }
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking on every stop that focus is
 * visible. Focus leaving the page at its end (the body is focused) counts as wrapping around,
 * as it does in a browser. Fails after `maxPresses` stops, with the stops it passed.
 */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; maxPresses?: number } = {}): Promise<void> {
  const maxPresses = options.maxPresses ?? 80;
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const element = target.first();
  await element.waitFor({ state: 'visible' });
  const passed: string[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(key);
    const stop = await readFocusStop(page);
    passed.push(stop.description);
    if (stop.description === 'nothing (body)') {
      continue;
    }
    if (!stop.indicatorVisible) {
      throw new Error(`Focus on ${stop.description} has no visible focus indicator, after: ${passed.slice(-5).join(' → ')}`);
    }
    if (await element.evaluate((candidate) => candidate === document.activeElement, undefined, { timeout: 1000 })) {
      return;
    }
  }
  throw new Error(`${key} did not reach ${target} within ${maxPresses} presses; last stops: ${passed.slice(-8).join(' → ')}`);
}

/** Waits until the page's h1 has focus and the title is "<h1> — Inclusieplein", as after every route change. */
export async function expectHeadingFocused(page: Page, heading: string): Promise<void> {
  await waitFocused(page.getByRole('heading', { level: 1, name: heading }), `the h1 "${heading}"`);
  expect(await page.title()).toBe(`${heading} — Inclusieplein`);
}
