import type { NetworkDetail, Post, PostRevision, ThreadDetail, ThreadSummary } from '@inclusieplein/contract';
import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import { createNetwork, joinNetwork, reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;
let member: SignedInPerson;
let network: NetworkDetail;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  member = await signUp(testApp);
  network = await createNetwork(admin, owner);
  await joinNetwork(member, network.slug);
});

afterAll(async () => {
  await testApp.close();
});

async function getThread(id: string, agent = request(testApp.baseUrl)): Promise<ThreadDetail> {
  return (await agent.get(`/api/threads/${id}`).expect(200)).body;
}

async function countRows(table: 'threads' | 'posts'): Promise<number> {
  const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}

describe('starting a thread', () => {
  it('stores the opening post at depth 0', async () => {
    const response = await member.agent
      .post(`/api/networks/${network.slug}/threads`)
      .send({ title: 'Drempels bij het gemeentehuis', body: 'Wie heeft **ervaring** met een hellingbaan?' })
      .expect(201);
    const thread: ThreadDetail = response.body;
    expect(thread.title).toBe('Drempels bij het gemeentehuis');
    expect(thread.author.id).toBe(member.user.id);
    expect(thread.canReply).toBe(true);
    expect(thread.posts).toHaveLength(1);
    expect(thread.posts[0]).toMatchObject({ parentId: null, depth: 0, deleted: false, editCount: 0 });
    expect(thread.posts[0].bodyHtml).toContain('<strong>ervaring</strong>');
  });

  it('rejects non-members', async () => {
    const outsider = await signUp(testApp);
    const response = await outsider.agent
      .post(`/api/networks/${network.slug}/threads`)
      .send({ title: 'Een vraag', body: 'Tekst' })
      .expect(403);
    expect(response.body.code).toBe('forbidden');
  });

  it('rejects visitors', async () => {
    const response = await request(testApp.baseUrl)
      .post(`/api/networks/${network.slug}/threads`)
      .send({ title: 'Een vraag', body: 'Tekst' })
      .expect(401);
    expect(response.body.code).toBe('not_authenticated');
  });

  it('rejects empty title and body', async () => {
    const threadsBefore = await countRows('threads');
    const postsBefore = await countRows('posts');
    const response = await member.agent
      .post(`/api/networks/${network.slug}/threads`)
      .send({ title: '   ', body: ' \n ' })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ title: 'required', body: 'required' });
    expect(await countRows('threads')).toBe(threadsBefore);
    expect(await countRows('posts')).toBe(postsBefore);
  });

  it('rejects a short title', async () => {
    const response = await member.agent
      .post(`/api/networks/${network.slug}/threads`)
      .send({ title: 'Hé', body: 'Tekst' })
      .expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'title', code: 'too_short', params: { min: 3 } }),
    ]);
  });

  it('lists threads with recent activity first', async () => {
    const older = await startThread(member, network.slug, { title: 'Oudere vraag' });
    const newer = await startThread(member, network.slug, { title: 'Nieuwere vraag' });
    await reply(owner, older.id, older.posts[0].id);
    const response = await request(testApp.baseUrl).get(`/api/networks/${network.slug}/threads`).expect(200);
    const ids = (response.body as ThreadSummary[]).map((thread) => thread.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
    expect((response.body as ThreadSummary[]).find((thread) => thread.id === older.id)?.replyCount).toBe(1);
  });
});

describe('reply tree', () => {
  it('gives nested replies growing depth', async () => {
    const thread = await startThread(owner, network.slug);
    let parentId = thread.posts[0].id;
    const depths: number[] = [];
    for (let level = 1; level <= 6; level++) {
      const post = await reply(level % 2 ? member : owner, thread.id, parentId, `Niveau ${level}`);
      depths.push(post.depth);
      expect(post.parentId).toBe(parentId);
      parentId = post.id;
    }
    expect(depths).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('returns posts in depth-first order', async () => {
    const thread = await startThread(owner, network.slug);
    const opening = thread.posts[0];
    const first = await reply(member, thread.id, opening.id, 'eerste');
    const second = await reply(owner, thread.id, opening.id, 'tweede');
    const firstChild = await reply(owner, thread.id, first.id, 'eerste.1');
    const secondChild = await reply(member, thread.id, second.id, 'tweede.1');
    const grandChild = await reply(member, thread.id, firstChild.id, 'eerste.1.1');

    const loaded = await getThread(thread.id);
    expect(loaded.posts.map((post) => post.id)).toEqual([
      opening.id,
      first.id,
      firstChild.id,
      grandChild.id,
      second.id,
      secondChild.id,
    ]);
    expect(loaded.posts.map((post) => post.depth)).toEqual([0, 1, 2, 3, 1, 2]);
  });

  it('rejects a parent from another thread', async () => {
    const thread = await startThread(owner, network.slug);
    const otherThread = await startThread(owner, network.slug);
    const response = await member.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: otherThread.posts[0].id, body: 'Verkeerde plek' })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ parentId: 'invalid' });
  });

  it('rejects a non-UUID parent id', async () => {
    const thread = await startThread(owner, network.slug);
    const response = await member.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: 'eerste', body: 'Tekst' })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ parentId: 'invalid' });
  });

  it('rejects replies from non-members', async () => {
    const thread = await startThread(owner, network.slug);
    const outsider = await signUp(testApp);
    await outsider.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: thread.posts[0].id, body: 'Hoi' })
      .expect(403);
  });
});

