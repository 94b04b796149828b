import { Injectable } from '@nestjs/common';
import type { AuditTargetType, ModerationAction } from '@inclusieplein/contract';
import { EntityManager } from 'typeorm';
import { DomainEvents } from '../realtime/domain-events';
import { AuditLogEntryEntity } from './moderation.entities';

export interface AuditRecord {
  networkId: string;
  actorId: string;
  action: ModerationAction;
  targetType: AuditTargetType;
  targetId: string;
  targetUserId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
  /** Thread and post the action concerns, for the `moderation.acted` event. */
  threadId?: string | null;
  postId?: string | null;
}

/**
 * Writes the moderation audit log. `record` runs inside the caller's transaction, so an action and
 * its log entry are stored together or not at all. `announce` emits `moderation.acted` for entries
 * that concern a person. Call it after the transaction commits.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly events: DomainEvents) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    const row = manager.create(AuditLogEntryEntity, {
      networkId: entry.networkId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetUserId: entry.targetUserId ?? null,
      reason: entry.reason ?? null,
      details: entry.details ?? {},
    });
    await manager.save(row);
  }

  announce(...entries: AuditRecord[]): void {
    for (const entry of entries) {
      // A moderator acting on their own post concerns no one else, so no event is sent.
      if (!entry.targetUserId || entry.targetUserId === entry.actorId) continue;
      this.events.emit('moderation.acted', {
        networkId: entry.networkId,
        action: entry.action,
        actorId: entry.actorId,
        targetUserId: entry.targetUserId,
        threadId: entry.threadId ?? null,
        postId: entry.postId ?? null,
        reason: entry.reason ?? null,
      });
    }
  }
}
