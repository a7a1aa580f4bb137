/**
 * Findings must not depend on file names or on the order the files are given in: the seed
 * corpus renamed (every file) and reordered (reversed, and rotated) gives the same comparison.
 * Renaming used to change the variant groups (19 → 18), the coverage (71 → 70) and the synopsis.
 *
 * compare() first puts the articles in a canonical order (outlet id, date, article id: content, not
 * names or input order), sentence clustering runs in that order, and quotes are clustered by
 * order-free single linkage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { manifestMeta, validateManifest } from '../../src/load/manifest-schema.js';
import { normalize } from '../../src/normalize/normalize.js';
import { reportJsonString, synopsis, toMarkdown } from '../../src/report/index.js';
import type { AnalyzedArticle, Comparison } from '../../src/types/comparison.js';
import { corpusDir } from './pipeline.js';

const manifest = validateManifest(JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')), 'manifest.json');
const entries = manifest.articles!;

function load(order: number[], rename: (file: string, i: number) => string): AnalyzedArticle[] {
  return order.map((i) => {
    const e = entries[i];
    const a = normalize({ content: readFileSync(join(corpusDir, e.file)), label: rename(e.file, i), meta: manifestMeta(manifest, e) });
    return { ...a, analysis: analyze(a) };
  });
}

/** The comparison as a reader gets it, with the file names (the only thing allowed to differ) taken out. */
function findings(c: Comparison): string {
  const json = JSON.parse(reportJsonString(c, {})) as Record<string, unknown>;
  const text = JSON.stringify(json, (k, v) => (k === 'label' || k === 'path' || k === 'source' ? undefined : v));
  return text;
}

describe('findings do not depend on file names or input order', () => {
  const n = entries.length;
  let base: Comparison;
  let renamed: Comparison;
  let rotated: Comparison;
  beforeAll(() => {
    base = compare(load([...Array(n).keys()], (f) => f));
    renamed = compare(load([...Array(n).keys()].reverse(), (f, i) => `zz-${String(n - i).padStart(2, '0')}-${f.split('').reverse().join('')}`));
    rotated = compare(load([2, 3, 4, 0, 1].filter((i) => i < n), (f, i) => `story-${i * 7}.txt`));
  });

  it('the same variant groups, coverage, quotes, actors and rewrites', () => {
    for (const c of [renamed, rotated]) {
      expect(c.variants.length).toBe(base.variants.length);
      expect(c.coverage.length).toBe(base.coverage.length);
      expect(c.quoteClusters.map((q) => q.id)).toEqual(base.quoteClusters.map((q) => q.id));
      expect(c.actors.map((a) => a.id)).toEqual(base.actors.map((a) => a.id));
      expect(c.rewrites).toEqual(base.rewrites);
    }
  });

  it('byte-identical report JSON once file names are taken out, and the same synopsis and Markdown', () => {
    for (const c of [renamed, rotated]) {
      expect(findings(c)).toBe(findings(base));
      expect(synopsis(c)).toBe(synopsis(base));
      const md = (x: Comparison) => toMarkdown(x, {}).replace(/\b(?:zz-\S+|story-\d+\.txt|\d{3}_[0-9a-f]{16}\.txt)/g, 'FILE');
      expect(md(c)).toBe(md(base));
    }
  });
});
