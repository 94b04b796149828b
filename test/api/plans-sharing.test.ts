import type { NetworkDetail, PlanDetail, PlanSummary } from '@inclusieplein/contract';
import JSZip from 'jszip';
import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import { createNetwork, joinNetwork, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
import { createPlan, updateOf } from '../support/plan-builders';
import { connectSocket, expectNoEvent, TestSocket, waitForEvent } from '../support/realtime';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;
let insider: SignedInPerson;
let outsider: SignedInPerson;
let openNetwork: NetworkDetail;
let otherOpenNetwork: NetworkDetail;
let closedNetwork: NetworkDetail;
let openPlan: PlanDetail;
let closedPlan: PlanDetail;
const sockets: TestSocket[] = [];

/** Lets a person into the closed network through a request that the owner approves. */
async function admitToClosedNetwork(person: SignedInPerson): Promise<void> {
  const joined = await person.agent.post(`/api/networks/${closedNetwork.slug}/join`).send({}).expect(201);
  await owner.agent.post(`/api/membership-requests/${joined.body.request.id}/approve`).expect(200);
}

async function connect(person?: SignedInPerson): Promise<TestSocket> {
  const socket = await connectSocket(testApp, person);
  sockets.push(socket);
  return socket;
}

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  insider = await signUp(testApp);
  outsider = await signUp(testApp);
  openNetwork = await createNetwork(admin, owner);
  otherOpenNetwork = await createNetwork(admin, owner);
  closedNetwork = await createNetwork(admin, owner, { visibility: 'closed' });
  await admitToClosedNetwork(insider);
  await joinNetwork(insider, openNetwork.slug);
  await joinNetwork(outsider, otherOpenNetwork.slug);
  openPlan = await createPlan(owner, openNetwork.slug, { title: 'Open plan voor iedereen' });
  closedPlan = await createPlan(owner, closedNetwork.slug, {
    title: 'Geheim plan',
    actions: [{ description: 'Geheime actie', status: 'open', responsibleMemberId: insider.user.id, deadline: '2099-01-01' }],
  });
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});

afterAll(async () => {
  await testApp.close();
});

describe('closed-network privacy', () => {
  it('hides the network plan list from non-members', async () => {
    const response = await outsider.agent.get(`/api/networks/${closedNetwork.slug}/plans`).expect(403);
    expect(response.body.code).toBe('network_closed');
    await request(testApp.baseUrl).get(`/api/networks/${closedNetwork.slug}/plans`).expect(403);
    const list: PlanSummary[] = (await insider.agent.get(`/api/networks/${closedNetwork.slug}/plans`).expect(200)).body;
    expect(list.map((plan) => plan.id)).toEqual([closedPlan.id]);
  });

  it('leaves closed plans out of the overview for non-members', async () => {
    const forOutsider: PlanSummary[] = (await outsider.agent.get('/api/plans').expect(200)).body;
    expect(forOutsider.map((plan) => plan.id)).toContain(openPlan.id);
    expect(forOutsider.map((plan) => plan.id)).not.toContain(closedPlan.id);
    const forVisitor: PlanSummary[] = (await request(testApp.baseUrl).get('/api/plans').expect(200)).body;
    expect(forVisitor.map((plan) => plan.id)).not.toContain(closedPlan.id);
  });

  it('shows closed plans in the overview to members and administrators', async () => {
    const forInsider: PlanSummary[] = (await insider.agent.get('/api/plans').expect(200)).body;
    expect(forInsider.map((plan) => plan.id)).toContain(closedPlan.id);
    const forAdmin: PlanSummary[] = (await admin.agent.get('/api/plans').expect(200)).body;
    expect(forAdmin.map((plan) => plan.id)).toContain(closedPlan.id);
  });

  it('rejects detail, revisions and export for non-members', async () => {
    const paths = [
      `/api/plans/${closedPlan.id}`,
      `/api/plans/${closedPlan.id}/revisions`,
      `/api/plans/${closedPlan.id}/revisions/1`,
      `/api/plans/${closedPlan.id}/export.docx`,
    ];
    for (const path of paths) {
      const asOutsider = await outsider.agent.get(path);
      expect([path, asOutsider.status, asOutsider.body.code]).toEqual([path, 403, 'network_closed']);
      expect(JSON.stringify(asOutsider.body)).not.toContain('Geheim');
      const asVisitor = await request(testApp.baseUrl).get(path);
      expect([path, asVisitor.status]).toEqual([path, 403]);
    }
  });

  it('shows detail to members', async () => {
    const plan: PlanDetail = (await insider.agent.get(`/api/plans/${closedPlan.id}`).expect(200)).body;
    expect(plan.title).toBe('Geheim plan');
    expect(plan.canEdit).toBe(true);
  });
});

