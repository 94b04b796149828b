import type { NetworkDetail, NotificationSettings } from '@inclusieplein/contract';
import request from 'supertest';
import { createNetwork, joinNetwork, reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { markVerified, notificationsSettled } from '../support/notification-helpers';
import { ReceivedMail, TestSmtpServer } from '../support/smtp-server';
import { startTestApp, TestApp } from '../support/test-app';

let smtp: TestSmtpServer;
let testApp: TestApp;
let admin: SignedInPerson;
let network: NetworkDetail;

beforeAll(async () => {
  smtp = new TestSmtpServer();
  await smtp.start();
  testApp = await startTestApp({ env: { ...smtp.env(), MAIL_POLL_INTERVAL_MS: '50', MAIL_RETRY_BASE_MS: '100' } });
  admin = await signUpAdmin(testApp);
  network = await createNetwork(admin, await signUp(testApp));
});

afterAll(async () => {
  await testApp?.close();
  await smtp?.stop();
});

/** Creates a verified member of the network whose e-mail frequency is `immediate`. */
async function immediateMember(): Promise<SignedInPerson> {
  const person = await signUp(testApp);
  await joinNetwork(person, network.slug);
  await markVerified(testApp, person);
  await person.agent.put('/api/notification-settings').send({ emailFrequency: 'immediate' }).expect(200);
  return person;
}

/** Value of a header as the mail carried it. */
function rawHeader(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

function unsubscribeLink(mail: ReceivedMail): URL {
  const header = rawHeader(mail, 'List-Unsubscribe');
  if (!header) throw new Error('mail has no List-Unsubscribe header');
  return new URL(header.replace(/^<|>$/g, ''));
}

/** Number of notification mails queued for the person, sent or not. */
async function queuedNotificationMails(person: SignedInPerson): Promise<number> {
  const [row] = await testApp.dataSource.query(`SELECT count(*) FROM mail_outbox WHERE user_id = $1 AND kind = 'notification'`, [
    person.user.id,
  ]);
  return Number(row.count);
}

async function replyTo(author: SignedInPerson, title = 'Drempels bij het gemeentehuis'): Promise<SignedInPerson> {
  const replier = await signUp(testApp);
  await joinNetwork(replier, network.slug);
  const thread = await startThread(author, network.slug, { title });
  await reply(replier, thread.id, thread.posts[0].id, 'Ik ken dat probleem.');
  return replier;
}

describe('immediate notification mails', () => {
  it('arrive with a text and an HTML part', async () => {
    const author = await immediateMember();
    const replier = await replyTo(author);
    const mail = await smtp.waitForMail(author.email, (received) => received.subject.includes('reageerde'));

    expect(mail.subject).toBe(`${replier.user.displayName} reageerde op je bericht in "Drempels bij het gemeentehuis"`);
    expect(mail.text).toContain(`Hallo ${author.user.displayName},`);
    expect(mail.text).toMatch(new RegExp(`/netwerken/${network.slug}/onderwerpen/[0-9a-f-]+#bericht-`));
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('<h1');
    expect(mail.html).toMatch(/<a href="http:\/\/localhost:3000\/netwerken\//);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]+@localhost>$/);
  });

  it('carry List-Unsubscribe headers for one-click unsubscribe', async () => {
    const author = await immediateMember();
    await replyTo(author);
    const mail = await smtp.waitForMail(author.email, (received) => received.subject.includes('reageerde'));

    expect(unsubscribeLink(mail).pathname).toBe('/api/mail/unsubscribe');
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(unsubscribeLink(mail).toString());
  });

  it('are not sent to unverified addresses', async () => {
    const author = await signUp(testApp);
    await joinNetwork(author, network.slug);
    await author.agent.put('/api/notification-settings').send({ emailFrequency: 'immediate' }).expect(200);
    await replyTo(author);
    await notificationsSettled(testApp);
    expect(await queuedNotificationMails(author)).toBe(0);
  });

  it('are not sent with frequency never', async () => {
    const author = await immediateMember();
    await author.agent.put('/api/notification-settings').send({ emailFrequency: 'never' }).expect(200);
    await replyTo(author);
    await notificationsSettled(testApp);
    expect(await queuedNotificationMails(author)).toBe(0);
  });
});

describe('unsubscribe link', () => {
  it('unsubscribes by GET and stops later mails', async () => {
    const author = await immediateMember();
    await replyTo(author);
    const mail = await smtp.waitForMail(author.email, (received) => received.subject.includes('reageerde'));
    const link = unsubscribeLink(mail);

    const page = await request(testApp.baseUrl).get(`${link.pathname}${link.search}`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<html lang="nl">');
    expect(page.text).toContain('Je bent afgemeld');

    const settings = await author.agent.get('/api/notification-settings').expect(200);
    expect((settings.body as NotificationSettings).emailFrequency).toBe('never');
    await replyTo(author, 'Een onderwerp na het afmelden');
    await notificationsSettled(testApp);
    expect(await queuedNotificationMails(author)).toBe(1);
  });

  it('unsubscribes by one-click POST', async () => {
    const author = await immediateMember();
    await replyTo(author);
    const mail = await smtp.waitForMail(author.email, (received) => received.subject.includes('reageerde'));
    const link = unsubscribeLink(mail);

    await request(testApp.baseUrl)
      .post(`${link.pathname}${link.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    const settings = await author.agent.get('/api/notification-settings').expect(200);
    expect((settings.body as NotificationSettings).emailFrequency).toBe('never');
  });

  it('rejects a forged token', async () => {
    const person = await immediateMember();
    const forged = `${person.user.id}.bm90LWVlbi1oYW5kdGVrZW5pbmc`;
    const page = await request(testApp.baseUrl).get(`/api/mail/unsubscribe?token=${forged}`).expect(400);
    expect(page.text).toContain('Deze link werkt niet');
    await request(testApp.baseUrl).post(`/api/mail/unsubscribe?token=${forged}`).expect(400);
    const settings = await person.agent.get('/api/notification-settings').expect(200);
    expect((settings.body as NotificationSettings).emailFrequency).toBe('immediate');
  });
});

describe('notification settings', () => {
  it('default to a daily digest', async () => {
    const person = await signUp(testApp);
    const response = await person.agent.get('/api/notification-settings').expect(200);
    expect(response.body).toEqual({ emailFrequency: 'daily', email: person.email, emailVerified: false });
  });

  it('reject an unknown frequency', async () => {
    const person = await signUp(testApp);
    const response = await person.agent.put('/api/notification-settings').send({ emailFrequency: 'hourly' }).expect(400);
    expect(response.body.errors[0].field).toBe('emailFrequency');
  });
});
