import type { MemberModerationStatus, MyNetworkStanding, NetworkBan } from '@inclusieplein/contract';
import { reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { addMember, auditActions, createModeratedNetwork, ModeratedNetwork } from '../support/moderation-builders';
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

async function newMember(): Promise<SignedInPerson> {
  const person = await signUp(testApp);
  await addMember(home.owner, person, home.network);
  return person;
}

const inOneHour = () => new Date(Date.now() + 3600 * 1000).toISOString();
const memberPath = (person: SignedInPerson, action: string) =>
  `/api/networks/${home.network.slug}/members/${person.user.id}/${action}`;

describe('warning a member', () => {
  it('records the warning, which the member sees', async () => {
    const person = await newMember();
    const response = await home.moderator.agent.post(memberPath(person, 'warn')).send({ reason: 'Blijf vriendelijk' }).expect(200);
    const status = response.body as MemberModerationStatus;
    expect(status.warnings).toHaveLength(1);
    expect(status.warnings[0]).toMatchObject({ reason: 'Blijf vriendelijk' });
    expect(status.warnings[0].issuedBy.id).toBe(home.moderator.user.id);

    const standing = (await person.agent.get(`/api/networks/${home.network.slug}/my-standing`).expect(200)).body as MyNetworkStanding;
    expect(standing.warnings.map((warning) => warning.reason)).toEqual(['Blijf vriendelijk']);
    expect((await auditActions(home.owner, home.network.slug))[0]).toBe('member.warned');
  });

  it('requires a reason', async () => {
    const person = await newMember();
    const response = await home.moderator.agent.post(memberPath(person, 'warn')).send({ reason: '  ' }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'reason', code: 'required' });
  });
});

describe('muting a member', () => {
  it('rejects posts with 403 member_muted and the end time', async () => {
    const person = await newMember();
    const thread = await startThread(person, home.network.slug);
    const until = inOneHour();
    await home.moderator.agent.post(memberPath(person, 'mute')).send({ mutedUntil: until, reason: 'Afkoelen' }).expect(200);

    const replyResponse = await person.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: thread.posts[0].id, body: 'Toch nog iets' })
      .expect(403);
    expect(replyResponse.body).toMatchObject({ code: 'member_muted', mutedUntil: until });
    const threadResponse = await person.agent
      .post(`/api/networks/${home.network.slug}/threads`)
      .send({ title: 'Nieuw onderwerp', body: 'Tekst' })
      .expect(403);
    expect(threadResponse.body.code).toBe('member_muted');
    await person.agent.patch(`/api/posts/${thread.posts[0].id}`).send({ body: 'Bewerkt' }).expect(403);

    const standing = (await person.agent.get(`/api/networks/${home.network.slug}/my-standing`).expect(200)).body as MyNetworkStanding;
    expect(standing).toMatchObject({ mutedUntil: until, muteReason: 'Afkoelen' });
  });

  it('ends when mutedUntil has passed', async () => {
    const person = await newMember();
    const thread = await startThread(person, home.network.slug);
    await home.moderator.agent.post(memberPath(person, 'mute')).send({ mutedUntil: inOneHour() }).expect(200);
    await testApp.dataSource.query(
      `UPDATE memberships SET muted_until = now() - interval '1 minute' WHERE network_id = $1 AND user_id = $2`,
      [home.network.id, person.user.id],
    );
    await reply(person, thread.id, thread.posts[0].id, 'Weer welkom');
    const status = (await home.moderator.agent.get(memberPath(person, 'moderation')).expect(200)).body as MemberModerationStatus;
    expect(status.mutedUntil).toBeNull();
  });

  it('ends early on unmute', async () => {
    const person = await newMember();
    const thread = await startThread(person, home.network.slug);
    await home.moderator.agent.post(memberPath(person, 'mute')).send({ mutedUntil: inOneHour() }).expect(200);
    await home.moderator.agent.post(memberPath(person, 'unmute')).send({}).expect(200);
    await reply(person, thread.id, thread.posts[0].id);
    expect((await auditActions(home.owner, home.network.slug)).slice(0, 2)).toEqual(['member.unmuted', 'member.muted']);
  });

  it.each([
    ['in the past', () => new Date(Date.now() - 1000).toISOString(), 'invalid_date'],
    ['over a year ahead', () => new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString(), 'invalid_date'],
    ['not a date', () => 'morgen', 'invalid'],
  ])('rejects an end %s', async (_name, until, code) => {
    const person = await newMember();
    const response = await home.moderator.agent.post(memberPath(person, 'mute')).send({ mutedUntil: until() }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'mutedUntil', code });
  });
});

