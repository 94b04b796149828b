import type { AppNotification, JoinResponse, NetworkDetail, UnreadCountResponse } from '@inclusieplein/contract';
import { DomainEvents } from '../../apps/api/src/realtime/domain-events';
import { addDocument, SAMPLES } from '../support/document-builders';
import { createPlan, updateOf } from '../support/plan-builders';
import { createNetwork, joinNetwork, reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { listNotifications, notificationsSettled, waitForNotifications } from '../support/notification-helpers';
import { connectSocket, expectNoEvent, waitForEvent } from '../support/realtime';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;
let network: NetworkDetail;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  network = await createNetwork(admin, owner);
});

afterAll(async () => {
  await testApp.close();
});

async function member(displayName?: string): Promise<SignedInPerson> {
  const person = await signUp(testApp, displayName ? { displayName } : {});
  await joinNetwork(person, network.slug);
  return person;
}

async function setWatch(person: SignedInPerson, slug: string, level: string): Promise<void> {
  await person.agent.put(`/api/networks/${slug}/watch`).send({ level }).expect(200);
}

/** Waits until every event so far is handled, then returns the person's notifications. */
async function settledNotifications(person: SignedInPerson): Promise<AppNotification[]> {
  await notificationsSettled(testApp);
  return listNotifications(person);
}

describe('reply notifications', () => {
  it('tells the author of the post replied to', async () => {
    const author = await member();
    const replier = await member();
    const thread = await startThread(author, network.slug, { title: 'Toegankelijke stembureaus' });
    const post = await reply(replier, thread.id, thread.posts[0].id, 'Ik heb een idee.');

    const [notification] = await waitForNotifications(author, 1);
    expect(notification.type).toBe('post_replied');
    expect(notification.params.actorDisplayName).toBe(replier.user.displayName);
    expect(notification.params.threadTitle).toBe('Toegankelijke stembureaus');
    expect(notification.params.networkName).toBe(network.name);
    expect(notification.target).toEqual({
      networkSlug: network.slug,
      threadId: thread.id,
      postId: post.id,
      planId: null,
      documentId: null,
    });
    expect(notification.readAt).toBeNull();
  });

  it('does not tell people about their own replies', async () => {
    const author = await member();
    const thread = await startThread(author, network.slug);
    await reply(author, thread.id, thread.posts[0].id, 'Nog een aanvulling van mijzelf.');
    expect(await settledNotifications(author)).toEqual([]);
  });
});

describe('mention notifications', () => {
  it('tells a member mentioned by display name', async () => {
    const mentioned = await member(`Fatima El Amrani ${Date.now() % 10000}`);
    const writer = await member();
    const thread = await startThread(writer, network.slug);
    await reply(writer, thread.id, thread.posts[0].id, `Wat vind jij, @${mentioned.user.displayName.toLowerCase()}?`);

    const [notification] = await waitForNotifications(mentioned, 1);
    expect(notification.type).toBe('mentioned');
    expect(notification.params.actorDisplayName).toBe(writer.user.displayName);
  });

  it('finds mentions in the opening post of a thread', async () => {
    const mentioned = await member();
    const writer = await member();
    await startThread(writer, network.slug, { title: 'Vraag', body: `Hoi @${mentioned.user.displayName}, kun je helpen?` });
    const [notification] = await waitForNotifications(mentioned, 1);
    expect(notification.type).toBe('mentioned');
  });

  it('gives one notification to an author who is also mentioned', async () => {
    const author = await member();
    const writer = await member();
    const thread = await startThread(author, network.slug);
    await reply(writer, thread.id, thread.posts[0].id, `Dank je @${author.user.displayName}`);
    const notifications = await settledNotifications(author);
    expect(notifications.map((notification) => notification.type)).toEqual(['post_replied']);
  });

  it('ignores people who are not members of the network', async () => {
    const outsider = await signUp(testApp);
    const writer = await member();
    const thread = await startThread(writer, network.slug);
    await reply(writer, thread.id, thread.posts[0].id, `Hoi @${outsider.user.displayName}`);
    expect(await settledNotifications(outsider)).toEqual([]);
  });
});

