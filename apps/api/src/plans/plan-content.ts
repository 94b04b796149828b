import type { FieldError, PlanActionStatus, PlanContentInput } from '@inclusieplein/contract';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { fieldError } from '../common/api-error';
import { MembershipEntity } from '../memberships/membership.entity';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { PlanRevisionEntity } from './plan-history.entity';
import { isCalendarDate } from './plan-dates';
import { PlanActionEntity, PlanEntity } from './plan.entity';

const SMALLINT_MAX = 32767;

export interface PlanActionSnapshot {
  id: string;
  description: string;
  responsibleMemberId: string | null;
  responsibleOrganisation: string | null;
  deadline: string | null;
  status: PlanActionStatus;
}

/** Content of a plan as stored in `plan_revisions.content`, with the same fields that a save sends. */
export interface PlanSnapshot {
  title: string;
  summary: string;
  body: string;
  municipalityCodes: string[];
  crpdArticleNumbers: number[];
  actions: PlanActionSnapshot[];
}

export interface RevisionRecord {
  authorId: string;
  changeSummary: string;
  restoredFrom: number | null;
}

/** Ids of the actions that an input may keep. Empty for a new plan. */
export type KnownActionIds = ReadonlySet<string>;

/**
 * Checks the references in a plan's content against the database: CRPD articles, CBS codes,
 * deadlines, responsible members of `networkId` and the ids of kept actions. Returns the field
 * errors, all at once, and the normalised snapshot to store when there are none.
 */
export async function checkPlanContent(
  manager: EntityManager,
  networkId: string,
  input: PlanContentInput,
  knownActionIds: KnownActionIds,
): Promise<{ errors: FieldError[]; snapshot: PlanSnapshot }> {
  const errors: FieldError[] = [];

  // Numbers outside PostgreSQL's smallint range would fail the query instead of matching nothing.
  const numbers = [...new Set(input.crpdArticleNumbers)].filter((number) => number >= 1 && number <= SMALLINT_MAX);
  const articles = numbers.length ? await manager.findBy(CrpdArticleEntity, { instrument: 'convention', number: In(numbers) }) : [];
  const knownArticles = new Set(articles.map((article) => article.number));
  input.crpdArticleNumbers.forEach((number, index) => {
    if (!knownArticles.has(number)) {
      errors.push(fieldError(`crpdArticleNumbers.${index}`, 'unknown_crpd_article', `The convention has no article ${number}.`));
    }
  });

  const codes = [...new Set(input.municipalityCodes)];
  const municipalities = codes.length ? await manager.findBy(MunicipalityEntity, { code: In(codes) }) : [];
  const knownCodes = new Set(municipalities.map((municipality) => municipality.code));
  input.municipalityCodes.forEach((code, index) => {
    if (!knownCodes.has(code)) {
      errors.push(fieldError(`municipalityCodes.${index}`, 'unknown_municipality', `No municipality has CBS code "${code}".`));
    }
  });

  const memberIds = [...new Set(input.actions.map((action) => action.responsibleMemberId).filter((id): id is string => !!id))];
  const members = memberIds.length ? await manager.findBy(MembershipEntity, { networkId, userId: In(memberIds) }) : [];
  const memberSet = new Set(members.map((membership) => membership.userId));

  const seenIds = new Set<string>();
  input.actions.forEach((action, index) => {
    if (action.id !== undefined) {
      if (!knownActionIds.has(action.id) || seenIds.has(action.id)) {
        errors.push(fieldError(`actions.${index}.id`, 'invalid', `Action ${action.id} is not an action of this plan.`));
      }
      seenIds.add(action.id);
    }
    if (action.deadline && !isCalendarDate(action.deadline)) {
      errors.push(fieldError(`actions.${index}.deadline`, 'invalid_date', `"${action.deadline}" is not a date in the form YYYY-MM-DD.`));
    }
    if (action.responsibleMemberId && !memberSet.has(action.responsibleMemberId)) {
      errors.push(
        fieldError(`actions.${index}.responsibleMemberId`, 'not_a_member', 'The responsible person is not a member of this network.'),
      );
    }
  });

  const snapshot: PlanSnapshot = {
    title: input.title,
    summary: input.summary ?? '',
    body: input.body ?? '',
    municipalityCodes: codes.sort(),
    crpdArticleNumbers: [...new Set(input.crpdArticleNumbers)].sort((a, b) => a - b),
    actions: input.actions.map((action) => ({
      id: action.id ?? randomUUID(),
      description: action.description,
      responsibleMemberId: action.responsibleMemberId || null,
      responsibleOrganisation: action.responsibleOrganisation || null,
      deadline: action.deadline || null,
      status: action.status,
    })),
  };
  return { errors, snapshot };
}

