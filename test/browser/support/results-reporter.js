// Jest loads reporters without transforming them, so this file is plain CommonJS.
const { existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const RESULTS_FILE_VARIABLE = 'INCLUSIEPLEIN_A11Y_RESULTS_FILE';
const OUTPUT = resolve(__dirname, '../../../docs/accessibility/results.json');

/**
 * Writes docs/accessibility/results.json after a full run of the browser suite, from the
 * checks the tests appended to an ndjson file and from jest's pass/fail totals.
 * A run limited to some files or test names leaves the file alone, so the accessibility
 * statement never shows the numbers of a partial run.
 */
class AccessibilityResultsReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
    // Set before jest starts its workers, so they inherit it.
    this.recordsFile = join(tmpdir(), `inclusieplein-a11y-${process.pid}-${Date.now()}.ndjson`);
    process.env[RESULTS_FILE_VARIABLE] = this.recordsFile;
  }

  onRunComplete(_contexts, aggregated) {
    const records = readRecords(this.recordsFile);
    rmSync(this.recordsFile, { force: true });

    const partial = Boolean(this.globalConfig.testPathPattern) || Boolean(this.globalConfig.testNamePattern);
    if (partial && process.env.INCLUSIEPLEIN_A11Y_WRITE_PARTIAL !== 'true') {
      console.log('Accessibility results: partial run, docs/accessibility/results.json left unchanged.');
      return;
    }

    const axeChecks = records.filter((record) => record.kind === 'axe');
    const violations = records.reduce((total, record) => total + record.violations, 0);
    const failedTests = aggregated.numFailedTests + aggregated.numRuntimeErrorTestSuites;
    const summary = {
      generatedAt: new Date().toISOString(),
      standard: 'WCAG 2.2 AA',
      pagesChecked: new Set(records.filter((record) => record.route).map((record) => record.route)).size,
      statesChecked: axeChecks.length,
      roles: [...new Set(records.map((record) => record.role).filter(Boolean))].sort(),
      violations,
      keyboardJourneys: records.filter((record) => record.kind === 'journey' && record.violations === 0).length,
      displayChecks: records.filter((record) => record.kind === 'display').length,
      passed: failedTests === 0 && violations === 0 && records.length > 0,
      lighthouse: readLighthouse(),
    };
    writeFileSync(OUTPUT, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(
      `Accessibility results: ${summary.statesChecked} states on ${summary.pagesChecked} routes, ` +
        `${summary.keyboardJourneys} keyboard journeys, ${violations} violations; written to ${OUTPUT}.`,
    );
  }
}

function readRecords(file) {
  if (!existsSync(file)) {
    return [];
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Keeps the Lighthouse results that another tool wrote into the file. */
function readLighthouse() {
  if (!existsSync(OUTPUT)) {
    return [];
  }
  try {
    const current = JSON.parse(readFileSync(OUTPUT, 'utf8'));
    return Array.isArray(current.lighthouse) ? current.lighthouse : [];
  } catch {
    return [];
  }
}

module.exports = AccessibilityResultsReporter;
