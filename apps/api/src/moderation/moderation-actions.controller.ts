import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  MemberModerationStatus,
  ModerationSettings,
  NetworkBan,
  Post as PostBody,
  ThreadDetail,
} from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { PostDto, ThreadDetailDto } from '../discussions/discussions.dto';
import { ContentModerationService } from './content-moderation.service';
import { MemberModerationService } from './member-moderation.service';
import { MemberModerationStatusDto, NetworkBanDto } from './moderation-responses.dto';
import { ModerationReasonDto, ModerationSettingsDto, MoveThreadDto, MuteMemberDto } from './moderation.dto';

const uuid = new ParseUUIDPipe();

/** Moderator actions. Each one is recorded in the audit log, and each needs moderation rights in the network concerned. */
@ApiTags('moderation')
@Controller()
@UseGuards(SignedInGuard)
export class ModerationActionsController {
  constructor(
    private readonly content: ContentModerationService,
    private readonly members: MemberModerationService,
  ) {}

  @Post('posts/:id/hide')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PostDto, description: 'The reason is required.' })
  hide(@Param('id', uuid) id: string, @Body() body: ModerationReasonDto, @CurrentUser() user: UserEntity): Promise<PostBody> {
    return this.content.hide(id, user, body.reason);
  }

  @Post('posts/:id/restore')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PostDto, description: 'Visible to everyone again.' })
  restore(@Param('id', uuid) id: string, @Body() body: ModerationReasonDto, @CurrentUser() user: UserEntity): Promise<PostBody> {
    return this.content.restore(id, user, body.reason);
  }

  @Post('posts/:id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PostDto, description: 'Now published. 409 post_not_pending when it was not waiting.' })
  approve(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity): Promise<PostBody> {
    return this.content.approve(id, user);
  }

  @Post('posts/:id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PostDto, description: 'Not published. 409 post_not_pending when it was not waiting.' })
  reject(@Param('id', uuid) id: string, @Body() body: ModerationReasonDto, @CurrentUser() user: UserEntity): Promise<PostBody> {
    return this.content.reject(id, user, body.reason);
  }

  @Post('threads/:id/lock')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ThreadDetailDto })
  lock(@Param('id', uuid) id: string, @Body() body: ModerationReasonDto, @CurrentUser() user: UserEntity): Promise<ThreadDetail> {
    return this.content.changeThread(id, user, 'lock', body.reason);
  }

  @Post('threads/:id/unlock')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ThreadDetailDto })
  unlock(@Param('id', uuid) id: string, @Body() body: ModerationReasonDto, @CurrentUser() user: UserEntity): Promise<ThreadDetail> {
    return this.content.changeThread(id, user, 'unlock', body.reason);
  }

  @Post('threads/:id/pin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ThreadDetailDto })
  pin(@Param('id', uuid) id: string, @Body() body: ModerationReasonDto, @CurrentUser() user: UserEntity): Promise<ThreadDetail> {
    return this.content.changeThread(id, user, 'pin', body.reason);
  }

  @Post('threads/:id/unpin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ThreadDetailDto })
  unpin(@Param('id', uuid) id: string, @Body() body: ModerationReasonDto, @CurrentUser() user: UserEntity): Promise<ThreadDetail> {
    return this.content.changeThread(id, user, 'unpin', body.reason);
  }

  @Post('threads/:id/move')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ThreadDetailDto, description: 'In its new network. 409 thread_has_plan for the discussion of a plan.' })
  move(@Param('id', uuid) id: string, @Body() body: MoveThreadDto, @CurrentUser() user: UserEntity): Promise<ThreadDetail> {
    return this.content.move(id, user, body.networkId, body.reason);
  }

  @Get('networks/:slug/members/:userId/moderation')
  @ApiOkResponse({ type: MemberModerationStatusDto })
  memberStatus(
    @Param('slug') slug: string,
    @Param('userId', uuid) userId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<MemberModerationStatus> {
    return this.members.status(slug, userId, user);
  }

  @Post('networks/:slug/members/:userId/warn')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MemberModerationStatusDto, description: 'The reason is required.' })
  warn(
    @Param('slug') slug: string,
    @Param('userId', uuid) userId: string,
    @Body() body: ModerationReasonDto,
    @CurrentUser() user: UserEntity,
  ): Promise<MemberModerationStatus> {
    return this.members.warn(slug, userId, user, body.reason);
  }

  @Post('networks/:slug/members/:userId/mute')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MemberModerationStatusDto })
  mute(
    @Param('slug') slug: string,
    @Param('userId', uuid) userId: string,
    @Body() body: MuteMemberDto,
    @CurrentUser() user: UserEntity,
  ): Promise<MemberModerationStatus> {
    return this.members.mute(slug, userId, user, body.mutedUntil, body.reason);
  }

  @Post('networks/:slug/members/:userId/unmute')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MemberModerationStatusDto })
  unmute(
    @Param('slug') slug: string,
    @Param('userId', uuid) userId: string,
    @Body() body: ModerationReasonDto,
    @CurrentUser() user: UserEntity,
  ): Promise<MemberModerationStatus> {
    return this.members.unmute(slug, userId, user, body.reason);
  }

  @Post('networks/:slug/members/:userId/remove')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MemberModerationStatusDto, description: 'With role null.' })
  remove(
    @Param('slug') slug: string,
    @Param('userId', uuid) userId: string,
    @Body() body: ModerationReasonDto,
    @CurrentUser() user: UserEntity,
  ): Promise<MemberModerationStatus> {
    return this.members.remove(slug, userId, user, body.reason);
  }

  @Post('networks/:slug/members/:userId/ban')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MemberModerationStatusDto, description: 'The reason is required.' })
  ban(
    @Param('slug') slug: string,
    @Param('userId', uuid) userId: string,
    @Body() body: ModerationReasonDto,
    @CurrentUser() user: UserEntity,
  ): Promise<MemberModerationStatus> {
    return this.members.ban(slug, userId, user, body.reason);
  }

  @Post('networks/:slug/members/:userId/unban')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MemberModerationStatusDto })
  unban(
    @Param('slug') slug: string,
    @Param('userId', uuid) userId: string,
    @Body() body: ModerationReasonDto,
    @CurrentUser() user: UserEntity,
  ): Promise<MemberModerationStatus> {
    return this.members.unban(slug, userId, user, body.reason);
  }

  @Get('networks/:slug/bans')
  @ApiOkResponse({ type: [NetworkBanDto], description: 'Newest first.' })
  bans(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<NetworkBan[]> {
    return this.members.bans(slug, user);
  }

  @Get('networks/:slug/moderation/settings')
  @ApiOkResponse({ type: ModerationSettingsDto })
  settings(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<ModerationSettings> {
    return this.members.settings(slug, user);
  }

  @Put('networks/:slug/moderation/settings')
  @ApiOkResponse({ type: ModerationSettingsDto })
  updateSettings(
    @Param('slug') slug: string,
    @Body() body: ModerationSettingsDto,
    @CurrentUser() user: UserEntity,
  ): Promise<ModerationSettings> {
    return this.members.updateSettings(slug, user, body);
  }
}
