import type { JoinResponse, Member, MembershipRequestDetail, NetworkDetail } from '@inclusieplein/contract';
import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import { createNetwork, joinNetwork, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
});

afterAll(async () => {
  await testApp.close();
});

async function detail(person: SignedInPerson, slug: string): Promise<NetworkDetail> {
  return (await person.agent.get(`/api/networks/${slug}`).expect(200)).body;
}

/** Files a join request for a closed network and returns it. */
async function requestToJoin(person: SignedInPerson, slug: string, motivation = 'Ik wil graag meedoen.') {
  const response = await person.agent.post(`/api/networks/${slug}/join`).send({ motivation }).expect(201);
  return (response.body as JoinResponse).request!;
}

describe('joining an open network', () => {
  it('makes the person a member', async () => {
    const network = await createNetwork(admin, owner);
    const person = await signUp(testApp);
    const response = await person.agent.post(`/api/networks/${network.slug}/join`).send({}).expect(201);
    expect(response.body).toEqual({ result: 'member', role: 'member', request: null });
    expect((await detail(person, network.slug)).myRole).toBe('member');
  });

  it('returns 409 to a second join', async () => {
    const network = await createNetwork(admin, owner);
    const person = await signUp(testApp);
    await joinNetwork(person, network.slug);
    const response = await person.agent.post(`/api/networks/${network.slug}/join`).send({}).expect(409);
    expect(response.body.code).toBe('already_member');
  });

  it('returns 409 to simultaneous joins', async () => {
    const network = await createNetwork(admin, owner);
    const person = await signUp(testApp);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => person.agent.post(`/api/networks/${network.slug}/join`).send({})),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(responses.filter((response) => response.body.code === 'already_member')).toHaveLength(4);
  });

  it('rejects visitors', async () => {
    const network = await createNetwork(admin, owner);
    await request(testApp.baseUrl).post(`/api/networks/${network.slug}/join`).send({}).expect(401);
  });

  it('returns 404 for unknown network', async () => {
    const person = await signUp(testApp);
    await person.agent.post('/api/networks/bestaat-niet/join').send({}).expect(404);
  });
});

