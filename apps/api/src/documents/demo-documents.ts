import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { DocumentKind, DocumentLicence } from '@inclusieplein/contract';
import { createHash, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { FILE_STORAGE } from '../storage/storage.module';
import type { FileStorage } from '../storage/file-storage';
import { detectFileType, sanitizeFileName } from './analysis';
import { DocumentAnalysisQueue } from './document-analysis.queue';
import { DocumentSearchService } from './document-search.service';

/** Folder with the real public sample documents and their sources (SOURCES.md). */
export function sampleDocumentFolder(): string {
  return join(dirname(require.resolve('@inclusieplein/api/package.json')), 'src', 'demo', 'documents');
}

interface DemoVersion {
  file: string;
  uploader: string;
  note?: string;
}

interface DemoDocument {
  /** Slug of a demo network, or null for the library. */
  network: string | null;
  title: string;
  summary: string;
  kind: DocumentKind;
  municipalityCode: string | null;
  documentDate: string;
  crpdArticleNumbers: number[];
  sourceOrganisation: string;
  licence: DocumentLicence;
  versions: DemoVersion[];
  archived?: { by: string; reason: string };
}

const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    network: 'toegankelijke-openbare-ruimte',
    title: 'Kamervragen over de Tozo-lening',
    summary: 'Kamerleden stellen vragen over de lening voor zelfstandigen. De minister geeft antwoord. Gemeenten voeren de regeling uit.',
    kind: 'research',
    municipalityCode: null,
    documentDate: '2021-06-21',
    crpdArticleNumbers: [27, 28],
    sourceOrganisation: 'Tweede Kamer',
    licence: 'public_sector',
    versions: [
      { file: 'ah-tk-20202021-3235.odt', uploader: 'anna@demo.inclusieplein.nl' },
      { file: 'ah-tk-20202021-3235.pdf', uploader: 'mohamed@demo.inclusieplein.nl', note: 'Nu ook als PDF' },
    ],
  },
  {
    network: 'toegankelijke-openbare-ruimte',
    title: 'Beslisnota over moties (scan)',
    summary: 'Een gescande nota van het ministerie. Er staat geen tekst in het bestand, alleen plaatjes.',
    kind: 'council_proposal',
    municipalityCode: null,
    documentDate: '2021-03-01',
    crpdArticleNumbers: [4],
    sourceOrganisation: 'Tweede Kamer',
    licence: 'public_sector',
    versions: [{ file: 'blg-1007826.pdf', uploader: 'els@demo.inclusieplein.nl' }],
  },
  {
    network: 'toegankelijke-openbare-ruimte',
    title: 'Oude tekst van de Wet gelijke behandeling',
    summary: 'De wet zoals die in 2015 was. Er is een nieuwere versie van de wet.',
    kind: 'guide',
    municipalityCode: 'GM0344',
    documentDate: '2015-01-01',
    crpdArticleNumbers: [5],
    sourceOrganisation: 'Rijksoverheid',
    licence: 'public_sector',
    versions: [{ file: 'wgbh-cz-BWBR0014915.md', uploader: 'els@demo.inclusieplein.nl' }],
    archived: { by: 'mohamed@demo.inclusieplein.nl', reason: 'Deze tekst is verouderd.' },
  },
  {
    network: 'ervaringsdeskundigen-onder-elkaar',
    title: 'Antwoorden om te bespreken in de adviesraad',
    summary: 'De antwoorden van de minister, om samen voor te bereiden.',
    kind: 'minutes',
    municipalityCode: null,
    documentDate: '2021-06-21',
    crpdArticleNumbers: [29],
    sourceOrganisation: 'Tweede Kamer',
    licence: 'public_sector',
    versions: [{ file: 'ah-tk-20202021-3235.odt', uploader: 'anna@demo.inclusieplein.nl' }],
  },
  {
    network: null,
    title: 'Wet gelijke behandeling op grond van handicap of chronische ziekte',
    summary: 'De wet verbiedt onderscheid op grond van handicap of chronische ziekte. Dit is de tekst uit 2015.',
    kind: 'guide',
    municipalityCode: null,
    documentDate: '2015-01-01',
    crpdArticleNumbers: [5, 9],
    sourceOrganisation: 'Rijksoverheid (wetten.overheid.nl)',
    licence: 'public_sector',
    versions: [{ file: 'wgbh-cz-BWBR0014915.md', uploader: 'beheerder@demo.inclusieplein.nl' }],
  },
];

/**
 * Adds the demo documents when demo mode is on and the demo accounts exist, once. Runs inside the
 * application because the files go to the configured storage. The analysis job then reads them.
 */
@Injectable()
export class DemoDocumentsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDocumentsSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly dataSource: DataSource,
    private readonly search: DocumentSearchService,
    private readonly queue: DocumentAnalysisQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoMode) return;
    const [done] = await this.dataSource.query(
      `SELECT 1 FROM documents d JOIN users u ON u.id = d.created_by_id WHERE u.is_demo LIMIT 1`,
    );
    if (done) return;
    const people = new Map<string, string>(
      (await this.dataSource.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM users WHERE is_demo`)).map(
        (row) => [row.email, row.id],
      ),
    );
    if (people.size === 0) return;
    let added = 0;
    for (const demo of DEMO_DOCUMENTS) {
      if (await this.add(demo, people)) added += 1;
    }
    this.logger.log({ added }, 'demo documents added');
    this.queue.wake();
  }

  private async add(demo: DemoDocument, people: Map<string, string>): Promise<boolean> {
    let networkId: string | null = null;
    if (demo.network) {
      const [network] = await this.dataSource.query(`SELECT id FROM networks WHERE slug = $1 AND is_demo`, [demo.network]);
      if (!network) return false;
      networkId = network.id;
    }
    const id = randomUUID();
    const creator = people.get(demo.versions[0].uploader)!;
    const stored: string[] = [];
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO documents (id, network_id, title, summary, kind, municipality_code, document_date, crpd_article_numbers,
             source_organisation, language, licence, current_version, created_by_id, archived_at, archived_by_id, archive_reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'nl', $10, $11, $12, $13, $14, $15)`,
          [
            id, networkId, demo.title, demo.summary, demo.kind, demo.municipalityCode, demo.documentDate, demo.crpdArticleNumbers,
            demo.sourceOrganisation, demo.licence, demo.versions.length, creator,
            demo.archived ? new Date() : null, demo.archived ? people.get(demo.archived.by) : null, demo.archived?.reason ?? null,
          ],
        );
        for (const [index, version] of demo.versions.entries()) {
          const path = join(sampleDocumentFolder(), version.file);
          const type = await detectFileType(path, version.file);
          const key = `files/${randomUUID()}`;
          await this.storage.putFile(key, path, type.mediaType);
          stored.push(key);
          await manager.query(
            `INSERT INTO document_versions (id, document_id, number, storage_key, file_name, format, media_type, size_bytes, sha256,
               note, uploaded_by_id, uploaded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now() - make_interval(days => $12))`,
            [
              randomUUID(), id, index + 1, key, sanitizeFileName(version.file, type), type.format, type.mediaType,
              (await stat(path)).size, createHash('sha256').update(await readFile(path)).digest('hex'),
              version.note ?? null, people.get(version.uploader), demo.versions.length - index,
            ],
          );
        }
        await this.search.refreshIndex(id, manager);
      });
    } catch (error) {
      for (const key of stored) await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
    return true;
  }
}
