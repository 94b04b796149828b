import { Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';
import { MembershipRulesService } from './membership-rules.service';
import { PostingRulesService } from './posting-rules.service';
import { QueueCountsService } from './queue-counts.service';

/**
 * Moderation rules that memberships and discussions apply. It depends on nothing but the
 * database and the event stream, so those modules can import it while ModerationModule imports them.
 */
@Module({
  providers: [AuditLogService, PostingRulesService, MembershipRulesService, QueueCountsService],
  exports: [AuditLogService, PostingRulesService, MembershipRulesService, QueueCountsService],
})
export class ModerationCoreModule {}
