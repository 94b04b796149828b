import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Municipality,
  NetworkRole,
  PlanDetail,
  PlanListQuery,
  PlanReuse,
  PlanSource,
  PlanSummary,
} from '@inclusieplein/contract';
import { DataSource, In } from 'typeorm';
import { notFound } from '../common/api-error';
import { renderMarkdown } from '../discussions/markdown';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { PlanStatusChangeEntity } from './plan-history.entity';
import { isActionOverdue, todayInAmsterdam } from './plan-dates';
import { PlanActionEntity, PlanEntity } from './plan.entity';

export interface ReadablePlan {
  plan: PlanEntity;
  network: NetworkEntity;
  role: NetworkRole | null;
}

function toMunicipalities(municipalities: MunicipalityEntity[] | undefined): Municipality[] {
  return [...(municipalities ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map(({ code, name, province }) => ({ code, name, province }));
}

/** Loads plans with the access checks of their network and turns them into the contract's shapes. */
@Injectable()
export class PlanViewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
  ) {}

  /** Returns the plan when the person may read its network: 404 for an unknown plan, 403 `network_closed` for a closed one. */
  async loadReadable(planId: string, user: UserEntity | undefined): Promise<ReadablePlan> {
    const plan = await this.dataSource.getRepository(PlanEntity).findOneBy({ id: planId });
    if (!plan) throw notFound('The plan');
    const network = await this.dataSource.getRepository(NetworkEntity).findOneByOrFail({ id: plan.networkId });
    const role = await this.access.assertCanReadContent(network, user);
    return { plan, network, role };
  }

  async detail(planId: string, user: UserEntity | undefined): Promise<PlanDetail> {
    const { network, role } = await this.loadReadable(planId, user);
    const plan = await this.dataSource.getRepository(PlanEntity).findOneOrFail({
      where: { id: planId },
      relations: { municipalities: true, createdBy: true, updatedBy: true, lockedBy: true },
    });
    const today = todayInAmsterdam();
    const [actions, history, articles, source, reusedBy, canLock] = await Promise.all([
      this.dataSource.getRepository(PlanActionEntity).find({
        where: { planId },
        relations: { responsibleMember: true },
        order: { position: 'ASC' },
      }),
      this.dataSource.getRepository(PlanStatusChangeEntity).find({
        where: { planId },
        relations: { changedBy: true },
        order: { changedAt: 'ASC' },
      }),
      plan.crpdArticleNumbers.length
        ? this.dataSource.getRepository(CrpdArticleEntity).find({
            where: { instrument: 'convention', number: In(plan.crpdArticleNumbers) },
            order: { number: 'ASC' },
          })
        : Promise.resolve([]),
      this.source(plan, user),
      this.reusedBy(plan.id, user),
      this.access.isModerator(network, user),
    ]);
    const overdue = actions.map((action) => isActionOverdue(action, today));

    return {
      ...this.toSummary(plan, network, overdue.filter(Boolean).length),
      body: plan.body,
      // The plan page shows the body below its h1 and an h2, so `#` becomes h3.
      bodyHtml: renderMarkdown(plan.body, { headingOffset: 2 }),
      crpdArticles: articles.map(({ instrument, number, titleNl, titleEn }) => ({ instrument, number, titleNl, titleEn })),
      actions: actions.map((action, index) => ({
        id: action.id,
        description: action.description,
        responsibleMember: action.responsibleMember ? toPersonSummary(action.responsibleMember) : null,
        responsibleOrganisation: action.responsibleOrganisation,
        deadline: action.deadline,
        status: action.status,
        overdue: overdue[index],
      })),
      statusHistory: history.map((change) => ({
        from: change.fromStatus,
        to: change.toStatus,
        changedBy: toPersonSummary(change.changedBy),
        changedAt: change.changedAt.toISOString(),
        note: change.note,
      })),
      lockReason: plan.lockReason,
      lockedBy: plan.lockedBy ? toPersonSummary(plan.lockedBy) : null,
      createdBy: toPersonSummary(plan.createdBy),
      createdAt: plan.createdAt.toISOString(),
      updatedBy: toPersonSummary(plan.updatedBy),
      source,
      reusedBy,
      threadId: plan.threadId,
      canEdit: role !== null && plan.lockedAt === null && network.status === 'active',
      canLock,
    };
  }

  /** Lists the plans of one network, most recently changed first. The caller checks access. */
  async listForNetwork(network: NetworkEntity): Promise<PlanSummary[]> {
    const plans = await this.dataSource.getRepository(PlanEntity).find({
      where: { networkId: network.id },
      relations: { municipalities: true },
      order: { updatedAt: 'DESC' },
    });
    const counts = await this.overdueCounts(plans.map((plan) => plan.id));
    return plans.map((plan) => this.toSummary(plan, network, counts.get(plan.id) ?? 0));
  }

  /** Lists the plans of every network the person may read that match the validated filter. */
  async listReadable(user: UserEntity | undefined, query: PlanListQuery): Promise<PlanSummary[]> {
    const builder = this.dataSource
      .getRepository(PlanEntity)
      .createQueryBuilder('plan')
      .innerJoin(NetworkEntity, 'network', 'network.id = plan.network_id')
      .leftJoinAndSelect('plan.municipalities', 'municipality')
      .where("network.status = 'active'")
      .orderBy('plan.updated_at', 'DESC');

    if (!user?.isAdmin) {
      builder.andWhere(
        "(network.visibility = 'open' OR EXISTS (SELECT 1 FROM memberships m WHERE m.network_id = network.id AND m.user_id = :userId))",
        { userId: user?.id ?? null },
      );
    }
    if (query.status) builder.andWhere('plan.status = :status', { status: query.status });
    if (query.article !== undefined) builder.andWhere(':article = ANY(plan.crpd_article_numbers)', { article: query.article });
    if (query.municipality) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM plan_municipalities pm WHERE pm.plan_id = plan.id AND pm.municipality_code = :code)',
        { code: query.municipality },
      );
    }

    const plans = await builder.getMany();
    const networkIds = [...new Set(plans.map((plan) => plan.networkId))];
    const networks = networkIds.length ? await this.dataSource.getRepository(NetworkEntity).findBy({ id: In(networkIds) }) : [];
    const networksById = new Map(networks.map((network) => [network.id, network]));
    const counts = await this.overdueCounts(plans.map((plan) => plan.id));
    return plans.map((plan) => this.toSummary(plan, networksById.get(plan.networkId)!, counts.get(plan.id) ?? 0));
  }

  /** Returns whether the person may read the network's content, given the roles they hold. */
  canRead(network: NetworkEntity, user: UserEntity | undefined, roles: Map<string, NetworkRole>): boolean {
    return this.access.canReadContent(network, user, roles.get(network.id) ?? null);
  }

  async rolesOf(user: UserEntity | undefined): Promise<Map<string, NetworkRole>> {
    if (!user) return new Map();
    const memberships = await this.dataSource.getRepository(MembershipEntity).findBy({ userId: user.id });
    return new Map(memberships.map((membership) => [membership.networkId, membership.role]));
  }

  private toSummary(plan: PlanEntity, network: NetworkEntity, overdueActionCount: number): PlanSummary {
    return {
      id: plan.id,
      network: { id: network.id, slug: network.slug, name: network.name, visibility: network.visibility },
      title: plan.title,
      summary: plan.summary,
      status: plan.status,
      municipalities: toMunicipalities(plan.municipalities),
      crpdArticleNumbers: plan.crpdArticleNumbers,
      revision: plan.revision,
      updatedAt: plan.updatedAt.toISOString(),
      overdueActionCount,
      locked: plan.lockedAt !== null,
    };
  }

  private async overdueCounts(planIds: string[]): Promise<Map<string, number>> {
    if (!planIds.length) return new Map();
    const rows: { plan_id: string; count: number }[] = await this.dataSource.query(
      `SELECT plan_id, count(*)::int AS count FROM plan_actions
        WHERE plan_id = ANY($1::uuid[]) AND deadline < $2::date AND status IN ('open', 'in_progress')
        GROUP BY plan_id`,
      [planIds, todayInAmsterdam()],
    );
    return new Map(rows.map((row) => [row.plan_id, row.count]));
  }

  /** Returns the provenance of a copy, or only the title for a source that the reader may not read. */
  private async source(plan: PlanEntity, user: UserEntity | undefined): Promise<PlanSource | null> {
    if (!plan.sourcePlanId || plan.sourceRevision === null) return null;
    const source = await this.dataSource.getRepository(PlanEntity).findOne({
      where: { id: plan.sourcePlanId },
      relations: { municipalities: true },
    });
    if (!source) return null;
    const network = await this.access.findReadableNetwork(source.networkId, user);
    if (!network) {
      return { planId: source.id, title: source.title, revision: plan.sourceRevision, municipalities: [], networkSlug: '', readable: false };
    }
    return {
      planId: source.id,
      title: source.title,
      revision: plan.sourceRevision,
      municipalities: toMunicipalities(source.municipalities),
      networkSlug: network.slug,
      readable: true,
    };
  }

  /** Copies made from a plan, limited to those in networks the reader may read. */
  private async reusedBy(planId: string, user: UserEntity | undefined): Promise<PlanReuse[]> {
    const copies = await this.dataSource.getRepository(PlanEntity).find({
      where: { sourcePlanId: planId },
      relations: { municipalities: true },
      order: { createdAt: 'ASC' },
    });
    if (!copies.length) return [];
    const networks = await this.dataSource
      .getRepository(NetworkEntity)
      .findBy({ id: In([...new Set(copies.map((copy) => copy.networkId))]) });
    const roles = await this.rolesOf(user);
    const readable = new Map(
      networks.filter((network) => this.canRead(network, user, roles)).map((network) => [network.id, network]),
    );
    return copies
      .filter((copy) => readable.has(copy.networkId))
      .map((copy) => ({
        planId: copy.id,
        title: copy.title,
        municipalities: toMunicipalities(copy.municipalities),
        networkSlug: readable.get(copy.networkId)!.slug,
      }));
  }
}
