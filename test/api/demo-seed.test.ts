import type { NetworkListResponse, ThreadDetail, ThreadSummary } from '@inclusieplein/contract';
import pino from 'pino';
import request from 'supertest';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import { DEMO_ACCOUNTS, DEMO_NETWORKS, DEMO_PASSWORD } from '../../apps/api/src/demo/demo-content';
import { networkInput, signUpAdmin } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp({ demoMode: true });
});

afterAll(async () => {
  await testApp.close();
});

async function listNetworks(): Promise<NetworkListResponse> {
  return (await request(testApp.baseUrl).get('/api/networks').expect(200)).body;
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['users', 'networks', 'memberships', 'threads', 'posts', 'municipalities', 'crpd_articles']) {
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}

async function logIn(email: string, password: string) {
  const agent = request.agent(testApp.baseUrl);
  const response = await agent.post('/api/auth/login').send({ email, password });
  return { agent, response };
}

describe('demo content', () => {
  it('adds six demo networks, one closed', async () => {
    const { networks } = await listNetworks();
    const demo = networks.filter((network) => network.isDemo);
    expect(demo).toHaveLength(6);
    expect(demo.filter((network) => network.visibility === 'closed')).toHaveLength(1);
  });

  it('links members, municipalities and articles', async () => {
    const { networks } = await listNetworks();
    const square = networks.find((network) => network.slug === 'toegankelijke-openbare-ruimte');
    expect(square?.memberCount).toBe(3);
    expect(square?.threadCount).toBe(2);
    expect(square?.municipalityCodes).toEqual(['GM0344', 'GM0599']);
    expect(square?.crpdArticleNumbers).toEqual([9, 20]);
  });

  it('adds threads with reply trees', async () => {
    const threads: ThreadSummary[] = (
      await request(testApp.baseUrl).get('/api/networks/toegankelijke-openbare-ruimte/threads').expect(200)
    ).body;
    const market = threads.find((thread) => thread.title === 'Hoe maken we de weekmarkt toegankelijk?');
    expect(market?.isDemo).toBe(true);
    expect(market?.replyCount).toBe(4);

    const detail: ThreadDetail = (await request(testApp.baseUrl).get(`/api/threads/${market?.id}`).expect(200)).body;
    expect(detail.posts.map((post) => post.depth)).toEqual([0, 1, 2, 3, 1]);
    expect(detail.posts.map((post) => post.author.displayName)).toEqual([
      'Anna de Vries',
      'Mohamed El Amrani',
      'Anna de Vries',
      'Mohamed El Amrani',
      'Els Jansen',
    ]);
  });

  it('lists a thread after its newest reply', async () => {
    const [{ stale }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS stale FROM threads t
        WHERE t.last_activity_at < (SELECT max(p.created_at) FROM posts p WHERE p.thread_id = t.id)`,
    );
    expect(stale).toBe(0);
  });

  it('keeps the closed demo network closed', async () => {
    const response = await request(testApp.baseUrl)
      .get('/api/networks/ervaringsdeskundigen-onder-elkaar/threads')
      .expect(403);
    expect(response.body.code).toBe('network_closed');
  });

  it('adds nothing when prepared again', async () => {
    const before = await rowCounts();
    await prepareDatabase(testApp.databaseUrl, { demoMode: true }, pino({ level: 'silent' }));
    expect(await rowCounts()).toEqual(before);
  });
});

describe('demo accounts', () => {
  it('logs Anna in with the demo password', async () => {
    const { agent, response } = await logIn('anna@demo.inclusieplein.nl', 'demo-wachtwoord');
    expect(response.status).toBe(200);
    expect(response.body.displayName).toBe('Anna de Vries');
    expect(response.body.isAdmin).toBe(false);
    const me = await agent.get('/api/networks/ervaringsdeskundigen-onder-elkaar').expect(200);
    expect(me.body.myRole).toBe('owner');
    expect(me.body.canRead).toBe(true);
  });

  it('makes the demo administrator admin', async () => {
    const adminAccount = DEMO_ACCOUNTS.find((account) => account.isAdmin);
    const { agent, response } = await logIn(adminAccount!.email, DEMO_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body.isAdmin).toBe(true);
    await agent.get('/api/network-proposals').expect(200);
    await agent.post('/api/external-networks').send({ name: 'Proef', url: 'https://www.example.org/' }).expect(201);
  });

  it('rejects a wrong password', async () => {
    const { response } = await logIn('anna@demo.inclusieplein.nl', 'verkeerd-wachtwoord');
    expect(response.status).toBe(401);
  });

  it('matches accounts and networks to content', async () => {
    const [{ accounts }] = await testApp.dataSource.query('SELECT count(*)::int AS accounts FROM users WHERE is_demo');
    const [{ networks }] = await testApp.dataSource.query('SELECT count(*)::int AS networks FROM networks WHERE is_demo');
    expect(accounts).toBe(DEMO_ACCOUNTS.length);
    expect(networks).toBe(DEMO_NETWORKS.length);
  });
});

describe('demo mode turned on later', () => {
  let laterApp: TestApp;

  beforeAll(async () => {
    laterApp = await startTestApp();
  });

  afterAll(async () => {
    await laterApp.close();
  });

  it('keeps sessions apart per app', async () => {
    const admin = await signUpAdmin(laterApp);
    const me = await admin.agent.get('/api/auth/me').expect(200);
    expect(me.body.user?.id).toBe(admin.user.id);
  });

  it('skips demo networks whose name exists', async () => {
    const admin = await signUpAdmin(laterApp);
    const realName = DEMO_NETWORKS[1].name;
    await admin.agent.post('/api/networks').send(networkInput({ name: realName })).expect(201);

    await prepareDatabase(laterApp.databaseUrl, { demoMode: true }, pino({ level: 'silent' }));

    const list: NetworkListResponse = (await request(laterApp.baseUrl).get('/api/networks').expect(200)).body;
    const sameName = list.networks.filter((network) => network.name === realName);
    expect(sameName).toHaveLength(1);
    expect(sameName[0].isDemo).toBe(false);
    expect(list.networks.filter((network) => network.isDemo)).toHaveLength(DEMO_NETWORKS.length - 1);
  });
});
