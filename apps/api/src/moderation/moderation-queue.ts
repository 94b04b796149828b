import type { ModerationQueue, ModerationQueueFilter, ModerationReport, PendingPost } from '@inclusieplein/contract';
import { EntityManager, In } from 'typeorm';
import { PostEntity } from '../discussions/post.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { NetworkEntity } from '../networks/network.entity';
import { toPersonSummary } from '../users/users.service';
import { ReportEntity } from './moderation.entities';

const HANDLED_LIMIT = 100;
const EXCERPT_LENGTH = 300;

type NetworkRef = ModerationReport['network'];

/**
 * Loads the moderation queue of some networks, or of all when `networkIds` is null: open reports
 * oldest first with the posts waiting for approval, or the last 100 handled reports newest first.
 */
export async function loadQueue(
  manager: EntityManager,
  networkIds: string[] | null,
  filter: ModerationQueueFilter,
): Promise<ModerationQueue> {
  const reportQuery = manager
    .getRepository(ReportEntity)
    .createQueryBuilder('report')
    .leftJoinAndSelect('report.reporter', 'reporter')
    .leftJoinAndSelect('report.resolvedBy', 'resolvedBy');
  if (networkIds) reportQuery.where('report.networkId IN (:...networkIds)', { networkIds });
  if (filter === 'open') {
    reportQuery.andWhere(`report.status = 'open'`).orderBy('report.createdAt', 'ASC');
  } else {
    reportQuery.andWhere(`report.status <> 'open'`).orderBy('report.resolvedAt', 'DESC').take(HANDLED_LIMIT);
  }
  const reports = await reportQuery.getMany();

  const pendingQuery = manager
    .getRepository(PostEntity)
    .createQueryBuilder('post')
    .innerJoin(ThreadEntity, 'thread', 'thread.id = post.threadId')
    .leftJoinAndSelect('post.author', 'author')
    .where(`post.approval = 'pending' AND post.deletedAt IS NULL`)
    .orderBy('post.createdAt', 'ASC');
  if (networkIds) pendingQuery.andWhere('thread.networkId IN (:...networkIds)', { networkIds });
  const pending = filter === 'open' ? await pendingQuery.getMany() : [];

  const posts = await manager.find(PostEntity, {
    where: { id: In(reports.map((report) => report.postId)) },
    relations: { author: true },
  });
  const threadIds = [...new Set([...reports.map((report) => report.threadId), ...pending.map((post) => post.threadId)])];
  const threads = await manager.findBy(ThreadEntity, { id: In(threadIds) });
  const networks = await manager.findBy(NetworkEntity, { id: In([...new Set(threads.map((thread) => thread.networkId))]) });

  const postById = new Map(posts.map((post) => [post.id, post]));
  const threadById = new Map(threads.map((thread) => [thread.id, thread]));
  const networkById = new Map<string, NetworkRef>(
    networks.map((network) => [network.id, { id: network.id, slug: network.slug, name: network.name }]),
  );

  const counts = await countOpenWork(manager, networkIds);
  return {
    reports: reports.map((report) => toModerationReport(report, postById, threadById, networkById)),
    pendingPosts: pending.map((post) => toPendingPost(post, threadById.get(post.threadId)!, networkById)),
    openReportCount: counts.openReports,
    pendingPostCount: counts.pendingPosts,
  };
}

function toModerationReport(
  report: ReportEntity,
  postById: Map<string, PostEntity>,
  threadById: Map<string, ThreadEntity>,
  networkById: Map<string, NetworkRef>,
): ModerationReport {
  const post = postById.get(report.postId)!;
  const thread = threadById.get(report.threadId)!;
  const deleted = post.deletedAt !== null;
  return {
    id: report.id,
    network: networkById.get(thread.networkId)!,
    target: {
      type: report.targetType,
      threadId: thread.id,
      threadTitle: thread.title,
      postId: post.id,
      author: toPersonSummary(post.author),
      excerpt: deleted ? null : post.body.slice(0, EXCERPT_LENGTH),
      hidden: post.hiddenAt !== null,
      deleted,
    },
    category: report.category,
    details: report.details,
    reporter: toPersonSummary(report.reporter),
    status: report.status,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
    resolvedBy: report.resolvedBy ? toPersonSummary(report.resolvedBy) : null,
    resolutionReason: report.resolutionReason,
  };
}

function toPendingPost(post: PostEntity, thread: ThreadEntity, networkById: Map<string, NetworkRef>): PendingPost {
  return {
    network: networkById.get(thread.networkId)!,
    threadId: thread.id,
    threadTitle: thread.title,
    postId: post.id,
    opensThread: post.parentId === null,
    author: toPersonSummary(post.author),
    body: post.body,
    createdAt: post.createdAt.toISOString(),
  };
}

async function countOpenWork(
  manager: EntityManager,
  networkIds: string[] | null,
): Promise<{ openReports: number; pendingPosts: number }> {
  const [row] = await manager.query(
    `SELECT
       (SELECT count(*)::int FROM reports WHERE status = 'open' AND ($1::uuid[] IS NULL OR network_id = ANY($1::uuid[]))) AS open_reports,
       (SELECT count(*)::int FROM posts p JOIN threads t ON t.id = p.thread_id
        WHERE p.approval = 'pending' AND p.deleted_at IS NULL AND ($1::uuid[] IS NULL OR t.network_id = ANY($1::uuid[]))) AS pending_posts`,
    [networkIds],
  );
  return { openReports: row.open_reports, pendingPosts: row.pending_posts };
}