describe('reusing a plan', () => {
  it('copies content without people and deadlines, with provenance both ways', async () => {
    const source = await createPlan(owner, openNetwork.slug, {
      title: 'Plan om over te nemen',
      actions: [
        { description: 'Actie met eigenaar', status: 'in_progress', responsibleMemberId: owner.user.id, responsibleOrganisation: 'Gemeente Utrecht', deadline: '2020-01-01' },
      ],
    });
    await owner.agent.put(`/api/plans/${source.id}`).send(updateOf(source, { body: 'Nieuwe tekst' })).expect(200);

    const response = await outsider.agent
      .post(`/api/plans/${source.id}/reuse`)
      .send({ networkSlug: otherOpenNetwork.slug, municipalityCode: 'GM0363' })
      .expect(201);
    const copy = response.body as PlanDetail;
    expect(copy.id).not.toBe(source.id);
    expect(copy.network.slug).toBe(otherOpenNetwork.slug);
    expect(copy.title).toBe('Plan om over te nemen');
    expect(copy.body).toBe('Nieuwe tekst');
    expect(copy.summary).toBe(source.summary);
    expect(copy.crpdArticleNumbers).toEqual(source.crpdArticleNumbers);
    expect(copy.status).toBe('idea');
    expect(copy.revision).toBe(1);
    expect(copy.municipalities.map((municipality) => municipality.code)).toEqual(['GM0363']);
    expect(copy.actions).toHaveLength(1);
    expect(copy.actions[0]).toMatchObject({
      description: 'Actie met eigenaar',
      responsibleMember: null,
      responsibleOrganisation: null,
      deadline: null,
      status: 'open',
      overdue: false,
    });
    expect(copy.actions[0].id).not.toBe(source.actions[0].id);
    expect(copy.source).toEqual({
      planId: source.id,
      title: 'Plan om over te nemen',
      revision: 2,
      municipalities: [{ code: 'GM0344', name: 'Utrecht', province: 'Utrecht' }],
      networkSlug: openNetwork.slug,
      readable: true,
    });
    expect(copy.threadId).not.toBe(source.threadId);

    const reread: PlanDetail = (await request(testApp.baseUrl).get(`/api/plans/${source.id}`).expect(200)).body;
    expect(reread.reusedBy).toEqual([
      {
        planId: copy.id,
        title: 'Plan om over te nemen',
        municipalities: [{ code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' }],
        networkSlug: otherOpenNetwork.slug,
      },
    ]);
  });

  it('hides closed source of copied plan', async () => {
    const copy: PlanDetail = (
      await insider.agent
        .post(`/api/plans/${closedPlan.id}/reuse`)
        .send({ networkSlug: openNetwork.slug, municipalityCode: 'GM0344' })
        .expect(201)
    ).body;
    expect(copy.source?.readable).toBe(true);

    const asOutsider: PlanDetail = (await outsider.agent.get(`/api/plans/${copy.id}`).expect(200)).body;
    expect(asOutsider.source).toEqual({
      planId: closedPlan.id,
      title: 'Geheim plan',
      revision: 1,
      municipalities: [],
      networkSlug: '',
      readable: false,
    });

    const sourceForInsider: PlanDetail = (await insider.agent.get(`/api/plans/${closedPlan.id}`).expect(200)).body;
    expect(sourceForInsider.reusedBy.map((reuse) => reuse.planId)).toContain(copy.id);
  });

  it('lists only readable copies in reusedBy', async () => {
    const copy: PlanDetail = (
      await insider.agent
        .post(`/api/plans/${openPlan.id}/reuse`)
        .send({ networkSlug: closedNetwork.slug, municipalityCode: 'GM0344' })
        .expect(201)
    ).body;
    const forInsider: PlanDetail = (await insider.agent.get(`/api/plans/${openPlan.id}`).expect(200)).body;
    expect(forInsider.reusedBy.map((reuse) => reuse.planId)).toContain(copy.id);
    const forOutsider: PlanDetail = (await outsider.agent.get(`/api/plans/${openPlan.id}`).expect(200)).body;
    expect(forOutsider.reusedBy.map((reuse) => reuse.planId)).not.toContain(copy.id);
  });

  it('rejects an unreadable source with 403', async () => {
    const response = await outsider.agent
      .post(`/api/plans/${closedPlan.id}/reuse`)
      .send({ networkSlug: otherOpenNetwork.slug, municipalityCode: 'GM0344' })
      .expect(403);
    expect(response.body.code).toBe('network_closed');
  });

  it('rejects a target network where the person is no member', async () => {
    const response = await outsider.agent
      .post(`/api/plans/${openPlan.id}/reuse`)
      .send({ networkSlug: openNetwork.slug, municipalityCode: 'GM0344' })
      .expect(403);
    expect(response.body.code).toBe('forbidden');
  });

  it('answers 404 for an unknown target network', async () => {
    await outsider.agent
      .post(`/api/plans/${openPlan.id}/reuse`)
      .send({ networkSlug: 'bestaat-niet', municipalityCode: 'GM0344' })
      .expect(404);
  });

  it('rejects an unknown municipality with nothing stored', async () => {
    const [{ count: before }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM plans');
    const response = await outsider.agent
      .post(`/api/plans/${openPlan.id}/reuse`)
      .send({ networkSlug: otherOpenNetwork.slug, municipalityCode: 'GM9999' })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ municipalityCode: 'unknown_municipality' });
    const [{ count: after }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM plans');
    expect(after).toBe(before);
  });
});

describe('plan.subscribe', () => {
  it('rejects non-members for a closed plan', async () => {
    const visitor = await connect();
    expect(await visitor.emitWithAck('plan.subscribe', { planId: closedPlan.id })).toEqual({ ok: false, code: 'forbidden' });
    const stranger = await connect(outsider);
    expect(await stranger.emitWithAck('plan.subscribe', { planId: closedPlan.id })).toEqual({ ok: false, code: 'forbidden' });
  });

  it('answers invalid and unknown plans', async () => {
    const socket = await connect(insider);
    expect(await socket.emitWithAck('plan.subscribe', { planId: 'geen-id' })).toEqual({ ok: false, code: 'invalid' });
    expect(await socket.emitWithAck('plan.subscribe', { planId: '00000000-0000-4000-8000-000000000000' })).toEqual({
      ok: false,
      code: 'not_found',
    });
  });

  it('sends plan.updated to plan subscribers and not to rejected sockets', async () => {
    const member = await connect(insider);
    expect(await member.emitWithAck('plan.subscribe', { planId: closedPlan.id })).toEqual({ ok: true });
    const stranger = await connect(outsider);
    await stranger.emitWithAck('plan.subscribe', { planId: closedPlan.id });

    const current: PlanDetail = (await insider.agent.get(`/api/plans/${closedPlan.id}`).expect(200)).body;
    const event = waitForEvent(member, 'plan.updated');
    const silence = expectNoEvent(stranger, 'plan.updated');
    await insider.agent.put(`/api/plans/${closedPlan.id}`).send(updateOf(current, { summary: 'Live' })).expect(200);
    expect(await event).toEqual({
      networkId: closedNetwork.id,
      planId: closedPlan.id,
      revision: current.revision + 1,
      authorDisplayName: insider.user.displayName,
    });
    await silence;
  });

  it('stops plan.updated after leaving the closed network', async () => {
    const leaver = await signUp(testApp);
    await admitToClosedNetwork(leaver);
    const socket = await connect(leaver);
    expect(await socket.emitWithAck('plan.subscribe', { planId: closedPlan.id })).toEqual({ ok: true });
    await leaver.agent.delete(`/api/networks/${closedNetwork.slug}/membership`).expect(204);

    const current: PlanDetail = (await owner.agent.get(`/api/plans/${closedPlan.id}`).expect(200)).body;
    const silence = expectNoEvent(socket, 'plan.updated');
    await owner.agent.put(`/api/plans/${closedPlan.id}`).send(updateOf(current, { summary: 'Na vertrek' })).expect(200);
    await silence;
  });

  it('sends plan.updated to the network room on status changes', async () => {
    const socket = await connect();
    expect(await socket.emitWithAck('network.subscribe', { networkId: openNetwork.id })).toEqual({ ok: true });
    const plan = await createPlan(owner, openNetwork.slug, { title: 'Plan voor live status' });
    const event = waitForEvent(socket, 'plan.updated');
    await owner.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'preparation' }).expect(200);
    expect(await event).toMatchObject({ planId: plan.id, revision: 1 });
  });

  it('announces a new plan with thread.created and plan.updated', async () => {
    const socket = await connect();
    await socket.emitWithAck('network.subscribe', { networkId: openNetwork.id });
    const threadCreated = waitForEvent(socket, 'thread.created');
    const planUpdated = waitForEvent(socket, 'plan.updated');
    const plan = await createPlan(owner, openNetwork.slug, { title: 'Aangekondigd plan' });
    expect(await threadCreated).toMatchObject({ threadId: plan.threadId, title: 'Plan: Aangekondigd plan' });
    expect(await planUpdated).toMatchObject({ planId: plan.id, revision: 1 });
  });
});

