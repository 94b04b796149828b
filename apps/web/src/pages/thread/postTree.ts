import { MAX_DISPLAY_DEPTH, type PersonSummary, type Post } from '@inclusieplein/contract';

export interface PostNode {
  post: Post;
  /** Author of the parent post, set when the reply is shown at a lower depth than its real one. */
  replyTo: PersonSummary | null;
  children: PostNode[];
}

export interface PostTree {
  opening: Post | null;
  /** Direct replies to the opening post, each with its own replies nested below. */
  replies: PostNode[];
}

/**
 * Builds the nested display tree from posts in reading order.
 * Replies deeper than MAX_DISPLAY_DEPTH are attached to their ancestor one level above
 * that depth, so they are listed at the deepest level with a note naming the parent's author.
 * Posts for which `isVisible` returns false are left out, with their replies.
 */
export function buildPostTree(posts: Post[], isVisible: (post: Post) => boolean): PostTree {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const nodes = new Map<string, PostNode>();
  const tree: PostTree = { opening: null, replies: [] };

  for (const post of posts) {
    if (!isVisible(post)) {
      continue;
    }
    if (post.parentId === null) {
      tree.opening ??= post;
      continue;
    }

    let anchor = byId.get(post.parentId);
    while (anchor && anchor.depth > MAX_DISPLAY_DEPTH - 1 && anchor.parentId !== null) {
      anchor = byId.get(anchor.parentId);
    }
    if (!anchor) {
      continue;
    }

    const node: PostNode = {
      post,
      replyTo: post.depth > MAX_DISPLAY_DEPTH ? (byId.get(post.parentId)?.author ?? null) : null,
      children: [],
    };
    if (anchor.parentId === null) {
      tree.replies.push(node);
      nodes.set(post.id, node);
      continue;
    }
    const parentNode = nodes.get(anchor.id);
    if (parentNode) {
      parentNode.children.push(node);
      nodes.set(post.id, node);
    }
  }
  return tree;
}

/** Counts the replies in a tree, for the heading above them. */
export function countReplies(nodes: PostNode[]): number {
  // Deleted replies keep their place in the tree but do not count, as in the network's thread list.
  return nodes.reduce((total, node) => total + (node.post.deleted ? 0 : 1) + countReplies(node.children), 0);
}
