import type { AuditLogPage } from '@inclusieplein/contract';
import { reply, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { createModeratedNetwork, ModeratedNetwork } from '../support/moderation-builders';
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

  const thread = await startThread(home.member, home.network.slug);
  const post = await reply(home.member, thread.id, thread.posts[0].id, 'Een bericht');
  await home.moderator.agent.post(`/api/posts/${post.id}/hide`).send({ reason: 'Kwetsend' }).expect(200);
  await home.moderator.agent.post(`/api/threads/${thread.id}/lock`).send({ reason: 'Klaar' }).expect(200);
  await home.moderator.agent
    .post(`/api/networks/${home.network.slug}/members/${home.member.user.id}/warn`)
    .send({ reason: 'Blijf vriendelijk' })
    .expect(200);
  const otherThread = await startThread(other.member, other.network.slug);
  await other.moderator.agent.post(`/api/threads/${otherThread.id}/pin`).send({}).expect(200);
});

afterAll(async () => {
  await testApp.close();
});

async function auditLog(person: SignedInPerson, query: Record<string, string | number> = {}): Promise<AuditLogPage> {
  return (await person.agent.get(`/api/networks/${home.network.slug}/moderation/audit-log`).query(query).expect(200)).body;
}

describe('reading the audit log', () => {
  it('lists who did what to whom, newest first', async () => {
    const log = await auditLog(home.moderator);
    // Appointing the moderator comes first in time.
    expect(log.entries.map((entry) => entry.action)).toEqual(['member.warned', 'thread.locked', 'post.hidden', 'member.role_changed']);
    expect(log.total).toBe(4);
    const warned = log.entries[0];
    expect(warned.actor.id).toBe(home.moderator.user.id);
    expect(warned.targetUser?.id).toBe(home.member.user.id);
    expect(warned).toMatchObject({ targetType: 'user', targetId: home.member.user.id, reason: 'Blijf vriendelijk' });
    expect(warned.network).toEqual({ id: home.network.id, slug: home.network.slug, name: home.network.name });
  });

  it('filters by action', async () => {
    const log = await auditLog(home.owner, { action: 'post.hidden' });
    expect(log.entries.map((entry) => entry.action)).toEqual(['post.hidden']);
    expect(log.total).toBe(1);
  });

  it('pages', async () => {
    const first = await auditLog(home.owner, { page: 1, pageSize: 3 });
    const second = await auditLog(home.owner, { page: 2, pageSize: 3 });
    expect(first.entries).toHaveLength(3);
    expect(second.entries).toHaveLength(1);
    expect(second).toMatchObject({ page: 2, pageSize: 3, total: 4 });
  });

  it('rejects an unknown action and a page size over 100', async () => {
    await home.owner.agent.get(`/api/networks/${home.network.slug}/moderation/audit-log`).query({ action: 'post.burned' }).expect(400);
    await home.owner.agent.get(`/api/networks/${home.network.slug}/moderation/audit-log`).query({ pageSize: 101 }).expect(400);
  });

  it('rejects members and other networks', async () => {
    await home.member.agent.get(`/api/networks/${home.network.slug}/moderation/audit-log`).expect(403);
    await other.moderator.agent.get(`/api/networks/${home.network.slug}/moderation/audit-log`).expect(403);
    await other.owner.agent.get(`/api/networks/${home.network.slug}/moderation/audit-log`).expect(403);
  });

  it('shows every network to administrators only', async () => {
    const all = (await admin.agent.get('/api/moderation/audit-log').query({ pageSize: 100 }).expect(200)).body as AuditLogPage;
    expect(new Set(all.entries.map((entry) => entry.network.id))).toEqual(new Set([home.network.id, other.network.id]));
    const filtered = (await admin.agent.get('/api/moderation/audit-log').query({ networkId: other.network.id }).expect(200))
      .body as AuditLogPage;
    expect(filtered.entries.every((entry) => entry.network.id === other.network.id)).toBe(true);
    await home.owner.agent.get('/api/moderation/audit-log').expect(403);
  });

  it('offers no way to change entries over HTTP', async () => {
    const [entry] = (await auditLog(admin)).entries;
    for (const method of ['put', 'patch', 'delete'] as const) {
      await admin.agent[method](`/api/networks/${home.network.slug}/moderation/audit-log`).send({}).expect(404);
      await admin.agent[method](`/api/moderation/audit-log/${entry.id}`).send({}).expect(404);
    }
  });
});

describe('audit log table', () => {
  it('rejects UPDATE in the database', async () => {
    await expect(testApp.dataSource.query(`UPDATE moderation_audit_log SET reason = 'vervalst'`)).rejects.toThrow(/append-only/);
  });

  it('rejects DELETE in the database', async () => {
    await expect(testApp.dataSource.query(`DELETE FROM moderation_audit_log`)).rejects.toThrow(/append-only/);
  });

  it('rejects TRUNCATE in the database', async () => {
    await expect(testApp.dataSource.query(`TRUNCATE moderation_audit_log`)).rejects.toThrow(/append-only/);
  });

  it('keeps every entry after the attempts', async () => {
    expect((await auditLog(home.owner)).total).toBe(4);
  });
});
