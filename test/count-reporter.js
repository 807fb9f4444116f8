// A web-test-runner reporter that writes the pass/fail counts of a run to a JSON file, so
// that test/run.js can print one honest total line for every suite it runs, and the names of
// the failures just above it: CI keeps only the tail of a long log.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * A message on one line, cut short: the list must stay one line per failure, and fast-check's
 * reports run to pages (its seed, on their second line, is kept).
 */
const brief = (message = 'failed') => {
  const line = String(message).trim().split(/\s*\n\s*/).join(' ⏎ ');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
};

function count(results, totals, where, path = []) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${where}: ${[...path, test.name].join(' › ')} — ${brief(test.error?.message)}`);
    }
  }
  for (const suite of results.suites ?? []) count(suite, totals, where, [...path, suite.name]);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const where = `${session.browser.name} ${relative(process.cwd(), session.testFile)}`;
        count(session.testResults, totals, where);
        // A test file that failed to load (or errored outside a test) counts as a failure,
        // not as zero tests.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed++;
          totals.failures.push(`${where}: ${session.errors.map((error) => brief(error.message)).join('; ')}`);
        }
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
