import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateReportRequest,
  ModerationQueue,
  ModerationQueueFilter,
  OwnReport,
  ReportResolution,
  ReportTargetType,
  ResolveReportsResponse,
} from '@inclusieplein/contract';
import { DataSource, In } from 'typeorm';
import { ApiException, conflict, fieldError, forbidden, notFound, validationFailed } from '../common/api-error';
import { isUniqueViolation } from '../common/database-errors';
import { canSeePost } from '../discussions/post-view';
import { PostEntity } from '../discussions/post.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { NetworkAccessService } from '../memberships/network-access.service';
import { NetworkEntity } from '../networks/network.entity';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { AuditLogService, AuditRecord } from './audit-log.service';
import { closeReportsOnPosts, requireReason } from './content-moderation.service';
import { ReportEntity } from './moderation.entities';
import { loadQueue } from './moderation-queue';
import { QueueCountsService } from './queue-counts.service';

const alreadyReported = () =>
  new ApiException(HttpStatus.CONFLICT, 'already_reported', 'You already reported this; a moderator will look at it.');

function toOwnReport(report: ReportEntity): OwnReport {
  return {
    id: report.id,
    targetType: report.targetType,
    targetId: report.targetType === 'thread' ? report.threadId : report.postId,
    category: report.category,
    details: report.details,
    status: report.status,
    createdAt: report.createdAt.toISOString(),
  };
}

