import type { UploadedFile } from '@inclusieplein/contract';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import request from 'supertest';
import {
  buildDocx,
  buildPptx,
  buildXlsx,
  damagedPdf,
  elfFile,
  ole2File,
  zipBomb,
  zipBombWithFalseSizes,
} from '../../apps/api/src/documents/analysis/test-files';
import { UploadsService } from '../../apps/api/src/documents/uploads.service';
import { createNetwork, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
import { addDocument, SAMPLES, sendUpload, upload, waitForAnalysis } from '../support/document-builders';
import { startTestApp, TestApp } from '../support/test-app';

const LIMIT = 2 * 1024 * 1024;
let testApp: TestApp;
let member: SignedInPerson;
let slug: string;

beforeAll(async () => {
  testApp = await startTestApp({ env: { MAX_UPLOAD_BYTES: String(LIMIT) } });
  const admin = await signUpAdmin(testApp);
  member = await signUp(testApp);
  slug = (await createNetwork(admin, member)).slug;
});

afterAll(async () => {
  await testApp.close();
});

/** Lists the files in the storage folder and the temporary upload folder, to show that a rejected upload leaves nothing. */
async function storedFiles(): Promise<string[]> {
  const list = async (folder: string) => readdir(join(testApp.dataDir, folder)).catch(() => [] as string[]);
  return [...(await list('files/files')), ...(await list('tmp/uploads'))];
}

async function uploadRows(): Promise<number> {
  const [{ count }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM uploads');
  return count;
}

async function expectRejected(file: Buffer, name: string, status: number, code: string): Promise<void> {
  const filesBefore = await storedFiles();
  const rowsBefore = await uploadRows();
  const response = await sendUpload(member, file, name);
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  expect(response.body.code).toBe(code);
  expect(await storedFiles()).toEqual(filesBefore);
  expect(await uploadRows()).toBe(rowsBefore);
}

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('accepted files', () => {
  it('detects sample types and suggestions', async () => {
    const pdf = await upload(member, SAMPLES.answersPdf);
    expect(pdf).toMatchObject({ format: 'pdf', mediaType: 'application/pdf', fileName: 'ah-tk-20202021-3235.pdf' });
    expect(pdf.sha256).toBe(createHash('sha256').update(readFileSync(SAMPLES.answersPdf)).digest('hex'));
    expect(pdf.sizeBytes).toBe(readFileSync(SAMPLES.answersPdf).length);
    expect(Date.parse(pdf.expiresAt) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);

    const odt = await upload(member, SAMPLES.answersOdt);
    expect(odt).toMatchObject({ format: 'odt', mediaType: 'application/vnd.oasis.opendocument.text' });

    const markdown = await upload(member, SAMPLES.lawMarkdown);
    expect(markdown.format).toBe('markdown');
    expect(markdown.suggested.title).toMatch(/^Wet van 3 april 2003/);

    const scan = await upload(member, SAMPLES.scannedPdf);
    expect(scan.format).toBe('pdf');
  });

  it('checks Word alt text and headings', async () => {
    const docx = await buildDocx({
      title: 'Inclusieagenda Zeist',
      created: '2024-03-05T09:00:00Z',
      language: 'nl-NL',
      paragraphs: ['Iedereen doet mee in Zeist. De gemeente maakt het stadhuis toegankelijk.'],
      images: [{ alt: 'Kaart van de binnenstad' }, {}],
    });
    const uploaded = await upload(member, docx, 'agenda.docx');
    expect(uploaded).toMatchObject({
      format: 'docx',
      suggested: { title: 'Inclusieagenda Zeist', documentDate: '2024-03-05', language: 'nl' },
    });
    const created = await member.agent
      .post(`/api/networks/${slug}/documents`)
      .send({ title: 'Inclusieagenda Zeist', summary: 'De agenda van Zeist voor iedereen.', kind: 'inclusion_agenda', municipalityCode: null, documentDate: '2024-03-05', crpdArticleNumbers: [9], sourceOrganisation: null, language: 'nl', licence: 'cc_by', uploadId: uploaded.uploadId })
      .expect(201);
    const analysed = await waitForAnalysis(member, created.body.id);
    expect(analysed.currentVersion.extractionStatus).toBe('done');
    expect(analysed.currentVersion.accessibility.status).toBe('issues');
    expect(analysed.currentVersion.accessibility.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'images_alt_text', passed: false, params: expect.objectContaining({ images: 2, imagesWithoutAlt: 1 }) }),
        expect.objectContaining({ code: 'headings_used', passed: false }),
      ]),
    );
    const found = await request(testApp.baseUrl).get('/api/documents').query({ q: 'stadhuis toegankelijk' }).expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
  });

  it('accepts spreadsheets and presentations', async () => {
    for (const [file, name, format] of [
      [await buildXlsx({ title: 'Cijfers' }), 'cijfers.xlsx', 'xlsx'],
      [await buildPptx({ title: 'Presentatie' }), 'presentatie.pptx', 'pptx'],
    ] as const) {
      const document = await addDocument(member, slug, file, { title: `Bestand ${name}` }, name);
      expect(document.currentVersion.format).toBe(format);
      const analysed = await waitForAnalysis(member, document.id);
      expect(analysed.currentVersion.extractionStatus).toBe('not_applicable');
      expect(analysed.currentVersion.accessibility.status).toBe('not_checked');
    }
  });

  it('cleans names by detected type', async () => {
    const png = await upload(member, PNG_1X1, 'rapport.pdf');
    expect(png).toMatchObject({ format: 'png', mediaType: 'image/png', fileName: 'rapport.png' });

    const traversal = await upload(member, readFileSync(SAMPLES.lawMarkdown), '../../etc/passwd.md');
    expect(traversal.fileName).toBe('passwd.md');
    const unicode = await upload(member, readFileSync(SAMPLES.lawMarkdown), 'Toegankelijkheid café – één.md');
    expect(unicode.fileName).toBe('Toegankelijkheid café – één.md');
    const reserved = await upload(member, readFileSync(SAMPLES.lawMarkdown), 'CON.md');
    expect(reserved.fileName).not.toMatch(/^CON\.md$/i);
  });

  it('offers the duplicate document', async () => {
    const document = await addDocument(member, slug, SAMPLES.answersOdt, { title: 'Eerder geplaatste antwoorden' });
    const again: UploadedFile = await upload(member, SAMPLES.answersOdt, 'kopie.odt');
    expect(again.duplicateOf).toEqual({ documentId: document.id, title: 'Eerder geplaatste antwoorden', versionNumber: 1 });
    const fresh = await upload(member, PNG_1X1, 'nieuw.png');
    expect(fresh.duplicateOf).toBeNull();
  });
});

