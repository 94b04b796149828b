import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { BODY_NUMBERING, markdownToParagraphs } from './markdown-docx';

/** Packs the converted Markdown into a document and returns its `word/document.xml`. */
async function documentXml(markdown: string): Promise<string> {
  const document = new Document({
    numbering: { config: [BODY_NUMBERING] },
    sections: [{ children: markdownToParagraphs(markdown) }],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  return zip.file('word/document.xml')!.async('string');
}

describe('markdownToParagraphs', () => {
  it('maps headings one level down', async () => {
    const xml = await documentXml('# Aanleiding\n\n### Details');
    expect(xml).toMatch(/w:val="Heading2".*Aanleiding/s);
    expect(xml).toMatch(/w:val="Heading4".*Details/s);
  });

  it('keeps bold and italics', async () => {
    const xml = await documentXml('Een **vet** en *schuin* woord');
    expect(xml).toMatch(/<w:b\/>.*vet/s);
    expect(xml).toMatch(/<w:i\/>.*schuin/s);
  });

  it('writes bullet and numbered lists as list paragraphs', async () => {
    const xml = await documentXml('- Punt een\n  - Dieper\n\n1. Stap een\n2. Stap twee');
    expect(xml).toContain('Punt een');
    expect(xml).toContain('Stap twee');
    expect(xml.match(/<w:numPr>/g)?.length).toBe(4);
    expect(xml).toContain('<w:ilvl w:val="1"/>');
  });

  it('writes raw HTML as text', async () => {
    const xml = await documentXml('<script>alert(1)</script>');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('returns nothing for an empty body', () => {
    expect(markdownToParagraphs('')).toEqual([]);
  });
});
