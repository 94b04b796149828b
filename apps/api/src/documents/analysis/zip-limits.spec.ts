import { DEFAULT_ANALYSIS_LIMITS, analyseDocument, detectFileType, FileRejectedError, type AnalysisLimits } from './index';
import { detectedTypeOf } from './formats';
import { buildDocx, TempFolder, withDeclaredSize, zipBomb } from './test-files';

let folder: TempFolder;
let bombPath: string;
let lyingBombPath: string;

beforeAll(async () => {
  folder = await TempFolder.create();
  const bomb = await zipBomb();
  bombPath = await folder.write('bom.docx', bomb);
  lyingBombPath = await folder.write('liegende-bom.docx', withDeclaredSize(bomb, 'word/document.xml', 10 * 1024));
}, 60_000);

afterAll(async () => {
  await folder.remove();
});

async function rejection(promise: Promise<unknown>): Promise<FileRejectedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileRejectedError) {
      return error;
    }
    throw error;
  }
  throw new Error('Expected a FileRejectedError, but the promise resolved.');
}

describe('ZIP limits', () => {
  it('rejects a ZIP bomb by its ratio', async () => {
    const error = await rejection(detectFileType(bombPath, 'bom.docx'));

    expect(error.code).toBe('file_damaged');
    expect(error.message).toContain('compression ratio');
  });

  it('rejects a ZIP bomb by the part size', async () => {
    const limits: AnalysisLimits = { ...DEFAULT_ANALYSIS_LIMITS, maxCompressionRatio: 100_000 };
    const type = await detectFileType(bombPath, 'bom.docx', limits);

    const error = await rejection(analyseDocument(bombPath, type, limits));

    expect(type.format).toBe('docx');
    expect(error.code).toBe('file_damaged');
    expect(error.message).toContain('declares 314572800 bytes; the maximum is 67108864');
  });

  it('rejects a ZIP bomb by the total size', async () => {
    const limits: AnalysisLimits = { ...DEFAULT_ANALYSIS_LIMITS, maxCompressionRatio: 100_000, maxUncompressedBytes: 200 * 1024 * 1024 };

    const error = await rejection(detectFileType(bombPath, 'bom.docx', limits));

    expect(error.code).toBe('file_damaged');
    expect(error.message).toContain('declares more than 209715200 uncompressed bytes');
  });

  it('stops inflating an entry with a false size, at upload and in the analysis', async () => {
    const atUpload = await rejection(detectFileType(lyingBombPath, 'bom.docx'));
    expect(atUpload.code).toBe('file_damaged');
    expect(atUpload.message).toMatch(/declared 10240 bytes|expected 10240/);

    const error = await rejection(analyseDocument(lyingBombPath, detectedTypeOf('docx')));
    expect(error.code).toBe('file_damaged');
    // yauzl's own size check or the byte count in ZipArchive stops it, whichever detects the excess first.
    expect(error.message).toMatch(/declared 10240 bytes|expected 10240/);
  });

  it('rejects false sizes in the content types', async () => {
    const docx = await buildDocx({ paragraphs: ['Tekst.'] });
    const path = await folder.write('klein.docx', withDeclaredSize(docx, '[Content_Types].xml', 10));

    const error = await rejection(detectFileType(path, 'klein.docx'));

    expect(error.code).toBe('file_damaged');
    expect(error.message).toContain('[Content_Types].xml');
  });

  it('rejects too many entries', async () => {
    const path = await folder.write('veel.docx', await buildDocx({ paragraphs: ['Tekst.'] }));

    const error = await rejection(detectFileType(path, 'veel.docx', { ...DEFAULT_ANALYSIS_LIMITS, maxZipEntries: 3 }));

    expect(error.code).toBe('file_damaged');
    expect(error.message).toContain('the maximum is 3');
  });

  it.each(['../evil.txt', 'word/../../evil.txt', '/etc/passwd'])('rejects the entry name %j', async (name) => {
    const path = await folder.write('pad.docx', await buildDocx({ paragraphs: ['Tekst.'], extraEntries: { [name]: 'x' } }));

    const error = await rejection(detectFileType(path, 'pad.docx'));

    expect(error.code).toBe('file_damaged');
  });

  it('rejects a truncated ZIP', async () => {
    const docx = await buildDocx({ paragraphs: ['Tekst.'] });
    const path = await folder.write('half.docx', docx.subarray(0, Math.floor(docx.length / 2)));

    const error = await rejection(detectFileType(path, 'half.docx'));

    expect(error.code).toBe('file_damaged');
  });
});

describe('ZIP limits with the real detection type', () => {
  it('still reads a normal DOCX', async () => {
    const path = await folder.write('normaal.docx', await buildDocx({ paragraphs: ['Gewoon een brief.'] }));

    const analysis = await analyseDocument(path, detectedTypeOf('docx'));

    expect(analysis.extraction.text).toBe('Gewoon een brief.');
  });
});
