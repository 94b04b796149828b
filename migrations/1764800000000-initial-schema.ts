import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the foundation: reference data, people and their sessions, theme networks with
 * membership, and threaded discussions. Deleting a post only marks it, so posts have no
 * cascading deletes; the session table has the layout that connect-pg-simple reads.
 */
export class InitialSchema1764800000000 implements MigrationInterface {
  name = 'InitialSchema1764800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE municipalities (
      code varchar(6) PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
      name varchar(100) NOT NULL,
      province varchar(50) NOT NULL
    )`);

    await queryRunner.query(`CREATE TABLE crpd_articles (
      instrument varchar(20) NOT NULL CHECK (instrument IN ('convention', 'optional-protocol')),
      number smallint NOT NULL CHECK (number > 0),
      title_nl text NOT NULL,
      title_en text NOT NULL,
      text_nl text NOT NULL,
      text_en text NOT NULL,
      PRIMARY KEY (instrument, number)
    )`);

    await queryRunner.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email varchar(254) NOT NULL,
      password_hash varchar(200) NOT NULL,
      display_name varchar(80) NOT NULL,
      municipality_code varchar(6) REFERENCES municipalities(code),
      role_description varchar(120),
      is_admin boolean NOT NULL DEFAULT false,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await queryRunner.query(`CREATE TABLE session (
      sid varchar NOT NULL PRIMARY KEY,
      sess json NOT NULL,
      expire timestamp(6) NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX session_expire_idx ON session (expire)`);

    await queryRunner.query(`CREATE TABLE networks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug varchar(120) NOT NULL UNIQUE,
      name varchar(100) NOT NULL,
      description text NOT NULL,
      purpose text NOT NULL DEFAULT '',
      theme varchar(80) NOT NULL,
      visibility varchar(10) NOT NULL CHECK (visibility IN ('open', 'closed')),
      status varchar(10) NOT NULL CHECK (status IN ('proposed', 'active', 'declined')),
      crpd_article_numbers smallint[] NOT NULL DEFAULT '{}'
        CHECK (1 <= ALL (crpd_article_numbers) AND 50 >= ALL (crpd_article_numbers)),
      partner_organisations text NOT NULL DEFAULT '',
      coordinator text NOT NULL DEFAULT '',
      proposed_by_id uuid REFERENCES users(id),
      decided_by_id uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_reason text,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX networks_name_key ON networks (lower(name)) WHERE status <> 'declined'`);

    await queryRunner.query(`CREATE TABLE network_municipalities (
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      municipality_code varchar(6) NOT NULL REFERENCES municipalities(code),
      PRIMARY KEY (network_id, municipality_code)
    )`);

    await queryRunner.query(`CREATE TABLE external_networks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(150) NOT NULL,
      url varchar(500) NOT NULL,
      description text NOT NULL DEFAULT '',
      organisation varchar(150) NOT NULL DEFAULT '',
      created_by_id uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    await queryRunner.query(`CREATE TABLE memberships (
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      role varchar(10) NOT NULL CHECK (role IN ('member', 'moderator', 'owner')),
      joined_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (network_id, user_id)
    )`);
    await queryRunner.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);

    await queryRunner.query(`CREATE TABLE membership_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      motivation text NOT NULL DEFAULT '',
      status varchar(10) NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
      decided_by_id uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_reason text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX membership_requests_pending_key ON membership_requests (network_id, user_id) WHERE status = 'pending'`,
    );

    await queryRunner.query(`CREATE TABLE threads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES networks(id),
      title varchar(150) NOT NULL,
      author_id uuid NOT NULL REFERENCES users(id),
      reply_count integer NOT NULL DEFAULT 0,
      last_activity_at timestamptz NOT NULL DEFAULT now(),
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX threads_network_activity_idx ON threads (network_id, last_activity_at DESC)`);

    await queryRunner.query(`CREATE TABLE posts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      thread_id uuid NOT NULL REFERENCES threads(id),
      parent_id uuid REFERENCES posts(id),
      depth integer NOT NULL CHECK (depth >= 0),
      author_id uuid NOT NULL REFERENCES users(id),
      body text NOT NULL,
      edit_count integer NOT NULL DEFAULT 0,
      edited_at timestamptz,
      deleted_at timestamptz,
      deleted_by_id uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((parent_id IS NULL) = (depth = 0))
    )`);
    await queryRunner.query(`CREATE INDEX posts_thread_idx ON posts (thread_id, created_at)`);

    await queryRunner.query(`CREATE TABLE post_revisions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      post_id uuid NOT NULL REFERENCES posts(id),
      body text NOT NULL,
      editor_id uuid NOT NULL REFERENCES users(id),
      replaced_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX post_revisions_post_idx ON post_revisions (post_id, replaced_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'post_revisions',
      'posts',
      'threads',
      'membership_requests',
      'memberships',
      'external_networks',
      'network_municipalities',
      'networks',
      'session',
      'users',
      'crpd_articles',
      'municipalities',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
