import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { NetworkDetail, NetworkInput, NetworkRole, NetworkSummary } from '@inclusieplein/contract';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { conflict, fieldError, notFound, validationFailed } from '../common/api-error';
import { compareDutch } from '../common/dutch-order';
import { MembershipRequestEntity } from '../memberships/membership-request.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { toRequestSummary } from '../memberships/memberships.mapper';
import { NetworkAccessService } from '../memberships/network-access.service';
import { CrpdArticleEntity } from '../reference-data/crpd-article.entity';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary, UsersService } from '../users/users.service';
import { NetworkEntity } from './network.entity';
import { slugify } from './slug';

const SMALLINT_MAX = 32767;

/** Key of the transaction-level advisory lock that network inserts take. Any constant works if it is unique in this database. */
const NETWORK_INSERT_LOCK = 7_364_001;

interface NetworkCounts {
  memberCount: number;
  threadCount: number;
}

@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    @InjectRepository(CrpdArticleEntity) private readonly articles: Repository<CrpdArticleEntity>,
    @InjectRepository(MembershipRequestEntity) private readonly requests: Repository<MembershipRequestEntity>,
    private readonly access: NetworkAccessService,
    private readonly users: UsersService,
  ) {}

  /** Active networks, open and closed: a closed network's description is public so people can ask to join. */
  async listActive(user: UserEntity | undefined): Promise<NetworkSummary[]> {
    const networks = await this.networks.find({ where: { status: 'active' }, relations: { municipalities: true } });
    return this.summarise(networks.sort((a, b) => compareDutch(a.name, b.name)), user);
  }

  /** Pending proposals for administrators; a person's own proposals otherwise. */
  async listProposals(user: UserEntity): Promise<NetworkDetail[]> {
    const where = user.isAdmin ? { status: 'proposed' as const } : { proposedById: user.id };
    const networks = await this.networks.find({ where, order: { createdAt: 'ASC' } });
    return Promise.all(networks.map((network) => this.detail(network, user)));
  }

  async getDetailBySlug(slug: string, user: UserEntity | undefined): Promise<NetworkDetail> {
    const network = await this.access.getNetworkBySlug(slug);
    if (!this.access.canSeeNetwork(network, user)) throw notFound('The network');
    return this.detail(network, user);
  }

  async getDetailById(id: string, user: UserEntity | undefined): Promise<NetworkDetail> {
    const network = await this.networks.findOneBy({ id });
    if (!network || !this.access.canSeeNetwork(network, user)) throw notFound('The network');
    return this.detail(network, user);
  }

  /** Stores a proposal; an administrator decides on it, and on approval the proposer becomes owner. */
  async propose(input: NetworkInput, user: UserEntity): Promise<NetworkDetail> {
    const network = await this.dataSource.transaction((manager) =>
      this.insertNetwork(manager, input, { status: 'proposed', proposedById: user.id }),
    );
    return this.detail(network, user);
  }

  /** Creates an active network right away, with the given account (or the administrator) as owner. */
  async createByAdmin(input: NetworkInput, ownerEmail: string | null | undefined, admin: UserEntity): Promise<NetworkDetail> {
    let owner = admin;
    if (ownerEmail) {
      const found = await this.users.findByEmail(ownerEmail);
      if (!found) throw validationFailed(fieldError('ownerEmail', 'unknown_user', `No account uses "${ownerEmail}".`));
      owner = found;
    }
    const network = await this.dataSource.transaction(async (manager) => {
      const created = await this.insertNetwork(manager, input, {
        status: 'active',
        proposedById: null,
        decidedById: admin.id,
        decidedAt: new Date(),
      });
      await manager.insert(MembershipEntity, { networkId: created.id, userId: owner.id, role: 'owner' });
      return created;
    });
    return this.detail(network, admin);
  }

  async approve(id: string, admin: UserEntity, reason: string | null): Promise<NetworkDetail> {
    const network = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockProposal(manager, id);
      proposal.status = 'active';
      proposal.decidedById = admin.id;
      proposal.decidedAt = new Date();
      proposal.decisionReason = reason;
      await manager.save(proposal);
      if (proposal.proposedById) {
        await manager.upsert(
          MembershipEntity,
          { networkId: proposal.id, userId: proposal.proposedById, role: 'owner' },
          ['networkId', 'userId'],
        );
      }
      return proposal;
    });
    return this.detail(network, admin);
  }

  async decline(id: string, admin: UserEntity, reason: string | null): Promise<NetworkDetail> {
    const network = await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockProposal(manager, id);
      proposal.status = 'declined';
      proposal.decidedById = admin.id;
      proposal.decidedAt = new Date();
      proposal.decisionReason = reason;
      return manager.save(proposal);
    });
    return this.detail(network, admin);
  }

  private async lockProposal(manager: EntityManager, id: string): Promise<NetworkEntity> {
    const proposal = await manager.findOne(NetworkEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw notFound('The proposal');
    if (proposal.status !== 'proposed') {
      throw conflict('conflict', `This proposal was already ${proposal.status === 'active' ? 'approved' : 'declined'}.`);
    }
    return proposal;
  }

  private async insertNetwork(
    manager: EntityManager,
    input: NetworkInput,
    fields: Partial<NetworkEntity>,
  ): Promise<NetworkEntity> {
    const municipalities = await this.validateInput(manager, input);
    // Serialises network inserts until commit, so two requests cannot both pass the name and slug checks below.
    await manager.query('SELECT pg_advisory_xact_lock($1)', [NETWORK_INSERT_LOCK]);
    const nameTaken = await manager
      .createQueryBuilder(NetworkEntity, 'network')
      .where('lower(network.name) = lower(:name)', { name: input.name })
      .andWhere("network.status <> 'declined'")
      .getExists();
    if (nameTaken) throw validationFailed(fieldError('name', 'name_taken', 'A network with this name already exists.'));

    const network = manager.create(NetworkEntity, {
      slug: await this.uniqueSlug(manager, input.name),
      name: input.name,
      description: input.description,
      purpose: input.purpose ?? '',
      theme: input.theme,
      visibility: input.visibility,
      crpdArticleNumbers: [...new Set(input.crpdArticleNumbers)].sort((a, b) => a - b),
      municipalities,
      partnerOrganisations: input.partnerOrganisations ?? '',
      coordinator: input.coordinator ?? '',
      ...fields,
    });
    return manager.save(network);
  }

  /** Checks references to reference data and returns the municipalities to link. */
  private async validateInput(manager: EntityManager, input: NetworkInput): Promise<MunicipalityEntity[]> {
    // Numbers outside PostgreSQL's smallint range would fail the query instead of matching nothing.
    const numbers = [...new Set(input.crpdArticleNumbers)].filter((number) => number >= 1 && number <= SMALLINT_MAX);
    const articles = numbers.length
      ? await manager.findBy(CrpdArticleEntity, { instrument: 'convention', number: In(numbers) })
      : [];
    const knownArticles = new Set(articles.map((article) => article.number));
    const articleErrors = input.crpdArticleNumbers.flatMap((number, index) =>
      knownArticles.has(number)
        ? []
        : [fieldError(`crpdArticleNumbers.${index}`, 'unknown_crpd_article', `The convention has no article ${number}.`)],
    );

    const codes = [...new Set(input.municipalityCodes)];
    const municipalities = codes.length ? await manager.findBy(MunicipalityEntity, { code: In(codes) }) : [];
    const known = new Set(municipalities.map((municipality) => municipality.code));
    const municipalityErrors = input.municipalityCodes.flatMap((code, index) =>
      known.has(code)
        ? []
        : [fieldError(`municipalityCodes.${index}`, 'unknown_municipality', `No municipality has CBS code "${code}".`)],
    );

    const errors = [...articleErrors, ...municipalityErrors];
    if (errors.length) throw validationFailed(...errors);
    return municipalities;
  }

  private async uniqueSlug(manager: EntityManager, name: string): Promise<string> {
    const base = slugify(name);
    for (let suffix = 1; ; suffix++) {
      const slug = suffix === 1 ? base : `${base}-${suffix}`;
      if (!(await manager.existsBy(NetworkEntity, { slug }))) return slug;
    }
  }

  private async countsFor(networkIds: string[]): Promise<Map<string, NetworkCounts>> {
    if (!networkIds.length) return new Map();
    const rows: { id: string; member_count: string; thread_count: string }[] = await this.dataSource.query(
      `SELECT n.id,
              (SELECT count(*) FROM memberships m WHERE m.network_id = n.id) AS member_count,
              (SELECT count(*) FROM threads t WHERE t.network_id = n.id) AS thread_count
         FROM networks n WHERE n.id = ANY($1::uuid[])`,
      [networkIds],
    );
    return new Map(rows.map((row) => [row.id, { memberCount: Number(row.member_count), threadCount: Number(row.thread_count) }]));
  }

  private async rolesFor(networkIds: string[], user: UserEntity | undefined): Promise<Map<string, NetworkRole>> {
    if (!user || !networkIds.length) return new Map();
    const memberships = await this.dataSource
      .getRepository(MembershipEntity)
      .findBy({ userId: user.id, networkId: In(networkIds) });
    return new Map(memberships.map((membership) => [membership.networkId, membership.role]));
  }

  private async summarise(networks: NetworkEntity[], user: UserEntity | undefined): Promise<NetworkSummary[]> {
    const ids = networks.map((network) => network.id);
    const [counts, roles] = await Promise.all([this.countsFor(ids), this.rolesFor(ids, user)]);
    return networks.map((network) => ({
      id: network.id,
      slug: network.slug,
      name: network.name,
      description: network.description,
      theme: network.theme,
      visibility: network.visibility,
      status: network.status,
      crpdArticleNumbers: network.crpdArticleNumbers,
      municipalityCodes: (network.municipalities ?? []).map((municipality) => municipality.code).sort(),
      memberCount: counts.get(network.id)?.memberCount ?? 0,
      threadCount: counts.get(network.id)?.threadCount ?? 0,
      isDemo: network.isDemo,
      myRole: roles.get(network.id) ?? null,
    }));
  }

  private async detail(network: NetworkEntity, user: UserEntity | undefined): Promise<NetworkDetail> {
    const full = await this.networks.findOneOrFail({
      where: { id: network.id },
      relations: { municipalities: true, proposedBy: true },
    });
    const [summary] = await this.summarise([full], user);
    const articles = full.crpdArticleNumbers.length
      ? await this.articles.find({
          where: { instrument: 'convention', number: In(full.crpdArticleNumbers) },
          order: { number: 'ASC' },
        })
      : [];
    // An approved request has done its work. After leaving, the person starts over with a new one.
    const myRequest = user
      ? await this.requests.findOne({
          where: { networkId: full.id, userId: user.id, status: In(['pending', 'declined']) },
          order: { createdAt: 'DESC' },
        })
      : null;
    return {
      ...summary,
      purpose: full.purpose,
      partnerOrganisations: full.partnerOrganisations,
      coordinator: full.coordinator,
      crpdArticles: articles.map(({ instrument, number, titleNl, titleEn }) => ({ instrument, number, titleNl, titleEn })),
      municipalities: [...full.municipalities]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map(({ code, name, province }) => ({ code, name, province })),
      canRead: this.access.canReadContent(full, user, summary.myRole),
      myRequest: myRequest && summary.myRole === null ? toRequestSummary(myRequest) : null,
      proposedBy: full.proposedBy ? toPersonSummary(full.proposedBy) : null,
      decisionReason: full.decisionReason,
      createdAt: full.createdAt.toISOString(),
    };
  }
}
