import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanDetail, ReusePlanRequest } from '@inclusieplein/contract';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { fieldError, validationFailed } from '../common/api-error';
import { NetworkAccessService } from '../memberships/network-access.service';
import { DomainEvents } from '../realtime/domain-events';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';
import type { PlanSnapshot } from './plan-content';
import { insertPlan } from './plan-creation';
import { PlanViewService } from './plan-view.service';
import { PlanActionEntity, PlanEntity } from './plan.entity';

/** Copies a plan for another municipality, keeping a link to the source and its revision. */
@Injectable()
export class PlanReuseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly view: PlanViewService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Makes a copy in a network where the person is a member. The copy starts as an idea, and its
   * actions start open, without responsible people or deadlines, because those belong to the
   * source's municipality.
   */
  async reuse(sourceId: string, user: UserEntity, input: ReusePlanRequest): Promise<PlanDetail> {
    await this.view.loadReadable(sourceId, user);
    const network = await this.access.getNetworkBySlug(input.networkSlug);
    await this.access.assertCanPost(network, user);
    if (!(await this.dataSource.getRepository(MunicipalityEntity).existsBy({ code: input.municipalityCode }))) {
      throw validationFailed(
        fieldError('municipalityCode', 'unknown_municipality', `No municipality has CBS code "${input.municipalityCode}".`),
      );
    }

    const { plan, thread } = await this.dataSource.transaction(async (manager) => {
      // FOR SHARE keeps a save of the source from changing it between reading the row and its actions.
      const source = await manager.findOneOrFail(PlanEntity, { where: { id: sourceId }, lock: { mode: 'pessimistic_read' } });
      const actions = await manager.find(PlanActionEntity, { where: { planId: sourceId }, order: { position: 'ASC' } });
      const snapshot: PlanSnapshot = {
        title: source.title,
        summary: source.summary,
        body: source.body,
        municipalityCodes: [input.municipalityCode],
        crpdArticleNumbers: source.crpdArticleNumbers,
        actions: actions.map((action) => ({
          id: randomUUID(),
          description: action.description,
          responsibleMemberId: null,
          responsibleOrganisation: null,
          deadline: null,
          status: 'open',
        })),
      };
      return insertPlan(manager, {
        network,
        author: user,
        snapshot,
        status: 'idea',
        changeSummary: `Overgenomen van versie ${source.revision} van een ander plan`,
        source: { planId: source.id, revision: source.revision },
      });
    });

    this.events.emit('thread.created', {
      networkId: network.id,
      threadId: thread.id,
      title: thread.title,
      authorDisplayName: user.displayName,
    });
    this.events.emit('plan.updated', { networkId: network.id, planId: plan.id, revision: 1, authorDisplayName: user.displayName });
    return this.view.detail(plan.id, user);
  }
}
