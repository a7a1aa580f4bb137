/**
 * Rule ids: docs/rules.md is the one table of ids; every id the code writes must be listed there,
 * and findings carry the id of the branch that made them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/normalize.js';
import { analyze } from '../src/analyze/analyze.js';
import { compare } from '../src/compare/compare.js';
import { RULE_ID } from '../src/types/rules.js';
import type { ArticleAnalysis } from '../src/types/analysis.js';
import type { Comparison } from '../src/types/comparison.js';

const root = join(import.meta.dirname, '..');
const FINDING = /^(actor|coverage|framing|label|quote|source|variant)\./;

function documentedIds(): string[] {
  const md = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
  const ids: string[] = [];
  for (const line of md.split('\n')) {
    const m = /^\| `([^`]+)` \|/.exec(line);
    if (m && FINDING.test(m[1])) ids.push(m[1]);
  }
  return ids;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

function article(text: string, outlet = 'test') {
  return normalize({ content: text, label: `${outlet}.txt`, meta: { outlet } });
}

function analysisRules(a: ArticleAnalysis): string[] {
  return [
    ...a.quotes.map((q) => q.rule),
    ...a.sources.map((s) => s.rule),
    ...a.framing.map((f) => f.rule),
    ...a.actors.map((x) => x.rule),
    ...a.actors.flatMap((x) => x.mentions.flatMap((m) => (m.label ? [m.label.rule] : []))),
  ];
}

function comparisonRules(c: Comparison): string[] {
  return [
    ...c.articles.flatMap((a) => analysisRules(a.analysis)),
    ...c.actors.map((a) => a.rule),
    ...c.variants.map((v) => v.rule),
    ...c.coverage.map((x) => x.rule),
    ...c.labels.flatMap((r) => Object.values(r.byOutlet).flatMap((uses) => uses.flatMap((u) => u.rules))),
  ];
}

describe('rule ids', () => {
  const documented = documentedIds();

  it('docs/rules.md lists each id once, in the id scheme', () => {
    expect(documented.length).toBeGreaterThan(40);
    expect(new Set(documented).size).toBe(documented.length);
    for (const id of documented) expect(id, id).toMatch(RULE_ID);
  });

  it('every rule id written as a literal in src/ is documented', () => {
    const literal = /['`]((?:actor|coverage|framing|label|quote|source|variant)\.[a-z0-9.-]+)['`]/g;
    const missing: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(literal)) {
        // File names ("coverage.csv") share the shape; they are no rule ids.
        if (!/\.(csv|json|ts|md)$/.test(m[1]) && !documented.includes(m[1])) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('findings carry the rule of the branch that found them', () => {
    const a = analyze(
      article(
        [
          'Russian President Vladimir Putin met Chinese leaders in Beijing on Monday.',
          '"We will not retreat," Putin said.',
          'China\'s top diplomat, Wang Yi, said the talks were useful, according to Reuters.',
          'Chung Chih-tung, an expert in European security, said: "The deal is fragile."',
          'Wang said, "We are ready to talk."',
        ].join('\n\n'),
      ),
    );
    const quote = (needle: string) => a.quotes.find((q) => q.text.includes(needle))?.rule;
    expect(quote('We will not retreat')).toBe('quote.attribution.after');
    expect(quote('The deal is fragile')).toBe('quote.attribution.colon');
    expect(quote('We are ready to talk')).toBe('quote.attribution.before');
    const label = (text: string) => a.actors.flatMap((x) => x.mentions).find((m) => m.label?.text === text)?.label?.rule;
    expect(label('Russian President')).toBe('label.before');
    expect(label("China's top diplomat")).toBe('label.appositive-before');
    expect(label('expert in European security')).toBe('label.appositive-after');
    expect(a.sources.find((s) => s.text === 'Reuters')?.rule).toBe('source.name');
    expect(a.actors.find((x) => x.name === 'Vladimir Putin')?.rule).toBe('actor.person');
  });

  it('every id the seed corpus and varied outlet styles produce is documented', () => {
    const seeds = readdirSync(join(root, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => normalize({ content: readFileSync(join(root, 'corpus', f), 'utf8'), label: f }));
    const own = [
      article('Bus drivers began a 24-hour strike on Tuesday, union officials said, citing Meridian Wire.\n\n"It is a "fair" offer," the company said.', 'wire'),
      article('Commuters were stranded by a walkout that greedy bosses caused.\n\nThe Kremlin said nothing. Analysts say the deal is over.', 'tabloid'),
      article('Q: Will you resign?\n\nA: "Never." I mean it.\n\n"We stand firm." — Maria Lopes, union spokeswoman', 'blog'),
    ];
    const c = compare([...seeds, ...own].map((art) => ({ ...art, analysis: analyze(art) })));
    const rules = new Set(comparisonRules(c));
    expect(rules.size).toBeGreaterThan(15);
    const undocumented = [...rules].filter((r) => !documented.includes(r));
    expect(undocumented).toEqual([]);
  });
});