describe('rejected files', () => {
  it('rejects a renamed program', async () => {
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 0x90)]);
    await expectRejected(program, 'handleiding.pdf', 415, 'unsupported_file_type');
  });

  it('rejects HTML and SVG', async () => {
    await expectRejected(Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'), 'notulen.txt', 415, 'unsupported_file_type');
    await expectRejected(
      Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.png',
      415,
      'unsupported_file_type',
    );
  });

  it('rejects plain zip and NUL text', async () => {
    await expectRejected(await zipOf({ 'geheim/lijst.txt': 'namen' }), 'beleid.docx', 415, 'unsupported_file_type');
    await expectRejected(Buffer.from('tekst\u0000met nul'), 'notitie.txt', 415, 'unsupported_file_type');
  });

  it('rejects zip bombs', async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(LIMIT);
    await expectRejected(bomb, 'bom.docx', 400, 'file_damaged');
    await expectRejected(await zipBombWithFalseSizes(), 'liegt-over-grootte.docx', 400, 'file_damaged');
  }, 180_000);

  it('rejects an unreadable PDF', async () => {
    await expectRejected(damagedPdf(), 'kapot.pdf', 400, 'file_damaged');
  });

  it('rejects old Office and ELF files', async () => {
    await expectRejected(ole2File(), 'oud-formaat.docx', 415, 'unsupported_file_type');
    await expectRejected(elfFile(), 'script.txt', 415, 'unsupported_file_type');
  });

  it('rejects a file over the limit', async () => {
    await expectRejected(Buffer.concat([readFileSync(SAMPLES.lawMarkdown), Buffer.alloc(LIMIT, 0x41)]), 'groot.txt', 413, 'file_too_large');
    const limits = (await request(testApp.baseUrl).get('/api/uploads/limits').expect(200)).body;
    expect(limits.maxBytes).toBe(LIMIT);
    expect(limits.formats).toContain('odt');
  });

  it('answers 400 when no file is sent', async () => {
    const none = await member.agent.post('/api/uploads').field('titel', 'zonder bestand').expect(400);
    expect(none.body.code).toBe('file_missing');
    const json = await member.agent.post('/api/uploads').send({ file: 'abc' }).expect(400);
    expect(json.body.code).toBe('file_missing');
    await expectRejected(Buffer.alloc(0), 'leeg.txt', 400, 'file_missing');
  });

  it('cleans up a broken connection', async () => {
    const filesBefore = await storedFiles();
    const rowsBefore = await uploadRows();
    const boundary = 'grens12345';
    const url = new URL(testApp.baseUrl);
    await new Promise<void>((resolve) => {
      const outgoing = httpRequest({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/uploads',
        headers: {
          Cookie: member.cookie,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(LIMIT),
        },
      });
      outgoing.on('error', () => resolve());
      outgoing.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.md"\r\nContent-Type: text/markdown\r\n\r\n`);
      outgoing.write(Buffer.alloc(256 * 1024, 0x41), () => {
        setTimeout(() => {
          outgoing.destroy();
          resolve();
        }, 200);
      });
    });
    // The server notices the closed connection and cleans up on its own.
    const deadline = Date.now() + 5000;
    while ((await storedFiles()).length !== filesBefore.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await uploadRows()).toBe(rowsBefore);
  });
});

