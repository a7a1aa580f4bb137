import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/analyze/sources.js';
import type { SourceAttribution } from '../../src/types/analysis.js';
import { buildLexicons } from '../../src/lexicons/index.js';
import { buildContext } from '../../src/analyze/context.js';
import { dev, fromText, seed } from './quotes-helpers.js';

function src(list: SourceAttribution[], text: string): SourceAttribution {
  const s = list.find((x) => x.text === text);
  if (!s) throw new Error(`no source "${text}" in ${list.map((x) => x.text).join(' | ')}`);
  return s;
}

describe('findSources on the seeds', () => {
  it('001: citing Reuters (wire), Chinese state media, a Kremlin statement, many analysts, critics say, the newspaper', () => {
    const ctx = seed('001');
    const s = findSources(ctx);
    expect(src(s, 'Reuters')).toMatchObject({ type: 'wire', cue: 'citing' });
    expect(src(s, 'an official report published by Chinese state media')).toMatchObject({ type: 'state-media', cue: 'according to' });
    // The nested "published by Chinese state media" is the same source, not a second one.
    expect(s.filter((x) => x.text === 'Chinese state media')).toEqual([]);
    expect(src(s, 'a Kremlin statement')).toMatchObject({ type: 'official', cue: 'according to' });
    expect(src(s, 'many analysts')).toMatchObject({ type: 'anonymous', cue: 'see' });
    expect(src(s, 'critics')).toMatchObject({ type: 'anonymous', cue: 'say' });
    expect(src(s, 'the newspaper')).toMatchObject({ type: 'outlet', cue: 'said' });
    expect(src(s, 'Alexander Gabuev of the Carnegie Eurasia Center')).toMatchObject({ type: 'expert', actorId: 'person:alexander-gabuev' });
    for (const x of s) expect(ctx.text.slice(x.start, x.end)).toBe(x.text);
  });

  it('004: reports Gabuev (in indirect speech) as a named expert, as 001 does', () => {
    const s = findSources(seed('004'));
    expect(src(s, 'Gabuev')).toMatchObject({ type: 'expert', cue: 'noted', actorId: 'person:alexander-gabuev' });
    expect(s.filter((x) => x.actorId === 'person:alexander-gabuev').map((x) => x.cue)).toEqual(['believe', 'noted']);
  });

  it("002: Beijing's summary of the call, the Kremlin, outlets told, an expert by name", () => {
    const s = findSources(seed('002'));
    expect(src(s, 'Beijing’s summary of the call')).toMatchObject({ type: 'official', cue: 'according to' });
    expect(src(s, 'The Kremlin')).toMatchObject({ type: 'official', cue: 'said', actorId: 'organization:kremlin' });
    expect(src(s, 'The Wall Street Journal')).toMatchObject({ type: 'outlet', cue: 'told' });
    expect(src(s, 'The Epoch Times')).toMatchObject({ type: 'outlet', cue: 'told' });
    expect(src(s, 'Outside analysts')).toMatchObject({ type: 'anonymous' });
    expect(src(s, 'Chung')).toMatchObject({ type: 'expert', cue: 'according to', actorId: 'person:chung-chih-tung' });
  });

  it('003: the official Chinese account, the readout said', () => {
    const s = findSources(seed('003'));
    expect(src(s, 'the official Chinese account of the call')).toMatchObject({ type: 'official', cue: 'according to' });
    expect(src(s, 'the Chinese readout of the call')).toMatchObject({ type: 'official' });
    expect(src(s, 'the readout')).toMatchObject({ type: 'official', cue: 'said' });
  });

  it('004: reported by Chinese state media; critics argue', () => {
    const s = findSources(seed('004'));
    expect(src(s, 'Chinese state media')).toMatchObject({ type: 'state-media', cue: 'reported by' });
    expect(src(s, 'critics')).toMatchObject({ type: 'anonymous', cue: 'argue' });
  });
});

describe('findSources on dev texts', () => {
  it('wire strike story: union via according to, anonymous analysts, a wire agency', () => {
    const s = findSources(dev('strike-wire.txt'));
    expect(src(s, 'the GDL union')).toMatchObject({ type: 'official', cue: 'according to' });
    expect(src(s, 'Analysts')).toMatchObject({ type: 'anonymous', cue: 'say' });
    expect(src(s, 'Reuters calculations')).toMatchObject({ type: 'wire', cue: 'citing' });
  });

  it('a named agency, state news agency, people familiar, an unnamed spokesman', () => {
    const t = 'The talks failed, AFP reported. Xinhua said the delegation left early.\n\nPeople familiar with the matter said a deal was close. A government spokesman said nothing was agreed.';
    const s = findSources(fromText(t));
    expect(src(s, 'AFP')).toMatchObject({ type: 'wire', cue: 'reported' });
    expect(src(s, 'Xinhua')).toMatchObject({ type: 'state-media', cue: 'said' });
    expect(s.find((x) => x.text.startsWith('People familiar'))?.type).toBe('anonymous');
    expect(src(s, 'A government spokesman')).toMatchObject({ type: 'official' });
  });

  it('documents: court documents, a UN report', () => {
    const s = findSources(dev('blind/tech-trial.txt'));
    expect(src(s, 'court documents')).toMatchObject({ type: 'document', cue: 'according to' });
    const t = findSources(fromText('Civilian deaths rose by a fifth, citing a UN report released on Friday.'));
    expect(t[0]).toMatchObject({ type: 'document', cue: 'citing' });
    expect(t[0].text.startsWith('a UN report')).toBe(true);
  });

  it('a user lexicon adds an outlet name', () => {
    const lex = buildLexicons([{ file: 'mine.json', data: { sources: { names: { outlet: ['The Daily Planet'] } } } }]);
    const s = findSources(buildContext({ id: 'x', text: 'The mayor resigned, according to The Daily Planet.', paragraphs: [] }, lex));
    expect(src(s, 'The Daily Planet')).toMatchObject({ type: 'outlet' });
  });
});
