/**
 * Rule `framing.sentiment-word`: an adjective or adverb whose sentiment-lexicon valence reaches
 * the minimum for its POS (framing.sentimentWords) is evaluative wording ("disastrous",
 * "arrogant", "pathetic"). Guards: words listed as notLoaded (valence that describes a fact:
 * "dead", "free"), words inside a name ("Grace", "Liberty University"), and the POS itself (a
 * noun or verb of the same spelling is not taken).
 */
import { inName, type Hit, type LoadedDoc } from './doc.js';

export function sentimentWords(doc: LoadedDoc): Hit[] {
  const { minValence, notLoaded } = doc.framing.sentimentWords;
  const skip = notLoadedSet(notLoaded);
  const out: Hit[] = [];
  doc.tokens.forEach((t, i) => {
    const min = minValence[t.pos];
    if (min === undefined || t.type !== 'word') return;
    const w = t.text.toLowerCase().replace(/[’‘]/g, "'");
    // The lemma too: "poorest" is as descriptive as "poor".
    if (skip.has(w) || skip.has(t.lemma.toLowerCase())) return;
    const v = doc.sentiment.words.get(w);
    if (v === undefined || Math.abs(v) < min || inName(doc, i)) return;
    out.push({ start: t.start, end: t.end, category: 'evaluative', entry: w, valence: v, lexicon: doc.sentiment.files[0] ?? 'sentiment', rule: 'framing.sentiment-word' });
  });
  return out;
}

const sets = new WeakMap<string[], Set<string>>();
function notLoadedSet(list: string[]): Set<string> {
  let s = sets.get(list);
  if (!s) sets.set(list, (s = new Set(list)));
  return s;
}
