import { join, resolve } from 'node:path';

import { detectedTypeOf } from './formats';
import { readSuggestedMetadata } from './index';
import { findMarkdownTitle } from './metadata';
import { dateFromMetadata, languageFromTag } from './metadata-values';
import { buildDocx, buildOdt, buildPdf, buildPptx, buildXlsx, damagedPdf, pngFile, TempFolder } from './test-files';

// Real published documents: a parliamentary answer as PDF and ODT, a scan, and a law text in Markdown.
// The demo folder's SOURCES.md lists where each one comes from.
const SAMPLES = resolve(__dirname, '../../demo/documents');
const ANSWER_TITLE = 'Antwoord op vragen van de leden Van Weyenberg, Romke de Jong en Kat over de Tozo';

let folder: TempFolder;

beforeAll(async () => {
  folder = await TempFolder.create();
});

afterAll(async () => {
  await folder.remove();
});

describe('readSuggestedMetadata on the samples', () => {
  it('reads XMP title, creation date and OWMS language of the PDF', async () => {
    const metadata = await readSuggestedMetadata(join(SAMPLES, 'ah-tk-20202021-3235.pdf'), detectedTypeOf('pdf'));

    expect(metadata).toEqual({ title: ANSWER_TITLE, documentDate: '2021-07-22', language: 'nl' });
  });

  it('reads meta.xml of the ODT', async () => {
    const metadata = await readSuggestedMetadata(join(SAMPLES, 'ah-tk-20202021-3235.odt'), detectedTypeOf('odt'));

    expect(metadata).toEqual({ title: ANSWER_TITLE, documentDate: null, language: 'nl' });
  });

  it('finds nothing in the scan', async () => {
    const metadata = await readSuggestedMetadata(join(SAMPLES, 'blg-1007826.pdf'), detectedTypeOf('pdf'));

    expect(metadata).toEqual({ title: null, documentDate: null, language: null });
  });

  it('takes the title of the Markdown law from its level-2 heading without a space', async () => {
    // Its first heading is "##Wet van 3 april 2003 …". The law has no level-1 heading.
    const metadata = await readSuggestedMetadata(join(SAMPLES, 'wgbh-cz-BWBR0014915.md'), detectedTypeOf('markdown'));

    expect(metadata.title).toMatch(/^Wet van 3 april 2003 tot vaststelling van de Wet gelijke behandeling/);
    expect(metadata.documentDate).toBeNull();
  });
});

describe('readSuggestedMetadata on generated files', () => {
  it('reads DOCX core properties', async () => {
    const path = await folder.write(
      'a.docx',
      await buildDocx({ title: '  Inclusieagenda\n2024 ', created: '2024-03-05T09:00:00Z', language: 'nl-NL' }),
    );

    const metadata = await readSuggestedMetadata(path, detectedTypeOf('docx'));

    expect(metadata).toEqual({ title: 'Inclusieagenda 2024', documentDate: '2024-03-05', language: 'nl' });
  });

  it('falls back to the DOCX proofing language', async () => {
    const path = await folder.write('a.docx', await buildDocx({ defaultLanguage: 'fy-NL' }));

    const metadata = await readSuggestedMetadata(path, detectedTypeOf('docx'));

    expect(metadata).toEqual({ title: null, documentDate: null, language: 'fy' });
  });

  it('reads ODT meta.xml', async () => {
    const path = await folder.write(
      'a.odt',
      await buildOdt({ title: 'Verslag', created: '2023-11-02T10:00:00.123', language: 'en-GB' }),
    );

    const metadata = await readSuggestedMetadata(path, detectedTypeOf('odt'));

    expect(metadata).toEqual({ title: 'Verslag', documentDate: '2023-11-02', language: 'en' });
  });

  it('reads XLSX and PPTX titles', async () => {
    const xlsx = await folder.write('a.xlsx', await buildXlsx({ title: 'Cijfers' }));
    const pptx = await folder.write('a.pptx', await buildPptx({ title: 'Presentatie' }));

    expect((await readSuggestedMetadata(xlsx, detectedTypeOf('xlsx'))).title).toBe('Cijfers');
    expect((await readSuggestedMetadata(pptx, detectedTypeOf('pptx'))).title).toBe('Presentatie');
  });

  it('reads PDF Info and /Lang', async () => {
    const path = await folder.write(
      'a.pdf',
      await buildPdf({ title: 'Bericht', lang: 'de-DE', created: new Date('2022-02-03T12:00:00Z'), pages: [['Hallo']] }),
    );

    const metadata = await readSuggestedMetadata(path, detectedTypeOf('pdf'));

    expect(metadata).toEqual({ title: 'Bericht', documentDate: '2022-02-03', language: 'de' });
  });

  it('reads the first Markdown heading outside code', async () => {
    const path = await folder.write('a.md', '```\n# geen titel\n```\nTekst\n\n#  Beleid voor iedereen  ##\n# Tweede\n');

    const metadata = await readSuggestedMetadata(path, detectedTypeOf('markdown'));

    expect(metadata.title).toBe('Beleid voor iedereen');
  });

  it('rejects a PDF that cannot be opened, and returns nulls for other damaged files', async () => {
    const pdf = await folder.write('kapot.pdf', damagedPdf());
    const docx = await folder.write('kapot.docx', (await buildDocx({ title: 'X' })).subarray(0, 100));

    await expect(readSuggestedMetadata(pdf, detectedTypeOf('pdf'))).rejects.toMatchObject({ code: 'file_damaged' });
    expect(await readSuggestedMetadata(docx, detectedTypeOf('docx'))).toEqual({ title: null, documentDate: null, language: null });
  });

  it('returns nulls for images and text', async () => {
    const text = await folder.write('a.txt', '# Geen titel voor txt\n');
    const image = await folder.write('a.png', pngFile());

    expect(await readSuggestedMetadata(text, detectedTypeOf('txt'))).toEqual({ title: null, documentDate: null, language: null });
    expect(await readSuggestedMetadata(image, detectedTypeOf('png'))).toEqual({ title: null, documentDate: null, language: null });
  });
});

describe('metadata values', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['NL_be', 'nl'],
    ['nld', 'nl'],
    ['fy-NL', 'fy'],
    ['fry', 'fy'],
    ['pap-AW', 'pap'],
    ['ar-MA', 'ar'],
    ['tr', 'tr'],
    ['es-ES', 'other'],
    ['x-default', null],
    ['und', null],
    ['', null],
    ['Nederlands!', null],
    [null, null],
  ])('maps language tag %j to %j', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });

  it.each([
    ["D:20210722105640+02'00'", '2021-07-22'],
    ['D:20220203', '2022-02-03'],
    ['20220203120000Z', '2022-02-03'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2021-02-30T00:00:00Z', null],
    ['1601-01-01T00:00:00Z', null],
    ['gisteren', null],
    [null, null],
  ])('reads date %j as %j', (value, expected) => {
    expect(dateFromMetadata(value)).toBe(expected);
  });

  it('finds no title without a level-1 heading', () => {
    expect(findMarkdownTitle('## Kop twee\n#Zonder spatie\n')).toBe('Zonder spatie');
    expect(findMarkdownTitle('### Kop drie\n')).toBeNull();
  });
});
