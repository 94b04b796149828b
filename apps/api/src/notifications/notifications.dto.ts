import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AppNotification,
  EmailFrequency,
  NetworkWatch,
  NotificationListResponse,
  NotificationParams,
  NotificationSettings,
  NotificationTarget,
  NotificationType,
  UnreadCountResponse,
  UpdateNotificationSettingsRequest,
  UpdateWatchRequest,
  WatchLevel,
} from '@inclusieplein/contract';
import { EMAIL_FREQUENCIES, NOTIFICATION_TYPES, WATCH_LEVELS } from '@inclusieplein/contract';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from './notifications.service';

/** Turns the query strings `true` and `false` into booleans and leaves other values for the validator to reject. */
function parseBooleanQuery(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export class ListNotificationsQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200, { context: { max: 200 } })
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }) => parseBooleanQuery(value))
  @IsBoolean({ message: 'must be true or false' })
  unreadOnly?: boolean;
}

export class NotificationParamsDto implements NotificationParams {
  @ApiPropertyOptional({ type: String, nullable: true })
  actorDisplayName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  networkName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  threadTitle: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  planTitle: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  documentTitle: string | null;
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  approved: boolean | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  moderationAction: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  reason: string | null;
}

export class NotificationTargetDto implements NotificationTarget {
  @ApiPropertyOptional({ type: String, nullable: true })
  networkSlug: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  threadId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  postId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  planId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  documentId: string | null;
}

export class NotificationDto implements AppNotification {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES })
  type: NotificationType;
  @ApiProperty({ type: NotificationParamsDto })
  params: NotificationParamsDto;
  @ApiProperty({ type: NotificationTargetDto })
  target: NotificationTargetDto;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' })
  readAt: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class NotificationListResponseDto implements NotificationListResponse {
  @ApiProperty({ type: [NotificationDto] })
  notifications: NotificationDto[];
  @ApiPropertyOptional({ type: String, nullable: true })
  nextCursor: string | null;
  @ApiProperty()
  unreadCount: number;
}

export class UnreadCountResponseDto implements UnreadCountResponse {
  @ApiProperty()
  unreadCount: number;
}

export class NetworkWatchDto implements NetworkWatch {
  @ApiProperty()
  networkSlug: string;
  @ApiProperty({ enum: WATCH_LEVELS })
  level: WatchLevel;
}

export class UpdateWatchDto implements UpdateWatchRequest {
  @ApiProperty({ enum: WATCH_LEVELS })
  @IsIn(WATCH_LEVELS, { message: `must be one of ${WATCH_LEVELS.join(', ')}` })
  level: WatchLevel;
}

export class NotificationSettingsDto implements NotificationSettings {
  @ApiProperty({ enum: EMAIL_FREQUENCIES })
  emailFrequency: EmailFrequency;
  @ApiProperty()
  email: string;
  @ApiProperty()
  emailVerified: boolean;
}

export class UpdateNotificationSettingsDto implements UpdateNotificationSettingsRequest {
  @ApiProperty({ enum: EMAIL_FREQUENCIES })
  @IsIn(EMAIL_FREQUENCIES, { message: `must be one of ${EMAIL_FREQUENCIES.join(', ')}` })
  emailFrequency: EmailFrequency;
}
