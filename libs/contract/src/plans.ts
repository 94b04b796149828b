/**
 * Shared plans of a theme network: request and response bodies under `/api/plans` and
 * `/api/networks/:slug/plans`. Dates are ISO 8601 strings in UTC. Deadlines are calendar dates
 * (`YYYY-MM-DD`).
 */
import type { ApiErrorBody, CrpdArticle, Municipality, NetworkVisibility, PersonSummary } from './api';

/** Lifecycle of a plan: idee → in voorbereiding → vastgesteld → in uitvoering → afgerond, plus gepauzeerd. */
export type PlanStatus = 'idea' | 'preparation' | 'adopted' | 'in_progress' | 'completed' | 'paused';

export const PLAN_STATUSES: readonly PlanStatus[] = ['idea', 'preparation', 'adopted', 'in_progress', 'completed', 'paused'];

/**
 * Status changes the API accepts: one step forward or back along the lifecycle, pausing from any
 * unfinished status, and resuming a paused plan at any unfinished status. Skipping forward, such
 * as from idea straight to adopted, is rejected.
 */
export const PLAN_STATUS_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  idea: ['preparation', 'paused'],
  preparation: ['idea', 'adopted', 'paused'],
  adopted: ['preparation', 'in_progress', 'paused'],
  in_progress: ['adopted', 'completed', 'paused'],
  completed: ['in_progress'],
  paused: ['idea', 'preparation', 'adopted', 'in_progress'],
};

export type PlanActionStatus = 'open' | 'in_progress' | 'done' | 'cancelled';

export interface PlanAction {
  id: string;
  description: string;
  /** Member of the network who is responsible, or null when an organisation or no one is. */
  responsibleMember: PersonSummary | null;
  /** Organisation responsible, as free text. */
  responsibleOrganisation: string | null;
  deadline: string | null;
  status: PlanActionStatus;
  /** Deadline before today while the action is still open or in progress. */
  overdue: boolean;
}

export interface PlanActionInput {
  /** Id of an existing action to keep. Left out for a new action. Actions not sent are removed. */
  id?: string;
  description: string;
  responsibleMemberId?: string | null;
  responsibleOrganisation?: string | null;
  deadline?: string | null;
  status: PlanActionStatus;
}

/** Source of a reused plan: the plan and revision it was copied from. */
export interface PlanSource {
  planId: string;
  title: string;
  revision: number;
  municipalities: Municipality[];
  networkSlug: string;
  /** False when the reader may no longer read the source. Then only the title is shown. */
  readable: boolean;
}

/** A plan made from this one for another municipality. Only copies the reader may read are listed. */
export interface PlanReuse {
  planId: string;
  title: string;
  municipalities: Municipality[];
  networkSlug: string;
}

export interface PlanStatusChange {
  from: PlanStatus | null;
  to: PlanStatus;
  changedBy: PersonSummary;
  changedAt: string;
  note: string | null;
}

export interface PlanSummary {
  id: string;
  network: { id: string; slug: string; name: string; visibility: NetworkVisibility };
  title: string;
  summary: string;
  status: PlanStatus;
  municipalities: Municipality[];
  crpdArticleNumbers: number[];
  revision: number;
  updatedAt: string;
  overdueActionCount: number;
  locked: boolean;
}

export interface PlanDetail extends PlanSummary {
  /** Markdown source of the body. */
  body: string;
  /** Body rendered to safe HTML, as post bodies are. */
  bodyHtml: string;
  crpdArticles: CrpdArticle[];
  actions: PlanAction[];
  statusHistory: PlanStatusChange[];
  lockReason: string | null;
  lockedBy: PersonSummary | null;
  createdBy: PersonSummary;
  createdAt: string;
  updatedBy: PersonSummary;
  source: PlanSource | null;
  reusedBy: PlanReuse[];
  /** Discussion thread of this plan in its network. */
  threadId: string;
  /** Whether the reader may edit (member of the network, plan not locked). */
  canEdit: boolean;
  /** Whether the reader may lock and unlock (moderator, owner or administrator). */
  canLock: boolean;
}

/** Fields of a plan that each save stores as a new revision. */
export interface PlanContentInput {
  title: string;
  summary: string;
  body: string;
  municipalityCodes: string[];
  crpdArticleNumbers: number[];
  actions: PlanActionInput[];
}

export interface CreatePlanRequest extends PlanContentInput {
  status?: PlanStatus;
}

export interface UpdatePlanRequest extends PlanContentInput {
  /** Revision the editor started from. A save based on an older one is rejected with 409. */
  baseRevision: number;
  /** Short description of the change for the history. */
  changeSummary: string;
}

export interface ChangePlanStatusRequest {
  status: PlanStatus;
  note?: string | null;
}

export interface LockPlanRequest {
  reason: string;
}

export interface ReusePlanRequest {
  /** Network where the copy is made. The person must be a member. */
  networkSlug: string;
  municipalityCode: string;
}

export interface PlanRevisionSummary {
  revision: number;
  author: PersonSummary;
  createdAt: string;
  changeSummary: string;
  /** Revision that was restored to make this one, if any. */
  restoredFrom: number | null;
}

/** The full content of a plan as one revision saved it. */
export interface PlanRevisionDetail extends PlanRevisionSummary {
  title: string;
  summary: string;
  body: string;
  municipalityCodes: string[];
  crpdArticleNumbers: number[];
  actions: Array<Omit<PlanAction, 'overdue' | 'responsibleMember'> & { responsibleMember: PersonSummary | null }>;
}

export interface RestorePlanRevisionRequest {
  baseRevision: number;
}

/** Body of the 409 response to a save based on an outdated revision. */
export interface PlanConflictBody extends ApiErrorBody {
  code: 'revision_conflict';
  current: PlanDetail;
}

export interface PlanListQuery {
  status?: PlanStatus;
  municipality?: string;
  article?: number;
}

/** Live event sent to the plan's room and its network's room after every save, status change or lock. */
export interface PlanUpdatedEvent {
  networkId: string;
  planId: string;
  revision: number;
  authorDisplayName: string;
}

export interface PlanRoomPayload {
  planId: string;
}
