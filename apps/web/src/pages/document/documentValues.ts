import {
  DOCUMENT_KINDS,
  DOCUMENT_LANGUAGES,
  DOCUMENT_LICENCES,
  LIMITS,
  type DocumentDetail,
  type DocumentKind,
  type DocumentLanguage,
  type DocumentLicence,
  type DocumentMetadataInput,
  type UploadedFile,
} from '@inclusieplein/contract';
import type { FieldProblem } from '../../api/errorText';
import { checkAll } from '../../forms/validation';

/** Values of the description form as the fields contain them, with empty strings for no choice. */
export interface DocumentFormValues {
  title: string;
  summary: string;
  kind: DocumentKind | '';
  municipalityCode: string;
  documentDate: string;
  crpdArticleNumbers: number[];
  sourceOrganisation: string;
  language: DocumentLanguage;
  licence: DocumentLicence;
}

export const EMPTY_DOCUMENT: DocumentFormValues = {
  title: '',
  summary: '',
  kind: '',
  municipalityCode: '',
  documentDate: '',
  crpdArticleNumbers: [],
  sourceOrganisation: '',
  language: 'nl',
  licence: 'unknown',
};

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Earliest year accepted as a document date. A date field accepts any year from 1 on, so a year
 * typed only partly, such as 0002, would otherwise be stored as a real date.
 */
const EARLIEST_YEAR = 1900;

/** Fills the fields that the file's own metadata suggests, leaving what the person already typed. */
export function withSuggestions(values: DocumentFormValues, upload: UploadedFile): DocumentFormValues {
  const { suggested } = upload;
  return {
    ...values,
    title: values.title || (suggested.title ?? ''),
    documentDate: values.documentDate || (suggested.documentDate ?? ''),
    language: suggested.language && values.language === EMPTY_DOCUMENT.language ? suggested.language : values.language,
  };
}

/** Converts a stored document to form values for the edit page. */
export function valuesOf(document: DocumentDetail): DocumentFormValues {
  return {
    title: document.title,
    summary: document.summary,
    kind: document.kind,
    municipalityCode: document.municipality?.code ?? '',
    documentDate: document.documentDate ?? '',
    crpdArticleNumbers: document.crpdArticleNumbers,
    sourceOrganisation: document.sourceOrganisation ?? '',
    language: document.language,
    licence: document.licence,
  };
}

/**
 * Checks whether a YYYY-MM-DD value is a plausible document date: from 1900 up to the end of next
 * year. The API accepts any calendar date, so only this form rejects the years outside that range.
 */
function isPlausibleDocumentDate(value: string, today = new Date()): boolean {
  if (!DATE_PATTERN.test(value) || Number.isNaN(Date.parse(value))) return false;
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= today.getFullYear() + 1;
}

/**
 * Checks the description in the browser with the limits the API uses. The server checks it again.
 * `dateFieldIncomplete` is true when the date field contains a date that is only partly typed, which
 * the field reports as an empty value.
 */
export function checkDocument(values: DocumentFormValues, dateFieldIncomplete = false): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {
    ...checkAll(
      { title: values.title, summary: values.summary, sourceOrganisation: values.sourceOrganisation },
      {
        title: { required: true, ...LIMITS.documentTitle },
        summary: { required: true, ...LIMITS.documentSummary },
        sourceOrganisation: LIMITS.sourceOrganisation,
      },
    ),
  } as Record<string, FieldProblem>;
  if (!(DOCUMENT_KINDS as readonly string[]).includes(values.kind)) {
    problems.kind = { code: 'required' };
  }
  if (dateFieldIncomplete || (values.documentDate && !isPlausibleDocumentDate(values.documentDate))) {
    problems.documentDate = { code: 'invalid_date' };
  }
  if (!DOCUMENT_LANGUAGES.includes(values.language)) {
    problems.language = { code: 'required' };
  }
  if (!DOCUMENT_LICENCES.includes(values.licence)) {
    problems.licence = { code: 'required' };
  }
  return problems;
}

/** Turns the form values into the request body, with null for empty optional fields. */
export function metadataInput(values: DocumentFormValues): DocumentMetadataInput {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    kind: values.kind as DocumentKind,
    municipalityCode: values.municipalityCode || null,
    documentDate: values.documentDate || null,
    crpdArticleNumbers: values.crpdArticleNumbers,
    sourceOrganisation: values.sourceOrganisation.trim() || null,
    language: values.language,
    licence: values.licence,
  };
}
