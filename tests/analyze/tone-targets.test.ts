/** Target-dependent tone on our own sentences: per-mention evidence, negation, lone names, pronouns. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { normalize } from '../../src/normalize/normalize.js';

const run = (text: string) => analyze(normalize({ content: text, label: 'tone.txt' }));
const toneOf = (a: ReturnType<typeof run>, name: string) => {
  const actor = a.actors.find((x) => x.name.endsWith(name));
  return actor ? a.tone.find((t) => t.actorId === actor.id) : undefined;
};

describe('tone toward each actor from the words attached to it', () => {
  it('two actors in one sentence get their own tone (wire style)', () => {
    const a = run('Senator Ruth Ames praised the brave volunteers, while Governor Tom Hale was accused of corruption.');
    expect(toneOf(a, 'Ames')!.score).toBeGreaterThan(0);
    expect(toneOf(a, 'Hale')!.score).toBeLessThan(0);
  });
  it('two actors of one clause each take their nearest words (broadsheet style)', () => {
    const a = run('The heroic nurse Ann Vik and the corrupt judge Eli Tors met on Monday.');
    expect(toneOf(a, 'Vik')!.score).toBeGreaterThan(0);
    expect(toneOf(a, 'Tors')!.score).toBeLessThan(0);
  });
  it('each score carries its evidence words; no toned word means neutral', () => {
    const a = run('Mayor Ann Lee opened the new bridge on Monday.');
    const t = toneOf(a, 'Lee')!;
    expect(t.mentions[0].evidence.every((e) => e.text !== 'Lee')).toBe(true);
    const b = run('Mayor Ann Lee visited the depot on Monday.');
    expect(toneOf(b, 'Lee')!.score).toBe(0);
    expect(toneOf(b, 'Lee')!.mentions[0].evidence).toEqual([]);
  });
  it('negation turns a word (tabloid style)', () => {
    const pos = run('Coach Dan Marsh was honest about the defeat.');
    const neg = run('Coach Dan Marsh was not honest about the defeat.');
    expect(toneOf(neg, 'Marsh')!.score).toBeLessThan(toneOf(pos, 'Marsh')!.score);
    expect(toneOf(neg, 'Marsh')!.mentions[0].evidence.find((e) => e.text === 'honest')!.valence).toBeLessThan(0);
  });
  it('a name carries no tone itself ("Hope", "Justice")', () => {
    const a = run('Judge Hope Justice adjourned the hearing.');
    for (const t of a.tone) for (const m of t.mentions) expect(m.evidence.map((e) => e.text)).not.toContain('Hope');
  });
  it('a lone surname in a single sentence is an actor, possessive too', () => {
    const a = run("Priebus's allies blasted the leak.");
    expect(a.actors.map((x) => x.name)).toContain('Priebus');
    expect(toneOf(a, 'Priebus')).toBeDefined();
  });
  it('a pronoun takes the person when its sentence offers exactly one', () => {
    const a = run('Minister Lars Berg said he was proud of the result.');
    const berg = a.actors.find((x) => x.name.endsWith('Berg'))!;
    expect(berg.mentions.some((m) => m.form === 'pronoun' && m.text === 'he')).toBe(true);
    const two = run('Minister Lars Berg met Senator Paul Dunn before he left.');
    expect(two.actors.flatMap((x) => x.mentions).some((m) => m.form === 'pronoun' && m.text === 'he')).toBe(false);
  });
  it('dates and ordinary capitalized words are no actors', () => {
    const a = run('Traffic slowed on Monday in March.');
    expect(a.actors.map((x) => x.name)).toEqual([]);
    expect(a.tone).toEqual([]);
  });
});

describe('tone targets the sentence alone implies', () => {
  it('a pronoun with no person before it in a short text is an unnamed person (quote-led wire style)', () => {
    const a = run('"This is a disgrace," he told reporters after the vote.');
    const he = a.actors.find((x) => x.mentions.some((m) => m.form === 'pronoun' && m.text === 'he'))!;
    expect(he.rule).toBe('actor.unnamed-pronoun');
    expect(a.tone.find((t) => t.actorId === he.id)!.score).toBeLessThan(0);
  });
  it('his and her keep two unnamed people apart, each with its own words (tabloid style)', () => {
    const a = run('She praised her brilliant staff, but he mocked his own party.');
    const of = (w: string) => a.actors.find((x) => x.mentions.some((m) => m.text === w))!;
    expect(of('She').id).toBe(of('her').id);
    expect(of('he').id).toBe(of('his').id);
    expect(of('She').id).not.toBe(of('he').id);
    expect(a.tone.find((t) => t.actorId === of('She').id)!.score).toBeGreaterThan(0);
  });
  it('no unnamed person in a longer article, and none for "it" or "they"', () => {
    const long = run('The council met on Monday. The vote was close. The motion passed. He said it was a good day.');
    expect(long.actors.some((x) => x.rule === 'actor.unnamed-pronoun')).toBe(false);
    const it = run('It rained, and they stayed at home.');
    expect(it.actors).toEqual([]);
  });
  it('a sentence-initial surname before an adverb or a comma is a person (broadsheet style)', () => {
    const a = run('Halvorsen also praised the rescue crews.');
    expect(toneOf(a, 'Halvorsen')!.score).toBeGreaterThan(0);
    const c = run('Walker also thanked the volunteers who carried his campaign.');
    expect(c.actors.find((x) => x.name === 'Walker')?.mentions.map((m) => m.text)).toEqual(['Walker', 'his']);
    const b = run('Okafor, in fact, has some hard questions to answer.');
    expect(b.actors.map((x) => x.name)).toContain('Okafor');
  });
  it('a surname used before administration, campaign or spokesman is the person (magazine style)', () => {
    const a = run('Critics accused the Marlowe administration of a cruel and reckless policy.');
    expect(a.actors.map((x) => x.name)).toContain('Marlowe');
    expect(toneOf(a, 'Marlowe')!.score).toBeLessThan(0);
    const b = run('A Grayling spokesman declined to comment.');
    expect(b.actors.map((x) => x.name)).toContain('Grayling');
  });
  it('"the governor" in a short text is the one person so labelled, else an unnamed person of that role (wire style)', () => {
    const a = run('"We will not back down," the governor said, calling the ruling a shameful mistake.');
    const gov = a.actors.find((x) => x.mentions.some((m) => m.text === 'the governor'))!;
    expect([gov.name, gov.rule]).toEqual(['the governor', 'actor.unnamed-descriptor']);
    const b = run('Governor Ida Strand arrived late, and the governor was greeted with loud boos.');
    const strand = b.actors.find((x) => x.name.endsWith('Strand'))!;
    expect(strand.mentions.map((m) => m.text)).toContain('the governor');
    expect(run('The company said the deal was good.').actors.some((x) => x.rule === 'actor.unnamed-descriptor')).toBe(false);
  });
  it('surnames with an inner capital or apostrophe, a speaking surname that is also a word, a headline speaker (several styles)', () => {
    expect(run('Critics rounded on DeWitt after the vote.').actors.map((x) => x.name)).toContain('DeWitt');
    expect(run("Voters cheered O'Malley at the rally.").actors.map((x) => x.name)).toContain("O'Malley");
    expect(toneOf(run('Baker said the plan was a disaster.'), 'Baker')!.score).toBeLessThan(0);
    expect(run('Hartley: "We were robbed of a fair vote."').actors.map((x) => x.name)).toContain('Hartley');
    expect(run('Traffic slowed on Monday in March.').actors).toEqual([]);
  });
});
