import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'policy_plan', 'inclusion_agenda', 'council_proposal', 'research', 'guide', 'minutes', 'other'`;
const FORMATS = `'pdf', 'docx', 'odt', 'xlsx', 'pptx', 'txt', 'markdown', 'png', 'jpeg', 'gif', 'webp'`;
const LANGUAGES = `'nl', 'fy', 'en', 'pap', 'de', 'fr', 'ar', 'tr', 'other'`;
const LICENCES = `'cc0', 'cc_by', 'cc_by_sa', 'public_sector', 'all_rights_reserved', 'unknown'`;
const EXTRACTION = `'pending', 'processing', 'done', 'no_text', 'not_applicable', 'failed'`;

/**
 * Adds the document archive. A file first becomes an `upload`, which expires unless a document
 * or a new version takes it over. `documents` holds the description and a `search_vector` over
 * the description and the text of the current version, searched with the Dutch configuration.
 * `document_deletions` records permanent deletions, and a trigger makes it append-only.
 */
export class DocumentArchive1765100000000 implements MigrationInterface {
  name = 'DocumentArchive1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN is_library_editor boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`CREATE TABLE uploads (
      id uuid PRIMARY KEY,
      uploaded_by_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      storage_key varchar(200) NOT NULL UNIQUE,
      file_name varchar(255) NOT NULL,
      format varchar(10) NOT NULL CHECK (format IN (${FORMATS})),
      media_type varchar(120) NOT NULL,
      size_bytes bigint NOT NULL CHECK (size_bytes > 0),
      sha256 char(64) NOT NULL,
      suggested jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX uploads_expires_idx ON uploads (expires_at)`);
    await queryRunner.query(`CREATE INDEX uploads_owner_idx ON uploads (uploaded_by_id)`);

    await queryRunner.query(`CREATE TABLE documents (
      id uuid PRIMARY KEY,
      network_id uuid REFERENCES networks(id) ON DELETE RESTRICT,
      title varchar(200) NOT NULL,
      summary text NOT NULL,
      kind varchar(20) NOT NULL CHECK (kind IN (${KINDS})),
      municipality_code varchar(6) REFERENCES municipalities(code),
      document_date date,
      crpd_article_numbers smallint[] NOT NULL DEFAULT '{}',
      source_organisation varchar(200),
      language varchar(5) NOT NULL CHECK (language IN (${LANGUAGES})),
      licence varchar(24) NOT NULL CHECK (licence IN (${LICENCES})),
      current_version integer NOT NULL CHECK (current_version >= 1),
      archived_at timestamptz,
      archived_by_id uuid REFERENCES users(id),
      archive_reason varchar(500),
      created_by_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      search_vector tsvector NOT NULL DEFAULT ''::tsvector
    )`);
    await queryRunner.query(`CREATE INDEX documents_network_updated_idx ON documents (network_id, updated_at DESC)`);
    await queryRunner.query(`CREATE INDEX documents_search_idx ON documents USING GIN (search_vector)`);

    await queryRunner.query(`CREATE TABLE document_versions (
      id uuid PRIMARY KEY,
      document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number >= 1),
      storage_key varchar(200) NOT NULL UNIQUE,
      file_name varchar(255) NOT NULL,
      format varchar(10) NOT NULL CHECK (format IN (${FORMATS})),
      media_type varchar(120) NOT NULL,
      size_bytes bigint NOT NULL CHECK (size_bytes > 0),
      sha256 char(64) NOT NULL,
      note varchar(500),
      uploaded_by_id uuid NOT NULL REFERENCES users(id),
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      extraction_status varchar(16) NOT NULL DEFAULT 'pending' CHECK (extraction_status IN (${EXTRACTION})),
      extracted_text text,
      page_count integer,
      accessibility jsonb,
      analysis_attempts integer NOT NULL DEFAULT 0,
      analysis_started_at timestamptz,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      analysis_error varchar(500),
      UNIQUE (document_id, number)
    )`);
    await queryRunner.query(`CREATE INDEX document_versions_sha256_idx ON document_versions (sha256)`);
    await queryRunner.query(
      `CREATE INDEX document_versions_queue_idx ON document_versions (next_attempt_at) WHERE extraction_status IN ('pending', 'processing')`,
    );

    await queryRunner.query(`CREATE TABLE document_deletions (
      id uuid PRIMARY KEY,
      document_id uuid NOT NULL,
      title varchar(200) NOT NULL,
      network_id uuid REFERENCES networks(id) ON DELETE SET NULL,
      deleted_by_id uuid NOT NULL REFERENCES users(id),
      deleted_at timestamptz NOT NULL DEFAULT now(),
      reason varchar(500) NOT NULL,
      sha256s text[] NOT NULL
    )`);
    await queryRunner.query(`CREATE FUNCTION document_deletions_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.network_id IS NULL AND OLD.network_id IS NOT NULL
           AND NEW.id = OLD.id AND NEW.document_id = OLD.document_id AND NEW.title = OLD.title
           AND NEW.deleted_by_id = OLD.deleted_by_id AND NEW.deleted_at = OLD.deleted_at
           AND NEW.reason = OLD.reason AND NEW.sha256s = OLD.sha256s THEN
          -- The foreign key clears network_id when a network is removed; nothing else may change.
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'document_deletions is append-only';
      END;
    $$ LANGUAGE plpgsql`);
    await queryRunner.query(`CREATE TRIGGER document_deletions_append_only
      BEFORE UPDATE OR DELETE ON document_deletions
      FOR EACH ROW EXECUTE FUNCTION document_deletions_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE document_deletions`);
    await queryRunner.query(`DROP FUNCTION document_deletions_append_only()`);
    await queryRunner.query(`DROP TABLE document_versions`);
    await queryRunner.query(`DROP TABLE documents`);
    await queryRunner.query(`DROP TABLE uploads`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN is_library_editor`);
  }
}
