import {
  LIMITS,
  type PlanActionStatus,
  type PlanContentInput,
  type PlanDetail,
  type PlanRevisionDetail,
} from '@inclusieplein/contract';
import type { FieldProblem } from '../../api/errorText';
import { checkText } from '../../forms/validation';

/** One row of the actions editor. `key` is local and keeps React's rows stable while rows are removed. */
export interface ActionRow {
  key: string;
  id?: string;
  description: string;
  /** User id, or '' for no member. */
  responsibleMemberId: string;
  responsibleOrganisation: string;
  /** `YYYY-MM-DD`, or '' for no deadline. */
  deadline: string;
  status: PlanActionStatus;
}

export interface PlanFormValues {
  title: string;
  summary: string;
  body: string;
  municipalityCodes: string[];
  crpdArticleNumbers: number[];
  actions: ActionRow[];
}

export const PLAN_ACTION_STATUSES: readonly PlanActionStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

let nextRowKey = 0;

export function newActionRow(): ActionRow {
  nextRowKey += 1;
  return {
    key: `row-${nextRowKey}`,
    description: '',
    responsibleMemberId: '',
    responsibleOrganisation: '',
    deadline: '',
    status: 'open',
  };
}

export const EMPTY_PLAN: PlanFormValues = {
  title: '',
  summary: '',
  body: '',
  municipalityCodes: [],
  crpdArticleNumbers: [],
  actions: [],
};

/** Form values of a saved plan or revision, so an edit starts from what is stored. */
export function valuesFromPlan(plan: PlanDetail | PlanRevisionDetail): PlanFormValues {
  const municipalityCodes = 'municipalities' in plan ? plan.municipalities.map((item) => item.code) : plan.municipalityCodes;
  return {
    title: plan.title,
    summary: plan.summary,
    body: plan.body,
    municipalityCodes,
    crpdArticleNumbers: [...plan.crpdArticleNumbers],
    actions: plan.actions.map((action) => ({
      ...newActionRow(),
      id: action.id,
      description: action.description,
      responsibleMemberId: action.responsibleMember?.id ?? '',
      responsibleOrganisation: action.responsibleOrganisation ?? '',
      deadline: action.deadline ?? '',
      status: action.status,
    })),
  };
}

/** Request body fields of the form values. Empty optional values become null. */
export function planInput(values: PlanFormValues): PlanContentInput {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body,
    municipalityCodes: values.municipalityCodes,
    crpdArticleNumbers: values.crpdArticleNumbers,
    actions: values.actions.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      description: row.description.trim(),
      responsibleMemberId: row.responsibleMemberId || null,
      responsibleOrganisation: row.responsibleOrganisation.trim() || null,
      deadline: row.deadline || null,
      status: row.status,
    })),
  };
}

/** Field name of one action's field in the form's problems, such as `action-0-description`. */
export function actionField(index: number, field: 'description' | 'deadline'): string {
  return `action-${index}-${field}`;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the plan form in the browser with the same limits and codes as the API. */
export function checkPlan(values: PlanFormValues): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const add = (name: string, problem: FieldProblem | null) => {
    if (problem) problems[name] = problem;
  };
  add('title', checkText(values.title, { required: true, ...LIMITS.planTitle }));
  add('summary', checkText(values.summary, LIMITS.planSummary));
  add('body', checkText(values.body, LIMITS.planBody));
  if (values.actions.length > LIMITS.planActions.max) {
    problems.actions = { code: 'too_long', params: { max: LIMITS.planActions.max } };
  }
  values.actions.forEach((row, index) => {
    add(actionField(index, 'description'), checkText(row.description, { required: true, ...LIMITS.planActionDescription }));
    if (row.deadline !== '' && !DATE_PATTERN.test(row.deadline)) {
      problems[actionField(index, 'deadline')] = { code: 'invalid_date' };
    }
  });
  return problems;
}
