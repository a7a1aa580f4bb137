/**
 * The gazetteer (lexicons/gazetteer.json): known places (with demonyms and capitals),
 * organizations and groups, plus the word lists that tell a discovered name's kind
 * (organization heads like "Institute", place heads, event heads to skip, group nouns).
 * It is not a list of people: persons are discovered from the text.
 */
import { FramediffError } from '../errors.js';
import type { ActorKind } from '../types/analysis.js';
import data from '../../lexicons/gazetteer.json';

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

const KINDS: ActorKind[] = ['person', 'organization', 'place', 'group'];

export const defaultGazetteer: Gazetteer = {
  files: ['gazetteer.json'],
  entries: data.entries as GazetteerEntry[],
  orgHeads: data.orgHeads,
  placeHeads: data.placeHeads,
  placeLeads: data.placeLeads,
  eventHeads: data.eventHeads,
  possessedOrgs: data.possessedOrgs,
  groups: data.groups,
  speechVerbs: data.speechVerbs,
  placeNouns: data.placeNouns,
  placeSuffixNouns: data.placeSuffixNouns,
  placePrepositions: data.placePrepositions,
  placeCueWords: data.placeCueWords,
  placeCuePrepositions: data.placeCuePrepositions,
  placeAdjectives: data.placeAdjectives,
  orgLabelHeads: data.orgLabelHeads,
  nonNames: data.nonNames,
  givenNameVariants: data.givenNameVariants,
  kinshipWords: data.kinshipWords,
  nameSuffixes: data.nameSuffixes,
};

/** The word lists of a gazetteer (every field but `files` and `entries`), lower-cased on merge unless noted. */
const LISTS = ['orgHeads', 'placeHeads', 'placeLeads', 'eventHeads', 'possessedOrgs', 'groups', 'speechVerbs', 'placeNouns', 'placeSuffixNouns', 'placePrepositions', 'placeCueWords', 'placeCuePrepositions', 'placeAdjectives', 'orgLabelHeads', 'nonNames', 'givenNameVariants', 'kinshipWords', 'nameSuffixes'] as const;
/** Lists of capitalized words, kept as written. */
const CASED = new Set<string>(['orgHeads', 'placeHeads', 'placeLeads', 'eventHeads', 'nonNames', 'nameSuffixes']);

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeGazetteer(base: Gazetteer, extra: unknown, file: string, replace = false): Gazetteer {
  const fail = (msg: string): never => {
    throw new FramediffError('INVALID_LEXICON', file, `gazetteer: ${msg}`);
  };
  // A bare array is accepted as a list of entries.
  const e = (Array.isArray(extra) ? { entries: extra } : extra) as Record<string, unknown>;
  if (typeof e !== 'object' || e === null) fail('expected an object or an array of entries');
  const known = ['entries', ...LISTS, 'description'];
  for (const k of Object.keys(e)) if (!known.includes(k)) fail(`unknown field "${k}" (expected ${known.join(', ')})`);
  const entries: GazetteerEntry[] = [];
  if (e.entries !== undefined) {
    if (!Array.isArray(e.entries)) fail('"entries" must be an array');
    (e.entries as unknown[]).forEach((raw, i) => entries.push(validateEntry(raw, `entries[${i}]`, fail)));
  }
  const list = (name: string): string[] => {
    const v = e[name];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`"${name}" must be an array of strings`);
    return v as string[];
  };
  const start: Gazetteer = replace
    ? { files: [], entries: [], orgHeads: [], placeHeads: [], placeLeads: [], eventHeads: [], possessedOrgs: [], groups: [], speechVerbs: [], placeNouns: [], placeSuffixNouns: [], placePrepositions: [], placeCueWords: [], placeCuePrepositions: [], placeAdjectives: [], orgLabelHeads: [], nonNames: [], givenNameVariants: [], kinshipWords: [], nameSuffixes: [] }
    : base;
  const out: Gazetteer = { ...start, files: [...start.files, file], entries: [...start.entries, ...entries] };
  for (const name of LISTS) out[name] = union(start[name], CASED.has(name) ? list(name) : list(name).map((w) => w.toLowerCase()));
  return out;
}

/** Check one {name, kind, aliases?, demonyms?, capital?} entry. */
export function validateEntry(raw: unknown, where: string, fail: (msg: string) => never): GazetteerEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`${where}: expected {name, kind, aliases?}`);
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || !r.name.trim()) fail(`${where}: "name" must be a non-empty string`);
  if (!KINDS.includes(r.kind as ActorKind)) fail(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
  const strings = (k: string): string[] | undefined => {
    if (r[k] === undefined) return undefined;
    if (!Array.isArray(r[k]) || (r[k] as unknown[]).some((x) => typeof x !== 'string')) fail(`${where}: "${k}" must be an array of strings`);
    return r[k] as string[];
  };
  const entry: GazetteerEntry = { name: r.name as string, kind: r.kind as ActorKind };
  const aliases = strings('aliases');
  const demonyms = strings('demonyms');
  if (aliases) entry.aliases = aliases;
  if (demonyms) entry.demonyms = demonyms;
  if (typeof r.capital === 'string') entry.capital = r.capital;
  if (r.country !== undefined && typeof r.country !== 'string') fail(`${where}: "country" must be a string`);
  if (typeof r.country === 'string') entry.country = r.country;
  return entry;
}

function union(a: string[], b: string[]): string[] {
  return b.length === 0 ? a : [...new Set([...a, ...b])];
}
