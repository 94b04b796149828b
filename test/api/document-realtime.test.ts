import type { DocumentDetail, NetworkDetail } from '@inclusieplein/contract';
import { createNetwork, joinNetwork, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
import { addDocument, SAMPLES, upload } from '../support/document-builders';
import { connectSocket, expectNoEvent, TestSocket, waitForEvent } from '../support/realtime';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let owner: SignedInPerson;
let member: SignedInPerson;
let outsider: SignedInPerson;
let openNetwork: NetworkDetail;
let closedNetwork: NetworkDetail;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  testApp = await startTestApp();
  const admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  member = await signUp(testApp);
  outsider = await signUp(testApp);
  openNetwork = await createNetwork(admin, owner);
  closedNetwork = await createNetwork(admin, owner, { visibility: 'closed' });
  await joinNetwork(member, openNetwork.slug);
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});

afterAll(async () => {
  await testApp.close();
});

async function socketFor(person?: SignedInPerson): Promise<TestSocket> {
  const socket = await connectSocket(testApp, person);
  sockets.push(socket);
  return socket;
}

describe('live document events', () => {
  it('tells people viewing the network about a new document and a new version', async () => {
    const visitor = await socketFor();
    expect(await visitor.emitWithAck('network.subscribe', { networkId: openNetwork.id })).toEqual({ ok: true });

    const created = waitForEvent(visitor, 'document.changed');
    const document = await addDocument(member, openNetwork.slug, SAMPLES.lawMarkdown, { title: 'Live toegevoegd' });
    expect(await created).toEqual({
      networkId: openNetwork.id,
      documentId: document.id,
      title: 'Live toegevoegd',
      change: 'created',
      versionNumber: 1,
      actorDisplayName: member.user.displayName,
    });

    const viewer = await socketFor(owner);
    expect(await viewer.emitWithAck('document.subscribe', { documentId: document.id })).toEqual({ ok: true });
    const versionEvent = new Promise((resolve) => {
      const seen: unknown[] = [];
      viewer.on('document.changed', (event) => {
        seen.push(event);
        if (event.change === 'version_added') resolve(event);
      });
    });
    const uploaded = await upload(owner, SAMPLES.answersOdt);
    await owner.agent.post(`/api/documents/${document.id}/versions`).send({ uploadId: uploaded.uploadId }).expect(201);
    expect(await versionEvent).toMatchObject({ documentId: document.id, change: 'version_added', versionNumber: 2 });
  });

  it('tells the document page when the background check has finished', async () => {
    const document: DocumentDetail = await addDocument(member, openNetwork.slug, SAMPLES.answersOdt, { title: 'Wacht op controle' });
    const viewer = await socketFor(member);
    const finished = new Promise((resolve) => {
      viewer.on('document.changed', (event) => {
        if (event.change === 'updated' && event.documentId === document.id) resolve(event);
      });
    });
    expect(await viewer.emitWithAck('document.subscribe', { documentId: document.id })).toEqual({ ok: true });
    const detail = (await member.agent.get(`/api/documents/${document.id}`).expect(200)).body as DocumentDetail;
    // The job may already be done. Then no event is needed.
    if (['pending', 'processing'].includes(detail.currentVersion.extractionStatus)) {
      await finished;
    }
    const after = (await member.agent.get(`/api/documents/${document.id}`).expect(200)).body as DocumentDetail;
    expect(after.currentVersion.extractionStatus).toBe('done');
  });

  it('keeps closed-network documents away from outsiders and visitors', async () => {
    const outsiderSocket = await socketFor(outsider);
    const visitorSocket = await socketFor();
    const document = await addDocument(owner, closedNetwork.slug, SAMPLES.lawMarkdown, { title: 'Besloten live' });

    expect(await outsiderSocket.emitWithAck('document.subscribe', { documentId: document.id })).toEqual({ ok: false, code: 'forbidden' });
    expect(await visitorSocket.emitWithAck('document.subscribe', { documentId: document.id })).toEqual({ ok: false, code: 'forbidden' });
    expect(await outsiderSocket.emitWithAck('network.subscribe', { networkId: closedNetwork.id })).toEqual({ ok: false, code: 'forbidden' });
    expect(await outsiderSocket.emitWithAck('document.subscribe', { documentId: 'geen-id' })).toEqual({ ok: false, code: 'invalid' });

    const quiet = expectNoEvent(outsiderSocket, 'document.changed', 800);
    const uploaded = await upload(owner, SAMPLES.answersOdt);
    await owner.agent.post(`/api/documents/${document.id}/versions`).send({ uploadId: uploaded.uploadId }).expect(201);
    await quiet;
  });

  it('removes a person who leaves a closed network from its document rooms', async () => {
    const leaver = await signUp(testApp);
    const document = await addDocument(owner, closedNetwork.slug, SAMPLES.lawMarkdown, { title: 'Na vertrek stil' });
    // Joining a closed network takes a request and an approval. This test only needs the membership.
    await testApp.dataSource.query(`INSERT INTO memberships (network_id, user_id, role) VALUES ($1, $2, 'member')`, [
      closedNetwork.id,
      leaver.user.id,
    ]);
    const socket = await socketFor(leaver);
    expect(await socket.emitWithAck('document.subscribe', { documentId: document.id })).toEqual({ ok: true });

    await leaver.agent.delete(`/api/networks/${closedNetwork.slug}/membership`).expect((response) => {
      if (response.status >= 300) throw new Error(`leaving failed with ${response.status}: ${JSON.stringify(response.body)}`);
    });
    const quiet = expectNoEvent(socket, 'document.changed', 800);
    await owner.agent.post(`/api/documents/${document.id}/archive`).send({}).expect(200);
    await quiet;
  });
});