describe('joining a closed network', () => {
  let network: NetworkDetail;
  let moderator: SignedInPerson;
  let member: SignedInPerson;

  beforeAll(async () => {
    network = await createNetwork(admin, owner, { visibility: 'closed' });
    moderator = await signUp(testApp);
    member = await signUp(testApp);
    for (const person of [moderator, member]) {
      const pending = await requestToJoin(person, network.slug);
      await owner.agent.post(`/api/membership-requests/${pending.id}/approve`).expect(200);
    }
    await owner.agent
      .patch(`/api/networks/${network.slug}/members/${moderator.user.id}`)
      .send({ role: 'moderator' })
      .expect(200);
  });

  it('files a pending request', async () => {
    const person = await signUp(testApp);
    const response = await person.agent
      .post(`/api/networks/${network.slug}/join`)
      .send({ motivation: 'Ik ben ervaringsdeskundige.' })
      .expect(201);
    expect(response.body.result).toBe('requested');
    expect(response.body.role).toBeNull();
    expect(response.body.request).toMatchObject({ status: 'pending', motivation: 'Ik ben ervaringsdeskundige.' });
    expect((await detail(person, network.slug)).myRequest?.status).toBe('pending');
  });

  it('returns 409 to a second request', async () => {
    const person = await signUp(testApp);
    await requestToJoin(person, network.slug);
    const response = await person.agent.post(`/api/networks/${network.slug}/join`).send({}).expect(409);
    expect(response.body.code).toBe('request_pending');
  });

  it('returns 409 to simultaneous requests', async () => {
    const person = await signUp(testApp);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => person.agent.post(`/api/networks/${network.slug}/join`).send({})),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(responses.filter((response) => response.body.code === 'request_pending')).toHaveLength(4);
  });

  it('lists pending requests for owner and moderator', async () => {
    const person = await signUp(testApp);
    const pending = await requestToJoin(person, network.slug);
    for (const reviewer of [owner, moderator, admin]) {
      const response = await reviewer.agent.get(`/api/networks/${network.slug}/membership-requests`).expect(200);
      const listed = (response.body as MembershipRequestDetail[]).find((item) => item.id === pending.id);
      expect(listed?.person.id).toBe(person.user.id);
      expect(listed?.networkSlug).toBe(network.slug);
    }
  });

  it('hides pending requests from plain members', async () => {
    const response = await member.agent.get(`/api/networks/${network.slug}/membership-requests`).expect(403);
    expect(response.body.code).toBe('forbidden');
    const outsider = await signUp(testApp);
    await outsider.agent.get(`/api/networks/${network.slug}/membership-requests`).expect(403);
  });

  it('approval makes the person a member', async () => {
    const person = await signUp(testApp);
    const pending = await requestToJoin(person, network.slug);
    const response = await moderator.agent.post(`/api/membership-requests/${pending.id}/approve`).expect(200);
    expect(response.body.status).toBe('approved');
    const afterwards = await detail(person, network.slug);
    expect(afterwards.myRole).toBe('member');
    expect(afterwards.canRead).toBe(true);
  });

  it('decline shows the reason to the person', async () => {
    const person = await signUp(testApp);
    const pending = await requestToJoin(person, network.slug);
    await owner.agent
      .post(`/api/membership-requests/${pending.id}/decline`)
      .send({ reason: 'Dit netwerk is alleen voor ervaringsdeskundigen.' })
      .expect(200);
    const afterwards = await detail(person, network.slug);
    expect(afterwards.myRole).toBeNull();
    expect(afterwards.myRequest?.status).toBe('declined');
    expect(afterwards.myRequest?.decisionReason).toBe('Dit netwerk is alleen voor ervaringsdeskundigen.');
    expect(afterwards.myRequest?.decidedAt).not.toBeNull();
  });

  it('allows a new request after decline', async () => {
    const person = await signUp(testApp);
    const first = await requestToJoin(person, network.slug);
    await owner.agent.post(`/api/membership-requests/${first.id}/decline`).send({}).expect(200);
    const second = await requestToJoin(person, network.slug);
    expect(second.id).not.toBe(first.id);
  });

  it.each([
    ['approve', 'approve'],
    ['decline', 'approve'],
  ])('returns 409 to %s then %s', async (first, second) => {
    const person = await signUp(testApp);
    const pending = await requestToJoin(person, network.slug);
    await owner.agent.post(`/api/membership-requests/${pending.id}/${first}`).send({}).expect(200);
    const response = await owner.agent.post(`/api/membership-requests/${pending.id}/${second}`).send({}).expect(409);
    expect(response.body.code).toBe('conflict');
  });

  it('rejects decisions by plain members', async () => {
    const person = await signUp(testApp);
    const pending = await requestToJoin(person, network.slug);
    await member.agent.post(`/api/membership-requests/${pending.id}/approve`).expect(403);
    expect((await detail(person, network.slug)).myRole).toBeNull();
  });

  it('keeps a higher role on approval', async () => {
    const person = await signUp(testApp);
    const pending = await requestToJoin(person, network.slug);
    await admin.agent.post(`/api/networks/${network.slug}/owners`).send({ email: person.email }).expect(200);
    await moderator.agent.post(`/api/membership-requests/${pending.id}/approve`).expect(200);
    expect((await detail(person, network.slug)).myRole).toBe('owner');
  });

  it('hides content from non-members', async () => {
    const outsider = await signUp(testApp);
    expect((await detail(outsider, network.slug)).canRead).toBe(false);
    const asVisitor = await request(testApp.baseUrl).get(`/api/networks/${network.slug}`).expect(200);
    expect(asVisitor.body.canRead).toBe(false);
    expect((await detail(member, network.slug)).canRead).toBe(true);
  });
});

