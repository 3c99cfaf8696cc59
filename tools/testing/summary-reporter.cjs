// A jest reporter that writes the run's counts to reports/jest/<project>.json, so that
// `npm test` can print one total over every project, cached runs included (Nx restores the
// file as the test target's output).
'use strict';

const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const REPORT_DIR = join(__dirname, '..', '..', 'reports', 'jest');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const project = process.env.NX_TASK_TARGET_PROJECT ?? 'jest';
    const summary = {
      project,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
      suitesFailed: results.numFailedTestSuites + results.numRuntimeErrorTestSuites,
    };

    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(join(REPORT_DIR, `${project}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  }
}

module.exports = SummaryReporter;
