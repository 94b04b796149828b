import type { NetworkDetail, ThreadDetail } from '@inclusieplein/contract';
import {
  createNetwork,
  joinNetwork,
  logInAgain,
  reply,
  signUp,
  signUpAdmin,
  SignedInPerson,
  startThread,
} from '../support/builders';
import { connectSocket, expectNoEvent, TestSocket, waitForDisconnect, waitForEvent } from '../support/realtime';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;
let openNetwork: NetworkDetail;
let closedNetwork: NetworkDetail;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  openNetwork = await createNetwork(admin, owner);
  closedNetwork = await createNetwork(admin, owner, { visibility: 'closed' });
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});

afterAll(async () => {
  await testApp.close();
});

async function connect(person?: SignedInPerson): Promise<TestSocket> {
  const socket = await connectSocket(testApp, person);
  sockets.push(socket);
  return socket;
}

/** Lets a person into the closed network through a request that the owner approves. */
async function admitToClosedNetwork(person: SignedInPerson): Promise<void> {
  const joined = await person.agent.post(`/api/networks/${closedNetwork.slug}/join`).send({}).expect(201);
  await owner.agent.post(`/api/membership-requests/${joined.body.request.id}/approve`).expect(200);
}

describe('thread.subscribe', () => {
  let thread: ThreadDetail;

  beforeAll(async () => {
    thread = await startThread(owner, openNetwork.slug);
  });

  it('lets a visitor follow an open thread', async () => {
    const socket = await connect();
    expect(await socket.emitWithAck('thread.subscribe', { threadId: thread.id })).toEqual({ ok: true });
  });

  it('sends post.created with the reply', async () => {
    const socket = await connect();
    await socket.emitWithAck('thread.subscribe', { threadId: thread.id });
    const event = waitForEvent(socket, 'post.created');
    const post = await reply(owner, thread.id, thread.posts[0].id, 'Live antwoord');
    expect(await event).toEqual({
      networkId: openNetwork.id,
      threadId: thread.id,
      postId: post.id,
      parentId: thread.posts[0].id,
      authorDisplayName: owner.user.displayName,
    });
  });

  it('sends post.updated and post.deleted', async () => {
    const socket = await connect();
    await socket.emitWithAck('thread.subscribe', { threadId: thread.id });
    const post = await reply(owner, thread.id, thread.posts[0].id, 'Eerste tekst');

    const updated = waitForEvent(socket, 'post.updated');
    await owner.agent.patch(`/api/posts/${post.id}`).send({ body: 'Tweede tekst' }).expect(200);
    expect(await updated).toEqual({ networkId: openNetwork.id, threadId: thread.id, postId: post.id });

    const deleted = waitForEvent(socket, 'post.deleted');
    await owner.agent.delete(`/api/posts/${post.id}`).expect(200);
    expect(await deleted).toEqual({ networkId: openNetwork.id, threadId: thread.id, postId: post.id });
  });

  it('stops after thread.unsubscribe', async () => {
    const socket = await connect();
    await socket.emitWithAck('thread.subscribe', { threadId: thread.id });
    socket.emit('thread.unsubscribe', { threadId: thread.id });
    // A round trip after the unsubscribe, so the server has handled it.
    await socket.emitWithAck('thread.subscribe', { threadId: 'geen-id' });
    const silence = expectNoEvent(socket, 'post.created');
    await reply(owner, thread.id, thread.posts[0].id);
    await silence;
  });

  it.each([{ threadId: 'geen-id' }, { threadId: 12 }, {}])('acks invalid for %j', async (payload) => {
    const socket = await connect();
    expect(await socket.emitWithAck('thread.subscribe', payload as never)).toEqual({ ok: false, code: 'invalid' });
  });

  it('acks not_found for unknown thread', async () => {
    const socket = await connect();
    const ack = await socket.emitWithAck('thread.subscribe', { threadId: '00000000-0000-4000-8000-000000000000' });
    expect(ack).toEqual({ ok: false, code: 'not_found' });
  });
});

