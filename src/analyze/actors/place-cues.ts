/** Words around a name that say it is a place the gazetteer does not list ("the city of X", "strikes on X"). */
import type { Gazetteer } from '../../lexicons/gazetteer.js';
import type { Token } from '../tokens.js';
import type { GazetteerMatch } from './gazetteer-match.js';
import type { NameRun } from './names.js';
import { perObject } from '../../util/per-object.js';

export type PlaceCue = 'strong' | 'weak' | null;

type CueSets = Record<'nouns' | 'suffixes' | 'preps' | 'cueWords' | 'cuePreps' | 'adjectives', Set<string>>;
/** The gazetteer's cue lists as sets, built once per lexicon (not once per article). */
const cueSets = perObject(
  (g: Gazetteer): CueSets => ({
    nouns: new Set(g.placeNouns),
    suffixes: new Set(g.placeSuffixNouns),
    preps: new Set(g.placePrepositions),
    cueWords: new Set(g.placeCueWords),
    cuePreps: new Set(g.placeCuePrepositions),
    adjectives: new Set(g.placeAdjectives),
  }),
);

/**
 * Place cues around a name (lists from the gazetteer lexicon): `strong` for "the city of X" and
 * "X region"; `weak` for a place preposition ("near X") or a motion/strike word with its
 * preposition ("strikes on X", "travelled from X"), and for a name joined by "and" or a comma to
 * a place so cued ("on Kharkiv and Zaporizhzhia").
 */
export function placeCueFinder(tokens: Token[], g: Gazetteer, runEndingAt: Map<number, NameRun>, gazEndingAt: Map<number, GazetteerMatch>): (first: number, last: number) => PlaceCue {
  const { nouns, suffixes, preps, cueWords, cuePreps, adjectives } = cueSets(g);
  // The lite model sometimes leaves a participle unlemmatized ("diverting"/ADJ): strip -ing/-ed too.
  const isCueWord = (t: Token) => [t.lemma.toLowerCase(), t.normal, t.normal.replace(/(?:ing|ed|s)$/, '')].some((w) => cueWords.has(w));
  const same = (i: number, j: number) => tokens[i] !== undefined && tokens[j] !== undefined && tokens[i].sentence === tokens[j].sentence;
  const cue = (first: number, last: number, depth: number): PlaceCue => {
    const next = tokens[last + 1];
    if (next && same(last, last + 1) && /^\p{Ll}/u.test(next.text) && suffixes.has(next.normal)) return 'strong';
    // "in eastern Donetsk", "on occupied Mariupol": look past place adjectives.
    const name = first;
    for (let n = 0; n < 2 && first - 1 > 0 && same(first - 1, name) && adjectives.has(tokens[first - 1].normal); n++) first--;
    const prev = tokens[first - 1];
    if (!prev || !same(first, first - 1)) return null;
    const p = prev.normal;
    if (p === 'of' && tokens[first - 2] && /^\p{Ll}/u.test(tokens[first - 2].text) && nouns.has(tokens[first - 2].normal)) return 'strong';
    if (preps.has(p)) return 'weak';
    if (cuePreps.has(p)) {
      // The cue word up to three words back: "strikes on X", "drove their tractors from X".
      for (let k = first - 2; k >= first - 4 && tokens[k] && same(k, first) && tokens[k].type === 'word'; k--) if (isCueWord(tokens[k])) return 'weak';
    }
    if ((p === 'and' || p === ',') && depth < 3) {
      // "on Kharkiv and Zaporizhzhia", "from Antofagasta and Temuco": the cue of the place before.
      const before = runEndingAt.get(first - 2);
      const known = gazEndingAt.get(first - 2);
      if (before) return cue(before.first, before.last, depth + 1) ? 'weak' : null;
      if (known && known.entry.kind === 'place') return cue(known.first, known.last, depth + 1) ? 'weak' : null;
    }
    return null;
  };
  return (first: number, last: number) => cue(first, last, 0);
}
