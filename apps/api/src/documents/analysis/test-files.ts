/**
 * Builders of small real files for tests of the document archive: Office documents made with
 * JSZip and PDFs made with pdf-lib, plus the images and hostile files (ZIP bombs, renamed
 * executables, HTML and SVG) of the modules re-exported here. Each returns the file's bytes. Only
 * tests import this module, because jszip is a dev dependency.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';

import { pngFile } from './test-images';

export * from './hostile-files';
export * from './test-images';

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CORE_NAMESPACES =
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const WORD_MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const WORD_MACRO_TYPE = 'application/vnd.ms-word.document.macroEnabled.main+xml';


function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function generate(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function coreProperties(options: { title?: string; created?: string; language?: string }): string {
  const parts = [
    options.title === undefined ? '' : `<dc:title>${escapeXml(options.title)}</dc:title>`,
    options.language === undefined ? '' : `<dc:language>${escapeXml(options.language)}</dc:language>`,
    options.created === undefined ? '' : `<dcterms:created xsi:type="dcterms:W3CDTF">${options.created}</dcterms:created>`,
  ];
  return `${XML_DECLARATION}<cp:coreProperties ${CORE_NAMESPACES}>${parts.join('')}</cp:coreProperties>`;
}

function packageRelationships(mainPart: string): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${R_NAMESPACE}/officeDocument" Target="${mainPart}"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>'
  );
}

function contentTypes(mainPartName: string, mainType: string): string {
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    `<Override PartName="/${mainPartName}" ContentType="${mainType}"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  );
}

export interface DocxImage {
  /** Alternative text, omitted or empty for an image without one. */
  alt?: string;
  /** Marked decorative, as Word 365 does. */
  decorative?: boolean;
}

export interface DocxOptions {
  title?: string;
  /** W3CDTF date-time of `dcterms:created`, such as `2024-03-05T09:00:00Z`. */
  created?: string;
  /** `dc:language` of the core properties. */
  language?: string;
  /** `w:lang` of the document defaults in styles.xml (the proofing language). */
  defaultLanguage?: string;
  /** Paragraphs in style Kop1, whose name in styles.xml is "heading 1" as Dutch Word writes it. Placed first. */
  headings?: string[];
  paragraphs?: string[];
  /** Rows of cells of one table, placed after the paragraphs. */
  table?: string[][];
  images?: DocxImage[];
  footnote?: string;
  /** Marks the main part as macro-enabled (DOCM). */
  macroEnabled?: boolean;
  /** Extra ZIP entries by name, such as a hostile `../evil.txt`. */
  extraEntries?: Record<string, string>;
}

function docxParagraph(text: string, styleId?: string): string {
  const properties = styleId === undefined ? '' : `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>`;
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

function docxDrawing(image: DocxImage, index: number): string {
  const id = index + 1;
  const description = image.alt === undefined ? '' : ` descr="${escapeXml(image.alt)}"`;
  const decorative = image.decorative
    ? '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">' +
      '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>'
    : '';
  return (
    '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/>' +
    `<wp:docPr id="${id}" name="Picture ${id}"${description}>${decorative}</wp:docPr>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image${id}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rIdImage${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    '<pic:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>' +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

/** Builds a DOCX file as Word writes it, with core properties, styles, an optional table, images and a footnote. */
export async function buildDocx(options: DocxOptions = {}): Promise<Buffer> {
  const images = options.images ?? [];
  const body = [
    ...(options.headings ?? []).map((heading) => docxParagraph(heading, 'Kop1')),
    ...(options.paragraphs ?? []).map((paragraph) => docxParagraph(paragraph)),
  ];
  if (options.table !== undefined) {
    const rows = options.table.map(
      (row) => `<w:tr>${row.map((cell) => `<w:tc>${docxParagraph(cell)}</w:tc>`).join('')}</w:tr>`,
    );
    body.push(`<w:tbl>${rows.join('')}</w:tbl>`);
  }
  body.push(...images.map(docxDrawing));
  if (options.footnote !== undefined) {
    body.push('<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>');
  }

  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes('word/document.xml', options.macroEnabled ? WORD_MACRO_TYPE : WORD_MAIN_TYPE));
  zip.file('_rels/.rels', packageRelationships('word/document.xml'));
  zip.file('docProps/core.xml', coreProperties(options));
  zip.file(
    'word/document.xml',
    `${XML_DECLARATION}<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}" ` +
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      `<w:body>${body.join('')}<w:sectPr/></w:body></w:document>`,
  );

  const defaultLanguage =
    options.defaultLanguage === undefined
      ? ''
      : `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${options.defaultLanguage}"/></w:rPr></w:rPrDefault></w:docDefaults>`;
  zip.file(
    'word/styles.xml',
    `${XML_DECLARATION}<w:styles xmlns:w="${W_NAMESPACE}">${defaultLanguage}` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/></w:style>' +
      '</w:styles>',
  );

  if (options.footnote !== undefined) {
    zip.file(
      'word/footnotes.xml',
      `${XML_DECLARATION}<w:footnotes xmlns:w="${W_NAMESPACE}"><w:footnote w:id="1">${docxParagraph(options.footnote)}</w:footnote></w:footnotes>`,
    );
  }
  const imageRelationships = images.map(
    (_image, index) =>
      `<Relationship Id="rIdImage${index + 1}" Type="${R_NAMESPACE}/image" Target="media/image${index + 1}.png"/>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${imageRelationships.join('')}</Relationships>`,
  );
  images.forEach((_image, index) => zip.file(`word/media/image${index + 1}.png`, pngFile()));

  for (const [name, content] of Object.entries(options.extraEntries ?? {})) {
    zip.file(name, content);
  }
  return generate(zip);
}

