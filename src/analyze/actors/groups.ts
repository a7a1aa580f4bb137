/** Group actors from plural nouns and demonyms used as nouns. */
import type { Token } from '../tokens.js';
import type { GazetteerIndex, GazetteerMatch } from './gazetteer-match.js';
import { isCapitalized } from './names.js';
import { rawMention, type RawMention } from './raw-mention.js';

/** Group actors: "analysts", "critics", "the Russians", "the Chinese" (a demonym used as a noun). */
export function findGroups(tokens: Token[], gaz: GazetteerIndex, groups: Set<string>, gazAt: Map<number, GazetteerMatch>): RawMention[] {
  const out: RawMention[] = [];
  const make = (i: number, name: string): RawMention => ({
    ...rawMention(tokens, i, i, 'group', { sentenceInitial: false, headline: false }, 'actor.group-word'),
    parts: [name],
    entry: { name, kind: 'group' },
    cue: true,
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (groups.has(lower) && (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)))) {
      out.push(make(i, lower));
      continue;
    }
    // "Russians", "Americans": a demonym plus s.
    if (/^\p{Lu}/u.test(t.text) && lower.endsWith('s') && gaz.demonyms.has(lower.slice(0, -1))) {
      out.push(make(i, t.text));
      continue;
    }
    // "the Chinese" with no noun after it.
    const m = gazAt.get(i);
    if (m && m.via === 'demonym' && m.first === m.last && /^the$/i.test(tokens[i - 1]?.text ?? '')) {
      const next = tokens[i + 1];
      if (!next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || isCapitalized(next))) out.push(make(i, `the ${t.text}`));
    }
  }
  return out;
}
