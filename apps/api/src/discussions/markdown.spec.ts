import { renderMarkdown } from './markdown';

describe('renderMarkdown heading levels', () => {
  it('moves headings down three levels by default', () => {
    expect(renderMarkdown('# Kop')).toContain('<h4>Kop</h4>');
  });

  it('moves headings by the given offset', () => {
    expect(renderMarkdown('# Kop\n\n## Sub', { headingOffset: 2 })).toContain('<h3>Kop</h3>');
    expect(renderMarkdown('## Sub', { headingOffset: 2 })).toContain('<h4>Sub</h4>');
  });

  it('never goes below h6', () => {
    expect(renderMarkdown('#### Diep', { headingOffset: 3 })).toContain('<h6>Diep</h6>');
  });
});
