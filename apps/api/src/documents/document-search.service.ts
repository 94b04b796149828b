import { Injectable } from '@nestjs/common';
import type { DocumentSearchHit, DocumentSearchResult, SnippetPart } from '@inclusieplein/contract';
import { DataSource, EntityManager, In } from 'typeorm';
import { fieldError, validationFailed } from '../common/api-error';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { DocumentAccessService } from './document-access.service';
import { DocumentEntity } from './document.entity';
import { DocumentViewService } from './document-view.service';
import { DocumentSearchQueryDto } from './documents.dto';

export const SEARCH_PAGE_SIZE = 20;
/** Max characters of extracted text that go into the index, because a tsvector is limited to 1 MB. */
const INDEXED_TEXT_CHARS = 600_000;
/** Characters of extracted text that ts_headline reads for a snippet, to keep pages fast. */
const SNIPPET_TEXT_CHARS = 100_000;
const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

/** Splits ts_headline output, marked with control characters, into parts the web app renders as text. */
export function toSnippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of headline.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (piece === '') continue;
    parts.push({ text: piece.replace(/\s+/g, ' '), match: index % 2 === 1 });
  }
  return parts;
}

/**
 * Full-text search over documents with PostgreSQL's Dutch configuration: the title weighs most,
 * then summary, source, municipality and file name, then the text of the current version.
 */
@Injectable()
export class DocumentSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: DocumentAccessService,
    private readonly view: DocumentViewService,
  ) {}

  /** Recomputes the search vector of one document from its description and current version. */
  async refreshIndex(documentId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const update = (textChars: number) =>
      manager.query(
        `UPDATE documents d SET search_vector =
            setweight(to_tsvector('dutch', d.title), 'A')
         || setweight(to_tsvector('dutch', d.summary || ' ' || coalesce(d.source_organisation, '') || ' '
              || coalesce(m.name, '') || ' ' || v.file_name), 'B')
         || setweight(to_tsvector('dutch', left(coalesce(v.extracted_text, ''), $2)), 'D')
           FROM document_versions v
           LEFT JOIN municipalities m ON m.code = (SELECT municipality_code FROM documents WHERE id = $1)
          WHERE d.id = $1 AND v.document_id = d.id AND v.number = d.current_version`,
        [documentId, textChars],
      );
    try {
      await update(INDEXED_TEXT_CHARS);
    } catch (error) {
      // A text with very many different words can exceed the 1 MB limit of a tsvector, so index less of it.
      if (!/too long/i.test(String((error as Error).message))) throw error;
      await update(INDEXED_TEXT_CHARS / 10);
    }
  }

  async search(query: DocumentSearchQueryDto, user: UserEntity | undefined, fixedNetworkId?: string): Promise<DocumentSearchResult> {
    const params: unknown[] = [];
    const conditions = [this.access.readableCondition(user, params)];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };

    await this.validateFilters(query);
    const archived = query.archived ?? 'exclude';
    if (archived === 'exclude') conditions.push('d.archived_at IS NULL');
    if (archived === 'only') conditions.push('d.archived_at IS NOT NULL');
    if (query.kind) add((p) => `d.kind = ${p}`, query.kind);
    if (query.municipality) add((p) => `d.municipality_code = ${p}`, query.municipality);
    if (query.article !== undefined) add((p) => `${p}::smallint = ANY(d.crpd_article_numbers)`, query.article);
    if (fixedNetworkId) add((p) => `d.network_id = ${p}`, fixedNetworkId);
    else if (query.place === 'library') conditions.push('d.network_id IS NULL');
    else if (query.place) add((p) => `n.slug = ${p}`, query.place);

    const words = query.q?.trim() ?? '';
    let rank = 'NULL::real';
    let tsQuery: string | null = null;
    if (words !== '') {
      params.push(words);
      tsQuery = `websearch_to_tsquery('dutch', $${params.length})`;
      conditions.push(`d.search_vector @@ ${tsQuery}`);
      rank = `ts_rank_cd(d.search_vector, ${tsQuery})`;
    }

    const page = query.page ?? 1;
    const where = conditions.join(' AND ');
    const from = `FROM documents d LEFT JOIN networks n ON n.id = d.network_id WHERE ${where}`;
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total ${from}`, params);
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT d.id ${from}
        ORDER BY ${rank} DESC NULLS LAST, d.updated_at DESC, d.id
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`,
      params,
    );

    const ids = rows.map((row) => row.id);
    const documents = ids.length
      ? await this.dataSource.getRepository(DocumentEntity).find({ where: { id: In(ids) }, relations: { network: true, municipality: true } })
      : [];
    const ordered = ids.map((id) => documents.find((document) => document.id === id)).filter((d): d is DocumentEntity => !!d);
    const summaries = await this.view.summaries(ordered);
    const snippets = tsQuery ? await this.snippets(ids, words) : new Map<string, SnippetPart[]>();
    const items: DocumentSearchHit[] = summaries.map((summary) => ({ ...summary, snippet: snippets.get(summary.id) ?? null }));
    return { items, total, page, pageSize: SEARCH_PAGE_SIZE };
  }

  /** Passages around the matched words: from the text when it matches, otherwise from the summary. */
  private async snippets(ids: string[], words: string): Promise<Map<string, SnippetPart[]>> {
    if (ids.length === 0) return new Map();
    const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    const rows = await this.dataSource.query<Array<{ id: string; headline: string }>>(
      `SELECT d.id,
              CASE WHEN to_tsvector('dutch', left(coalesce(v.extracted_text, ''), $3)) @@ websearch_to_tsquery('dutch', $2)
                   THEN ts_headline('dutch', left(v.extracted_text, $3), websearch_to_tsquery('dutch', $2), $4)
                   ELSE ts_headline('dutch', d.summary, websearch_to_tsquery('dutch', $2), $4)
              END AS headline
         FROM documents d
         JOIN document_versions v ON v.document_id = d.id AND v.number = d.current_version
        WHERE d.id = ANY($1::uuid[])`,
      [ids, words, SNIPPET_TEXT_CHARS, options],
    );
    return new Map(rows.map((row) => [row.id, toSnippetParts(row.headline)]));
  }

  private async validateFilters(query: DocumentSearchQueryDto): Promise<void> {
    const errors = [];
    if (query.municipality !== undefined && !(await this.dataSource.getRepository(MunicipalityEntity).existsBy({ code: query.municipality }))) {
      errors.push(fieldError('municipality', 'unknown_municipality', `No municipality has CBS code "${query.municipality}".`));
    }
    if (query.article !== undefined && (query.article < 1 || query.article > 50)) {
      errors.push(fieldError('article', 'unknown_crpd_article', `The convention has no article ${query.article}.`));
    }
    if (errors.length) throw validationFailed(...errors);
  }
}
