import type { NetworkDetail, NetworkListResponse, NetworkSummary } from '@inclusieplein/contract';
import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import {
  createNetwork,
  joinNetwork,
  networkInput,
  signUp,
  signUpAdmin,
  SignedInPerson,
  startThread,
} from '../support/builders';
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

async function listNetworks(agent = request(testApp.baseUrl)): Promise<NetworkListResponse> {
  return (await agent.get('/api/networks').expect(200)).body;
}

function findNetwork(list: NetworkListResponse, id: string): NetworkSummary | undefined {
  return list.networks.find((network) => network.id === id);
}

describe('GET /api/networks', () => {
  let open: NetworkDetail;
  let closed: NetworkDetail;
  let member: SignedInPerson;

  beforeAll(async () => {
    open = await createNetwork(admin, owner);
    closed = await createNetwork(admin, owner, { visibility: 'closed' });
    member = await signUp(testApp);
    await joinNetwork(member, open.slug);
    await startThread(owner, open.slug);
  });

  it('counts members and threads', async () => {
    const listed = findNetwork(await listNetworks(), open.id);
    expect(listed?.memberCount).toBe(2);
    expect(listed?.threadCount).toBe(1);
  });

  it('lists closed networks for visitors', async () => {
    const listed = findNetwork(await listNetworks(), closed.id);
    expect(listed?.visibility).toBe('closed');
    expect(listed?.status).toBe('active');
  });

  it('gives visitors no role', async () => {
    expect(findNetwork(await listNetworks(), open.id)?.myRole).toBeNull();
  });

  it('shows members their role', async () => {
    expect(findNetwork(await listNetworks(member.agent), open.id)?.myRole).toBe('member');
    expect(findNetwork(await listNetworks(owner.agent), open.id)?.myRole).toBe('owner');
  });

  it('sorts by name in Dutch order', async () => {
    await createNetwork(admin, owner, { name: 'aandacht voor iedereen' });
    await createNetwork(admin, owner, { name: 'Zorg dichtbij' });
    const names = (await listNetworks()).networks.map((network) => network.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(names.indexOf('aandacht voor iedereen')).toBeLessThan(names.indexOf('Zorg dichtbij'));
  });

  it('includes external networks', async () => {
    const list = await listNetworks();
    expect(Array.isArray(list.externalNetworks)).toBe(true);
  });
});

describe('POST /api/networks', () => {
  it('creates active network with owner', async () => {
    const response = await admin.agent
      .post('/api/networks')
      .send({
        ...networkInput({ crpdArticleNumbers: [20, 9, 9], municipalityCodes: ['GM0363'] }),
        ownerEmail: owner.email,
      })
      .expect(201);
    const network: NetworkDetail = response.body;
    expect(network.status).toBe('active');
    expect(network.crpdArticleNumbers).toEqual([9, 20]);
    const articleTitles = network.crpdArticles.map((article) => article.titleNl);
    expect(articleTitles).toEqual(['Toegankelijkheid', 'Persoonlijke mobiliteit']);
    expect(network.municipalities).toEqual([{ code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' }]);

    const asOwner = await owner.agent.get(`/api/networks/${network.slug}`).expect(200);
    expect(asOwner.body.myRole).toBe('owner');
  });

  it('makes the administrator owner without ownerEmail', async () => {
    const response = await admin.agent.post('/api/networks').send(networkInput()).expect(201);
    expect(response.body.myRole).toBe('owner');
  });

  it('rejects an unknown owner e-mail', async () => {
    const response = await admin.agent
      .post('/api/networks')
      .send({ ...networkInput(), ownerEmail: 'niemand@example.org' })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ ownerEmail: 'unknown_user' });
  });

  it('rejects people who are not administrators', async () => {
    const response = await owner.agent.post('/api/networks').send(networkInput()).expect(403);
    expect(response.body.code).toBe('forbidden');
  });

  it('rejects visitors', async () => {
    const response = await request(testApp.baseUrl).post('/api/networks').send(networkInput()).expect(401);
    expect(response.body.code).toBe('not_authenticated');
  });

  it('generates a slug without diacritics', async () => {
    const network = await createNetwork(admin, owner, { name: 'Coöperatie Één & Zoë' });
    expect(network.slug).toBe('cooperatie-een-zoe');
  });

  it('adds a number to a taken slug', async () => {
    const first = await createNetwork(admin, owner, { name: 'Samen sterk!' });
    const second = await createNetwork(admin, owner, { name: 'Samen sterk?' });
    expect(first.slug).toBe('samen-sterk');
    expect(second.slug).toBe('samen-sterk-2');
  });
});

describe('network input validation', () => {
  it('reports every missing required field', async () => {
    const response = await admin.agent.post('/api/networks').send({}).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(fieldCodes(response.body)).toEqual({
      name: 'required',
      description: 'required',
      theme: 'required',
      visibility: 'invalid',
    });
  });

  it('reports length limits with params', async () => {
    const response = await admin.agent
      .post('/api/networks')
      .send(networkInput({ name: 'ab', description: 'kort' }))
      .expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'too_short', params: { min: 3 } }),
        expect.objectContaining({ field: 'description', code: 'too_short', params: { min: 10 } }),
      ]),
    );
  });

  it('points at the unknown municipality code', async () => {
    const response = await admin.agent
      .post('/api/networks')
      .send(networkInput({ municipalityCodes: ['GM0344', 'GM9999'] }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ 'municipalityCodes.1': 'unknown_municipality' });
  });

  it('rejects article 51', async () => {
    const response = await admin.agent
      .post('/api/networks')
      .send(networkInput({ crpdArticleNumbers: [9, 51] }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ 'crpdArticleNumbers.1': 'unknown_crpd_article' });
  });

  it('rejects article numbers out of range', async () => {
    const response = await admin.agent
      .post('/api/networks')
      .send(networkInput({ crpdArticleNumbers: [0, 40000] }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({
      'crpdArticleNumbers.0': 'unknown_crpd_article',
      'crpdArticleNumbers.1': 'unknown_crpd_article',
    });
  });

  it('rejects a taken name in other case', async () => {
    const existing = await createNetwork(admin, owner);
    const response = await admin.agent
      .post('/api/networks')
      .send(networkInput({ name: `  ${existing.name.toUpperCase()} ` }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ name: 'name_taken' });
  });

  it('rejects simultaneous equal names', async () => {
    const input = networkInput();
    const responses = await Promise.all(Array.from({ length: 4 }, () => admin.agent.post('/api/networks').send(input)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 400, 400, 400]);
    const rejected = responses.filter((response) => response.status === 400);
    expect(rejected.map((response) => fieldCodes(response.body))).toEqual(Array(3).fill({ name: 'name_taken' }));
  });

  it('gives simultaneous similar names distinct slugs', async () => {
    const names = ['Gelijk tegelijk!', 'Gelijk tegelijk?', 'Gelijk tegelijk.'];
    const responses = await Promise.all(
      names.map((name) => admin.agent.post('/api/networks').send(networkInput({ name }))),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    const slugs = responses.map((response) => response.body.slug).sort();
    expect(slugs).toEqual(['gelijk-tegelijk', 'gelijk-tegelijk-2', 'gelijk-tegelijk-3']);
  });

  it('stores nothing for invalid input', async () => {
    const [{ count: before }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM networks');
    await admin.agent.post('/api/networks').send(networkInput({ municipalityCodes: ['GM9999'] })).expect(400);
    const [{ count: after }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM networks');
    expect(after).toBe(before);
  });
});

describe('external networks', () => {
  const external = {
    name: 'Netwerk elders',
    url: 'https://www.example.org/netwerk',
    description: '',
    organisation: 'Stichting X',
  };

  it('adds, lists and deletes', async () => {
    const created = await admin.agent.post('/api/external-networks').send(external).expect(201);
    expect(created.body).toMatchObject(external);

    const listed = await request(testApp.baseUrl).get('/api/external-networks').expect(200);
    expect(listed.body).toContainEqual(created.body);
    expect((await listNetworks()).externalNetworks).toContainEqual(created.body);

    await admin.agent.delete(`/api/external-networks/${created.body.id}`).expect(204);
    const afterDelete = await request(testApp.baseUrl).get('/api/external-networks').expect(200);
    expect(afterDelete.body).not.toContainEqual(created.body);
  });

  it('returns 404 for deleting twice', async () => {
    const created = await admin.agent.post('/api/external-networks').send(external).expect(201);
    await admin.agent.delete(`/api/external-networks/${created.body.id}`).expect(204);
    await admin.agent.delete(`/api/external-networks/${created.body.id}`).expect(404);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/netwerk', 'www.example.org'])('rejects the URL %s', async (url) => {
    const response = await admin.agent.post('/api/external-networks').send({ ...external, url }).expect(400);
    expect(fieldCodes(response.body)).toEqual({ url: 'invalid_url' });
  });

  it('rejects people who are not administrators', async () => {
    await owner.agent.post('/api/external-networks').send(external).expect(403);
    const created = await admin.agent.post('/api/external-networks').send(external).expect(201);
    await owner.agent.delete(`/api/external-networks/${created.body.id}`).expect(403);
  });
});

describe('POST /api/networks/:slug/owners', () => {
  it('makes an account owner', async () => {
    const network = await createNetwork(admin, owner);
    const newOwner = await signUp(testApp);
    const response = await admin.agent
      .post(`/api/networks/${network.slug}/owners`)
      .send({ email: newOwner.email.toUpperCase() })
      .expect(200);
    expect(response.body.role).toBe('owner');
    expect(response.body.person.id).toBe(newOwner.user.id);
    const detail = await newOwner.agent.get(`/api/networks/${network.slug}`).expect(200);
    expect(detail.body.myRole).toBe('owner');
  });

  it('rejects an unknown e-mail', async () => {
    const network = await createNetwork(admin, owner);
    const response = await admin.agent
      .post(`/api/networks/${network.slug}/owners`)
      .send({ email: 'niemand@example.org' })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ email: 'unknown_user' });
  });

  it('rejects people who are not administrators', async () => {
    const network = await createNetwork(admin, owner);
    await owner.agent.post(`/api/networks/${network.slug}/owners`).send({ email: owner.email }).expect(403);
  });
});
