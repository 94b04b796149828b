import type { DocumentFormat } from '@inclusieplein/contract';

/** Format of a file as decided from its bytes. */
export interface DetectedType {
  format: DocumentFormat;
  mediaType: string;
  /** File name extension without the dot, such as `pdf` or `md`. */
  extension: string;
}

export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';

const DETECTED_TYPES: Record<DocumentFormat, DetectedType> = {
  pdf: { format: 'pdf', mediaType: 'application/pdf', extension: 'pdf' },
  docx: {
    format: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  odt: { format: 'odt', mediaType: ODT_MEDIA_TYPE, extension: 'odt' },
  xlsx: {
    format: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  pptx: {
    format: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
  },
  txt: { format: 'txt', mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
  markdown: { format: 'markdown', mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
  png: { format: 'png', mediaType: 'image/png', extension: 'png' },
  jpeg: { format: 'jpeg', mediaType: 'image/jpeg', extension: 'jpg' },
  gif: { format: 'gif', mediaType: 'image/gif', extension: 'gif' },
  webp: { format: 'webp', mediaType: 'image/webp', extension: 'webp' },
};

export function detectedTypeOf(format: DocumentFormat): DetectedType {
  return { ...DETECTED_TYPES[format] };
}
