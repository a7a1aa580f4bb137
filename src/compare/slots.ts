/**
 * Slot variants: the word next to a rare shared anchor, where outlets differ ("48-hour strike" /
 * "48-hour walkout"). Complements sentence diffs when the sentences are reworded too much to align.
 *
 * An anchor is a content word that occurs exactly once in each article using it, together with the
 * word before it ("a 48-hour"), in articles of at least two outlets. The next word fills the slot. Two fillers
 * from different outlets are a substitution when both are lower-case content words, neither is a
 * number, neither occurs anywhere in the other article (a variant is a word the other outlet
 * does not use), and both are of one word class (noun for noun, verb for verb). Anchors with more than `MAX_FILLERS` distinct fillers are not slots.
 */
import type { Evidence } from '../types/comparison.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';
import { crudeStem, isContent, type WordToken } from './tokens/words.js';
import { sameClass, type WordClassOf } from './tokens/word-class.js';

const MAX_FILLERS = 6;

export interface SlotFinding {
  pairs: [string, string][];
  occurrences: { wording: string; evidence: Evidence }[];
}

export function slotSubstitutions(ctx: CompareContext, wordClass: WordClassOf | null = null): SlotFinding {
  const { stopWords } = ctx;
  const tokensOf: WordToken[][] = ctx.articles.map(() => []);
  for (const u of ctx.units) tokensOf[u.article].push(...u.tokens);
  const vocabOf = tokensOf.map((toks) => new Set(toks.map((t) => t.norm)));

  // anchor → filler → articles (with the filler token).
  const slots = new Map<string, Map<string, { article: number; token: WordToken }[]>>();
  tokensOf.forEach((toks, ai) => {
    const count = new Map<string, number>();
    for (const t of toks) count.set(t.norm, (count.get(t.norm) ?? 0) + 1);
    for (let i = 1; i + 1 < toks.length; i++) {
      const anchor = toks[i];
      if (count.get(anchor.norm) !== 1 || !isContent(anchor.norm, stopWords) || /^[\d.,]+$/.test(anchor.norm)) continue;
      const next = toks[i + 1];
      // The filler must follow directly in the text (same sentence, nothing but a space between).
      if (next.start - anchor.end > 1) continue;
      const key = `${toks[i - 1].norm} ${anchor.norm}`;
      let fillers = slots.get(key);
      if (!fillers) slots.set(key, (fillers = new Map()));
      let list = fillers.get(next.norm);
      if (!list) fillers.set(next.norm, (list = []));
      list.push({ article: ai, token: next });
    }
  });

  const outletOf = (ai: number) => ctx.articles[ai].outlet.id;
  const usable = (t: WordToken) => !t.upper && isContent(t.norm, stopWords) && !/^[\d.,]+$/.test(t.norm);
  const pairs: [string, string][] = [];
  const occurrences: SlotFinding['occurrences'] = [];
  for (const anchor of [...slots.keys()].sort()) {
    const fillers = slots.get(anchor)!;
    if (fillers.size < 2 || fillers.size > MAX_FILLERS) continue;
    const entries = [...fillers].filter(([, list]) => usable(list[0].token)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const used = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [fa, la] = entries[i];
        const [fb, lb] = entries[j];
        const a = la[0];
        const b = lb[0];
        if (outletOf(a.article) === outletOf(b.article)) continue;
        if (vocabOf[b.article].has(fa) || vocabOf[a.article].has(fb)) continue;
        if (crudeStem(fa) === crudeStem(fb)) continue;
        // "a key [stabilizing]" / "a key [justification]": the slot holds words of different kinds.
        if (wordClass && !sameClass(wordClass(a.article, a.token.start), wordClass(b.article, b.token.start))) continue;
        pairs.push([fa, fb]);
        used.add(fa);
        used.add(fb);
      }
    }
    for (const [filler, list] of entries) {
      if (!used.has(filler)) continue;
      for (const { article, token } of list) occurrences.push({ wording: filler, evidence: evidenceOf(ctx.articles[article], token.start, token.end) });
    }
  }
  return { pairs, occurrences };
}
