import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonSummary, PlanDetail, PlanRevisionDetail, PlanRevisionSummary } from '@inclusieplein/contract';
import { DataSource, In } from 'typeorm';
import { notFound } from '../common/api-error';
import { NetworkAccessService } from '../memberships/network-access.service';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { reconcileSnapshot, storePlanContent } from './plan-content';
import { StaleRevisionError } from './plan-errors';
import { PlanRevisionEntity } from './plan-history.entity';
import { PlanViewService } from './plan-view.service';
import { PlansService } from './plans.service';

function toRevisionSummary(revision: PlanRevisionEntity): PlanRevisionSummary {
  return {
    revision: revision.revision,
    author: toPersonSummary(revision.author),
    createdAt: revision.createdAt.toISOString(),
    changeSummary: revision.changeSummary,
    restoredFrom: revision.restoredFrom,
  };
}

/** History of a plan's content: listing, showing and restoring revisions. */
@Injectable()
export class PlanRevisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly view: PlanViewService,
    private readonly plans: PlansService,
  ) {}

  /** Lists every revision, newest first, without the content so that long histories stay small. */
  async list(planId: string, user: UserEntity | undefined): Promise<PlanRevisionSummary[]> {
    await this.view.loadReadable(planId, user);
    const revisions = await this.dataSource
      .getRepository(PlanRevisionEntity)
      .createQueryBuilder('revision')
      .select(['revision.id', 'revision.revision', 'revision.changeSummary', 'revision.restoredFrom', 'revision.createdAt'])
      .leftJoinAndSelect('revision.author', 'author')
      .where('revision.plan_id = :planId', { planId })
      .orderBy('revision.revision', 'DESC')
      .getMany();
    return revisions.map(toRevisionSummary);
  }

  async detail(planId: string, revisionNumber: number, user: UserEntity | undefined): Promise<PlanRevisionDetail> {
    await this.view.loadReadable(planId, user);
    const revision = await this.dataSource.getRepository(PlanRevisionEntity).findOne({
      where: { planId, revision: revisionNumber },
      relations: { author: true },
    });
    if (!revision) throw notFound(`Revision ${revisionNumber} of the plan`);

    const content = revision.content;
    const memberIds = [...new Set(content.actions.map((action) => action.responsibleMemberId).filter((id): id is string => !!id))];
    const people = memberIds.length ? await this.dataSource.getRepository(UserEntity).findBy({ id: In(memberIds) }) : [];
    const peopleById = new Map<string, PersonSummary>(people.map((person) => [person.id, toPersonSummary(person)]));

    return {
      ...toRevisionSummary(revision),
      title: content.title,
      summary: content.summary,
      body: content.body,
      municipalityCodes: content.municipalityCodes,
      crpdArticleNumbers: content.crpdArticleNumbers,
      actions: content.actions.map((action) => ({
        id: action.id,
        description: action.description,
        responsibleMember: action.responsibleMemberId ? (peopleById.get(action.responsibleMemberId) ?? null) : null,
        responsibleOrganisation: action.responsibleOrganisation,
        deadline: action.deadline,
        status: action.status,
      })),
    };
  }

  /**
   * Saves the content of an earlier revision as a new revision, so nothing in the history is
   * overwritten. References that are no longer valid are dropped, as reconcileSnapshot describes.
   */
  async restore(planId: string, revisionNumber: number, user: UserEntity, baseRevision: number): Promise<PlanDetail> {
    const { network } = await this.view.loadReadable(planId, user);
    await this.access.assertCanPost(network, user);

    const revision = await this.plans.withCurrentRevision(planId, user, async (manager, plan) => {
      const source = await manager.findOneBy(PlanRevisionEntity, { planId, revision: revisionNumber });
      if (!source) throw notFound(`Revision ${revisionNumber} of the plan`);
      if (plan.revision !== baseRevision) throw new StaleRevisionError();
      const snapshot = await reconcileSnapshot(manager, network.id, source.content);
      await storePlanContent(manager, plan, snapshot, plan.revision + 1, {
        authorId: user.id,
        changeSummary: `Versie ${revisionNumber} teruggezet`,
        restoredFrom: revisionNumber,
      });
      return plan.revision + 1;
    });

    this.plans.emitUpdated(network.id, planId, revision, user);
    return this.view.detail(planId, user);
  }
}
