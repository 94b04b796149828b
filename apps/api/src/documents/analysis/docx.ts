import type { DocumentCheck } from '@inclusieplein/contract';

import { cleanTitle, dateFromMetadata, languageFromTag, type SuggestedMetadata } from './metadata-values';
import {
  childElements,
  firstChild,
  getAttribute,
  isElement,
  parseXml,
  textContent,
  walkElements,
  type XmlElement,
} from './xml';
import type { ZipArchive } from './zip';

// Transitional and Strict (ISO/IEC 29500) namespaces of the parts read here.
const W = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const WP = [
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing',
];
const MC = ['http://schemas.openxmlformats.org/markup-compatibility/2006'];
const VML = ['urn:schemas-microsoft-com:vml'];
const VML_OFFICE = ['urn:schemas-microsoft-com:office:office'];
const DECORATIVE = ['http://schemas.microsoft.com/office/drawing/2017/decorative'];
const CORE_PROPERTIES = ['http://schemas.openxmlformats.org/package/2006/metadata/core-properties'];
const DC = ['http://purl.org/dc/elements/1.1/'];
const DCTERMS = ['http://purl.org/dc/terms/'];
const NO_NAMESPACE = [''];

const STYLES_PART = 'word/styles.xml';
const CORE_PROPERTIES_PART = 'docProps/core.xml';
const NOTES_PARTS = ['word/footnotes.xml', 'word/endnotes.xml'];

/** Built-in heading style names, which styles.xml stores in English whatever the language of Word. */
const HEADING_STYLE_NAME = /^heading [1-9]$/i;
/** Style ids of headings as English and Dutch Word write them. */
const HEADING_STYLE_ID = /^(heading|kop)[1-9]$/i;
/** Outline levels 0–8 are heading levels 1–9. Level 9 is body text. */
const HEADING_OUTLINE_LEVEL = /^[0-8]$/;

/** Text, images and headings of a DOCX file. */
export interface DocxContent {
  paragraphs: string[];
  images: number;
  imagesWithoutAlt: number;
  headings: number;
}

interface StyleDefinition {
  name: string;
  basedOn: string | null;
  outlineLevel: string | null;
}

function wordValue(element: XmlElement | null): string | null {
  return element === null ? null : getAttribute(element, W, 'val');
}

function readStyles(root: XmlElement | null): Map<string, StyleDefinition> {
  const styles = new Map<string, StyleDefinition>();
  if (root === null) {
    return styles;
  }
  for (const style of childElements(root, W, 'style')) {
    const styleId = getAttribute(style, W, 'styleId');
    if (styleId === null) {
      continue;
    }
    const paragraphProperties = firstChild(style, W, 'pPr');
    styles.set(styleId, {
      name: wordValue(firstChild(style, W, 'name')) ?? '',
      basedOn: wordValue(firstChild(style, W, 'basedOn')),
      outlineLevel: paragraphProperties === null ? null : wordValue(firstChild(paragraphProperties, W, 'outlineLvl')),
    });
  }
  return styles;
}

/** Checks whether a paragraph style is a heading by name, id or outline level, directly or through the styles it is based on. */
function isHeadingStyle(styleId: string, styles: Map<string, StyleDefinition>): boolean {
  const seen = new Set<string>();
  let currentId: string | null = styleId;
  while (currentId !== null && !seen.has(currentId)) {
    seen.add(currentId);
    const style = styles.get(currentId);
    if (HEADING_STYLE_ID.test(currentId) || (style && HEADING_STYLE_NAME.test(style.name))) {
      return true;
    }
    if (style?.outlineLevel != null) {
      return HEADING_OUTLINE_LEVEL.test(style.outlineLevel);
    }
    currentId = style?.basedOn ?? null;
  }
  return false;
}

