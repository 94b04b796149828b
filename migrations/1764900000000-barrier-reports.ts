import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stores barriers that people report from the accessibility statement page, for administrators to handle. */
export class BarrierReports1764900000000 implements MigrationInterface {
  name = 'BarrierReports1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE barrier_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      page varchar(500),
      description text NOT NULL,
      assistive_technology varchar(200),
      contact_name varchar(80),
      contact_email varchar(254),
      reporter_id uuid REFERENCES users(id),
      status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handled')),
      handled_by_id uuid REFERENCES users(id),
      handled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX barrier_reports_status_idx ON barrier_reports (status, created_at DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE barrier_reports`);
  }
}
