import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataSource } from 'typeorm';
import { CrpdArticleEntity } from './crpd-article.entity';
import { MunicipalityEntity } from './municipality.entity';

/** Folder with the copied source files; SOURCES.md there names where each comes from. */
function dataFolder(): string {
  return join(dirname(require.resolve('@inclusieplein/api/package.json')), 'src', 'reference-data', 'data');
}

/**
 * Splits one CSV line into fields as RFC 4180 quotes them: a field in double quotes may contain
 * commas, and `""` inside it is one quote. Fields in this file never span lines.
 */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

export function readMunicipalities(): MunicipalityEntity[] {
  const lines = readFileSync(join(dataFolder(), 'gemeenten.csv'), 'utf8').trim().split(/\r?\n/);
  const header = lines.shift();
  if (header !== 'code,name,province') throw new Error(`gemeenten.csv has an unexpected header: ${header}`);
  return lines.map((line) => {
    const fields = splitCsvLine(line);
    if (fields.length !== 3) throw new Error(`gemeenten.csv has a line with ${fields.length} fields instead of 3: ${line}`);
    const [code, name, province] = fields;
    return Object.assign(new MunicipalityEntity(), { code, name, province });
  });
}

interface ConventionArticleRecord {
  number: number;
  title_en: string;
  title_nl: string;
  text_en: string;
  text_nl: string;
}

interface ProtocolArticleRecord {
  number: number;
  first_line_en: string;
  first_line_nl: string;
  text_en: string;
  text_nl: string;
}

/** Shortens an Optional Protocol first line to a heading-sized text, at a word boundary. */
function headingFromFirstLine(line: string): string {
  const text = line.replace(/^\d+\.\s*/, '');
  if (text.length <= 90) return text;
  const cut = text.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

export function readCrpdArticles(): CrpdArticleEntity[] {
  const read = <T>(file: string): T[] => JSON.parse(readFileSync(join(dataFolder(), file), 'utf8')) as T[];
  const convention = read<ConventionArticleRecord>('crpd-articles.json').map((record) =>
    Object.assign(new CrpdArticleEntity(), {
      instrument: 'convention' as const,
      number: record.number,
      titleNl: record.title_nl,
      titleEn: record.title_en,
      textNl: record.text_nl,
      textEn: record.text_en,
    }),
  );
  const protocol = read<ProtocolArticleRecord>('crpd-optional-protocol.json').map((record) =>
    Object.assign(new CrpdArticleEntity(), {
      instrument: 'optional-protocol' as const,
      number: record.number,
      titleNl: headingFromFirstLine(record.first_line_nl),
      titleEn: headingFromFirstLine(record.first_line_en),
      textNl: record.text_nl,
      textEn: record.text_en,
    }),
  );
  return [...convention, ...protocol];
}

/** Inserts or updates the municipalities and CRPD articles; rows that are no longer in the files stay. */
export async function loadReferenceData(dataSource: DataSource): Promise<{ municipalities: number; crpdArticles: number }> {
  const municipalities = readMunicipalities();
  const articles = readCrpdArticles();
  await dataSource.transaction(async (manager) => {
    await manager.upsert(MunicipalityEntity, municipalities, ['code']);
    await manager.upsert(CrpdArticleEntity, articles, ['instrument', 'number']);
  });
  return { municipalities: municipalities.length, crpdArticles: articles.length };
}
