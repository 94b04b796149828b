import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { JoinResponse, Member, MembershipRequestDetail, NetworkRole } from '@inclusieplein/contract';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { ApiException, conflict, fieldError, forbidden, notFound, validationFailed } from '../common/api-error';
import { isUniqueViolation } from '../common/database-errors';
import { AuditLogService, AuditRecord } from '../moderation/audit-log.service';
import { MembershipRulesService } from '../moderation/membership-rules.service';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { MembershipRequestEntity } from './membership-request.entity';
import { MembershipEntity } from './membership.entity';
import { toMember, toRequestDetail, toRequestSummary } from './memberships.mapper';
import { NetworkAccessService } from './network-access.service';

/** Audit entry of a role change. `from` is null when the person was not a member yet. */
function roleChange(networkId: string, actorId: string, userId: string, from: NetworkRole | null, to: NetworkRole): AuditRecord {
  return {
    networkId,
    actorId,
    action: 'member.role_changed',
    targetType: 'user',
    targetId: userId,
    targetUserId: userId,
    details: { from, to },
  };
}

const ROLE_ORDER: Record<NetworkRole, number> = { owner: 0, moderator: 1, member: 2 };

const alreadyMember = () => conflict('already_member', 'You are already a member of this network.');
const requestPending = () => conflict('request_pending', 'Your request to join is still waiting for a moderator.');

