import { waitVisible } from '../support/wait';
import type { RouteState } from './route-states';
import { OPEN_NETWORK, planApiPath, planPath, submitForErrors } from './state-steps';

const PLAN = '/netwerken/:slug/plannen/:planId';
const LOCKED_PLAN = 'Vergrendeld plan over het stadhuis';
const REUSED_PLAN = 'Plan om te hergebruiken';

/** Rows of the plan pages. Rows that change a plan come after the rows that show it unchanged. */
export const PLAN_ROUTE_STATES: RouteState[] = [
  // Overview and the network's section.
  {
    route: '/plannen',
    role: 'visitor',
    state: 'list with results',
    reach: async (c) => {
      await planPath(c);
      await c.open('/plannen');
      await waitVisible(c.page.getByRole('link', { name: 'Toegankelijke weekmarkt' }));
    },
  },
  {
    route: '/plannen',
    role: 'member',
    state: 'filters without results',
    reach: async (c) => {
      await c.open('/plannen');
      await c.page.getByLabel('Status').selectOption({ label: 'Afgerond' });
      await c.page.getByRole('button', { name: 'Toon plannen' }).click();
      await waitVisible(c.page.getByText('Geen plan past bij deze keuzes'));
    },
  },
  {
    route: '/netwerken/:slug',
    role: 'member',
    state: 'plans section with overdue actions',
    reach: async (c) => {
      await planPath(c);
      await c.open(`/netwerken/${OPEN_NETWORK}`);
      await waitVisible(c.page.getByText('1 actie te laat'));
    },
  },

  // Creating a plan.
  { route: '/netwerken/:slug/plannen/nieuw', role: 'visitor', state: 'login required', reach: (c) => c.open(`/netwerken/${OPEN_NETWORK}/plannen/nieuw`) },
  {
    route: '/netwerken/:slug/plannen/nieuw',
    role: 'member',
    state: 'form with validation errors',
    reach: async (c) => {
      await c.open(`/netwerken/${OPEN_NETWORK}/plannen/nieuw`);
      await c.page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Plan opslaan' }));
    },
  },

  // One plan.
  { route: PLAN, role: 'visitor', state: 'visitor with overdue actions', reach: async (c) => c.open(await planPath(c)) },
  { route: PLAN, role: 'member', state: 'member with status and reuse forms', reach: async (c) => c.open(await planPath(c)) },
  { route: PLAN, role: 'moderator', state: 'moderator with lock form', reach: async (c) => c.open(await planPath(c)) },
  {
    route: PLAN,
    role: 'member',
    state: 'status form with errors',
    reach: async (c) => {
      await c.open(await planPath(c));
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Status opslaan' }));
    },
  },
  {
    route: PLAN,
    role: 'member',
    state: 'reuse form with errors',
    reach: async (c) => {
      await c.open(await planPath(c));
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Kopie maken' }));
    },
  },
  {
    route: PLAN,
    role: 'moderator',
    state: 'lock form with errors',
    reach: async (c) => {
      await c.open(await planPath(c));
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Plan vergrendelen' }));
    },
  },
  {
    route: PLAN,
    role: 'member',
    state: 'locked plan with reason',
    reach: async (c) => {
      const path = await planPath(c, '', LOCKED_PLAN);
      const moderator = await c.apiAs('moderator');
      const plan = await moderator.get<{ locked: boolean }>(planApiPath(path));
      if (!plan.locked) {
        await moderator.post(`${planApiPath(path)}/lock`, { reason: 'De gemeenteraad besluit hier volgende week over.' });
      }
      await c.open(path);
      await waitVisible(c.page.getByText('De gemeenteraad besluit hier volgende week over.'));
    },
  },
  {
    route: PLAN,
    role: 'member',
    state: 'copy with source and reuse',
    reach: async (c) => {
      const path = await planPath(c, '', REUSED_PLAN);
      const member = await c.apiAs('member');
      const copy = await member.post<{ id: string; network: { slug: string } }>(`${planApiPath(path)}/reuse`, {
        networkSlug: OPEN_NETWORK,
        municipalityCode: 'GM0363',
      });
      await c.open(`/netwerken/${copy.network.slug}/plannen/${copy.id}`);
      await waitVisible(c.page.getByText('Gemaakt op basis van'));
    },
  },
  {
    route: PLAN,
    role: 'member',
    state: 'live notice after a save by someone else',
    reach: async (c) => {
      const path = await planPath(c);
      await c.open(path);
      await waitVisible(c.page.locator('div[data-live="joined"]'));
      const owner = await c.apiAs('owner');
      const plan = await owner.get<{ revision: number; title: string; summary: string; body: string; municipalities: Array<{ code: string }>; crpdArticleNumbers: number[]; actions: Array<{ id: string; description: string; deadline: string | null; status: string; responsibleOrganisation: string | null }> }>(planApiPath(path));
      await owner.put(planApiPath(path), {
        title: plan.title,
        summary: plan.summary,
        body: `${plan.body}\n\nAangepast door Anna.`,
        municipalityCodes: plan.municipalities.map((item) => item.code),
        crpdArticleNumbers: plan.crpdArticleNumbers,
        actions: plan.actions.map(({ id, description, deadline, status, responsibleOrganisation }) => ({ id, description, deadline, status, responsibleOrganisation })),
        baseRevision: plan.revision,
        changeSummary: 'Zin toegevoegd',
      });
      await waitVisible(c.page.getByRole('button', { name: 'Nu bekijken' }));
    },
  },

  // Editing, with a conflict made by a save of the owner between loading and saving.
  { route: `${PLAN}/bewerken`, role: 'member', state: 'edit form', reach: async (c) => c.open(await planPath(c, '/bewerken')) },
  {
    route: `${PLAN}/bewerken`,
    role: 'member',
    state: 'conflict panel',
    reach: async (c) => {
      const path = await planPath(c, '/bewerken');
      await c.open(path);
      await c.page.getByLabel('Samenvatting').fill('Els schrijft een andere samenvatting.');
      const owner = await c.apiAs('owner');
      const apiPath = planApiPath(path);
      const plan = await owner.get<{ revision: number; title: string; summary: string; body: string; crpdArticleNumbers: number[]; municipalities: Array<{ code: string }> }>(apiPath);
      await owner.put(apiPath, {
        title: plan.title,
        summary: plan.summary,
        body: `${plan.body}\n\nNog een zin van Anna.`,
        municipalityCodes: plan.municipalities.map((item) => item.code),
        crpdArticleNumbers: plan.crpdArticleNumbers,
        actions: [],
        baseRevision: plan.revision,
        changeSummary: 'Acties weggehaald',
      });
      await submitForErrors(c.page, c.page.getByRole('button', { name: 'Wijzigingen opslaan' }));
      await waitVisible(c.page.getByRole('heading', { name: 'Iemand anders heeft het plan ook aangepast' }));
    },
  },

  // History, comparison and printing.
  { route: `${PLAN}/geschiedenis`, role: 'member', state: 'revision list', reach: async (c) => c.open(await planPath(c, '/geschiedenis')) },
  {
    route: `${PLAN}/geschiedenis`,
    role: 'member',
    state: 'restore confirmation open',
    reach: async (c) => {
      await c.open(await planPath(c, '/geschiedenis'));
      await c.page.getByRole('button', { name: 'Zet versie 1 terug' }).click();
      await waitVisible(c.page.locator('dialog[open]'));
    },
  },
  { route: `${PLAN}/vergelijken`, role: 'visitor', state: 'side by side', reach: async (c) => c.open(await planPath(c, '/vergelijken?van=1&tot=2')) },
  {
    route: `${PLAN}/vergelijken`,
    role: 'visitor',
    state: 'inline',
    reach: async (c) => {
      await c.open(await planPath(c, '/vergelijken?van=1&tot=2'));
      await c.page.getByLabel('In één tekst').check();
      await waitVisible(c.page.locator('.diff--inline'));
    },
  },
  { route: `${PLAN}/afdrukken`, role: 'visitor', state: 'print view', reach: async (c) => c.open(await planPath(c, '/afdrukken')) },
];
