/**
 * A research script: load a folder of articles, compare the outlets, print the label table and
 * write the tidy CSV tables for pandas/R.
 *
 *   npm run build
 *   npx deno run -A examples/research-script.ts corpus out/csv
 *
 * It runs the built package as a user's script would (`import ... from 'framediff'` in a project
 * that installed it); the types come from the source so the script typechecks before a build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

type Framediff = typeof import('../src/index.js');
// A variable specifier: resolved at run time, so typechecking does not need dist/ to exist.
const entry = new URL('../dist/index.js', import.meta.url).href;
const { loadCorpus, analyzeCorpus, compare, report, labelTable } = (await import(entry)) as Framediff;

const [folder = 'corpus', outDir = 'framediff-csv'] = process.argv.slice(2);

// 1. Load: every .txt/.md/.html/.json(l) file in the folder; manifest.json supplies the outlets.
const corpus = await loadCorpus(folder);
for (const e of corpus.errors) console.error(`skipped ${e.file}: ${e.code}: ${e.message}`);
console.log(`${corpus.articles.length} articles from ${new Set(corpus.articles.map((a) => a.outlet.id)).size} outlets`);

// 2. Analyze each article (actors, labels, quotes, sources, framing) and compare the outlets.
const comparison = compare(analyzeCorpus(corpus.articles));

// 3. The label table: which descriptor each outlet puts on each actor.
console.log(`\n${labelTable(comparison, { format: 'md' })}\n`);

// Flags point at evaluative labels and at factual contradictions (former vs current).
for (const row of comparison.labels) {
  for (const flag of row.flags.filter((f) => f.type !== 'unique')) {
    const e = flag.evidence[0];
    console.log(`${flag.type}: ${flag.message}${e ? `  [${e.articleId} ${e.start}-${e.end}: "${e.text}"]` : ''}`);
  }
}

// 4. Tidy CSV tables, one per file.
const tables = report(comparison, { format: 'csv' });
mkdirSync(outDir, { recursive: true });
for (const [file, csv] of Object.entries(tables)) writeFileSync(join(outDir, file), csv);
console.log(`\nwrote ${Object.keys(tables).length} CSV tables to ${outDir}: ${Object.keys(tables).join(', ')}`);
