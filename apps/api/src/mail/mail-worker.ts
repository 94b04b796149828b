import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { Clock } from './clock';
import { MailOutboxService } from './mail-outbox.service';
import { MAIL_TRANSPORT } from './mail-transport';

interface ClaimedMail {
  id: string;
  message_id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: Record<string, string>;
  attempts: number;
  created_at: Date;
}

/** Maximum pause between two attempts at one mail. */
const MAX_RETRY_PAUSE_MS = 60 * 60 * 1000;
/** A mail that could not be delivered for this long is marked failed. */
const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Sends the mails in `mail_outbox` over SMTP. Each mail is claimed with `FOR UPDATE SKIP LOCKED`
 * inside a transaction that stays open while SMTP accepts it, and is marked sent in that same
 * transaction. So several API instances never send one row twice, and a process that stops
 * mid-send leaves the row pending for a retry with the same Message-ID. A mail is sent twice only
 * when the SMTP server accepted it and the database commit then failed.
 *
 * Temporary failures (connection refused, timeouts, 4xx replies) are retried with exponential
 * back-off starting at `MAIL_RETRY_BASE_MS`. A 5xx reply, or three days without success, marks
 * the mail failed. Without an SMTP server in the settings the worker does nothing and mails wait.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private wakeRequested = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: MailOutboxService,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.transport) {
      this.logger.log('no SMTP server configured (SMTP_URL or SMTP_HOST); mails wait in the outbox');
      return;
    }
    this.outbox.onWake(() => this.wake());
    this.running = true;
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.transport?.close();
  }

  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  /** Sends one due mail. Returns false when none is due. */
  async sendNext(): Promise<boolean> {
    if (!this.transport) return false;
    const transport = this.transport;
    return this.dataSource.transaction(async (manager) => {
      const [mail] = await manager.query<ClaimedMail[]>(
        `SELECT id, message_id, to_address, subject, text_body, html_body, headers, attempts, created_at
           FROM mail_outbox
          WHERE status = 'pending' AND next_attempt_at <= $1
          ORDER BY next_attempt_at
          FOR UPDATE SKIP LOCKED
          LIMIT 1`,
        [this.clock.now()],
      );
      if (!mail) return false;

      try {
        await transport.sendMail({
          from: this.config.mail.from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
          messageId: mail.message_id,
          headers: mail.headers,
        });
      } catch (error) {
        await this.recordFailure(manager, mail, error);
        return true;
      }
      await manager.query(
        `UPDATE mail_outbox SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1`,
        [mail.id, this.clock.now()],
      );
      return true;
    });
  }

  private async recordFailure(manager: EntityManager, mail: ClaimedMail, error: unknown): Promise<void> {
    const attempts = mail.attempts + 1;
    const responseCode = (error as { responseCode?: number }).responseCode;
    const message = error instanceof Error ? error.message : String(error);
    const now = this.clock.now();
    const rejected = typeof responseCode === 'number' && responseCode >= 500;
    const tooOld = now.getTime() - new Date(mail.created_at).getTime() > GIVE_UP_AFTER_MS;

    if (rejected || tooOld) {
      this.logger.error({ err: error, mailId: mail.id, attempts }, 'sending a mail failed for good');
      await manager.query(`UPDATE mail_outbox SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1`, [
        mail.id,
        attempts,
        message.slice(0, 500),
      ]);
      return;
    }

    const pauseMs = Math.min(this.config.mail.retryBaseMs * 2 ** (attempts - 1), MAX_RETRY_PAUSE_MS);
    // A down SMTP server fails every mail in turn, so this logs the message without the stack.
    const code = (error as { code?: string }).code;
    this.logger.warn({ error: message, code, mailId: mail.id, attempts, retryInMs: pauseMs }, 'sending a mail failed; retrying later');
    await manager.query(`UPDATE mail_outbox SET attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1`, [
      mail.id,
      attempts,
      message.slice(0, 500),
      new Date(now.getTime() + pauseMs),
    ]);
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.wakeRequested = false;
      try {
        while (this.running && (await this.sendNext())) {
          // Keep going while mails are due.
        }
      } catch (error) {
        this.logger.error({ err: error }, 'mail queue round failed');
      }
      if (!this.running) break;
      if (this.wakeRequested) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.config.mail.pollIntervalMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }
}
