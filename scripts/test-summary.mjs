// Prints the closing line of a test run, "N passed, N failed", from vitest's JSON report.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'artifacts/test-results.json';
if (!existsSync(file)) {
  console.error(`no test report at ${file}: the run stopped before the tests (see above)`);
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
// Name every failure, so that a red run says at once what to look at.
for (const suite of report.testResults ?? []) {
  for (const test of suite.assertionResults ?? []) {
    if (test.status === 'failed') console.log(`FAILED: ${suite.name.replace(process.cwd() + '/', '')} > ${test.fullName ?? test.title}`);
  }
  if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed')) {
    console.log(`FAILED: ${suite.name.replace(process.cwd() + '/', '')}: ${(suite.message ?? '').split('\n')[0]}`);
  }
}
// A test file that cannot even load has no failed tests of its own: count it as one failure.
const failed = report.numFailedTests > 0 ? report.numFailedTests : report.numFailedTestSuites;
const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
