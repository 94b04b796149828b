import type { CurrentUser, SessionResponse } from '@inclusieplein/contract';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { logInAgain, signUp, SignedInPerson } from '../support/builders';
import { controlClock, waitForEmptyOutbox } from '../support/notification-helpers';
import { linkIn, ReceivedMail, TestSmtpServer } from '../support/smtp-server';
import { startTestApp, TestApp } from '../support/test-app';

const HOUR_MS = 60 * 60 * 1000;

let smtp: TestSmtpServer;
let testApp: TestApp;
let clock: ReturnType<typeof controlClock>;

beforeAll(async () => {
  smtp = new TestSmtpServer();
  await smtp.start();
  testApp = await startTestApp({ env: { ...smtp.env(), MAIL_POLL_INTERVAL_MS: '50', PUBLIC_URL: 'https://inclusieplein.example' } });
  clock = controlClock(testApp);
});

afterAll(async () => {
  await testApp?.close();
  await smtp?.stop();
});

/** Returns the token in the newest mail to the person whose subject contains `subject`. */
async function tokenFrom(person: { email: string }, subject: string, path: string): Promise<{ token: string; mail: ReceivedMail }> {
  await waitForEmptyOutbox(testApp);
  const mails = smtp.mailsTo(person.email).filter((received) => received.subject.includes(subject));
  const mail = mails[mails.length - 1];
  if (!mail) throw new Error(`no mail "${subject}" to ${person.email}`);
  const link = linkIn(mail, path);
  return { token: link.searchParams.get('token') ?? '', mail };
}

const verificationToken = (person: SignedInPerson) => tokenFrom(person, 'Bevestig je e-mailadres', '/account/e-mail-bevestigen');
const resetToken = (person: SignedInPerson) => tokenFrom(person, 'Nieuw wachtwoord', '/account/nieuw-wachtwoord');

async function currentUser(person: SignedInPerson): Promise<CurrentUser | null> {
  return ((await person.agent.get('/api/auth/me').expect(200)).body as SessionResponse).user;
}

describe('e-mail verification', () => {
  it('sends a Dutch verification mail on registration', async () => {
    const person = await signUp(testApp);
    expect(person.user.emailVerified).toBe(false);
    const { mail } = await verificationToken(person);
    expect(mail.subject).toBe('Bevestig je e-mailadres voor Inclusieplein');
    expect(mail.text).toContain('De link werkt 48 uur.');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('href="https://inclusieplein.example/account/e-mail-bevestigen?token=');
  });

  it('verifies the address once', async () => {
    const person = await signUp(testApp);
    const { token } = await verificationToken(person);
    await request(testApp.baseUrl).post('/api/auth/verify-email').send({ token }).expect(204);
    expect((await currentUser(person))?.emailVerified).toBe(true);

    const again = await request(testApp.baseUrl).post('/api/auth/verify-email').send({ token }).expect(400);
    expect(again.body.code).toBe('invalid_token');
  });

  it('stores only the hash of the token', async () => {
    const person = await signUp(testApp);
    const { token } = await verificationToken(person);
    const rows = await testApp.dataSource.query(`SELECT token_hash FROM account_tokens WHERE user_id = $1`, [person.user.id]);
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
  });

  it('rejects an expired link', async () => {
    const person = await signUp(testApp);
    const { token } = await verificationToken(person);
    clock.set(new Date(Date.now() + 49 * HOUR_MS));
    try {
      const response = await request(testApp.baseUrl).post('/api/auth/verify-email').send({ token }).expect(400);
      expect(response.body.code).toBe('token_expired');
    } finally {
      clock.set(new Date());
    }
    expect((await currentUser(person))?.emailVerified).toBe(false);
  });

  it('rejects an unknown token', async () => {
    const response = await request(testApp.baseUrl).post('/api/auth/verify-email').send({ token: 'verzonnen-token' }).expect(400);
    expect(response.body.code).toBe('invalid_token');
  });

  it('limits resending and makes the old link invalid', async () => {
    const person = await signUp(testApp);
    const { token: first } = await verificationToken(person);
    const tooSoon = await person.agent.post('/api/auth/verify-email/resend').expect(429);
    expect(tooSoon.body.code).toBe('too_many_requests');

    clock.advance(61_000);
    await person.agent.post('/api/auth/verify-email/resend').expect(202);
    const { token: second } = await verificationToken(person);
    expect(second).not.toBe(first);
    const old = await request(testApp.baseUrl).post('/api/auth/verify-email').send({ token: first }).expect(400);
    expect(old.body.code).toBe('invalid_token');
    await request(testApp.baseUrl).post('/api/auth/verify-email').send({ token: second }).expect(204);
  });

  it('requires login to resend', async () => {
    await request(testApp.baseUrl).post('/api/auth/verify-email/resend').expect(401);
  });
});

