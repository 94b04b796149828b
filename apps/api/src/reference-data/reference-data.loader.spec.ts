import { splitCsvLine, readCrpdArticles, readMunicipalities } from './reference-data.loader';

describe('splitCsvLine', () => {
  it('splits plain fields', () => {
    expect(splitCsvLine('GM0363,Amsterdam,Noord-Holland')).toEqual(['GM0363', 'Amsterdam', 'Noord-Holland']);
  });

  it('keeps commas inside quotes', () => {
    expect(splitCsvLine('GM0820,"Nuenen, Gerwen en Nederwetten",Noord-Brabant')).toEqual([
      'GM0820',
      'Nuenen, Gerwen en Nederwetten',
      'Noord-Brabant',
    ]);
  });

  it('reads doubled quotes as one quote', () => {
    expect(splitCsvLine('"a ""b""",c')).toEqual(['a "b"', 'c']);
  });
});

describe('reference data files', () => {
  it('has 342 municipalities with unique codes', () => {
    const municipalities = readMunicipalities();
    expect(municipalities).toHaveLength(342);
    expect(new Set(municipalities.map((municipality) => municipality.code)).size).toBe(342);
    expect(municipalities.find((municipality) => municipality.code === 'GM0820')?.name).toBe(
      'Nuenen, Gerwen en Nederwetten',
    );
  });

  it('has 50 convention and 18 protocol articles', () => {
    const articles = readCrpdArticles();
    expect(articles.filter((article) => article.instrument === 'convention')).toHaveLength(50);
    expect(articles.filter((article) => article.instrument === 'optional-protocol')).toHaveLength(18);
  });
});
