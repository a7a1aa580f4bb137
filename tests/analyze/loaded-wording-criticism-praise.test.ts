/**
 * General loaded wording (H12): tabloid verbs of criticism, sensational words, emotive
 * death/anger wording and praise/flattery, with the guards that keep ordinary uses out
 * ("slammed into a wall", "a blast", "respected the ceasefire").
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';

function framing(body: string) {
  return analyze(normalize({ content: `Headline here\n\n${body}\n`, label: 'uat-framing.txt' })).framing;
}
const cats = (body: string) => framing(body).map((t) => [t.text, t.category]);

describe('criticism verbs', () => {
  it.each([
    ['The inspector blasted the company for ignoring warnings.', 'blasted'],
    ['The union slammed the offer as an insult.', 'slammed'],
    ['Union leader Clara Fenn hit out at the government.', 'hit out'],
    ['The minister lashed out at critics on Tuesday.', 'lashed out'],
    ['Reviewers savaged the plan.', 'savaged'],
  ])('%s', (body, word) => {
    expect(cats(body)).toContainEqual([word, 'criticism-verb']);
  });
  it('"slammed into" (a collision) is a neutral use, not criticism', () => {
    // A neutral use is no loaded wording at all: it leaves framingTerms.
    const hits = cats('A lorry slammed into the barrier on the bridge.');
    expect(hits.map((h) => h[0])).not.toContain('slammed');
  });
  it('"blast" as a noun (an explosion) is no criticism verb', () => {
    expect(cats('A blast destroyed the depot.').map((h) => h[1])).not.toContain('criticism-verb');
  });
});

describe('sensational and emotive wording', () => {
  it('tabloid crane story: death-trap, shocking, crushed to death, furious', () => {
    const hits = cats('Two men were crushed to death when a death-trap crane fell. Shocking records show it failed a check. Furious commuters want answers.');
    expect(hits).toContainEqual(['crushed to death', 'emotive']);
    expect(hits).toContainEqual(['death-trap', 'sensational']);
    expect(hits).toContainEqual(['Shocking', 'sensational']);
    expect(hits).toContainEqual(['Furious', 'emotive']);
  });
  it('"death trap" written with a space is the same entry, and single words carry AFINN-165 valence', () => {
    const terms = framing('The old pier was a death trap. Furious residents complained.');
    expect(terms.find((t) => t.text === 'death trap')?.entry).toBe('death-trap');
    expect(terms.find((t) => t.text === 'Furious')?.valence).toBe(-3);
  });
  it('greedy and hapless are evaluative', () => {
    const hits = cats('Greedy builders ignored warnings while the hapless council watched.');
    expect(hits).toContainEqual(['Greedy', 'evaluative']);
    expect(hits).toContainEqual(['hapless', 'evaluative']);
  });
});

describe('praise and flattery', () => {
  it('state-media praise: swiftly, respected, valued partner, tireless', () => {
    const hits = cats('Emergency services responded swiftly. Respected Mayor Tomas Reyland thanked the tireless volunteers. Dravik Construction, a valued partner of the city, cooperated.');
    expect(hits).toContainEqual(['swiftly', 'praise']);
    expect(hits).toContainEqual(['Respected', 'praise']);
    expect(hits).toContainEqual(['tireless', 'praise']);
    expect(hits).toContainEqual(['valued partner', 'praise']);
  });
  it('"respected the ceasefire" is a neutral use', () => {
    expect(cats('Both sides respected the ceasefire.').map((h) => h[0])).not.toContain('respected');
  });
  it('a plain wire sentence has none of the new categories', () => {
    const hits = cats('A crane collapsed onto the bridge on Monday, killing two workers and injuring nine others, city officials said.');
    expect(hits.filter((h) => ['sensational', 'emotive', 'praise', 'criticism-verb'].includes(h[1] as string))).toEqual([]);
  });
});
