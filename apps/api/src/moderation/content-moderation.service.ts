import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Post, ThreadDetail } from '@inclusieplein/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException, conflict, fieldError, notFound, validationFailed } from '../common/api-error';
import { DiscussionsService } from '../discussions/discussions.service';
import { PostEntity } from '../discussions/post.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { PlanEntity } from '../plans/plan.entity';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { AuditLogService, AuditRecord } from './audit-log.service';
import { ReportEntity } from './moderation.entities';
import { QueueCountsService } from './queue-counts.service';

type ThreadAction = 'lock' | 'unlock' | 'pin' | 'unpin';

const THREAD_AUDIT_ACTIONS = {
  lock: 'thread.locked',
  unlock: 'thread.unlocked',
  pin: 'thread.pinned',
  unpin: 'thread.unpinned',
} as const satisfies Record<ThreadAction, AuditRecord['action']>;

const postDeleted = () => new ApiException(HttpStatus.CONFLICT, 'post_deleted', 'This post was deleted.');
const notPending = () => conflict('post_not_pending', 'This post is not waiting for approval; someone already decided on it.');

/** Requires a reason where the person affected must learn why, such as hiding their post. */
export function requireReason(reason: string | null | undefined): string {
  if (!reason) throw validationFailed(fieldError('reason', 'required', 'Give a reason; the author sees it.'));
  return reason;
}

