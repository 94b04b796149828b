import type { Post, PostRevision, ThreadDetail, ThreadSummary } from '@inclusieplein/contract';
import request from 'supertest';
import { DomainEvent, DomainEvents } from '../../apps/api/src/realtime/domain-events';
import { reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { createPlan } from '../support/plan-builders';
import { auditActions, createModeratedNetwork, ModeratedNetwork } from '../support/moderation-builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let home: ModeratedNetwork;
let other: ModeratedNetwork;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  home = await createModeratedNetwork(testApp, admin);
  other = await createModeratedNetwork(testApp, admin);
});

afterAll(async () => {
  await testApp.close();
});

async function memberPost(): Promise<{ thread: ThreadDetail; post: Post }> {
  const thread = await startThread(home.owner, home.network.slug);
  const post = await reply(home.member, thread.id, thread.posts[0].id, 'Een bericht dat niet mag.');
  return { thread, post };
}

describe('hiding a post', () => {
  it('shows a placeholder to others and the text to author and moderators', async () => {
    const { thread, post } = await memberPost();
    const hidden = await home.moderator.agent.post(`/api/posts/${post.id}/hide`).send({ reason: 'Persoonlijke aanval' }).expect(200);
    expect(hidden.body.hidden.reason).toBe('Persoonlijke aanval');
    expect(hidden.body.body).toBe('Een bericht dat niet mag.');

    const outsider = await signUp(testApp);
    const seen = (await outsider.agent.get(`/api/threads/${thread.id}`).expect(200)).body as ThreadDetail;
    const placeholder = seen.posts.find((candidate) => candidate.id === post.id)!;
    expect(placeholder.body).toBeNull();
    expect(placeholder.bodyHtml).toBeNull();
    expect(placeholder.hidden?.reason).toBe('Persoonlijke aanval');

    const byAuthor = (await home.member.agent.get(`/api/posts/${post.id}`).expect(200)).body as Post;
    expect(byAuthor.body).toBe('Een bericht dat niet mag.');
    expect(byAuthor.hidden).not.toBeNull();
    const anonymous = (await request(testApp.baseUrl).get(`/api/posts/${post.id}`).expect(200)).body as Post;
    expect(anonymous.body).toBeNull();
  });

  it('hides earlier texts from others', async () => {
    const { post } = await memberPost();
    await home.member.agent.patch(`/api/posts/${post.id}`).send({ body: 'Aangepast' }).expect(200);
    await home.moderator.agent.post(`/api/posts/${post.id}/hide`).send({ reason: 'Spam' }).expect(200);
    const outsider = await signUp(testApp);
    expect((await outsider.agent.get(`/api/posts/${post.id}/revisions`).expect(200)).body).toEqual([]);
    expect((await home.moderator.agent.get(`/api/posts/${post.id}/revisions`).expect(200)).body).toHaveLength(1);
  });

  it('requires a reason', async () => {
    const { post } = await memberPost();
    const response = await home.moderator.agent.post(`/api/posts/${post.id}/hide`).send({}).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'reason', code: 'required' });
  });

  it('restores the post for everyone', async () => {
    const { post } = await memberPost();
    await home.moderator.agent.post(`/api/posts/${post.id}/hide`).send({ reason: 'Even nakijken' }).expect(200);
    const restored = await home.moderator.agent.post(`/api/posts/${post.id}/restore`).send({}).expect(200);
    expect(restored.body.hidden).toBeNull();
    const outsider = await signUp(testApp);
    expect((await outsider.agent.get(`/api/posts/${post.id}`).expect(200)).body.body).toBe('Een bericht dat niet mag.');
    expect((await auditActions(home.owner, home.network.slug)).slice(0, 2)).toEqual(['post.restored', 'post.hidden']);
  });

  it.each([
    ['a member', () => home.member],
    ['the moderator of another network', () => other.moderator],
    ['the owner of another network', () => other.owner],
  ])('rejects %s', async (_name, person) => {
    const { post } = await memberPost();
    await person().agent.post(`/api/posts/${post.id}/hide`).send({ reason: 'Nee' }).expect(403);
    await person().agent.post(`/api/posts/${post.id}/restore`).send({}).expect(403);
  });

  it('is allowed to owners and administrators', async () => {
    const { post } = await memberPost();
    await home.owner.agent.post(`/api/posts/${post.id}/hide`).send({ reason: 'Eigenaar' }).expect(200);
    await admin.agent.post(`/api/posts/${post.id}/restore`).send({}).expect(200);
  });

  it('returns 404 for an unknown post', async () => {
    await home.moderator.agent.post('/api/posts/00000000-0000-4000-8000-000000000000/hide').send({ reason: 'x' }).expect(404);
  });
});