describe('expired uploads', () => {
  it('are removed with their file by the cleanup job', async () => {
    const uploaded = await upload(member, PNG_1X1, 'vergeten.png');
    const [{ storage_key: key }] = await testApp.dataSource.query('SELECT storage_key FROM uploads WHERE id = $1', [uploaded.uploadId]);
    await testApp.dataSource.query(`UPDATE uploads SET expires_at = now() - interval '1 minute' WHERE id = $1`, [uploaded.uploadId]);
    const filesBefore = await storedFiles();
    expect(filesBefore).toContain(key.replace('files/', ''));

    expect(await testApp.app.get(UploadsService).removeExpired()).toBe(1);
    expect(await storedFiles()).not.toContain(key.replace('files/', ''));
    const response = await member.agent
      .post(`/api/networks/${slug}/documents`)
      .send({ title: 'Te laat', summary: 'Dit bestand is al opgeruimd.', kind: 'other', crpdArticleNumbers: [], language: 'nl', licence: 'unknown', uploadId: uploaded.uploadId })
      .expect(400);
    expect(response.body.code).toBe('upload_expired');
  });

  it('are limited per person', async () => {
    const other = await signUp(testApp);
    await testApp.dataSource.query(
      `INSERT INTO uploads (id, uploaded_by_id, storage_key, file_name, format, media_type, size_bytes, sha256, suggested, expires_at)
       SELECT gen_random_uuid(), $1, 'files/stub-' || n, 'x.png', 'png', 'image/png', 1, repeat('0', 64), '{}', now() + interval '1 hour'
         FROM generate_series(1, 20) AS n`,
      [other.user.id],
    );
    const response = await sendUpload(other, PNG_1X1, 'een-te-veel.png').expect(429);
    expect(response.body.code).toBe('too_many_requests');
  });
});
