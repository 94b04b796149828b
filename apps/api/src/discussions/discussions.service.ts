import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Post, PostRevision, ThreadDetail, ThreadSummary } from '@inclusieplein/contract';
import { DataSource, Repository } from 'typeorm';
import { ApiException, fieldError, forbidden, notFound, validationFailed } from '../common/api-error';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkAccessService } from '../memberships/network-access.service';
import { AuditLogService, AuditRecord } from '../moderation/audit-log.service';
import { assertNotMuted, PostingRulesService } from '../moderation/posting-rules.service';
import { QueueCountsService } from '../moderation/queue-counts.service';
import { NetworkEntity } from '../networks/network.entity';
import { PlanEntity } from '../plans/plan.entity';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { PostRevisionEntity } from './post-revision.entity';
import { orderForReading } from './post-tree';
import { canSeePost, PostViewer, toPost, toThreadSummary } from './post-view';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

const postDeleted = () => new ApiException(HttpStatus.CONFLICT, 'post_deleted', 'This post was deleted.');
const threadLocked = () =>
  new ApiException(HttpStatus.CONFLICT, 'thread_locked', 'A moderator locked this thread, so it takes no new replies.');

@Injectable()
export class DiscussionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(PostRevisionEntity) private readonly revisions: Repository<PostRevisionEntity>,
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    private readonly access: NetworkAccessService,
    private readonly events: DomainEvents,
    private readonly rules: PostingRulesService,
    private readonly audit: AuditLogService,
    private readonly queue: QueueCountsService,
  ) {}

  /** Lists pinned threads first, then by last activity. Threads whose opening post waits for approval show only to its author and moderators. */
  async listThreads(slug: string, user: UserEntity | undefined): Promise<ThreadSummary[]> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanReadContent(network, user);
    const query = this.threads
      .createQueryBuilder('thread')
      .leftJoinAndSelect('thread.author', 'author')
      .where('thread.networkId = :networkId', { networkId: network.id })
      .orderBy('thread.pinnedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('thread.lastActivityAt', 'DESC');
    if (!(await this.access.isModerator(network, user))) {
      const visible = `EXISTS (SELECT 1 FROM posts opening WHERE opening.thread_id = thread.id AND opening.parent_id IS NULL
        AND (opening.approval = 'approved'${user ? ' OR opening.author_id = :userId' : ''}))`;
      query.andWhere(visible, { userId: user?.id });
    }
    return (await query.getMany()).map(toThreadSummary);
  }

  /** Creates a thread with its opening post in one transaction. */
  async createThread(slug: string, user: UserEntity, input: { title: string; body: string }): Promise<ThreadDetail> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanPost(network, user);
    const moderates = await this.access.isModerator(network, user);

    const { thread, approval } = await this.dataSource.transaction(async (manager) => {
      const approval = await this.rules.checkNewPost(manager, network, user.id, 'thread', moderates);
      const now = new Date();
      const created = await manager.save(
        manager.create(ThreadEntity, { networkId: network.id, title: input.title, authorId: user.id, lastActivityAt: now }),
      );
      await manager.save(
        manager.create(PostEntity, { threadId: created.id, parentId: null, depth: 0, authorId: user.id, body: input.body, approval }),
      );
      return { thread: created, approval };
    });

    if (approval === 'pending') {
      await this.queue.announceChange(this.dataSource.manager, network.id);
      return this.getThread(thread.id, user);
    }
    this.events.emit('thread.created', {
      networkId: network.id,
      threadId: thread.id,
      title: thread.title,
      authorDisplayName: user.displayName,
    });
    return this.getThread(thread.id, user);
  }

  async getThread(threadId: string, user: UserEntity | undefined): Promise<ThreadDetail> {
    const { thread, network } = await this.loadThread(threadId);
    const role = await this.access.assertCanReadContent(network, user);
    const viewer = await this.viewerOf(network, user);
    const posts = (await this.posts.find({ where: { threadId }, relations: { author: true } })).filter((post) =>
      canSeePost(post, viewer),
    );
    if (!posts.some((post) => post.parentId === null)) throw notFound('The thread');
    const plan = await this.dataSource.getRepository(PlanEntity).findOne({ where: { threadId }, select: { id: true, title: true } });
    return {
      id: thread.id,
      title: thread.title,
      network: { id: network.id, slug: network.slug, name: network.name, visibility: network.visibility },
      author: toPersonSummary(thread.author),
      createdAt: thread.createdAt.toISOString(),
      isDemo: thread.isDemo,
      pinned: thread.pinnedAt !== null,
      locked: thread.lockedAt !== null,
      lockReason: thread.lockReason,
      posts: orderForReading(posts).map((post) => toPost(post, viewer)),
      canReply: role !== null && (thread.lockedAt === null || viewer.moderates),
      canModerate: viewer.moderates,
      plan: plan ? { id: plan.id, title: plan.title } : null,
    };
  }

  async getPost(postId: string, user: UserEntity | undefined): Promise<Post> {
    const { post, viewer } = await this.loadReadablePost(postId, user);
    return toPost(post, viewer);
  }

  async reply(threadId: string, user: UserEntity, input: { parentId: string; body: string }): Promise<Post> {
    const { thread, network } = await this.loadThread(threadId);
    await this.access.assertCanPost(network, user);
    const viewer = await this.viewerOf(network, user);
    if (thread.lockedAt && !viewer.moderates) throw threadLocked();

    const parent = await this.posts.findOneBy({ id: input.parentId, threadId });
    if (!parent || !canSeePost(parent, viewer)) {
      throw validationFailed(fieldError('parentId', 'invalid', 'The post you reply to is not in this thread.'));
    }
    if (parent.deletedAt) throw postDeleted();

    const post = await this.dataSource.transaction(async (manager) => {
      const approval = await this.rules.checkNewPost(manager, network, user.id, 'reply', viewer.moderates);
      const saved = await manager.save(
        manager.create(PostEntity, {
          threadId,
          parentId: parent.id,
          depth: parent.depth + 1,
          authorId: user.id,
          body: input.body,
          approval,
        }),
      );
      // A reply that waits for approval counts once a moderator approves it.
      if (approval === 'approved') {
        await manager.increment(ThreadEntity, { id: threadId }, 'replyCount', 1);
        await manager.update(ThreadEntity, { id: threadId }, { lastActivityAt: saved.createdAt });
      }
      return saved;
    });

    if (post.approval === 'pending') {
      await this.queue.announceChange(this.dataSource.manager, network.id);
      return this.getPost(post.id, user);
    }
    this.events.emit('post.created', {
      networkId: network.id,
      threadId,
      postId: post.id,
      parentId: parent.id,
      authorDisplayName: user.displayName,
    });
    return this.getPost(post.id, user);
  }

  /**
   * Replaces the text of a post. The earlier text is kept as a revision. Authors edit their own
   * posts unless muted. Moderators may edit any post of their network, which is audited.
   */
  async edit(postId: string, user: UserEntity, body: string, reason: string | null = null): Promise<Post> {
    const { post, network, viewer } = await this.loadReadablePost(postId, user);
    const byModerator = post.authorId !== user.id;
    if (byModerator && !viewer.moderates) throw forbidden('You can only edit your own posts.');
    if (!byModerator) {
      await this.access.assertCanPost(network, user);
      assertNotMuted(await this.membershipOf(network.id, user.id));
    }
    if (post.deletedAt) throw postDeleted();
    if (post.body === body) return toPost(post, viewer);

    let entry: AuditRecord | null = null;
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(PostEntity, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (locked.deletedAt) throw postDeleted();
      const now = new Date();
      await manager.insert(PostRevisionEntity, { postId, body: locked.body, editorId: user.id, replacedAt: now, byModerator });
      await manager.update(PostEntity, { id: postId }, { body, editCount: locked.editCount + 1, editedAt: now });
      if (byModerator) {
        entry = { ...postAudit(network.id, user.id, post, 'post.edited'), reason };
        await this.audit.record(manager, entry);
      }
    });

    if (entry) this.audit.announce(entry);
    this.events.emit('post.updated', { networkId: network.id, threadId: post.threadId, postId });
    return this.getPost(postId, user);
  }

  /** Hides a post's text; the row and its place in the reply tree stay. Authors and moderators may do this. */
  async delete(postId: string, user: UserEntity): Promise<Post> {
    const { post, network, viewer } = await this.loadReadablePost(postId, user);
    const isAuthor = post.authorId === user.id;
    if (!isAuthor && !viewer.moderates) {
      throw forbidden('You can only delete your own posts.');
    }
    if (isAuthor && !user.isAdmin) await this.access.assertCanPost(network, user);
    if (post.deletedAt) return toPost(post, viewer);

    let entry: AuditRecord | null = null;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(PostEntity)
        .set({ deletedAt: () => 'now()', deletedById: user.id })
        .where('id = :id AND deleted_at IS NULL', { id: postId })
        .execute();
      // Only published replies are in the reply count.
      if (result.affected && post.parentId !== null && post.approval === 'approved') {
        await manager.decrement(ThreadEntity, { id: post.threadId }, 'replyCount', 1);
      }
      if (result.affected && !isAuthor) {
        entry = postAudit(network.id, user.id, post, 'post.deleted');
        await this.audit.record(manager, entry);
      }
    });

    if (entry) this.audit.announce(entry);
    if (post.approval === 'pending') await this.queue.announceChange(this.dataSource.manager, network.id);
    this.events.emit('post.deleted', { networkId: network.id, threadId: post.threadId, postId });
    return this.getPost(postId, user);
  }

  /**
   * Earlier texts of a post, newest first. Empty once the post is deleted, and for a hidden post
   * unless the reader is its author or a moderator, so removed text stays removed.
   */
  async listRevisions(postId: string, user: UserEntity | undefined): Promise<PostRevision[]> {
    const { post, viewer } = await this.loadReadablePost(postId, user);
    if (post.deletedAt) return [];
    if (post.hiddenAt && !viewer.moderates && post.authorId !== viewer.userId) return [];
    const revisions = await this.revisions.find({
      where: { postId },
      relations: { editor: true },
      order: { replacedAt: 'DESC' },
    });
    return revisions.map((revision) => ({
      id: revision.id,
      body: revision.body,
      replacedAt: revision.replacedAt.toISOString(),
      editor: toPersonSummary(revision.editor),
      byModerator: revision.byModerator,
    }));
  }

  private async loadThread(threadId: string): Promise<{ thread: ThreadEntity; network: NetworkEntity }> {
    const thread = await this.threads.findOne({ where: { id: threadId }, relations: { author: true } });
    if (!thread) throw notFound('The thread');
    return { thread, network: await this.networks.findOneByOrFail({ id: thread.networkId }) };
  }

  private async networkOfThread(threadId: string): Promise<NetworkEntity> {
    const thread = await this.threads.findOneByOrFail({ id: threadId });
    return this.networks.findOneByOrFail({ id: thread.networkId });
  }

  private async viewerOf(network: NetworkEntity, user: UserEntity | undefined): Promise<PostViewer> {
    return { userId: user?.id ?? null, moderates: await this.access.isModerator(network, user) };
  }

  private membershipOf(networkId: string, userId: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ networkId, userId });
  }

  /** Loads a post the person may read. A post waiting for approval is a 404 for everyone but its author and moderators. */
  async loadReadablePost(
    postId: string,
    user: UserEntity | undefined,
  ): Promise<{ post: PostEntity; network: NetworkEntity; viewer: PostViewer }> {
    const post = await this.posts.findOne({ where: { id: postId }, relations: { author: true } });
    if (!post) throw notFound('The post');
    const network = await this.networkOfThread(post.threadId);
    await this.access.assertCanReadContent(network, user);
    const viewer = await this.viewerOf(network, user);
    if (!canSeePost(post, viewer)) throw notFound('The post');
    return { post, network, viewer };
  }
}

function postAudit(
  networkId: string,
  actorId: string,
  post: PostEntity,
  action: 'post.edited' | 'post.deleted',
): AuditRecord {
  return {
    networkId,
    actorId,
    action,
    targetType: 'post',
    targetId: post.id,
    targetUserId: post.authorId,
    threadId: post.threadId,
    postId: post.id,
  };
}
