import { join, resolve } from 'node:path';

import { detectFileType, FileRejectedError } from './index';
import {
  buildDocx,
  buildOdt,
  buildPdf,
  buildPptx,
  buildXlsx,
  elfFile,
  exeRenamed,
  gifFile,
  htmlFile,
  jpegFile,
  ole2File,
  plainZip,
  pngFile,
  svgFile,
  TempFolder,
  webpFile,
} from './test-files';

// Real published documents: a parliamentary answer as PDF and ODT, a scan, and a law text in Markdown.
// The demo folder's SOURCES.md lists where each one comes from.
const SAMPLES = resolve(__dirname, '../../demo/documents');

let folder: TempFolder;

beforeAll(async () => {
  folder = await TempFolder.create();
});

afterAll(async () => {
  await folder.remove();
});

async function detect(bytes: Buffer | string, originalName: string) {
  return detectFileType(await folder.write('upload.bin', bytes), originalName);
}

async function rejection(bytes: Buffer | string, originalName: string): Promise<FileRejectedError> {
  try {
    const type = await detect(bytes, originalName);
    throw new Error(`Expected a rejection, but the file was detected as ${type.format}.`);
  } catch (error) {
    if (!(error instanceof FileRejectedError)) {
      throw error;
    }
    return error;
  }
}

describe('detectFileType', () => {
  it('detects the sample PDF, ODT and Markdown', async () => {
    const pdf = await detectFileType(join(SAMPLES, 'ah-tk-20202021-3235.pdf'), 'antwoord.pdf');
    const odt = await detectFileType(join(SAMPLES, 'ah-tk-20202021-3235.odt'), 'antwoord.odt');
    const markdown = await detectFileType(join(SAMPLES, 'wgbh-cz-BWBR0014915.md'), 'wgbh.md');

    expect(pdf).toEqual({ format: 'pdf', mediaType: 'application/pdf', extension: 'pdf' });
    expect(odt).toEqual({ format: 'odt', mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' });
    expect(markdown).toEqual({ format: 'markdown', mediaType: 'text/markdown; charset=utf-8', extension: 'md' });
  });

  it('detects the scanned sample PDF', async () => {
    const type = await detectFileType(join(SAMPLES, 'blg-1007826.pdf'), 'scan.pdf');

    expect(type.format).toBe('pdf');
  });

  it('detects Office formats from the ZIP contents', async () => {
    expect((await detect(await buildDocx({ paragraphs: ['Hallo'] }), 'brief.docx')).format).toBe('docx');
    expect((await detect(await buildXlsx(), 'tabel.xlsx')).format).toBe('xlsx');
    expect((await detect(await buildPptx(), 'dia.pptx')).format).toBe('pptx');
    expect((await detect(await buildOdt({ paragraphs: ['Hallo'] }), 'brief.odt')).format).toBe('odt');
  });

  it('ignores the name for binary formats', async () => {
    const docx = await detect(await buildDocx({ paragraphs: ['Hallo'] }), 'plaatje.png');
    const png = await detect(pngFile(), 'report.pdf');

    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(png).toEqual({ format: 'png', mediaType: 'image/png', extension: 'png' });
  });

  it('detects images by magic bytes', async () => {
    expect((await detect(jpegFile(), 'foto.jpg')).format).toBe('jpeg');
    expect((await detect(gifFile(), 'animatie.gif')).format).toBe('gif');
    expect((await detect(webpFile(), 'foto.webp')).format).toBe('webp');
  });

  it('detects a PDF header within the first 1024 bytes', async () => {
    const pdf = await buildPdf({ pages: [['Tekst']] });
    const padded = Buffer.concat([Buffer.alloc(1000, 0x20), pdf]);
    const tooLate = Buffer.concat([Buffer.alloc(1100, 0x20), pdf]);

    expect((await detect(padded, 'a.pdf')).format).toBe('pdf');
    expect((await rejection(tooLate, 'a.pdf')).code).toBe('unsupported_file_type');
  });

  it('picks markdown or txt for text by name', async () => {
    const text = 'Beleid voor toegankelijkheid.\n';

    expect((await detect(text, 'notities.md')).format).toBe('markdown');
    expect((await detect(text, 'notities.MARKDOWN')).format).toBe('markdown');
    expect((await detect(text, 'notities.txt')).format).toBe('txt');
    expect((await detect(text, 'notities')).format).toBe('txt');
  });

  it('accepts UTF-8 text with a BOM and accents', async () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Één café, Ünal, مرحبا\n')]);

    expect((await detect(text, 'tekst.txt')).mediaType).toBe('text/plain; charset=utf-8');
  });

  it('accepts text starting with MZ', async () => {
    expect((await detect('MZ is de afkorting die we gebruiken.\n', 'mz.txt')).format).toBe('txt');
  });

  it.each([
    ['exe renamed .pdf', exeRenamed(), 'factuur.pdf'],
    ['ELF renamed .docx', elfFile(), 'brief.docx'],
    ['HTML named .txt', htmlFile(), 'notities.txt'],
    ['SVG named .png', svgFile(), 'logo.png'],
    ['XML named .txt', '<?xml version="1.0"?><a/>', 'data.txt'],
    ['HTML after a comment', '<!-- x -->\n<html><body></body></html>', 'pagina.md'],
    ['script named .md', '  <SCRIPT>alert(1)</SCRIPT>', 'readme.md'],
    ['OLE2 named .docx', ole2File(), 'beleid.docx'],
    ['empty file', Buffer.alloc(0), 'leeg.pdf'],
    ['NUL bytes in .txt', Buffer.from('tekst\u0000meer tekst'), 'tekst.txt'],
    ['invalid UTF-8', Buffer.from([0x47, 0x72, 0xfc, 0x6e, 0x65, 0x0a]), 'latin1.txt'],
    ['truncated UTF-8', Buffer.from([0x61, 0xc3]), 'kapot.txt'],
    ['RTF named .docx', '{\\rtf1\\ansi Hallo}', 'brief.docx'],
    ['empty ZIP', Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'), 'leeg.docx'],
  ])('rejects %s as unsupported', async (_case, bytes, name) => {
    const error = await rejection(bytes, name);

    expect(error.code).toBe('unsupported_file_type');
  });

  it('rejects a plain ZIP named .docx', async () => {
    const error = await rejection(await plainZip(), 'beleid.docx');

    expect(error.code).toBe('unsupported_file_type');
    expect(error.message).toContain('ZIP archives are not accepted');
  });

  it('rejects OLE2 with a message on old Office', async () => {
    const error = await rejection(ole2File(), 'beleid.doc');

    expect(error.message).toContain('Old Office files (DOC, XLS, PPT)');
  });

  it('rejects a macro-enabled DOCM', async () => {
    const error = await rejection(await buildDocx({ paragraphs: ['Hallo'], macroEnabled: true }), 'macro.docx');

    expect(error.code).toBe('unsupported_file_type');
    expect(error.message).toContain('macros');
  });

  it('rejects an OpenDocument spreadsheet', async () => {
    const ods = await buildOdt({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });

    expect((await rejection(ods, 'tabel.ods')).code).toBe('unsupported_file_type');
  });
});