describe('removing a member', () => {
  it('ends the membership', async () => {
    const person = await newMember();
    const response = await home.moderator.agent.post(memberPath(person, 'remove')).send({ reason: 'Inactief' }).expect(200);
    expect(response.body.role).toBeNull();
    expect((await person.agent.get(`/api/networks/${home.network.slug}`).expect(200)).body.myRole).toBeNull();
    expect((await auditActions(home.owner, home.network.slug))[0]).toBe('member.removed');
  });
});

describe('banning a person', () => {
  it('removes them and prevents rejoining until unbanned', async () => {
    const person = await newMember();
    const response = await home.moderator.agent.post(memberPath(person, 'ban')).send({ reason: 'Herhaald schelden' }).expect(200);
    expect(response.body).toMatchObject({ role: null, ban: { reason: 'Herhaald schelden' } });

    const join = await person.agent.post(`/api/networks/${home.network.slug}/join`).send({}).expect(403);
    expect(join.body.code).toBe('member_banned');
    const bans = (await home.moderator.agent.get(`/api/networks/${home.network.slug}/bans`).expect(200)).body as NetworkBan[];
    expect(bans.map((ban) => ban.person.id)).toContain(person.user.id);

    await home.moderator.agent.post(memberPath(person, 'unban')).send({}).expect(200);
    await person.agent.post(`/api/networks/${home.network.slug}/join`).send({}).expect(201);
    expect((await auditActions(home.owner, home.network.slug)).slice(0, 2)).toEqual(['member.unbanned', 'member.banned']);
  });

  it('blocks requests to a closed network and declines a pending one', async () => {
    const closed = await createModeratedNetwork(testApp, admin, { visibility: 'closed' });
    const person = await signUp(testApp);
    await person.agent.post(`/api/networks/${closed.network.slug}/join`).send({ motivation: 'Graag' }).expect(201);
    await closed.moderator.agent
      .post(`/api/networks/${closed.network.slug}/members/${person.user.id}/ban`)
      .send({ reason: 'Spamaccount' })
      .expect(200);
    expect((await closed.moderator.agent.get(`/api/networks/${closed.network.slug}/membership-requests`).expect(200)).body).toEqual([]);
    const again = await person.agent.post(`/api/networks/${closed.network.slug}/join`).send({ motivation: 'Nog eens' }).expect(403);
    expect(again.body.code).toBe('member_banned');
  });

  it('requires a reason', async () => {
    const person = await newMember();
    await home.moderator.agent.post(memberPath(person, 'ban')).send({}).expect(400);
  });

  it('returns 404 to unban someone who is not banned', async () => {
    const person = await newMember();
    await home.moderator.agent.post(memberPath(person, 'unban')).send({}).expect(404);
  });
});

describe('actions on members', () => {
  const actions: [string, () => object][] = [
    ['warn', () => ({ reason: 'Let op' })],
    ['mute', () => ({ mutedUntil: inOneHour() })],
    ['unmute', () => ({})],
    ['remove', () => ({})],
    ['ban', () => ({ reason: 'Weg' })],
  ];

  it.each(actions)('rejects %s by a member', async (action, body) => {
    const person = await newMember();
    await home.member.agent.post(memberPath(person, action)).send(body()).expect(403);
  });

  it.each(actions)('rejects %s by a moderator of another network', async (action, body) => {
    const person = await newMember();
    await other.moderator.agent.post(memberPath(person, action)).send(body()).expect(403);
    await other.owner.agent.post(memberPath(person, action)).send(body()).expect(403);
  });

  it.each(actions)('rejects %s against the owner', async (action, body) => {
    await home.moderator.agent.post(memberPath(home.owner, action)).send(body()).expect(403);
    await admin.agent.post(memberPath(home.owner, action)).send(body()).expect(403);
  });

  it.each(actions)('rejects %s against a moderator by a moderator', async (action, body) => {
    const second = await newMember();
    await home.owner.agent.patch(`/api/networks/${home.network.slug}/members/${second.user.id}`).send({ role: 'moderator' }).expect(200);
    await home.moderator.agent.post(memberPath(second, action)).send(body()).expect(403);
  });

  it.each(actions)('allows %s by the owner and administrators', async (action, body) => {
    const person = await newMember();
    await home.owner.agent.post(memberPath(person, action)).send(body()).expect(200);
    const another = await newMember();
    await admin.agent.post(memberPath(another, action)).send(body()).expect(200);
  });

  it('rejects acting on oneself', async () => {
    await home.moderator.agent.post(memberPath(home.moderator, 'warn')).send({ reason: 'Ik' }).expect(403);
  });

  it('returns 404 for someone who is not a member', async () => {
    const outsider = await signUp(testApp);
    await home.moderator.agent.post(memberPath(outsider, 'warn')).send({ reason: 'Let op' }).expect(404);
  });

  it('hides member status and bans from members and other networks', async () => {
    const person = await newMember();
    await home.member.agent.get(memberPath(person, 'moderation')).expect(403);
    await other.moderator.agent.get(memberPath(person, 'moderation')).expect(403);
    await home.member.agent.get(`/api/networks/${home.network.slug}/bans`).expect(403);
    await other.moderator.agent.get(`/api/networks/${home.network.slug}/bans`).expect(403);
  });
});

