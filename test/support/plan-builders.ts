import type { CreatePlanRequest, PlanDetail, UpdatePlanRequest } from '@inclusieplein/contract';
import type { SignedInPerson } from './builders';

export function planInput(overrides: Partial<CreatePlanRequest> = {}): CreatePlanRequest {
  return {
    title: 'Toegankelijke stembureaus',
    summary: 'Elk stembureau in de gemeente is voor iedereen bereikbaar.',
    body: '## Aanleiding\n\nNiet elk stembureau heeft een **drempelvrije** ingang.\n\n- Hellingbanen\n- Loep en leesbril\n\n1. Inventariseren\n2. Aanpassen',
    municipalityCodes: ['GM0344'],
    crpdArticleNumbers: [9, 29],
    actions: [{ description: 'Alle stembureaus bezoeken', status: 'open', deadline: '2099-12-31' }],
    ...overrides,
  };
}

/** Creates a plan in the network through the API and returns it. */
export async function createPlan(
  person: SignedInPerson,
  slug: string,
  overrides: Partial<CreatePlanRequest> = {},
): Promise<PlanDetail> {
  const response = await person.agent.post(`/api/networks/${slug}/plans`).send(planInput(overrides)).expect(201);
  return response.body as PlanDetail;
}

/** Builds the request body that saves `plan` unchanged except for `overrides`, based on its current revision. */
export function updateOf(plan: PlanDetail, overrides: Partial<UpdatePlanRequest> = {}): UpdatePlanRequest {
  return {
    title: plan.title,
    summary: plan.summary,
    body: plan.body,
    municipalityCodes: plan.municipalities.map((municipality) => municipality.code),
    crpdArticleNumbers: plan.crpdArticleNumbers,
    actions: plan.actions.map((action) => ({
      id: action.id,
      description: action.description,
      responsibleMemberId: action.responsibleMember?.id ?? null,
      responsibleOrganisation: action.responsibleOrganisation,
      deadline: action.deadline,
      status: action.status,
    })),
    baseRevision: plan.revision,
    changeSummary: 'Kleine wijziging',
    ...overrides,
  };
}