/** Members report posts and threads. Moderators work through the queue and resolve reports. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: NetworkAccessService,
    private readonly audit: AuditLogService,
    private readonly queue: QueueCountsService,
    private readonly events: DomainEvents,
  ) {}

  /** Files a report on a post, or on a thread (stored against its opening post). */
  async report(targetType: ReportTargetType, targetId: string, user: UserEntity, input: CreateReportRequest): Promise<OwnReport> {
    const details = input.details ?? null;
    if (input.category === 'other' && !details) {
      throw validationFailed(fieldError('details', 'required', "Describe the problem when the category is 'other'."));
    }

    const post = await this.findReportedPost(targetType, targetId);
    const thread = await this.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: post.threadId });
    const network = await this.dataSource.getRepository(NetworkEntity).findOneByOrFail({ id: thread.networkId });
    const role = await this.access.assertCanReadContent(network, user);
    if (!role) throw forbidden('Only members of this network can report posts. Join the network first.');
    const moderates = await this.access.isModerator(network, user);
    if (!canSeePost(post, { userId: user.id, moderates })) throw notFound(targetType === 'thread' ? 'The thread' : 'The post');
    if (post.deletedAt) throw new ApiException(HttpStatus.CONFLICT, 'post_deleted', 'This post was deleted.');
    if (post.authorId === user.id) throw forbidden('You cannot report your own post.');

    const reports = this.dataSource.getRepository(ReportEntity);
    if (await reports.existsBy({ reporterId: user.id, targetType, postId: post.id, status: 'open' })) throw alreadyReported();
    let saved: ReportEntity;
    try {
      saved = await reports.save(
        reports.create({
          networkId: network.id,
          targetType,
          threadId: thread.id,
          postId: post.id,
          category: input.category,
          details,
          reporterId: user.id,
          status: 'open',
        }),
      );
    } catch (error) {
      // The partial unique index allows one open report per person and item, also for a double click.
      if (isUniqueViolation(error)) throw alreadyReported();
      throw error;
    }

    const counts = await this.queue.count(this.dataSource.manager, network.id);
    this.events.emit('report.created', { ...counts, reportId: saved.id });
    return toOwnReport(saved);
  }

  async networkQueue(slug: string, user: UserEntity, filter: ModerationQueueFilter): Promise<ModerationQueue> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanModerate(network, user);
    return loadQueue(this.dataSource.manager, [network.id], filter);
  }

  /** Loads the queues of every network at once, for platform administrators. */
  async allQueues(user: UserEntity, filter: ModerationQueueFilter): Promise<ModerationQueue> {
    if (!user.isAdmin) throw forbidden('Only platform administrators can see the queues of all networks.');
    return loadQueue(this.dataSource.manager, null, filter);
  }

  /**
   * Resolves several reports at once. The actor must moderate the network of every report, or
   * nothing changes. Reports that someone else resolved meanwhile are skipped, and when none is
   * left it throws 409.
   */
  async resolve(
    reportIds: string[],
    actor: UserEntity,
    resolution: ReportResolution,
    reason: string | null | undefined,
  ): Promise<ResolveReportsResponse> {
    const resolutionReason = resolution === 'hide' ? requireReason(reason) : (reason ?? null);
    const uniqueIds = [...new Set(reportIds)];
    const reports = await this.dataSource.getRepository(ReportEntity).findBy({ id: In(uniqueIds) });
    if (reports.length !== uniqueIds.length) throw notFound('One or more of the reports');
    const networkIds = [...new Set(reports.map((report) => report.networkId))];
    for (const network of await this.dataSource.getRepository(NetworkEntity).findBy({ id: In(networkIds) })) {
      await this.access.assertCanModerate(network, actor);
    }

    const entries: AuditRecord[] = [];
    const { resolvedReportIds, hiddenPosts } = await this.dataSource.transaction(async (manager) => {
      const open = await manager.find(ReportEntity, {
        where: { id: In(uniqueIds), status: 'open' },
        lock: { mode: 'pessimistic_write' },
      });
      if (open.length === 0) throw conflict('conflict', 'These reports were already handled.');

      const hiddenPosts: PostEntity[] = [];
      if (resolution === 'hide') {
        const posts = await manager.findBy(PostEntity, { id: In([...new Set(open.map((report) => report.postId))]) });
        for (const post of posts.filter((candidate) => !candidate.hiddenAt && !candidate.deletedAt)) {
          await manager.update(PostEntity, { id: post.id }, { hiddenAt: new Date(), hiddenReason: resolutionReason, hiddenById: actor.id });
          hiddenPosts.push(post);
          const networkId = open.find((report) => report.postId === post.id)!.networkId;
          entries.push({
            networkId,
            actorId: actor.id,
            action: 'post.hidden',
            targetType: 'post',
            targetId: post.id,
            targetUserId: post.authorId,
            reason: resolutionReason,
            threadId: post.threadId,
            postId: post.id,
          });
        }
      }

      await manager.update(
        ReportEntity,
        { id: In(open.map((report) => report.id)) },
        {
          status: resolution === 'hide' ? 'actioned' : 'dismissed',
          resolvedAt: new Date(),
          resolvedById: actor.id,
          resolutionReason,
        },
      );
      for (const report of open) {
        entries.push({
          networkId: report.networkId,
          actorId: actor.id,
          action: resolution === 'hide' ? 'report.actioned' : 'report.dismissed',
          targetType: 'report',
          targetId: report.id,
          targetUserId: report.reporterId,
          reason: resolutionReason,
          details: { category: report.category, postId: report.postId },
          threadId: report.threadId,
          postId: report.postId,
        });
      }
      // Other open reports on the hidden posts are settled by hiding them too.
      const alsoClosed = await closeReportsOnPosts(manager, hiddenPosts.map((post) => post.id), actor.id, resolutionReason);
      for (const entry of entries) await this.audit.record(manager, entry);
      return { resolvedReportIds: [...open.map((report) => report.id), ...alsoClosed], hiddenPosts };
    });

    this.audit.announce(...entries);
    for (const post of hiddenPosts) {
      const networkId = entries.find((entry) => entry.postId === post.id)!.networkId;
      this.events.emit('post.updated', { networkId, threadId: post.threadId, postId: post.id });
    }
    const resolvedReports = await this.dataSource.getRepository(ReportEntity).findBy({ id: In(resolvedReportIds) });
    for (const networkId of networkIds) {
      const ids = resolvedReports.filter((report) => report.networkId === networkId).map((report) => report.id);
      if (ids.length === 0) continue;
      const counts = await this.queue.count(this.dataSource.manager, networkId);
      this.events.emit('report.resolved', { ...counts, reportIds: ids });
    }
    return { resolvedReportIds, hiddenPostIds: hiddenPosts.map((post) => post.id) };
  }

  private async findReportedPost(targetType: ReportTargetType, targetId: string): Promise<PostEntity> {
    const posts = this.dataSource.getRepository(PostEntity);
    const post =
      targetType === 'thread'
        ? await posts.findOneBy({ threadId: targetId, depth: 0 })
        : await posts.findOneBy({ id: targetId });
    if (!post) throw notFound(targetType === 'thread' ? 'The thread' : 'The post');
    return post;
  }
}
