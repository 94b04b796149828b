import type {
  CurrentUser,
  NetworkDetail,
  NetworkInput,
  Post,
  RegisterRequest,
  ThreadDetail,
} from '@inclusieplein/contract';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { TestApp } from './test-app';

export interface SignedInPerson {
  agent: TestAgent;
  user: CurrentUser;
  email: string;
  password: string;
  /** Value of the Cookie header for clients that are not supertest, such as Socket.io. */
  cookie: string;
}

const unique = () => randomBytes(4).toString('hex');

export function registration(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  const id = unique();
  return {
    email: `persoon-${id}@example.org`,
    password: 'een-lang-wachtwoord',
    displayName: `Persoon ${id}`,
    municipalityCode: null,
    roleDescription: 'ervaringsdeskundige',
    ...overrides,
  };
}

/** Registers a new account through the API and keeps its session cookie in the returned agent. */
export async function signUp(testApp: TestApp, overrides: Partial<RegisterRequest> = {}): Promise<SignedInPerson> {
  const body = registration(overrides);
  const agent = request.agent(testApp.baseUrl);
  const response = await agent.post('/api/auth/register').send(body).expect(201);
  const setCookie = response.headers['set-cookie'] as unknown as string[];
  const cookie = setCookie.map((header) => header.split(';')[0]).join('; ');
  return { agent, user: response.body as CurrentUser, email: body.email, password: body.password, cookie };
}

/** Registers an account and makes it a platform administrator directly in the database. */
export async function signUpAdmin(testApp: TestApp): Promise<SignedInPerson> {
  const person = await signUp(testApp, { displayName: `Beheerder ${unique()}` });
  await testApp.dataSource.query('UPDATE users SET is_admin = true WHERE id = $1', [person.user.id]);
  person.user = { ...person.user, isAdmin: true };
  return person;
}

export function networkInput(overrides: Partial<NetworkInput> = {}): NetworkInput {
  return {
    name: `Netwerk ${unique()}`,
    description: 'Een netwerk om samen te werken aan toegankelijkheid.',
    purpose: 'Kennis delen tussen gemeenten.',
    theme: 'Toegankelijkheid',
    visibility: 'open',
    crpdArticleNumbers: [9],
    municipalityCodes: ['GM0344'],
    partnerOrganisations: '',
    coordinator: '',
    ...overrides,
  };
}

/** Creates an active network with `owner` as its owner, through the administrator API. */
export async function createNetwork(
  admin: SignedInPerson,
  owner: SignedInPerson,
  overrides: Partial<NetworkInput> = {},
): Promise<NetworkDetail> {
  const response = await admin.agent
    .post('/api/networks')
    .send({ ...networkInput(overrides), ownerEmail: owner.email })
    .expect(201);
  return response.body as NetworkDetail;
}

export async function joinNetwork(person: SignedInPerson, slug: string): Promise<void> {
  await person.agent.post(`/api/networks/${slug}/join`).send({}).expect(201);
}

export async function startThread(
  person: SignedInPerson,
  slug: string,
  overrides: { title?: string; body?: string } = {},
): Promise<ThreadDetail> {
  const response = await person.agent
    .post(`/api/networks/${slug}/threads`)
    .send({ title: 'Een vraag over de markt', body: 'Wie weet hoe dit werkt?', ...overrides })
    .expect(201);
  return response.body as ThreadDetail;
}

/** Replies to `parentId` in a thread and returns the new post. */
export async function reply(
  person: SignedInPerson,
  threadId: string,
  parentId: string,
  body = 'Goed punt.',
): Promise<Post> {
  const response = await person.agent.post(`/api/threads/${threadId}/posts`).send({ parentId, body }).expect(201);
  return response.body as Post;
}

/** Logs the person in again with a new agent, which gives a second session beside the first. */
export async function logInAgain(testApp: TestApp, person: SignedInPerson): Promise<SignedInPerson> {
  const agent = request.agent(testApp.baseUrl);
  const response = await agent
    .post('/api/auth/login')
    .send({ email: person.email, password: person.password })
    .expect(200);
  const setCookie = response.headers['set-cookie'] as unknown as string[];
  const cookie = setCookie.map((header) => header.split(';')[0]).join('; ');
  return { ...person, agent, cookie };
}
