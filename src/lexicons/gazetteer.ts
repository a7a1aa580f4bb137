/**
 * The gazetteer (lexicons/gazetteer.json): known places (with demonyms and capitals),
 * organizations and groups, plus the word lists that tell a discovered name's kind
 * (organization heads like "Institute", place heads, event heads to skip, group nouns).
 * It is not a list of people: persons are discovered from the text. Shape: schema/lexicons/gazetteer.schema.json.
 */
import type { Provenance } from './lexicon.js';
import { lowerUnique, unique } from './lists.js';
import type { ActorKind } from '../types/analysis.js';

/** A known actor: its name, kind and the other names it goes by. */
export interface GazetteerEntry {
  name: string;
  kind: ActorKind;
  aliases?: string[];
  /** For places: adjectives and nouns of nationality ("Chinese"); they also mark labels. */
  demonyms?: string[];
  /** For countries: the capital, itself a place actor. */
  capital?: string;
  /** For national bodies: the country they belong to ("Kremlin" → Russia), so "the Kremlin chief" fits a Russian leader. */
  country?: string;
}

/**
 * Gazetteer (lexicons/gazetteer.json): actors known before reading, matched by name and alias with
 * the kind given.
 */
export interface Gazetteer {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  entries: GazetteerEntry[];
  /** Last words that make a capitalized name an organization ("Institute", "Ministry"). */
  orgHeads: string[];
  /** Last words that make a capitalized name a place ("Province", "Island"). */
  placeHeads: string[];
  /** First words that make a capitalized name of two or more words a place ("Port Velna", "Lake Kivu"). */
  placeLeads: string[];
  /** Last words of names that are events, not actors ("Conference", "Olympics"). */
  eventHeads: string[];
  /** Lower-case nouns after a person's possessive that name an organization ("Putin's office"). */
  possessedOrgs: string[];
  /** Lower-case plural nouns that are group actors ("analysts", "critics"). */
  groups: string[];
  /** Verb lemmas after a capitalized word that mark it as a speaking actor ("Gabuev noted"). */
  speechVerbs: string[];
  /** Lower-case nouns before "of X" that make X a place: "the city of Zaporizhzhia". */
  placeNouns: string[];
  /** Lower-case nouns after a name that make it a place: "Kharkiv region". */
  placeSuffixNouns: string[];
  /** Prepositions that, alone, make an out-of-vocabulary name after them a place: "near Bakhmut". */
  placePrepositions: string[];
  /** Verb/noun lemmas that, with a `placeCuePrepositions` word, make the name after it a place: "strikes on Kharkiv". */
  placeCueWords: string[];
  placeCuePrepositions: string[];
  /** Lower-case adjectives that may stand between a place cue and the name: "in **eastern** Donetsk". */
  placeAdjectives: string[];
  /** Lower-case label heads that make the named thing an organization: "the analysis firm R.Politik". */
  orgLabelHeads: string[];
  /** Capitalized words that are never an actor's name, matched as written: weekdays, months, headline words ("UPDATE"), "I'm". */
  nonNames: string[];
  /** Lower-case sets of one given name's forms, space-separated: "james jim jimmy" (Jim Baker is James A. Baker). */
  givenNameVariants: string[];
  /** Lower-case words that say two people of one name are relatives ("his son, X Jr."): their names then stay apart. */
  kinshipWords: string[];
  /** Name suffixes, as written: "Jr.", "III". "X Jr." is X when the story has no relative of that name. */
  nameSuffixes: string[];
}

/** The word lists of a gazetteer (every field but `files` and `entries`). */
const LISTS = ['orgHeads', 'placeHeads', 'placeLeads', 'eventHeads', 'possessedOrgs', 'groups', 'speechVerbs', 'placeNouns', 'placeSuffixNouns', 'placePrepositions', 'placeCueWords', 'placeCuePrepositions', 'placeAdjectives', 'orgLabelHeads', 'nonNames', 'givenNameVariants', 'kinshipWords', 'nameSuffixes'] as const;
/** Lists of capitalized words, kept as written; the others are lower-cased. */
const CASED = new Set<string>(['orgHeads', 'placeHeads', 'placeLeads', 'eventHeads', 'nonNames', 'nameSuffixes']);

type GazetteerData = { entries?: (GazetteerEntry & { note?: string })[] } & Partial<Record<(typeof LISTS)[number], string[]>>;

export function compileGazetteer(raw: GazetteerData, p: Provenance): Gazetteer {
  const out = { files: p.files, entries: (raw.entries ?? []).map(entryOf) } as Gazetteer;
  for (const name of LISTS) out[name] = CASED.has(name) ? unique(raw[name]) : lowerUnique(raw[name]);
  return out;
}

/** The entry as given, its free-text note aside (key order kept). */
function entryOf(raw: GazetteerEntry & { note?: string }): GazetteerEntry {
  if (raw.note === undefined) return raw;
  const e = { ...raw };
  delete e.note;
  return e;
}

/** A user section may be a bare array of entries. */
export function expandGazetteer(section: unknown): unknown {
  return Array.isArray(section) ? { entries: section } : section;
}
