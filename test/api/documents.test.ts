import type { DocumentDetail, DocumentSearchResult, NetworkDetail } from '@inclusieplein/contract';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import { createNetwork, joinNetwork, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
import { addDocument, binaryParser, documentMetadata, SAMPLES, upload, waitForAnalysis } from '../support/document-builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;
let member: SignedInPerson;
let secondMember: SignedInPerson;
let outsider: SignedInPerson;
let network: NetworkDetail;
let closedNetwork: NetworkDetail;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  member = await signUp(testApp);
  secondMember = await signUp(testApp);
  outsider = await signUp(testApp);
  network = await createNetwork(admin, owner);
  closedNetwork = await createNetwork(admin, owner, { visibility: 'closed' });
  await joinNetwork(member, network.slug);
  await joinNetwork(secondMember, network.slug);
});

afterAll(async () => {
  await testApp.close();
});

function search(query: Record<string, string | number>, agent = request(testApp.baseUrl)) {
  return agent.get('/api/documents').query(query);
}

describe('adding a document to a network', () => {
  it('stores description and version 1', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.answersPdf, { municipalityCode: 'GM0344' });
    expect(created).toMatchObject({
      title: 'Antwoorden over de Tozo-lening',
      kind: 'research',
      municipality: { code: 'GM0344', name: 'Utrecht' },
      documentDate: '2021-06-21',
      crpdArticleNumbers: [27],
      licence: 'public_sector',
      network: { slug: network.slug },
      archived: false,
      versionCount: 1,
      canEdit: true,
      canRestore: true,
      canDelete: false,
    });
    expect(created.crpdArticles.map((article) => article.number)).toEqual([27]);
    expect(created.currentVersion).toMatchObject({
      number: 1,
      fileName: 'ah-tk-20202021-3235.pdf',
      format: 'pdf',
      mediaType: 'application/pdf',
      sizeBytes: readFileSync(SAMPLES.answersPdf).length,
      sha256: sha256(readFileSync(SAMPLES.answersPdf)),
      uploadedBy: { id: member.user.id },
    });

    const analysed = await waitForAnalysis(member, created.id);
    expect(analysed.currentVersion.extractionStatus).toBe('done');
    expect(analysed.currentVersion.pageCount).toBe(3);
    expect(['passed', 'issues']).toContain(analysed.currentVersion.accessibility.status);
    expect(analysed.currentVersion.accessibility.checks.map((check) => check.code).sort()).toEqual(
      ['pdf_language', 'pdf_tagged', 'pdf_text', 'pdf_title'],
    );
  });

  it('finds a word inside the file', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.answersOdt, {
      title: 'Kamervragen als OpenDocument',
      summary: 'Dezelfde antwoorden, nu als tekstbestand van OpenOffice.',
    });
    await waitForAnalysis(member, created.id);

    const result = (await search({ q: 'kredietverstrekking' }).expect(200)).body as DocumentSearchResult;
    const hit = result.items.find((item) => item.id === created.id);
    expect(hit).toBeDefined();
    const matched = hit!.snippet!.filter((part) => part.match).map((part) => part.text.toLowerCase());
    expect(matched).toContain('kredietverstrekking');
    expect(hit!.snippet!.map((part) => part.text).join('')).toMatch(/beide vormen van kredietverstrekking/);
  });

  it('matches Dutch word forms', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.lawMarkdown, {
      title: 'Wet gelijke behandeling handicap',
      summary: 'De wet over gelijke behandeling.',
      kind: 'guide',
    }, 'wgbh.md');
    const analysed = await waitForAnalysis(member, created.id);
    expect(analysed.currentVersion).toMatchObject({ format: 'markdown', extractionStatus: 'done' });

    // The text contains "onderscheid", and Dutch stemming must match the verb form to it as well.
    const ids = ((await search({ q: 'onderscheiden' }).expect(200)).body as DocumentSearchResult).items.map((item) => item.id);
    expect(ids).toContain(created.id);
    const none = (await search({ q: 'zonnebloemveld' }).expect(200)).body as DocumentSearchResult;
    expect(none.items.map((item) => item.id)).not.toContain(created.id);
  });

  it('marks a scan as without text', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.scannedPdf, {
      title: 'Gescande beslisnota',
      summary: 'Een scan van een beslisnota, zonder tekstlaag.',
    });
    const analysed = await waitForAnalysis(member, created.id, 60_000);
    expect(analysed.currentVersion.extractionStatus).toBe('no_text');
    expect(analysed.currentVersion.accessibility.status).toBe('issues');
    expect(analysed.currentVersion.accessibility.checks).toContainEqual(expect.objectContaining({ code: 'pdf_text', passed: false }));
  });

  it('rejects invalid descriptions', async () => {
    const uploaded = await upload(member, SAMPLES.answersPdf);
    const response = await member.agent
      .post(`/api/networks/${network.slug}/documents`)
      .send({
        ...documentMetadata({ title: 'x', summary: '', municipalityCode: 'GM9999', documentDate: '2021-02-30', crpdArticleNumbers: [77] }),
        kind: 'poem',
        uploadId: uploaded.uploadId,
      })
      .expect(400);
    expect(fieldCodes(response.body)).toMatchObject({ title: 'too_short', summary: 'required', kind: 'invalid' });

    const second = await member.agent
      .post(`/api/networks/${network.slug}/documents`)
      .send({ ...documentMetadata({ municipalityCode: 'GM9999', documentDate: '2021-02-30', crpdArticleNumbers: [77] }), uploadId: uploaded.uploadId })
      .expect(400);
    const ancient = await member.agent
      .post(`/api/networks/${network.slug}/documents`)
      .send({ ...documentMetadata({ documentDate: '0002-12-03' }), uploadId: uploaded.uploadId })
      .expect(400);
    expect(fieldCodes(ancient.body)).toEqual({ documentDate: 'invalid_date' });
    expect(fieldCodes(second.body)).toEqual({
      municipalityCode: 'unknown_municipality',
      documentDate: 'invalid_date',
      crpdArticleNumbers: 'unknown_crpd_article',
    });

    await member.agent
      .post(`/api/networks/${network.slug}/documents`)
      .send({ ...documentMetadata(), uploadId: uploaded.uploadId })
      .expect(201);
  });

  it('lets only members add documents, each using their own upload once', async () => {
    const uploaded = await upload(outsider, SAMPLES.lawMarkdown);
    const response = await outsider.agent
      .post(`/api/networks/${network.slug}/documents`)
      .send({ ...documentMetadata(), uploadId: uploaded.uploadId })
      .expect(403);
    expect(response.body.code).toBe('forbidden');

    const mine = await upload(member, SAMPLES.lawMarkdown);
    const stolen = await secondMember.agent
      .post(`/api/networks/${network.slug}/documents`)
      .send({ ...documentMetadata(), uploadId: mine.uploadId })
      .expect(400);
    expect(stolen.body.code).toBe('upload_expired');

    await member.agent.post(`/api/networks/${network.slug}/documents`).send({ ...documentMetadata(), uploadId: mine.uploadId }).expect(201);
    const again = await member.agent
      .post(`/api/networks/${network.slug}/documents`)
      .send({ ...documentMetadata(), uploadId: mine.uploadId })
      .expect(400);
    expect(again.body.code).toBe('upload_expired');
    await request(testApp.baseUrl).post('/api/uploads').attach('file', SAMPLES.lawMarkdown).expect(401);
  });
});

