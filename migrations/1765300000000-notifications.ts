import { MigrationInterface, QueryRunner } from 'typeorm';

const NOTIFICATION_TYPES = `'post_replied', 'mentioned', 'thread_created', 'post_created', 'membership_decided', 'moderation_acted', 'plan_updated', 'document_added'`;

/**
 * Adds notifications and e-mail. `notifications` stores what each person is told in the app;
 * its `email_status` records how each one was mailed, so nothing is mailed immediately and again
 * in a digest. `mail_outbox` is the queue of mails that a worker sends over SMTP, so mails wait
 * in the database while the SMTP server is down. `digest_runs` has one row per person and digest
 * period, so a daily or weekly digest goes out once even with several API instances.
 * `account_tokens` stores SHA-256 hashes of the single-use links for e-mail verification and
 * password reset, never the tokens themselves.
 */
export class Notifications1765300000000 implements MigrationInterface {
  name = 'Notifications1765300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users
      ADD COLUMN email_verified_at timestamptz,
      ADD COLUMN email_frequency varchar(10) NOT NULL DEFAULT 'daily'
        CHECK (email_frequency IN ('immediate', 'daily', 'weekly', 'never'))`);
    // Accounts from before this migration keep working as they did; they were never asked to verify.
    await queryRunner.query(`UPDATE users SET email_verified_at = created_at`);

    await queryRunner.query(`CREATE TABLE account_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose varchar(20) NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
      token_hash char(64) NOT NULL UNIQUE,
      email varchar(254) NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await queryRunner.query(`CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose, created_at DESC)`);

    await queryRunner.query(`CREATE TABLE network_watches (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      level varchar(12) NOT NULL CHECK (level IN ('all', 'new_threads', 'normal', 'muted')),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, network_id)
    )`);
    await queryRunner.query(`CREATE INDEX network_watches_network_idx ON network_watches (network_id, level)`);

    await queryRunner.query(`CREATE TABLE mail_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      message_id varchar(200) NOT NULL UNIQUE,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      kind varchar(20) NOT NULL
        CHECK (kind IN ('notification', 'daily_digest', 'weekly_digest', 'verify_email', 'reset_password')),
      to_address varchar(254) NOT NULL,
      subject varchar(300) NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      headers jsonb NOT NULL DEFAULT '{}',
      status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error varchar(500),
      created_at timestamptz NOT NULL,
      sent_at timestamptz
    )`);
    await queryRunner.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'pending'`);

    await queryRunner.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      type varchar(24) NOT NULL CHECK (type IN (${NOTIFICATION_TYPES})),
      network_id uuid REFERENCES networks(id) ON DELETE CASCADE,
      thread_id uuid REFERENCES threads(id) ON DELETE CASCADE,
      params jsonb NOT NULL,
      target jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      read_at timestamptz,
      email_status varchar(10) NOT NULL
        CHECK (email_status IN ('pending', 'immediate', 'digest', 'skipped')),
      mail_id uuid REFERENCES mail_outbox(id) ON DELETE SET NULL
    )`);
    await queryRunner.query(`CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX notifications_email_pending_idx ON notifications (user_id, created_at) WHERE email_status = 'pending'`);

    await queryRunner.query(`CREATE TABLE digest_runs (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      frequency varchar(10) NOT NULL CHECK (frequency IN ('daily', 'weekly')),
      period_end timestamptz NOT NULL,
      mail_id uuid REFERENCES mail_outbox(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, frequency, period_end)
    )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE digest_runs`);
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE mail_outbox`);
    await queryRunner.query(`DROP TABLE network_watches`);
    await queryRunner.query(`DROP TABLE account_tokens`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN email_frequency, DROP COLUMN email_verified_at`);
  }
}
