/**
 * Productive morphology of evaluative labels (framing.morphology):
 * - `framing.ideology-label`: an ideology stem + -ist/-ists/-ism/-isms/-istic ("socialism",
 *   "globalist", "alarmist"), not inside a name ("the Socialist Party");
 * - `framing.compound-label`: a prefix + an ideology head, hyphenated or not ("far-left",
 *   "hard-line", "ultra-conservative");
 * - `framing.derived-adverb`: an -ly adverb made from an evaluative adjective of the sentiment
 *   lexicon that the lexicon itself does not list ("staunchly" from "staunch"), as an adverb.
 */
import { PhraseMatcher } from '../phrase-matcher.js';
import type { MorphologyRule } from '../../lexicons/framing.js';
import { inName, type Hit, type LoadedDoc } from './doc.js';

interface CompiledMorphology {
  ideology: RegExp | null;
  compounds: PhraseMatcher;
}

const cache = new WeakMap<MorphologyRule, CompiledMorphology>();

function compile(m: MorphologyRule): CompiledMorphology {
  const hit = cache.get(m);
  if (hit) return hit;
  const stems = [...m.ideologyStems].sort((a, b) => b.length - a.length).map((s) => s.replace(/[^a-z]/g, ''));
  const ideology = stems.length ? new RegExp(`^(?:${stems.join('|')})(?:ist|ists|ism|isms|istic)$`, 'i') : null;
  const phrases = m.compoundPrefixes.flatMap((p) => m.compoundHeads.map((h) => `${p}-${h}`));
  const compiled = { ideology, compounds: new PhraseMatcher(phrases) };
  cache.set(m, compiled);
  return compiled;
}

export function ideologyLabels(doc: LoadedDoc): Hit[] {
  const { ideology } = compile(doc.framing.morphology);
  if (!ideology) return [];
  const out: Hit[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.type !== 'word' || !ideology.test(t.text) || inName(doc, i)) return;
    out.push({ start: t.start, end: t.end, category: 'label', entry: t.text.toLowerCase(), valence: null, lexicon: doc.framing.files[0] ?? 'framing', rule: 'framing.ideology-label' });
  });
  return out;
}

export function compoundLabels(doc: LoadedDoc): Hit[] {
  const { compounds } = compile(doc.framing.morphology);
  return compounds.find(doc.text).map((h) => ({
    start: h.start,
    end: h.end,
    category: 'label',
    entry: h.key.replace(' ', '-'),
    valence: null,
    lexicon: doc.framing.files[0] ?? 'framing',
    rule: 'framing.compound-label',
  }));
}

/** Adjective stems an -ly adverb can come from: "staunchly" → staunch, "angrily" → angry, "horribly" → horrible, "tragically" → tragic. */
function adverbStems(w: string): string[] {
  const base = w.slice(0, -2);
  return [base, base.endsWith('i') ? `${base.slice(0, -1)}y` : '', base.endsWith('b') ? `${base}le` : '', base.endsWith('al') ? base.slice(0, -2) : ''].filter(Boolean);
}

export function derivedAdverbs(doc: LoadedDoc): Hit[] {
  const min = doc.framing.sentimentWords.minValence.ADV;
  if (min === undefined) return [];
  const notLoaded = new Set(doc.framing.sentimentWords.notLoaded);
  const out: Hit[] = [];
  doc.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (t.pos !== 'ADV' || !w.endsWith('ly') || w.length < 6 || doc.sentiment.words.has(w) || notLoaded.has(w) || inName(doc, i)) return;
    for (const stem of adverbStems(w)) {
      const v = doc.sentiment.words.get(stem);
      if (v === undefined || Math.abs(v) < min || notLoaded.has(stem)) continue;
      out.push({ start: t.start, end: t.end, category: 'evaluative', entry: w, valence: v, lexicon: doc.sentiment.files[0] ?? 'sentiment', rule: 'framing.derived-adverb' });
      return;
    }
  });
  return out;
}
