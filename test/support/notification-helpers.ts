import type { INestApplication } from '@nestjs/common';
import type { AppNotification, NotificationListResponse } from '@inclusieplein/contract';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/config';
import { Clock } from '../../apps/api/src/mail/clock';
import { NotificationListener } from '../../apps/api/src/notifications/notification-listener';
import type { SignedInPerson } from './builders';
import type { TestApp } from './test-app';

/** Replaces the app's clock. `set` and `advance` move it. The real time is used until the first `set`. */
export function controlClock(testApp: TestApp): { set(date: Date): void; advance(ms: number): void; now(): Date } {
  const clock = testApp.app.get(Clock);
  let current: Date | null = null;
  clock.now = () => (current ? new Date(current) : new Date());
  return {
    set: (date) => {
      current = new Date(date);
    },
    advance: (ms) => {
      current = new Date((current ?? new Date()).getTime() + ms);
    },
    now: () => clock.now(),
  };
}

/** Marks the person's address verified directly in the database, for tests about other things. */
export async function markVerified(testApp: TestApp, person: SignedInPerson): Promise<void> {
  await testApp.dataSource.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [person.user.id]);
}

export async function listNotifications(person: SignedInPerson): Promise<AppNotification[]> {
  const response = await person.agent.get('/api/notifications').expect(200);
  return (response.body as NotificationListResponse).notifications;
}

/**
 * Waits until the person has `count` notifications. They are created after the HTTP response,
 * when the domain event is handled.
 */
export async function waitForNotifications(person: SignedInPerson, count: number, timeoutMs = 5000): Promise<AppNotification[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const notifications = await listNotifications(person);
    if (notifications.length >= count) return notifications;
    if (Date.now() > deadline) throw new Error(`expected ${count} notifications within ${timeoutMs} ms, got ${notifications.length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Resolves when the app has handled every domain event emitted so far. Services emit before they
 * respond, so after an HTTP response this covers the notifications that the request causes.
 */
export function notificationsSettled(testApp: TestApp): Promise<void> {
  return testApp.app.get(NotificationListener).idle();
}

/**
 * Starts one more app on the database and data folder of `testApp`, as another server instance
 * or as the same server after a restart. The caller closes it.
 */
export async function startAppOn(testApp: TestApp, env: NodeJS.ProcessEnv): Promise<INestApplication> {
  const config = loadConfig({ DATA_DIR: testApp.dataDir, LOG_LEVEL: 'warn', DATABASE_URL: testApp.databaseUrl, ...env });
  const app = await createApp({ config, databaseUrl: testApp.databaseUrl });
  await app.listen(0, '127.0.0.1');
  return app;
}

/** Waits until the outbox contains no pending mail, so every queued mail was sent (or failed for good). */
export async function waitForEmptyOutbox(testApp: TestApp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM mail_outbox WHERE status = 'pending'`);
    if (row.count === 0) return;
    if (Date.now() > deadline) throw new Error(`${row.count} mails still pending in the outbox after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
