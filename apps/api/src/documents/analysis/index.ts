/**
 * Pure analysis of uploaded files for the document archive: type detection from the bytes, safe
 * file names, metadata suggestions, and text extraction with accessibility checks. Nothing here
 * writes files or talks to the database.
 */
export { analyseDocument, type DocumentAnalysis } from './analyse';
export { detectFileType } from './detect-type';
export { FileRejectedError } from './errors';
export { sanitizeFileName } from './file-name';
export type { DetectedType } from './formats';
export { DEFAULT_ANALYSIS_LIMITS, type AnalysisLimits } from './limits';
export { readSuggestedMetadata } from './metadata';
export type { SuggestedMetadata } from './metadata-values';
