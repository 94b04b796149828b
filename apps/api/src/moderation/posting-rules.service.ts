import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { PostApproval } from '@inclusieplein/contract';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkEntity } from '../networks/network.entity';

export type PostingKind = 'thread' | 'reply';

/** Throws 403 `member_muted` while the membership's mute lasts. */
export function assertNotMuted(membership: Pick<MembershipEntity, 'mutedUntil'> | null, now = new Date()): void {
  if (membership?.mutedUntil && membership.mutedUntil > now) {
    throw new ApiException(
      HttpStatus.FORBIDDEN,
      'member_muted',
      `A moderator muted you in this network until ${membership.mutedUntil.toISOString()}; you cannot post until then.`,
      undefined,
      { mutedUntil: membership.mutedUntil.toISOString() },
    );
  }
}

/**
 * Rules a new post must pass besides membership: no mute, the posting limits, and approval of
 * the first posts of new members. Moderators, owners and administrators of the network pass the
 * limits and never need approval, but a mute applies to them too.
 */
@Injectable()
export class PostingRulesService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Checks a new thread or reply inside the transaction that stores it and returns the approval
   * state the post starts in. An advisory lock per author makes concurrent posts of one person
   * count one after another, so a burst of parallel requests cannot pass the limit together.
   */
  async checkNewPost(
    manager: EntityManager,
    network: NetworkEntity,
    userId: string,
    kind: PostingKind,
    moderates: boolean,
  ): Promise<PostApproval> {
    // An owner may mute a moderator, so the mute applies to moderators too.
    const membership = await manager.findOneBy(MembershipEntity, { networkId: network.id, userId });
    assertNotMuted(membership);
    if (moderates) return 'approved';

    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('posting:' || $1::text))`, [userId]);
    await this.assertWithinLimit(manager, userId, kind);

    if (network.firstPostsRequiringApproval === 0) return 'approved';
    const published = await this.countApprovedPosts(manager, network.id, userId);
    return published < network.firstPostsRequiringApproval ? 'pending' : 'approved';
  }

  /** Posts of the person in the network that a moderator approved or that needed no approval. */
  async countApprovedPosts(manager: EntityManager, networkId: string, userId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS count FROM posts p JOIN threads t ON t.id = p.thread_id
       WHERE t.network_id = $1 AND p.author_id = $2 AND p.approval = 'approved'`,
      [networkId, userId],
    );
    return row.count;
  }

  /**
   * Counts the person's recent threads or replies in every network, deleted ones included, so
   * deleting and posting again does not reset the count. Counting rows in the database keeps the
   * limit across restarts and between several API instances.
   */
  private async assertWithinLimit(manager: EntityManager, userId: string, kind: PostingKind): Promise<void> {
    const limit = kind === 'reply' ? this.config.rateLimits.repliesPerMinute : this.config.rateLimits.threadsPerHour;
    const windowSeconds = kind === 'reply' ? 60 : 3600;
    const sql =
      kind === 'reply'
        ? `SELECT created_at FROM posts WHERE author_id = $1 AND parent_id IS NOT NULL`
        : `SELECT created_at FROM threads WHERE author_id = $1`;
    // The limit-th most recent post in the window decides when the next one is allowed.
    const rows: { retry_after: number }[] = await manager.query(
      `SELECT ceil(extract(epoch FROM (created_at + make_interval(secs => $2::int) - now())))::int AS retry_after
       FROM (${sql} AND created_at > now() - make_interval(secs => $2::int)) recent
       ORDER BY created_at DESC OFFSET $3 LIMIT 1`,
      [userId, windowSeconds, limit - 1],
    );
    if (rows.length === 0) return;

    const retryAfterSeconds = Math.max(1, rows[0].retry_after);
    const what = kind === 'reply' ? `${limit} replies per minute` : `${limit} new threads per hour`;
    throw new ApiException(
      HttpStatus.TOO_MANY_REQUESTS,
      'too_many_requests',
      `You reached the limit of ${what}. Try again in ${retryAfterSeconds} seconds.`,
      undefined,
      { retryAfterSeconds },
    );
  }
}
