import type { ApiErrorBody } from '@inclusieplein/contract';
import request from 'supertest';
import { registration, signUp } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.close();
});

function fieldCodes(body: ApiErrorBody): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((error) => [error.field, error.code]));
}

describe('registration', () => {
  it('creates an account, signs it in and sets a safe session cookie', async () => {
    const body = registration({ municipalityCode: 'GM0363', roleDescription: 'beleidsmedewerker gemeente' });
    const response = await request(testApp.baseUrl).post('/api/auth/register').send(body).expect(201);

    expect(response.body).toMatchObject({
      email: body.email,
      displayName: body.displayName,
      municipality: { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' },
      roleDescription: 'beleidsmedewerker gemeente',
      isAdmin: false,
    });
    const cookie = (response.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(cookie).toMatch(/inclusieplein\.sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('stores an argon2id hash, never the password', async () => {
    const person = await signUp(testApp);
    const [row] = await testApp.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [person.user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(person.password);
  });

  it('stores sessions in PostgreSQL', async () => {
    const person = await signUp(testApp);
    const rows = await testApp.dataSource.query(`SELECT sess FROM session WHERE sess->'passport'->>'user' = $1`, [
      person.user.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('rejects missing fields with one error per field', async () => {
    const response = await request(testApp.baseUrl).post('/api/auth/register').send({}).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(fieldCodes(response.body)).toEqual({ email: 'required', password: 'required', displayName: 'required' });
  });

  it('rejects a short password and a bad address with limits', async () => {
    const response = await request(testApp.baseUrl)
      .post('/api/auth/register')
      .send(registration({ email: 'geen-adres', password: 'kort' }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ email: 'invalid_email', password: 'too_short' });
    const passwordError = response.body.errors.find((error: { field: string }) => error.field === 'password');
    expect(passwordError.params).toEqual({ min: 10 });
  });

  it('rejects a taken address, also in other letter case', async () => {
    const person = await signUp(testApp);
    const response = await request(testApp.baseUrl)
      .post('/api/auth/register')
      .send(registration({ email: person.email.toUpperCase() }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ email: 'email_taken' });
  });

  it('rejects an unknown municipality code', async () => {
    const response = await request(testApp.baseUrl)
      .post('/api/auth/register')
      .send(registration({ municipalityCode: 'GM9999' }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ municipalityCode: 'unknown_municipality' });
  });

  it('rejects fields the API does not know', async () => {
    const response = await request(testApp.baseUrl)
      .post('/api/auth/register')
      .send({ ...registration(), isAdmin: true })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ isAdmin: 'not_allowed' });
  });

  it('answers broken JSON with 400, not 500', async () => {
    const response = await request(testApp.baseUrl)
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
  });
});

describe('login and logout', () => {
  it('logs in with the right password and out again', async () => {
    const person = await signUp(testApp);
    const agent = request.agent(testApp.baseUrl);

    await agent.post('/api/auth/login').send({ email: person.email.toUpperCase(), password: person.password }).expect(200);
    const signedIn = await agent.get('/api/auth/me').expect(200);
    expect(signedIn.body.user.id).toBe(person.user.id);

    await agent.post('/api/auth/logout').expect(204);
    const signedOut = await agent.get('/api/auth/me').expect(200);
    expect(signedOut.body.user).toBeNull();
  });

  it('rejects a wrong password without saying which part was wrong', async () => {
    const person = await signUp(testApp);
    const wrongPassword = await request(testApp.baseUrl)
      .post('/api/auth/login')
      .send({ email: person.email, password: 'niet-het-wachtwoord' })
      .expect(401);
    const unknownEmail = await request(testApp.baseUrl)
      .post('/api/auth/login')
      .send({ email: 'niemand@example.org', password: 'niet-het-wachtwoord' })
      .expect(401);
    expect(wrongPassword.body.code).toBe('invalid_credentials');
    expect(unknownEmail.body.message).toBe(wrongPassword.body.message);
  });

  it('blocks logins after ten failures', async () => {
    const person = await signUp(testApp);
    for (let attempt = 0; attempt < 10; attempt++) {
      await request(testApp.baseUrl).post('/api/auth/login').send({ email: person.email, password: 'fout-wachtwoord' }).expect(401);
    }
    const blocked = await request(testApp.baseUrl)
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password })
      .expect(429);
    expect(blocked.body.code).toBe('too_many_requests');
  });

  it('reports a visitor as signed out', async () => {
    const response = await request(testApp.baseUrl).get('/api/auth/me').expect(200);
    expect(response.body).toEqual({ user: null });
  });
});

describe('profile', () => {
  it('updates name, municipality and role description', async () => {
    const person = await signUp(testApp);
    const response = await person.agent
      .patch('/api/profile')
      .send({ displayName: 'Nieuwe Naam', municipalityCode: 'GM0599', roleDescription: '' })
      .expect(200);
    expect(response.body).toMatchObject({
      displayName: 'Nieuwe Naam',
      municipality: { code: 'GM0599', name: 'Rotterdam' },
      roleDescription: null,
    });
  });

  it('requires a session', async () => {
    const response = await request(testApp.baseUrl)
      .patch('/api/profile')
      .send({ displayName: 'X Y', municipalityCode: null, roleDescription: null })
      .expect(401);
    expect(response.body.code).toBe('not_authenticated');
  });

  it('rejects a name that is too long and keeps the old profile', async () => {
    const person = await signUp(testApp);
    const response = await person.agent
      .patch('/api/profile')
      .send({ displayName: 'x'.repeat(81), municipalityCode: null, roleDescription: null })
      .expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'displayName', code: 'too_long', params: { max: 80 } });
    const me = await person.agent.get('/api/auth/me').expect(200);
    expect(me.body.user.displayName).toBe(person.user.displayName);
  });
});
