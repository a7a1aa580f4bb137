/** "Sen." and "Senator" (and the other abbreviated titles) are one label, not a label difference. */
import { describe, expect, it } from 'vitest';
import { compareCorpus } from '../../src/compare/node/compare-corpus.js';
import { labelKey } from '../../src/analyze/actors/labels.js';
import { defaultLexicons } from '../../src/lexicons/index.js';
import { normalize } from '../../src/normalize/normalize.js';

const article = (outlet: string, content: string) => normalize({ content, label: `${outlet}.txt`, meta: { outlet: { id: outlet, name: outlet } } });

describe('abbreviated titles', () => {
  it('have the key of the full word', () => {
    const lx = defaultLexicons.labels;
    expect(labelKey('Sen.', lx)).toBe(labelKey('Senator', lx));
    expect(labelKey('Republican Sen.', lx)).toBe(labelKey('Republican Senator', lx));
    expect(labelKey('Gov.', lx)).toBe(labelKey('Governor', lx));
    expect(labelKey('Rep.', lx)).toBe(labelKey('Representative', lx));
    expect(labelKey('Gen.', lx)).toBe(labelKey('General', lx));
  });

  it('two outlets writing "Sen. Maria Ortiz" and "Senator Maria Ortiz" do not differ in labels', async () => {
    const { comparison } = await compareCorpus([
      article('capitol-daily', 'Budget vote delayed\n\nSen. Maria Ortiz said on Monday the budget vote would be delayed by a week. Ortiz said talks would go on.\n'),
      article('river-news', 'Vote on budget pushed back\n\nSenator Maria Ortiz said on Monday that the budget vote would be delayed by a week, after talks stalled.\n'),
    ]);
    const row = comparison.labels.find((l) => l.name === 'Maria Ortiz');
    expect(row).toBeDefined();
    expect(Object.values(row!.byOutlet).map((uses) => uses.map((u) => u.key))).toEqual([['senator'], ['senator']]);
    expect(row!.differs).toBe(false);
    expect(row!.flags.filter((f) => f.type === 'unique')).toEqual([]);
  });
});
