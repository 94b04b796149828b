import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  MemberModerationStatus,
  MemberWarning,
  ModerationSettings,
  MyNetworkStanding,
  NetworkBan,
  NetworkRole,
} from '@inclusieplein/contract';
import { DataSource, EntityManager } from 'typeorm';
import { fieldError, forbidden, notFound, validationFailed } from '../common/api-error';
import { MembershipRequestEntity } from '../memberships/membership-request.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { AuditLogService, AuditRecord } from './audit-log.service';
import { CodeOfConductService } from './code-of-conduct.service';
import { requireReason } from './content-moderation.service';
import { MemberWarningEntity, NetworkBanEntity } from './moderation.entities';
import { PostingRulesService } from './posting-rules.service';

const MAX_MUTE_DAYS = 365;

type MemberAction = 'member.warned' | 'member.muted' | 'member.unmuted' | 'member.removed' | 'member.banned' | 'member.unbanned';

function toWarning(warning: MemberWarningEntity): MemberWarning {
  return {
    id: warning.id,
    reason: warning.reason,
    issuedBy: toPersonSummary(warning.issuedBy),
    createdAt: warning.createdAt.toISOString(),
  };
}

function toBan(ban: NetworkBanEntity): NetworkBan {
  return {
    person: toPersonSummary(ban.user),
    reason: ban.reason,
    bannedBy: toPersonSummary(ban.bannedBy),
    createdAt: ban.createdAt.toISOString(),
  };
}

