// Print vitest's totals as one plain line for log readers:
// "N passed, N expected failures, N failed, N skipped". Tests marked `it.fails` that failed as
// expected are counted apart (vitest's JSON report counts them as passed); their names come from
// scripts/expected-failures-reporter.mjs. Usage: node scripts/test-summary.mjs [DIR] (default test-output).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? fileURLToPath(new URL('../test-output', import.meta.url));
if (!existsSync(join(dir, 'vitest.json'))) {
  console.log('no test results: the tests did not run (see the typecheck or build errors above)');
  process.exit(1);
}
const report = JSON.parse(readFileSync(join(dir, 'vitest.json'), 'utf8'));
const listFile = join(dir, 'expected-failures.json');
const expected = existsSync(listFile) ? JSON.parse(readFileSync(listFile, 'utf8')).length : 0;
const passed = report.numPassedTests - expected;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${passed} passed, ${expected} expected failures, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.numFailedTests > 0 || report.numTotalTests === 0 ? 1 : 0);
