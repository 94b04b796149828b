import type { CodeOfConduct, CodeOfConductStatus, NetworkDetail } from '@inclusieplein/contract';
import { createNetwork, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
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

const CODE = '## Gedragscode\n\nWe praten **met** elkaar, niet over elkaar.';

async function saveCode(person: SignedInPerson, slug: string, body = CODE, changeNote: string | null = null): Promise<CodeOfConduct> {
  return (await person.agent.put(`/api/networks/${slug}/code-of-conduct`).send({ body, changeNote }).expect(200)).body;
}

async function status(person: SignedInPerson, slug: string): Promise<CodeOfConductStatus> {
  return (await person.agent.get(`/api/networks/${slug}/code-of-conduct`).expect(200)).body;
}

async function freshNetwork(visibility: 'open' | 'closed' = 'open'): Promise<{ network: NetworkDetail; owner: SignedInPerson }> {
  const owner = await signUp(testApp);
  return { network: await createNetwork(admin, owner, { visibility }), owner };
}

describe('writing the code of conduct', () => {
  it('saves a new version on every save and keeps the history', async () => {
    const { network, owner } = await freshNetwork();
    expect((await status(owner, network.slug)).current).toBeNull();

    const first = await saveCode(owner, network.slug);
    expect(first).toMatchObject({ version: 1, body: CODE });
    expect(first.bodyHtml).toContain('<strong>met</strong>');
    const second = await saveCode(owner, network.slug, `${CODE}\n\nGeen reclame.`, 'Reclame toegevoegd');
    expect(second).toMatchObject({ version: 2, changeNote: 'Reclame toegevoegd' });

    const versions = (await owner.agent.get(`/api/networks/${network.slug}/code-of-conduct/versions`).expect(200)).body as CodeOfConduct[];
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
    expect((await status(owner, network.slug)).current?.version).toBe(2);
    expect(await auditActions(owner, network.slug)).toEqual(['code_of_conduct.updated', 'code_of_conduct.updated']);
  });

  it.each([
    ['the moderator', () => home.moderator],
    ['a member', () => home.member],
    ['the owner of another network', () => other.owner],
  ])('rejects %s', async (_name, person) => {
    await person().agent.put(`/api/networks/${home.network.slug}/code-of-conduct`).send({ body: CODE }).expect(403);
  });

  it('is allowed to administrators', async () => {
    const { network } = await freshNetwork();
    expect((await saveCode(admin, network.slug)).version).toBe(1);
  });

  it('rejects a text that is too short', async () => {
    const response = await home.owner.agent.put(`/api/networks/${home.network.slug}/code-of-conduct`).send({ body: 'Kort' }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'body', code: 'too_short' });
  });
});

describe('joining a network with a code of conduct', () => {
  it('requires the current version and records the acceptance', async () => {
    const { network, owner } = await freshNetwork();
    await saveCode(owner, network.slug);
    const person = await signUp(testApp);

    const missing = await person.agent.post(`/api/networks/${network.slug}/join`).send({}).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'acceptedCodeOfConductVersion', code: 'required' });

    await person.agent.post(`/api/networks/${network.slug}/join`).send({ acceptedCodeOfConductVersion: 1 }).expect(201);
    expect(await status(person, network.slug)).toMatchObject({ myAcceptedVersion: 1, acceptedCurrent: true });
    const rows = await testApp.dataSource.query(
      'SELECT version, accepted_at FROM code_of_conduct_acceptances WHERE network_id = $1 AND user_id = $2',
      [network.id, person.user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].version).toBe(1);
  });

  it('returns 409 with the current version for a stale one', async () => {
    const { network, owner } = await freshNetwork();
    await saveCode(owner, network.slug);
    await saveCode(owner, network.slug, `${CODE}\n\nVersie twee.`);
    const person = await signUp(testApp);
    const response = await person.agent.post(`/api/networks/${network.slug}/join`).send({ acceptedCodeOfConductVersion: 1 }).expect(409);
    expect(response.body).toMatchObject({ code: 'code_of_conduct_outdated', currentCodeOfConductVersion: 2 });
    expect((await person.agent.get(`/api/networks/${network.slug}`).expect(200)).body.myRole).toBeNull();
  });

  it('records the acceptance with a request to a closed network', async () => {
    const { network, owner } = await freshNetwork('closed');
    await saveCode(owner, network.slug);
    const person = await signUp(testApp);
    await person.agent.post(`/api/networks/${network.slug}/join`).send({ motivation: 'Graag', acceptedCodeOfConductVersion: 1 }).expect(201);
    expect((await status(person, network.slug)).myAcceptedVersion).toBe(1);
  });

  it('needs no acceptance without a code', async () => {
    const { network } = await freshNetwork();
    const person = await signUp(testApp);
    await person.agent.post(`/api/networks/${network.slug}/join`).send({}).expect(201);
    expect(await status(person, network.slug)).toMatchObject({ current: null, myAcceptedVersion: null, acceptedCurrent: true });
  });
});

describe('accepting a new version as member', () => {
  it('shows that the current version is not accepted until the member accepts it', async () => {
    const { network, owner } = await freshNetwork();
    await saveCode(owner, network.slug);
    const person = await signUp(testApp);
    await person.agent.post(`/api/networks/${network.slug}/join`).send({ acceptedCodeOfConductVersion: 1 }).expect(201);
    await saveCode(owner, network.slug, `${CODE}\n\nNieuwe regel.`);

    expect(await status(person, network.slug)).toMatchObject({ myAcceptedVersion: 1, acceptedCurrent: false });
    const stale = await person.agent.post(`/api/networks/${network.slug}/code-of-conduct/accept`).send({ version: 1 }).expect(409);
    expect(stale.body.currentCodeOfConductVersion).toBe(2);
    const accepted = await person.agent.post(`/api/networks/${network.slug}/code-of-conduct/accept`).send({ version: 2 }).expect(200);
    expect(accepted.body).toMatchObject({ myAcceptedVersion: 2, acceptedCurrent: true });
  });

  it('rejects people who are not members', async () => {
    const { network, owner } = await freshNetwork();
    await saveCode(owner, network.slug);
    const person = await signUp(testApp);
    await person.agent.post(`/api/networks/${network.slug}/code-of-conduct/accept`).send({ version: 1 }).expect(403);
  });
});
