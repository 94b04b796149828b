import { join, resolve } from 'node:path';

import type { DocumentCheck } from '@inclusieplein/contract';

import { detectedTypeOf } from './formats';
import { analyseDocument, DEFAULT_ANALYSIS_LIMITS, FileRejectedError } from './index';
import {
  buildDocx,
  buildOdt,
  buildPdf,
  buildPptx,
  buildXlsx,
  damagedPdf,
  gifFile,
  pngFile,
  TempFolder,
} from './test-files';

// Real published documents: a parliamentary answer as PDF and ODT, a scan, and a law text in Markdown.
// The demo folder's SOURCES.md lists where each one comes from.
const SAMPLES = resolve(__dirname, '../../demo/documents');
const KEY_SENTENCE = 'Volledigheidshalve merk ik op dat beide vormen van kredietverstrekking';

let folder: TempFolder;

beforeAll(async () => {
  folder = await TempFolder.create();
});

afterAll(async () => {
  await folder.remove();
});

function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function check(checks: DocumentCheck[], code: DocumentCheck['code']): DocumentCheck | undefined {
  return checks.find((candidate) => candidate.code === code);
}

describe('analyseDocument on the samples', () => {
  it('reads the text of the parliamentary answer PDF', async () => {
    const analysis = await analyseDocument(join(SAMPLES, 'ah-tk-20202021-3235.pdf'), detectedTypeOf('pdf'));

    expect(analysis.extraction.status).toBe('done');
    expect(analysis.extraction.pageCount).toBe(3);
    expect(analysis.extraction.text).toContain('Tweede Kamer der Staten-Generaal');
    expect(analysis.extraction.text).toContain('Tijdelijke overbruggingsregeling');
    expect(singleSpaced(analysis.extraction.text)).toContain(KEY_SENTENCE);
  });

  it('checks the parliamentary answer PDF', async () => {
    const { accessibility } = await analyseDocument(join(SAMPLES, 'ah-tk-20202021-3235.pdf'), detectedTypeOf('pdf'));

    expect(accessibility.status).toBe('issues');
    expect(check(accessibility.checks, 'pdf_text')?.passed).toBe(true);
    expect(check(accessibility.checks, 'pdf_title')?.passed).toBe(true);
    // The file is tagged (MarkInfo and StructTreeRoot) but its catalog has no /Lang.
    expect(check(accessibility.checks, 'pdf_tagged')?.passed).toBe(true);
    expect(check(accessibility.checks, 'pdf_language')?.passed).toBe(false);
  });

  it('reads the same answer from the ODT', async () => {
    const analysis = await analyseDocument(join(SAMPLES, 'ah-tk-20202021-3235.odt'), detectedTypeOf('odt'));

    expect(analysis.extraction.status).toBe('done');
    expect(analysis.extraction.pageCount).toBeNull();
    expect(analysis.extraction.text).toContain(KEY_SENTENCE);
    expect(analysis.extraction.text).toContain("'s-Gravenhage 2021");
    expect(analysis.extraction.text).not.toMatch(/\n\t/);
  });

  it('checks the ODT without headings', async () => {
    const { accessibility } = await analyseDocument(join(SAMPLES, 'ah-tk-20202021-3235.odt'), detectedTypeOf('odt'));

    expect(accessibility.status).toBe('issues');
    expect(check(accessibility.checks, 'headings_used')).toEqual({
      code: 'headings_used',
      passed: false,
      params: { headings: 0 },
    });
    expect(check(accessibility.checks, 'images_alt_text')).toEqual({
      code: 'images_alt_text',
      passed: true,
      params: { images: 0, imagesWithoutAlt: 0 },
    });
  });

  it('finds no text in the scanned PDF', async () => {
    const analysis = await analyseDocument(join(SAMPLES, 'blg-1007826.pdf'), detectedTypeOf('pdf'));

    expect(analysis.extraction.status).toBe('no_text');
    expect(analysis.extraction.pageCount).toBe(2);
    expect(check(analysis.accessibility.checks, 'pdf_text')).toEqual({ code: 'pdf_text', passed: false, params: { pages: 2 } });
    // Its /Lang is "x-default", which names no language, and it has no structure tree.
    expect(check(analysis.accessibility.checks, 'pdf_language')?.passed).toBe(false);
    expect(check(analysis.accessibility.checks, 'pdf_tagged')?.passed).toBe(false);
    expect(analysis.accessibility.status).toBe('issues');
  });

  it('keeps the Markdown law text as is', async () => {
    const analysis = await analyseDocument(join(SAMPLES, 'wgbh-cz-BWBR0014915.md'), detectedTypeOf('markdown'));

    expect(analysis.extraction.status).toBe('done');
    expect(analysis.extraction.text.startsWith("<meta http-equiv='Content-Type'")).toBe(true);
    expect(analysis.extraction.text).toContain('##Wet van 3 april 2003 tot vaststelling van de Wet gelijke behandeling');
    expect(analysis.accessibility).toEqual({ status: 'not_checked', checks: [] });
  });
});

