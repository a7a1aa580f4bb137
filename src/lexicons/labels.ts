/**
 * The label lexicon (lexicons/labels.json): which head nouns of a descriptor are evaluative
 * ("dictator") or neutral ("president"), the words allowed inside a label, temporal qualifiers
 * and honorifics. Users extend it with a lexicon file `{ "labels": { ... } }`
 * (shape: schema/lexicons/labels.schema.json).
 */
// Lookups are by words of the text: null-prototype records, so 'constructor' is no head.
import { dict } from '../util/own.js';
import type { Provenance } from './lexicon.js';
import { lowerKeys, lowerUnique, unique } from './lists.js';

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

/** Lower-cased word lists (honorifics are kept as written). */
const LOWER = ['modifiers', 'evaluativeModifiers', 'notInLabel', 'genericHeads', 'topTitles', 'rankModifiers', 'countryWords', 'titleLinks', 'titleJoiners', 'formerPrefixes', 'indefiniteArticles'] as const;

type LabelsData = {
  heads?: Record<string, { evaluative: boolean; category?: string }>;
  temporal?: Record<string, 'former' | 'current'>;
  keyAliases?: Record<string, string>;
  honorifics?: string[];
} & Partial<Record<(typeof LOWER)[number], string[]>>;

export function compileLabels(raw: LabelsData, p: Provenance): LabelLexicon {
  const heads = dict<LabelHead>();
  for (const [word, h] of Object.entries(raw.heads ?? {})) heads[word.toLowerCase()] = { evaluative: h.evaluative, category: h.category ?? 'other' };
  const out = {
    files: p.files,
    heads,
    temporal: lowerKeys(raw.temporal, dict<'former' | 'current'>()),
    honorifics: unique(raw.honorifics),
    keyAliases: lowerKeys(raw.keyAliases, dict<string>()),
  } as LabelLexicon;
  for (const name of LOWER) out[name] = lowerUnique(raw[name]);
  return out;
}
