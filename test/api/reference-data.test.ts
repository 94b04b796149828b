import type { CrpdArticle, Municipality } from '@inclusieplein/contract';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.close();
});

const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
];

describe('GET /api/municipalities', () => {
  let municipalities: Municipality[];

  beforeAll(async () => {
    const response = await request(testApp.baseUrl).get('/api/municipalities').expect(200);
    municipalities = response.body;
  });

  it('lists all 342 municipalities', () => {
    expect(municipalities).toHaveLength(342);
  });

  it('gives each a unique CBS code', () => {
    const codes = municipalities.map((municipality) => municipality.code);
    expect(codes.every((code) => /^GM\d{4}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(342);
  });

  it('gives each a known province', () => {
    const provinces = new Set(municipalities.map((municipality) => municipality.province));
    expect([...provinces].sort()).toEqual(PROVINCES);
  });

  it('returns exactly code, name and province', () => {
    expect(municipalities.find((municipality) => municipality.code === 'GM0363')).toEqual({
      code: 'GM0363',
      name: 'Amsterdam',
      province: 'Noord-Holland',
    });
  });

  it('reads a quoted name with a comma', () => {
    expect(municipalities.find((municipality) => municipality.code === 'GM0820')).toEqual({
      code: 'GM0820',
      name: 'Nuenen, Gerwen en Nederwetten',
      province: 'Noord-Brabant',
    });
  });

  it('sorts by name in Dutch order', () => {
    const names = municipalities.map((municipality) => municipality.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});

describe('GET /api/crpd-articles', () => {
  const articles = async (query = ''): Promise<CrpdArticle[]> =>
    (await request(testApp.baseUrl).get(`/api/crpd-articles${query}`).expect(200)).body;

  it('lists convention and protocol articles', async () => {
    const all = await articles();
    expect(all.filter((article) => article.instrument === 'convention')).toHaveLength(50);
    expect(all.filter((article) => article.instrument === 'optional-protocol')).toHaveLength(18);
    expect(all).toHaveLength(68);
  });

  it('names article 9 Toegankelijkheid', async () => {
    const article9 = (await articles('?instrument=convention')).find((article) => article.number === 9);
    expect(article9).toEqual({
      instrument: 'convention',
      number: 9,
      titleNl: 'Toegankelijkheid',
      titleEn: 'Accessibility',
    });
  });

  it('filters on the convention', async () => {
    const convention = await articles('?instrument=convention');
    expect(convention.map((article) => article.number)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(convention.every((article) => article.instrument === 'convention')).toBe(true);
  });

  it('filters on the optional protocol', async () => {
    const protocol = await articles('?instrument=optional-protocol');
    expect(protocol.map((article) => article.number)).toEqual(Array.from({ length: 18 }, (_, index) => index + 1));
    expect(protocol.every((article) => article.instrument === 'optional-protocol')).toBe(true);
  });

  it('gives protocol articles a short heading', async () => {
    const protocol = await articles('?instrument=optional-protocol');
    for (const article of protocol) {
      expect(article.titleNl.length).toBeGreaterThan(0);
      expect(article.titleNl.length).toBeLessThanOrEqual(92);
      expect(article.titleNl).not.toMatch(/^\d+\./);
    }
  });

  it('rejects an unknown instrument', async () => {
    const response = await request(testApp.baseUrl).get('/api/crpd-articles?instrument=verdrag').expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'instrument', code: 'invalid' })]);
  });
});
