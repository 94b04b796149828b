import type { DetectedType } from './formats';

const MAX_FILE_NAME_LENGTH = 200;

/** Control characters, line and paragraph separators, the byte order mark and the bidirectional controls. */
const INVISIBLE_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Characters Windows does not allow in file names (path separators are handled before). */
const WINDOWS_INVALID_CHARACTERS = /[<>:"|?*]/g;

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Device names that Windows reserves whatever extension follows, such as `CON.pdf` or `com1.tar.gz`. */
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/**
 * File name extensions that are replaced by the detected one: the accepted formats, formats people
 * confuse with them, and executables and scripts. Other dotted parts stay, so "mr.Jansen" and "v1.2"
 * keep their last part.
 */
const KNOWN_EXTENSIONS = new Set([
  'pdf', 'docx', 'odt', 'xlsx', 'pptx', 'txt', 'text', 'md', 'markdown', 'png', 'jpg', 'jpeg', 'jfif', 'gif', 'webp',
  'doc', 'docm', 'dot', 'dotx', 'rtf', 'xls', 'xlsm', 'ods', 'ppt', 'pptm', 'odp', 'csv', 'html', 'htm', 'xhtml',
  'xml', 'svg', 'svgz', 'tif', 'tiff', 'bmp', 'heic', 'zip', '7z', 'rar', 'gz', 'exe', 'dll', 'com', 'scr', 'msi',
  'bat', 'cmd', 'ps1', 'vbs', 'js', 'jar', 'sh', 'bin', 'lnk', 'url',
]);

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function lastPathSegment(name: string): string {
  const segments = name.split(/[/\\]/);
  return segments[segments.length - 1];
}

function trimDotsAndSpaces(base: string): string {
  return base.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
}

/** Cuts the base name at a grapheme boundary so that it is at most `maxLength` UTF-16 code units. */
function truncateBase(base: string, maxLength: number): string {
  let truncated = '';
  for (const { segment } of graphemeSegmenter.segment(base)) {
    if (truncated.length + segment.length > maxLength) {
      break;
    }
    truncated += segment;
  }
  return truncated;
}

/**
 * Makes a safe display and download name. Strips directories (both `/` and `\`), and with them path
 * traversal, control characters, bidirectional override characters and characters Windows rejects.
 * Prefixes reserved Windows device names with `_`, and removes leading dots and trailing dots and
 * spaces. Keeps Unicode letters and NFC-normalises them. Replaces the file's own extension with the
 * one of the detected type (`report.pdf` that is really a PNG becomes `report.png`), caps the name
 * at 200 UTF-16 code units, and falls back to `document.<ext>` when nothing is left.
 */
export function sanitizeFileName(originalName: string, type: DetectedType): string {
  const extension = `.${type.extension}`;

  // Whitespace becomes a space first, so a tab or line break between words keeps them apart.
  let base = lastPathSegment(originalName.normalize('NFC'))
    .replace(LONE_SURROGATES, '')
    .replace(/\s+/gu, ' ')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(WINDOWS_INVALID_CHARACTERS, '_')
    .replace(/ {2,}/g, ' ');

  base = trimDotsAndSpaces(base);
  const lastDot = base.lastIndexOf('.');
  if (lastDot > 0 && KNOWN_EXTENSIONS.has(base.slice(lastDot + 1).toLowerCase())) {
    base = trimDotsAndSpaces(base.slice(0, lastDot));
  }

  const deviceName = base.split('.')[0].trim();
  if (WINDOWS_RESERVED_NAME.test(deviceName)) {
    base = `_${base}`;
  }

  base = trimDotsAndSpaces(truncateBase(base, MAX_FILE_NAME_LENGTH - extension.length));

  return `${base === '' ? 'document' : base}${extension}`;
}
