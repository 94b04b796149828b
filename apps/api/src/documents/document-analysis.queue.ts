import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { DocumentAccessibility, DocumentFormat, ExtractionStatus } from '@inclusieplein/contract';
import { rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../realtime/domain-events';
import { FILE_STORAGE } from '../storage/storage.module';
import type { FileStorage } from '../storage/file-storage';
import { FileRejectedError } from './analysis';
import { runAnalysis } from './analysis-runner';
import { DocumentSearchService } from './document-search.service';
import { UploadsService } from './uploads.service';

/** Checks the queue this often when nothing wakes it. */
const POLL_INTERVAL_MS = 5_000;
/** Removes expired uploads this often. */
const CLEANUP_INTERVAL_MS = 10 * 60 * 1000;
/** A job that has been processing longer than this is taken to have died with its process. */
const STALE_AFTER = '15 minutes';
export const MAX_ANALYSIS_ATTEMPTS = 3;

interface ClaimedVersion {
  id: string;
  document_id: string;
  number: number;
  storage_key: string;
  format: DocumentFormat;
  media_type: string;
  file_name: string;
  analysis_attempts: number;
}

const FAILED_CHECKS: DocumentAccessibility = { status: 'failed', checks: [] };

/**
 * Background job that reads the text of new versions for search and checks their accessibility.
 * The queue is the `document_versions` table itself: a version is claimed with
 * `FOR UPDATE SKIP LOCKED`, so several API instances share the work and a restart loses nothing.
 * Failed attempts are retried with growing pauses, except for a file the analysis rejects.
 */
@Injectable()
export class DocumentAnalysisQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DocumentAnalysisQueue.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private lastCleanup = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly search: DocumentSearchService,
    private readonly uploads: UploadsService,
    private readonly events: DomainEvents,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  /** Starts the next round at once, for example after a new version was stored. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Analyses one waiting version. Returns false when none is waiting. */
  async processNext(): Promise<boolean> {
    const claimed = await this.claim();
    if (!claimed) return false;
    await this.process(claimed);
    return true;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (Date.now() - this.lastCleanup > CLEANUP_INTERVAL_MS) {
          this.lastCleanup = Date.now();
          await this.uploads.removeExpired();
        }
        while (this.running && (await this.processNext())) {
          // Keep going while versions are waiting.
        }
      } catch (error) {
        this.logger.error({ err: error }, 'document analysis round failed');
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_INTERVAL_MS);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  private async claim(): Promise<ClaimedVersion | null> {
    const [rows] = await this.dataSource.query<[ClaimedVersion[], number]>(
      `UPDATE document_versions
          SET extraction_status = 'processing', analysis_attempts = analysis_attempts + 1, analysis_started_at = now()
        WHERE id = (
          SELECT id FROM document_versions
           WHERE (extraction_status = 'pending' AND next_attempt_at <= now())
              OR (extraction_status = 'processing' AND analysis_started_at < now() - interval '${STALE_AFTER}')
           ORDER BY next_attempt_at
           FOR UPDATE SKIP LOCKED
           LIMIT 1)
        RETURNING id, document_id, number, storage_key, format, media_type, file_name, analysis_attempts`,
    );
    return rows[0] ?? null;
  }

  private async process(version: ClaimedVersion): Promise<void> {
    const type = { format: version.format, mediaType: version.media_type, extension: extname(version.file_name).slice(1) };
    let local: { path: string; temporary: boolean } | null = null;
    try {
      local = await this.storage.toLocalFile(version.storage_key);
      const analysis = await runAnalysis(local.path, type);
      await this.finish(version, analysis.extraction.status, analysis.accessibility, {
        // PostgreSQL text cannot hold NUL characters.
        text: analysis.extraction.text.replace(/\u0000/g, ''),
        pageCount: analysis.extraction.pageCount,
      });
    } catch (error) {
      if (error instanceof FileRejectedError || version.analysis_attempts >= MAX_ANALYSIS_ATTEMPTS) {
        this.logger.warn({ err: error, versionId: version.id }, 'document analysis failed for good');
        await this.finish(version, 'failed', FAILED_CHECKS, { text: null, pageCount: null, error: String((error as Error).message) });
      } else {
        this.logger.warn({ err: error, versionId: version.id, attempt: version.analysis_attempts }, 'document analysis failed; retrying later');
        const pauseSeconds = 30 * 2 ** version.analysis_attempts;
        await this.dataSource.query(
          `UPDATE document_versions SET extraction_status = 'pending', next_attempt_at = now() + make_interval(secs => $2)
            WHERE id = $1`,
          [version.id, pauseSeconds],
        );
      }
    } finally {
      if (local?.temporary) await rm(local.path, { force: true });
    }
  }

  private async finish(
    version: ClaimedVersion,
    status: ExtractionStatus,
    accessibility: DocumentAccessibility,
    result: { text: string | null; pageCount: number | null; error?: string },
  ): Promise<void> {
    const [, updated] = await this.dataSource.query<[unknown, number]>(
      `UPDATE document_versions
          SET extraction_status = $2, extracted_text = $3, page_count = $4, accessibility = $5, analysis_error = $6
        WHERE id = $1`,
      [version.id, status, result.text, result.pageCount, JSON.stringify(accessibility), result.error?.slice(0, 500) ?? null],
    );
    // The document may have been deleted while its file was analysed.
    if (!updated) return;
    const [document] = await this.dataSource.query<Array<{ network_id: string | null; title: string; current_version: number }>>(
      `SELECT network_id, title, current_version FROM documents WHERE id = $1`,
      [version.document_id],
    );
    if (!document) return;
    if (document.current_version === version.number) await this.search.refreshIndex(version.document_id);
    this.events.emit('document.changed', {
      networkId: document.network_id,
      documentId: version.document_id,
      title: document.title,
      change: 'updated',
      versionNumber: version.number,
      actorDisplayName: null,
    });
  }
}
