import { appendFileSync } from 'node:fs';

/** Environment variable with the path of the ndjson file that the results reporter reads after the run. */
export const RESULTS_FILE_VARIABLE = 'INCLUSIEPLEIN_A11Y_RESULTS_FILE';

/** One finished accessibility check, written as one line of JSON. */
export interface CheckRecord {
  /** `axe`: an axe scan of one state. `journey`: a keyboard journey that reached its end. `display`: a reflow, zoom, motion or colour check. */
  kind: 'axe' | 'journey' | 'display';
  /** Route path as in APP_ROUTES, such as `/netwerken/:slug`. Empty for journeys across routes. */
  route: string;
  role: string;
  name: string;
  /** Number of failed axe rules or failed display conditions. 0 when the check passed. */
  violations: number;
}

/**
 * Appends a finished check to the run's results file. Does nothing when the suite runs
 * without the results reporter, such as from an editor plugin.
 */
export function recordCheck(record: CheckRecord): void {
  const file = process.env[RESULTS_FILE_VARIABLE];
  if (!file) {
    return;
  }
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}
