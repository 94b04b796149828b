import type { Post, ThreadSummary } from '@inclusieplein/contract';
import { toPersonSummary } from '../users/users.service';
import { renderMarkdown } from './markdown';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

/** Reader of a post: their account id (null for visitors) and whether they moderate its network. */
export interface PostViewer {
  userId: string | null;
  moderates: boolean;
}

/**
 * Checks whether the viewer may see a post at all. Posts waiting for approval and rejected posts
 * exist only for their author and for moderators. Callers return 404 to everyone else, as if they did not exist.
 */
export function canSeePost(post: Pick<PostEntity, 'approval' | 'authorId'>, viewer: PostViewer): boolean {
  return post.approval === 'approved' || viewer.moderates || post.authorId === viewer.userId;
}

/** Maps a post for a viewer. A hidden post keeps its text only for its author and moderators. */
export function toPost(post: PostEntity, viewer: PostViewer): Post {
  const deleted = post.deletedAt !== null;
  const hidden = post.hiddenAt !== null;
  const showBody = !deleted && (!hidden || viewer.moderates || post.authorId === viewer.userId);
  return {
    id: post.id,
    threadId: post.threadId,
    parentId: post.parentId,
    depth: post.depth,
    author: toPersonSummary(post.author),
    body: showBody ? post.body : null,
    bodyHtml: showBody ? renderMarkdown(post.body) : null,
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString() ?? null,
    editCount: post.editCount,
    deleted,
    hidden: hidden ? { reason: post.hiddenReason ?? '', hiddenAt: post.hiddenAt!.toISOString() } : null,
    approval: post.approval,
  };
}

export function toThreadSummary(thread: ThreadEntity): ThreadSummary {
  return {
    id: thread.id,
    networkId: thread.networkId,
    title: thread.title,
    author: toPersonSummary(thread.author),
    createdAt: thread.createdAt.toISOString(),
    lastActivityAt: thread.lastActivityAt.toISOString(),
    replyCount: thread.replyCount,
    isDemo: thread.isDemo,
    pinned: thread.pinnedAt !== null,
    locked: thread.lockedAt !== null,
  };
}
