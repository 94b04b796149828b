import { Injectable } from '@nestjs/common';
import type { ModerationQueueCounts } from '@inclusieplein/contract';
import { EntityManager } from 'typeorm';
import { DomainEvents } from '../realtime/domain-events';

/** Counts the open work in a network's moderation queue and announces it to the network's moderators. */
@Injectable()
export class QueueCountsService {
  constructor(private readonly events: DomainEvents) {}

  async count(manager: EntityManager, networkId: string): Promise<ModerationQueueCounts> {
    const [row] = await manager.query(
      `SELECT
         (SELECT count(*)::int FROM reports WHERE network_id = $1 AND status = 'open') AS open_reports,
         (SELECT count(*)::int FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE t.network_id = $1 AND p.approval = 'pending' AND p.deleted_at IS NULL) AS pending_posts`,
      [networkId],
    );
    return { networkId, openReportCount: row.open_reports, pendingPostCount: row.pending_posts };
  }

  /** Emits `moderation.queue.changed` with fresh counts. Call after the change has committed. */
  async announceChange(manager: EntityManager, networkId: string): Promise<void> {
    this.events.emit('moderation.queue.changed', await this.count(manager, networkId));
  }
}
