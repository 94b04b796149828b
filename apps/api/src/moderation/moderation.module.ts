import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { AuditLogQueryService } from './audit-log-query.service';
import { CodeOfConductController } from './code-of-conduct.controller';
import { CodeOfConductService } from './code-of-conduct.service';
import { ContentModerationService } from './content-moderation.service';
import { MemberModerationService } from './member-moderation.service';
import { ModerationActionsController } from './moderation-actions.controller';
import { ModerationCoreModule } from './moderation-core.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Moderation endpoints: code of conduct, reports and queue, moderator actions, settings and audit log. */
@Module({
  imports: [MembershipsModule, DiscussionsModule, ModerationCoreModule],
  controllers: [CodeOfConductController, ReportsController, ModerationActionsController],
  providers: [CodeOfConductService, ReportsService, ContentModerationService, MemberModerationService, AuditLogQueryService],
})
export class ModerationModule {}
