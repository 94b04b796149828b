import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  NetworkWatch,
  NotificationListResponse,
  NotificationSettings,
  UnreadCountResponse,
} from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import {
  ListNotificationsQueryDto,
  NetworkWatchDto,
  NotificationListResponseDto,
  NotificationSettingsDto,
  UnreadCountResponseDto,
  UpdateNotificationSettingsDto,
  UpdateWatchDto,
} from './notifications.dto';
import { NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';

const DEFAULT_PAGE_SIZE = 20;

@ApiTags('notifications')
@Controller()
@UseGuards(SignedInGuard)
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: PreferencesService,
  ) {}

  @Get('notifications')
  @ApiOkResponse({ type: NotificationListResponseDto, description: 'Newest first.' })
  list(@CurrentUser() user: UserEntity, @Query() query: ListNotificationsQueryDto): Promise<NotificationListResponse> {
    return this.notifications.list(user, {
      before: query.before,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      unreadOnly: query.unreadOnly ?? false,
    });
  }

  @Get('notifications/unread-count')
  @ApiOkResponse({ type: UnreadCountResponseDto })
  async unreadCount(@CurrentUser() user: UserEntity): Promise<UnreadCountResponse> {
    return { unreadCount: await this.notifications.unreadCount(user.id) };
  }

  @Post('notifications/read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UnreadCountResponseDto })
  async markAllRead(@CurrentUser() user: UserEntity): Promise<UnreadCountResponse> {
    return { unreadCount: await this.notifications.markAllRead(user) };
  }

  @Post('notifications/:id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: UnreadCountResponseDto })
  async markRead(@CurrentUser() user: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<UnreadCountResponse> {
    return { unreadCount: await this.notifications.markRead(user, id) };
  }

  @Get('networks/:slug/watch')
  @ApiOkResponse({ type: NetworkWatchDto })
  getWatch(@CurrentUser() user: UserEntity, @Param('slug') slug: string): Promise<NetworkWatch> {
    return this.preferences.getWatch(user, slug);
  }

  @Put('networks/:slug/watch')
  @ApiOkResponse({ type: NetworkWatchDto })
  setWatch(@CurrentUser() user: UserEntity, @Param('slug') slug: string, @Body() body: UpdateWatchDto): Promise<NetworkWatch> {
    return this.preferences.setWatch(user, slug, body.level);
  }

  @Get('notification-settings')
  @ApiOkResponse({ type: NotificationSettingsDto })
  getSettings(@CurrentUser() user: UserEntity): Promise<NotificationSettings> {
    return this.preferences.getSettings(user);
  }

  @Put('notification-settings')
  @ApiOkResponse({ type: NotificationSettingsDto })
  async setSettings(@CurrentUser() user: UserEntity, @Body() body: UpdateNotificationSettingsDto): Promise<NotificationSettings> {
    await this.preferences.setEmailFrequency(user.id, body.emailFrequency);
    return this.preferences.getSettings(user);
  }
}
