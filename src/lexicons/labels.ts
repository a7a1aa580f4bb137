/**
 * The label lexicon (lexicons/labels.json): which head nouns of a descriptor are evaluative
 * ("dictator") or neutral ("president"), the words allowed inside a label, temporal qualifiers
 * and honorifics. Users extend it with a lexicon file `{ "labels": { ... } }`.
 */
// Lookups are by words of the text: null-prototype records, so 'constructor' is no head.
import { dict } from '../util/own.js';
import { FramediffError } from '../errors.js';
import data from '../../lexicons/labels.json';

/** What a label's head noun says: whether it is evaluative, and its category. */
export interface LabelHead {
  evaluative: boolean;
  /** role, occupation, relation, epithet, ... (free-form). */
  category: string;
}

/**
 * Label lexicon (lexicons/labels.json): head nouns of labels with their flags, and the words a
 * label is built from.
 */
export interface LabelLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  /** Lower-cased head noun → its flags. Heads not listed are neutral, category `other`. */
  heads: Record<string, LabelHead>;
  /** Lower-cased words that may stand inside a label before its head ("vice", "top", "foreign"). */
  modifiers: string[];
  /** Lower-cased modifiers that make the whole label evaluative ("authoritarian", "brutal"). */
  evaluativeModifiers: string[];
  /** Lower-cased words never part of a descriptor: weekdays, months, times, sentence adverbs ("On Monday beloved Mayor X"). */
  notInLabel: string[];
  /** Lower-cased qualifier → temporal value ("former" → former, "sitting" → current). */
  temporal: Record<string, 'former' | 'current'>;
  /** Honorifics stripped from a mention ("Mr", "Dr."), case-sensitive. */
  honorifics: string[];
  /** Lower-cased word → comparison key spelling ("u.s." → "us"). */
  keyAliases: Record<string, string>;
  /** Descriptor heads that fit any role: "the Chinese leader", "the Kremlin chief". */
  genericHeads: string[];
  /** Titles of whoever leads a country or body ("president", "prime minister"): a generic descriptor prefers them. */
  topTitles: string[];
  /** Words that make a title a lesser rank ("vice premier" is not "the premier"). */
  rankModifiers: string[];
  /** Nouns that, possessed, stand for the article's country: "the country's president". */
  countryWords: string[];
  /** Words joining a title to its complement inside a label: "Secretary **of** State". */
  titleLinks: string[];
  /** Words joining two titles held at once: "State Councilor **and** Foreign Minister". */
  titleJoiners: string[];
  /** Hyphenated prefixes that make a label former: "**ex**-President". */
  formerPrefixes: string[];
  /** Articles a name never takes: "**a** South Carolina Republican" is no person's name. */
  indefiniteArticles: string[];
}

export const defaultLabels: LabelLexicon = {
  files: ['labels.json'],
  heads: Object.assign(dict<LabelHead>(), data.heads as Record<string, LabelHead>),
  modifiers: data.modifiers,
  evaluativeModifiers: data.evaluativeModifiers,
  notInLabel: data.notInLabel,
  temporal: Object.assign(dict<'former' | 'current'>(), data.temporal as Record<string, 'former' | 'current'>),
  honorifics: data.honorifics,
  keyAliases: Object.assign(dict<string>(), data.keyAliases as Record<string, string>),
  genericHeads: data.genericHeads,
  topTitles: data.topTitles,
  rankModifiers: data.rankModifiers,
  countryWords: data.countryWords,
  titleLinks: data.titleLinks,
  titleJoiners: data.titleJoiners,
  formerPrefixes: data.formerPrefixes,
  indefiniteArticles: data.indefiniteArticles,
};

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeLabels(base: LabelLexicon, extra: unknown, file: string, replace = false): LabelLexicon {
  const fail = (msg: string): never => {
    throw new FramediffError('INVALID_LEXICON', file, `labels: ${msg}`);
  };
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) fail('expected an object');
  const e = extra as Record<string, unknown>;
  const known = ['heads', 'modifiers', 'evaluativeModifiers', 'notInLabel', 'temporal', 'honorifics', 'keyAliases', 'genericHeads', 'topTitles', 'rankModifiers', 'countryWords', 'titleLinks', 'titleJoiners', 'formerPrefixes', 'indefiniteArticles', 'description'];
  for (const k of Object.keys(e)) if (!known.includes(k)) fail(`unknown field "${k}" (expected ${known.join(', ')})`);
  const heads: Record<string, LabelHead> = {};
  if (e.heads !== undefined) {
    if (typeof e.heads !== 'object' || e.heads === null || Array.isArray(e.heads)) fail('"heads" must be an object of {evaluative, category}');
    for (const [word, v] of Object.entries(e.heads as Record<string, unknown>)) {
      const h = v as Partial<LabelHead> | null;
      if (typeof h !== 'object' || h === null || typeof h.evaluative !== 'boolean') fail(`heads.${word}: needs a boolean "evaluative"`);
      heads[word.toLowerCase()] = { evaluative: h!.evaluative!, category: typeof h!.category === 'string' ? h!.category : 'other' };
    }
  }
  const list = (name: string, lower: boolean): string[] => {
    const v = e[name];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`"${name}" must be an array of strings`);
    return (v as string[]).map((x) => (lower ? x.toLowerCase() : x));
  };
  const record = <T extends string>(name: string, allowed?: readonly T[]): Record<string, T> => {
    const v = e[name];
    if (v === undefined) return {};
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`"${name}" must be an object`);
    const out: Record<string, T> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (typeof x !== 'string' || (allowed && !allowed.includes(x as T))) fail(`${name}.${k}: expected ${allowed ? allowed.join(' or ') : 'a string'}`);
      out[k.toLowerCase()] = x as T;
    }
    return out;
  };
  const start: LabelLexicon = replace
    ? { files: [], heads: {}, modifiers: [], evaluativeModifiers: [], notInLabel: [], temporal: {}, honorifics: [], keyAliases: {}, genericHeads: [], topTitles: [], rankModifiers: [], countryWords: [], titleLinks: [], titleJoiners: [], formerPrefixes: [], indefiniteArticles: [] }
    : base;
  return {
    files: [...start.files, file],
    heads: Object.assign(dict<LabelHead>(), start.heads, heads),
    modifiers: union(start.modifiers, list('modifiers', true)),
    evaluativeModifiers: union(start.evaluativeModifiers, list('evaluativeModifiers', true)),
    notInLabel: union(start.notInLabel, list('notInLabel', true)),
    temporal: Object.assign(dict<'former' | 'current'>(), start.temporal, record('temporal', ['former', 'current'] as const)),
    honorifics: union(start.honorifics, list('honorifics', false)),
    keyAliases: Object.assign(dict<string>(), start.keyAliases, record('keyAliases')),
    genericHeads: union(start.genericHeads, list('genericHeads', true)),
    topTitles: union(start.topTitles, list('topTitles', true)),
    rankModifiers: union(start.rankModifiers, list('rankModifiers', true)),
    countryWords: union(start.countryWords, list('countryWords', true)),
    titleLinks: union(start.titleLinks, list('titleLinks', true)),
    titleJoiners: union(start.titleJoiners, list('titleJoiners', true)),
    formerPrefixes: union(start.formerPrefixes, list('formerPrefixes', true)),
    indefiniteArticles: union(start.indefiniteArticles, list('indefiniteArticles', true)),
  };
}

function union(a: string[], b: string[]): string[] {
  return b.length === 0 ? a : [...new Set([...a, ...b])];
}