describe('role changes and membership decisions', () => {
  it('records appointing and removing a moderator', async () => {
    const person = await newMember();
    const path = `/api/networks/${home.network.slug}/members/${person.user.id}`;
    await home.owner.agent.patch(path).send({ role: 'moderator' }).expect(200);
    await home.owner.agent.patch(path).send({ role: 'member' }).expect(200);
    const log = (await home.owner.agent.get(`/api/networks/${home.network.slug}/moderation/audit-log`).query({ action: 'member.role_changed' }).expect(200)).body;
    expect(log.entries.slice(0, 2).map((entry: { details: object }) => entry.details)).toEqual([
      { from: 'moderator', to: 'member' },
      { from: 'member', to: 'moderator' },
    ]);
  });

  it('rejects role changes by moderators', async () => {
    const person = await newMember();
    await home.moderator.agent.patch(`/api/networks/${home.network.slug}/members/${person.user.id}`).send({ role: 'moderator' }).expect(403);
  });

  it('records approvals and declines', async () => {
    const closed = await createModeratedNetwork(testApp, admin, { visibility: 'closed' });
    const first = await signUp(testApp);
    const second = await signUp(testApp);
    const requestOf = async (person: SignedInPerson) =>
      (await person.agent.post(`/api/networks/${closed.network.slug}/join`).send({ motivation: 'Graag' }).expect(201)).body.request.id;
    await closed.moderator.agent.post(`/api/membership-requests/${await requestOf(first)}/approve`).expect(200);
    await closed.moderator.agent.post(`/api/membership-requests/${await requestOf(second)}/decline`).send({ reason: 'Niet passend' }).expect(200);
    const actions = await auditActions(closed.owner, closed.network.slug);
    expect(actions.slice(0, 2)).toEqual(['membership.declined', 'membership.approved']);
  });
});

describe('moderation settings', () => {
  it('are read and changed by moderators only, and audited', async () => {
    const path = `/api/networks/${home.network.slug}/moderation/settings`;
    await home.member.agent.get(path).expect(403);
    await other.moderator.agent.put(path).send({ firstPostsRequiringApproval: 2 }).expect(403);
    await home.moderator.agent.put(path).send({ firstPostsRequiringApproval: 2 }).expect(200);
    expect((await home.moderator.agent.get(path).expect(200)).body).toEqual({ firstPostsRequiringApproval: 2 });
    await home.moderator.agent.put(path).send({ firstPostsRequiringApproval: 0 }).expect(200);
    expect((await auditActions(home.owner, home.network.slug)).slice(0, 2)).toEqual(['settings.updated', 'settings.updated']);
  });

  it('rejects values outside 0 to 20', async () => {
    const path = `/api/networks/${home.network.slug}/moderation/settings`;
    await home.moderator.agent.put(path).send({ firstPostsRequiringApproval: 21 }).expect(400);
    await home.moderator.agent.put(path).send({ firstPostsRequiringApproval: -1 }).expect(400);
  });
});

describe('muting a moderator', () => {
  it('applies when the owner mutes them', async () => {
    const second = await newMember();
    await home.owner.agent.patch(`/api/networks/${home.network.slug}/members/${second.user.id}`).send({ role: 'moderator' }).expect(200);
    const thread = await startThread(second, home.network.slug);
    await home.owner.agent.post(memberPath(second, 'mute')).send({ mutedUntil: inOneHour() }).expect(200);
    const response = await second.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: thread.posts[0].id, body: 'Nog iets' })
      .expect(403);
    expect(response.body.code).toBe('member_muted');
  });
});