describe('watch levels', () => {
  it('defaults to normal', async () => {
    const person = await member();
    const response = await person.agent.get(`/api/networks/${network.slug}/watch`).expect(200);
    expect(response.body).toEqual({ networkSlug: network.slug, level: 'normal' });
  });

  it('rejects an unknown level', async () => {
    const person = await member();
    const response = await person.agent.put(`/api/networks/${network.slug}/watch`).send({ level: 'loud' }).expect(400);
    expect(response.body.errors[0].field).toBe('level');
  });

  it('tells new_threads watchers about threads only', async () => {
    const watcher = await member();
    const writer = await member();
    await setWatch(watcher, network.slug, 'new_threads');
    const thread = await startThread(writer, network.slug, { title: 'Nieuw onderwerp voor volgers' });
    await reply(writer, thread.id, thread.posts[0].id, 'Een reactie die volgers niet hoeven te zien.');

    const notifications = await settledNotifications(watcher);
    expect(notifications.map((notification) => notification.type)).toEqual(['thread_created']);
    expect(notifications[0].params.threadTitle).toBe('Nieuw onderwerp voor volgers');
  });

  it('tells all-watchers about threads and posts', async () => {
    const watcher = await member();
    const writer = await member();
    await setWatch(watcher, network.slug, 'all');
    const thread = await startThread(writer, network.slug);
    await reply(writer, thread.id, thread.posts[0].id, 'Een reactie voor wie alles volgt.');

    const notifications = await settledNotifications(watcher);
    expect(notifications.map((notification) => notification.type).sort()).toEqual(['post_created', 'thread_created']);
  });

  it('tells all-watchers about plan changes and new documents', async () => {
    const watcher = await member();
    const writer = await member();
    const plan = await createPlan(writer, network.slug, { title: 'Plan voor volgers' });
    await setWatch(watcher, network.slug, 'all');
    await writer.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan, { summary: 'Een nieuwe samenvatting.' })).expect(200);
    const document = await addDocument(writer, network.slug, SAMPLES.lawMarkdown, { title: 'Verslag voor volgers' });

    const notifications = await settledNotifications(watcher);
    const byType = new Map(notifications.map((notification) => [notification.type, notification]));
    expect(byType.get('plan_updated')?.params.planTitle).toBe('Plan voor volgers');
    expect(byType.get('plan_updated')?.target.planId).toBe(plan.id);
    expect(byType.get('document_added')?.params.documentTitle).toBe('Verslag voor volgers');
    expect(byType.get('document_added')?.target.documentId).toBe(document.id);
  });

  it('tells normal members nothing about threads of others', async () => {
    const bystander = await member();
    const writer = await member();
    await startThread(writer, network.slug);
    expect(await settledNotifications(bystander)).toEqual([]);
  });

  it('silences replies and mentions when muted', async () => {
    const author = await member();
    const replier = await member();
    const thread = await startThread(author, network.slug);
    await setWatch(author, network.slug, 'muted');
    await reply(replier, thread.id, thread.posts[0].id, `Hallo @${author.user.displayName}`);
    expect(await settledNotifications(author)).toEqual([]);
  });

  it('still reports moderation actions when muted', async () => {
    const person = await member();
    await setWatch(person, network.slug, 'muted');
    testApp.app.get(DomainEvents).emit('moderation.acted', {
      networkId: network.id,
      action: 'member.warned',
      actorId: owner.user.id,
      targetUserId: person.user.id,
      threadId: null,
      postId: null,
      reason: 'Blijf vriendelijk.',
    });
    const [notification] = await waitForNotifications(person, 1);
    expect(notification.type).toBe('moderation_acted');
    expect(notification.params.moderationAction).toBe('member.warned');
    expect(notification.params.reason).toBe('Blijf vriendelijk.');
    expect(notification.params.actorDisplayName).toBeNull();
  });
});

describe('moderation notifications', () => {
  it('tell a member about a warning through the moderation API', async () => {
    const person = await member();
    await owner.agent
      .post(`/api/networks/${network.slug}/members/${person.user.id}/warn`)
      .send({ reason: 'Let op je toon.' })
      .expect(200);

    const [notification] = await waitForNotifications(person, 1);
    expect(notification.type).toBe('moderation_acted');
    expect(notification.params.moderationAction).toBe('member.warned');
    expect(notification.params.reason).toBe('Let op je toon.');
  });
});