describe('editing a post', () => {
  it('keeps the earlier text as revision', async () => {
    const thread = await startThread(member, network.slug, { body: 'Eerste versie' });
    const postId = thread.posts[0].id;
    const response = await member.agent.patch(`/api/posts/${postId}`).send({ body: 'Tweede versie' }).expect(200);
    const edited: Post = response.body;
    expect(edited.body).toBe('Tweede versie');
    expect(edited.editCount).toBe(1);
    expect(edited.editedAt).not.toBeNull();

    const revisions = await request(testApp.baseUrl).get(`/api/posts/${postId}/revisions`).expect(200);
    const list: PostRevision[] = revisions.body;
    expect(list.map((revision) => revision.body)).toEqual(['Eerste versie']);
    expect(list[0].editor.id).toBe(member.user.id);
  });

  it('stores no revision for unchanged text', async () => {
    const thread = await startThread(member, network.slug, { body: 'Zelfde tekst' });
    const postId = thread.posts[0].id;
    const response = await member.agent.patch(`/api/posts/${postId}`).send({ body: 'Zelfde tekst' }).expect(200);
    expect(response.body.editCount).toBe(0);
  });

  it("rejects editing another's post", async () => {
    const thread = await startThread(member, network.slug, { body: 'Van het lid' });
    const postId = thread.posts[0].id;
    // Moderators and owners may edit any post, so the editor here is another member.
    const otherMember = await signUp(testApp);
    await joinNetwork(otherMember, network.slug);
    const response = await otherMember.agent.patch(`/api/posts/${postId}`).send({ body: 'Overschreven' }).expect(403);
    expect(response.body.code).toBe('forbidden');
    expect((await getThread(thread.id)).posts[0].body).toBe('Van het lid');
  });
});

describe('deleting a post', () => {
  it('hides the text and keeps the tree', async () => {
    const thread = await startThread(owner, network.slug);
    const target = await reply(member, thread.id, thread.posts[0].id, 'Weg ermee');
    const child = await reply(owner, thread.id, target.id, 'Antwoord blijft');
    await member.agent.patch(`/api/posts/${target.id}`).send({ body: 'Weg ermee, versie 2' }).expect(200);

    const response = await member.agent.delete(`/api/posts/${target.id}`).expect(200);
    expect(response.body).toMatchObject({ id: target.id, body: null, bodyHtml: null, deleted: true });

    const loaded = await getThread(thread.id);
    expect(loaded.posts.map((post) => post.id)).toEqual([thread.posts[0].id, target.id, child.id]);
    expect(loaded.posts[1].deleted).toBe(true);
    expect(loaded.posts[2].body).toBe('Antwoord blijft');

    const revisions = await request(testApp.baseUrl).get(`/api/posts/${target.id}/revisions`).expect(200);
    expect(revisions.body).toEqual([]);
  });

  it('lowers the reply count once', async () => {
    const thread = await startThread(owner, network.slug);
    const first = await reply(member, thread.id, thread.posts[0].id);
    await reply(member, thread.id, thread.posts[0].id);
    await member.agent.delete(`/api/posts/${first.id}`).expect(200);
    await member.agent.delete(`/api/posts/${first.id}`).expect(200);
    const list = await request(testApp.baseUrl).get(`/api/networks/${network.slug}/threads`).expect(200);
    expect((list.body as ThreadSummary[]).find((item) => item.id === thread.id)?.replyCount).toBe(1);
  });

  it("lets a moderator delete another's post", async () => {
    const thread = await startThread(member, network.slug);
    const response = await owner.agent.delete(`/api/posts/${thread.posts[0].id}`).expect(200);
    expect(response.body.deleted).toBe(true);
  });

  it("rejects a member deleting another's post", async () => {
    const thread = await startThread(owner, network.slug);
    const response = await member.agent.delete(`/api/posts/${thread.posts[0].id}`).expect(403);
    expect(response.body.code).toBe('forbidden');
    expect((await getThread(thread.id)).posts[0].deleted).toBe(false);
  });

  it('rejects a moderator of another network', async () => {
    const otherOwner = await signUp(testApp);
    await createNetwork(admin, otherOwner);
    const thread = await startThread(member, network.slug);
    await otherOwner.agent.delete(`/api/posts/${thread.posts[0].id}`).expect(403);
  });

  it('returns 409 to a reply', async () => {
    const thread = await startThread(owner, network.slug);
    const target = await reply(member, thread.id, thread.posts[0].id);
    await member.agent.delete(`/api/posts/${target.id}`).expect(200);
    const response = await owner.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: target.id, body: 'Te laat' })
      .expect(409);
    expect(response.body.code).toBe('post_deleted');
  });

  it('returns 409 to an edit', async () => {
    const thread = await startThread(member, network.slug);
    await member.agent.delete(`/api/posts/${thread.posts[0].id}`).expect(200);
    const response = await member.agent.patch(`/api/posts/${thread.posts[0].id}`).send({ body: 'Terug' }).expect(409);
    expect(response.body.code).toBe('post_deleted');
  });
});
