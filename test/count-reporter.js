// A web-test-runner reporter that writes the pass/fail counts of a run to a JSON file, so
// that test/run.js can print one honest total line for every suite it runs.
import { writeFileSync } from 'node:fs';

function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A test file that failed to load counts as a failure, not as zero tests.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