describe('DOCX export', () => {
  it('returns an editable document with the plan content', async () => {
    const plan = await createPlan(owner, openNetwork.slug, {
      title: 'Stembureaus – één plan',
      body: '# Aanleiding\n\nTekst met **nadruk** en *schuin*.\n\n- Punt een\n- Punt twee\n\n1. Stap een\n2. Stap twee',
      actions: [{ description: 'Hellingbaan plaatsen', status: 'in_progress', responsibleOrganisation: 'Gemeente Utrecht', deadline: '2099-03-01' }],
    });
    const response = await request(testApp.baseUrl)
      .get(`/api/plans/${plan.id}/export.docx`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);

    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="stembureaus-een-plan.docx"; filename*=UTF-8''${encodeURIComponent('Stembureaus – één plan.docx')}`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');

    const zip = await JSZip.loadAsync(response.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Stembureaus – één plan');
    expect(xml).toContain('Aanleiding');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('Punt een');
    expect(xml).toContain('Stap twee');
    expect(xml).toContain('<w:b/>');
    expect(xml).toContain('Hellingbaan plaatsen');
    expect(xml).toContain('Gemeente Utrecht');
    expect(xml).toContain('1 maart 2099');
    expect(xml).toContain('Bezig');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Gemaakt van versie 1 op');
    expect(xml).toContain('Utrecht');
  });

  it('answers 404 for an unknown plan', async () => {
    await request(testApp.baseUrl).get('/api/plans/00000000-0000-4000-8000-000000000000/export.docx').expect(404);
  });
});
