/**
 * Concept variants: the same thing in different words, per outlet.
 *
 * Discovered: aligned sentences (same fact) from different outlets are diffed word by word (jsdiff);
 * a run of removed words directly replaced by a run of added words is a substitution ("no limits" →
 * "unlimited"); sentences telling their facts in another order are also diffed clause against clause
 * (clauses.ts). Substitutions are joined into groups (union-find over wordings), and each group's
 * wordings are then looked up in every sentence of the clusters where it was seen, so each outlet's
 * own wording is recorded even where it was not one side of a diff.
 * Curated: analysis framing terms that carry a `concept` (lexicons/concepts.json) form lexicon groups;
 * a discovered group overlapping a lexicon term joins that concept (`origin: both`).
 * A group is reported only when outlets differ: at least two outlets with wordings, and not every
 * outlet using the same set of wordings.
 */
import { dict } from '../util/own.js';
import type { Evidence, VariantGroup, VariantWording } from '../types/comparison.js';
import type { SentenceClusters } from './align.js';
import type { CompareContext } from './context.js';
import { compareEvidence, evidenceOf } from './evidence.js';
import { crudeStem, isContent, wordTokens, type WordToken } from './tokens/words.js';
import { slotSubstitutions } from './slots.js';
import { diffTokens, type TokenChange } from '../text/word-diff.js';
import { clausePairs, clauses } from './clauses.js';
import { sameClass, wordClasses, type WordClass, type WordClassOf } from './tokens/word-class.js';
import { pushTo, UnionFind } from '../util/union-find.js';
import { slug } from '../text/slug.js';

/** Longest wording (in words) a substitution may have: longer runs are rephrasings, not variants. */
const MAX_WORDS = 4;
/** Distinct wordings of one cluster that are diffed, and diffs per cluster (keeps huge clusters linear). */
const MAX_WORDINGS = 12;
/** Sentence pairs differing in more tokens than this are reworded throughout: no clean substitutions to read. */
const MAX_EDITS = 50;
const MAX_DIFFS_PER_CLUSTER = 40;

const VARIANT_RULE: Record<VariantGroup['origin'], string> = { lexicon: 'variant.concept', alignment: 'variant.discovered', both: 'variant.discovered.concept' };

interface Occurrence {
  wording: string;
  evidence: Evidence;
}

export function findVariants(ctx: CompareContext, clusters: SentenceClusters, conceptDescriptions: ReadonlyMap<string, string> = new Map()): VariantGroup[] {
  const discovered = discoverGroups(ctx, clusters);
  const lexicon = lexiconGroups(ctx);

  // Merge discovered groups into the lexicon concept whose terms their evidence overlaps.
  const byConcept = new Map<string, { origin: VariantGroup['origin']; occurrences: Occurrence[] }>();
  for (const [concept, occ] of lexicon) byConcept.set(concept, { origin: 'lexicon', occurrences: occ });
  const termIndex = lexiconTermIndex(ctx);
  for (const g of discovered) {
    // Occurrences on a curated concept's terms are already counted by that concept: mark it `both`
    // and keep the rest of the group as a discovered group of its own.
    const rest: Occurrence[] = [];
    for (const o of g.occurrences) {
      const concept = termIndex(o.evidence);
      if (concept && byConcept.has(concept)) byConcept.get(concept)!.origin = 'both';
      else rest.push(o);
    }
    if (rest.length === 0) continue;
    const id = `discovered:${slug(g.name) || 'variant'}`;
    if (!byConcept.has(id)) byConcept.set(id, { origin: 'alignment', occurrences: rest });
    else byConcept.get(id)!.occurrences.push(...rest);
  }

  const order = compareEvidence(ctx.articleIndex);
  const groups: VariantGroup[] = [];
  for (const [concept, { origin, occurrences }] of byConcept) {
    const byOutlet = wordingsByOutlet(ctx, occurrences, order);
    if (!differs(byOutlet)) continue;
    const description =
      conceptDescriptions.get(concept) ??
      [...new Set(Object.values(byOutlet).flatMap((ws) => ws.map((w) => w.wording)))].sort().join(' / ');
    groups.push({ id: '', concept, description, origin, rule: VARIANT_RULE[origin], byOutlet });
  }
  const outletsOf = (g: VariantGroup) => Object.values(g.byOutlet).filter((w) => w.length > 0).length;
  const wordingsOf = (g: VariantGroup) => new Set(Object.values(g.byOutlet).flatMap((ws) => ws.map((w) => w.wording))).size;
  groups.sort((a, b) => outletsOf(b) - outletsOf(a) || wordingsOf(b) - wordingsOf(a) || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0));
  groups.forEach((g) => (g.id = `variant:${g.concept}`));
  return groups;
}