export interface OdtImage {
  alt?: string;
}

export interface OdtOptions {
  title?: string;
  /** `meta:creation-date`, such as `2023-11-02T10:00:00`. */
  created?: string;
  language?: string;
  headings?: string[];
  paragraphs?: string[];
  images?: OdtImage[];
  /** Content of the `mimetype` entry. Another value than the ODT one makes a spreadsheet or presentation. */
  mimetype?: string;
}

/** Builds an ODT file as LibreOffice writes it: `mimetype` first and stored, then content, meta and manifest. */
export async function buildOdt(options: OdtOptions = {}): Promise<Buffer> {
  const mimetype = options.mimetype ?? 'application/vnd.oasis.opendocument.text';
  const images = (options.images ?? []).map((image, index) => {
    const title = image.alt === undefined ? '' : `<svg:title>${escapeXml(image.alt)}</svg:title>`;
    return (
      `<text:p><draw:frame draw:name="Image${index + 1}" svg:width="1cm" svg:height="1cm">` +
      `<draw:image xlink:href="Pictures/image${index + 1}.png" xlink:type="simple"/>${title}</draw:frame></text:p>`
    );
  });
  const body = [
    ...(options.headings ?? []).map((heading) => `<text:h text:outline-level="1">${escapeXml(heading)}</text:h>`),
    ...(options.paragraphs ?? []).map((paragraph) => `<text:p>${escapeXml(paragraph)}</text:p>`),
    ...images,
  ];

  const zip = new JSZip();
  zip.file('mimetype', mimetype, { compression: 'STORE' });
  zip.file(
    'content.xml',
    `${XML_DECLARATION}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3">' +
      `<office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`,
  );
  const meta = [
    options.title === undefined ? '' : `<dc:title>${escapeXml(options.title)}</dc:title>`,
    options.created === undefined ? '' : `<meta:creation-date>${options.created}</meta:creation-date>`,
    options.language === undefined ? '' : `<dc:language>${escapeXml(options.language)}</dc:language>`,
  ];
  zip.file(
    'meta.xml',
    `${XML_DECLARATION}<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">' +
      `<office:meta>${meta.join('')}</office:meta></office:document-meta>`,
  );
  zip.file(
    'META-INF/manifest.xml',
    `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
      `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      '</manifest:manifest>',
  );
  images.forEach((_image, index) => zip.file(`Pictures/image${index + 1}.png`, pngFile()));
  return generate(zip);
}

/** Builds an XLSX workbook with one sheet and an optional title. */
export async function buildXlsx(options: { title?: string } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    contentTypes('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
  );
  zip.file('_rels/.rels', packageRelationships('xl/workbook.xml'));
  zip.file('docProps/core.xml', coreProperties(options));
  zip.file(
    'xl/workbook.xml',
    `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R_NAMESPACE}">` +
      '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R_NAMESPACE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Gemeente</t></is></c></row></sheetData></worksheet>',
  );
  return generate(zip);
}

/** Builds a PPTX presentation skeleton with an optional title. */
export async function buildPptx(options: { title?: string } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    contentTypes('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
  );
  zip.file('_rels/.rels', packageRelationships('ppt/presentation.xml'));
  zip.file('docProps/core.xml', coreProperties(options));
  zip.file(
    'ppt/presentation.xml',
    `${XML_DECLARATION}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">` +
      '<p:sldSz cx="12192000" cy="6858000"/></p:presentation>',
  );
  return generate(zip);
}

export interface PdfOptions {
  title?: string;
  /** `/Lang` of the catalog, such as `nl-NL`. */
  lang?: string;
  /** Adds `/MarkInfo << /Marked true >>` and an empty `/StructTreeRoot`. */
  tagged?: boolean;
  /** Lines of text per page. A page with no lines has no text layer, like a scan. */
  pages?: string[][];
  /** Info `/CreationDate`. */
  created?: Date;
}

/** Builds a PDF with pdf-lib. Text is drawn in Helvetica, so it must be WinAnsi (Western European) text. */
export async function buildPdf(options: PdfOptions = {}): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const lines of options.pages ?? [[]]) {
    const page = document.addPage([595, 842]);
    lines.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 16, size: 11, font }));
    if (lines.length === 0) {
      page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, borderWidth: 1 });
    }
  }
  if (options.title !== undefined) {
    document.setTitle(options.title);
  }
  if (options.created !== undefined) {
    document.setCreationDate(options.created);
  }
  if (options.lang !== undefined) {
    document.catalog.set(PDFName.of('Lang'), PDFString.of(options.lang));
  }
  if (options.tagged) {
    document.catalog.set(PDFName.of('MarkInfo'), document.context.obj({ Marked: true }));
    const structureTreeRoot = document.context.register(document.context.obj({ Type: 'StructTreeRoot' }));
    document.catalog.set(PDFName.of('StructTreeRoot'), structureTreeRoot);
  }
  return Buffer.from(await document.save());
}

/** Folder under the system's temporary folder for the files of one test file. `remove` deletes it with its files. */
export class TempFolder {
  private constructor(readonly path: string) {}

  static async create(): Promise<TempFolder> {
    return new TempFolder(await mkdtemp(join(tmpdir(), 'inclusieplein-analysis-')));
  }

  /** Writes the bytes under a fresh subfolder, so names may repeat, and returns the file's path. */
  async write(name: string, bytes: Buffer | string): Promise<string> {
    const folder = await mkdtemp(join(this.path, 'file-'));
    const path = join(folder, name);
    await writeFile(path, bytes);
    return path;
  }

  async remove(): Promise<void> {
    await rm(this.path, { recursive: true, force: true });
  }
}
