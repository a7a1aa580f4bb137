/**
 * Findings never depend on input order or file names: random sets of articles (several outlets,
 * shared and own sentences, quotes) compared in a shuffled order under other names give the same
 * report JSON once the file labels are taken out. Seeded and bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { normalize } from '../../src/normalize/normalize.js';
import { reportJsonString } from '../../src/report/index.js';
import type { Comparison } from '../../src/types/comparison.js';

const SEED = 20261204;
const FACTS = [
  'Storms closed the harbour on Monday after waves damaged the northern pier.',
  'The mayor said repairs would cost about four million euros.',
  '"We will rebuild the pier before summer," the mayor said.',
  'Fishermen said the closure had cost them a week of catches.',
  'Engineers found cracks in two of the pier supports.',
  'The ferry to the islands will not sail until Friday, the operator said.',
  'Critics called the council reckless for delaying the repairs for years.',
  '"This was a disaster waiting to happen," said opposition leader Ana Ruiz.',
];
const OUTLETS = ['Harbour Post', 'Coast Radio', 'Island Daily', 'toString'];

const article = fc.record({
  outlet: fc.constantFrom(...OUTLETS),
  facts: fc.uniqueArray(fc.integer({ min: 0, max: FACTS.length - 1 }), { minLength: 2, maxLength: 6 }),
  own: fc.constantFrom('', 'Residents were told to avoid the seafront.', 'Shops on the quay stayed shut.'),
});

const findings = (c: Comparison) => JSON.stringify(JSON.parse(reportJsonString(c, {})), (k, v) => (k === 'label' || k === 'path' ? undefined : v));

describe('compare: order and names change nothing', () => {
  it('a shuffled, renamed corpus gives the same findings', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), (specs, shift) => {
        const texts = specs.map((s, i) => ({ outlet: s.outlet, text: `${s.facts.map((f) => FACTS[f]).join(' ')} ${s.own} Item ${i}.` }));
        const run = (order: number[], name: (i: number) => string) =>
          compare(
            order.map((i) => {
              const a = normalize({ content: texts[i].text, label: name(i), meta: { outlet: texts[i].outlet } });
              return { ...a, analysis: analyze(a) };
            }),
          );
        const n = texts.length;
        const base = run([...Array(n).keys()], (i) => `a-${i}.txt`);
        const moved = run([...Array(n).keys()].map((i) => (i + shift) % n).reverse(), (i) => `zz/${n - i}-story.txt`);
        expect(findings(moved)).toBe(findings(base));
      }),
      { seed: SEED, numRuns: 15 },
    );
  });
});
