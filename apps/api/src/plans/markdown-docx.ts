import { HeadingLevel, LevelFormat, Paragraph, TextRun } from 'docx';
import type { INumberingOptions } from 'docx';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/** Reference of the numbering definition that numbered lists in a plan body use. */
export const BODY_NUMBERING_REFERENCE = 'plan-body-numbering';

/** Numbering definition for ordered lists, nine levels deep as Word allows. */
export const BODY_NUMBERING: INumberingOptions['config'][number] = {
  reference: BODY_NUMBERING_REFERENCE,
  levels: Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  })),
};

const BODY_HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

// Same parser settings as post rendering, so the document shows what the plan page shows. Raw HTML stays text.
const parser = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

interface Formatting {
  bold: boolean;
  italics: boolean;
  code: boolean;
}

/** Turns the inline children of one Markdown block into Word runs with bold, italics and code kept. */
function inlineRuns(children: Token[] | null): TextRun[] {
  const runs: TextRun[] = [];
  const format: Formatting = { bold: false, italics: false, code: false };
  for (const token of children ?? []) {
    switch (token.type) {
      case 'strong_open':
        format.bold = true;
        break;
      case 'strong_close':
        format.bold = false;
        break;
      case 'em_open':
        format.italics = true;
        break;
      case 'em_close':
        format.italics = false;
        break;
      case 'softbreak':
      case 'hardbreak':
        runs.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'code_inline':
        runs.push(new TextRun({ text: token.content, font: 'Courier New', bold: format.bold, italics: format.italics }));
        break;
      case 'text':
      case 'html_inline':
        runs.push(new TextRun({ text: token.content, bold: format.bold, italics: format.italics }));
        break;
      case 'image':
        runs.push(new TextRun({ text: token.content, bold: format.bold, italics: format.italics }));
        break;
      default:
        // Link tokens only wrap text tokens, which the cases above already write.
        break;
    }
  }
  return runs;
}

interface ListContext {
  ordered: boolean;
  /** Word numbering instance, so each ordered list starts at 1. */
  instance: number;
}

/**
 * Converts a plan body from Markdown to Word paragraphs. It maps headings, paragraphs, nested bullet
 * and numbered lists, bold, italics, code, indented block quotes and table rows (cells joined with
 * " | "). A `#` heading becomes Heading 2 because the plan title is the document's Heading 1.
 */
export function markdownToParagraphs(source: string): Paragraph[] {
  const tokens = parser.parse(source, {});
  const paragraphs: Paragraph[] = [];
  const lists: ListContext[] = [];
  let nextInstance = 0;
  let quoteDepth = 0;
  let tableRow: TextRun[][] | null = null;

  const listProperties = () => {
    const list = lists[lists.length - 1];
    if (!list) return {};
    const level = Math.min(lists.length - 1, 8);
    return list.ordered
      ? { numbering: { reference: BODY_NUMBERING_REFERENCE, level, instance: list.instance } }
      : { bullet: { level } };
  };
  const indent = () => (quoteDepth > 0 ? { indent: { left: 720 * quoteDepth } } : {});

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    switch (token.type) {
      case 'heading_open': {
        const level = Number(token.tag.slice(1));
        const inline = tokens[index + 1];
        paragraphs.push(new Paragraph({ heading: BODY_HEADINGS[Math.min(level, BODY_HEADINGS.length) - 1], children: inlineRuns(inline.children) }));
        index += 2;
        break;
      }
      case 'bullet_list_open':
        lists.push({ ordered: false, instance: 0 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, instance: nextInstance++ });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'tr_open':
        tableRow = [];
        break;
      case 'tr_close':
        if (tableRow) {
          const runs = tableRow.flatMap((cell, cellIndex) => (cellIndex === 0 ? cell : [new TextRun(' | '), ...cell]));
          paragraphs.push(new Paragraph({ children: runs, ...indent() }));
        }
        tableRow = null;
        break;
      case 'inline':
        if (tableRow) {
          tableRow.push(inlineRuns(token.children));
        } else {
          paragraphs.push(new Paragraph({ children: inlineRuns(token.children), ...listProperties(), ...indent() }));
        }
        break;
      case 'fence':
      case 'code_block':
        for (const line of token.content.replace(/\n$/, '').split('\n')) {
          paragraphs.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })], ...indent() }));
        }
        break;
      default:
        break;
    }
  }
  return paragraphs;
}
