import type { NetworkDetail } from '@inclusieplein/contract';
import { DigestService } from '../../apps/api/src/notifications/digest.service';
import { createNetwork, joinNetwork, reply, signUp, signUpAdmin, SignedInPerson, startThread } from '../support/builders';
import { controlClock, markVerified, notificationsSettled, waitForEmptyOutbox, waitForNotifications } from '../support/notification-helpers';
import { ReceivedMail, TestSmtpServer } from '../support/smtp-server';
import { startTestApp, TestApp } from '../support/test-app';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

// Digests go out at 07:00 in Amsterdam (UTC+1 in January), weekly ones on Monday.
// 2030-01-08 is a Tuesday. The dates lie in the future, so mails queued in real time are due as well.
const TUESDAY_10H = new Date('2030-01-08T09:00:00Z');
const WEDNESDAY_7H = new Date('2030-01-09T06:00:00Z');
const WEDNESDAY_12H = new Date('2030-01-09T11:00:00Z');
const THURSDAY_7H = new Date('2030-01-10T06:00:00Z');
const MONDAY_7H = new Date('2030-01-14T06:00:00Z');

let smtp: TestSmtpServer;
let testApp: TestApp;
let clock: ReturnType<typeof controlClock>;
let network: NetworkDetail;
let replier: SignedInPerson;

beforeAll(async () => {
  smtp = new TestSmtpServer();
  await smtp.start();
  testApp = await startTestApp({
    env: { ...smtp.env(), MAIL_POLL_INTERVAL_MS: '50', MAIL_DIGEST_HOUR: '7', MAIL_DIGEST_WEEKDAY: '1', MAIL_TIME_ZONE: 'Europe/Amsterdam' },
  });
  clock = controlClock(testApp);
  const admin = await signUpAdmin(testApp);
  network = await createNetwork(admin, await signUp(testApp), { name: `Netwerk Digest ${Date.now() % 100000}` });
  replier = await signUp(testApp);
  await joinNetwork(replier, network.slug);
});

afterAll(async () => {
  await testApp?.close();
  await smtp?.stop();
});

async function memberWith(emailFrequency: string): Promise<SignedInPerson> {
  const person = await signUp(testApp);
  await joinNetwork(person, network.slug);
  await markVerified(testApp, person);
  await person.agent.put('/api/notification-settings').send({ emailFrequency }).expect(200);
  return person;
}

async function replyToNewThread(author: SignedInPerson, title: string): Promise<void> {
  const thread = await startThread(author, network.slug, { title });
  await reply(replier, thread.id, thread.posts[0].id, 'Goed idee.');
}

/** Runs the digest scheduler at the current clock time and waits until the worker sent what it queued. */
async function runDigests(): Promise<void> {
  await testApp.app.get(DigestService).sendDueDigests();
  await waitForEmptyOutbox(testApp);
}

const digestsTo = (person: SignedInPerson): ReceivedMail[] =>
  smtp.mailsTo(person.email).filter((mail) => mail.subject.startsWith('Je overzicht'));

describe('digests', () => {
  let daily: SignedInPerson;
  let weekly: SignedInPerson;
  let immediate: SignedInPerson;

  beforeAll(async () => {
    clock.set(TUESDAY_10H);
    daily = await memberWith('daily');
    weekly = await memberWith('weekly');
    immediate = await memberWith('immediate');
    for (const person of [daily, weekly, immediate]) {
      await replyToNewThread(person, 'Toegankelijke bibliotheek');
      await replyToNewThread(person, 'Ondertiteling bij raadsvergaderingen');
    }
    await notificationsSettled(testApp);
    await runDigests();
  });

  it('sends nothing before the next digest hour', () => {
    expect(digestsTo(daily)).toHaveLength(0);
    expect(digestsTo(weekly)).toHaveLength(0);
  });

  it('sends the daily digest the next morning, grouped by network and thread', async () => {
    clock.set(WEDNESDAY_7H);
    await runDigests();

    const [digest] = digestsTo(daily);
    expect(digestsTo(daily)).toHaveLength(1);
    expect(digest.subject).toBe('Je overzicht van vandaag op Inclusieplein: 2 nieuwe meldingen');
    expect(digest.text).toContain(`Netwerk ${network.name}`);
    expect(digest.text).toContain('Onderwerp: Toegankelijke bibliotheek');
    expect(digest.text).toContain('Onderwerp: Ondertiteling bij raadsvergaderingen');
    expect(digest.text).toContain(`${replier.user.displayName} reageerde op je bericht in "Toegankelijke bibliotheek"`);
    expect(digest.html).toContain('<html lang="nl">');
    expect(digest.html).toContain(`<h2 style="font-size: 1.25em;">Netwerk ${network.name}</h2>`);
    expect(digest.parsed.headerLines.some((header) => header.key === 'list-unsubscribe')).toBe(true);
  });

  it('sends no weekly digest after one day', () => {
    expect(digestsTo(weekly)).toHaveLength(0);
  });

  it('does not repeat immediate mails in a digest', async () => {
    const immediateMails = smtp.mailsTo(immediate.email).filter((mail) => mail.subject.includes('reageerde'));
    expect(immediateMails).toHaveLength(2);
    expect(digestsTo(immediate)).toHaveLength(0);
  });

  it('sends one daily digest per day', async () => {
    await runDigests();
    expect(digestsTo(daily)).toHaveLength(1);
  });

  it('covers only the last day in the next daily digest', async () => {
    clock.set(WEDNESDAY_12H);
    await replyToNewThread(daily, 'Gebarentolk bij inspraakavond');
    await waitForNotifications(daily, 3);
    clock.set(THURSDAY_7H);
    await runDigests();

    const digests = digestsTo(daily);
    expect(digests).toHaveLength(2);
    expect(digests[1].subject).toBe('Je overzicht van vandaag op Inclusieplein: 1 nieuwe melding');
    expect(digests[1].text).toContain('Gebarentolk bij inspraakavond');
    expect(digests[1].text).not.toContain('Toegankelijke bibliotheek');
  });

  it('sends the weekly digest on Monday with the whole week', async () => {
    clock.set(new Date(THURSDAY_7H.getTime() + 2 * DAY_MS));
    await runDigests();
    expect(digestsTo(weekly)).toHaveLength(0);

    clock.set(MONDAY_7H);
    await runDigests();
    const digests = digestsTo(weekly);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('Je overzicht van deze week op Inclusieplein: 2 nieuwe meldingen');
    expect(digests[0].text).toContain('Toegankelijke bibliotheek');
    expect(digests[0].text).toContain('één keer per week');
  });

  it('sends no empty digests', async () => {
    clock.set(new Date(MONDAY_7H.getTime() + DAY_MS));
    await runDigests();
    expect(digestsTo(daily)).toHaveLength(2);
    expect(digestsTo(weekly)).toHaveLength(1);
  });

  it('records how each notification was mailed', async () => {
    const rows = await testApp.dataSource.query(
      `SELECT u.email_frequency, n.email_status, count(*)::int AS count FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.user_id = ANY($1) GROUP BY 1, 2 ORDER BY 1, 2`,
      [[daily.user.id, weekly.user.id, immediate.user.id]],
    );
    expect(rows).toEqual([
      { email_frequency: 'daily', email_status: 'digest', count: 3 },
      { email_frequency: 'immediate', email_status: 'immediate', count: 2 },
      { email_frequency: 'weekly', email_status: 'digest', count: 2 },
    ]);
  });
});