describe('editing as moderator', () => {
  it('keeps the old text with the moderator as editor', async () => {
    const { post } = await memberPost();
    const edited = await home.moderator.agent
      .patch(`/api/posts/${post.id}`)
      .send({ body: 'Tekst aangepast door moderator', reason: 'Telefoonnummer verwijderd' })
      .expect(200);
    expect(edited.body.body).toBe('Tekst aangepast door moderator');
    const revisions = (await home.member.agent.get(`/api/posts/${post.id}/revisions`).expect(200)).body as PostRevision[];
    expect(revisions[0]).toMatchObject({ body: 'Een bericht dat niet mag.', byModerator: true });
    expect(revisions[0].editor.id).toBe(home.moderator.user.id);
    expect((await auditActions(home.owner, home.network.slug))[0]).toBe('post.edited');
  });

  it('is rejected for members and moderators of other networks', async () => {
    const { post } = await memberPost();
    const outsider = await signUp(testApp);
    await outsider.agent.patch(`/api/posts/${post.id}`).send({ body: 'Nee' }).expect(403);
    await other.moderator.agent.patch(`/api/posts/${post.id}`).send({ body: 'Nee' }).expect(403);
  });
});

describe('locking a thread', () => {
  it('rejects new replies with 409 thread_locked, except from moderators', async () => {
    const thread = await startThread(home.member, home.network.slug);
    const locked = await home.moderator.agent.post(`/api/threads/${thread.id}/lock`).send({ reason: 'Afgerond' }).expect(200);
    expect(locked.body).toMatchObject({ locked: true, lockReason: 'Afgerond' });

    const response = await home.member.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: thread.posts[0].id, body: 'Nog iets' })
      .expect(409);
    expect(response.body.code).toBe('thread_locked');
    expect((await home.member.agent.get(`/api/threads/${thread.id}`).expect(200)).body.canReply).toBe(false);
    await reply(home.moderator, thread.id, thread.posts[0].id, 'Laatste woord van de moderator');

    const unlocked = await home.moderator.agent.post(`/api/threads/${thread.id}/unlock`).send({}).expect(200);
    expect(unlocked.body.locked).toBe(false);
    await reply(home.member, thread.id, thread.posts[0].id);
    expect((await auditActions(home.owner, home.network.slug)).slice(0, 2)).toEqual(['thread.unlocked', 'thread.locked']);
  });

  it.each(['lock', 'unlock', 'pin', 'unpin'])('rejects %s by members and other networks', async (action) => {
    const thread = await startThread(home.member, home.network.slug);
    await home.member.agent.post(`/api/threads/${thread.id}/${action}`).send({}).expect(403);
    await other.moderator.agent.post(`/api/threads/${thread.id}/${action}`).send({}).expect(403);
    await other.owner.agent.post(`/api/threads/${thread.id}/${action}`).send({}).expect(403);
  });
});

describe('pinning a thread', () => {
  it('lists pinned threads first', async () => {
    const first = await startThread(home.member, home.network.slug, { title: 'Eerst gestart' });
    await startThread(home.member, home.network.slug, { title: 'Later gestart' });
    const pinned = await home.moderator.agent.post(`/api/threads/${first.id}/pin`).send({}).expect(200);
    expect(pinned.body.pinned).toBe(true);

    const list = (await home.member.agent.get(`/api/networks/${home.network.slug}/threads`).expect(200)).body as ThreadSummary[];
    expect(list[0]).toMatchObject({ id: first.id, pinned: true });
    expect(list.slice(1).every((thread) => !thread.pinned)).toBe(true);

    await home.moderator.agent.post(`/api/threads/${first.id}/unpin`).send({}).expect(200);
    const after = (await home.member.agent.get(`/api/networks/${home.network.slug}/threads`).expect(200)).body as ThreadSummary[];
    expect(after.find((thread) => thread.id === first.id)!.pinned).toBe(false);
  });
});