/**
 * Writes `snapshot` as the plan's current content under revision `revision` and stores the
 * snapshot in `plan_revisions`. The plan row must exist and, for updates, be locked by the caller.
 */
export async function storePlanContent(
  manager: EntityManager,
  plan: PlanEntity,
  snapshot: PlanSnapshot,
  revision: number,
  record: RevisionRecord,
): Promise<void> {
  const now = new Date();
  await manager.update(PlanEntity, { id: plan.id }, {
    title: snapshot.title,
    summary: snapshot.summary,
    body: snapshot.body,
    crpdArticleNumbers: snapshot.crpdArticleNumbers,
    revision,
    updatedById: record.authorId,
    updatedAt: now,
  });

  await manager.query('DELETE FROM plan_municipalities WHERE plan_id = $1', [plan.id]);
  if (snapshot.municipalityCodes.length) {
    await manager.query(
      'INSERT INTO plan_municipalities (plan_id, municipality_code) SELECT $1, unnest($2::varchar[])',
      [plan.id, snapshot.municipalityCodes],
    );
  }

  await manager.delete(PlanActionEntity, { planId: plan.id });
  if (snapshot.actions.length) {
    await manager.insert(
      PlanActionEntity,
      snapshot.actions.map((action, position) => ({ ...action, planId: plan.id, position })),
    );
  }

  await manager.insert(PlanRevisionEntity, {
    planId: plan.id,
    revision,
    authorId: record.authorId,
    changeSummary: record.changeSummary,
    restoredFrom: record.restoredFrom,
    content: snapshot,
    createdAt: now,
  });
}

/**
 * Prepares an old snapshot for storing again, because a restored plan must meet the rules of a new
 * save. It drops municipalities and articles that the reference data no longer contains, and clears
 * responsible people who have left the network.
 */
export async function reconcileSnapshot(manager: EntityManager, networkId: string, snapshot: PlanSnapshot): Promise<PlanSnapshot> {
  const municipalities = snapshot.municipalityCodes.length
    ? await manager.findBy(MunicipalityEntity, { code: In(snapshot.municipalityCodes) })
    : [];
  const articles = snapshot.crpdArticleNumbers.length
    ? await manager.findBy(CrpdArticleEntity, { instrument: 'convention', number: In(snapshot.crpdArticleNumbers) })
    : [];
  const memberIds = [...new Set(snapshot.actions.map((action) => action.responsibleMemberId).filter((id): id is string => !!id))];
  const members = memberIds.length ? await manager.findBy(MembershipEntity, { networkId, userId: In(memberIds) }) : [];

  const knownCodes = new Set(municipalities.map((municipality) => municipality.code));
  const knownArticles = new Set(articles.map((article) => article.number));
  const memberSet = new Set(members.map((membership) => membership.userId));
  return {
    ...snapshot,
    municipalityCodes: snapshot.municipalityCodes.filter((code) => knownCodes.has(code)),
    crpdArticleNumbers: snapshot.crpdArticleNumbers.filter((number) => knownArticles.has(number)),
    actions: snapshot.actions.map((action) => ({
      ...action,
      responsibleMemberId: action.responsibleMemberId && memberSet.has(action.responsibleMemberId) ? action.responsibleMemberId : null,
    })),
  };
}
