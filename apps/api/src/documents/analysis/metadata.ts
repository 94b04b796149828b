import { readOfficeOpenXmlMetadata } from './docx';
import type { DetectedType } from './formats';
import { DEFAULT_ANALYSIS_LIMITS, type AnalysisLimits } from './limits';
import { FileRejectedError } from './errors';
import { cleanTitle, NO_SUGGESTIONS, type SuggestedMetadata } from './metadata-values';
import { readOdtMetadata } from './odt';
import { readPdfMetadata } from './pdf';
import { readUtf8Text } from './text-file';
import { withZipArchive } from './zip';

// The title heading is expected near the top. Later ones are not looked for.
const MARKDOWN_TITLE_SEARCH_CHARS = 64 * 1024;

/**
 * Returns the text of the highest heading (level 1, else level 2) outside fenced code blocks. The
 * first one wins on equal level. A missing space after the `#` marks is accepted, because law texts
 * exported to Markdown write `##Wet van …`.
 */
export function findMarkdownTitle(markdown: string): string | null {
  let inFence = false;
  let best: { level: number; text: string } | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^ {0,3}(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    const heading = inFence ? null : /^ {0,3}(#{1,2})(?!#)[ \t]*(\S.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading && (!best || heading[1].length < best.level)) {
      const text = cleanTitle(heading[2]);
      if (text) best = { level: heading[1].length, text };
      if (best?.level === 1) break;
    }
  }
  return best?.text ?? null;
}

async function readMetadata(path: string, type: DetectedType, limits: AnalysisLimits): Promise<SuggestedMetadata> {
  switch (type.format) {
    case 'pdf':
      return readPdfMetadata(path);
    case 'docx':
    case 'xlsx':
    case 'pptx':
      return withZipArchive(path, limits, readOfficeOpenXmlMetadata);
    case 'odt':
      return withZipArchive(path, limits, readOdtMetadata);
    case 'markdown': {
      const text = await readUtf8Text(path, MARKDOWN_TITLE_SEARCH_CHARS, 'file_damaged');
      return { ...NO_SUGGESTIONS, title: findMarkdownTitle(text) };
    }
    case 'txt':
    case 'png':
    case 'jpeg':
    case 'gif':
    case 'webp':
      return { ...NO_SUGGESTIONS };
  }
}

/**
 * Reads suggested title, date and language from the file's own metadata: PDF Info and XMP, the core
 * properties of DOCX, XLSX and PPTX, ODT meta.xml, and the first `# ` heading of Markdown. Returns
 * nulls when the metadata is missing or damaged. Throws `FileRejectedError` only for a PDF that cannot be opened.
 */
export async function readSuggestedMetadata(
  path: string,
  type: DetectedType,
  limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
): Promise<SuggestedMetadata> {
  try {
    return await readMetadata(path, type, limits);
  } catch (error) {
    // A PDF that cannot be opened at all, or only with a password, is rejected at upload.
    if (type.format === 'pdf' && error instanceof FileRejectedError) throw error;
    // Otherwise a damaged part is reported by analyseDocument, and here it only means no suggestions.
    return { ...NO_SUGGESTIONS };
  }
}
