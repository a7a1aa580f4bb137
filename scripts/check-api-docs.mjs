// CI check: every symbol exported from the public entry points (framediff, framediff/core) has a
// doc comment. TypeDoc (typedoc.json: `notDocumented` validation) names the ones that have none;
// any one fails the check. `npm run docs:api` writes the HTML docs to docs/api/.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['typedoc', '--emit', 'none', '--logLevel', 'Warn'], { encoding: 'utf8' });
const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
if (run.error || run.status !== 0 || /\[error\]/.test(output)) {
  process.stderr.write(output || String(run.error));
  process.exit(1);
}
// eslint-disable-next-line no-control-regex -- strips the ANSI colour codes TypeDoc prints
const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
const missing = [
  ...new Set(
    [...plain.matchAll(/\[warning\] (\S+) \((\w+)\), defined in \S+?\/(src\/\S+?),? does not have any documentation/g)].map(
      (m) => `${m[1]} (${m[2]}) ${m[3]}`,
    ),
  ),
].sort();
// Any other TypeDoc warning (a broken {@link}, an unresolved reference) fails too, printed as is.
const other = plain.split('\n').filter((l) => /\[warning\]/.test(l) && !/does not have any documentation/.test(l) && !/Found \d+ errors? and \d+ warnings?/.test(l));
for (const s of missing) console.log(`undocumented export: ${s}`);
for (const l of other) console.log(l);
console.log(`api docs: ${missing.length} exported symbols without a doc comment`);
process.exit(missing.length || other.length ? 1 : 0);
