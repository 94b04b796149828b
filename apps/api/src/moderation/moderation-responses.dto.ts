import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AuditEntry,
  AuditLogPage,
  AuditTargetType,
  CodeOfConduct,
  CodeOfConductStatus,
  MemberModerationStatus,
  MemberWarning,
  ModerationAction,
  ModerationQueue,
  ModerationReport,
  MyNetworkStanding,
  NetworkBan,
  OwnReport,
  PendingPost,
  ReportCategory,
  ReportStatus,
  ReportTarget,
  ReportTargetType,
  ResolveReportsResponse,
} from '@inclusieplein/contract';
import { MODERATION_ACTIONS, REPORT_CATEGORIES } from '@inclusieplein/contract';
import { PersonSummaryDto } from '../users/users.dto';

const REPORT_STATUSES: ReportStatus[] = ['open', 'dismissed', 'actioned'];
const TARGET_TYPES: ReportTargetType[] = ['post', 'thread'];
const AUDIT_TARGET_TYPES: AuditTargetType[] = ['post', 'thread', 'user', 'report', 'membership_request', 'network'];

export class CodeOfConductDto implements CodeOfConduct {
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty({ minimum: 1 }) version: number;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty() bodyHtml: string;
  @ApiPropertyOptional({ type: String, nullable: true }) changeNote: string | null;
  @ApiProperty({ type: PersonSummaryDto }) author: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CodeOfConductStatusDto implements CodeOfConductStatus {
  @ApiPropertyOptional({ type: CodeOfConductDto, nullable: true }) current: CodeOfConductDto | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) myAcceptedVersion: number | null;
  @ApiProperty() acceptedCurrent: boolean;
}

export class OwnReportDto implements OwnReport {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TARGET_TYPES }) targetType: ReportTargetType;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiProperty({ enum: REPORT_CATEGORIES }) category: ReportCategory;
  @ApiPropertyOptional({ type: String, nullable: true }) details: string | null;
  @ApiProperty({ enum: REPORT_STATUSES }) status: ReportStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class NetworkReferenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

class ReportTargetDto implements ReportTarget {
  @ApiProperty({ enum: TARGET_TYPES }) type: ReportTargetType;
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty() threadTitle: string;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ type: PersonSummaryDto }) author: PersonSummaryDto;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 }) excerpt: string | null;
  @ApiProperty() hidden: boolean;
  @ApiProperty() deleted: boolean;
}

class ModerationReportDto implements ModerationReport {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NetworkReferenceDto }) network: NetworkReferenceDto;
  @ApiProperty({ type: ReportTargetDto }) target: ReportTargetDto;
  @ApiProperty({ enum: REPORT_CATEGORIES }) category: ReportCategory;
  @ApiPropertyOptional({ type: String, nullable: true }) details: string | null;
  @ApiProperty({ type: PersonSummaryDto }) reporter: PersonSummaryDto;
  @ApiProperty({ enum: REPORT_STATUSES }) status: ReportStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) resolvedBy: PersonSummaryDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) resolutionReason: string | null;
}

class PendingPostDto implements PendingPost {
  @ApiProperty({ type: NetworkReferenceDto }) network: NetworkReferenceDto;
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty() threadTitle: string;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty() opensThread: boolean;
  @ApiProperty({ type: PersonSummaryDto }) author: PersonSummaryDto;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ModerationQueueDto implements ModerationQueue {
  @ApiProperty({ type: [ModerationReportDto] }) reports: ModerationReportDto[];
  @ApiProperty({ type: [PendingPostDto] }) pendingPosts: PendingPostDto[];
  @ApiProperty() openReportCount: number;
  @ApiProperty() pendingPostCount: number;
}

export class ResolveReportsResponseDto implements ResolveReportsResponse {
  @ApiProperty({ type: [String], format: 'uuid' }) resolvedReportIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) hiddenPostIds: string[];
}

class MemberWarningDto implements MemberWarning {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: PersonSummaryDto }) issuedBy: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NetworkBanDto implements NetworkBan {
  @ApiProperty({ type: PersonSummaryDto }) person: PersonSummaryDto;
  @ApiProperty() reason: string;
  @ApiProperty({ type: PersonSummaryDto }) bannedBy: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MemberModerationStatusDto implements MemberModerationStatus {
  @ApiProperty({ type: PersonSummaryDto }) person: PersonSummaryDto;
  @ApiPropertyOptional({ enum: ['member', 'moderator', 'owner'], nullable: true }) role: 'member' | 'moderator' | 'owner' | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) mutedUntil: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) muteReason: string | null;
  @ApiPropertyOptional({ type: NetworkBanDto, nullable: true }) ban: NetworkBanDto | null;
  @ApiProperty({ type: [MemberWarningDto] }) warnings: MemberWarningDto[];
  @ApiProperty() approvedPostCount: number;
}

export class MyNetworkStandingDto implements MyNetworkStanding {
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) mutedUntil: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) muteReason: string | null;
  @ApiProperty() banned: boolean;
  @ApiProperty({ type: [MemberWarningDto] }) warnings: MemberWarningDto[];
  @ApiProperty() postsRequiringApproval: number;
  @ApiProperty({ type: CodeOfConductStatusDto }) codeOfConduct: CodeOfConductStatusDto;
}

class AuditEntryDto implements AuditEntry {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NetworkReferenceDto }) network: NetworkReferenceDto;
  @ApiProperty({ enum: MODERATION_ACTIONS }) action: ModerationAction;
  @ApiProperty({ type: PersonSummaryDto }) actor: PersonSummaryDto;
  @ApiProperty({ enum: AUDIT_TARGET_TYPES }) targetType: AuditTargetType;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) targetUser: PersonSummaryDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuditLogPageDto implements AuditLogPage {
  @ApiProperty({ type: [AuditEntryDto], description: 'Newest first' }) entries: AuditEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty({ minimum: 1 }) page: number;
  @ApiProperty() pageSize: number;
}
