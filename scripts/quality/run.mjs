#!/usr/bin/env node
/**
 * `npm run quality [-- --data DIR] [-- --only basil,polnear,newsmtsc,html,events]`: runs the dev-data
 * scorers (../shared/dev-data by default) on this checkout's build and prints one table. Not part of
 * `npm test`: the scorers take minutes and the data is not in the package. Copy the rows you want to
 * keep into docs/quality.md with the commit and date it prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/dev-data' }, only: { type: 'string' } },
});
const data = resolve(values.data);
if (!existsSync(data)) {
  console.error(`quality: no dev data at ${data} (give --data DIR); nothing to score`);
  process.exit(0);
}
const only = values.only ? new Set(values.only.split(',')) : null;
const project = process.cwd();
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
const rows = [];
const ratio = (m) => (m ? `${m.value.toFixed(3)} (${m.num}/${m.den})` : 'n/a');

function scorer(name, args) {
  const script = join(data, name, 'score.py');
  if (!existsSync(script)) return null;
  const out = mkdtempSync(join(tmpdir(), `quality-${name}-`));
  console.error(`quality: ${name} …`);
  const r = spawnSync('python3', [script, '--project', project, '--out', out, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    rows.push([name, 'scorer failed', `exit ${r.status}`]);
    return null;
  }
  return JSON.parse(readFileSync(join(out, 'scores.json'), 'utf8'));
}

const runs = {
  basil() {
    const s = scorer('basil-dev', []);
    if (!s) return;
    const m = s.metrics;
    for (const k of ['quote_recall', 'speaker_accuracy', 'speaker_accuracy_person', 'lexical_recall', 'flag_precision_proxy', 'entity_recall']) rows.push(['basil-dev', k, ratio(m[k])]);
  },
  polnear() {
    const s = scorer('polnear', ['--split', 'dev']);
    if (!s) return;
    const m = s.metrics;
    rows.push(['polnear dev', 'quote_f1', m.quote_f1.value.toFixed(3)]);
    for (const k of ['quote_recall', 'speaker_accuracy', 'pronoun_source_resolved']) rows.push(['polnear dev', k, ratio(m[k])]);
  },
  newsmtsc() {
    const s = scorer('newsmtsc-train', ['--quiet']);
    if (!s) return;
    rows.push(['newsmtsc check', 'framediff macro-F1', s.rows.framediff.macro_f1.toFixed(3)]);
    rows.push(['newsmtsc check', 'AFINN macro-F1 (same run)', s.rows.afinn.macro_f1.toFixed(3)]);
    rows.push(['newsmtsc check', 'target coverage', s.coverage.coverage.toFixed(3)]);
  },
  html() {
    const s = scorer('html-pages', ['--quiet']);
    if (!s) return;
    rows.push(['html-pages', 'text F1 (all)', s.body.all.framediff.f1.toFixed(3)]);
    rows.push(['html-pages', 'text F1 (news)', s.body.news_like.framediff.f1.toFixed(3)]);
    rows.push(['html-pages', 'title exact', s.metadata.all.title_exact.toFixed(3)]);
    rows.push(['html-pages', 'byline exact', s.metadata.all.byline_exact.toFixed(3)]);
  },
  events() {
    const basil = join(data, 'basil-dev');
    if (!existsSync(basil)) return;
    console.error('quality: events …');
    const r = spawnSync('node', [join(project, 'test-output', 'quality-events.mjs'), '--basil', basil], { encoding: 'utf8' });
    for (const line of r.stdout.trim().split('\n')) {
      const m = /^(.+?)\s+articles.*purity ([\d.]+)\s+inverse purity ([\d.]+).*completeness ([\d.]+)/.exec(line);
      if (m) rows.push(['events (basil mixed)', `${m[1].trim()}: purity / inverse purity / completeness`, `${m[2]} / ${m[3]} / ${m[4]}`]);
    }
  },
};

for (const [name, run] of Object.entries(runs)) if (!only || only.has(name)) run();
console.log(`framediff ${commit}, ${new Date().toISOString().slice(0, 10)}, data ${data}\n`);
console.log('| dataset | metric | value |\n| --- | --- | --- |');
for (const [d, m, v] of rows) console.log(`| ${d} | ${m} | ${v} |`);
