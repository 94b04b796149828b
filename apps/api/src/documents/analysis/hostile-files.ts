/**
 * Hostile files for tests of the document archive: a damaged PDF, ZIP bombs (one with false
 * sizes), a plain ZIP, executables, an OLE2 container, SVG and HTML. Each returns the file's bytes.
 */
import { Readable } from 'node:stream';

import JSZip from 'jszip';

import { pngFile } from './test-images';

const WORD_CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

/** Builds a PDF header followed by bytes that are no PDF at all. */
export function damagedPdf(): Buffer {
  const garbage = Buffer.alloc(4096);
  for (let index = 0; index < garbage.length; index += 1) {
    garbage[index] = (index * 7919) % 251;
  }
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), garbage]);
}

const BOMB_ENTRY = 'word/document.xml';
const BOMB_MEBIBYTES = 300;

/**
 * Builds a DOCX-shaped ZIP whose word/document.xml inflates to 300 MiB of spaces from about 300 KB,
 * a compression ratio near 1000. The entry is fed from a stream, so building it needs little memory,
 * but it takes a few seconds.
 */
export async function zipBomb(): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let chunksLeft = BOMB_MEBIBYTES;
  const source = new Readable({
    read() {
      this.push(chunksLeft-- > 0 ? chunk : null);
    },
  });

  const zip = new JSZip();
  zip.file('[Content_Types].xml', WORD_CONTENT_TYPES);
  zip.file(BOMB_ENTRY, source);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * Rewrites the declared uncompressed size of one entry, in its local header and in the central
 * directory, so the ZIP lies about how much that entry inflates to. Works on JSZip output, which has
 * no ZIP64 records, no data descriptors and no archive comment.
 */
export function withDeclaredSize(zip: Buffer, entryName: string, declaredSize: number): Buffer {
  const patched = Buffer.from(zip);
  const endOfCentralDirectory = patched.length - 22;
  if (patched.readUInt32LE(endOfCentralDirectory) !== 0x06054b50) {
    throw new Error('The ZIP has no end of central directory record at its end; JSZip output was expected.');
  }
  const entryCount = patched.readUInt16LE(endOfCentralDirectory + 10);
  let offset = patched.readUInt32LE(endOfCentralDirectory + 16);
  for (let entry = 0; entry < entryCount; entry += 1) {
    const nameLength = patched.readUInt16LE(offset + 28);
    const extraLength = patched.readUInt16LE(offset + 30);
    const commentLength = patched.readUInt16LE(offset + 32);
    const name = patched.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === entryName) {
      patched.writeUInt32LE(declaredSize, offset + 24);
      patched.writeUInt32LE(declaredSize, patched.readUInt32LE(offset + 42) + 22);
      return patched;
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`The ZIP has no entry named ${entryName}.`);
}

/** Builds a ZIP bomb whose central directory declares only 10 KiB for the 300 MiB entry. */
export async function zipBombWithFalseSizes(): Promise<Buffer> {
  return withDeclaredSize(await zipBomb(), BOMB_ENTRY, 10 * 1024);
}

/** Builds a ZIP archive that is no Office file: a text file and an image. */
export async function plainZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('readme.txt', 'Dit is een gewoon ZIP-archief.');
  zip.file('foto.png', pngFile());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Returns the start of a Windows executable: DOS header with `MZ`, the offset of the PE header, and `PE\0\0`. */
export function exeRenamed(): Buffer {
  const executable = Buffer.alloc(512);
  executable.write('MZ', 0, 'latin1');
  executable.writeUInt32LE(0x80, 0x3c);
  executable.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  executable.write('PE\0\0', 0x80, 'latin1');
  return executable;
}

/** Returns the start of a Linux ELF executable. */
export function elfFile(): Buffer {
  const executable = Buffer.alloc(256);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]).copy(executable);
  return executable;
}

/** Returns the header of an OLE2 compound file, the container of DOC, XLS and password-protected DOCX files. */
export function ole2File(): Buffer {
  const container = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(container);
  return container;
}

export function svgFile(): Buffer {
  return Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>\n',
  );
}

export function htmlFile(): Buffer {
  return Buffer.from('\n  <!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n');
}
