import { open } from 'node:fs/promises';

import { unsupportedFile } from './errors';
import { detectedTypeOf, type DetectedType } from './formats';
import { DEFAULT_ANALYSIS_LIMITS, type AnalysisLimits } from './limits';
import { findOfficePackage } from './office-package';
import { findLeadingMarkup, readUtf8Text } from './text-file';
import { withZipArchive } from './zip';

// PDF readers such as Acrobat accept the `%PDF-` header anywhere in the first 1024 bytes, not only at
// offset 0, so the header is searched there and no further.
const HEADER_BYTES = 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ELF_SIGNATURE = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const ZIP_LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_OTHER_HEADERS = [Buffer.from('PK\x05\x06', 'latin1'), Buffer.from('PK\x07\x08', 'latin1')];
const PDF_HEADER = /%PDF-[0-9]\.[0-9]/;

function startsWith(header: Buffer, signature: Buffer | string, offset = 0): boolean {
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : signature;
  return header.length >= offset + bytes.length && header.subarray(offset, offset + bytes.length).equals(bytes);
}

/**
 * Checks for a DOS/Windows executable: `MZ` and a binary header of at least 64 bytes, which always
 * contains NUL bytes. The NUL check keeps a text file that happens to start with "MZ" a text file.
 */
function isWindowsExecutable(header: Buffer): boolean {
  return startsWith(header, 'MZ') && header.length >= 64 && header.subarray(0, 64).includes(0);
}

async function readHeader(path: string): Promise<{ header: Buffer; size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(Math.min(size, HEADER_BYTES));
    await handle.read(header, 0, header.length, 0);
    return { header, size };
  } finally {
    await handle.close();
  }
}

function detectImage(header: Buffer): DetectedType | null {
  if (startsWith(header, PNG_SIGNATURE)) {
    return detectedTypeOf('png');
  }
  if (startsWith(header, JPEG_SIGNATURE)) {
    return detectedTypeOf('jpeg');
  }
  if (startsWith(header, 'GIF87a') || startsWith(header, 'GIF89a')) {
    return detectedTypeOf('gif');
  }
  if (startsWith(header, 'RIFF') && startsWith(header, 'WEBP', 8)) {
    return detectedTypeOf('webp');
  }
  return null;
}

/** Rejects formats that are recognisable from their first bytes but not accepted, each with its own reason. */
function rejectKnownBinary(header: Buffer): void {
  if (isWindowsExecutable(header) || startsWith(header, ELF_SIGNATURE)) {
    throw unsupportedFile('Executable programs are not accepted.');
  }
  if (startsWith(header, OLE2_SIGNATURE)) {
    throw unsupportedFile(
      'Old Office files (DOC, XLS, PPT) and password-protected Office files are not accepted; remove any password and save the file as DOCX, XLSX, PPTX or PDF.',
    );
  }
  if (ZIP_OTHER_HEADERS.some((signature) => startsWith(header, signature))) {
    throw unsupportedFile('ZIP archives are not accepted; only DOCX, XLSX, PPTX and ODT files are.');
  }
  if (startsWith(header, '{\\rtf')) {
    throw unsupportedFile('RTF files are not accepted; save the file as DOCX, ODT or PDF.');
  }
}

async function detectText(path: string, originalName: string): Promise<DetectedType> {
  const prefix = await readUtf8Text(path, 4096, 'unsupported_file_type');
  const markup = findLeadingMarkup(prefix);
  if (markup !== null) {
    throw unsupportedFile(`The text file starts with "${markup}", so it is HTML, SVG or XML; these are not accepted.`);
  }
  const isMarkdown = /\.(md|markdown)$/i.test(originalName.trim());
  return detectedTypeOf(isMarkdown ? 'markdown' : 'txt');
}

/**
 * Decides the type from the file's bytes (at `path` on local disk). The name only picks between txt
 * and markdown for text files. Leading signatures decide, so a polyglot is the type of its first
 * bytes. Office formats are read as ZIP containers within `limits`. Throws `FileRejectedError`:
 * `unsupported_file_type` for anything outside the allow-list, `file_damaged` for a broken or hostile
 * ZIP container.
 */
export async function detectFileType(
  path: string,
  originalName: string,
  limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
): Promise<DetectedType> {
  const { header, size } = await readHeader(path);
  if (size === 0) {
    throw unsupportedFile('The file is empty.');
  }

  rejectKnownBinary(header);

  const image = detectImage(header);
  if (image !== null) {
    return image;
  }

  if (startsWith(header, ZIP_LOCAL_HEADER)) {
    const officePackage = await withZipArchive(path, limits, async (archive) => {
      const found = await findOfficePackage(archive);
      await archive.verifyAllEntries();
      return found;
    });
    return detectedTypeOf(officePackage.format);
  }

  if (PDF_HEADER.test(header.toString('latin1'))) {
    return detectedTypeOf('pdf');
  }

  return detectText(path, originalName);
}
