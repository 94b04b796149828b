import type { DocumentCheck } from '@inclusieplein/contract';

import { damagedFile } from './errors';
import { cleanTitle, dateFromMetadata, languageFromTag, type SuggestedMetadata } from './metadata-values';
import { firstChild, getAttribute, isElement, parseXml, textContent, walkElements, type XmlElement } from './xml';
import type { ZipArchive } from './zip';

const OFFICE = ['urn:oasis:names:tc:opendocument:xmlns:office:1.0'];
const TEXT = ['urn:oasis:names:tc:opendocument:xmlns:text:1.0'];
const DRAW = ['urn:oasis:names:tc:opendocument:xmlns:drawing:1.0'];
const SVG = ['urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0'];
const STYLE = ['urn:oasis:names:tc:opendocument:xmlns:style:1.0'];
const FO = ['urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0'];
const META = ['urn:oasis:names:tc:opendocument:xmlns:meta:1.0'];
const DC = ['http://purl.org/dc/elements/1.1/'];

const META_PART = 'meta.xml';
const STYLES_PART = 'styles.xml';

// `text:s` repeats a space `text:c` times. The bound keeps a hostile count from building a huge string.
const MAX_SPACE_COUNT = 1000;

/** Text, images and headings of an ODT file. */
export interface OdtContent {
  paragraphs: string[];
  images: number;
  imagesWithoutAlt: number;
  headings: number;
}

function hasText(element: XmlElement | null): boolean {
  return element !== null && textContent(element).trim() !== '';
}

/** Checks whether a frame contains an image or embedded object, and not just a text box. */
function isImageFrame(frame: XmlElement): boolean {
  return frame.children.some(
    (child) => isElement(child, DRAW, 'image') || isElement(child, DRAW, 'object') || isElement(child, DRAW, 'object-ole'),
  );
}

function spaces(element: XmlElement): string {
  const count = Number.parseInt(getAttribute(element, TEXT, 'c') ?? '1', 10);
  return ' '.repeat(Number.isFinite(count) ? Math.min(Math.max(count, 1), MAX_SPACE_COUNT) : 1);
}

/**
 * Reads paragraphs and headings in document order, with tables, lists, frames and notes included.
 * Whitespace in the XML collapses to one space as ODF prescribes. `text:s`, `text:tab` and
 * `text:line-break` give the real spaces, tabs and line breaks. Tracked deletions and comments are left out.
 */
function collectContent(body: XmlElement, content: OdtContent): void {
  const visit = (element: XmlElement, paragraph: string[] | null): void => {
    if (
      isElement(element, TEXT, 'tracked-changes') ||
      isElement(element, OFFICE, 'annotation') ||
      isElement(element, SVG, 'title') ||
      isElement(element, SVG, 'desc')
    ) {
      return;
    }
    if (isElement(element, TEXT, 's')) {
      paragraph?.push(spaces(element));
      return;
    }
    if (isElement(element, TEXT, 'tab')) {
      paragraph?.push('\t');
      return;
    }
    if (isElement(element, TEXT, 'line-break')) {
      paragraph?.push('\n');
      return;
    }

    if (isElement(element, DRAW, 'frame') && isImageFrame(element)) {
      content.images += 1;
      if (!hasText(firstChild(element, SVG, 'title')) && !hasText(firstChild(element, SVG, 'desc'))) {
        content.imagesWithoutAlt += 1;
      }
    }

    const isHeading = isElement(element, TEXT, 'h');
    if (isHeading || isElement(element, TEXT, 'p')) {
      content.headings += isHeading ? 1 : 0;
      // The slot is taken first, so a paragraph comes before the frame and note paragraphs nested in it.
      const index = content.paragraphs.push('') - 1;
      const parts: string[] = [];
      visitChildren(element, parts);
      content.paragraphs[index] = parts.join('').replace(/^ +| +$/g, '');
      return;
    }

    visitChildren(element, paragraph);
  };

  const visitChildren = (element: XmlElement, paragraph: string[] | null): void => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        paragraph?.push(child.replace(/[ \t\r\n]+/g, ' '));
      } else {
        visit(child, paragraph);
      }
    }
  };

  visit(body, null);
}

/** Reads content.xml. Throws `file_damaged` for broken XML or a file without a text body. */
export async function readOdtContent(archive: ZipArchive, mainPart: string): Promise<OdtContent> {
  const xml = (await archive.readText(mainPart)) ?? '';
  const root = parseXml(xml, mainPart);
  const body = firstChild(root, OFFICE, 'body');
  const text = body === null ? null : firstChild(body, OFFICE, 'text');
  if (text === null) {
    throw damagedFile('The ODT file has no text body (office:body/office:text) in content.xml.');
  }

  const content: OdtContent = { paragraphs: [], images: 0, imagesWithoutAlt: 0, headings: 0 };
  collectContent(text, content);
  content.paragraphs = content.paragraphs.filter((paragraph) => paragraph.trim() !== '');
  return content;
}

export function odtChecks(content: OdtContent): DocumentCheck[] {
  return [
    {
      code: 'images_alt_text',
      passed: content.imagesWithoutAlt === 0,
      params: { images: content.images, imagesWithoutAlt: content.imagesWithoutAlt },
    },
    { code: 'headings_used', passed: content.headings > 0, params: { headings: content.headings } },
  ];
}

function childText(root: XmlElement | null, namespaces: readonly string[], localName: string): string | null {
  const element = root === null ? null : firstChild(root, namespaces, localName);
  return element === null ? null : textContent(element);
}

/** Returns the `fo:language` of the default paragraph style in styles.xml, such as `nl`. */
async function readDefaultLanguage(archive: ZipArchive): Promise<string | null> {
  const xml = await archive.readText(STYLES_PART);
  if (xml === null) {
    return null;
  }
  let language: string | null = null;
  walkElements(parseXml(xml, STYLES_PART), (element) => {
    if (isElement(element, STYLE, 'text-properties')) {
      language ??= getAttribute(element, FO, 'language');
      return false;
    }
    return isElement(element, OFFICE, 'styles') || isElement(element, STYLE, 'default-style');
  });
  return language;
}

/** Reads title, creation date (or `dc:date`) and language from meta.xml, with the default style's language as fallback. */
export async function readOdtMetadata(archive: ZipArchive): Promise<SuggestedMetadata> {
  const xml = await archive.readText(META_PART);
  const root = xml === null ? null : parseXml(xml, META_PART);
  const meta = root === null ? null : firstChild(root, OFFICE, 'meta');

  const language = languageFromTag(childText(meta, DC, 'language')) ?? languageFromTag(await readDefaultLanguage(archive));
  return {
    title: cleanTitle(childText(meta, DC, 'title')),
    documentDate: dateFromMetadata(childText(meta, META, 'creation-date')) ?? dateFromMetadata(childText(meta, DC, 'date')),
    language,
  };
}
