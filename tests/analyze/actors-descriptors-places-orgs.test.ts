/** Actor round three, rule by rule on short texts: what links, what stays apart, what kind. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';
import { buildLexicons, type Lexicons } from '../../src/lexicons/index.js';
import { FramediffError } from '../../src/errors.js';
import type { ArticleAnalysis } from '../../src/types/analysis.js';
import { fitOf, pickDescribed } from '../../src/analyze/actors/descriptor-fit.js';
import type { FoundLabel } from '../../src/analyze/actors/labels.js';
import type { Descriptor } from '../../src/analyze/actors/raw-mention.js';

function run(text: string, lexicons?: Lexicons): { text: string; analysis: ArticleAnalysis } {
  const article = normalize({ content: text, label: 'inline.txt' });
  return { text: article.text, analysis: analyze(article, lexicons ? { lexicons } : undefined) };
}

/** Ids of the actors with a mention overlapping the first occurrence of `phrase`. */
function idsAt(r: { text: string; analysis: ArticleAnalysis }, phrase: string): string[] {
  const at = r.text.indexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return r.analysis.actors.filter((a) => a.mentions.some((m) => m.start < at + phrase.length && at < m.end)).map((a) => a.id);
}

describe('descriptor linking', () => {
  it('"The President of China" joins "Xi Jinping, China\'s president" with its own label', () => {
    const r = run("Xi Jinping, China's president, arrived on Monday. The President of China later met students.");
    const xi = r.analysis.actors.find((a) => a.id === 'person:xi-jinping')!;
    const desc = xi.mentions.find((m) => m.form === 'descriptor')!;
    expect(desc.text).toBe('President of China');
    expect(desc.label).toMatchObject({ head: 'president', key: 'president of china', evaluative: false, temporal: null });
  });

  it('"the Kremlin chief" is the Russian president, not the Kremlin spokesman: a generic head prefers a top title', () => {
    const r = run('Kremlin spokesman Dmitry Peskov spoke first. Russian President Vladimir Putin spoke later. The Kremlin chief said little.');
    expect(idsAt(r, 'Kremlin chief')).toEqual(['organization:kremlin', 'person:vladimir-putin']);
  });

  it('a current descriptor does not fit a former label', () => {
    const r = run('Former Russian president Dmitry Medvedev wrote a post. The Russian leader did not reply.');
    expect(idsAt(r, 'Russian leader')).toEqual([]);
  });

  it('two people fit: never guess', () => {
    const r = run("Russia's foreign minister, Sergei Lavrov, met Russia's defence minister, Andrei Belousov, on Monday. The Russian minister said talks went well.");
    expect(idsAt(r, 'Russian minister')).toEqual([]);
    const r2 = run('Former president Jair Bolsonaro spoke. Former president Michel Temer spoke too. The former president was cheered.');
    expect(idsAt(r2, 'former president was').filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('"the country\'s president" fits the one current president with a country', () => {
    const r = run("Chile's president, Gabriel Boric, signed the law. Former president Michelle Bachelet welcomed it. The country's president thanked Congress.");
    expect(idsAt(r, "country's president")).toEqual(['person:gabriel-boric']);
    expect(r.analysis.actors.find((a) => a.id === 'person:gabriel-boric')!.mentions.find((m) => m.form === 'descriptor')!.label?.key).toBe('country president');
  });

  it('a vice title does not fit a plain descriptor', () => {
    const r = run('Chinese Vice Premier Ding Xuexiang arrived on Monday. The Chinese premier was not there.');
    expect(idsAt(r, 'Chinese premier')).toEqual([]);
  });
});

describe('places missing from the gazetteer', () => {
  it('"the city of X", "X region" and strike prepositions keep a place; bare later mentions join it', () => {
    const r = run('Drones hit the city of Zaporizhzhia overnight. Officials in Kharkiv region said strikes on Sumy and Okhtyrka continued. The Zaporizhzhia plant was safe.');
    const ids = r.analysis.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['place:zaporizhzhia', 'place:kharkiv', 'place:sumy', 'place:okhtyrka']));
    expect(r.analysis.actors.find((a) => a.id === 'place:zaporizhzhia')!.mentions).toHaveLength(2);
  });

  it('place adjectives may stand between the cue and the name', () => {
    const r = run('Fighting continued in eastern Pokrovsk and around occupied Mariupol, officials said.');
    const ids = r.analysis.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['place:pokrovsk', 'place:mariupol']));
  });

  it('a weak cue yields to a person of that name; a sentence-initial capital is no place', () => {
    const r = run('Ukrainian President Volodymyr Zelensky spoke on Monday. Critics stepped up attacks on Zelensky after the vote. Okhtyrka was quiet.');
    expect(idsAt(r, 'on Zelensky')).toEqual(['person:volodymyr-zelensky']);
    expect(r.analysis.actors.map((a) => a.id)).not.toContain('place:zelensky');
    expect(r.analysis.actors.map((a) => a.id)).not.toContain('place:okhtyrka');
  });

  it('place nouns are lexicon data a user can extend', () => {
    const text = 'Residents of the hamlet of Brindle said the river rose overnight.';
    expect(run(text).analysis.actors.map((a) => a.id)).not.toContain('place:brindle');
    const lex = buildLexicons([{ file: 'mine.json', data: { gazetteer: { placeNouns: ['hamlet'] } } }]);
    expect(run(text, lex).analysis.actors.find((a) => a.id === 'place:brindle')?.kind).toBe('place');
  });
});

