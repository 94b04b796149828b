import { PostEntity } from './post.entity';

/**
 * Orders posts for reading: the opening post first, then each post followed by its replies,
 * depth first, oldest first among siblings. Posts whose parent is missing are left out.
 */
export function orderForReading(posts: PostEntity[]): PostEntity[] {
  const byCreation = [...posts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const children = new Map<string | null, PostEntity[]>();
  for (const post of byCreation) {
    const siblings = children.get(post.parentId) ?? [];
    siblings.push(post);
    children.set(post.parentId, siblings);
  }

  const ordered: PostEntity[] = [];
  // An explicit stack instead of recursion, so a very deep reply chain cannot overflow the call stack.
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length) {
    const post = stack.pop()!;
    ordered.push(post);
    stack.push(...[...(children.get(post.id) ?? [])].reverse());
  }
  return ordered;
}
