import { expectNoViolations } from '../support/a11y';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { People, waitForSettledPage } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { ROUTE_STATES } from './route-states';
import type { StateContext } from './state-steps';

let platform: PlatformServer;
let chromium: SharedChromium;
let people: People;

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  people = new People(chromium, platform.baseUrl);
}, 90_000);

afterAll(async () => {
  await people?.closeAll();
  await chromium?.close();
  await platform?.stop();
});

describe('every route, role and state', () => {
  it.each(ROUTE_STATES.map((row) => [`${row.route} as ${row.role}: ${row.state}`, row] as const))(
    '%s has no WCAG 2.2 AA violations',
    async (_name, row) => {
      const page = await people.page(row.role);
      const cleanUps: Array<() => Promise<void>> = [];
      const context: StateContext = {
        page,
        role: row.role,
        open: async (path) => {
          await page.goto(`${platform.baseUrl}${path}`);
          await waitForSettledPage(page);
        },
        goto: async (path) => {
          await page.goto(`${platform.baseUrl}${path}`);
        },
        apiAs: async (role) => new DemoApi(platform.baseUrl, await people.page(role)),
        afterScan: (cleanUp) => cleanUps.push(cleanUp),
      };
      try {
        await row.reach(context);
        await expectNoViolations(page, { route: row.route, role: row.role, state: row.state });
      } finally {
        for (const cleanUp of cleanUps) {
          await cleanUp();
        }
      }
    },
  );
});
