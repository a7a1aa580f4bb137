// Check an executed notebook: every code cell ran (an execution count), none raised, and the
// tables a reader expects are in the outputs (the outlets' headlines, the label table, the
// "Only ..." omissions). Usage: node scripts/check-notebook.mjs NOTEBOOK.ipynb
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const nb = JSON.parse(readFileSync(file, 'utf8'));
const code = nb.cells.filter((c) => c.cell_type === 'code');
const problems = [];
code.forEach((c, i) => {
  if (typeof c.execution_count !== 'number') problems.push(`cell ${i + 1} did not run`);
  for (const o of c.outputs ?? []) if (o.output_type === 'error') problems.push(`cell ${i + 1} raised ${o.ename}: ${o.evalue}`);
});
const text = code.flatMap((c) => c.outputs ?? []).map((o) => Object.values(o.data ?? {}).flat().join('') + [o.text ?? ''].flat().join('')).join('\n');
for (const expected of ['The Epoch Times', 'Russian dictator', '**Only ']) if (!text.includes(expected)) problems.push(`no output shows "${expected}"`);
for (const p of problems) console.error(`framediff: ${file}: ${p}`);
if (problems.length) process.exit(1);
console.log(`${file}: ${code.length} code cells ran, outputs as expected`);
