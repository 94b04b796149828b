import type { INestApplication } from '@nestjs/common';
import type { NetworkDetail } from '@inclusieplein/contract';
import { createNetwork, joinNetwork, reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { markVerified, notificationsSettled, startAppOn, waitForEmptyOutbox } from '../support/notification-helpers';
import { TestSmtpServer } from '../support/smtp-server';
import { startTestApp, TestApp } from '../support/test-app';

// The worker logs every failed attempt as a warning. These tests cause many on purpose.
const MAIL_ENV = { MAIL_POLL_INTERVAL_MS: '50', MAIL_RETRY_BASE_MS: '100', LOG_LEVEL: 'error' };

// The app that serves the HTTP requests has no SMTP server, so its worker idles and mails wait in
// the outbox. Each test starts its own sending instances on the same database, which it can stop
// and start again like a restarted server.
let smtp: TestSmtpServer;
let testApp: TestApp;
let network: NetworkDetail;
let replier: SignedInPerson;
const senders: INestApplication[] = [];

beforeAll(async () => {
  smtp = new TestSmtpServer();
  await smtp.start();
  testApp = await startTestApp({ env: MAIL_ENV });
  const admin = await signUpAdmin(testApp);
  network = await createNetwork(admin, await signUp(testApp));
  replier = await signUp(testApp);
  await joinNetwork(replier, network.slug);
});

afterEach(async () => {
  for (const sender of senders.splice(0)) await sender.close();
  await smtp.start();
});

afterAll(async () => {
  await testApp?.close();
  await smtp?.stop();
});

async function startSender(): Promise<INestApplication> {
  const sender = await startAppOn(testApp, { ...smtp.env(), ...MAIL_ENV });
  senders.push(sender);
  return sender;
}

async function stopSender(sender: INestApplication): Promise<void> {
  senders.splice(senders.indexOf(sender), 1);
  await sender.close();
}

async function immediateMember(): Promise<SignedInPerson> {
  const person = await signUp(testApp);
  await joinNetwork(person, network.slug);
  await markVerified(testApp, person);
  await person.agent.put('/api/notification-settings').send({ emailFrequency: 'immediate' }).expect(200);
  return person;
}

/** Starts threads by `author` and replies to each, which queues one mail per reply. */
async function queueReplies(author: SignedInPerson, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const thread = await startThread(author, network.slug, { title: `Onderwerp ${index + 1}` });
    await reply(replier, thread.id, thread.posts[0].id, 'Een reactie.');
  }
  await notificationsSettled(testApp);
}

/** Waits until every pending mail has failed at least once. */
async function waitForFailedAttempts(timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await testApp.dataSource.query(`SELECT count(*)::int AS waiting FROM mail_outbox WHERE status = 'pending' AND attempts = 0`);
    if (row.waiting === 0) return;
    if (Date.now() > deadline) throw new Error(`${row.waiting} mails were never attempted`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Notification mails to `address`. The verification mail of the registration is left out. */
const notificationMailsTo = (address: string) => smtp.mailsTo(address).filter((mail) => mail.subject.includes('reageerde'));

/** Message-IDs of the notification mails to `address`, with how often each arrived. */
function deliveriesTo(address: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of notificationMailsTo(address)) counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1);
  return counts;
}

/** Waits until the outbox is empty and a little longer, so a duplicate would have arrived too. */
async function allDelivered(): Promise<void> {
  await waitForEmptyOutbox(testApp, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('mail outbox', () => {
  it('keeps mails waiting without an SMTP server', async () => {
    const author = await immediateMember();
    await queueReplies(author, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await testApp.dataSource.query(`SELECT status, attempts FROM mail_outbox WHERE user_id = $1 AND kind = 'notification'`, [
      author.user.id,
    ]);
    expect(rows).toEqual([{ status: 'pending', attempts: 0 }]);

    await startSender();
    await allDelivered();
    expect(notificationMailsTo(author.email)).toHaveLength(1);
  });

  it('resends each mail once after an SMTP outage', async () => {
    await startSender();
    const author = await immediateMember();
    await smtp.stop();
    await queueReplies(author, 3);
    await waitForFailedAttempts();
    expect(notificationMailsTo(author.email)).toHaveLength(0);

    const [failure] = await testApp.dataSource.query(
      `SELECT attempts, last_error FROM mail_outbox WHERE user_id = $1 AND kind = 'notification' AND status = 'pending' LIMIT 1`,
      [author.user.id],
    );
    expect(failure.attempts).toBeGreaterThanOrEqual(1);
    expect(failure.last_error).toMatch(/ECONNREFUSED/);

    await smtp.start();
    await allDelivered();
    const deliveries = deliveriesTo(author.email);
    expect(deliveries.size).toBe(3);
    expect([...deliveries.values()]).toEqual([1, 1, 1]);

    const rows = await testApp.dataSource.query(`SELECT status, message_id FROM mail_outbox WHERE user_id = $1 AND kind = 'notification'`, [
      author.user.id,
    ]);
    expect(rows.map((row: { status: string }) => row.status)).toEqual(['sent', 'sent', 'sent']);
    expect(new Set(rows.map((row: { message_id: string }) => row.message_id))).toEqual(new Set(deliveries.keys()));
  });

  it('sends queued mails once after a restart', async () => {
    const first = await startSender();
    const author = await immediateMember();
    await queueReplies(author, 1);
    await allDelivered();
    expect(notificationMailsTo(author.email)).toHaveLength(1);

    await smtp.stop();
    await queueReplies(author, 2);
    await waitForFailedAttempts();
    await stopSender(first);
    await smtp.start();
    await startSender();
    await allDelivered();

    const deliveries = deliveriesTo(author.email);
    expect(deliveries.size).toBe(3);
    expect([...deliveries.values()]).toEqual([1, 1, 1]);
  });

  it('shares the queue between two instances without duplicates', async () => {
    const author = await immediateMember();
    await queueReplies(author, 6);
    await Promise.all([startSender(), startSender()]);
    await allDelivered();

    const deliveries = deliveriesTo(author.email);
    expect(deliveries.size).toBe(6);
    expect([...deliveries.values()].every((count) => count === 1)).toBe(true);
  });

  it('gives up at once when the server rejects the recipient', async () => {
    await startSender();
    const author = await immediateMember();
    smtp.rejectedRecipients.add(author.email.toLowerCase());
    await queueReplies(author, 1);
    await allDelivered();

    const rows = await testApp.dataSource.query(
      `SELECT status, attempts, last_error FROM mail_outbox WHERE user_id = $1 AND kind = 'notification'`,
      [author.user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('failed');
    expect(rows[0].attempts).toBe(1);
    expect(rows[0].last_error).toMatch(/550/);
  });
});
