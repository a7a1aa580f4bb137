/**
 * Label boundaries and flattering labels (H12): dates, weekdays and sentence adverbs are never
 * part of a descriptor; evaluative adjectives before a title belong to the label and make it
 * evaluative; organizations carry their descriptors too; "Port X" is a place even when possessive.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';
import { buildLexicons, defaultLexicons } from '../../src/lexicons/index.js';

function run(body: string) {
  const article = normalize({ content: `Headline here\n\n${body}\n`, label: 'uat-labels.txt' });
  return analyze(article);
}
const labels = (body: string, id: string) =>
  run(body).actors.find((a) => a.id === id)?.mentions.flatMap((m) => (m.label ? [[m.label.text, m.label.evaluative]] : [])) ?? [];

describe('label boundaries', () => {
  it('a weekday before the label is not part of it', () => {
    expect(labels('On Monday beloved Mayor Tomas Reyland led it.', 'person:tomas-reyland')).toEqual([['beloved Mayor', true]]);
  });
  it('a month, "yesterday" and a sentence adverb are not part of it', () => {
    expect(labels('In March hapless coach Ana Lenk resigned.', 'person:ana-lenk')).toEqual([['hapless coach', true]]);
    expect(labels('Yesterday veteran coach Ana Lenk resigned.', 'person:ana-lenk')).toEqual([['veteran coach', true]]);
    expect(labels('Finally, embattled Transport Minister Ravi Okonjo met the union.', 'person:ravi-okonjo')).toEqual([['embattled Transport Minister', true]]);
  });
  it('a sentence-initial flattering adjective belongs to the label and makes it evaluative', () => {
    expect(labels('Respected Mayor Tomas Reyland personally led the response.', 'person:tomas-reyland')).toEqual([['Respected Mayor', true]]);
    expect(labels('Esteemed Governor Amara Velk visited the camps.', 'person:amara-velk')).toEqual([['Esteemed Governor', true]]);
  });
  it('a plain title stays neutral', () => {
    expect(labels('Mayor Tomas Reyland said the bridge would stay shut.', 'person:tomas-reyland')).toEqual([['Mayor', false]]);
  });
  it('an organization named by its head word carries its descriptor, dates excluded', () => {
    const a = run('On Monday greedy developer Dravik Construction was blamed.');
    const org = a.actors.find((x) => x.id === 'organization:dravik-construction');
    expect(org?.kind).toBe('organization');
    expect(org?.mentions.map((m) => [m.label?.text, m.label?.evaluative])).toEqual([['greedy developer', true]]);
  });
});

describe('one actor per place name', () => {
  it('"Port Velna\'s beloved Harbor Bridge" names two places and no person', () => {
    const ids = run("A crane smashed into Port Velna's beloved Harbor Bridge on Monday.").actors.map((a) => a.id);
    expect(ids).toContain('place:port-velna');
    expect(ids).toContain('place:harbor-bridge');
    expect(ids).not.toContain('person:port-velna');
  });
  it('a "Port" name is a place wherever it stands, and a title before a person may contain it', () => {
    const a = run('The storm hit Port Arlo on Monday. Port Arlo harbour master Ben Tay said boats sank.');
    expect(a.actors.find((x) => x.id === 'place:port-arlo')?.mentions).toHaveLength(2);
    expect(a.actors.find((x) => x.id === 'person:ben-tay')?.mentions[0].label?.text).toBe('Port Arlo harbour master');
  });
  it('a place first word before common nouns makes no place', () => {
    const ids = run("Talks with the Port Employers' Association broke down on Friday.").actors.map((a) => a.id);
    expect(ids.filter((i) => i.startsWith('place:'))).toEqual([]);
  });
  it('an unknown agency named "… Wire" is an organization, not a person', () => {
    const ids = run('Traffic was diverted, citing Meridian Wire. Traffic slowed in Dunmore, said Dunmore Newswire.').actors.map((a) => a.id);
    expect(ids).toContain('organization:meridian-wire');
    expect(ids).toContain('organization:dunmore-newswire');
    expect(ids.filter((i) => i.startsWith('person:'))).toEqual([]);
  });
});

describe('lexicon fields', () => {
  it('labels.notInLabel ships dates and adverbs and user files extend it, lower-cased', () => {
    expect(defaultLexicons.labels.notInLabel).toEqual(expect.arrayContaining(['monday', 'march', 'yesterday', 'finally']));
    expect(buildLexicons([{ file: 'user.json', data: { labels: { notInLabel: ['Hogmanay'] } } }]).labels.notInLabel).toContain('hogmanay');
    expect(() => buildLexicons([{ file: 'bad.json', data: { labels: { notInLabel: 'monday' } } }])).toThrow(/notInLabel/);
  });
  it('gazetteer.placeLeads ships Port and Lake and user files extend it as written', () => {
    expect(defaultLexicons.gazetteer.placeLeads).toEqual(expect.arrayContaining(['Port', 'Lake']));
    expect(buildLexicons([{ file: 'user.json', data: { gazetteer: { placeLeads: ['Loch'] } } }]).gazetteer.placeLeads).toContain('Loch');
  });
});
