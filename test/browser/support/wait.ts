import type { Locator } from 'playwright-core';

const TIMEOUT_MS = 5000;

/** Polls `check` until it returns true. Throws `message` when it has not within the timeout. */
export async function waitUntil(check: () => Promise<boolean>, message: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(message);
}

export async function waitVisible(locator: Locator, timeoutMs = TIMEOUT_MS): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
}

export async function waitFocused(locator: Locator, description: string): Promise<void> {
  await waitUntil(
    () => locator.evaluate((element) => element === document.activeElement).catch(() => false),
    `${description} did not receive focus`,
  );
}
