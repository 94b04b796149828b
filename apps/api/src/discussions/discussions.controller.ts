import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Post as PostBody, PostRevision, ThreadDetail, ThreadSummary } from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import {
  CreatePostDto,
  CreateThreadDto,
  PostDto,
  PostRevisionDto,
  ThreadDetailDto,
  ThreadSummaryDto,
  UpdatePostDto,
} from './discussions.dto';
import { DiscussionsService } from './discussions.service';

const uuid = new ParseUUIDPipe();

@ApiTags('discussions')
@Controller()
export class DiscussionsController {
  constructor(private readonly discussions: DiscussionsService) {}

  @Get('networks/:slug/threads')
  @ApiOkResponse({ type: [ThreadSummaryDto], description: 'Most recently active first.' })
  listThreads(@Param('slug') slug: string, @CurrentUser() user: UserEntity | undefined): Promise<ThreadSummary[]> {
    return this.discussions.listThreads(slug, user);
  }

  @Post('networks/:slug/threads')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: ThreadDetailDto })
  createThread(@Param('slug') slug: string, @Body() body: CreateThreadDto, @CurrentUser() user: UserEntity): Promise<ThreadDetail> {
    return this.discussions.createThread(slug, user, body);
  }

  @Get('threads/:id')
  @ApiOkResponse({ type: ThreadDetailDto })
  getThread(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity | undefined): Promise<ThreadDetail> {
    return this.discussions.getThread(id, user);
  }

  @Post('threads/:id/posts')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: PostDto })
  reply(@Param('id', uuid) id: string, @Body() body: CreatePostDto, @CurrentUser() user: UserEntity): Promise<PostBody> {
    return this.discussions.reply(id, user, body);
  }

  @Get('posts/:id')
  @ApiOkResponse({ type: PostDto })
  getPost(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity | undefined): Promise<PostBody> {
    return this.discussions.getPost(id, user);
  }

  @Patch('posts/:id')
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: PostDto })
  edit(@Param('id', uuid) id: string, @Body() body: UpdatePostDto, @CurrentUser() user: UserEntity): Promise<PostBody> {
    return this.discussions.edit(id, user, body.body, body.reason ?? null);
  }

  @Delete('posts/:id')
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: PostDto, description: 'The post as it now shows: deleted, text hidden.' })
  delete(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity): Promise<PostBody> {
    return this.discussions.delete(id, user);
  }

  @Get('posts/:id/revisions')
  @ApiOkResponse({ type: [PostRevisionDto], description: 'Earlier texts, newest first.' })
  revisions(@Param('id', uuid) id: string, @CurrentUser() user: UserEntity | undefined): Promise<PostRevision[]> {
    return this.discussions.listRevisions(id, user);
  }
}