@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(MembershipRequestEntity) private readonly requests: Repository<MembershipRequestEntity>,
    private readonly access: NetworkAccessService,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly rules: MembershipRulesService,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Joins an open network at once. For a closed network, files a request that a moderator decides on.
   * Banned people are rejected, and when the network has a code of conduct the person must have
   * accepted its current version, which is then recorded.
   */
  async join(
    slug: string,
    user: UserEntity,
    motivation: string | null | undefined,
    acceptedCodeOfConductVersion?: number | null,
  ): Promise<JoinResponse> {
    const network = await this.access.getNetworkBySlug(slug);
    if (network.status !== 'active') throw notFound('The network');
    if (await this.access.roleOf(network.id, user)) throw alreadyMember();
    const manager = this.dataSource.manager;
    await this.rules.assertNotBanned(manager, network.id, user.id);
    const codeVersion = await this.rules.assertAcceptedCurrentCode(manager, network.id, acceptedCodeOfConductVersion);

    if (network.visibility === 'open') {
      try {
        await this.dataSource.transaction(async (transaction) => {
          await transaction.insert(MembershipEntity, { networkId: network.id, userId: user.id, role: 'member' });
          if (codeVersion !== null) await this.rules.recordAcceptance(transaction, network.id, user.id, codeVersion);
        });
      } catch (error) {
        // A second join at the same moment, such as a double click: the primary key decides.
        if (isUniqueViolation(error)) throw alreadyMember();
        throw error;
      }
      return { result: 'member', role: 'member', request: null };
    }

    if (await this.requests.existsBy({ networkId: network.id, userId: user.id, status: 'pending' })) {
      throw requestPending();
    }
    let request: MembershipRequestEntity;
    try {
      request = await this.dataSource.transaction(async (transaction) => {
        const saved = await transaction.save(
          transaction.create(MembershipRequestEntity, {
            networkId: network.id,
            userId: user.id,
            motivation: motivation ?? '',
            status: 'pending',
          }),
        );
        if (codeVersion !== null) await this.rules.recordAcceptance(transaction, network.id, user.id, codeVersion);
        return saved;
      });
    } catch (error) {
      // The partial unique index allows one pending request per person and network.
      if (isUniqueViolation(error)) throw requestPending();
      throw error;
    }
    return { result: 'requested', role: null, request: toRequestSummary(request) };
  }

  async leave(slug: string, user: UserEntity): Promise<void> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMembership(manager, network.id, user.id);
      if (!membership) throw notFound('Your membership');
      if (membership.role === 'owner') await this.assertAnotherOwner(manager, network.id, user.id);
      await manager.delete(MembershipEntity, { networkId: network.id, userId: user.id });
    });
    this.events.emit('membership.ended', { networkId: network.id, userId: user.id, visibility: network.visibility });
  }

  async listMembers(slug: string, user: UserEntity): Promise<Member[]> {
    const network = await this.access.getNetworkBySlug(slug);
    if (!user.isAdmin && !(await this.access.roleOf(network.id, user))) {
      throw forbidden('Only members of this network can see who the members are.');
    }
    const memberships = await this.memberships.find({ where: { networkId: network.id }, relations: { user: true } });
    return memberships
      .sort(
        (a, b) =>
          ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.user.displayName.localeCompare(b.user.displayName, 'nl'),
      )
      .map(toMember);
  }

  async listPendingRequests(slug: string, user: UserEntity): Promise<MembershipRequestDetail[]> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanModerate(network, user);
    const requests = await this.requests.find({
      where: { networkId: network.id, status: 'pending' },
      relations: { user: true, network: true },
      order: { createdAt: 'ASC' },
    });
    return requests.map(toRequestDetail);
  }

  async approveRequest(requestId: string, moderator: UserEntity): Promise<MembershipRequestDetail> {
    return this.decideRequest(requestId, moderator, 'approved', null);
  }

  async declineRequest(requestId: string, moderator: UserEntity, reason: string | null): Promise<MembershipRequestDetail> {
    return this.decideRequest(requestId, moderator, 'declined', reason);
  }

  /** Changes a member's role; owners and administrators may do this, and a network always keeps an owner. */
  async changeRole(slug: string, userId: string, role: NetworkRole, actor: UserEntity): Promise<Member> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertIsOwner(network, actor);
    let entry: AuditRecord | null = null;
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMembership(manager, network.id, userId);
      if (!membership) throw notFound('The member');
      if (membership.role === role) return;
      if (membership.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(manager, network.id, userId);
      await manager.update(MembershipEntity, { networkId: network.id, userId }, { role });
      entry = roleChange(network.id, actor.id, userId, membership.role, role);
      await this.audit.record(manager, entry);
    });
    if (entry) this.audit.announce(entry);
    return this.getMember(network.id, userId);
  }

  /** Makes an existing account owner of a network, adding the membership when needed; for administrators. */
  async appointOwner(slug: string, email: string, admin: UserEntity): Promise<Member> {
    if (!admin.isAdmin) throw forbidden('Only platform administrators may appoint owners.');
    const network = await this.access.getNetworkBySlug(slug);
    const owner = await this.users.findByEmail(email);
    if (!owner) throw validationFailed(fieldError('email', 'unknown_user', `No account uses "${email}".`));
    let entry: AuditRecord | null = null;
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMembership(manager, network.id, owner.id);
      if (membership?.role === 'owner') return;
      await manager.upsert(MembershipEntity, { networkId: network.id, userId: owner.id, role: 'owner' }, ['networkId', 'userId']);
      entry = roleChange(network.id, admin.id, owner.id, membership?.role ?? null, 'owner');
      await this.audit.record(manager, entry);
    });
    if (entry) this.audit.announce(entry);
    return this.getMember(network.id, owner.id);
  }

  private async decideRequest(
    requestId: string,
    moderator: UserEntity,
    status: 'approved' | 'declined',
    reason: string | null,
  ): Promise<MembershipRequestDetail> {
    const existing = await this.requests.findOne({ where: { id: requestId }, relations: { network: true } });
    if (!existing) throw notFound('The request');
    await this.access.assertCanModerate(existing.network, moderator);

    await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(MembershipRequestEntity, {
        where: { id: requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request || request.status !== 'pending') {
        throw conflict('conflict', 'Someone already decided on this request.');
      }
      await manager.update(MembershipRequestEntity, requestId, {
        status,
        decidedById: moderator.id,
        decidedAt: new Date(),
        decisionReason: reason,
      });
      await this.audit.record(manager, {
        networkId: request.networkId,
        actorId: moderator.id,
        action: status === 'approved' ? 'membership.approved' : 'membership.declined',
        targetType: 'membership_request',
        targetId: requestId,
        targetUserId: request.userId,
        reason,
      });
      if (status === 'approved') {
        // Someone who became member or owner while the request waited keeps that role.
        await manager
          .createQueryBuilder()
          .insert()
          .into(MembershipEntity)
          .values({ networkId: request.networkId, userId: request.userId, role: 'member' })
          .orIgnore()
          .execute();
      }
    });

    const decided = await this.requests.findOneOrFail({ where: { id: requestId }, relations: { user: true, network: true } });
    this.events.emit('membership.decided', {
      networkId: decided.networkId,
      userId: decided.userId,
      requestId,
      approved: status === 'approved',
      reason,
      decidedById: moderator.id,
    });
    return toRequestDetail(decided);
  }

  private lockMembership(manager: EntityManager, networkId: string, userId: string): Promise<MembershipEntity | null> {
    return manager.findOne(MembershipEntity, { where: { networkId, userId }, lock: { mode: 'pessimistic_write' } });
  }

  private async assertAnotherOwner(manager: EntityManager, networkId: string, userId: string): Promise<void> {
    const owners = await manager.find(MembershipEntity, {
      where: { networkId, role: 'owner' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!owners.some((owner) => owner.userId !== userId)) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'last_owner',
        'A network needs at least one owner. Make someone else owner first.',
      );
    }
  }

  private async getMember(networkId: string, userId: string): Promise<Member> {
    const membership = await this.memberships.findOne({ where: { networkId, userId }, relations: { user: true } });
    if (!membership) throw notFound('The member');
    return toMember(membership);
  }
}