describe('analyseDocument on generated PDFs', () => {
  it('passes a tagged PDF with title and language', async () => {
    const path = await folder.write(
      'goed.pdf',
      await buildPdf({
        title: 'Inclusieagenda Utrecht',
        lang: 'nl-NL',
        tagged: true,
        pages: [['Iedereen doet mee in onze gemeente.', 'Toegankelijkheid is een recht.'], ['Tweede pagina met tekst.']],
      }),
    );

    const analysis = await analyseDocument(path, detectedTypeOf('pdf'));

    expect(analysis.accessibility.status).toBe('passed');
    expect(analysis.accessibility.checks.map((item) => [item.code, item.passed])).toEqual([
      ['pdf_tagged', true],
      ['pdf_title', true],
      ['pdf_language', true],
      ['pdf_text', true],
    ]);
    expect(analysis.extraction.pageCount).toBe(2);
    expect(analysis.extraction.text).toContain('Iedereen doet mee in onze gemeente.');
    expect(analysis.extraction.text).toContain('Tweede pagina met tekst.');
  });

  it('fails every check of a bare PDF', async () => {
    const path = await folder.write('kaal.pdf', await buildPdf({ pages: [[], []] }));

    const analysis = await analyseDocument(path, detectedTypeOf('pdf'));

    expect(analysis.extraction.status).toBe('no_text');
    expect(analysis.accessibility.checks.every((item) => !item.passed)).toBe(true);
  });

  it('needs both MarkInfo and a structure tree for tagged', async () => {
    const path = await folder.write('niet-getagd.pdf', await buildPdf({ tagged: false, pages: [['Tekst op de pagina hier.']] }));

    const analysis = await analyseDocument(path, detectedTypeOf('pdf'));

    expect(check(analysis.accessibility.checks, 'pdf_tagged')?.passed).toBe(false);
  });

  it('caps the PDF text', async () => {
    const path = await folder.write('lang.pdf', await buildPdf({ pages: [['a'.repeat(80)], ['b'.repeat(80)]] }));

    const analysis = await analyseDocument(path, detectedTypeOf('pdf'), { ...DEFAULT_ANALYSIS_LIMITS, maxExtractedChars: 50 });

    expect(analysis.extraction.text).toBe('a'.repeat(50));
  });

  it('rejects a PDF header with garbage as damaged', async () => {
    const path = await folder.write('kapot.pdf', damagedPdf());

    const analysis = analyseDocument(path, detectedTypeOf('pdf'));

    await expect(analysis).rejects.toBeInstanceOf(FileRejectedError);
    await expect(analysis).rejects.toMatchObject({ code: 'file_damaged' });
  });
});

describe('analyseDocument on generated DOCX', () => {
  it('extracts paragraphs, tables and footnotes', async () => {
    const path = await folder.write(
      'beleid.docx',
      await buildDocx({
        headings: ['Inleiding'],
        paragraphs: ['Eerste alinea & meer.', 'Tweede alinea <met> tekens.'],
        table: [
          ['Gemeente', 'Aantal'],
          ['Utrecht', '12'],
        ],
        footnote: 'Bron: VN-verdrag Handicap.',
      }),
    );

    const analysis = await analyseDocument(path, detectedTypeOf('docx'));

    expect(analysis.extraction).toEqual({
      status: 'done',
      text: 'Inleiding\nEerste alinea & meer.\nTweede alinea <met> tekens.\nGemeente\nAantal\nUtrecht\n12\nBron: VN-verdrag Handicap.',
      pageCount: null,
    });
  });

  it('passes headings and described images', async () => {
    const path = await folder.write(
      'goed.docx',
      await buildDocx({
        headings: ['Doel'],
        paragraphs: ['Tekst.'],
        images: [{ alt: 'Kaart van de wijk' }, { decorative: true }],
      }),
    );

    const { accessibility } = await analyseDocument(path, detectedTypeOf('docx'));

    expect(accessibility).toEqual({
      status: 'passed',
      checks: [
        { code: 'images_alt_text', passed: true, params: { images: 2, imagesWithoutAlt: 0 } },
        { code: 'headings_used', passed: true, params: { headings: 1 } },
      ],
    });
  });

  it('counts images without alt text', async () => {
    const path = await folder.write(
      'slecht.docx',
      await buildDocx({ paragraphs: ['Tekst.'], images: [{ alt: 'Logo' }, {}, { alt: '   ' }] }),
    );

    const { accessibility } = await analyseDocument(path, detectedTypeOf('docx'));

    expect(accessibility.status).toBe('issues');
    expect(check(accessibility.checks, 'images_alt_text')).toEqual({
      code: 'images_alt_text',
      passed: false,
      params: { images: 3, imagesWithoutAlt: 2 },
    });
    expect(check(accessibility.checks, 'headings_used')?.passed).toBe(false);
  });

  it('rejects a DOCX with broken XML', async () => {
    const path = await folder.write(
      'kapot.docx',
      await buildDocx({ paragraphs: ['Tekst.'], extraEntries: { 'word/footnotes.xml': '<w:footnotes><w:p>' } }),
    );

    await expect(analyseDocument(path, detectedTypeOf('docx'))).rejects.toMatchObject({ code: 'file_damaged' });
  });

  it('rejects a DOCX with a DOCTYPE', async () => {
    const entity = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>';
    const path = await folder.write('xxe.docx', await buildDocx({ paragraphs: ['Tekst.'], extraEntries: { 'word/footnotes.xml': entity } }));

    const analysis = analyseDocument(path, detectedTypeOf('docx'));

    await expect(analysis).rejects.toMatchObject({ code: 'file_damaged' });
    await expect(analysis).rejects.toThrow('document type declaration');
  });

  it('rejects a type that does not match', async () => {
    const path = await folder.write('brief.odt', await buildOdt({ paragraphs: ['Tekst.'] }));

    await expect(analyseDocument(path, detectedTypeOf('docx'))).rejects.toMatchObject({ code: 'file_damaged' });
  });
});