/** Per outlet (in outlet order), each wording with its count and evidence, most frequent first. */
function wordingsByOutlet(ctx: CompareContext, occurrences: Occurrence[], order: (a: Evidence, b: Evidence) => number): Record<string, VariantWording[]> {
  const seen = new Set<string>();
  const map = new Map<string, Map<string, Evidence[]>>();
  for (const o of occurrences) {
    const key = `${o.evidence.articleId}:${o.evidence.start}:${o.evidence.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let w = map.get(o.evidence.outletId);
    if (!w) map.set(o.evidence.outletId, (w = new Map()));
    let list = w.get(o.wording);
    if (!list) w.set(o.wording, (list = []));
    list.push(o.evidence);
  }
  const out = dict<VariantWording[]>();
  for (const id of ctx.outletIds) {
    const w = map.get(id);
    if (!w) continue;
    out[id] = [...w]
      .map(([wording, evidence]) => ({ wording, count: evidence.length, evidence: evidence.sort(order) }))
      .sort((a, b) => b.count - a.count || (a.wording < b.wording ? -1 : 1));
  }
  return out;
}

/** True when at least two outlets have wordings and their wording sets are not all the same. */
function differs(byOutlet: Record<string, VariantWording[]>): boolean {
  const sets = Object.values(byOutlet)
    .filter((ws) => ws.length > 0)
    .map((ws) => ws.map((w) => w.wording).sort().join('\u0000'));
  return sets.length >= 2 && new Set(sets).size > 1;
}

/** Curated concept groups from the analysis framing terms. */
function lexiconGroups(ctx: CompareContext): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  for (const a of ctx.articles) {
    // Headline wording counts too: a headline may be the only place an outlet uses a wording.
    const terms = [
      ...(a.analysis.titleConcepts ?? []).map((t) => ({ t, field: 'title' as const })),
      ...(a.analysis.concepts ?? []).map((t) => ({ t, field: undefined })),
    ];
    for (const { t, field } of terms) {
      if (!t.concept) continue;
      let list = out.get(t.concept);
      if (!list) out.set(t.concept, (list = []));
      list.push({ wording: wordingKey(t.text), evidence: evidenceOf(a, t.start, t.end, field) });
    }
  }
  return out;
}

/** Look up the concept of the framing term overlapping an evidence span, if any. */
function lexiconTermIndex(ctx: CompareContext): (e: Evidence) => string | null {
  return (e) => {
    const a = ctx.articles[ctx.articleIndex.get(e.articleId)!];
    if (e.field === 'title') return null;
    for (const t of a.analysis.concepts ?? []) if (t.concept && t.start < e.end && e.start < t.end) return t.concept;
    return null;
  };
}

interface Discovered {
  name: string;
  occurrences: Occurrence[];
}

/**
 * Discovered groups, in four steps: pick the sentence pairs to diff in each cluster (`diffPairs`),
 * read their substitutions (`pairSubstitutions`, whole sentence and clause against clause) and join
 * them into groups (union-find), add slot variants, find every occurrence of each wording in its
 * clusters' sentences (`findOccurrences`), and name each group by its most frequent wording.
 */
function discoverGroups(ctx: CompareContext, clusters: SentenceClusters): Discovered[] {
  const env = substitutionEnv(ctx);
  // A sentence telling two facts belongs to its best cluster; for variants it also meets its second one.
  const extended = clusters.members.map((m) => [...m]);
  for (const [u, c] of clusters.also) extended[c].push(u);
  const groups = new UnionFind();
  // Wordings seen in each cluster, to look them up in all of its sentences afterwards.
  const wordingsIn = new Map<number, Set<string>>();
  for (const [c, u, v] of diffPairs(ctx, extended)) {
    for (const [from, to] of pairSubstitutions(ctx, env, u, v)) {
      let seen = wordingsIn.get(c);
      if (!seen) wordingsIn.set(c, (seen = new Set()));
      seen.add(from);
      seen.add(to);
      groups.union(from, to);
    }
  }
  // Slot variants next to rare shared anchors, for sentences too reworded to align.
  const slots = slotSubstitutions(ctx, env.wordClass);
  for (const [from, to] of slots.pairs) groups.union(from, to);
  const byRoot = findOccurrences(ctx, extended, wordingsIn, groups);
  for (const o of slots.occurrences) pushTo(byRoot, groups.find(o.wording), o);
  return [...byRoot.values()].map((occurrences) => ({ name: mostFrequentWording(occurrences), occurrences }));
}

interface SubstitutionEnv {
  lowerSeen: Set<string>;
  midUpperSeen: Set<string>;
  wordClass: WordClassOf;
  textOf: (u: number) => string;
  clauseList: (u: number) => WordToken[][];
}

function substitutionEnv(ctx: CompareContext): SubstitutionEnv {
  const { units } = ctx;
  const lowerSeen = new Set<string>();
  const midUpperSeen = new Set<string>();
  for (const u of units) u.tokens.forEach((t, k) => (!t.upper ? lowerSeen : k > 0 ? midUpperSeen : null)?.add(t.norm));
  const textOf = (u: number) => ctx.articles[units[u].article].text;
  const clausesOf = new Map<number, WordToken[][]>();
  const clauseList = (u: number) => {
    let c = clausesOf.get(u);
    if (!c) clausesOf.set(u, (c = clauses(units[u].tokens, textOf(u), ctx.lexicons.stopwords.clauseOpeners)));
    return c;
  };
  return { lowerSeen, midUpperSeen, wordClass: wordClasses(ctx.articles), textOf, clauseList };
}

/** Step 1: `[cluster, unit, unit]` pairs to diff: distinct wordings of a cluster (first MAX_WORDINGS) from different outlets, at most MAX_DIFFS_PER_CLUSTER per cluster. */
function* diffPairs(ctx: CompareContext, extended: number[][]): Generator<[number, number, number]> {
  const { units } = ctx;
  for (let c = 0; c < extended.length; c++) {
    const members = extended[c];
    if (members.length < 2) continue;
    const seen = new Set<string>();
    const picked: number[] = [];
    for (const u of members) {
      const sig = units[u].tokens.map((t) => t.norm).join(' ');
      if (seen.has(sig)) continue;
      seen.add(sig);
      picked.push(u);
      if (picked.length >= MAX_WORDINGS) break;
    }
    let diffs = 0;
    for (let i = 0; i < picked.length && diffs < MAX_DIFFS_PER_CLUSTER; i++)
      for (let j = i + 1; j < picked.length && diffs < MAX_DIFFS_PER_CLUSTER; j++) {
        if (ctx.articles[units[picked[i]].article].outlet.id === ctx.articles[units[picked[j]].article].outlet.id) continue;
        diffs++;
        yield [c, picked[i], picked[j]];
      }
  }
}

/** Step 2: substitutions of one sentence pair, whole sentence and clause against clause (sentences telling their facts in another order). */
function pairSubstitutions(ctx: CompareContext, env: SubstitutionEnv, u: number, v: number): [string, string][] {
  const a = ctx.units[u];
  const b = ctx.units[v];
  const texts: [string, string] = [env.textOf(u), env.textOf(v)];
  const classOf: SubstitutionOptions['classOf'] = [(t) => env.wordClass(a.article, t.start), (t) => env.wordClass(b.article, t.start)];
  const out = substitutions(a.tokens, b.tokens, ctx.stopWords, env.lowerSeen, { texts, midUpperSeen: env.midUpperSeen, classOf });
  const ca = env.clauseList(u);
  const cb = env.clauseList(v);
  if (ca.length < 2 && cb.length < 2) return out;
  const clauseOf: [Set<string>, Set<string>] = [new Set(a.tokens.map((t) => t.norm)), new Set(b.tokens.map((t) => t.norm))];
  for (const [x, y] of clausePairs(ca, cb, ctx.stopWords)) out.push(...substitutions(x, y, ctx.stopWords, env.lowerSeen, { clauseOf, texts, midUpperSeen: env.midUpperSeen, classOf }));
  return out;
}

/** Step 3: one pass over each cluster's sentences finds every occurrence of its wordings (cost independent of the number of groups). */
function findOccurrences(ctx: CompareContext, extended: number[][], wordingsIn: Map<number, Set<string>>, groups: UnionFind): Map<string, Occurrence[]> {
  const byRoot = new Map<string, Occurrence[]>();
  for (const c of [...wordingsIn.keys()].sort((x, y) => x - y)) {
    const byFirst = new Map<string, string[][]>();
    for (const w of wordingsIn.get(c)!) {
      const p = w.split(' ');
      pushTo(byFirst, p[0], p);
    }
    for (const u of extended[c]) {
      const unit = ctx.units[u];
      const toks = unit.tokens;
      for (let i = 0; i < toks.length; i++) {
        for (const p of byFirst.get(toks[i].norm) ?? []) {
          if (i + p.length > toks.length || !p.every((w, k) => toks[i + k].norm === w)) continue;
          const wording = p.join(' ');
          pushTo(byRoot, groups.find(wording), { wording, evidence: evidenceOf(ctx.articles[unit.article], toks[i].start, toks[i + p.length - 1].end) });
        }
      }
    }
  }
  return byRoot;
}

/** Step 4: a group is named by its most frequent wording (ties: alphabetical). */
function mostFrequentWording(occurrences: Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.wording, (counts.get(o.wording) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

export interface SubstitutionOptions {
  /**
   * Clause mode: the tokens are clauses cut from whole sentences whose words are given here ([words of
   * a's sentence, words of b's sentence]). A hunk needs an equal run on one side and an equal run or the
   * clause edge on the other; words at its edges found in the other sentence are context and trimmed
   * ("forced to flee their homes on Thursday" / "... on Thursday" elsewhere), and a hunk holding a content
   * word of the other sentence is a moved phrase, not a variant.
   */
  clauseOf?: [ReadonlySet<string>, ReadonlySet<string>];
  /** Texts the tokens' offsets point into: a hunk is split at punctuation both sides share ("firefighters, backed" / "fire crews, supported"). */
  texts?: [string, string];
  /** Words written capitalized inside a sentence somewhere: a capitalized opener is a name only if among them. */
  midUpperSeen?: ReadonlySet<string>;
  /** Word class of a token of a's and of b's text: two sides with no word class in common are words sharing a gap, not a variant. */
  classOf?: [(t: WordToken) => WordClass | null, (t: WordToken) => WordClass | null];
}

/** What a substitution filter sees: both sides of a hunk (stop words trimmed) and their sentences. */
export interface Hunk {
  r: WordToken[];
  d: WordToken[];
  a: WordToken[];
  b: WordToken[];
  /** Every word the diff removed / added anywhere in the pair. */
  removedAll: ReadonlySet<string>;
  addedAll: ReadonlySet<string>;
  /** Clause mode: the words of a's and b's whole sentences. */
  inA: ReadonlySet<string> | null;
  inB: ReadonlySet<string> | null;
  stopWords: ReadonlySet<string>;
  isName: (t: WordToken, first: WordToken) => boolean;
  classOf?: SubstitutionOptions['classOf'];
}

export interface SubstitutionFilter {
  id: string;
  why: string;
  rejects(h: Hunk): boolean;
}

const content = (h: Hunk, ts: WordToken[]) => ts.filter((t) => isContent(t.norm, h.stopWords));

/**
 * The substitution filters, in order: a hunk any of them rejects is no wording variant. The last one
 * is the nonsense-pair filter: two words that merely fill the same gap ("with its own internal
 * dynamics" / "which they emphasized") share no word class.
 */
export const SUBSTITUTION_FILTERS: readonly SubstitutionFilter[] = [
  { id: 'size', why: 'each side has one to four words after trimming stop words', rejects: (h) => !h.r.length || !h.d.length || h.r.length > MAX_WORDS || h.d.length > MAX_WORDS },
  { id: 'moved-word', why: 'a word removed in one place and added in another moved: not a variant', rejects: (h) => h.r.some((t) => h.addedAll.has(t.norm)) || h.d.some((t) => h.removedAll.has(t.norm)) },
  {
    id: 'moved-phrase',
    why: 'in a clause pair, a side holding a content word of the other sentence is a moved phrase',
    rejects: (h) => h.inA !== null && h.inB !== null && (content(h, h.r).some((t) => h.inB!.has(t.norm)) || content(h, h.d).some((t) => h.inA!.has(t.norm))),
  },
  { id: 'number', why: 'a number marks a different fact ("handled 250" / "estimated losses")', rejects: (h) => h.r.some(isNumber) || h.d.some(isNumber) },
  { id: 'length-mismatch', why: 'a short side facing one more than two words longer is a rewording ("employers have offered 4 percent" / "unrepentant")', rejects: (h) => Math.max(h.r.length, h.d.length) > Math.min(h.r.length, h.d.length) + 2 },
  { id: 'name', why: 'names swapped in ("Xi" for "the two leaders") are reference, not wording', rejects: (h) => h.r.some((t) => h.isName(t, h.a[0])) || h.d.some((t) => h.isName(t, h.b[0])) },
  { id: 'inflection', why: 'inflections of one word ("pushed" / "pushing") are grammar', rejects: (h) => h.r.length === 1 && h.d.length === 1 && crudeStem(h.r[0].norm) === crudeStem(h.d[0].norm) },
  { id: 'word-class', why: 'nonsense pair: sides with no word class in common merely fill one gap', rejects: (h) => h.classOf !== undefined && !shareClass(h.r, h.d, h.classOf, h.stopWords) },
];

/**
 * Substitutions between two token sequences: each diff hunk (the removed and added runs between two
 * equal runs), split at shared punctuation, is a substitution when both sides are short and carry a
 * content word, neither is a number or a name, and no word on either side was moved (deleted in one
 * place and added in another).
 */
export function substitutions(
  a: WordToken[],
  b: WordToken[],
  stopWords: ReadonlySet<string>,
  /** Words seen in lower case somewhere: a capitalized sentence opener not among them is a name. */
  lowerSeen: ReadonlySet<string> | null = null,
  options: SubstitutionOptions = {},
): [string, string][] {
  const changes = diffTokens(a, b, MAX_EDITS);
  if (!changes) return [];
  // A moved word is removed in one place and added in another: not a variant.
  const removedAll = new Set<string>();
  const addedAll = new Set<string>();
  for (const c of changes) {
    if (c.op === 'removed') for (const t of c.tokens) removedAll.add(t.norm);
    if (c.op === 'added') for (const t of c.tokens) addedAll.add(t.norm);
  }
  const out: [string, string][] = [];
  const isName = (t: WordToken, first: WordToken) =>
    t.upper && (t !== first || (lowerSeen !== null && !lowerSeen.has(t.norm) && (!options.midUpperSeen || options.midUpperSeen.has(t.norm))));
  const hasContent = (c: TokenChange | undefined) => c !== undefined && c.op === 'equal' && c.tokens.some((t) => isContent(t.norm, stopWords));
  let i = 0;
  while (i < changes.length) {
    if (changes[i].op === 'equal') {
      i++;
      continue;
    }
    const before = changes[i - 1];
    const removed: WordToken[] = [];
    const added: WordToken[] = [];
    for (; i < changes.length && changes[i].op !== 'equal'; i++) (changes[i].op === 'removed' ? removed : added).push(...changes[i].tokens);
    const after = changes[i];
    if (!removed.length || !added.length) continue;
    // Between parallel sentences a substitution sits between shared content words or at the sentence's edge;
    // a multi-word hunk framed only by a shared "the" is where the diff lost track ("the [poorest and we]" /
    // "the [bank]"). One word for one word ("to [defuse] the" / "to [de-escalate] the") is a clean swap.
    const framed = (!before || hasContent(before)) && (!after || hasContent(after));
    if (!options.clauseOf && !framed && (removed.length > 1 || added.length > 1)) continue;
    // In a clause pair a hunk needs a shared neighbour on at least one side (the clause edge may be the other).
    if (options.clauseOf && before?.op !== 'equal' && after?.op !== 'equal') continue;
    const rs = splitAtPunctuation(removed, options.texts?.[0]);
    const ds = splitAtPunctuation(added, options.texts?.[1]);
    const pairs: [WordToken[], WordToken[]][] = rs.length === ds.length ? rs.map((r, k) => [r, ds[k]]) : [[removed, added]];
    for (const [removedPart, addedPart] of pairs) {
      const [inA, inB] = options.clauseOf ?? [null, null];
      const hunk: Hunk = { r: trimStops(removedPart, stopWords, inB), d: trimStops(addedPart, stopWords, inA), a, b, removedAll, addedAll, inA, inB, stopWords, isName, classOf: options.classOf };
      if (SUBSTITUTION_FILTERS.some((f) => f.rejects(hunk))) continue;
      const { r, d } = hunk;
      out.push([wordingOf(r), wordingOf(d)]);
    }
  }
  return out;
}

/**
 * Whether two sides have a content word of one class in common ("evacuate" / "flee their homes": verb
 * and verb; "emphasized" / "internal dynamics": none). Unknown classes never block a pair.
 */
function shareClass(r: WordToken[], d: WordToken[], classOf: NonNullable<SubstitutionOptions['classOf']>, stopWords: ReadonlySet<string>): boolean {
  const classes = (ts: WordToken[], of: (t: WordToken) => WordClass | null) => ts.filter((t) => isContent(t.norm, stopWords)).map(of);
  const a = classes(r, classOf[0]);
  const b = classes(d, classOf[1]);
  return a.some((x) => b.some((y) => sameClass(x, y)));
}

/** Split a run of tokens where punctuation separates two of them (a comma, a semicolon, a dash). */
function splitAtPunctuation(tokens: WordToken[], text: string | undefined): WordToken[][] {
  if (!text || tokens.length < 2) return [tokens];
  const parts: WordToken[][] = [[tokens[0]]];
  for (let k = 1; k < tokens.length; k++) {
    if (/[,;:()\u2014]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) parts.push([]);
    parts[parts.length - 1].push(tokens[k]);
  }
  return parts;
}

/**
 * Drop leading/trailing stop words ("their no limits" and "no limits" are one wording), and edge words
 * the other sentence also has (`shared`: they are context that moved, not the variant).
 */
function trimStops(tokens: WordToken[], stopWords: ReadonlySet<string>, shared: ReadonlySet<string> | null = null): WordToken[] {
  const edge = (t: WordToken) => !isContent(t.norm, stopWords) || (shared !== null && shared.has(t.norm));
  let s = 0;
  let e = tokens.length;
  while (s < e && edge(tokens[s])) s++;
  while (e > s && edge(tokens[e - 1])) e--;
  return tokens.slice(s, e);
}

function isNumber(t: WordToken): boolean {
  return /^[\d.,]+$/.test(t.norm);
}

function wordingOf(tokens: WordToken[]): string {
  return tokens.map((t) => t.norm).join(' ');
}

/** Normalized wording of a span: lower-case words joined by single spaces. */
export function wordingKey(text: string): string {
  return wordTokens(text)
    .map((t) => t.norm)
    .join(' ');
}