describe('network.subscribe', () => {
  it('sends thread.created', async () => {
    const socket = await connect();
    expect(await socket.emitWithAck('network.subscribe', { networkId: openNetwork.id })).toEqual({ ok: true });
    const event = waitForEvent(socket, 'thread.created');
    const thread = await startThread(owner, openNetwork.slug, { title: 'Nieuw onderwerp' });
    expect(await event).toEqual({
      networkId: openNetwork.id,
      threadId: thread.id,
      title: 'Nieuw onderwerp',
      authorDisplayName: owner.user.displayName,
    });
  });

  it('acks invalid for a bad id', async () => {
    const socket = await connect();
    const ack = await socket.emitWithAck('network.subscribe', { networkId: 'netwerk' });
    expect(ack).toEqual({ ok: false, code: 'invalid' });
  });

  it('acks not_found for unknown network', async () => {
    const socket = await connect();
    const ack = await socket.emitWithAck('network.subscribe', { networkId: '00000000-0000-4000-8000-000000000000' });
    expect(ack).toEqual({ ok: false, code: 'not_found' });
  });
});

describe('closed networks', () => {
  let thread: ThreadDetail;

  beforeAll(async () => {
    thread = await startThread(owner, closedNetwork.slug);
  });

  it('rejects a non-member on the thread', async () => {
    const outsider = await signUp(testApp);
    const socket = await connect(outsider);
    const ack = await socket.emitWithAck('thread.subscribe', { threadId: thread.id });
    expect(ack).toEqual({ ok: false, code: 'forbidden' });
    const silence = expectNoEvent(socket, 'post.created');
    await reply(owner, thread.id, thread.posts[0].id);
    await silence;
  });

  it('rejects a non-member on the network', async () => {
    const outsider = await signUp(testApp);
    const socket = await connect(outsider);
    const ack = await socket.emitWithAck('network.subscribe', { networkId: closedNetwork.id });
    expect(ack).toEqual({ ok: false, code: 'forbidden' });
    const silence = expectNoEvent(socket, 'thread.created');
    await startThread(owner, closedNetwork.slug);
    await silence;
  });

  it('rejects visitors', async () => {
    const socket = await connect();
    const ack = await socket.emitWithAck('thread.subscribe', { threadId: thread.id });
    expect(ack).toEqual({ ok: false, code: 'forbidden' });
  });

  it('sends events to members', async () => {
    const member = await signUp(testApp);
    await admitToClosedNetwork(member);
    const socket = await connect(member);
    expect(await socket.emitWithAck('thread.subscribe', { threadId: thread.id })).toEqual({ ok: true });
    const event = waitForEvent(socket, 'post.created');
    const post = await reply(owner, thread.id, thread.posts[0].id);
    expect((await event).postId).toBe(post.id);
  });

  it('stops events after leaving', async () => {
    const member = await signUp(testApp);
    await admitToClosedNetwork(member);
    const socket = await connect(member);
    await socket.emitWithAck('thread.subscribe', { threadId: thread.id });
    await socket.emitWithAck('network.subscribe', { networkId: closedNetwork.id });

    await member.agent.delete(`/api/networks/${closedNetwork.slug}/membership`).expect(204);
    const noReply = expectNoEvent(socket, 'post.created');
    const noThread = expectNoEvent(socket, 'thread.created');
    await reply(owner, thread.id, thread.posts[0].id);
    await startThread(owner, closedNetwork.slug);
    await noReply;
    await noThread;
  });

  it('keeps events for an administrator who leaves', async () => {
    await admitToClosedNetwork(admin);
    const socket = await connect(admin);
    await socket.emitWithAck('thread.subscribe', { threadId: thread.id });
    await admin.agent.delete(`/api/networks/${closedNetwork.slug}/membership`).expect(204);
    const event = waitForEvent(socket, 'post.created');
    await reply(owner, thread.id, thread.posts[0].id);
    await event;
  });
});

describe('logout', () => {
  it("disconnects that session's sockets", async () => {
    const person = await signUp(testApp);
    const otherSession = await logInAgain(testApp, person);
    const socket = await connect(person);
    const otherSocket = await connect(otherSession);

    const disconnected = waitForDisconnect(socket);
    await person.agent.post('/api/auth/logout').expect(204);
    expect(await disconnected).toBe('io server disconnect');
    expect(otherSocket.connected).toBe(true);
  });
});

describe('leaving an open network', () => {
  it('keeps its threads live', async () => {
    const member = await signUp(testApp);
    await joinNetwork(member, openNetwork.slug);
    const thread = await startThread(member, openNetwork.slug);
    const memberSocket = await connect(member);
    await memberSocket.emitWithAck('thread.subscribe', { threadId: thread.id });
    await member.agent.delete(`/api/networks/${openNetwork.slug}/membership`).expect(204);
    const event = waitForEvent(memberSocket, 'post.created');
    await reply(owner, thread.id, thread.posts[0].id);
    await event;
  });
});
