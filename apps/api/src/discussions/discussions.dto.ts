import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CreatePostRequest,
  CreateThreadRequest,
  NetworkVisibility,
  Post,
  PostApproval,
  PostRevision,
  ThreadDetail,
  ThreadSummary,
  UpdatePostRequest,
} from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';
import { PersonSummaryDto } from '../users/users.dto';

/** Declares a post body: Markdown, kept as typed except for trailing white space. */
function PostBody(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: 'Markdown', minLength: LIMITS.postBody.min, maxLength: LIMITS.postBody.max }),
    // trimEnd, not replace(/\s+$/): that regex takes quadratic time on long runs of white space.
    Transform(({ value }) => (typeof value === 'string' ? value.trimEnd() : value)),
    IsString({ message: 'must be text' }),
    IsNotEmpty({ message: 'is required' }),
    MaxLength(LIMITS.postBody.max, {
      context: { max: LIMITS.postBody.max },
      message: `must be at most ${LIMITS.postBody.max} characters`,
    }),
  );
}

export class CreateThreadDto implements CreateThreadRequest {
  @RequiredText({ ...LIMITS.threadTitle, example: 'Hoe maken we de markt toegankelijk?' })
  title: string;

  @PostBody()
  body: string;
}

export class CreatePostDto implements CreatePostRequest {
  @ApiProperty({ format: 'uuid' })
  @IsNotEmpty({ message: 'is required' })
  @IsUUID('all', { message: 'must be the id of a post' })
  parentId: string;

  @PostBody()
  body: string;
}

export class UpdatePostDto implements UpdatePostRequest {
  @PostBody()
  body: string;

  @OptionalText({ ...LIMITS.moderationReason, nullable: true, description: 'Reason for a moderator edit, kept in the audit log' })
  reason?: string | null;
}

class PostHiddenDto {
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) hiddenAt: string;
}

export class PostDto implements Post {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty() depth: number;
  @ApiProperty({ type: PersonSummaryDto }) author: PersonSummaryDto;
  @ApiPropertyOptional({ type: String, nullable: true }) body: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) bodyHtml: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) editedAt: string | null;
  @ApiProperty() editCount: number;
  @ApiProperty() deleted: boolean;
  @ApiPropertyOptional({ type: PostHiddenDto, nullable: true, description: 'Set while a moderator hides the post' })
  hidden: PostHiddenDto | null;
  @ApiProperty({ enum: ['approved', 'pending', 'rejected'] }) approval: PostApproval;
}

class ThreadNetworkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['open', 'closed'] }) visibility: NetworkVisibility;
}

class ThreadPlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class ThreadSummaryDto implements ThreadSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: PersonSummaryDto }) author: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastActivityAt: string;
  @ApiProperty() replyCount: number;
  @ApiProperty() isDemo: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty() locked: boolean;
}

export class ThreadDetailDto implements ThreadDetail {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: ThreadNetworkDto }) network: ThreadNetworkDto;
  @ApiProperty({ type: PersonSummaryDto }) author: PersonSummaryDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() isDemo: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty() locked: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) lockReason: string | null;
  @ApiProperty({ type: [PostDto], description: 'Depth-first reading order' }) posts: PostDto[];
  @ApiProperty() canReply: boolean;
  @ApiProperty() canModerate: boolean;
  @ApiPropertyOptional({ type: ThreadPlanDto, nullable: true, description: 'Plan whose discussion this thread is' })
  plan?: ThreadPlanDto | null;
}

export class PostRevisionDto implements PostRevision {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) replacedAt: string;
  @ApiProperty({ type: PersonSummaryDto }) editor: PersonSummaryDto;
  @ApiProperty() byModerator: boolean;
}
