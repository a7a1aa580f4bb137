/** Actor, mention and label facts on the seed corpus (Xi–Putin call, 24 Feb 2025). */
import { describe, expect, it } from 'vitest';
import { actor, analyzed, labelTexts, mentionWith } from './analyze-helpers.js';

describe('labels on the seeds', () => {
  it('001 calls Putin a "Russian dictator", an evaluative epithet', () => {
    const { analysis } = analyzed('seed', '001');
    const putin = actor(analysis, 'person:vladimir-putin');
    const m = mentionWith(putin, (x) => x.label?.text === 'Russian dictator');
    expect(m.text).toBe('Vladimir Putin');
    expect(m.label).toMatchObject({ head: 'dictator', key: 'russian dictator', evaluative: true, category: 'epithet', temporal: null });
  });

  it('002 calls Xi "Chinese leader" (neutral role) and Putin "Russian President"', () => {
    const { analysis } = analyzed('seed', '002');
    const xi = actor(analysis, 'person:xi-jinping');
    expect(mentionWith(xi, (x) => x.label?.text === 'Chinese leader').label).toMatchObject({ head: 'leader', evaluative: false, category: 'role' });
    expect(labelTexts(actor(analysis, 'person:vladimir-putin'))).toContain('Russian President');
  });

  it('004 calls Trump "former U.S. President": temporal former, key with "us"', () => {
    const { analysis } = analyzed('seed', '004');
    const trump = actor(analysis, 'person:donald-trump');
    const m = mentionWith(trump, (x) => x.label?.temporal === 'former');
    expect(m.label).toMatchObject({ text: 'former U.S. President', head: 'president', key: 'former us president', evaluative: false });
    expect(m.text).toBe('Donald Trump');
  });

  it('000 and 001 write "US President Donald Trump" with the same key as 004 minus "former"', () => {
    for (const seed of ['000', '001']) {
      const trump = actor(analyzed('seed', seed).analysis, 'person:donald-trump');
      expect(mentionWith(trump, (x) => x.label !== null).label?.key).toBe('us president');
    }
  });

  it('Wang Yi is labelled "top diplomat" (appositive before the name, with comma) in 001 and 004', () => {
    const l001 = mentionWith(actor(analyzed('seed', '001').analysis, 'person:wang-yi'), (x) => x.label !== null).label!;
    expect(l001.text).toBe("China's top diplomat");
    expect(l001.head).toBe('diplomat');
    const l004 = mentionWith(actor(analyzed('seed', '004').analysis, 'person:wang-yi'), (x) => x.label !== null).label!;
    expect(l004.text).toBe('top diplomat');
  });

  it('002 labels Chung Chih-tung with the appositive after the name; JD Vance with "U.S. Vice President"', () => {
    const { analysis } = analyzed('seed', '002');
    const chung = actor(analysis, 'person:chung-chih-tung');
    expect(chung.name).toBe('Chung Chih-tung');
    const l = mentionWith(chung, (x) => x.label !== null).label!;
    expect(l.head).toBe('expert');
    expect(l.text.startsWith('expert in European security at Taiwan')).toBe(true);
    // "according to Chung" links to the full name.
    expect(chung.aliases).toEqual(['Chung', 'Chung Chih-tung']);
    const vance = actor(analysis, 'person:jd-vance');
    expect(mentionWith(vance, (x) => x.label !== null).label).toMatchObject({ text: 'U.S. Vice President', head: 'president', key: 'us vice president' });
    expect(vance.aliases).toContain('Vance');
    expect(labelTexts(actor(analysis, 'person:emmanuel-macron'))).toContain('French President');
  });

  it('Gabuev is affiliated "of the Carnegie Eurasia Center" (001) and linked to "Gabuev" (004)', () => {
    const g1 = actor(analyzed('seed', '001').analysis, 'person:alexander-gabuev');
    expect(mentionWith(g1, (x) => x.label !== null).label).toMatchObject({ text: 'of the Carnegie Eurasia Center', category: 'affiliation' });
    const g4 = actor(analyzed('seed', '004').analysis, 'person:alexander-gabuev');
    expect(g4.aliases).toEqual(['Alexander Gabuev', 'Gabuev']);
  });
});

