import type { ModerationQueue, OwnReport, Post, ResolveReportsResponse } from '@inclusieplein/contract';
import { reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
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

/** Creates a post by the owner in the home network, which the member can report. */
async function ownerPost(body = 'Iets om te melden'): Promise<Post> {
  const thread = await startThread(home.owner, home.network.slug);
  return reply(home.owner, thread.id, thread.posts[0].id, body);
}

async function reportPost(person: SignedInPerson, postId: string, category = 'harassment', details: string | null = null): Promise<OwnReport> {
  const response = await person.agent.post(`/api/posts/${postId}/reports`).send({ category, details }).expect(201);
  return response.body as OwnReport;
}

async function queue(person: SignedInPerson, status = 'open'): Promise<ModerationQueue> {
  return (await person.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).query({ status }).expect(200)).body;
}

describe('reporting', () => {
  it('puts a post report in the queue', async () => {
    const post = await ownerPost();
    const report = await reportPost(home.member, post.id, 'discrimination', 'Kwetsend over rolstoelgebruikers');
    expect(report).toMatchObject({ targetType: 'post', targetId: post.id, category: 'discrimination', status: 'open' });

    const open = await queue(home.moderator);
    const item = open.reports.find((candidate) => candidate.id === report.id)!;
    expect(item.target).toMatchObject({ type: 'post', postId: post.id, excerpt: 'Iets om te melden', hidden: false });
    expect(item.reporter.id).toBe(home.member.user.id);
    expect(open.openReportCount).toBe(open.reports.length);
  });

  it('puts a thread report in the queue', async () => {
    const thread = await startThread(home.owner, home.network.slug, { title: 'Verdacht onderwerp' });
    const response = await home.member.agent.post(`/api/threads/${thread.id}/reports`).send({ category: 'spam' }).expect(201);
    expect(response.body).toMatchObject({ targetType: 'thread', targetId: thread.id });
    const item = (await queue(home.moderator)).reports.find((candidate) => candidate.id === response.body.id)!;
    expect(item.target).toMatchObject({ type: 'thread', threadTitle: 'Verdacht onderwerp', postId: thread.posts[0].id });
  });

  it('allows one open report per person and item', async () => {
    const post = await ownerPost();
    await reportPost(home.member, post.id);
    const response = await home.member.agent.post(`/api/posts/${post.id}/reports`).send({ category: 'spam' }).expect(409);
    expect(response.body.code).toBe('already_reported');
    await reportPost(home.moderator, post.id);
  });

  it('requires details for the category other', async () => {
    const post = await ownerPost();
    const response = await home.member.agent.post(`/api/posts/${post.id}/reports`).send({ category: 'other' }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'details', code: 'required' });
    await reportPost(home.member, post.id, 'other', 'Reclame voor een webwinkel');
  });

  it('rejects an unknown category', async () => {
    const post = await ownerPost();
    const response = await home.member.agent.post(`/api/posts/${post.id}/reports`).send({ category: 'boring' }).expect(400);
    expect(response.body.errors[0].field).toBe('category');
  });

  it('rejects people who are not members', async () => {
    const post = await ownerPost();
    const outsider = await signUp(testApp);
    await outsider.agent.post(`/api/posts/${post.id}/reports`).send({ category: 'spam' }).expect(403);
  });

  it('rejects reporting one’s own post', async () => {
    const post = await ownerPost();
    await home.owner.agent.post(`/api/posts/${post.id}/reports`).send({ category: 'spam' }).expect(403);
  });

  it('returns 404 for an unknown post', async () => {
    await home.member.agent.post('/api/posts/00000000-0000-4000-8000-000000000000/reports').send({ category: 'spam' }).expect(404);
  });
});

describe('moderation queue', () => {
  it('rejects members and other networks', async () => {
    await home.member.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).expect(403);
    await other.moderator.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).expect(403);
    await other.owner.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).expect(403);
  });

  it('is open to owners and administrators', async () => {
    await home.owner.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).expect(200);
    await admin.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).expect(200);
  });

  it('lists every network for administrators only', async () => {
    const post = await ownerPost();
    const report = await reportPost(home.member, post.id);
    const otherThread = await startThread(other.owner, other.network.slug);
    const otherReport = (await other.member.agent.post(`/api/threads/${otherThread.id}/reports`).send({ category: 'spam' }).expect(201)).body;

    const all = (await admin.agent.get('/api/moderation/queue').expect(200)).body as ModerationQueue;
    expect(all.reports.map((item) => item.id)).toEqual(expect.arrayContaining([report.id, otherReport.id]));
    expect(all.reports.find((item) => item.id === otherReport.id)!.network.id).toBe(other.network.id);
    await home.moderator.agent.get('/api/moderation/queue').expect(403);
  });

  it('rejects an unknown filter', async () => {
    await home.moderator.agent.get(`/api/networks/${home.network.slug}/moderation/queue`).query({ status: 'all' }).expect(400);
  });
});

