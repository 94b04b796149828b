import type { DocumentLanguage } from '@inclusieplein/contract';

/** Default metadata for the upload form, read from the file itself. */
export interface SuggestedMetadata {
  title: string | null;
  /** Calendar date `YYYY-MM-DD`. */
  documentDate: string | null;
  language: DocumentLanguage | null;
}

export const NO_SUGGESTIONS: SuggestedMetadata = { title: null, documentDate: null, language: null };

const MAX_TITLE_LENGTH = 500;

/** ISO 639-1 and ISO 639-2 codes of the languages the archive names, by primary language subtag. */
const LANGUAGE_CODES: Record<string, DocumentLanguage> = {
  nl: 'nl', nld: 'nl', dut: 'nl',
  fy: 'fy', fry: 'fy',
  en: 'en', eng: 'en',
  pap: 'pap',
  de: 'de', deu: 'de', ger: 'de',
  fr: 'fr', fra: 'fr', fre: 'fr',
  ar: 'ar', ara: 'ar',
  tr: 'tr', tur: 'tr',
};

/** BCP 47 tags that name no language: undetermined, no linguistic content, multiple, and XMP's default. */
const NON_LANGUAGE_TAGS = new Set(['und', 'zxx', 'mul', 'x-default', 'x-none']);

/** Maps a language tag such as `nl-NL` or `fry` to a `DocumentLanguage`, or null for an empty or malformed tag. */
export function languageFromTag(tag: string | null | undefined): DocumentLanguage | null {
  const normalised = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (normalised === '' || NON_LANGUAGE_TAGS.has(normalised) || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(normalised)) {
    return null;
  }
  const primary = normalised.split('-')[0];
  return LANGUAGE_CODES[primary] ?? 'other';
}

/** Checks whether the tag names a language a screen reader can pick a voice for. */
export function isUsableLanguageTag(tag: string | null | undefined): boolean {
  return languageFromTag(tag) !== null;
}

function calendarDate(year: number, month: number, day: number): string | null {
  // Office and PDF producers write 1601-01-01 or 1899-12-30 when no date is known.
  if (year < 1900 || year > 9999) {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Reads the calendar date of an ISO 8601 date-time (`2021-06-21T10:00:00Z`, as in Office and XMP
 * metadata) or a PDF date (`D:20210722105640+02'00'`), as written and so in the writer's own time zone.
 */
export function dateFromMetadata(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) {
    return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const pdf = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(text);
  if (pdf) {
    return calendarDate(Number(pdf[1]), Number(pdf[2]), Number(pdf[3]));
  }
  return null;
}

/** Collapses whitespace and drops control characters. Returns null when nothing is left. */
export function cleanTitle(value: string | null | undefined): string | null {
  const title = (value ?? '')
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return title === '' ? null : title.slice(0, MAX_TITLE_LENGTH);
}
