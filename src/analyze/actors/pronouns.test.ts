/** Pronoun antecedents: subject over object, gender marks, a prior speaker passed in by the caller. */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { personGenders } from '../gender.js';
import { pronounAntecedent, type PronounScope } from './pronouns.js';

function scope(text: string): { s: PronounScope; at: (word: string) => import('../context.js').Token } {
  const ctx = buildContext({ id: 't', text, paragraphs: [] });
  const kinds = new Map(ctx.actors.map((a) => [a.id, a.kind]));
  const s: PronounScope = { ctx, mentions: ctx.mentions, kinds, genders: personGenders(ctx, () => false), insideQuote: () => false };
  const at = (word: string) => {
    const i = text.lastIndexOf(word);
    const t = ctx.tokens.find((x) => x.start === i);
    if (!t) throw new Error(word);
    return t;
  };
  return { s, at };
}

const name = (s: PronounScope, id: string | null) => s.ctx.actors.find((a) => a.id === id)?.name;

describe('pronounAntecedent', () => {
  it('takes the subject of the recent sentence, not a name in object position', () => {
    const { s, at } = scope('Minister Karl Winter met Ines Duval in Brussels on Monday. He told reporters the talks went well.');
    expect(name(s, pronounAntecedent(s, at('He'), 'person', 'male', null)?.actorId ?? null)).toBe('Karl Winter');
  });

  it('skips a person marked with the other gender', () => {
    const { s, at } = scope('Ms. Ines Duval met Karl Winter in Brussels. She said the talks went well.');
    expect(name(s, pronounAntecedent(s, at('She'), 'person', 'female', null)?.actorId ?? null)).toBe('Ines Duval');
  });

  it('prefers a prior speaker, passed in, named after the subject', () => {
    const { s, at } = scope('Karl Winter met Paul Okafor in Brussels. He said the talks went well.');
    const okafor = s.ctx.actors.find((a) => a.name === 'Paul Okafor')!;
    const prior = { actorId: okafor.id, name: okafor.name, start: s.ctx.text.indexOf('Paul Okafor') };
    expect(pronounAntecedent(s, at('He'), 'person', 'male', prior)?.actorId).toBe(okafor.id);
    expect(name(s, pronounAntecedent(s, at('He'), 'person', 'male', null)?.actorId ?? null)).toBe('Karl Winter');
  });
});
