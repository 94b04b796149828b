import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditLogPage, ModerationQueue, OwnReport, ResolveReportsResponse } from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { AuditLogQueryService } from './audit-log-query.service';
import { AdminAuditLogQueryDto, AuditLogQueryDto, CreateReportDto, QueueQueryDto, ResolveReportsDto } from './moderation.dto';
import { ReportsService } from './reports.service';
import { AuditLogPageDto, ModerationQueueDto, OwnReportDto, ResolveReportsResponseDto } from './moderation-responses.dto';

const uuid = new ParseUUIDPipe();

@ApiTags('moderation')
@Controller()
@UseGuards(SignedInGuard)
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly auditLog: AuditLogQueryService,
  ) {}

  @Post('posts/:id/reports')
  @ApiCreatedResponse({ type: OwnReportDto, description: 'Members of the network only; one open report per person and post.' })
  reportPost(@Param('id', uuid) id: string, @Body() body: CreateReportDto, @CurrentUser() user: UserEntity): Promise<OwnReport> {
    return this.reports.report('post', id, user, body);
  }

  @Post('threads/:id/reports')
  @ApiCreatedResponse({ type: OwnReportDto, description: 'Members of the network only; one open report per person and thread.' })
  reportThread(@Param('id', uuid) id: string, @Body() body: CreateReportDto, @CurrentUser() user: UserEntity): Promise<OwnReport> {
    return this.reports.report('thread', id, user, body);
  }

  @Get('networks/:slug/moderation/queue')
  @ApiOkResponse({ type: ModerationQueueDto, description: 'Moderators, owners and administrators of the network only.' })
  networkQueue(@Param('slug') slug: string, @Query() query: QueueQueryDto, @CurrentUser() user: UserEntity): Promise<ModerationQueue> {
    return this.reports.networkQueue(slug, user, query.status ?? 'open');
  }

  @Get('moderation/queue')
  @ApiOkResponse({ type: ModerationQueueDto, description: 'Every network. Platform administrators only.' })
  allQueues(@Query() query: QueueQueryDto, @CurrentUser() user: UserEntity): Promise<ModerationQueue> {
    return this.reports.allQueues(user, query.status ?? 'open');
  }

  @Post('moderation/reports/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ResolveReportsResponseDto, description: 'The actor must moderate the network of every report.' })
  resolve(@Body() body: ResolveReportsDto, @CurrentUser() user: UserEntity): Promise<ResolveReportsResponse> {
    return this.reports.resolve(body.reportIds, user, body.resolution, body.reason);
  }

  @Get('networks/:slug/moderation/audit-log')
  @ApiOkResponse({ type: AuditLogPageDto, description: 'Newest first. Moderators, owners and administrators only.' })
  networkAuditLog(@Param('slug') slug: string, @Query() query: AuditLogQueryDto, @CurrentUser() user: UserEntity): Promise<AuditLogPage> {
    return this.auditLog.forNetwork(slug, user, query);
  }

  @Get('moderation/audit-log')
  @ApiOkResponse({ type: AuditLogPageDto, description: 'Every network, newest first. Platform administrators only.' })
  allAuditLogs(@Query() query: AdminAuditLogQueryDto, @CurrentUser() user: UserEntity): Promise<AuditLogPage> {
    return this.auditLog.forAdministrator(user, query);
  }
}
