import type { NetworkDetail, ThreadDetail } from '@inclusieplein/contract';
import request from 'supertest';
import { createNetwork, reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;
let openNetwork: NetworkDetail;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  openNetwork = await createNetwork(admin, owner);
});

afterAll(async () => {
  await testApp.close();
});

/** Posts `body` as the opening post of a new thread and returns its rendered HTML. */
async function render(body: string): Promise<string> {
  const thread = await startThread(owner, openNetwork.slug, { body });
  return thread.posts[0].bodyHtml ?? '';
}

describe('Markdown rendering', () => {
  it('escapes raw HTML', async () => {
    const html = await render('<script>alert(1)</script>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('does not link javascript: URLs', async () => {
    const html = await render('[x](javascript:alert(1))');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('href');
  });

  it.each([
    '[x](JavaScript:alert(1))',
    '<javascript:alert(1)>',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
  ])('does not link %s', async (body) => {
    const html = await render(body);
    expect(html).not.toContain('href');
  });

  it('marks links nofollow ugc', async () => {
    const html = await render('[Website](https://www.example.org/)');
    expect(html).toContain('<a href="https://www.example.org/" rel="nofollow ugc">Website</a>');
  });

  it('marks bare URLs nofollow ugc', async () => {
    const html = await render('Zie https://www.example.org/info');
    expect(html).toContain('<a href="https://www.example.org/info" rel="nofollow ugc">');
  });

  it('renders # as h4', async () => {
    const html = await render('# Kop');
    expect(html.trim()).toBe('<h4>Kop</h4>');
  });

  it('does not render images', async () => {
    const html = await render('![plaatje](https://www.example.org/plaatje.png)');
    expect(html).not.toContain('<img');
  });

  it('keeps event handlers as text', async () => {
    const html = await render('<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

describe('post length', () => {
  it('accepts 20,000 characters', async () => {
    const thread = await startThread(owner, openNetwork.slug, { body: 'a'.repeat(20_000) });
    expect(thread.posts[0].body).toHaveLength(20_000);
  });

  it('rejects 20,001 characters', async () => {
    const response = await owner.agent
      .post(`/api/networks/${openNetwork.slug}/threads`)
      .send({ title: 'Lang verhaal', body: 'a'.repeat(20_001) })
      .expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'body', code: 'too_long', params: { max: 20_000 } }),
    ]);
  });

  it('rejects long white space quickly', async () => {
    const thread = await startThread(owner, openNetwork.slug);
    const started = Date.now();
    const response = await owner.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: thread.posts[0].id, body: `${' '.repeat(150_000)}x` })
      .expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'body', code: 'too_long' });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('reading an open network', () => {
  it('lets visitors read threads', async () => {
    const thread = await startThread(owner, openNetwork.slug, { title: 'Open vraag' });
    const list = await request(testApp.baseUrl).get(`/api/networks/${openNetwork.slug}/threads`).expect(200);
    expect(list.body.map((item: { id: string }) => item.id)).toContain(thread.id);
    const detail = await request(testApp.baseUrl).get(`/api/threads/${thread.id}`).expect(200);
    expect(detail.body.title).toBe('Open vraag');
    expect(detail.body.canReply).toBe(false);
  });

  it('returns 404 for unknown thread', async () => {
    const response = await request(testApp.baseUrl).get('/api/threads/00000000-0000-4000-8000-000000000000').expect(404);
    expect(response.body.code).toBe('not_found');
  });

  it('returns 400 for non-UUID id', async () => {
    await request(testApp.baseUrl).get('/api/threads/1').expect(400);
  });
});

describe('reading a closed network', () => {
  let closedNetwork: NetworkDetail;
  let thread: ThreadDetail;
  let outsider: SignedInPerson;

  beforeAll(async () => {
    closedNetwork = await createNetwork(admin, owner, { visibility: 'closed' });
    thread = await startThread(owner, closedNetwork.slug, { title: 'Besloten vraag' });
    await owner.agent.patch(`/api/posts/${thread.posts[0].id}`).send({ body: 'Aangepast' }).expect(200);
    outsider = await signUp(testApp);
  });

  const paths = () => [
    `/api/networks/${closedNetwork.slug}/threads`,
    `/api/threads/${thread.id}`,
    `/api/posts/${thread.posts[0].id}`,
    `/api/posts/${thread.posts[0].id}/revisions`,
  ];

  it('returns network_closed to non-members', async () => {
    for (const path of paths()) {
      const response = await outsider.agent.get(path).expect(403);
      expect(response.body.code).toBe('network_closed');
    }
  });

  it('returns network_closed to visitors', async () => {
    for (const path of paths()) {
      const response = await request(testApp.baseUrl).get(path).expect(403);
      expect(response.body.code).toBe('network_closed');
    }
  });

  it('rejects replies from non-members', async () => {
    const response = await outsider.agent
      .post(`/api/threads/${thread.id}/posts`)
      .send({ parentId: thread.posts[0].id, body: 'Mag ik meepraten?' })
      .expect(403);
    expect(response.body.code).toBe('network_closed');
  });

  it('lets members read', async () => {
    const person = await signUp(testApp);
    const pending = await person.agent.post(`/api/networks/${closedNetwork.slug}/join`).send({}).expect(201);
    await owner.agent.post(`/api/membership-requests/${pending.body.request.id}/approve`).expect(200);
    for (const path of paths()) await person.agent.get(path).expect(200);
    const post = await reply(person, thread.id, thread.posts[0].id);
    expect(post.depth).toBe(1);
  });

  it('lets administrators read', async () => {
    for (const path of paths()) await admin.agent.get(path).expect(200);
  });
});

describe('reading a proposal', () => {
  it('hides threads of a proposal', async () => {
    const proposer = await signUp(testApp);
    const proposal = await proposer.agent
      .post('/api/network-proposals')
      .send({
        name: `Voorstel ${Date.now()}`,
        description: 'Een voorstel voor een nieuw netwerk.',
        purpose: '',
        theme: 'Wonen',
        visibility: 'open',
        crpdArticleNumbers: [],
        municipalityCodes: [],
        partnerOrganisations: '',
        coordinator: '',
      })
      .expect(201);
    await request(testApp.baseUrl).get(`/api/networks/${proposal.body.slug}/threads`).expect(404);
    await proposer.agent
      .post(`/api/networks/${proposal.body.slug}/threads`)
      .send({ title: 'Te vroeg', body: 'Tekst' })
      .expect(403);
  });
});