describe('leaving a network', () => {
  it('ends the membership', async () => {
    const network = await createNetwork(admin, owner);
    const person = await signUp(testApp);
    await joinNetwork(person, network.slug);
    await person.agent.delete(`/api/networks/${network.slug}/membership`).expect(204);
    const afterwards = await detail(person, network.slug);
    expect(afterwards.myRole).toBeNull();
    expect(afterwards.memberCount).toBe(1);
  });

  it('returns 404 without membership', async () => {
    const network = await createNetwork(admin, owner);
    const person = await signUp(testApp);
    await person.agent.delete(`/api/networks/${network.slug}/membership`).expect(404);
  });

  it('keeps the last owner', async () => {
    const network = await createNetwork(admin, owner);
    const response = await owner.agent.delete(`/api/networks/${network.slug}/membership`).expect(409);
    expect(response.body.code).toBe('last_owner');
    expect((await detail(owner, network.slug)).myRole).toBe('owner');
  });

  it('lets an owner leave after another', async () => {
    const network = await createNetwork(admin, owner);
    const second = await signUp(testApp);
    await admin.agent.post(`/api/networks/${network.slug}/owners`).send({ email: second.email }).expect(200);
    await owner.agent.delete(`/api/networks/${network.slug}/membership`).expect(204);
  });
});

describe('changing roles', () => {
  let network: NetworkDetail;
  let member: SignedInPerson;

  beforeEach(async () => {
    network = await createNetwork(admin, owner);
    member = await signUp(testApp);
    await joinNetwork(member, network.slug);
  });

  const changeRole = (actor: SignedInPerson, person: SignedInPerson, role: string) =>
    actor.agent.patch(`/api/networks/${network.slug}/members/${person.user.id}`).send({ role });

  it('owner makes a member moderator', async () => {
    const response = await changeRole(owner, member, 'moderator').expect(200);
    expect(response.body.role).toBe('moderator');
    expect(response.body.person.id).toBe(member.user.id);
    await member.agent.get(`/api/networks/${network.slug}/membership-requests`).expect(200);
  });

  it('rejects changes by non-owners', async () => {
    const response = await changeRole(member, member, 'owner').expect(403);
    expect(response.body.code).toBe('forbidden');
    await changeRole(owner, member, 'moderator').expect(200);
    await changeRole(member, member, 'owner').expect(403);
    expect((await detail(member, network.slug)).myRole).toBe('moderator');
  });

  it('keeps the last owner', async () => {
    const response = await changeRole(owner, owner, 'member').expect(409);
    expect(response.body.code).toBe('last_owner');
  });

  it('lets an owner step down after another', async () => {
    await changeRole(owner, member, 'owner').expect(200);
    await changeRole(owner, owner, 'moderator').expect(200);
    expect((await detail(owner, network.slug)).myRole).toBe('moderator');
  });

  it('returns 404 for a non-member', async () => {
    const outsider = await signUp(testApp);
    await changeRole(owner, outsider, 'moderator').expect(404);
  });

  it('rejects an unknown role', async () => {
    const response = await changeRole(owner, member, 'beheerder').expect(400);
    expect(fieldCodes(response.body)).toEqual({ role: 'invalid' });
  });
});

describe('GET /api/networks/:slug/members', () => {
  it('lists owners first for members', async () => {
    const network = await createNetwork(admin, owner);
    const member = await signUp(testApp);
    await joinNetwork(member, network.slug);
    const response = await member.agent.get(`/api/networks/${network.slug}/members`).expect(200);
    const members: Member[] = response.body;
    expect(members.map((item) => [item.person.id, item.role])).toEqual([
      [owner.user.id, 'owner'],
      [member.user.id, 'member'],
    ]);
  });

  it('hides the list from non-members', async () => {
    const network = await createNetwork(admin, owner);
    const outsider = await signUp(testApp);
    const response = await outsider.agent.get(`/api/networks/${network.slug}/members`).expect(403);
    expect(response.body.code).toBe('forbidden');
    await request(testApp.baseUrl).get(`/api/networks/${network.slug}/members`).expect(401);
  });

  it('shows the list to administrators', async () => {
    const network = await createNetwork(admin, owner);
    const response = await admin.agent.get(`/api/networks/${network.slug}/members`).expect(200);
    expect(response.body).toHaveLength(1);
  });
});
