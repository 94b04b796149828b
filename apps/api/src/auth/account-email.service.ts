import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { EMAIL_RULES } from '@inclusieplein/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { Clock } from '../mail/clock';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { DomainEvents } from '../realtime/domain-events';
import { hashPassword } from '../users/password-hashing';
import { UserEntity } from '../users/user.entity';
import { passwordResetMail, verificationMail } from './account-mails';
import { AccountTokenPurpose, createAccountToken, hashAccountToken } from './account-tokens';

const HOUR_MS = 60 * 60 * 1000;
/** Max reset mails per account per hour. Further requests get the same response but send nothing. */
const MAX_RESET_MAILS_PER_HOUR = 3;

interface StoredToken {
  id: string;
  user_id: string;
  email: string;
  expires_at: Date;
  used_at: Date | null;
}

const invalidToken = () =>
  new ApiException(HttpStatus.BAD_REQUEST, 'invalid_token', 'The link is invalid or was already used; request a new one.');
const expiredToken = () =>
  new ApiException(HttpStatus.BAD_REQUEST, 'token_expired', 'The link has expired; request a new one.');

/**
 * E-mail verification and password reset by single-use links. Only the SHA-256 hash of each token
 * is stored. A token is spent by one conditional UPDATE, so two requests with it cannot both pass.
 */
@Injectable()
export class AccountEmailService {
  private readonly logger = new Logger(AccountEmailService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: MailOutboxService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues a verification mail. Earlier verification links of the person stop working. */
  async sendVerification(user: UserEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.revokeTokens(manager, user.id, 'verify_email');
      const token = await this.storeToken(manager, user, 'verify_email', EMAIL_RULES.verificationHours * HOUR_MS);
      const mail = verificationMail(this.config.mail.publicUrl, user.displayName, token);
      await this.outbox.enqueue({ userId: user.id, kind: 'verify_email', to: user.email, ...mail }, manager);
    });
    this.outbox.wakeWorker();
  }

  /** Sends a new verification mail unless the address is verified. Rejects a request within the resend pause with 429. */
  async resendVerification(user: UserEntity): Promise<void> {
    if (user.emailVerifiedAt) return;
    const [latest] = await this.dataSource.query<Array<{ created_at: Date }>>(
      `SELECT created_at FROM account_tokens WHERE user_id = $1 AND purpose = 'verify_email' ORDER BY created_at DESC LIMIT 1`,
      [user.id],
    );
    const pauseMs = EMAIL_RULES.verificationResendSeconds * 1000;
    if (latest && this.clock.now().getTime() - new Date(latest.created_at).getTime() < pauseMs) {
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        'too_many_requests',
        `A verification mail was sent less than ${EMAIL_RULES.verificationResendSeconds} seconds ago; wait a moment and try again.`,
      );
    }
    await this.sendVerification(user);
  }

  /** Marks the address verified when the token is valid and the address has not changed since. */
  async verifyEmail(token: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.spendToken(manager, token, 'verify_email', now);
      const [user] = await manager.query<Array<{ email: string }>>(`SELECT email FROM users WHERE id = $1`, [stored.user_id]);
      if (!user || user.email.toLowerCase() !== stored.email.toLowerCase()) throw invalidToken();
      await manager.query(`UPDATE users SET email_verified_at = $2 WHERE id = $1 AND email_verified_at IS NULL`, [stored.user_id, now]);
    });
  }

  /**
   * Queues a reset mail when an account has this address. The endpoint responds the same either way,
   * so the endpoint does not reveal which addresses have an account.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
    if (!user) return;

    const [{ count }] = await this.dataSource.query<Array<{ count: string }>>(
      `SELECT count(*) FROM account_tokens WHERE user_id = $1 AND purpose = 'reset_password' AND created_at > $2`,
      [user.id, new Date(this.clock.now().getTime() - HOUR_MS)],
    );
    if (Number(count) >= MAX_RESET_MAILS_PER_HOUR) {
      this.logger.warn({ userId: user.id }, 'password reset mail not sent: hourly limit reached');
      return;
    }

    await this.dataSource.transaction(async (manager) => {
      const token = await this.storeToken(manager, user, 'reset_password', EMAIL_RULES.passwordResetMinutes * 60 * 1000);
      const mail = passwordResetMail(this.config.mail.publicUrl, user.displayName, token);
      await this.outbox.enqueue({ userId: user.id, kind: 'reset_password', to: user.email, ...mail }, manager);
    });
    this.outbox.wakeWorker();
  }

  /**
   * Sets a new password with a reset token. Other reset links stop working and every session of
   * the account ends except `keepSessionId`, so someone who knew the old password is signed out.
   * Opening the link also proves the address, so it counts as verification.
   */
  async resetPassword(token: string, password: string, keepSessionId: string | null): Promise<void> {
    const now = this.clock.now();
    const passwordHash = await hashPassword(password);
    const endedSessions = await this.dataSource.transaction(async (manager) => {
      const stored = await this.spendToken(manager, token, 'reset_password', now);
      await manager.query(`UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, $3) WHERE id = $1`, [
        stored.user_id,
        passwordHash,
        now,
      ]);
      await this.revokeTokens(manager, stored.user_id, 'reset_password');
      const rows = await manager.query<Array<{ sid: string }>>(
        `DELETE FROM session WHERE sess::jsonb -> 'passport' ->> 'user' = $1 AND sid IS DISTINCT FROM $2 RETURNING sid`,
        [stored.user_id, keepSessionId],
      );
      return rows.map((row) => row.sid);
    });
    for (const sessionId of endedSessions) this.events.emit('session.ended', { sessionId });
  }

  private async storeToken(manager: EntityManager, user: UserEntity, purpose: AccountTokenPurpose, lifetimeMs: number): Promise<string> {
    const token = createAccountToken();
    const now = this.clock.now();
    await manager.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [user.id, purpose, hashAccountToken(token), user.email, now, new Date(now.getTime() + lifetimeMs)],
    );
    return token;
  }

  /** Marks the token used and returns it. Throws invalid_token or token_expired. */
  private async spendToken(manager: EntityManager, token: string, purpose: AccountTokenPurpose, now: Date): Promise<StoredToken> {
    const [stored] = await manager.query<StoredToken[]>(
      `SELECT id, user_id, email, expires_at, used_at FROM account_tokens WHERE token_hash = $1 AND purpose = $2 FOR UPDATE`,
      [hashAccountToken(token), purpose],
    );
    if (!stored || stored.used_at) throw invalidToken();
    if (new Date(stored.expires_at).getTime() <= now.getTime()) throw expiredToken();
    await manager.query(`UPDATE account_tokens SET used_at = $2 WHERE id = $1`, [stored.id, now]);
    return stored;
  }

  /** Marks the person's unused tokens of this purpose as used, so only the newest link works. */
  private async revokeTokens(manager: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await manager.query(`UPDATE account_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      userId,
      purpose,
      this.clock.now(),
    ]);
  }
}
