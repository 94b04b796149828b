import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { NotificationParams, NotificationTarget, NotificationType } from '@inclusieplein/contract';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { Clock } from '../mail/clock';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { UnsubscribeTokens } from '../mail/unsubscribe-tokens';
import { DigestFrequency, latestDigestTime } from './digest-schedule';
import { digestMail, DigestEntry, unsubscribeHeaders } from './notification-mails';

/** Interval at which the scheduler looks for digests that are due. */
const CHECK_INTERVAL_MS = 60_000;

interface DigestRecipient {
  id: string;
  email: string;
  display_name: string;
}

interface PendingRow {
  id: string;
  type: NotificationType;
  params: NotificationParams;
  target: NotificationTarget;
  thread_id: string | null;
  network_name: string | null;
}

/**
 * Sends daily and weekly digests. Each digest time (see latestDigestTime) gets one row per person
 * with notifications waiting in `digest_runs`, inserted with ON CONFLICT DO NOTHING, so every
 * person gets at most one digest per period, also with several API instances. A digest contains the
 * person's notifications that wait for a digest (`email_status = 'pending'`) and were created up to
 * that time. With the scheduler running, that is the last day or the last week. Included notifications are marked `digest` in the
 * same transaction that queues the mail, so none is mailed twice.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DigestService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: MailOutboxService,
    private readonly unsubscribeTokens: UnsubscribeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), CHECK_INTERVAL_MS);
    this.timer.unref();
    this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sendDueDigests()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error }, 'sending digests failed'))
      .finally(() => {
        this.running = null;
      });
  }

  /** Queues every digest that is due now. Returns the number of digest mails queued. */
  async sendDueDigests(): Promise<number> {
    let queued = 0;
    for (const frequency of ['daily', 'weekly'] as const) {
      const periodEnd = latestDigestTime(this.clock.now(), frequency, {
        timeZone: this.config.mail.timeZone,
        hour: this.config.mail.digestHour,
        weekday: this.config.mail.digestWeekday,
      });
      const recipients = await this.dataSource.query<DigestRecipient[]>(
        `SELECT u.id, u.email, u.display_name FROM users u
          WHERE u.email_frequency = $1 AND u.email_verified_at IS NOT NULL
            AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.email_status = 'pending' AND n.created_at <= $2)
            AND NOT EXISTS (SELECT 1 FROM digest_runs d WHERE d.user_id = u.id AND d.frequency = $1 AND d.period_end = $2)`,
        [frequency, periodEnd],
      );
      for (const recipient of recipients) {
        if (await this.sendDigest(recipient, frequency, periodEnd)) queued += 1;
      }
    }
    if (queued > 0) this.outbox.wakeWorker();
    return queued;
  }

  private async sendDigest(recipient: DigestRecipient, frequency: DigestFrequency, periodEnd: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager.query<unknown[]>(
        `INSERT INTO digest_runs (user_id, frequency, period_end, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [recipient.id, frequency, periodEnd, this.clock.now()],
      );
      if (claimed.length === 0) return false;

      const rows = await manager.query<PendingRow[]>(
        `SELECT n.id, n.type, n.params, n.target, n.thread_id, nw.name AS network_name
           FROM notifications n LEFT JOIN networks nw ON nw.id = n.network_id
          WHERE n.user_id = $1 AND n.email_status = 'pending' AND n.created_at <= $2
          ORDER BY nw.name NULLS LAST, n.thread_id NULLS LAST, n.created_at
          FOR UPDATE OF n`,
        [recipient.id, periodEnd],
      );
      if (rows.length === 0) return false;

      const entries: DigestEntry[] = rows.map((row) => ({
        type: row.type,
        params: row.params,
        target: row.target,
        threadId: row.thread_id,
        networkName: row.network_name,
      }));
      const token = this.unsubscribeTokens.create(recipient.id);
      const publicUrl = this.config.mail.publicUrl;
      const mail = digestMail(publicUrl, { displayName: recipient.display_name, unsubscribeToken: token }, frequency, entries);
      const mailId = await this.outbox.enqueue(
        {
          userId: recipient.id,
          kind: frequency === 'daily' ? 'daily_digest' : 'weekly_digest',
          to: recipient.email,
          headers: unsubscribeHeaders(publicUrl, token),
          ...mail,
        },
        manager,
      );
      await manager.query(`UPDATE notifications SET email_status = 'digest', mail_id = $2 WHERE id = ANY($1)`, [
        rows.map((row) => row.id),
        mailId,
      ]);
      await manager.query(`UPDATE digest_runs SET mail_id = $4 WHERE user_id = $1 AND frequency = $2 AND period_end = $3`, [
        recipient.id,
        frequency,
        periodEnd,
        mailId,
      ]);
      return true;
    });
  }
}
