// Vitest reporter: list the tests marked `it.fails` that failed as expected. Vitest's JSON report
// counts them as passed; scripts/test-summary.mjs reads this list to count them apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export default class ExpectedFailuresReporter {
  constructor(options = {}) {
    // The environment variable lets a test run a second suite without touching this run's list.
    this.outputFile = options.outputFile ?? process.env.EXPECTED_FAILURES_FILE ?? 'test-output/expected-failures.json';
  }

  onTestRunEnd(testModules) {
    const names = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        if (test.options.fails && test.result().state === 'passed') names.push(test.fullName);
      }
    }
    mkdirSync(dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, `${JSON.stringify(names.sort(), null, 2)}\n`);
  }
}