describe('organizations typed as people', () => {
  it('a lone organization head joins the one organization named before it, and is never a person', () => {
    const r = run('The International Monetary Fund approved the loan. The Fund said reforms must continue.');
    expect(idsAt(r, 'Fund said')).toEqual(['organization:international-monetary-fund']);
    const two = run('The European Commission and the Electoral Commission met. The Commission said nothing.');
    expect(idsAt(two, 'Commission said')).toEqual([]);
    expect(two.analysis.actors.map((a) => a.id)).not.toContain('person:commission');
  });

  it('an organization label makes an organization; a shouted tabloid word is no acronym', () => {
    const r = run('GREEDY bank boss Marcus Thorne left. Analysts at the consultancy Brightwater said the firm failed. NATO said nothing.');
    const ids = r.analysis.actors.map((a) => a.id);
    expect(ids).toContain('organization:brightwater');
    expect(ids).not.toContain('organization:greedy');
    expect(ids).toContain('organization:nato');
    expect(r.analysis.actors.find((a) => a.id === 'person:marcus-thorne')!.mentions[0].label?.text).toBe('GREEDY bank boss');
  });

  it('org heads such as Partners are data: "Kessler Partners" is an organization', () => {
    const r = run('Lawyers at Kessler Partners said he denies wrongdoing.');
    expect(r.analysis.actors.find((a) => a.id === 'organization:kessler-partners')?.kind).toBe('organization');
  });
});

describe('lexicon validation', () => {
  it('rejects a non-list place cue field and a non-string country', () => {
    expect(() => buildLexicons([{ file: 'bad.json', data: { gazetteer: { placeNouns: 'city' } } }])).toThrow(FramediffError);
    expect(() => buildLexicons([{ file: 'bad.json', data: { gazetteer: { entries: [{ name: 'Duma', kind: 'organization', country: 7 }] } } }])).toThrow(/country/);
    expect(() => buildLexicons([{ file: 'bad.json', data: { labels: { topTitles: [1] } } }])).toThrow(/topTitles/);
  });
});

describe('weak place cues and people', () => {
  it('a name cued as a place once but speaking elsewhere is a person', () => {
    const r = run('Protesters stepped up attacks on Okonjo this week. Okonjo said he would not resign.');
    expect(r.analysis.actors.map((a) => a.id)).not.toContain('place:okonjo');
    expect(idsAt(r, 'on Okonjo')).toEqual(['person:okonjo']);
  });
});

