#!/usr/bin/env node
/**
 * Claim-alignment figures on the own gold (tests/fixtures/claim-alignment/): pair precision/recall,
 * "only in X" items right, omissions found, attribution drift, verbatim passages; dev and held-apart
 * sets reported separately. Needs `npm run build` and, for the BASIL events, the dev data folder:
 *   node scripts/score-alignment.mjs [--data ../shared/dev-data] [--set dev|held-apart] [--verbose]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareCorpus } from '../dist/index.js';
import { scoreComparison, summarize } from './claim-alignment-score.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(import.meta.dirname, '..');
const candidates = [opt('--data'), '../shared/dev-data', '../../shared/dev-data'].filter(Boolean).map((p) => resolve(root, p));
const data = candidates.find((p) => existsSync(join(p, 'basil-dev')));
const goldDir = join(root, 'tests/fixtures/claim-alignment');
const verbose = args.includes('--verbose');
const only = opt('--set');
// --opt '{"alignThreshold":0.3}': comparison options for experiments.
const extra = opt('--opt') ? JSON.parse(opt('--opt')) : {};

const results = { dev: [], 'held-apart': [] };
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  if (only && gold.set !== only) continue;
  const keys = Object.keys(gold.articles);
  let paths;
  let manifest;
  if (gold.source === 'corpus/') {
    paths = [join(root, 'corpus')];
    manifest = join(root, 'corpus/manifest.json');
  } else {
    if (!data) {
      console.error(`skip ${file}: dev data not found (--data)`);
      continue;
    }
    paths = keys.map((k) => join(data, gold.source, gold.articles[k]));
  }
  const { comparison, errors } = await compareCorpus(paths, manifest ? { manifest, ...extra } : extra);
  if (errors.length) console.error(file, errors.map((e) => e.message));
  const base = (p) => p.split('/').pop();
  const articleOfKey = (k) => comparison.articles.findIndex((a) => base(a.source?.label ?? a.id) === base(gold.articles[k]));
  const r = scoreComparison(gold, comparison, articleOfKey);
  results[gold.set].push(r);
  if (verbose) console.log(file, JSON.stringify({ pairs: r.pairs, only: r.only, omissions: r.omissions, drift: r.drift, verbatim: r.verbatim, missingAnchors: r.missingAnchors }, null, 1));
}
for (const [set, rs] of Object.entries(results)) if (rs.length) console.log(set, JSON.stringify(summarize(rs), null, 1));
