import type { ModerationQueue, MyNetworkStanding, Post, ThreadDetail, ThreadSummary } from '@inclusieplein/contract';
import request from 'supertest';
import { joinNetwork, reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { addMember, auditActions, createModeratedNetwork, ModeratedNetwork } from '../support/moderation-builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let home: ModeratedNetwork;

beforeAll(async () => {
  testApp = await startTestApp({ env: { RATE_LIMIT_REPLIES_PER_MINUTE: '3', RATE_LIMIT_THREADS_PER_HOUR: '2' } });
  admin = await signUpAdmin(testApp);
  home = await createModeratedNetwork(testApp, admin);
  // Administrators post only where they are members, like everyone else.
  await joinNetwork(admin, home.network.slug);
});

afterAll(async () => {
  await testApp.close();
});

async function newMember(network: ModeratedNetwork = home): Promise<SignedInPerson> {
  const person = await signUp(testApp);
  await addMember(network.owner, person, network.network);
  return person;
}

function sendReply(person: SignedInPerson, thread: ThreadDetail) {
  return person.agent.post(`/api/threads/${thread.id}/posts`).send({ parentId: thread.posts[0].id, body: 'Nog een reactie' });
}

describe('posting limits', () => {
  it('answers 429 with retryAfterSeconds once the replies per minute are used', async () => {
    const thread = await startThread(home.owner, home.network.slug);
    const person = await newMember();
    for (let i = 0; i < 3; i++) await sendReply(person, thread).expect(201);

    const response = await sendReply(person, thread).expect(429);
    expect(response.body.code).toBe('too_many_requests');
    expect(response.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(response.body.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts from the database, so older replies stop counting', async () => {
    const thread = await startThread(home.owner, home.network.slug);
    const person = await newMember();
    for (let i = 0; i < 3; i++) await sendReply(person, thread).expect(201);
    await testApp.dataSource.query(`UPDATE posts SET created_at = created_at - interval '2 minutes' WHERE author_id = $1`, [
      person.user.id,
    ]);
    await sendReply(person, thread).expect(201);
  });

  it('answers 429 once the threads per hour are used', async () => {
    const person = await newMember();
    for (let i = 0; i < 2; i++) await startThread(person, home.network.slug);
    const response = await person.agent
      .post(`/api/networks/${home.network.slug}/threads`)
      .send({ title: 'Derde onderwerp', body: 'Tekst' })
      .expect(429);
    expect(response.body.retryAfterSeconds).toBeGreaterThan(60);
    expect(response.body.retryAfterSeconds).toBeLessThanOrEqual(3600);
  });

  it('holds under parallel requests', async () => {
    const thread = await startThread(home.owner, home.network.slug);
    const person = await newMember();
    const responses = await Promise.all(Array.from({ length: 6 }, () => sendReply(person, thread)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
  });

  it.each([
    ['the moderator', () => home.moderator],
    ['the owner', () => home.owner],
    ['an administrator', () => admin],
  ])('never applies to %s', async (_name, person) => {
    const thread = await startThread(home.owner, home.network.slug);
    for (let i = 0; i < 5; i++) await sendReply(person(), thread).expect(201);
    for (let i = 0; i < 3; i++) await startThread(person(), home.network.slug);
  });
});

describe('approval of first posts', () => {
  let network: ModeratedNetwork;

  beforeAll(async () => {
    network = await createModeratedNetwork(testApp, admin);
    await network.moderator.agent
      .put(`/api/networks/${network.network.slug}/moderation/settings`)
      .send({ firstPostsRequiringApproval: 1 })
      .expect(200);
  });

  it('holds a new member’s reply until a moderator approves it', async () => {
    const thread = await startThread(network.owner, network.network.slug);
    const person = await newMember(network);
    const standing = (await person.agent.get(`/api/networks/${network.network.slug}/my-standing`).expect(200)).body as MyNetworkStanding;
    expect(standing.postsRequiringApproval).toBe(1);

    const pending = await reply(person, thread.id, thread.posts[0].id, 'Mijn eerste bericht');
    expect(pending.approval).toBe('pending');
    const seenByOthers = (await network.member.agent.get(`/api/threads/${thread.id}`).expect(200)).body as ThreadDetail;
    expect(seenByOthers.posts.map((post) => post.id)).not.toContain(pending.id);
    await network.member.agent.get(`/api/posts/${pending.id}`).expect(404);
    await request(testApp.baseUrl).get(`/api/posts/${pending.id}`).expect(404);
    const seenByAuthor = (await person.agent.get(`/api/threads/${thread.id}`).expect(200)).body as ThreadDetail;
    expect(seenByAuthor.posts.find((post) => post.id === pending.id)?.approval).toBe('pending');

    const queue = (await network.moderator.agent.get(`/api/networks/${network.network.slug}/moderation/queue`).expect(200))
      .body as ModerationQueue;
    expect(queue.pendingPosts.map((post) => post.postId)).toContain(pending.id);
    expect(queue.pendingPostCount).toBe(queue.pendingPosts.length);

    const approved = (await network.moderator.agent.post(`/api/posts/${pending.id}/approve`).expect(200)).body as Post;
    expect(approved.approval).toBe('approved');
    const after = (await network.member.agent.get(`/api/threads/${thread.id}`).expect(200)).body as ThreadDetail;
    expect(after.posts.map((post) => post.id)).toContain(pending.id);
    expect((await auditActions(network.owner, network.network.slug))[0]).toBe('post.approved');

    const second = await reply(person, thread.id, thread.posts[0].id, 'Nu direct zichtbaar');
    expect(second.approval).toBe('approved');
  });

  it('hides a new member’s thread until its opening post is approved', async () => {
    const person = await newMember(network);
    const thread = await startThread(person, network.network.slug, { title: 'Eerste onderwerp van nieuw lid' });
    expect(thread.posts[0].approval).toBe('pending');
    const list = (await network.member.agent.get(`/api/networks/${network.network.slug}/threads`).expect(200)).body as ThreadSummary[];
    expect(list.map((summary) => summary.id)).not.toContain(thread.id);
    await network.member.agent.get(`/api/threads/${thread.id}`).expect(404);
    const ownList = (await person.agent.get(`/api/networks/${network.network.slug}/threads`).expect(200)).body as ThreadSummary[];
    expect(ownList.map((summary) => summary.id)).toContain(thread.id);

    await network.moderator.agent.post(`/api/posts/${thread.posts[0].id}/approve`).expect(200);
    await network.member.agent.get(`/api/threads/${thread.id}`).expect(200);
  });

  it('keeps a rejected post from others and tells the author why', async () => {
    const thread = await startThread(network.owner, network.network.slug);
    const person = await newMember(network);
    const pending = await reply(person, thread.id, thread.posts[0].id, 'Reclame');
    const rejected = (await network.moderator.agent.post(`/api/posts/${pending.id}/reject`).send({ reason: 'Reclame' }).expect(200))
      .body as Post;
    expect(rejected).toMatchObject({ approval: 'rejected', hidden: { reason: 'Reclame' } });
    await network.member.agent.get(`/api/posts/${pending.id}`).expect(404);
    expect((await person.agent.get(`/api/posts/${pending.id}`).expect(200)).body.approval).toBe('rejected');
    const again = await network.moderator.agent.post(`/api/posts/${pending.id}/approve`).expect(409);
    expect(again.body.code).toBe('post_not_pending');
  });

  it('does not hold posts of moderators', async () => {
    const thread = await startThread(network.moderator, network.network.slug);
    expect(thread.posts[0].approval).toBe('approved');
  });

  it('rejects approval from other networks', async () => {
    const thread = await startThread(network.owner, network.network.slug);
    const person = await newMember(network);
    const pending = await reply(person, thread.id, thread.posts[0].id, 'Wachtend');
    await network.member.agent.post(`/api/posts/${pending.id}/approve`).expect(403);
    await home.moderator.agent.post(`/api/posts/${pending.id}/approve`).expect(403);
    await home.moderator.agent.post(`/api/posts/${pending.id}/reject`).send({}).expect(403);
  });
});
