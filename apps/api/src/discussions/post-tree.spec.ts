import { orderForReading } from './post-tree';
import { PostEntity } from './post.entity';

const START = Date.UTC(2025, 0, 1, 9, 0, 0);

/** Builds a post with only the fields that orderForReading reads, created `minute` minutes after START. */
function post(id: string, parentId: string | null, minute: number): PostEntity {
  return Object.assign(new PostEntity(), { id, parentId, createdAt: new Date(START + minute * 60_000) });
}

const ids = (posts: PostEntity[]) => posts.map((item) => item.id);

describe('orderForReading', () => {
  it('returns an empty list unchanged', () => {
    expect(orderForReading([])).toEqual([]);
  });

  it('puts each reply after its parent', () => {
    const posts = [
      post('opening', null, 0),
      post('a', 'opening', 1),
      post('b', 'opening', 2),
      post('a1', 'a', 3),
      post('a1x', 'a1', 4),
      post('b1', 'b', 5),
    ];
    expect(ids(orderForReading(posts))).toEqual(['opening', 'a', 'a1', 'a1x', 'b', 'b1']);
  });

  it('orders siblings oldest first', () => {
    const posts = [post('late', 'opening', 9), post('opening', null, 0), post('early', 'opening', 1)];
    expect(ids(orderForReading(posts))).toEqual(['opening', 'early', 'late']);
  });

  it('breaks equal times by id', () => {
    const posts = [post('opening', null, 0), post('c', 'opening', 1), post('b', 'opening', 1)];
    expect(ids(orderForReading(posts))).toEqual(['opening', 'b', 'c']);
  });

  it('leaves out posts without parent', () => {
    const posts = [post('opening', null, 0), post('stray', 'missing', 1), post('reply', 'opening', 2)];
    expect(ids(orderForReading(posts))).toEqual(['opening', 'reply']);
  });

  it('does not change the input', () => {
    const posts = [post('b', 'opening', 2), post('opening', null, 0)];
    orderForReading(posts);
    expect(ids(posts)).toEqual(['b', 'opening']);
  });

  it('handles a 20,000-deep reply chain', () => {
    const chain = [post('p0', null, 0)];
    for (let depth = 1; depth < 20_000; depth++) chain.push(post(`p${depth}`, `p${depth - 1}`, depth));
    const ordered = orderForReading([...chain].reverse());
    expect(ordered).toHaveLength(20_000);
    expect(ordered[19_999].id).toBe('p19999');
  });
});