/** Moderator actions on posts and threads: hide, restore, approve, reject, lock, pin and move. */
@Injectable()
export class ContentModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly discussions: DiscussionsService,
    private readonly audit: AuditLogService,
    private readonly queue: QueueCountsService,
    private readonly events: DomainEvents,
  ) {}

  /** Hides a post from everyone but its author and moderators, and closes the open reports on it. */
  async hide(postId: string, actor: UserEntity, reason: string | null | undefined): Promise<Post> {
    const hiddenReason = requireReason(reason);
    const { post, network } = await this.loadModeratedPost(postId, actor);
    if (post.deletedAt) throw postDeleted();
    if (post.hiddenAt) return this.discussions.getPost(postId, actor);

    const entry = postEntry(network.id, actor.id, post, 'post.hidden', hiddenReason);
    const resolvedReportIds = await this.dataSource.transaction(async (manager) => {
      await manager.update(PostEntity, { id: postId }, { hiddenAt: new Date(), hiddenReason, hiddenById: actor.id });
      await this.audit.record(manager, entry);
      return closeReportsOnPosts(manager, [postId], actor.id, hiddenReason);
    });

    this.audit.announce(entry);
    this.events.emit('post.updated', { networkId: network.id, threadId: post.threadId, postId });
    if (resolvedReportIds.length) {
      const counts = await this.queue.count(this.dataSource.manager, network.id);
      this.events.emit('report.resolved', { ...counts, reportIds: resolvedReportIds });
    }
    return this.discussions.getPost(postId, actor);
  }

  async restore(postId: string, actor: UserEntity, reason: string | null | undefined): Promise<Post> {
    const { post, network } = await this.loadModeratedPost(postId, actor);
    if (!post.hiddenAt || post.approval === 'rejected') return this.discussions.getPost(postId, actor);

    const entry = postEntry(network.id, actor.id, post, 'post.restored', reason ?? null);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(PostEntity, { id: postId }, { hiddenAt: null, hiddenReason: null, hiddenById: null });
      await this.audit.record(manager, entry);
    });

    this.audit.announce(entry);
    this.events.emit('post.updated', { networkId: network.id, threadId: post.threadId, postId });
    return this.discussions.getPost(postId, actor);
  }

  /** Publishes a post that waited for approval. An approved opening post also shows its thread. */
  async approve(postId: string, actor: UserEntity): Promise<Post> {
    const { post, network, thread } = await this.loadModeratedPost(postId, actor);
    const entry = postEntry(network.id, actor.id, post, 'post.approved', null);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(PostEntity)
        .set({ approval: 'approved' })
        .where(`id = :id AND approval = 'pending'`, { id: postId })
        .execute();
      if (!result.affected) throw notPending();
      if (post.parentId !== null && !post.deletedAt) {
        await manager.increment(ThreadEntity, { id: post.threadId }, 'replyCount', 1);
        await manager.update(ThreadEntity, { id: post.threadId }, { lastActivityAt: new Date() });
      }
      await this.audit.record(manager, entry);
    });

    this.audit.announce(entry);
    await this.queue.announceChange(this.dataSource.manager, network.id);
    if (post.parentId === null) {
      this.events.emit('thread.created', {
        networkId: network.id,
        threadId: thread.id,
        title: thread.title,
        authorDisplayName: post.author.displayName,
      });
    } else {
      this.events.emit('post.created', {
        networkId: network.id,
        threadId: post.threadId,
        postId,
        parentId: post.parentId,
        authorDisplayName: post.author.displayName,
      });
    }
    return this.discussions.getPost(postId, actor);
  }

  /** Keeps a waiting post unpublished for good. Its author gets the post back with `approval: 'rejected'` and the reason. */
  async reject(postId: string, actor: UserEntity, reason: string | null | undefined): Promise<Post> {
    const { post, network } = await this.loadModeratedPost(postId, actor);
    const entry = postEntry(network.id, actor.id, post, 'post.rejected', reason ?? null);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(PostEntity)
        .set({ approval: 'rejected', hiddenAt: () => 'now()', hiddenReason: reason ?? '', hiddenById: actor.id })
        .where(`id = :id AND approval = 'pending'`, { id: postId })
        .execute();
      if (!result.affected) throw notPending();
      await this.audit.record(manager, entry);
    });

    this.audit.announce(entry);
    await this.queue.announceChange(this.dataSource.manager, network.id);
    return this.discussions.getPost(postId, actor);
  }

  async changeThread(threadId: string, actor: UserEntity, action: ThreadAction, reason: string | null | undefined): Promise<ThreadDetail> {
    const { thread, network } = await this.loadModeratedThread(threadId, actor);
    const changes: Record<ThreadAction, Partial<ThreadEntity> | null> = {
      lock: thread.lockedAt ? null : { lockedAt: new Date(), lockReason: reason ?? null },
      unlock: thread.lockedAt ? { lockedAt: null, lockReason: null } : null,
      pin: thread.pinnedAt ? null : { pinnedAt: new Date() },
      unpin: thread.pinnedAt ? { pinnedAt: null } : null,
    };
    const change = changes[action];
    if (!change) return this.discussions.getThread(threadId, actor);

    const entry = threadEntry(network.id, actor.id, thread, THREAD_AUDIT_ACTIONS[action], reason ?? null);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ThreadEntity, { id: threadId }, change);
      await this.audit.record(manager, entry);
    });

    this.audit.announce(entry);
    this.events.emit('thread.updated', { networkId: network.id, threadId });
    return this.discussions.getThread(threadId, actor);
  }

  /**
   * Moves a thread, with its posts and reports, to another network that the actor also moderates.
   * Plans and documents stay where they are. The discussion thread of a plan cannot move.
   */
  async move(threadId: string, actor: UserEntity, targetNetworkId: string, reason: string | null | undefined): Promise<ThreadDetail> {
    const { thread, network } = await this.loadModeratedThread(threadId, actor);
    const target = await this.dataSource.getRepository(NetworkEntity).findOneBy({ id: targetNetworkId });
    if (!target || target.status !== 'active') {
      throw validationFailed(fieldError('networkId', 'invalid', 'Choose an active network to move the thread to.'));
    }
    if (target.id === network.id) {
      throw validationFailed(fieldError('networkId', 'invalid', 'The thread is already in this network.'));
    }
    await this.access.assertCanModerate(target, actor);
    if (await this.dataSource.getRepository(PlanEntity).existsBy({ threadId })) {
      throw conflict('thread_has_plan', 'This thread is the discussion of a plan, so it stays in the network of the plan.');
    }

    const details = { fromNetworkId: network.id, toNetworkId: target.id };
    const entries = [network.id, target.id].map((networkId) => ({
      ...threadEntry(networkId, actor.id, thread, 'thread.moved', reason ?? null),
      details,
    }));
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ThreadEntity, { id: threadId }, { networkId: target.id });
      await manager.query(`UPDATE reports SET network_id = $1 WHERE thread_id = $2`, [target.id, threadId]);
      for (const entry of entries) await this.audit.record(manager, entry);
    });

    this.audit.announce(entries[0]);
    this.events.emit('thread.updated', { networkId: target.id, threadId, previousNetworkId: network.id });
    await this.queue.announceChange(this.dataSource.manager, network.id);
    await this.queue.announceChange(this.dataSource.manager, target.id);
    return this.discussions.getThread(threadId, actor);
  }

  private async loadModeratedPost(
    postId: string,
    actor: UserEntity,
  ): Promise<{ post: PostEntity; thread: ThreadEntity; network: NetworkEntity }> {
    const post = await this.dataSource.getRepository(PostEntity).findOne({ where: { id: postId }, relations: { author: true } });
    if (!post) throw notFound('The post');
    const { thread, network } = await this.loadModeratedThread(post.threadId, actor);
    return { post, thread, network };
  }

  private async loadModeratedThread(threadId: string, actor: UserEntity): Promise<{ thread: ThreadEntity; network: NetworkEntity }> {
    const thread = await this.dataSource.getRepository(ThreadEntity).findOneBy({ id: threadId });
    if (!thread) throw notFound('The thread');
    const network = await this.dataSource.getRepository(NetworkEntity).findOneByOrFail({ id: thread.networkId });
    await this.access.assertCanModerate(network, actor);
    return { thread, network };
  }
}

/** Marks the open reports on the posts as actioned and returns their ids. */
export async function closeReportsOnPosts(
  manager: EntityManager,
  postIds: string[],
  actorId: string,
  reason: string | null,
): Promise<string[]> {
  if (postIds.length === 0) return [];
  const result = await manager
    .createQueryBuilder()
    .update(ReportEntity)
    .set({ status: 'actioned', resolvedAt: () => 'now()', resolvedById: actorId, resolutionReason: reason })
    .where(`post_id IN (:...postIds) AND status = 'open'`, { postIds })
    .returning('id')
    .execute();
  return (result.raw as { id: string }[]).map((row) => row.id);
}

function postEntry(
  networkId: string,
  actorId: string,
  post: PostEntity,
  action: AuditRecord['action'],
  reason: string | null,
): AuditRecord {
  return {
    networkId,
    actorId,
    action,
    targetType: 'post',
    targetId: post.id,
    targetUserId: post.authorId,
    reason,
    threadId: post.threadId,
    postId: post.id,
  };
}

function threadEntry(
  networkId: string,
  actorId: string,
  thread: ThreadEntity,
  action: AuditRecord['action'],
  reason: string | null,
): AuditRecord {
  return { networkId, actorId, action, targetType: 'thread', targetId: thread.id, targetUserId: thread.authorId, reason, threadId: thread.id };
}