describe('versions', () => {
  it('keeps earlier versions listed and downloadable, each with its uploader', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.answersOdt, { title: 'Antwoorden in versies' });
    const second = await upload(secondMember, SAMPLES.answersPdf);
    const updated = (
      await secondMember.agent
        .post(`/api/documents/${created.id}/versions`)
        .send({ uploadId: second.uploadId, note: 'Nu als PDF' })
        .expect(201)
    ).body as DocumentDetail;

    expect(updated.versionCount).toBe(2);
    expect(updated.currentVersion).toMatchObject({ number: 2, format: 'pdf', note: 'Nu als PDF', uploadedBy: { id: secondMember.user.id } });
    expect(updated.versions.map((version) => [version.number, version.format, version.uploadedBy.id])).toEqual([
      [2, 'pdf', secondMember.user.id],
      [1, 'odt', member.user.id],
    ]);

    const first = await request(testApp.baseUrl)
      .get(updated.versions[1].downloadUrl)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(sha256(first.body as Buffer)).toBe(sha256(readFileSync(SAMPLES.answersOdt)));
    expect(first.headers['content-type']).toBe('application/vnd.oasis.opendocument.text');
  });
});

describe('downloading', () => {
  it('serves attachments with checksum', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.lawMarkdown, { title: 'Wet om te downloaden' }, 'Wet gelijke behandeling (2015).md');
    const url = created.currentVersion.downloadUrl;
    const response = await request(testApp.baseUrl).get(url).buffer(true).parse(binaryParser).expect(200);
    const bytes = readFileSync(SAMPLES.lawMarkdown);
    expect(sha256(response.body as Buffer)).toBe(created.currentVersion.sha256);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Wet gelijke behandeling (2015).md"; filename*=UTF-8''Wet%20gelijke%20behandeling%20%282015%29.md`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-type']).toMatch(/^text\/markdown/);
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(bytes).digest('base64')}:`);
    expect(response.headers['content-security-policy']).toContain('sandbox');

    // Change the stored bytes behind the platform's back.
    const [{ storage_key: key }] = await testApp.dataSource.query(
      'SELECT storage_key FROM document_versions WHERE document_id = $1',
      [created.id],
    );
    await writeFile(join(testApp.dataDir, 'files', key), Buffer.concat([bytes, Buffer.from('\nverandering')]));
    const refused = await request(testApp.baseUrl).get(url).expect(503);
    expect(refused.body.code).toBe('file_integrity_failed');
  });

  it('answers 404 for a version that does not exist', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.lawMarkdown, { title: 'Een versie' });
    await request(testApp.baseUrl).get(`/api/documents/${created.id}/versions/2/download`).expect(404);
    await request(testApp.baseUrl).get(`/api/documents/${created.id}/versions/abc/download`).expect(404);
    await request(testApp.baseUrl).get('/api/documents/not-a-uuid').expect(404);
  });
});

describe('closed networks', () => {
  let closedDocument: DocumentDetail;

  beforeAll(async () => {
    closedDocument = await addDocument(owner, closedNetwork.slug, SAMPLES.lawMarkdown, {
      title: 'Besloten werkdocument',
      summary: 'Alleen voor leden van het besloten netwerk.',
    });
    await waitForAnalysis(owner, closedDocument.id);
  });

  it('hides documents, downloads and search hits from visitors and non-members', async () => {
    for (const agent of [request(testApp.baseUrl), outsider.agent]) {
      await agent.get(`/api/documents/${closedDocument.id}`).expect(404);
      await agent.get(closedDocument.currentVersion.downloadUrl).expect(404);
      const ids = ((await agent.get('/api/documents').query({ q: 'intimidatie' }).expect(200)).body as DocumentSearchResult).items.map(
        (item) => item.id,
      );
      expect(ids).not.toContain(closedDocument.id);
      await agent.get(`/api/networks/${closedNetwork.slug}/documents`).expect((response) => expect([401, 403]).toContain(response.status));
    }
  });

  it('shows them to members and administrators', async () => {
    await owner.agent.get(closedDocument.currentVersion.downloadUrl).expect(200);
    await admin.agent.get(`/api/documents/${closedDocument.id}`).expect(200);
    const ids = ((await owner.agent.get('/api/documents').query({ q: 'intimidatie' }).expect(200)).body as DocumentSearchResult).items.map(
      (item) => item.id,
    );
    expect(ids).toContain(closedDocument.id);
  });

  it('does not offer a closed document as the duplicate of an outsider’s upload', async () => {
    const uploaded = await upload(outsider, SAMPLES.lawMarkdown);
    // The markdown sample exists in the open network too, so only open documents may be named.
    if (uploaded.duplicateOf) expect(uploaded.duplicateOf.documentId).not.toBe(closedDocument.id);
  });
});

describe('archiving and deleting', () => {
  it('hides an archived document from default lists but keeps it findable by filter', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.lawMarkdown, { title: 'Oude handreiking' });
    const archived = (
      await secondMember.agent.post(`/api/documents/${created.id}/archive`).send({ reason: 'Vervangen door een nieuwe' }).expect(200)
    ).body as DocumentDetail;
    expect(archived).toMatchObject({ archived: true, archiveReason: 'Vervangen door een nieuwe', archivedBy: { id: secondMember.user.id } });

    const list = async (archivedFilter?: string) =>
      ((await request(testApp.baseUrl).get(`/api/networks/${network.slug}/documents`).query(archivedFilter ? { archived: archivedFilter } : {}).expect(200))
        .body as DocumentSearchResult).items.map((item) => item.id);
    expect(await list()).not.toContain(created.id);
    expect(await list('include')).toContain(created.id);
    expect(await list('only')).toEqual([created.id]);

    const blocked = await member.agent.put(`/api/documents/${created.id}`).send(documentMetadata()).expect(409);
    expect(blocked.body.code).toBe('document_archived');
  });

  it('limits restore to moderators and adder', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.lawMarkdown, { title: 'Terug te zetten' });
    await member.agent.post(`/api/documents/${created.id}/archive`).send({}).expect(200);
    const refused = await secondMember.agent.post(`/api/documents/${created.id}/restore`).expect(403);
    expect(refused.body.code).toBe('forbidden');
    await outsider.agent.post(`/api/documents/${created.id}/archive`).send({}).expect(403);

    const restored = (await owner.agent.post(`/api/documents/${created.id}/restore`).expect(200)).body as DocumentDetail;
    expect(restored).toMatchObject({ archived: false, archivedBy: null, archiveReason: null });
    await member.agent.post(`/api/documents/${created.id}/archive`).send({}).expect(200);
    await member.agent.post(`/api/documents/${created.id}/restore`).expect(200);
  });

  it('lets only administrators delete permanently, with a reason, logged, and removes the files', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.answersOdt, { title: 'Per ongeluk geplaatst' });
    await waitForAnalysis(member, created.id);
    const filesBefore = await readdir(join(testApp.dataDir, 'files', 'files'));

    await owner.agent.delete(`/api/documents/${created.id}`).send({ reason: 'Bevat persoonsgegevens' }).expect(403);
    const noReason = await admin.agent.delete(`/api/documents/${created.id}`).send({}).expect(400);
    expect(fieldCodes(noReason.body)).toEqual({ reason: 'required' });

    await admin.agent.delete(`/api/documents/${created.id}`).send({ reason: 'Bevat persoonsgegevens' }).expect(204);
    await admin.agent.get(`/api/documents/${created.id}`).expect(404);
    const filesAfter = await readdir(join(testApp.dataDir, 'files', 'files'));
    expect(filesBefore.length - filesAfter.length).toBe(1);

    const log = (await admin.agent.get('/api/admin/document-deletions').expect(200)).body;
    expect(log[0]).toMatchObject({
      documentId: created.id,
      title: 'Per ongeluk geplaatst',
      reason: 'Bevat persoonsgegevens',
      deletedBy: { id: admin.user.id },
      network: { slug: network.slug },
      sha256s: [created.currentVersion.sha256],
    });
    await member.agent.get('/api/admin/document-deletions').expect(403);
    await expect(testApp.dataSource.query(`UPDATE document_deletions SET reason = 'anders'`)).rejects.toThrow(/append-only/);
    await expect(testApp.dataSource.query('DELETE FROM document_deletions')).rejects.toThrow(/append-only/);
  });
});

describe('the platform-wide library', () => {
  it('takes documents from library editors and administrators only', async () => {
    const uploaded = await upload(member, SAMPLES.lawMarkdown);
    await member.agent.post('/api/library/documents').send({ ...documentMetadata(), uploadId: uploaded.uploadId }).expect(403);

    await admin.agent.post('/api/admin/library-editors').send({ email: member.email }).expect(201);
    const badEmail = await admin.agent.post('/api/admin/library-editors').send({ email: 'niemand@example.org' }).expect(400);
    expect(fieldCodes(badEmail.body)).toEqual({ email: 'unknown_user' });
    expect((await admin.agent.get('/api/admin/library-editors').expect(200)).body.map((person: { id: string }) => person.id)).toContain(
      member.user.id,
    );
    const session = (await member.agent.get('/api/auth/me').expect(200)).body;
    expect(session.user.isLibraryEditor).toBe(true);

    const created = (
      await member.agent.post('/api/library/documents').send({ ...documentMetadata({ title: 'Handreiking voor iedereen' }), uploadId: uploaded.uploadId }).expect(201)
    ).body as DocumentDetail;
    expect(created.network).toBeNull();
    await request(testApp.baseUrl).get(`/api/documents/${created.id}`).expect(200);
    const library = (await search({ place: 'library' }).expect(200)).body as DocumentSearchResult;
    expect(library.items.map((item) => item.id)).toEqual([created.id]);

    await admin.agent.delete(`/api/admin/library-editors/${member.user.id}`).expect(204);
    const other = await upload(member, SAMPLES.answersOdt);
    await member.agent.post('/api/library/documents').send({ ...documentMetadata(), uploadId: other.uploadId }).expect(403);
  });
});

describe('searching with filters', () => {
  it('filters by kind, municipality and article, and rejects unknown values with field errors', async () => {
    const created = await addDocument(member, network.slug, SAMPLES.lawMarkdown, {
      title: 'Inclusieagenda Utrecht',
      kind: 'inclusion_agenda',
      municipalityCode: 'GM0344',
      crpdArticleNumbers: [9, 19],
    });
    const ids = async (query: Record<string, string | number>) =>
      ((await search(query).expect(200)).body as DocumentSearchResult).items.map((item) => item.id);
    expect(await ids({ kind: 'inclusion_agenda' })).toEqual([created.id]);
    expect(await ids({ municipality: 'GM0344', article: 19 })).toEqual([created.id]);
    expect(await ids({ article: 20 })).not.toContain(created.id);
    expect(await ids({ place: network.slug, kind: 'inclusion_agenda' })).toEqual([created.id]);

    const bad = await search({ municipality: 'GM9999', article: 99, kind: 'gedicht', archived: 'soms', page: 0 }).expect(400);
    expect(fieldCodes(bad.body)).toMatchObject({ kind: 'invalid', archived: 'invalid', page: 'invalid' });
    const unknown = await search({ municipality: 'GM9999', article: 99 }).expect(400);
    expect(fieldCodes(unknown.body)).toEqual({ municipality: 'unknown_municipality', article: 'unknown_crpd_article' });
  });
});