describe('resolving reports', () => {
  it('dismisses several reports at once and lists them as handled', async () => {
    const reports = [await reportPost(home.member, (await ownerPost()).id), await reportPost(home.member, (await ownerPost()).id)];
    const ids = reports.map((report) => report.id);
    const response = await home.moderator.agent
      .post('/api/moderation/reports/resolve')
      .send({ reportIds: ids, resolution: 'dismiss', reason: 'Geen overtreding' })
      .expect(200);
    expect((response.body as ResolveReportsResponse).resolvedReportIds.sort()).toEqual([...ids].sort());

    const open = await queue(home.moderator);
    expect(open.reports.map((item) => item.id)).not.toEqual(expect.arrayContaining(ids));
    const handled = await queue(home.moderator, 'handled');
    const item = handled.reports.find((candidate) => candidate.id === ids[0])!;
    expect(item).toMatchObject({ status: 'dismissed', resolutionReason: 'Geen overtreding' });
    expect(item.resolvedBy!.id).toBe(home.moderator.user.id);
    expect((await auditActions(home.owner, home.network.slug)).slice(0, 2)).toEqual(['report.dismissed', 'report.dismissed']);
  });

  it('hides every reported post with one reason and closes other reports on them', async () => {
    const first = await ownerPost('Eerste');
    const second = await ownerPost('Tweede');
    const report = await reportPost(home.member, first.id);
    const secondReport = await reportPost(home.member, second.id);
    const sameReport = await reportPost(home.moderator, first.id);

    const response = await home.moderator.agent
      .post('/api/moderation/reports/resolve')
      .send({ reportIds: [report.id, secondReport.id], resolution: 'hide', reason: 'Kwetsend' })
      .expect(200);
    expect((response.body as ResolveReportsResponse).hiddenPostIds.sort()).toEqual([first.id, second.id].sort());
    expect(response.body.resolvedReportIds).toContain(sameReport.id);

    const seen = (await home.member.agent.get(`/api/posts/${first.id}`).expect(200)).body as Post;
    expect(seen.body).toBeNull();
    expect(seen.hidden?.reason).toBe('Kwetsend');
    const actions = await auditActions(home.owner, home.network.slug);
    expect(actions).toContain('report.actioned');
    expect(actions).toContain('post.hidden');
  });

  it('requires a reason to hide', async () => {
    const report = await reportPost(home.member, (await ownerPost()).id);
    const response = await home.moderator.agent
      .post('/api/moderation/reports/resolve')
      .send({ reportIds: [report.id], resolution: 'hide' })
      .expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'reason', code: 'required' });
  });

  it('returns 409 when every report was already handled', async () => {
    const report = await reportPost(home.member, (await ownerPost()).id);
    const body = { reportIds: [report.id], resolution: 'dismiss' };
    await home.moderator.agent.post('/api/moderation/reports/resolve').send(body).expect(200);
    await home.moderator.agent.post('/api/moderation/reports/resolve').send(body).expect(409);
  });

  it('rejects a batch with another network', async () => {
    const report = await reportPost(home.member, (await ownerPost()).id);
    const otherThread = await startThread(other.owner, other.network.slug);
    const otherReport = (await other.member.agent.post(`/api/threads/${otherThread.id}/reports`).send({ category: 'spam' }).expect(201)).body;

    await home.moderator.agent
      .post('/api/moderation/reports/resolve')
      .send({ reportIds: [report.id, otherReport.id], resolution: 'dismiss' })
      .expect(403);
    const open = await queue(home.moderator);
    expect(open.reports.map((item) => item.id)).toContain(report.id);
  });

  it('rejects members, allows administrators', async () => {
    const report = await reportPost(home.member, (await ownerPost()).id);
    await home.member.agent.post('/api/moderation/reports/resolve').send({ reportIds: [report.id], resolution: 'dismiss' }).expect(403);
    await other.moderator.agent.post('/api/moderation/reports/resolve').send({ reportIds: [report.id], resolution: 'dismiss' }).expect(403);
    await admin.agent.post('/api/moderation/reports/resolve').send({ reportIds: [report.id], resolution: 'dismiss' }).expect(200);
  });

  it('returns 404 for an unknown report and 400 for an empty list', async () => {
    await home.moderator.agent
      .post('/api/moderation/reports/resolve')
      .send({ reportIds: ['00000000-0000-4000-8000-000000000000'], resolution: 'dismiss' })
      .expect(404);
    await home.moderator.agent.post('/api/moderation/reports/resolve').send({ reportIds: [], resolution: 'dismiss' }).expect(400);
  });
});

describe('API documentation', () => {
  it.each([
    ['/api/posts/{id}/reports', 'post'],
    ['/api/networks/{slug}/moderation/queue', 'get'],
    ['/api/moderation/reports/resolve', 'post'],
    ['/api/networks/{slug}/moderation/audit-log', 'get'],
    ['/api/networks/{slug}/code-of-conduct', 'put'],
    ['/api/threads/{id}/move', 'post'],
    ['/api/networks/{slug}/members/{userId}/ban', 'post'],
  ])('documents %s %s with a response schema', async (path, method) => {
    const document = (await admin.agent.get('/api/openapi.json').expect(200)).body;
    const operation = document.paths[path]?.[method];
    expect(operation).toBeDefined();
    const response = operation.responses['200'] ?? operation.responses['201'];
    expect(response.content['application/json'].schema).toBeDefined();
  });
});
