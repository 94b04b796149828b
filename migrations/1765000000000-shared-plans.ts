import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds shared plans to networks. The `plans` row holds the current content so that opening a plan
 * reads one row plus its actions. `plan_revisions` keeps a full JSON snapshot of every save, so
 * any revision can be shown or restored without replaying changes.
 */
export class SharedPlans1765000000000 implements MigrationInterface {
  name = 'SharedPlans1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE plans (
      id uuid PRIMARY KEY,
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      thread_id uuid NOT NULL UNIQUE REFERENCES threads(id),
      title varchar(150) NOT NULL,
      summary text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      crpd_article_numbers smallint[] NOT NULL DEFAULT '{}',
      status varchar(12) NOT NULL
        CHECK (status IN ('idea', 'preparation', 'adopted', 'in_progress', 'completed', 'paused')),
      revision integer NOT NULL CHECK (revision >= 1),
      lock_reason varchar(300),
      locked_by_id uuid REFERENCES users(id),
      locked_at timestamptz,
      source_plan_id uuid REFERENCES plans(id) ON DELETE SET NULL,
      source_revision integer,
      created_by_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by_id uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX plans_network_updated_idx ON plans (network_id, updated_at DESC)`);
    await queryRunner.query(`CREATE INDEX plans_source_idx ON plans (source_plan_id) WHERE source_plan_id IS NOT NULL`);

    await queryRunner.query(`CREATE TABLE plan_municipalities (
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      municipality_code varchar(6) NOT NULL REFERENCES municipalities(code),
      PRIMARY KEY (plan_id, municipality_code)
    )`);
    await queryRunner.query(`CREATE INDEX plan_municipalities_code_idx ON plan_municipalities (municipality_code)`);

    await queryRunner.query(`CREATE TABLE plan_actions (
      id uuid PRIMARY KEY,
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      position integer NOT NULL,
      description varchar(500) NOT NULL,
      responsible_member_id uuid REFERENCES users(id),
      responsible_organisation varchar(200),
      deadline date,
      status varchar(12) NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled'))
    )`);
    await queryRunner.query(`CREATE INDEX plan_actions_plan_idx ON plan_actions (plan_id, position)`);

    await queryRunner.query(`CREATE TABLE plan_revisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      revision integer NOT NULL,
      author_id uuid NOT NULL REFERENCES users(id),
      change_summary varchar(200) NOT NULL DEFAULT '',
      restored_from integer,
      content jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (plan_id, revision)
    )`);

    await queryRunner.query(`CREATE TABLE plan_status_changes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      from_status varchar(12),
      to_status varchar(12) NOT NULL,
      changed_by_id uuid NOT NULL REFERENCES users(id),
      note varchar(500),
      changed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX plan_status_changes_plan_idx ON plan_status_changes (plan_id, changed_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE plan_status_changes`);
    await queryRunner.query(`DROP TABLE plan_revisions`);
    await queryRunner.query(`DROP TABLE plan_actions`);
    await queryRunner.query(`DROP TABLE plan_municipalities`);
    await queryRunner.query(`DROP TABLE plans`);
  }
}