describe('linking and kinds on the seeds', () => {
  it('003 links "Mr Xi" to Xi Jinping; the mention excludes the honorific', () => {
    const { analysis, article } = analyzed('seed', '003');
    const xi = actor(analysis, 'person:xi-jinping');
    expect(xi.name).toBe('Xi Jinping');
    const mr = mentionWith(xi, (x) => x.form === 'honorific');
    expect(mr.text).toBe('Xi');
    expect(article.text.slice(mr.start - 3, mr.start)).toBe('Mr ');
    expect(xi.mentions.some((x) => x.form === 'full' && x.text === 'Xi Jinping')).toBe(true);
  });

  it('003: "Mr Putin’s office" is an organization distinct from Putin; "President Putin" is a title mention', () => {
    const { analysis } = analyzed('seed', '003');
    const putin = actor(analysis, 'person:vladimir-putin');
    const office = actor(analysis, 'organization:vladimir-putin-s-office');
    expect(office.kind).toBe('organization');
    expect(office.mentions[0].text).toBe('Putin’s office');
    expect(putin.mentions.some((m) => m.possessive && m.text === 'Putin')).toBe(true);
    expect(mentionWith(putin, (m) => m.form === 'title').label?.text).toBe('President');
  });

  it('"the Kremlin" is an organization actor, distinct from Putin', () => {
    for (const seed of ['000', '001', '002']) {
      const { analysis } = analyzed('seed', seed);
      const kremlin = actor(analysis, 'organization:kremlin');
      expect(kremlin.kind).toBe('organization');
      expect(kremlin.known).toBe(true);
      expect(kremlin.mentions.every((m) => m.text === 'Kremlin')).toBe(true);
      expect(actor(analysis, 'person:vladimir-putin').mentions.every((m) => m.text !== 'Kremlin')).toBe(true);
    }
  });

  it('places, organizations and groups get their kinds', () => {
    const { analysis } = analyzed('seed', '002');
    expect(actor(analysis, 'place:china').kind).toBe('place');
    expect(actor(analysis, 'place:beijing').kind).toBe('place');
    expect(actor(analysis, 'organization:chinese-communist-party').aliases).toEqual(['CCP', 'Chinese Communist Party']);
    expect(actor(analysis, 'organization:nato').kind).toBe('organization');
    expect(actor(analysis, 'group:analysts').kind).toBe('group');
    expect(actor(analysis, 'group:russians').mentions[0].text).toBe('Russians');
    // Discovered organizations need no gazetteer.
    expect(actor(analysis, 'organization:epoch-times').known).toBe(false);
  });

  it('Putin is one actor across "Vladimir Putin", "Putin", "Putin’s" with the same id in every seed', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const putin = actor(analyzed('seed', seed).analysis, 'person:vladimir-putin');
      expect(putin.aliases).toEqual(['Putin', 'Vladimir Putin']);
    }
  });

  it('capitalized common words and headings are not persons', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const ids = analyzed('seed', seed).analysis.actors.filter((a) => a.kind === 'person').map((a) => a.id);
      for (const bad of ['person:key-points', 'person:details', 'person:strategic-partnership', 'person:world-war-ii', 'person:nazi-germany', 'person:novo-ogaryovo']) {
        expect(ids).not.toContain(bad);
      }
    }
  });

  it('every mention and label is exactly the text at its offsets', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const { article, analysis } = analyzed('seed', seed);
      for (const a of analysis.actors) {
        for (const m of a.mentions) {
          expect(article.text.slice(m.start, m.end)).toBe(m.text);
          expect(m.actorId).toBe(a.id);
          if (m.label) expect(article.text.slice(m.label.start, m.label.end)).toBe(m.label.text);
          expect(analysis.sentences[m.sentence].start).toBeLessThanOrEqual(m.start);
        }
      }
    }
  });
});