describe('descriptor fit (unit)', () => {
  const lex = buildLexicons().labels;
  const label = (over: Partial<FoundLabel>): FoundLabel => ({
    text: '', start: 0, end: 0, head: 'president', key: '', evaluative: false, category: 'role', temporal: null, first: 0, last: 0,
    affiliations: [], title: 'president', rank: false, rule: 'label.before', ...over,
  });
  const desc = (over: Partial<Descriptor>): Descriptor => ({
    start: 0, end: 0, first: 0, last: 0, sentence: 0, label: label({}), places: ['Russia'], head: 'leader', title: 'leader', former: false, rank: false, ...over,
  });
  const putin = { facts: [label({ affiliations: ['Russia'] })] };
  const peskov = { facts: [label({ head: 'spokesman', title: 'spokesman', affiliations: ['Kremlin', 'Russia'] })] };
  const medvedev = { facts: [label({ affiliations: ['Russia'], temporal: 'former' })] };

  it('a generic head fits a top title with the place, never a lesser role', () => {
    expect(fitOf(putin, desc({}), lex)).toBe('top');
    expect(fitOf(peskov, desc({}), lex)).toBeNull();
    expect(fitOf(peskov, desc({ head: 'spokesman', title: 'spokesman' }), lex)).toBe('role');
    expect(pickDescribed([putin, peskov], desc({}), lex)).toBe(putin);
  });

  it('former fits former only; a specific title must match; two top fits stay apart', () => {
    expect(fitOf(medvedev, desc({}), lex)).toBeNull();
    expect(fitOf(medvedev, desc({ places: [], head: 'president', title: 'president', former: true }), lex)).toBe('top');
    expect(fitOf(peskov, desc({ head: 'president', title: 'president' }), lex)).toBeNull();
    expect(pickDescribed([putin, { facts: [label({ affiliations: ['Russia'] })] }], desc({}), lex)).toBeNull();
  });

  it('"the country\'s" accepts any place; rank must agree', () => {
    expect(fitOf(putin, desc({ places: ['*'], head: 'president', title: 'president' }), lex)).toBe('top');
    expect(fitOf({ facts: [label({ affiliations: ['Russia'], rank: true })] }, desc({ head: 'president', title: 'president' }), lex)).toBeNull();
  });
});

describe('places in capitals', () => {
  it('a known place written in capitals is that place; an unknown capital word is not made one', () => {
    const r = run('Officials met on Monday.\n\nTHE TALKS IN BEIJING ENDED WITHOUT A DEAL\n\nThe delegates left the city of Kherson on Tuesday.');
    const beijing = r.analysis.actors.find((a) => a.id === 'place:beijing');
    expect(beijing?.mentions.map((m) => m.text)).toEqual(['BEIJING']);
    expect(r.analysis.actors.map((a) => a.id)).not.toContain('place:talks');
  });
});

describe('evaluative descriptors', () => {
  it('"the Russian dictator" joins the one Russian holding a top title and keeps its evaluative label', () => {
    const r = run('Kremlin spokesman Dmitry Peskov spoke first. Russian President Vladimir Putin spoke later. Critics said the Russian dictator had lied.');
    const putin = r.analysis.actors.find((a) => a.id === 'person:vladimir-putin')!;
    expect(putin.mentions.find((m) => m.form === 'descriptor')?.label).toMatchObject({ text: 'Russian dictator', head: 'dictator', evaluative: true });
  });
});

describe('multi-word unlisted places', () => {
  it('a two-word place named with a cue stays a place where it starts a sentence', () => {
    const r = run('Aid convoys were stopped outside El Fasher on Monday. El Fasher has been besieged for a year.');
    const place = r.analysis.actors.find((a) => a.id === 'place:el-fasher');
    expect(place?.mentions.map((m) => m.text)).toEqual(['El Fasher', 'El Fasher']);
    expect(r.analysis.actors.map((a) => a.id)).not.toContain('person:el-fasher');
  });
});
