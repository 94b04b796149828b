import { MAX_DISPLAY_DEPTH, type Post } from '@inclusieplein/contract';
import { PostItem, type PostPermissions } from './PostItem';
import type { PostNode } from './postTree';

interface ReplyListProps {
  nodes: PostNode[];
  /** Nesting level, 1 for direct replies to the opening post; the tree builder keeps it at most MAX_DISPLAY_DEPTH. */
  level: number;
  permissionsFor: (post: Post) => PostPermissions;
  onReply: (parentId: string, body: string) => Promise<void>;
  onChanged: () => Promise<void>;
}

/**
 * Replies as nested ordered lists, so screen readers announce the level of each list,
 * and a reply is always inside the list item of its parent post.
 */
export function ReplyList({ nodes, level, permissionsFor, onReply, onChanged }: ReplyListProps) {
  return (
    <ol className={`post-list post-list--level-${Math.min(level, MAX_DISPLAY_DEPTH)}`}>
      {nodes.map((node) => (
        <li key={node.post.id} className="post-list__item">
          <PostItem
            post={node.post}
            replyTo={node.replyTo}
            headingLevel={3}
            permissions={permissionsFor(node.post)}
            onReply={onReply}
            onChanged={onChanged}
          />
          {node.children.length > 0 && (
            <ReplyList nodes={node.children} level={level + 1} permissionsFor={permissionsFor} onReply={onReply} onChanged={onChanged} />
          )}
        </li>
      ))}
    </ol>
  );
}