describe('moving a thread', () => {
  it('moves to a network the actor also moderates', async () => {
    const thread = await startThread(home.member, home.network.slug, { title: 'Hoort elders' });
    // The home moderator also moderates the other network.
    await home.moderator.agent.post(`/api/networks/${other.network.slug}/join`).send({}).expect(201);
    await other.owner.agent
      .patch(`/api/networks/${other.network.slug}/members/${home.moderator.user.id}`)
      .send({ role: 'moderator' })
      .expect(200);

    const moved = await home.moderator.agent
      .post(`/api/threads/${thread.id}/move`)
      .send({ networkId: other.network.id, reason: 'Past beter daar' })
      .expect(200);
    expect(moved.body.network.id).toBe(other.network.id);
    const list = (await admin.agent.get(`/api/networks/${other.network.slug}/threads`).expect(200)).body as ThreadSummary[];
    expect(list.map((summary) => summary.id)).toContain(thread.id);
    expect(await auditActions(home.owner, home.network.slug)).toContain('thread.moved');
    expect(await auditActions(other.owner, other.network.slug)).toContain('thread.moved');
  });

  it('rejects a target network the actor does not moderate', async () => {
    const thread = await startThread(home.member, home.network.slug);
    const third = await createModeratedNetwork(testApp, admin);
    await home.owner.agent.post(`/api/threads/${thread.id}/move`).send({ networkId: third.network.id }).expect(403);
    expect((await admin.agent.get(`/api/threads/${thread.id}`).expect(200)).body.network.id).toBe(home.network.id);
  });

  it('rejects members and moderators of the target network only', async () => {
    const thread = await startThread(home.member, home.network.slug);
    await home.member.agent.post(`/api/threads/${thread.id}/move`).send({ networkId: other.network.id }).expect(403);
    await other.owner.agent.post(`/api/threads/${thread.id}/move`).send({ networkId: other.network.id }).expect(403);
  });

  it('rejects the same network', async () => {
    const thread = await startThread(home.member, home.network.slug);
    const response = await admin.agent.post(`/api/threads/${thread.id}/move`).send({ networkId: home.network.id }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'networkId', code: 'invalid' });
  });

  it('keeps the discussion of a plan in its network', async () => {
    const plan = await createPlan(home.owner, home.network.slug);
    const threadId = plan.threadId;
    const response = await admin.agent.post(`/api/threads/${threadId}/move`).send({ networkId: other.network.id }).expect(409);
    expect(response.body.code).toBe('thread_has_plan');
  });
});

describe('deleting as moderator', () => {
  it('records the deletion of someone else’s post', async () => {
    const { post } = await memberPost();
    await home.moderator.agent.delete(`/api/posts/${post.id}`).expect(200);
    expect((await auditActions(home.owner, home.network.slug))[0]).toBe('post.deleted');
  });

  it('records nothing when authors delete their own post', async () => {
    const { post } = await memberPost();
    const before = await auditActions(home.owner, home.network.slug);
    await home.member.agent.delete(`/api/posts/${post.id}`).expect(200);
    expect(await auditActions(home.owner, home.network.slug)).toEqual(before);
  });
});

describe('moderation.acted event', () => {
  it('names the author of a hidden post', async () => {
    const { thread, post } = await memberPost();
    const events: DomainEvent[] = [];
    const subscription = testApp.app.get(DomainEvents).stream.subscribe((event) => events.push(event));
    try {
      await home.moderator.agent.post(`/api/posts/${post.id}/hide`).send({ reason: 'Kwetsend' }).expect(200);
    } finally {
      subscription.unsubscribe();
    }
    const acted = events.find((event) => event.name === 'moderation.acted');
    expect(acted?.payload).toEqual({
      networkId: home.network.id,
      action: 'post.hidden',
      actorId: home.moderator.user.id,
      targetUserId: home.member.user.id,
      threadId: thread.id,
      postId: post.id,
      reason: 'Kwetsend',
    });
  });
});
