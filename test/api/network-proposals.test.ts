import type { NetworkDetail, NetworkListResponse } from '@inclusieplein/contract';
import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import { createNetwork, networkInput, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let proposer: SignedInPerson;
let other: SignedInPerson;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  proposer = await signUp(testApp);
  other = await signUp(testApp);
});

afterAll(async () => {
  await testApp.close();
});

async function propose(overrides = {}): Promise<NetworkDetail> {
  return (await proposer.agent.post('/api/network-proposals').send(networkInput(overrides)).expect(201)).body;
}

async function publicIds(): Promise<string[]> {
  const list: NetworkListResponse = (await request(testApp.baseUrl).get('/api/networks').expect(200)).body;
  return list.networks.map((network) => network.id);
}

describe('POST /api/network-proposals', () => {
  it('stores a proposal by the signed-in person', async () => {
    const proposal = await propose();
    expect(proposal.status).toBe('proposed');
    expect(proposal.proposedBy?.id).toBe(proposer.user.id);
    expect(proposal.myRole).toBeNull();
    expect(proposal.canRead).toBe(false);
  });

  it('keeps proposals out of the list', async () => {
    const proposal = await propose();
    expect(await publicIds()).not.toContain(proposal.id);
  });

  it('shows proposal to proposer and admin', async () => {
    const proposal = await propose();
    await proposer.agent.get(`/api/networks/${proposal.slug}`).expect(200);
    const asAdmin = await admin.agent.get(`/api/networks/${proposal.slug}`).expect(200);
    expect(asAdmin.body.status).toBe('proposed');
  });

  it('hides the proposal from others', async () => {
    const proposal = await propose();
    const asOther = await other.agent.get(`/api/networks/${proposal.slug}`).expect(404);
    expect(asOther.body.code).toBe('not_found');
    await request(testApp.baseUrl).get(`/api/networks/${proposal.slug}`).expect(404);
  });

  it('rejects visitors', async () => {
    const response = await request(testApp.baseUrl).post('/api/network-proposals').send(networkInput()).expect(401);
    expect(response.body.code).toBe('not_authenticated');
  });

  it('rejects ownerEmail from proposers', async () => {
    const response = await proposer.agent
      .post('/api/network-proposals')
      .send({ ...networkInput(), ownerEmail: proposer.email })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ ownerEmail: 'not_allowed' });
  });

  it('rejects the name of a proposal', async () => {
    const proposal = await propose();
    const response = await other.agent
      .post('/api/network-proposals')
      .send(networkInput({ name: proposal.name }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ name: 'name_taken' });
  });

  it('rejects joining a proposal', async () => {
    const proposal = await propose();
    await other.agent.post(`/api/networks/${proposal.slug}/join`).send({}).expect(404);
  });
});

describe('GET /api/network-proposals', () => {
  it('lists pending proposals for administrators', async () => {
    const pending = await propose();
    const decided = await propose();
    await admin.agent.post(`/api/network-proposals/${decided.id}/decline`).send({}).expect(200);
    const response = await admin.agent.get('/api/network-proposals').expect(200);
    const ids = response.body.map((network: NetworkDetail) => network.id);
    expect(ids).toContain(pending.id);
    expect(ids).not.toContain(decided.id);
  });

  it('lists only own proposals for others', async () => {
    const proposal = await propose();
    const asProposer = await proposer.agent.get('/api/network-proposals').expect(200);
    const asOther = await other.agent.get('/api/network-proposals').expect(200);
    expect(asProposer.body.map((network: NetworkDetail) => network.id)).toContain(proposal.id);
    expect(asOther.body).toEqual([]);
  });

  it('rejects visitors', async () => {
    await request(testApp.baseUrl).get('/api/network-proposals').expect(401);
  });
});

describe('deciding on a proposal', () => {
  it('approval makes the proposer owner', async () => {
    const proposal = await propose();
    const response = await admin.agent.post(`/api/network-proposals/${proposal.id}/approve`).send({}).expect(200);
    expect(response.body.status).toBe('active');
    expect(await publicIds()).toContain(proposal.id);

    const asProposer = await proposer.agent.get(`/api/networks/${proposal.slug}`).expect(200);
    expect(asProposer.body.myRole).toBe('owner');
    expect(asProposer.body.memberCount).toBe(1);
  });

  it('approval keeps articles and municipalities', async () => {
    const proposal = await propose({ crpdArticleNumbers: [24], municipalityCodes: ['GM0599', 'GM0363'] });
    const response = await admin.agent.post(`/api/network-proposals/${proposal.id}/approve`).send({}).expect(200);
    expect(response.body.crpdArticleNumbers).toEqual([24]);
    expect(response.body.municipalityCodes).toEqual(['GM0363', 'GM0599']);
  });

  it('decline stores the reason', async () => {
    const proposal = await propose();
    const response = await admin.agent
      .post(`/api/network-proposals/${proposal.id}/decline`)
      .send({ reason: 'Er is al een netwerk over dit thema.' })
      .expect(200);
    expect(response.body.status).toBe('declined');
    expect(response.body.decisionReason).toBe('Er is al een netwerk over dit thema.');

    const asProposer = await proposer.agent.get(`/api/networks/${proposal.slug}`).expect(200);
    expect(asProposer.body.decisionReason).toBe('Er is al een netwerk over dit thema.');
    expect(asProposer.body.myRole).toBeNull();
    expect(await publicIds()).not.toContain(proposal.id);
  });

  it('frees the name of a declined proposal', async () => {
    const proposal = await propose();
    await admin.agent.post(`/api/network-proposals/${proposal.id}/decline`).send({}).expect(200);
    const again = await propose({ name: proposal.name });
    expect(again.slug).toBe(`${proposal.slug}-2`);
  });

  it.each([
    ['approve', 'approve'],
    ['approve', 'decline'],
    ['decline', 'approve'],
  ])('returns 409 to %s then %s', async (first, second) => {
    const proposal = await propose();
    await admin.agent.post(`/api/network-proposals/${proposal.id}/${first}`).send({}).expect(200);
    const response = await admin.agent.post(`/api/network-proposals/${proposal.id}/${second}`).send({}).expect(409);
    expect(response.body.code).toBe('conflict');
  });

  it('rejects people who are not administrators', async () => {
    const proposal = await propose();
    const response = await proposer.agent.post(`/api/network-proposals/${proposal.id}/approve`).send({}).expect(403);
    expect(response.body.code).toBe('forbidden');
    const stored = await admin.agent.get(`/api/networks/${proposal.slug}`).expect(200);
    expect(stored.body.status).toBe('proposed');
  });

  it('returns 409 for an active network', async () => {
    const network = await createNetwork(admin, proposer);
    await admin.agent.post(`/api/network-proposals/${network.id}/approve`).send({}).expect(409);
  });

  it('returns 404 for unknown id', async () => {
    const response = await admin.agent
      .post('/api/network-proposals/00000000-0000-4000-8000-000000000000/approve')
      .send({})
      .expect(404);
    expect(response.body.code).toBe('not_found');
  });

  it('returns 400 for non-UUID id', async () => {
    const response = await admin.agent.post('/api/network-proposals/12/approve').send({}).expect(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('rejects a reason that is too long', async () => {
    const proposal = await propose();
    const response = await admin.agent
      .post(`/api/network-proposals/${proposal.id}/decline`)
      .send({ reason: 'x'.repeat(501) })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ reason: 'too_long' });
  });
});
