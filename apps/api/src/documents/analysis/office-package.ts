import type { DocumentFormat } from '@inclusieplein/contract';

import { damagedFile, unsupportedFile } from './errors';
import { ODT_MEDIA_TYPE } from './formats';
import { childElements, getAttribute, parseXml } from './xml';
import type { ZipArchive } from './zip';

/** Office format of a ZIP container and the entry name of its main part (`word/document.xml`, `content.xml` …). */
export interface OfficePackage {
  format: Extract<DocumentFormat, 'docx' | 'xlsx' | 'pptx' | 'odt'>;
  mainPart: string;
}

const CONTENT_TYPES_NAMESPACES = [
  'http://schemas.openxmlformats.org/package/2006/content-types',
] as const;

/** Content type of the main part of each accepted OOXML format, and the folder that part must be in. */
const OOXML_MAIN_PARTS: ReadonlyArray<{ contentType: string; folder: string; format: OfficePackage['format'] }> = [
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    folder: 'word/',
    format: 'docx',
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    folder: 'xl/',
    format: 'xlsx',
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    folder: 'ppt/',
    format: 'pptx',
  },
];

const MACRO_ENABLED_CONTENT_TYPE = /macroEnabled/i;

// The ODF `mimetype` entry contains only the media type, so a few hundred bytes is plenty.
const MAX_MIMETYPE_BYTES = 256;

async function findOpenDocument(archive: ZipArchive): Promise<OfficePackage> {
  const mimetype = ((await archive.readText('mimetype', MAX_MIMETYPE_BYTES)) ?? '').trim();
  if (mimetype !== ODT_MEDIA_TYPE) {
    throw unsupportedFile(
      'Only OpenDocument text files (ODT) are accepted; this OpenDocument file is of another kind, such as a spreadsheet or presentation.',
    );
  }
  const mainPart = archive.findEntry('content.xml');
  if (mainPart === null) {
    throw damagedFile('The ODT file has no content.xml part.');
  }
  return { format: 'odt', mainPart };
}

async function findOfficeOpenXml(archive: ZipArchive, contentTypesName: string): Promise<OfficePackage> {
  const contentTypesXml = (await archive.readText(contentTypesName)) as string;
  const root = parseXml(contentTypesXml, contentTypesName);

  let sawMacros = false;
  for (const override of childElements(root, CONTENT_TYPES_NAMESPACES, 'Override')) {
    const contentType = getAttribute(override, [''], 'ContentType') ?? '';
    const partName = (getAttribute(override, [''], 'PartName') ?? '').replace(/^\//, '');
    if (MACRO_ENABLED_CONTENT_TYPE.test(contentType)) {
      sawMacros = true;
    }
    const mainPart = OOXML_MAIN_PARTS.find((candidate) => candidate.contentType === contentType);
    if (mainPart === undefined || !partName.toLowerCase().startsWith(mainPart.folder)) {
      continue;
    }
    const entryName = archive.findEntry(partName);
    if (entryName === null) {
      throw damagedFile(`The Office file names its main part ${partName}, but the ZIP container has no such entry.`);
    }
    return { format: mainPart.format, mainPart: entryName };
  }

  if (sawMacros) {
    throw unsupportedFile('Office files with macros (DOCM, XLSM, PPTM) are not accepted; save the file as DOCX, XLSX or PPTX.');
  }
  throw unsupportedFile('Only Word documents, Excel workbooks and PowerPoint presentations are accepted among Office Open XML files.');
}

/**
 * Decides which Office format a ZIP container is, from the ODF `mimetype` entry or from the OOXML
 * `[Content_Types].xml` and its main part. Throws `unsupported_file_type` for any other ZIP.
 */
export async function findOfficePackage(archive: ZipArchive): Promise<OfficePackage> {
  if (archive.findEntry('mimetype') !== null) {
    return findOpenDocument(archive);
  }
  const contentTypesName = archive.findEntry('[Content_Types].xml');
  if (contentTypesName !== null) {
    return findOfficeOpenXml(archive, contentTypesName);
  }
  throw unsupportedFile('ZIP archives are not accepted; only DOCX, XLSX, PPTX and ODT files are.');
}