describe('password reset', () => {
  it('answers the same for an unknown address and sends nothing', async () => {
    const before = smtp.received.length;
    await request(testApp.baseUrl).post('/api/auth/password-reset/request').send({ email: 'niemand@example.org' }).expect(202);
    await waitForEmptyOutbox(testApp);
    expect(smtp.received.length).toBe(before);
  });

  it('sets a new password once and ends other sessions', async () => {
    const person = await signUp(testApp);
    const otherSession = await logInAgain(testApp, person);
    await request(testApp.baseUrl).post('/api/auth/password-reset/request').send({ email: person.email.toUpperCase() }).expect(202);
    const { token, mail } = await resetToken(person);
    expect(mail.subject).toBe('Nieuw wachtwoord voor Inclusieplein');
    expect(mail.text).toContain('De link werkt 60 minuten.');
    expect(mail.html).toContain('<html lang="nl">');

    await request(testApp.baseUrl).post('/api/auth/password-reset').send({ token, password: 'een-nieuw-wachtwoord' }).expect(204);
    expect(await currentUser(otherSession)).toBeNull();
    expect(await currentUser(person)).toBeNull();
    await request(testApp.baseUrl).post('/api/auth/login').send({ email: person.email, password: person.password }).expect(401);
    await request(testApp.baseUrl).post('/api/auth/login').send({ email: person.email, password: 'een-nieuw-wachtwoord' }).expect(200);

    const again = await request(testApp.baseUrl).post('/api/auth/password-reset').send({ token, password: 'nog-een-wachtwoord' }).expect(400);
    expect(again.body.code).toBe('invalid_token');
  });

  it('rejects a wrong token', async () => {
    const response = await request(testApp.baseUrl)
      .post('/api/auth/password-reset')
      .send({ token: 'fout-token', password: 'een-nieuw-wachtwoord' })
      .expect(400);
    expect(response.body.code).toBe('invalid_token');
  });

  it('rejects an expired link', async () => {
    const person = await signUp(testApp);
    await request(testApp.baseUrl).post('/api/auth/password-reset/request').send({ email: person.email }).expect(202);
    const { token } = await resetToken(person);
    clock.set(new Date(Date.now() + HOUR_MS + 60_000));
    try {
      const response = await request(testApp.baseUrl)
        .post('/api/auth/password-reset')
        .send({ token, password: 'een-nieuw-wachtwoord' })
        .expect(400);
      expect(response.body.code).toBe('token_expired');
    } finally {
      clock.set(new Date());
    }
    await request(testApp.baseUrl).post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
  });

  it('rejects a short new password', async () => {
    const response = await request(testApp.baseUrl).post('/api/auth/password-reset').send({ token: 'x', password: 'kort' }).expect(400);
    expect(response.body.errors[0].field).toBe('password');
  });

  it('sends at most three reset mails per hour', async () => {
    const person = await signUp(testApp);
    for (let index = 0; index < 5; index += 1) {
      await request(testApp.baseUrl).post('/api/auth/password-reset/request').send({ email: person.email }).expect(202);
    }
    await waitForEmptyOutbox(testApp);
    expect(smtp.mailsTo(person.email).filter((mail) => mail.subject.startsWith('Nieuw wachtwoord'))).toHaveLength(3);
  });
});
