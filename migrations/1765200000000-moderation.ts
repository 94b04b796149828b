import { MigrationInterface, QueryRunner } from 'typeorm';

const REPORT_CATEGORIES = `'harassment', 'discrimination', 'spam', 'privacy', 'off_topic', 'other'`;

/**
 * Adds moderation. Networks get a versioned code of conduct whose acceptance is recorded per
 * person and version, and a setting that holds the first posts of new members for approval.
 * Posts can be hidden or wait for approval, threads can be locked and pinned, and members can be
 * warned, muted and banned. Reports form each network's moderation queue.
 * `moderation_audit_log` records every moderation action; a trigger makes it append-only.
 * The indexes on the authors' posts and threads serve the posting limits, which count rows.
 */
export class Moderation1765200000000 implements MigrationInterface {
  name = 'Moderation1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE networks ADD COLUMN first_posts_requiring_approval smallint NOT NULL DEFAULT 0
      CHECK (first_posts_requiring_approval BETWEEN 0 AND 20)`);

    await queryRunner.query(`CREATE TABLE code_of_conduct_versions (
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      body text NOT NULL,
      change_note varchar(200),
      author_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (network_id, version)
    )`);
    await queryRunner.query(`CREATE TABLE code_of_conduct_acceptances (
      network_id uuid NOT NULL,
      version integer NOT NULL,
      user_id uuid NOT NULL REFERENCES users(id),
      accepted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (network_id, user_id, version),
      FOREIGN KEY (network_id, version) REFERENCES code_of_conduct_versions (network_id, version) ON DELETE CASCADE
    )`);

    await queryRunner.query(`ALTER TABLE threads
      ADD COLUMN pinned_at timestamptz,
      ADD COLUMN locked_at timestamptz,
      ADD COLUMN lock_reason varchar(500)`);
    await queryRunner.query(`CREATE INDEX threads_author_created_idx ON threads (author_id, created_at)`);

    await queryRunner.query(`ALTER TABLE posts
      ADD COLUMN hidden_at timestamptz,
      ADD COLUMN hidden_reason varchar(500),
      ADD COLUMN hidden_by_id uuid REFERENCES users(id),
      ADD COLUMN approval varchar(10) NOT NULL DEFAULT 'approved' CHECK (approval IN ('approved', 'pending', 'rejected'))`);
    await queryRunner.query(`CREATE INDEX posts_author_created_idx ON posts (author_id, created_at)`);
    await queryRunner.query(`CREATE INDEX posts_pending_idx ON posts (thread_id) WHERE approval = 'pending'`);

    await queryRunner.query(`ALTER TABLE post_revisions ADD COLUMN by_moderator boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`ALTER TABLE memberships
      ADD COLUMN muted_until timestamptz,
      ADD COLUMN mute_reason varchar(500)`);

    await queryRunner.query(`CREATE TABLE member_warnings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      reason varchar(500) NOT NULL,
      issued_by_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX member_warnings_member_idx ON member_warnings (network_id, user_id, created_at)`);

    await queryRunner.query(`CREATE TABLE network_bans (
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      reason varchar(500) NOT NULL,
      banned_by_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (network_id, user_id)
    )`);

    await queryRunner.query(`CREATE TABLE reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      target_type varchar(10) NOT NULL CHECK (target_type IN ('post', 'thread')),
      thread_id uuid NOT NULL REFERENCES threads(id),
      post_id uuid NOT NULL REFERENCES posts(id),
      category varchar(20) NOT NULL CHECK (category IN (${REPORT_CATEGORIES})),
      details varchar(1000),
      reporter_id uuid NOT NULL REFERENCES users(id),
      status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'actioned')),
      created_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz,
      resolved_by_id uuid REFERENCES users(id),
      resolution_reason varchar(500),
      CHECK (category <> 'other' OR details IS NOT NULL)
    )`);
    // One open report per person and item; a thread report points at the thread's opening post.
    await queryRunner.query(
      `CREATE UNIQUE INDEX reports_one_open_idx ON reports (reporter_id, target_type, post_id) WHERE status = 'open'`,
    );
    await queryRunner.query(`CREATE INDEX reports_queue_idx ON reports (network_id, status, created_at)`);

    await queryRunner.query(`CREATE TABLE moderation_audit_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES networks(id),
      actor_id uuid NOT NULL REFERENCES users(id),
      action varchar(40) NOT NULL,
      target_type varchar(20) NOT NULL,
      target_id uuid NOT NULL,
      target_user_id uuid REFERENCES users(id),
      reason varchar(500),
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX moderation_audit_log_network_idx ON moderation_audit_log (network_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX moderation_audit_log_created_idx ON moderation_audit_log (created_at DESC)`);
    await queryRunner.query(`CREATE FUNCTION moderation_audit_log_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_audit_log is append-only';
      END;
    $$ LANGUAGE plpgsql`);
    await queryRunner.query(`CREATE TRIGGER moderation_audit_log_append_only
      BEFORE UPDATE OR DELETE ON moderation_audit_log
      FOR EACH ROW EXECUTE FUNCTION moderation_audit_log_append_only()`);
    await queryRunner.query(`CREATE TRIGGER moderation_audit_log_no_truncate
      BEFORE TRUNCATE ON moderation_audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION moderation_audit_log_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE moderation_audit_log`);
    await queryRunner.query(`DROP FUNCTION moderation_audit_log_append_only()`);
    await queryRunner.query(`DROP TABLE reports`);
    await queryRunner.query(`DROP TABLE network_bans`);
    await queryRunner.query(`DROP TABLE member_warnings`);
    await queryRunner.query(`ALTER TABLE memberships DROP COLUMN muted_until, DROP COLUMN mute_reason`);
    await queryRunner.query(`ALTER TABLE post_revisions DROP COLUMN by_moderator`);
    await queryRunner.query(`DROP INDEX posts_pending_idx`);
    await queryRunner.query(`DROP INDEX posts_author_created_idx`);
    await queryRunner.query(`ALTER TABLE posts DROP COLUMN hidden_at, DROP COLUMN hidden_reason, DROP COLUMN hidden_by_id, DROP COLUMN approval`);
    await queryRunner.query(`DROP INDEX threads_author_created_idx`);
    await queryRunner.query(`ALTER TABLE threads DROP COLUMN pinned_at, DROP COLUMN locked_at, DROP COLUMN lock_reason`);
    await queryRunner.query(`DROP TABLE code_of_conduct_acceptances`);
    await queryRunner.query(`DROP TABLE code_of_conduct_versions`);
    await queryRunner.query(`ALTER TABLE networks DROP COLUMN first_posts_requiring_approval`);
  }
}