function isHeadingParagraph(paragraph: XmlElement, styles: Map<string, StyleDefinition>): boolean {
  const properties = firstChild(paragraph, W, 'pPr');
  if (properties === null) {
    return false;
  }
  const outlineLevel = wordValue(firstChild(properties, W, 'outlineLvl'));
  if (outlineLevel !== null) {
    return HEADING_OUTLINE_LEVEL.test(outlineLevel);
  }
  const styleId = wordValue(firstChild(properties, W, 'pStyle'));
  return styleId !== null && isHeadingStyle(styleId, styles);
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

/** Checks whether a DrawingML object has alternative text, or is marked decorative (Word 365) and so needs none. */
function drawingHasAlternativeText(drawing: XmlElement): boolean {
  let found = false;
  walkElements(drawing, (element) => {
    if (isElement(element, WP, 'docPr')) {
      found ||= hasText(getAttribute(element, NO_NAMESPACE, 'descr')) || hasText(getAttribute(element, NO_NAMESPACE, 'title'));
    }
    if (isElement(element, DECORATIVE, 'decorative')) {
      found ||= ['1', 'true'].includes(getAttribute(element, NO_NAMESPACE, 'val') ?? '');
    }
    return !found;
  });
  return found;
}

/** Returns null for a VML object without an image (a line or a text box), else whether it has alternative text. */
function vmlPictureHasAlternativeText(picture: XmlElement): boolean | null {
  let hasImage = false;
  let hasAlternativeText = false;
  walkElements(picture, (element) => {
    if (isElement(element, VML, 'shape')) {
      hasAlternativeText ||= hasText(getAttribute(element, NO_NAMESPACE, 'alt'));
    }
    if (isElement(element, VML, 'imagedata')) {
      hasImage = true;
      hasAlternativeText ||= hasText(getAttribute(element, VML_OFFICE, 'title'));
    }
    return true;
  });
  return hasImage ? hasAlternativeText : null;
}

/** Reads paragraphs in document order. Text in tables and text boxes is included, deleted text and field codes are not. */
function collectContent(body: XmlElement, styles: Map<string, StyleDefinition>, content: DocxContent): void {
  const visit = (element: XmlElement, paragraph: string[] | null): void => {
    // Word writes some objects twice, as DrawingML (the choice) and as VML (the fallback).
    if (isElement(element, MC, 'Fallback') || isElement(element, W, 'delText') || isElement(element, W, 'instrText')) {
      return;
    }
    if (isElement(element, W, 't')) {
      paragraph?.push(textContent(element));
      return;
    }
    if (isElement(element, W, 'tab')) {
      paragraph?.push('\t');
      return;
    }
    if (isElement(element, W, 'br') || isElement(element, W, 'cr')) {
      paragraph?.push('\n');
      return;
    }
    if (isElement(element, W, 'noBreakHyphen')) {
      paragraph?.push('-');
      return;
    }

    if (isElement(element, W, 'drawing')) {
      content.images += 1;
      if (!drawingHasAlternativeText(element)) {
        content.imagesWithoutAlt += 1;
      }
    }
    if (isElement(element, W, 'pict')) {
      const hasAlternativeText = vmlPictureHasAlternativeText(element);
      if (hasAlternativeText !== null) {
        content.images += 1;
        content.imagesWithoutAlt += hasAlternativeText ? 0 : 1;
      }
    }

    if (isElement(element, W, 'p')) {
      if (isHeadingParagraph(element, styles)) {
        content.headings += 1;
      }
      // The slot is taken first, so a paragraph comes before the text-box paragraphs nested in it.
      const index = content.paragraphs.push('') - 1;
      const parts: string[] = [];
      for (const child of element.children) {
        if (typeof child !== 'string') {
          visit(child, parts);
        }
      }
      content.paragraphs[index] = parts.join('');
      return;
    }

    for (const child of element.children) {
      if (typeof child !== 'string') {
        visit(child, paragraph);
      }
    }
  };
  visit(body, null);
}

async function readOptionalXml(archive: ZipArchive, partName: string): Promise<XmlElement | null> {
  const xml = await archive.readText(partName);
  return xml === null ? null : parseXml(xml, partName);
}

/** Reads the main document part and the foot- and endnotes. Throws `file_damaged` for broken XML. */
export async function readDocxContent(archive: ZipArchive, mainPart: string): Promise<DocxContent> {
  const styles = readStyles(await readOptionalXml(archive, STYLES_PART));
  const content: DocxContent = { paragraphs: [], images: 0, imagesWithoutAlt: 0, headings: 0 };

  const documentRoot = await readOptionalXml(archive, mainPart);
  const body = documentRoot === null ? null : firstChild(documentRoot, W, 'body');
  if (body !== null) {
    collectContent(body, styles, content);
  }

  // Foot- and endnotes add text, but the checks count images and headings in the body only.
  for (const partName of NOTES_PARTS) {
    const notesRoot = await readOptionalXml(archive, partName);
    if (notesRoot !== null) {
      const notes: DocxContent = { paragraphs: [], images: 0, imagesWithoutAlt: 0, headings: 0 };
      collectContent(notesRoot, styles, notes);
      content.paragraphs = content.paragraphs.concat(notes.paragraphs);
    }
  }
  content.paragraphs = content.paragraphs.filter((text) => text.trim() !== '');
  return content;
}

export function docxChecks(content: DocxContent): DocumentCheck[] {
  return [
    {
      code: 'images_alt_text',
      passed: content.imagesWithoutAlt === 0,
      params: { images: content.images, imagesWithoutAlt: content.imagesWithoutAlt },
    },
    { code: 'headings_used', passed: content.headings > 0, params: { headings: content.headings } },
  ];
}

function childText(root: XmlElement, namespaces: readonly string[], localName: string): string | null {
  const element = firstChild(root, namespaces, localName);
  return element === null ? null : textContent(element);
}

/**
 * Reads title, creation date and language from docProps/core.xml of a DOCX, XLSX or PPTX file, with
 * the default proofing language of a DOCX file as fallback.
 */
export async function readOfficeOpenXmlMetadata(archive: ZipArchive): Promise<SuggestedMetadata> {
  const core = await readOptionalXml(archive, CORE_PROPERTIES_PART);
  const isCore = core !== null && isElement(core, CORE_PROPERTIES, 'coreProperties');

  let language = isCore ? languageFromTag(childText(core, DC, 'language')) : null;
  if (language === null) {
    const styles = await readOptionalXml(archive, STYLES_PART);
    let defaultLanguage: string | null = null;
    if (styles !== null) {
      walkElements(styles, (element) => {
        if (isElement(element, W, 'lang') && defaultLanguage === null) {
          defaultLanguage = wordValue(element);
        }
        return isElement(element, W, 'docDefaults') || isElement(element, W, 'rPrDefault') || isElement(element, W, 'rPr');
      });
    }
    language = languageFromTag(defaultLanguage);
  }

  return {
    title: isCore ? cleanTitle(childText(core, DC, 'title')) : null,
    documentDate: isCore ? dateFromMetadata(childText(core, DCTERMS, 'created')) : null,
    language,
  };
}
