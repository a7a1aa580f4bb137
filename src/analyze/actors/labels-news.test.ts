/**
 * Labels on the shapes of real news text (issue 10): a label never crosses a finite verb, a
 * clause or a sentence boundary, and abbreviations are one label ("Sen." / "Senator").
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/normalize.js';
import { analyze } from '../analyze.js';
import type { ArticleAnalysis, Label } from '../../types/analysis.js';

function run(text: string): ArticleAnalysis {
  return analyze(normalize({ content: text, label: 'inline.txt' }));
}
function labelsOf(a: ArticleAnalysis, name: string): Label[] {
  const actor = a.actors.find((x) => x.name === name);
  if (!actor) throw new Error(`no actor ${name}; have ${a.actors.map((x) => x.name).join(', ')}`);
  return actor.mentions.flatMap((m) => (m.label ? [m.label] : []));
}
const allLabels = (a: ArticleAnalysis) => a.actors.flatMap((x) => x.mentions.flatMap((m) => (m.label ? [m.label.text] : [])));

describe('a label never crosses a verb, a clause or a sentence', () => {
  it('"X, a White House official said": the official is the subject of a new clause, not a label of X', () => {
    const a = run('The fire destroyed the barn of Delmore Pike, a White House official said Friday morning. Delmore Pike said little.');
    expect(allLabels(a).join(' | ')).not.toMatch(/said/);
    expect(labelsOf(a, 'Delmore Pike')).toEqual([]);
  });

  it('an appositive stops before a relative clause and before a finite verb', () => {
    const a = run('Marta Quill, a lawyer who represents the family, said the suit would go ahead. Owen Tribe, the county sheriff, refused to comment.');
    expect(labelsOf(a, 'Marta Quill').map((l) => l.text)).toEqual(['lawyer']);
    expect(labelsOf(a, 'Owen Tribe').map((l) => l.text)).toEqual(['county sheriff']);
  });

  it('a title before another name is not an appositive: "Wednesday, Senate Majority Leader X said"', () => {
    const a = run('Ross Abel, Senate Majority Leader Harold Vance (D-Ore.) said, had no chance. Vance said so twice.');
    expect(labelsOf(a, 'Ross Abel')).toEqual([]);
  });

  it('an attorney general who "said he didn\'t know" keeps only the title', () => {
    const a = run('Attorney General Dana Marsh said he didn\'t know but that the suspect appears to be local. Marsh left.');
    expect(labelsOf(a, 'Dana Marsh').map((l) => l.text)).toEqual(['Attorney General']);
  });
});

describe('abbreviations are one label', () => {
  it('"Sen." and "Senator", "Rep." and "Representative", "Gov." and "Governor" share key and head', () => {
    const a = run('Sen. Ann Kessel spoke first. Senator Bob Lyle spoke next. Rep. Cy Moreno and Representative Di Park agreed. Gov. Al Fenn and Governor Jo Tate did not.');
    const one = (name: string) => labelsOf(a, name)[0];
    expect(one('Ann Kessel')).toMatchObject({ key: 'senator', head: 'senator' });
    expect(one('Bob Lyle')).toMatchObject({ key: 'senator', head: 'senator' });
    expect(one('Cy Moreno')).toMatchObject({ key: 'representative', head: 'representative' });
    expect(one('Di Park')).toMatchObject({ key: 'representative', head: 'representative' });
    expect(one('Al Fenn').key).toBe(one('Jo Tate').key);
  });
});
