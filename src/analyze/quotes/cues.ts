/**
 * Cue lookups built once per lexicon: attribution verb forms, "according to" phrases,
 * document nouns, naming cues. Cached per lexicon object, so analyzing a corpus builds them once.
 */
import type { AttributionLexicon } from '../../lexicons/attribution.js';

export interface Cues {
  /** Lower-cased verb form (single word or phrase) → canonical verb ("says" → "said"). */
  verbForms: Map<string, string>;
  /** Longest verb phrase in words, to bound phrase look-ups. */
  maxVerbWords: number;
  according: string[];
  documents: Set<string>;
  naming: string[];
  /** Naming cues with a gap (`designated * as`): matched on the words before a quote, an article allowed at the end. */
  namingPatterns: RegExp[];
  pronouns: Map<string, string>;
  reporting: Set<string>;
  /** Folded words that are never a speaker on their own ("july", "thursday"). */
  notSpeakers: Set<string>;
  /** Spokesperson role nouns, folded, longest first ("press secretary", "spokesman"). */
  spokespersons: string[];
}

const cache = new WeakMap<AttributionLexicon, Cues>();

export function cuesFor(lex: AttributionLexicon): Cues {
  let c = cache.get(lex);
  if (c) return c;
  const verbForms = new Map<string, string>();
  let maxVerbWords = 1;
  for (const [canon, forms] of Object.entries(lex.verbs)) {
    for (const f of forms) {
      const form = f.toLowerCase();
      if (!verbForms.has(form)) verbForms.set(form, canon);
      maxVerbWords = Math.max(maxVerbWords, form.split(/\s+/).length);
    }
  }
  c = {
    verbForms,
    maxVerbWords,
    according: lex.according.map((a) => a.toLowerCase()).sort((a, b) => b.length - a.length),
    documents: new Set(lex.documents.map((d) => d.toLowerCase())),
    naming: lex.naming.filter((n) => !n.includes('*')).map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length),
    namingPatterns: lex.naming
      .filter((n) => n.includes('*'))
      .map((n) => new RegExp(`(?:^| )${n.toLowerCase().split(/\s+/).map((w) => (w === '*' ? '(?:\\S+ ){1,4}' : escape(w) + ' ')).join('').trimEnd()}(?: (?:the|a|an))?$`)),
    pronouns: new Map(Object.entries(lex.pronouns).map(([p, k]) => [p.toLowerCase(), k])),
    reporting: new Set(lex.reporting.map((r) => r.toLowerCase())),
    notSpeakers: new Set(lex.notSpeakers.map(fold)),
    spokespersons: lex.spokespersons.map(fold).sort((a, b) => b.length - a.length),
  };
  cache.set(lex, c);
  return c;
}

/** Lower-case a word and fold curly apostrophes, so lexicon entries match either spelling. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Most words have no curly apostrophe: skip the replace (hot: every token near every quote).
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
