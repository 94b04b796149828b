import { slugify } from './slug';

describe('slugify', () => {
  it('joins words with dashes', () => {
    expect(slugify('Wonen & zorg in Zuid-Holland')).toBe('wonen-zorg-in-zuid-holland');
  });

  it('drops diacritics', () => {
    expect(slugify('Café Ærø: één coöperatie')).toBe('cafe-r-een-cooperatie');
  });

  it('splits the Dutch ij ligature', () => {
    expect(slugify('Ĳsselstreek')).toBe('ijsselstreek');
  });

  it('trims leading and trailing punctuation', () => {
    expect(slugify('  --Werk!--  ')).toBe('werk');
  });

  it('keeps digits', () => {
    expect(slugify('Artikel 9 in 2025')).toBe('artikel-9-in-2025');
  });

  it('falls back for names without letters', () => {
    expect(slugify('!!! ???')).toBe('netwerk');
  });

  it('cuts long names without trailing dash', () => {
    const slug = slugify(`${'a'.repeat(99)} b${'c'.repeat(50)}`);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toBe('a'.repeat(99));
  });
});
