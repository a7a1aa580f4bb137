#!/usr/bin/env node
/**
 * Regenerates the example reports for the seed corpus with the built CLI, exactly as a reader
 * would (`framediff compare corpus --out ...`). Run after `npm run build`:
 *
 *   node examples/generate.mjs            # writes examples/reports/seed-report.{html,md}
 *   node examples/generate.mjs OUT_DIR    # writes them elsewhere (the test compares the two)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'examples', 'reports'));
const cli = join(root, 'dist', 'cli.js');

mkdirSync(outDir, { recursive: true });
for (const file of ['seed-report.html', 'seed-report.md']) {
  // Relative input path: the report shows source labels, which must not depend on where the repo lives.
  execFileSync(process.execPath, [cli, 'compare', 'corpus', '--out', join(outDir, file)], { cwd: root, stdio: 'inherit' });
}
process.stdout.write(`wrote seed-report.html and seed-report.md to ${outDir}\n`);
