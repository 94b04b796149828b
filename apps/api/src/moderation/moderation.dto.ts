import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AcceptCodeOfConductRequest,
  CreateReportRequest,
  ModerationAction,
  ModerationQueueFilter,
  ModerationReasonRequest,
  ModerationSettings,
  MoveThreadRequest,
  MuteMemberRequest,
  ReportCategory,
  ReportResolution,
  ResolveReportsRequest,
  UpdateCodeOfConductRequest,
} from '@inclusieplein/contract';
import { AUDIT_LOG_PAGE_SIZE, LIMITS, MODERATION_ACTIONS, REPORT_CATEGORIES } from '@inclusieplein/contract';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';

export class UpdateCodeOfConductDto implements UpdateCodeOfConductRequest {
  @RequiredText({ ...LIMITS.codeOfConduct, description: 'Markdown' })
  body: string;

  @OptionalText({ ...LIMITS.codeOfConductChangeNote, nullable: true })
  changeNote?: string | null;
}

export class AcceptCodeOfConductDto implements AcceptCodeOfConductRequest {
  @ApiProperty({ minimum: 1 })
  @IsNotEmpty({ message: 'is required' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  version: number;
}

export class CreateReportDto implements CreateReportRequest {
  @ApiProperty({ enum: REPORT_CATEGORIES })
  @IsNotEmpty({ message: 'is required' })
  @IsIn(REPORT_CATEGORIES, { message: `must be one of ${REPORT_CATEGORIES.join(', ')}` })
  category: ReportCategory;

  @OptionalText({ ...LIMITS.reportDetails, nullable: true, description: "Required when the category is 'other'" })
  details?: string | null;
}

export class ModerationReasonDto implements ModerationReasonRequest {
  @OptionalText({ ...LIMITS.moderationReason, nullable: true })
  reason?: string | null;
}

export class MoveThreadDto implements MoveThreadRequest {
  @ApiProperty({ format: 'uuid' })
  @IsNotEmpty({ message: 'is required' })
  @IsUUID('all', { message: 'must be the id of a network' })
  networkId: string;

  @OptionalText({ ...LIMITS.moderationReason, nullable: true })
  reason?: string | null;
}

export class MuteMemberDto implements MuteMemberRequest {
  @ApiProperty({ format: 'date-time', description: 'In the future and at most 365 days ahead' })
  @IsNotEmpty({ message: 'is required' })
  @IsDateString({ strict: true }, { message: 'must be a date and time in ISO 8601' })
  mutedUntil: string;

  @OptionalText({ ...LIMITS.moderationReason, nullable: true })
  reason?: string | null;
}

export class ResolveReportsDto implements ResolveReportsRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsArray({ message: 'must be a list of report ids' })
  @ArrayMinSize(1, { message: 'must contain at least one report' })
  @ArrayMaxSize(100, { message: 'must contain at most 100 reports' })
  @IsUUID('all', { each: true, message: 'must contain report ids' })
  reportIds: string[];

  @ApiProperty({ enum: ['dismiss', 'hide'] })
  @IsIn(['dismiss', 'hide'], { message: 'must be dismiss or hide' })
  resolution: ReportResolution;

  @OptionalText({ ...LIMITS.moderationReason, nullable: true, description: "Required for 'hide'" })
  reason?: string | null;
}

export class ModerationSettingsDto implements ModerationSettings {
  @ApiProperty({ minimum: 0, maximum: 20 })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { context: { min: 0 }, message: 'must be at least 0' })
  @Max(20, { context: { max: 20 }, message: 'must be at most 20' })
  firstPostsRequiringApproval: number;
}

export class QueueQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'handled'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'handled'], { message: 'must be open or handled' })
  status?: ModerationQueueFilter;
}

export class AuditLogQueryDto {
  @ApiPropertyOptional({ enum: MODERATION_ACTIONS })
  @IsOptional()
  @IsIn(MODERATION_ACTIONS, { message: 'must be a moderation action' })
  action?: ModerationAction;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_LOG_PAGE_SIZE.max, default: AUDIT_LOG_PAGE_SIZE.default })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(AUDIT_LOG_PAGE_SIZE.max, { message: `must be at most ${AUDIT_LOG_PAGE_SIZE.max}` })
  pageSize?: number;
}

export class AdminAuditLogQueryDto extends AuditLogQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a network' })
  networkId?: string;
}
