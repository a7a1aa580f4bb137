/**
 * Names a user gives (outlets, manifest ids, bylines, speakers, words of the text) that are also
 * members of Object.prototype must be ordinary names everywhere: every map keyed by user data is
 * a Map, a null-prototype object or read with an own-property check.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { manifestMeta, validateManifest } from '../../src/load/manifest-schema.js';
import { normalize } from '../../src/normalize/normalize.js';
import { parseCsv } from '../../src/report/csv-writer.js';
import { report } from '../../src/report/index.js';
import type { ArticleMetaInput } from '../../src/types/article.js';
import type { AnalyzedArticle } from '../../src/types/comparison.js';

const NAMES = ['constructor', 'Constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf', 'prototype'];

function article(name: string, meta: ArticleMetaInput, label: string): AnalyzedArticle {
  const text =
    `The ${name} minister ${name} said on Monday that the bridge would reopen next week. ` +
    `"We will not wait for ${name}," ${name} said, according to ${name}. Critics called ${name} reckless.`;
  const a = normalize({ content: text, label, meta: { byline: name, title: `${name} and the bridge`, ...meta } });
  return { ...a, analysis: analyze(a) };
}

describe('names like built-in properties', () => {
  const articles = NAMES.map((n, i) => article(n, { outlet: n }, `${n}-${i}.txt`));
  // A manifest id that is a prototype member, for an outlet whose name is another one.
  const manifest = validateManifest({ outlets: { toString: { name: 'hasOwnProperty' }, __proto__x: { name: 'x' } }, articles: [{ file: 'm.txt', outlet: 'toString' }] }, 'manifest.json');
  articles.push(article('valueOf', manifestMeta(manifest, manifest.articles![0]), 'm.txt'));
  const comparison = compare(articles);

  it('give every outlet its own id, from the name', () => {
    expect(articles.map((a) => a.outlet.id)).toEqual(['constructor', 'constructor', 'tostring', 'hasownproperty', 'proto', 'valueof', 'isprototypeof', 'prototype', 'toString']);
    expect(articles[8].outlet.name).toBe('hasOwnProperty');
    expect(comparison.outlets.map((o) => o.id).sort()).toEqual(['constructor', 'hasownproperty', 'isprototypeof', 'proto', 'prototype', 'toString', 'tostring', 'valueof']);
  });

  it('a manifest outlet that is not listed is a name, not Object.prototype.toString', () => {
    const m = validateManifest({ outlets: {}, articles: [{ file: 'a.txt', outlet: 'toString' }] }, 'manifest.json');
    expect(manifestMeta(m, m.articles![0]).outlet).toBe('toString');
  });

  it('counts per outlet hold numbers, never inherited functions', () => {
    for (const actor of comparison.actors) {
      for (const [id, n] of Object.entries(actor.mentionsByOutlet)) {
        expect(typeof n, `${actor.name} in ${id}`).toBe('number');
      }
    }
    for (const row of comparison.speakers) for (const cell of Object.values(row.byOutlet)) expect(typeof cell.quotes).toBe('number');
  });

  it.each(['json', 'md', 'html'] as const)('the %s report is written and names every outlet', (format) => {
    const out = report(comparison, { format });
    for (const o of comparison.outlets) expect(out).toContain(format === 'json' ? JSON.stringify(o.name) : o.name.replace(/_/g, format === 'md' ? '\\_' : '_'));
  });

  it('the CSV tables are written and list each article under its outlet id', () => {
    const tables = report(comparison, { format: 'csv' });
    const rows = parseCsv(tables['articles.csv']);
    const col = rows[0].indexOf('outlet_id');
    expect(rows.slice(1).map((r) => r[col])).toEqual(comparison.articles.map((a) => a.outlet.id));
    expect(rows.slice(1).map((r) => r[col]).sort()).toEqual(articles.map((a) => a.outlet.id).sort());
    expect(Object.keys(tables).length).toBeGreaterThan(5);
  });
});
