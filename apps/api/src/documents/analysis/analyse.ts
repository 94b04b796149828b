import type { DocumentAccessibility, DocumentCheck } from '@inclusieplein/contract';

import { docxChecks, readDocxContent } from './docx';
import { damagedFile } from './errors';
import type { DetectedType } from './formats';
import { DEFAULT_ANALYSIS_LIMITS, type AnalysisLimits } from './limits';
import { findOfficePackage, type OfficePackage } from './office-package';
import { odtChecks, readOdtContent } from './odt';
import { analysePdf } from './pdf';
import { capText, readUtf8Text } from './text-file';
import { withZipArchive, type ZipArchive } from './zip';

/** Result of the background job for one file: its text for search and its accessibility checks. */
export interface DocumentAnalysis {
  extraction: { status: 'done' | 'no_text' | 'not_applicable'; text: string; pageCount: number | null };
  accessibility: DocumentAccessibility;
}

const NOT_CHECKED: DocumentAccessibility = { status: 'not_checked', checks: [] };

function accessibilityOf(checks: DocumentCheck[]): DocumentAccessibility {
  return { status: checks.every((check) => check.passed) ? 'passed' : 'issues', checks };
}

function notApplicable(): DocumentAnalysis {
  return {
    extraction: { status: 'not_applicable', text: '', pageCount: null },
    accessibility: { ...NOT_CHECKED, checks: [] },
  };
}

async function openOfficePackage(archive: ZipArchive, type: DetectedType): Promise<OfficePackage> {
  const officePackage = await findOfficePackage(archive);
  if (officePackage.format !== type.format) {
    throw damagedFile(`The file was detected as ${type.format}, but its contents are ${officePackage.format}.`);
  }
  return officePackage;
}

async function analyseOffice(path: string, type: DetectedType, limits: AnalysisLimits): Promise<DocumentAnalysis> {
  return withZipArchive(path, limits, async (archive) => {
    const { format, mainPart } = await openOfficePackage(archive, type);
    if (format !== 'docx' && format !== 'odt') {
      return notApplicable();
    }

    const content = format === 'docx' ? await readDocxContent(archive, mainPart) : await readOdtContent(archive, mainPart);
    const checks = format === 'docx' ? docxChecks(content) : odtChecks(content);
    return {
      extraction: { status: 'done', text: capText(content.paragraphs.join('\n'), limits.maxExtractedChars), pageCount: null },
      accessibility: accessibilityOf(checks),
    };
  });
}

/**
 * Extracts the full text and runs the accessibility checks, for the background job. The text is
 * capped at `limits.maxExtractedChars`. Spreadsheets, presentations and images get extraction
 * `not_applicable` (their container is still checked against the limits). Only PDF, DOCX and ODT are
 * checked for accessibility. Throws `FileRejectedError('file_damaged')` for broken or hostile files.
 */
export async function analyseDocument(
  path: string,
  type: DetectedType,
  limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
): Promise<DocumentAnalysis> {
  switch (type.format) {
    case 'pdf': {
      const pdf = await analysePdf(path, limits.maxExtractedChars);
      return {
        extraction: { status: pdf.hasText ? 'done' : 'no_text', text: pdf.text, pageCount: pdf.pageCount },
        accessibility: accessibilityOf(pdf.checks),
      };
    }
    case 'docx':
    case 'odt':
    case 'xlsx':
    case 'pptx':
      return analyseOffice(path, type, limits);
    case 'txt':
    case 'markdown': {
      const text = await readUtf8Text(path, limits.maxExtractedChars, 'file_damaged');
      return {
        extraction: { status: 'done', text, pageCount: null },
        accessibility: { ...NOT_CHECKED, checks: [] },
      };
    }
    case 'png':
    case 'jpeg':
    case 'gif':
    case 'webp':
      return notApplicable();
  }
}
