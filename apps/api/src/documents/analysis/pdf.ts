import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { DocumentCheck } from '@inclusieplein/contract';

import { damagedFile, FileRejectedError } from './errors';
import { cleanTitle, dateFromMetadata, isUsableLanguageTag, languageFromTag, type SuggestedMetadata } from './metadata-values';
import { capText } from './text-file';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.js');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Min letters or digits for a page to count as having text, because fewer are stray marks of a scan. */
const MIN_CHARACTERS_PER_PAGE = 16;

let pdfJs: PdfJs | undefined;

/**
 * Loads pdfjs-dist 3.11's CommonJS build on first use. Version 4 and later ship only as ES modules,
 * which this CommonJS API and ts-jest cannot load. While loading, it prints through `console.log`
 * that it cannot polyfill DOMMatrix and Path2D from the optional `canvas` package. Text extraction
 * needs neither, so that output is suppressed during the load.
 */
function loadPdfJs(): PdfJs {
  if (!pdfJs) {
    const log = console.log;
    console.log = () => undefined;
    try {
      pdfJs = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
    } finally {
      console.log = log;
    }
  }
  return pdfJs;
}

function pdfJsFolder(subfolder: string): string {
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), subfolder)}/`;
}

/** Part of a PDF that the analysis and the metadata suggestions read. */
export interface PdfFacts {
  pageCount: number;
  info: Record<string, unknown>;
  xmp: { get(name: string): unknown } | null;
  tagged: boolean;
}

/**
 * Opens a PDF with pdf.js and runs `read` on it. Font loading, XFA, network fetching and script
 * evaluation are off. `isEvalSupported: false` blocks CVE-2024-4367, which pdf.js fixed in 4.2.67.
 * The CMaps come from the local pdfjs-dist package. Throws `file_damaged` when pdf.js cannot read the file.
 */
async function withPdf<T>(path: string, read: (document: PdfDocument) => Promise<T>): Promise<T> {
  const pdfjs = loadPdfJs();
  const data = new Uint8Array(await readFile(path));
  const loadingTask = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    cMapUrl: pdfJsFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfJsFolder('standard_fonts'),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });

  try {
    let document: PdfDocument;
    try {
      document = await loadingTask.promise;
    } catch (error) {
      const { name, message } = error as Error;
      if (name === 'PasswordException') {
        throw damagedFile('The PDF is protected with a password, so it cannot be read; remove the password and upload again.');
      }
      throw damagedFile(`The PDF could not be read: ${message}`);
    }
    return await read(document);
  } catch (error) {
    if (error instanceof FileRejectedError) {
      throw error;
    }
    throw damagedFile(`The PDF could not be read: ${(error as Error).message}`);
  } finally {
    await loadingTask.destroy();
  }
}

async function readFacts(document: PdfDocument): Promise<PdfFacts> {
  const metadata = await document.getMetadata();
  const markInfo = await document.getMarkInfo();
  const firstPage = await document.getPage(1);
  // pdf.js returns null exactly when the catalog has no /StructTreeRoot.
  const structureTree = await firstPage.getStructTree();
  firstPage.cleanup();

  return {
    pageCount: document.numPages,
    info: (metadata.info ?? {}) as Record<string, unknown>,
    xmp: metadata.metadata ?? null,
    tagged: markInfo?.Marked === true && structureTree !== null,
  };
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.find((item): item is string => typeof item === 'string') ?? null;
  }
  return null;
}

function xmpValue(facts: PdfFacts, name: string): string | null {
  return facts.xmp === null ? null : firstString(facts.xmp.get(name));
}

/** Reads the title from XMP `dc:title` or the Info dictionary, the date from `/CreationDate` or XMP, and the language from `/Lang` or XMP. */
export async function readPdfMetadata(path: string): Promise<SuggestedMetadata> {
  const facts = await withPdf(path, readFacts);
  return {
    title: cleanTitle(xmpValue(facts, 'dc:title')) ?? cleanTitle(firstString(facts.info.Title)),
    documentDate:
      dateFromMetadata(firstString(facts.info.CreationDate)) ?? dateFromMetadata(xmpValue(facts, 'xmp:createdate')),
    language:
      languageFromTag(firstString(facts.info.Language)) ??
      languageFromTag(xmpValue(facts, 'dc:language')) ??
      // Dutch government PDFs write their language in OWMS metadata as dcterms:language.
      languageFromTag(xmpValue(facts, 'dcterms:language')),
  };
}

/** Text of every page and the PDF accessibility checks. */
export interface PdfAnalysis {
  text: string;
  pageCount: number;
  hasText: boolean;
  checks: DocumentCheck[];
}

function countLettersAndDigits(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Extracts the text page by page until `maxChars` is reached, and checks tagging, title, language and
 * text layer. Throws `file_damaged` when a page cannot be read.
 */
export async function analysePdf(path: string, maxChars: number): Promise<PdfAnalysis> {
  return withPdf(path, async (document) => {
    const facts = await readFacts(document);

    const pageTexts: string[] = [];
    let length = 0;
    let hasText = false;
    for (let pageNumber = 1; pageNumber <= document.numPages && length < maxChars; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      let pageText = '';
      for (const item of content.items) {
        if ('str' in item) {
          pageText += item.hasEOL ? `${item.str}\n` : item.str;
        }
      }
      page.cleanup();

      hasText ||= countLettersAndDigits(pageText) >= MIN_CHARACTERS_PER_PAGE;
      pageTexts.push(pageText.trimEnd());
      length += pageText.length;
    }

    const hasTitle =
      cleanTitle(xmpValue(facts, 'dc:title')) !== null || cleanTitle(firstString(facts.info.Title)) !== null;
    const checks: DocumentCheck[] = [
      { code: 'pdf_tagged', passed: facts.tagged },
      { code: 'pdf_title', passed: hasTitle },
      { code: 'pdf_language', passed: isUsableLanguageTag(firstString(facts.info.Language)) },
      { code: 'pdf_text', passed: hasText, params: { pages: facts.pageCount } },
    ];

    return {
      text: capText(pageTexts.join('\n\n').trim(), maxChars),
      pageCount: facts.pageCount,
      hasText,
      checks,
    };
  });
}