describe('analyseDocument on generated ODT', () => {
  it('passes headings and described images', async () => {
    const path = await folder.write(
      'goed.odt',
      await buildOdt({ headings: ['Samenvatting'], paragraphs: ['Alinea één.'], images: [{ alt: 'Grafiek' }] }),
    );

    const analysis = await analyseDocument(path, detectedTypeOf('odt'));

    expect(analysis.extraction.text).toBe('Samenvatting\nAlinea één.');
    expect(analysis.accessibility).toEqual({
      status: 'passed',
      checks: [
        { code: 'images_alt_text', passed: true, params: { images: 1, imagesWithoutAlt: 0 } },
        { code: 'headings_used', passed: true, params: { headings: 1 } },
      ],
    });
  });

  it('counts ODT images without alt text', async () => {
    const path = await folder.write('slecht.odt', await buildOdt({ paragraphs: ['Tekst.'], images: [{}, { alt: 'Foto' }] }));

    const { accessibility } = await analyseDocument(path, detectedTypeOf('odt'));

    expect(check(accessibility.checks, 'images_alt_text')).toEqual({
      code: 'images_alt_text',
      passed: false,
      params: { images: 2, imagesWithoutAlt: 1 },
    });
  });
});

describe('analyseDocument on other formats', () => {
  it.each([
    ['xlsx', buildXlsx],
    ['pptx', buildPptx],
  ] as const)('does not read %s', async (format, build) => {
    const path = await folder.write(`bestand.${format}`, await build());

    const analysis = await analyseDocument(path, detectedTypeOf(format));

    expect(analysis).toEqual({
      extraction: { status: 'not_applicable', text: '', pageCount: null },
      accessibility: { status: 'not_checked', checks: [] },
    });
  });

  it('does not read images', async () => {
    const png = await analyseDocument(await folder.write('a.png', pngFile()), detectedTypeOf('png'));
    const gif = await analyseDocument(await folder.write('a.gif', gifFile()), detectedTypeOf('gif'));

    expect(png.extraction.status).toBe('not_applicable');
    expect(gif.accessibility.status).toBe('not_checked');
  });

  it('reads plain text without the BOM', async () => {
    const path = await folder.write('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Één regel.\nTwee.')]));

    const analysis = await analyseDocument(path, detectedTypeOf('txt'));

    expect(analysis.extraction).toEqual({ status: 'done', text: 'Één regel.\nTwee.', pageCount: null });
  });

  it('caps plain text', async () => {
    const path = await folder.write('a.txt', 'x'.repeat(100_000));

    const analysis = await analyseDocument(path, detectedTypeOf('txt'), { ...DEFAULT_ANALYSIS_LIMITS, maxExtractedChars: 1000 });

    expect(analysis.extraction.text).toHaveLength(1000);
  });

  it('rejects text that became invalid UTF-8', async () => {
    const path = await folder.write('a.txt', Buffer.from([0x61, 0xff, 0x62]));

    await expect(analyseDocument(path, detectedTypeOf('txt'))).rejects.toMatchObject({ code: 'file_damaged' });
  });
});
