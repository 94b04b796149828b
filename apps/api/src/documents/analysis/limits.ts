/** Bounds on the work and memory that reading one uploaded file may take. */
export interface AnalysisLimits {
  /** Maximum number of entries in an Office ZIP container. */
  maxZipEntries: number;
  /** Maximum sum of the uncompressed sizes of all ZIP entries, declared and actually inflated, in bytes. */
  maxUncompressedBytes: number;
  /** Maximum ratio of uncompressed to compressed size of one ZIP entry. */
  maxCompressionRatio: number;
  /** Maximum uncompressed size of one XML part (or other entry) that is read into memory, in bytes. */
  maxXmlPartBytes: number;
  /** Maximum length of the extracted text, in UTF-16 code units. Longer text is cut off. */
  maxExtractedChars: number;
}

const MEBIBYTE = 1024 * 1024;

export const DEFAULT_ANALYSIS_LIMITS: AnalysisLimits = {
  maxZipEntries: 5000,
  maxUncompressedBytes: 500 * MEBIBYTE,
  maxCompressionRatio: 200,
  maxXmlPartBytes: 64 * MEBIBYTE,
  maxExtractedChars: 2_000_000,
};