/** Moderator actions on people (warn, mute, remove, ban), their standing, and the network's moderation settings. */
@Injectable()
export class MemberModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly audit: AuditLogService,
    private readonly events: DomainEvents,
    private readonly posting: PostingRulesService,
    private readonly codeOfConduct: CodeOfConductService,
  ) {}

  async status(slug: string, userId: string, actor: UserEntity): Promise<MemberModerationStatus> {
    const network = await this.moderatedNetwork(slug, actor);
    return this.statusOf(network, await this.findUser(userId));
  }

  async warn(slug: string, userId: string, actor: UserEntity, reason: string | null | undefined): Promise<MemberModerationStatus> {
    const warning = requireReason(reason);
    const { network, target } = await this.prepare(slug, userId, actor, true);
    await this.act(network, actor, target, 'member.warned', warning, {}, async (manager) => {
      await manager.insert(MemberWarningEntity, { networkId: network.id, userId, reason: warning, issuedById: actor.id });
    });
    return this.statusOf(network, target);
  }

  async mute(slug: string, userId: string, actor: UserEntity, until: string, reason: string | null | undefined): Promise<MemberModerationStatus> {
    const mutedUntil = new Date(until);
    const now = Date.now();
    if (Number.isNaN(mutedUntil.getTime()) || mutedUntil.getTime() <= now) {
      throw validationFailed(fieldError('mutedUntil', 'invalid_date', 'Choose a moment in the future.'));
    }
    if (mutedUntil.getTime() > now + MAX_MUTE_DAYS * 24 * 3600 * 1000) {
      throw validationFailed(
        fieldError('mutedUntil', 'invalid_date', `A mute lasts at most ${MAX_MUTE_DAYS} days.`, { max: MAX_MUTE_DAYS }),
      );
    }
    const { network, target } = await this.prepare(slug, userId, actor, true);
    const details = { mutedUntil: mutedUntil.toISOString() };
    await this.act(network, actor, target, 'member.muted', reason ?? null, details, async (manager) => {
      await manager.update(MembershipEntity, { networkId: network.id, userId }, { mutedUntil, muteReason: reason ?? null });
    });
    return this.statusOf(network, target);
  }

  async unmute(slug: string, userId: string, actor: UserEntity, reason: string | null | undefined): Promise<MemberModerationStatus> {
    const { network, target } = await this.prepare(slug, userId, actor, true);
    await this.act(network, actor, target, 'member.unmuted', reason ?? null, {}, async (manager) => {
      await manager.update(MembershipEntity, { networkId: network.id, userId }, { mutedUntil: null, muteReason: null });
    });
    return this.statusOf(network, target);
  }

  async remove(slug: string, userId: string, actor: UserEntity, reason: string | null | undefined): Promise<MemberModerationStatus> {
    const { network, target } = await this.prepare(slug, userId, actor, true);
    await this.act(network, actor, target, 'member.removed', reason ?? null, {}, async (manager) => {
      await manager.delete(MembershipEntity, { networkId: network.id, userId });
    });
    this.events.emit('membership.ended', { networkId: network.id, userId, visibility: network.visibility });
    return this.statusOf(network, target);
  }

  /** Bans a person, member or not: removes the membership, declines a pending request and blocks joining again. */
  async ban(slug: string, userId: string, actor: UserEntity, reason: string | null | undefined): Promise<MemberModerationStatus> {
    const banReason = requireReason(reason);
    const { network, target, role } = await this.prepare(slug, userId, actor, false);
    if (await this.dataSource.getRepository(NetworkBanEntity).existsBy({ networkId: network.id, userId })) {
      return this.statusOf(network, target);
    }
    await this.act(network, actor, target, 'member.banned', banReason, {}, async (manager) => {
      await manager.insert(NetworkBanEntity, { networkId: network.id, userId, reason: banReason, bannedById: actor.id });
      await manager.delete(MembershipEntity, { networkId: network.id, userId });
      await manager.update(
        MembershipRequestEntity,
        { networkId: network.id, userId, status: 'pending' },
        { status: 'declined', decidedById: actor.id, decidedAt: new Date(), decisionReason: banReason },
      );
    });
    if (role) this.events.emit('membership.ended', { networkId: network.id, userId, visibility: network.visibility });
    return this.statusOf(network, target);
  }

  async unban(slug: string, userId: string, actor: UserEntity, reason: string | null | undefined): Promise<MemberModerationStatus> {
    const network = await this.moderatedNetwork(slug, actor);
    const target = await this.findUser(userId);
    if (!(await this.dataSource.getRepository(NetworkBanEntity).existsBy({ networkId: network.id, userId }))) {
      throw notFound('The ban');
    }
    await this.act(network, actor, target, 'member.unbanned', reason ?? null, {}, async (manager) => {
      await manager.delete(NetworkBanEntity, { networkId: network.id, userId });
    });
    return this.statusOf(network, target);
  }

  async bans(slug: string, actor: UserEntity): Promise<NetworkBan[]> {
    const network = await this.moderatedNetwork(slug, actor);
    const bans = await this.dataSource.getRepository(NetworkBanEntity).find({
      where: { networkId: network.id },
      relations: { user: true, bannedBy: true },
      order: { createdAt: 'DESC' },
    });
    return bans.map(toBan);
  }

  /** Returns the signed-in person's own mute, ban, warnings, approval count and code of conduct status. */
  async myStanding(slug: string, user: UserEntity): Promise<MyNetworkStanding> {
    const network = await this.access.getNetworkBySlug(slug);
    if (!this.access.canSeeNetwork(network, user)) throw notFound('The network');
    const manager = this.dataSource.manager;
    const membership = await manager.findOneBy(MembershipEntity, { networkId: network.id, userId: user.id });
    const muted = membership?.mutedUntil && membership.mutedUntil > new Date() ? membership : null;
    const moderates = await this.access.isModerator(network, user);
    const approved = await this.posting.countApprovedPosts(manager, network.id, user.id);
    return {
      mutedUntil: muted?.mutedUntil?.toISOString() ?? null,
      muteReason: muted?.muteReason ?? null,
      banned: await manager.existsBy(NetworkBanEntity, { networkId: network.id, userId: user.id }),
      warnings: await this.warningsOf(network.id, user.id),
      postsRequiringApproval: moderates ? 0 : Math.max(0, network.firstPostsRequiringApproval - approved),
      codeOfConduct: await this.codeOfConduct.statusOf(manager, network.id, user.id),
    };
  }

  async settings(slug: string, actor: UserEntity): Promise<ModerationSettings> {
    const network = await this.moderatedNetwork(slug, actor);
    return { firstPostsRequiringApproval: network.firstPostsRequiringApproval };
  }

  async updateSettings(slug: string, actor: UserEntity, input: ModerationSettings): Promise<ModerationSettings> {
    const network = await this.moderatedNetwork(slug, actor);
    const from = network.firstPostsRequiringApproval;
    const to = input.firstPostsRequiringApproval;
    if (from !== to) {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(NetworkEntity, { id: network.id }, { firstPostsRequiringApproval: to });
        await this.audit.record(manager, {
          networkId: network.id,
          actorId: actor.id,
          action: 'settings.updated',
          targetType: 'network',
          targetId: network.id,
          details: { firstPostsRequiringApproval: { from, to } },
        });
      });
    }
    return { firstPostsRequiringApproval: to };
  }

  /** Runs a change and its audit entry in one transaction, then emits `moderation.acted` for the person it concerns. */
  private async act(
    network: NetworkEntity,
    actor: UserEntity,
    target: UserEntity,
    action: MemberAction,
    reason: string | null,
    details: Record<string, unknown>,
    change: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    const entry: AuditRecord = {
      networkId: network.id,
      actorId: actor.id,
      action,
      targetType: 'user',
      targetId: target.id,
      targetUserId: target.id,
      reason,
      details,
    };
    await this.dataSource.transaction(async (manager) => {
      await change(manager);
      await this.audit.record(manager, entry);
    });
    this.audit.announce(entry);
  }

  /**
   * Loads the network and the person and checks that the actor may act on them: not on
   * themselves, never on an owner, and on a moderator only as owner or administrator.
   */
  private async prepare(
    slug: string,
    userId: string,
    actor: UserEntity,
    mustBeMember: boolean,
  ): Promise<{ network: NetworkEntity; target: UserEntity; role: NetworkRole | null }> {
    const network = await this.moderatedNetwork(slug, actor);
    const target = await this.findUser(userId);
    const role = await this.access.roleOf(network.id, target);
    if (mustBeMember && !role) throw notFound('The member');
    if (target.id === actor.id) throw forbidden('You cannot take moderation actions against yourself.');
    if (role === 'owner') throw forbidden('Owners cannot be warned, muted, removed or banned. Change their role first.');
    if (role === 'moderator' && !actor.isAdmin && (await this.access.roleOf(network.id, actor)) !== 'owner') {
      throw forbidden('Only owners and administrators can act against a moderator.');
    }
    return { network, target, role };
  }

  private async moderatedNetwork(slug: string, actor: UserEntity): Promise<NetworkEntity> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanModerate(network, actor);
    return network;
  }

  private async findUser(userId: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw notFound('The person');
    return user;
  }

  private async warningsOf(networkId: string, userId: string): Promise<MemberWarning[]> {
    const warnings = await this.dataSource.getRepository(MemberWarningEntity).find({
      where: { networkId, userId },
      relations: { issuedBy: true },
      order: { createdAt: 'DESC' },
    });
    return warnings.map(toWarning);
  }

  private async statusOf(network: NetworkEntity, target: UserEntity): Promise<MemberModerationStatus> {
    const manager = this.dataSource.manager;
    const membership = await manager.findOneBy(MembershipEntity, { networkId: network.id, userId: target.id });
    const ban = await manager.findOne(NetworkBanEntity, {
      where: { networkId: network.id, userId: target.id },
      relations: { user: true, bannedBy: true },
    });
    const muted = membership?.mutedUntil && membership.mutedUntil > new Date() ? membership : null;
    return {
      person: toPersonSummary(target),
      role: membership?.role ?? null,
      mutedUntil: muted?.mutedUntil?.toISOString() ?? null,
      muteReason: muted?.muteReason ?? null,
      ban: ban ? toBan(ban) : null,
      warnings: await this.warningsOf(network.id, target.id),
      approvedPostCount: await this.posting.countApprovedPosts(manager, network.id, target.id),
    };
  }
}
