import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Post, PostRevision, ThreadDetail, ThreadSummary } from '@inclusieplein/contract';
import { DataSource, Repository } from 'typeorm';
import { ApiException, fieldError, forbidden, notFound, validationFailed } from '../common/api-error';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { PlanEntity } from '../plans/plan.entity';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { toPersonSummary } from '../users/users.service';
import { renderMarkdown } from './markdown';
import { PostRevisionEntity } from './post-revision.entity';
import { orderForReading } from './post-tree';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

function toPost(post: PostEntity): Post {
  const deleted = post.deletedAt !== null;
  return {
    id: post.id,
    threadId: post.threadId,
    parentId: post.parentId,
    depth: post.depth,
    author: toPersonSummary(post.author),
    body: deleted ? null : post.body,
    bodyHtml: deleted ? null : renderMarkdown(post.body),
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString() ?? null,
    editCount: post.editCount,
    deleted,
  };
}

function toThreadSummary(thread: ThreadEntity): ThreadSummary {
  return {
    id: thread.id,
    networkId: thread.networkId,
    title: thread.title,
    author: toPersonSummary(thread.author),
    createdAt: thread.createdAt.toISOString(),
    lastActivityAt: thread.lastActivityAt.toISOString(),
    replyCount: thread.replyCount,
    isDemo: thread.isDemo,
  };
}

const postDeleted = () => new ApiException(HttpStatus.CONFLICT, 'post_deleted', 'This post was deleted.');

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
  ) {}

  async listThreads(slug: string, user: UserEntity | undefined): Promise<ThreadSummary[]> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanReadContent(network, user);
    const threads = await this.threads.find({
      where: { networkId: network.id },
      relations: { author: true },
      order: { lastActivityAt: 'DESC' },
    });
    return threads.map(toThreadSummary);
  }

  /** Creates a thread with its opening post in one transaction. */
  async createThread(slug: string, user: UserEntity, input: { title: string; body: string }): Promise<ThreadDetail> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanPost(network, user);

    const thread = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const created = await manager.save(
        manager.create(ThreadEntity, { networkId: network.id, title: input.title, authorId: user.id, lastActivityAt: now }),
      );
      await manager.save(
        manager.create(PostEntity, { threadId: created.id, parentId: null, depth: 0, authorId: user.id, body: input.body }),
      );
      return created;
    });

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
    const posts = await this.posts.find({ where: { threadId }, relations: { author: true } });
    const plan = await this.dataSource.getRepository(PlanEntity).findOne({ where: { threadId }, select: { id: true, title: true } });
    return {
      id: thread.id,
      title: thread.title,
      network: { id: network.id, slug: network.slug, name: network.name, visibility: network.visibility },
      author: toPersonSummary(thread.author),
      createdAt: thread.createdAt.toISOString(),
      isDemo: thread.isDemo,
      posts: orderForReading(posts).map(toPost),
      canReply: role !== null,
      canModerate: await this.access.isModerator(network, user),
      plan: plan ? { id: plan.id, title: plan.title } : null,
    };
  }

  async getPost(postId: string, user: UserEntity | undefined): Promise<Post> {
    const post = await this.loadReadablePost(postId, user);
    return toPost(post);
  }

  async reply(threadId: string, user: UserEntity, input: { parentId: string; body: string }): Promise<Post> {
    const { network } = await this.loadThread(threadId);
    await this.access.assertCanPost(network, user);

    const parent = await this.posts.findOneBy({ id: input.parentId, threadId });
    if (!parent) {
      throw validationFailed(fieldError('parentId', 'invalid', 'The post you reply to is not in this thread.'));
    }
    if (parent.deletedAt) throw postDeleted();

    const post = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(PostEntity, { threadId, parentId: parent.id, depth: parent.depth + 1, authorId: user.id, body: input.body }),
      );
      await manager.increment(ThreadEntity, { id: threadId }, 'replyCount', 1);
      await manager.update(ThreadEntity, { id: threadId }, { lastActivityAt: saved.createdAt });
      return saved;
    });

    this.events.emit('post.created', {
      networkId: network.id,
      threadId,
      postId: post.id,
      parentId: parent.id,
      authorDisplayName: user.displayName,
    });
    return this.getPost(post.id, user);
  }

  /** Replaces the text of one's own post; the earlier text is kept as a revision. */
  async edit(postId: string, user: UserEntity, body: string): Promise<Post> {
    const post = await this.loadReadablePost(postId, user);
    const network = await this.networkOfThread(post.threadId);
    if (post.authorId !== user.id) throw forbidden('You can only edit your own posts.');
    await this.access.assertCanPost(network, user);
    if (post.deletedAt) throw postDeleted();
    if (post.body === body) return toPost(post);

    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(PostEntity, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (locked.deletedAt) throw postDeleted();
      const now = new Date();
      await manager.insert(PostRevisionEntity, { postId, body: locked.body, editorId: user.id, replacedAt: now });
      await manager.update(PostEntity, { id: postId }, { body, editCount: locked.editCount + 1, editedAt: now });
    });

    this.events.emit('post.updated', { networkId: network.id, threadId: post.threadId, postId });
    return this.getPost(postId, user);
  }

  /** Hides a post's text; the row and its place in the reply tree stay. Authors and moderators may do this. */
  async delete(postId: string, user: UserEntity): Promise<Post> {
    const post = await this.loadReadablePost(postId, user);
    const network = await this.networkOfThread(post.threadId);
    const isAuthor = post.authorId === user.id;
    if (!isAuthor && !(await this.access.isModerator(network, user))) {
      throw forbidden('You can only delete your own posts.');
    }
    if (isAuthor && !user.isAdmin) await this.access.assertCanPost(network, user);
    if (post.deletedAt) return toPost(post);

    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(PostEntity)
        .set({ deletedAt: () => 'now()', deletedById: user.id })
        .where('id = :id AND deleted_at IS NULL', { id: postId })
        .execute();
      if (result.affected && post.parentId !== null) {
        await manager.decrement(ThreadEntity, { id: post.threadId }, 'replyCount', 1);
      }
    });

    this.events.emit('post.deleted', { networkId: network.id, threadId: post.threadId, postId });
    return this.getPost(postId, user);
  }

  /** Earlier texts of a post, newest first; empty once the post is deleted, so deleted text stays hidden. */
  async listRevisions(postId: string, user: UserEntity | undefined): Promise<PostRevision[]> {
    const post = await this.loadReadablePost(postId, user);
    if (post.deletedAt) return [];
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

  private async loadReadablePost(postId: string, user: UserEntity | undefined): Promise<PostEntity> {
    const post = await this.posts.findOne({ where: { id: postId }, relations: { author: true } });
    if (!post) throw notFound('The post');
    const network = await this.networkOfThread(post.threadId);
    await this.access.assertCanReadContent(network, user);
    return post;
  }
}
