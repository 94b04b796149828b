import type { SubscribeAck } from '@inclusieplein/contract';
import { reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { createModeratedNetwork, ModeratedNetwork } from '../support/moderation-builders';
import { connectSocket, expectNoEvent, TestSocket, waitForEvent } from '../support/realtime';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let home: ModeratedNetwork;
let other: ModeratedNetwork;
let closed: ModeratedNetwork;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  home = await createModeratedNetwork(testApp, admin);
  other = await createModeratedNetwork(testApp, admin);
  closed = await createModeratedNetwork(testApp, admin, { visibility: 'closed' });
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});

afterAll(async () => {
  await testApp.close();
});

async function open(person?: SignedInPerson): Promise<TestSocket> {
  const socket = await connectSocket(testApp, person);
  sockets.push(socket);
  return socket;
}

function subscribe(socket: TestSocket, networkId: string): Promise<SubscribeAck> {
  return new Promise((resolve) => socket.emit('moderation.subscribe', { networkId }, resolve));
}

async function reportedPost(network: ModeratedNetwork): Promise<string> {
  const thread = await startThread(network.owner, network.network.slug);
  return (await reply(network.owner, thread.id, thread.posts[0].id, 'Gemeld bericht')).id;
}

describe('moderation room', () => {
  it.each([
    ['the moderator', () => home.moderator],
    ['the owner', () => home.owner],
    ['an administrator', () => admin],
  ])('admits %s', async (_name, person) => {
    expect(await subscribe(await open(person()), home.network.id)).toEqual({ ok: true });
  });

  it.each([
    ['a member', () => home.member, 'forbidden'],
    ['the moderator of another network', () => other.moderator, 'forbidden'],
    ['a visitor', () => undefined, 'forbidden'],
  ])('rejects %s', async (_name, person, code) => {
    expect(await subscribe(await open(person()), home.network.id)).toEqual({ ok: false, code });
  });

  it('rejects outsiders of a closed network', async () => {
    const outsider = await signUp(testApp);
    expect(await subscribe(await open(outsider), closed.network.id)).toEqual({ ok: false, code: 'forbidden' });
    expect(await subscribe(await open(closed.member), closed.network.id)).toEqual({ ok: false, code: 'forbidden' });
    expect(await subscribe(await open(other.moderator), closed.network.id)).toEqual({ ok: false, code: 'forbidden' });
  });

  it('rejects invalid and unknown ids', async () => {
    const socket = await open(home.moderator);
    expect(await subscribe(socket, 'geen-id')).toEqual({ ok: false, code: 'invalid' });
    expect(await subscribe(socket, '00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, code: 'not_found' });
  });
});

describe('live queue', () => {
  it('sends report.created with the open count to moderators only', async () => {
    const moderatorSocket = await open(home.moderator);
    const memberSocket = await open(home.member);
    const otherSocket = await open(other.moderator);
    await subscribe(moderatorSocket, home.network.id);
    await subscribe(memberSocket, home.network.id);
    await subscribe(otherSocket, other.network.id);

    const postId = await reportedPost(home);
    const received = waitForEvent(moderatorSocket, 'report.created');
    const notToMember = expectNoEvent(memberSocket, 'report.created');
    const notToOther = expectNoEvent(otherSocket, 'report.created');
    const report = (await home.member.agent.post(`/api/posts/${postId}/reports`).send({ category: 'spam' }).expect(201)).body;

    const event = await received;
    expect(event).toMatchObject({ networkId: home.network.id, reportId: report.id });
    const queue = (await home.moderator.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).expect(200)).body;
    expect(event.openReportCount).toBe(queue.openReportCount);
    await notToMember;
    await notToOther;
  });

  it('sends report.resolved after a bulk resolve', async () => {
    const postId = await reportedPost(home);
    const report = (await home.member.agent.post(`/api/posts/${postId}/reports`).send({ category: 'privacy' }).expect(201)).body;
    const moderatorSocket = await open(home.owner);
    await subscribe(moderatorSocket, home.network.id);

    const received = waitForEvent(moderatorSocket, 'report.resolved');
    await home.moderator.agent
      .post('/api/moderation/reports/resolve')
      .send({ reportIds: [report.id], resolution: 'hide', reason: 'Adres gedeeld' })
      .expect(200);
    const event = await received;
    expect(event.reportIds).toContain(report.id);
    expect(event.networkId).toBe(home.network.id);
  });

  it('sends moderation.queue.changed for a post waiting for approval', async () => {
    await closed.moderator.agent
      .put(`/api/networks/${closed.network.slug}/moderation/settings`)
      .send({ firstPostsRequiringApproval: 1 })
      .expect(200);
    const moderatorSocket = await open(closed.moderator);
    const outsiderSocket = await open(home.moderator);
    await subscribe(moderatorSocket, closed.network.id);
    await subscribe(outsiderSocket, home.network.id);

    const received = waitForEvent(moderatorSocket, 'moderation.queue.changed');
    const notToOutsider = expectNoEvent(outsiderSocket, 'moderation.queue.changed');
    await startThread(closed.member, closed.network.slug, { title: 'Wacht op goedkeuring' });
    expect(await received).toMatchObject({ networkId: closed.network.id, pendingPostCount: 1 });
    await notToOutsider;
  });

  it('stops after the moderator is made member again', async () => {
    const second = await signUp(testApp);
    await second.agent.post(`/api/networks/${home.network.slug}/join`).send({}).expect(201);
    const path = `/api/networks/${home.network.slug}/members/${second.user.id}`;
    await home.owner.agent.patch(path).send({ role: 'moderator' }).expect(200);
    const socket = await open(second);
    expect(await subscribe(socket, home.network.id)).toEqual({ ok: true });

    await home.owner.agent.patch(path).send({ role: 'member' }).expect(200);
    // The role change reaches the gateway as an event. A request afterwards shows it was handled.
    await home.owner.agent.get(`/api/networks/${home.network.slug}`).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const notReceived = expectNoEvent(socket, 'report.created');
    const postId = await reportedPost(home);
    await home.member.agent.post(`/api/posts/${postId}/reports`).send({ category: 'spam' }).expect(201);
    await notReceived;
  });
});

function subscribeThread(socket: TestSocket, threadId: string): Promise<SubscribeAck> {
  return new Promise((resolve) => socket.emit('thread.subscribe', { threadId }, resolve));
}

describe('thread events', () => {
  it('sends thread.updated to the thread room on lock', async () => {
    const thread = await startThread(home.member, home.network.slug);
    const socket = await open(home.member);
    expect(await subscribeThread(socket, thread.id)).toEqual({ ok: true });
    const received = waitForEvent(socket, 'thread.updated');
    await home.moderator.agent.post(`/api/threads/${thread.id}/lock`).send({}).expect(200);
    expect(await received).toEqual({ networkId: home.network.id, threadId: thread.id });
  });

  it('takes outsiders out of a thread moved into a closed network', async () => {
    const thread = await startThread(home.member, home.network.slug);
    const outsider = await signUp(testApp);
    const outsiderSocket = await open(outsider);
    const memberSocket = await open(closed.member);
    expect(await subscribeThread(outsiderSocket, thread.id)).toEqual({ ok: true });
    expect(await subscribeThread(memberSocket, thread.id)).toEqual({ ok: true });

    await admin.agent.post(`/api/threads/${thread.id}/move`).send({ networkId: closed.network.id }).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const toMember = waitForEvent(memberSocket, 'post.created');
    const notToOutsider = expectNoEvent(outsiderSocket, 'post.created');
    await reply(closed.owner, thread.id, thread.posts[0].id, 'Nu besloten');
    expect((await toMember).threadId).toBe(thread.id);
    await notToOutsider;
  });
});
