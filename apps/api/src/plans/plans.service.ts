import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ChangePlanStatusRequest,
  CreatePlanRequest,
  FieldError,
  PlanDetail,
  PlanListQuery,
  PlanSummary,
  UpdatePlanRequest,
} from '@inclusieplein/contract';
import { PLAN_STATUS_TRANSITIONS } from '@inclusieplein/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException, fieldError, validationFailed } from '../common/api-error';
import { NetworkAccessService } from '../memberships/network-access.service';
import { DomainEvents } from '../realtime/domain-events';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { checkPlanContent, storePlanContent } from './plan-content';
import { insertPlan } from './plan-creation';
import { PlanConflictException, planLocked, StaleRevisionError } from './plan-errors';
import { PlanStatusChangeEntity } from './plan-history.entity';
import { PlanViewService } from './plan-view.service';
import { PlanActionEntity, PlanEntity } from './plan.entity';

/** Content history label of revision 1, shown to people in Dutch. */
const FIRST_REVISION_SUMMARY = 'Eerste versie';

/** Service that creates, edits, moves and locks plans. Revisions and reuse have their own services. */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly view: PlanViewService,
    private readonly events: DomainEvents,
  ) {}

  async listForNetwork(slug: string, user: UserEntity | undefined): Promise<PlanSummary[]> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanReadContent(network, user);
    return this.view.listForNetwork(network);
  }

  detail(planId: string, user: UserEntity | undefined): Promise<PlanDetail> {
    return this.view.detail(planId, user);
  }

  /** Lists plans in all networks the person may read. An unknown municipality or article in the filter is a 400. */
  async listReadable(user: UserEntity | undefined, query: PlanListQuery): Promise<PlanSummary[]> {
    const errors: FieldError[] = [];
    if (query.municipality !== undefined && !(await this.dataSource.getRepository(MunicipalityEntity).existsBy({ code: query.municipality }))) {
      errors.push(fieldError('municipality', 'unknown_municipality', `No municipality has CBS code "${query.municipality}".`));
    }
    if (
      query.article !== undefined &&
      !(query.article >= 1 && query.article <= 32767 &&
        (await this.dataSource.getRepository(CrpdArticleEntity).existsBy({ instrument: 'convention', number: query.article })))
    ) {
      errors.push(fieldError('article', 'unknown_crpd_article', `The convention has no article ${query.article}.`));
    }
    if (errors.length) throw validationFailed(...errors);
    return this.view.listReadable(user, query);
  }

  /** Creates the plan, revision 1, its status record and its discussion thread in one transaction. */
  async create(slug: string, user: UserEntity, input: CreatePlanRequest): Promise<PlanDetail> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanPost(network, user);

    const { plan, thread } = await this.dataSource.transaction(async (manager) => {
      const { errors, snapshot } = await checkPlanContent(manager, network.id, input, new Set());
      if (errors.length) throw validationFailed(...errors);
      return insertPlan(manager, {
        network,
        author: user,
        snapshot,
        status: input.status ?? 'idea',
        changeSummary: FIRST_REVISION_SUMMARY,
        source: null,
      });
    });

    this.events.emit('thread.created', {
      networkId: network.id,
      threadId: thread.id,
      title: thread.title,
      authorDisplayName: user.displayName,
    });
    this.emitUpdated(network.id, plan.id, 1, user);
    return this.view.detail(plan.id, user);
  }

  /** Stores the content as a new revision, unless someone saved since `baseRevision` (409 with the current plan). */
  async update(planId: string, user: UserEntity, input: UpdatePlanRequest): Promise<PlanDetail> {
    const { network } = await this.view.loadReadable(planId, user);
    await this.access.assertCanPost(network, user);

    const revision = await this.withCurrentRevision(planId, user, async (manager, plan) => {
      if (plan.revision !== input.baseRevision) throw new StaleRevisionError();
      const actions = await manager.findBy(PlanActionEntity, { planId });
      const { errors, snapshot } = await checkPlanContent(manager, network.id, input, new Set(actions.map((action) => action.id)));
      if (errors.length) throw validationFailed(...errors);
      await storePlanContent(manager, plan, snapshot, plan.revision + 1, {
        authorId: user.id,
        changeSummary: input.changeSummary ?? '',
        restoredFrom: null,
      });
      return plan.revision + 1;
    });

    this.emitUpdated(network.id, planId, revision, user);
    return this.view.detail(planId, user);
  }

  /** Moves the plan along PLAN_STATUS_TRANSITIONS and records who did it. The content revision stays the same. */
  async changeStatus(planId: string, user: UserEntity, input: ChangePlanStatusRequest): Promise<PlanDetail> {
    const { network } = await this.view.loadReadable(planId, user);
    await this.access.assertCanPost(network, user);

    const revision = await this.withCurrentRevision(planId, user, async (manager, plan) => {
      if (!PLAN_STATUS_TRANSITIONS[plan.status].includes(input.status)) {
        throw new ApiException(
          HttpStatus.BAD_REQUEST,
          'invalid_status_change',
          `A plan cannot go from status ${plan.status} to ${input.status}.`,
          [
            fieldError('status', 'invalid', `must be one of ${PLAN_STATUS_TRANSITIONS[plan.status].join(', ')}`, {
              from: plan.status,
              to: input.status,
            }),
          ],
        );
      }
      await manager.update(PlanEntity, { id: planId }, { status: input.status, updatedById: user.id, updatedAt: new Date() });
      await manager.insert(PlanStatusChangeEntity, {
        planId,
        fromStatus: plan.status,
        toStatus: input.status,
        changedById: user.id,
        note: input.note ?? null,
      });
      return plan.revision;
    });

    this.emitUpdated(network.id, planId, revision, user);
    return this.view.detail(planId, user);
  }

  /** Locks the plan against saves, status changes and restores. Locking again replaces the reason. */
  async lock(planId: string, user: UserEntity, reason: string): Promise<PlanDetail> {
    const { plan, network } = await this.view.loadReadable(planId, user);
    await this.access.assertCanModerate(network, user);
    await this.dataSource
      .getRepository(PlanEntity)
      .update({ id: planId }, { lockReason: reason, lockedById: user.id, lockedAt: new Date() });
    this.emitUpdated(network.id, planId, plan.revision, user);
    return this.view.detail(planId, user);
  }

  async unlock(planId: string, user: UserEntity): Promise<PlanDetail> {
    const { plan, network } = await this.view.loadReadable(planId, user);
    await this.access.assertCanModerate(network, user);
    if (plan.lockedAt !== null) {
      await this.dataSource.getRepository(PlanEntity).update({ id: planId }, { lockReason: null, lockedById: null, lockedAt: null });
      this.emitUpdated(network.id, planId, plan.revision, user);
    }
    return this.view.detail(planId, user);
  }

  /**
   * Runs `change` in a transaction that locks the plan row FOR UPDATE, so two saves of one plan run
   * one after the other and the second reads the first's revision. Rejects locked plans with 409, and
   * turns a StaleRevisionError into 409 with the current plan after the rollback.
   */
  async withCurrentRevision<T>(
    planId: string,
    user: UserEntity,
    change: (manager: EntityManager, plan: PlanEntity) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const plan = await manager.findOneOrFail(PlanEntity, { where: { id: planId }, lock: { mode: 'pessimistic_write' } });
        if (plan.lockedAt !== null) throw planLocked(plan.lockReason);
        return change(manager, plan);
      });
    } catch (error) {
      if (error instanceof StaleRevisionError) throw new PlanConflictException(await this.view.detail(planId, user));
      throw error;
    }
  }

  emitUpdated(networkId: string, planId: string, revision: number, user: UserEntity): void {
    this.events.emit('plan.updated', { networkId, planId, revision, authorDisplayName: user.displayName });
  }
}
