// CI check: every symbol exported from the public entry points (framediff, framediff/core) has a
// doc comment. TypeDoc finds the undocumented ones; those that lacked docs when the check was
// introduced are listed in docs/api-undocumented.txt and may only go away: a new undocumented
// export fails; a listed one that has been documented is named so its line can be deleted.
// `npm run docs:api` writes the HTML docs to docs/api/.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const BASELINE = new URL('../docs/api-undocumented.txt', import.meta.url);
const run = spawnSync('npx', ['typedoc', '--emit', 'none', '--logLevel', 'Warn'], { encoding: 'utf8' });
const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
if (run.error || /\[error\]/.test(output)) {
  process.stderr.write(output || String(run.error));
  process.exit(1);
}
const plain = output.replace(/\u001b\[[0-9;]*m/g, '') // eslint-disable-line no-control-regex -- strips ANSI colours;
const missing = [...plain.matchAll(/\[warning\] (\S+) \((\w+)\), defined in \S+?\/(src\/\S+), does not have any documentation/g)]
  .map((m) => `${m[1]} (${m[2]}) ${m[3]}`);
const found = new Set(missing);
const known = new Set(readFileSync(BASELINE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
const added = [...found].filter((s) => !known.has(s)).sort();
const fixed = [...known].filter((s) => !found.has(s)).sort();
for (const s of added) console.log(`undocumented export: ${s}`);
for (const s of fixed) console.log(`documented now, remove from docs/api-undocumented.txt: ${s}`);
console.log(`api docs: ${found.size} exported symbols without a doc comment (${known.size} allowed by the list), ${added.length} new`);
process.exit(added.length ? 1 : 0);
