import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

import { FileRejectedError } from './errors';

const CHUNK_BYTES = 64 * 1024;

// Enough decoded text to find the first markup after a byte order mark, whitespace and comments.
const PREFIX_CHARS = 4096;

/** Markup that makes a browser or viewer treat the file as HTML, SVG or XML rather than as text. */
const MARKUP_PREFIXES = ['<!doctype', '<html', '<svg', '<?xml', '<script'];

/**
 * Reads a UTF-8 text file in chunks. Throws `code` when the file is not valid UTF-8 or contains a
 * NUL byte. Returns the decoded text up to `maxChars` (all of it is still validated).
 */
export async function readUtf8Text(
  path: string,
  maxChars: number,
  code: FileRejectedError['code'],
): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';

  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) {
        throw new FileRejectedError(code, 'The text file contains NUL bytes, so it is binary and not text.');
      }
      const decoded = decodeChunk(decoder, chunk, code);
      if (text.length < maxChars) {
        text += decoded;
      }
    }
    text += decodeChunk(decoder, undefined, code);
  } finally {
    stream.destroy();
  }

  return capText(text, maxChars);
}

function decodeChunk(decoder: TextDecoder, chunk: Buffer | undefined, code: FileRejectedError['code']): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    throw new FileRejectedError(code, 'The text file is not valid UTF-8; save it as UTF-8 and upload again.');
  }
}

/** Cuts text to at most `maxChars` UTF-16 code units without splitting a surrogate pair. */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) {
    return text;
  }
  let end = maxChars;
  const lastCode = text.charCodeAt(end - 1);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff) {
    end -= 1;
  }
  return text.slice(0, end);
}

/**
 * Returns the markup prefix (such as `<svg`) that the text starts with after a byte order mark,
 * whitespace and HTML comments, or null. Other leading tags, such as the `<meta>` line of some
 * Markdown exports, are allowed.
 */
export function findLeadingMarkup(text: string): string | null {
  let rest = text.slice(0, PREFIX_CHARS).replace(/^\uFEFF/, '').trimStart();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end < 0) {
      return '<!--';
    }
    rest = rest.slice(end + 3).trimStart();
  }
  const lowerCaseStart = rest.slice(0, 16).toLowerCase();
  return MARKUP_PREFIXES.find((prefix) => lowerCaseStart.startsWith(prefix)) ?? null;
}
