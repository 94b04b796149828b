import { Client } from 'pg';
import request from 'supertest';
import { signUp } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.close();
});

/** Runs SQL on the test server's maintenance database, outside any test app. */
async function asServerAdmin(sql: string, params: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

describe('GET /api/health', () => {
  it('reports the API and database up', async () => {
    const response = await request(testApp.baseUrl).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  describe('with the database unreachable', () => {
    let brokenApp: TestApp;
    let databaseName: string;

    beforeAll(async () => {
      brokenApp = await startTestApp();
      databaseName = new URL(brokenApp.databaseUrl).pathname.slice(1);
      // A signed-in request leaves idle connections in the session pool as well as in TypeORM's pool.
      const person = await signUp(brokenApp);
      await person.agent.get('/api/auth/me').expect(200);
      await asServerAdmin(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS false`);
      await asServerAdmin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [databaseName]);
    });

    afterAll(async () => {
      await asServerAdmin(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS true`);
      await brokenApp.close();
    });

    it('returns 503 with database down', async () => {
      const response = await request(brokenApp.baseUrl).get('/api/health').expect(503);
      expect(response.body).toEqual({ status: 'unavailable', database: 'down' });
    });

    it('recovers once connections are allowed', async () => {
      await asServerAdmin(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS true`);
      const response = await request(brokenApp.baseUrl).get('/api/health').expect(200);
      expect(response.body).toEqual({ status: 'ok', database: 'up' });
    });
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI 3 document', async () => {
    const response = await request(testApp.baseUrl).get('/api/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.info.title).toBe('Inclusieplein API');
  });

  it.each([
    ['/api/health', 'get'],
    ['/api/auth/register', 'post'],
    ['/api/auth/login', 'post'],
    ['/api/networks', 'get'],
    ['/api/networks/{slug}', 'get'],
    ['/api/network-proposals', 'post'],
    ['/api/networks/{slug}/join', 'post'],
    ['/api/networks/{slug}/threads', 'post'],
    ['/api/threads/{id}/posts', 'post'],
    ['/api/posts/{id}', 'patch'],
    ['/api/municipalities', 'get'],
    ['/api/crpd-articles', 'get'],
  ])('documents %s', async (path, method) => {
    const response = await request(testApp.baseUrl).get('/api/openapi.json').expect(200);
    expect(response.body.paths[path]).toHaveProperty(method);
  });

  it('serves the docs page as HTML', async () => {
    const response = await request(testApp.baseUrl).get('/api/docs').redirects(1).expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toMatch(/swagger/i);
  });
});

describe('unknown routes', () => {
  it('returns 404 as JSON', async () => {
    const response = await request(testApp.baseUrl).get('/api/bestaat-niet').expect(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body.code).toBe('not_found');
    expect(response.body.statusCode).toBe(404);
  });

  it('returns 404 for unknown methods', async () => {
    const response = await request(testApp.baseUrl).delete('/api/municipalities').expect(404);
    expect(response.body.code).toBe('not_found');
  });
});