describe('closed networks', () => {
  let closed: NetworkDetail;
  let closedOwner: SignedInPerson;

  beforeAll(async () => {
    closedOwner = await signUp(testApp);
    closed = await createNetwork(admin, closedOwner, { visibility: 'closed' });
  });

  async function admitted(): Promise<SignedInPerson> {
    const person = await signUp(testApp);
    const response = await person.agent.post(`/api/networks/${closed.slug}/join`).send({ motivation: 'Graag.' }).expect(201);
    const requestId = (response.body as JoinResponse).request!.id;
    await closedOwner.agent.post(`/api/membership-requests/${requestId}/approve`).expect(200);
    return person;
  }

  it('tells a person that their request was approved', async () => {
    const person = await admitted();
    const [notification] = await waitForNotifications(person, 1);
    expect(notification.type).toBe('membership_decided');
    expect(notification.params.approved).toBe(true);
    expect(notification.target.networkSlug).toBe(closed.slug);
    expect(await settledNotifications(person)).toHaveLength(1);
  });

  it('tells a person that their request was declined, with the reason', async () => {
    const person = await signUp(testApp);
    const response = await person.agent.post(`/api/networks/${closed.slug}/join`).send({ motivation: 'Graag.' }).expect(201);
    const requestId = (response.body as JoinResponse).request!.id;
    await closedOwner.agent.post(`/api/membership-requests/${requestId}/decline`).send({ reason: 'Alleen voor inwoners.' }).expect(200);
    const [notification] = await waitForNotifications(person, 1);
    expect(notification.params.approved).toBe(false);
    expect(notification.params.reason).toBe('Alleen voor inwoners.');
  });

  it('keeps thread details from a removed person', async () => {
    const person = await admitted();
    const thread = await startThread(person, closed.slug, { title: 'Onderwerp in een gesloten netwerk' });
    await person.agent.delete(`/api/networks/${closed.slug}/membership`).expect(204);
    testApp.app.get(DomainEvents).emit('moderation.acted', {
      networkId: closed.id,
      action: 'post.hidden',
      actorId: closedOwner.user.id,
      targetUserId: person.user.id,
      threadId: thread.id,
      postId: thread.posts[0].id,
      reason: null,
    });

    const notifications = await waitForNotifications(person, 2);
    const moderation = notifications.find((notification) => notification.type === 'moderation_acted');
    expect(moderation?.params.threadTitle).toBeNull();
    expect(moderation?.target.threadId).toBeNull();
    expect(moderation?.target.postId).toBeNull();
    expect(moderation?.target.networkSlug).toBe(closed.slug);
  });

  it('does not let non-members watch it', async () => {
    const outsider = await signUp(testApp);
    await outsider.agent.put(`/api/networks/${closed.slug}/watch`).send({ level: 'all' }).expect(403);
  });

  it('stops notifications after the person left', async () => {
    const person = await admitted();
    await setWatch(person, closed.slug, 'all');
    await person.agent.delete(`/api/networks/${closed.slug}/membership`).expect(204);
    await startThread(closedOwner, closed.slug, { title: 'Geheim onderwerp' });

    const notifications = await settledNotifications(person);
    expect(notifications.map((notification) => notification.type)).toEqual(['membership_decided']);
  });

  it('hides earlier notifications of a network the person left', async () => {
    const person = await admitted();
    await setWatch(person, closed.slug, 'all');
    await startThread(closedOwner, closed.slug, { title: 'Nog een onderwerp' });
    await waitForNotifications(person, 2);
    await person.agent.delete(`/api/networks/${closed.slug}/membership`).expect(204);

    const notifications = await listNotifications(person);
    expect(notifications.map((notification) => notification.type)).toEqual(['membership_decided']);
    const count = await person.agent.get('/api/notifications/unread-count').expect(200);
    expect((count.body as UnreadCountResponse).unreadCount).toBe(1);
  });
});

describe('reading notifications', () => {
  it('pages newest first and marks read', async () => {
    const author = await member();
    const replier = await member();
    const thread = await startThread(author, network.slug);
    for (let index = 0; index < 3; index += 1) await reply(replier, thread.id, thread.posts[0].id, `Reactie ${index}`);
    await waitForNotifications(author, 3);

    const first = await author.agent.get('/api/notifications?limit=2').expect(200);
    expect(first.body.notifications).toHaveLength(2);
    expect(first.body.unreadCount).toBe(3);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await author.agent.get(`/api/notifications?limit=2&before=${first.body.nextCursor}`).expect(200);
    expect(second.body.notifications).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.notifications, ...second.body.notifications] as AppNotification[];
    const times = all.map((notification) => notification.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const one = await author.agent.post(`/api/notifications/${all[0].id}/read`).expect(200);
    expect(one.body.unreadCount).toBe(2);
    const unread = await author.agent.get('/api/notifications?unreadOnly=true').expect(200);
    expect(unread.body.notifications).toHaveLength(2);
    const rest = await author.agent.post('/api/notifications/read-all').expect(200);
    expect(rest.body.unreadCount).toBe(0);
  });

  it('returns 404 for the notification of someone else', async () => {
    const author = await member();
    const replier = await member();
    const thread = await startThread(author, network.slug);
    await reply(replier, thread.id, thread.posts[0].id);
    const [notification] = await waitForNotifications(author, 1);
    await replier.agent.post(`/api/notifications/${notification.id}/read`).expect(404);
  });

  it('requires login', async () => {
    const visitor = await signUp(testApp);
    await visitor.agent.post('/api/auth/logout').expect(204);
    await visitor.agent.get('/api/notifications').expect(401);
  });
});

describe('live notifications', () => {
  it('reach only the person concerned', async () => {
    const author = await member();
    const replier = await member();
    const thread = await startThread(author, network.slug);
    const authorSocket = await connectSocket(testApp, author);
    const replierSocket = await connectSocket(testApp, replier);
    try {
      const created = waitForEvent(authorSocket, 'notification.created');
      const nothing = expectNoEvent(replierSocket, 'notification.created', 700);
      await reply(replier, thread.id, thread.posts[0].id);
      const event = await created;
      expect(event.type).toBe('post_replied');
      expect(event.unreadCount).toBe(1);
      await nothing;

      const read = waitForEvent(authorSocket, 'notifications.read');
      await author.agent.post('/api/notifications/read-all').expect(200);
      expect((await read).unreadCount).toBe(0);
    } finally {
      authorSocket.disconnect();
      replierSocket.disconnect();
    }
  });
});
