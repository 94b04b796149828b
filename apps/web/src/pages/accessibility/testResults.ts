// The browser accessibility suite overwrites this file with its latest results. Vite bundles it at build time.
import rawResults from '../../../../../docs/accessibility/results.json';

export interface LighthouseScore {
  page: string;
  /** Accessibility score from 0 to 100. */
  score: number;
}

/** Summary of the latest run of the browser accessibility suite. */
export interface TestResults {
  /** ISO date and time of the run, or null before the suite has run. */
  generatedAt: string | null;
  standard: string;
  pagesChecked: number;
  statesChecked: number;
  roles: string[];
  violations: number;
  keyboardJourneys: number;
  passed: boolean | null;
  lighthouse: LighthouseScore[];
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Reads one Lighthouse entry. Lighthouse reports scores from 0 to 1, so a value above 1
 * is taken as already on the 0–100 scale.
 */
function readLighthouse(entry: unknown): LighthouseScore | null {
  if (typeof entry !== 'object' || entry === null) {
    return null;
  }
  const record = entry as Record<string, unknown>;
  const page = [record.page, record.path, record.url].find((value) => typeof value === 'string') as string | undefined;
  const rawScore = [record.score, record.accessibility].find((value) => typeof value === 'number') as number | undefined;
  if (page === undefined || rawScore === undefined) {
    return null;
  }
  return { page, score: Math.round(rawScore <= 1 ? rawScore * 100 : rawScore) };
}

/** Checks the shape of the results file, so a malformed file shows "not measured" instead of breaking the page. */
export function readTestResults(raw: unknown): TestResults {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const generatedAt = typeof record.generatedAt === 'string' && !Number.isNaN(Date.parse(record.generatedAt)) ? record.generatedAt : null;
  return {
    generatedAt,
    standard: typeof record.standard === 'string' ? record.standard : 'WCAG 2.2 AA',
    pagesChecked: numberOr(record.pagesChecked, 0),
    statesChecked: numberOr(record.statesChecked, 0),
    roles: Array.isArray(record.roles) ? record.roles.filter((role): role is string => typeof role === 'string') : [],
    violations: numberOr(record.violations, 0),
    keyboardJourneys: numberOr(record.keyboardJourneys, 0),
    passed: typeof record.passed === 'boolean' ? record.passed : null,
    lighthouse: Array.isArray(record.lighthouse)
      ? record.lighthouse.map(readLighthouse).filter((score): score is LighthouseScore => score !== null)
      : [],
  };
}

export const TEST_RESULTS: TestResults = readTestResults(rawResults);
