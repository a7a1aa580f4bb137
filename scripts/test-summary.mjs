// Print vitest's totals as one plain line ("N passed, N failed, N skipped") for log readers.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../test-output/vitest.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.numFailedTests > 0 || report.numTotalTests === 0 ? 1 : 0);
