/** Small images for tests, identified by their magic bytes. */

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const ONE_PIXEL_GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Returns a valid 1×1 PNG. */
export function pngFile(): Buffer {
  return Buffer.from(ONE_PIXEL_PNG, 'base64');
}

/** Returns a valid 1×1 GIF. */
export function gifFile(): Buffer {
  return Buffer.from(ONE_PIXEL_GIF, 'base64');
}

/** Returns the start of a JPEG file: SOI and a JFIF APP0 segment. */
export function jpegFile(): Buffer {
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00, 0xff, 0xd9,
  ]);
}

/** Returns the start of a WebP file: the RIFF header with form type WEBP and a VP8L chunk header. */
export function webpFile(): Buffer {
  const header = Buffer.alloc(30);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(22, 4);
  header.write('WEBPVP8L', 8, 'latin1');
  return header;
}
