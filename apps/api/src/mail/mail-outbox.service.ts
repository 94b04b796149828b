import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { Clock } from './clock';

export type MailKind = 'notification' | 'daily_digest' | 'weekly_digest' | 'verify_email' | 'reset_password';

export interface OutgoingMail {
  userId: string | null;
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers such as `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

/** Listener that the mail worker registers, so a new mail goes out without waiting for the next poll. */
type WakeListener = () => void;

/**
 * Puts mails into the `mail_outbox` table. Callers pass their transaction's EntityManager, so a
 * mail is queued if and only if the change it reports is stored. Each row gets its own
 * Message-ID, which stays the same on every retry, so a receiver can recognise a second delivery
 * after an SMTP failure whose outcome was unknown.
 */
@Injectable()
export class MailOutboxService {
  private wakeListener: WakeListener | null = null;
  private readonly messageIdDomain: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.messageIdDomain = new URL(config.mail.publicUrl).hostname || 'localhost';
  }

  /** Stores the mail and returns the id of its outbox row. Call `wakeWorker` after the transaction commits. */
  async enqueue(mail: OutgoingMail, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    await manager.query(
      `INSERT INTO mail_outbox (id, message_id, user_id, kind, to_address, subject, text_body, html_body, headers, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
      [id, `<${id}@${this.messageIdDomain}>`, mail.userId, mail.kind, mail.to, mail.subject, mail.text, mail.html, JSON.stringify(mail.headers ?? {}), now],
    );
    return id;
  }

  onWake(listener: WakeListener): void {
    this.wakeListener = listener;
  }

  /** Lets the worker send at once instead of at its next poll. */
  wakeWorker(): void {
    this.wakeListener?.();
  }
}
