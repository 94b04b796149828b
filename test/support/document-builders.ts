import type { CreateDocumentRequest, DocumentDetail, DocumentMetadataInput, UploadedFile } from '@inclusieplein/contract';
import { join } from 'node:path';
import type { SignedInPerson } from './builders';

/** Real public documents, copied with their sources into the demo folder. */
export const SAMPLE_DIR = join(__dirname, '..', '..', 'apps', 'api', 'src', 'demo', 'documents');
export const SAMPLES = {
  /** Parliamentary answers on the TOZO scheme, PDF with a text layer. */
  answersPdf: join(SAMPLE_DIR, 'ah-tk-20202021-3235.pdf'),
  /** The same answers as OpenDocument text. */
  answersOdt: join(SAMPLE_DIR, 'ah-tk-20202021-3235.odt'),
  /** A scan: a PDF with pictures of pages and no text layer. */
  scannedPdf: join(SAMPLE_DIR, 'blg-1007826.pdf'),
  /** The Dutch equal treatment act for disability, in Markdown. */
  lawMarkdown: join(SAMPLE_DIR, 'wgbh-cz-BWBR0014915.md'),
};

export function documentMetadata(overrides: Partial<DocumentMetadataInput> = {}): DocumentMetadataInput {
  return {
    title: 'Antwoorden over de Tozo-lening',
    summary: 'De minister legt uit hoe gemeenten de Tozo-lening uitvoeren.',
    kind: 'research',
    municipalityCode: null,
    documentDate: '2021-06-21',
    crpdArticleNumbers: [27],
    sourceOrganisation: 'Tweede Kamer',
    language: 'nl',
    licence: 'public_sector',
    ...overrides,
  };
}

/** Uploads a file from disk or memory as the person. Returns the response for checks on errors. */
export function sendUpload(person: SignedInPerson, file: string | Buffer, fileName?: string) {
  const request = person.agent.post('/api/uploads');
  return typeof file === 'string' ? request.attach('file', file, fileName ? { filename: fileName } : undefined) : request.attach('file', file, fileName ?? 'bestand');
}

export async function upload(person: SignedInPerson, file: string | Buffer, fileName?: string): Promise<UploadedFile> {
  const response = await sendUpload(person, file, fileName);
  if (response.status !== 201) throw new Error(`Upload failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as UploadedFile;
}

/** Uploads a file and makes a document of it in the network. */
export async function addDocument(
  person: SignedInPerson,
  networkSlug: string,
  file: string | Buffer,
  overrides: Partial<CreateDocumentRequest> = {},
  fileName?: string,
): Promise<DocumentDetail> {
  const uploaded = await upload(person, file, fileName);
  const response = await person.agent
    .post(`/api/networks/${networkSlug}/documents`)
    .send({ ...documentMetadata(), uploadId: uploaded.uploadId, ...overrides });
  if (response.status !== 201) throw new Error(`Creating the document failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as DocumentDetail;
}

/** Waits until the background job has analysed the current version. */
export async function waitForAnalysis(person: SignedInPerson, documentId: string, timeoutMs = 20_000): Promise<DocumentDetail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await person.agent.get(`/api/documents/${documentId}`).expect(200);
    const detail = response.body as DocumentDetail;
    if (!['pending', 'processing'].includes(detail.currentVersion.extractionStatus)) return detail;
    if (Date.now() > deadline) throw new Error(`Document ${documentId} was not analysed within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Reads a download completely as bytes. */
export function binaryParser(response: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
}
