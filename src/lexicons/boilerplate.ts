/**
 * Boilerplate lexicon (lexicons/boilerplate.json, schema/lexicons/boilerplate.schema.json): the
 * line rules, labels, byline and wire-citation patterns normalization removes or reads. Rule ids are
 * stable: they are what `Article.removed[].rule` reports. Compiled here to RegExps.
 */
import type { RemovedKind } from '../types/article.js';
import type { Provenance } from './lexicon.js';
import { unique } from './lists.js';

/** One pattern rule as written in the JSON: its stable id, the kind it removes, the RegExp source. */
export interface PatternRule {
  id: string;
  kind: RemovedKind;
  pattern: string;
  flags?: string;
  /** Test only the last `tail` characters of the line (for patterns anchored at the end). */
  tail?: number;
  note?: string;
}

/** The JSON shape of lexicons/boilerplate.json (schema/lexicons/boilerplate.schema.json). */
export interface BoilerplateData {
  /** Whole-line rules: a line matching `pattern` is removed. */
  lineRules: PatternRule[];
  /** A label that opens a block of related-story teasers. */
  relatedPostsLabel: PatternRule & { maxTeaserWords?: number };
  /** A label that opens a list of references. */
  citationsLabel: PatternRule;
  /** A byline line; group 1 holds the names. */
  bylinePrefix: PatternRule;
  /** News agency names, for `wire` citations. */
  wireAgencies: string[];
  /** Wire citation patterns; `{AGENCY}` is replaced by the alternation of agency names; group 1 is the agency. */
  wirePatterns: { id: string; pattern: string; flags?: string; note?: string }[];
  /** Capitalized words that are never part of a person's name ("Rights", "Policy"), for the byline rule. */
  notNameWords?: string[];
}

/** A pattern rule compiled to its RegExp. */
export interface CompiledRule {
  id: string;
  kind: RemovedKind;
  re: RegExp;
  tail?: number;
}

/** The compiled boilerplate lexicon normalize runs (`Lexicons.boilerplate`, `NormalizeOptions.boilerplate`). */
export interface BoilerplateRules {
  /** Where the rules came from (lexicon file names). */
  files?: string[];
  lineRules: CompiledRule[];
  relatedPostsLabel: CompiledRule;
  maxTeaserWords: number;
  citationsLabel: CompiledRule;
  bylinePrefix: CompiledRule;
  wireAgencies: string[];
  wirePatterns: { id: string; re: RegExp }[];
  notNameWords: Set<string>;
}

function regExp(source: string, flags: string, where: string, p: Provenance): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return p.fail(where, `the pattern /${source.length > 60 ? `${source.slice(0, 57)}...` : source}/${flags} (${(e as Error).message})`, 'a JavaScript regular expression that compiles');
  }
}

function rule(r: PatternRule, where: string, p: Provenance): CompiledRule {
  const re = regExp(r.pattern, r.flags ?? 'iu', `${where}.pattern`, p);
  return r.tail ? { id: r.id, kind: r.kind, re, tail: r.tail } : { id: r.id, kind: r.kind, re };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileBoilerplateLexicon(d: BoilerplateData, p: Provenance): BoilerplateRules {
  // Longest names first, so "Associated Press" wins over "AP" and "Anadolu Agency" over "Anadolu".
  const agencies = unique(d.wireAgencies).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternation = agencies.map(escapeRegExp).join('|');
  return {
    files: p.files,
    lineRules: d.lineRules.map((r, i) => rule(r, `lineRules[${i}]`, p)),
    relatedPostsLabel: rule(d.relatedPostsLabel, 'relatedPostsLabel', p),
    maxTeaserWords: d.relatedPostsLabel.maxTeaserWords ?? 30,
    citationsLabel: rule(d.citationsLabel, 'citationsLabel', p),
    bylinePrefix: rule(d.bylinePrefix, 'bylinePrefix', p),
    wireAgencies: agencies,
    notNameWords: new Set(d.notNameWords ?? []),
    // Agency names are matched case-sensitively ("AP", not "ap"); the verbs around them are not.
    wirePatterns: d.wirePatterns.map((w, i) => ({ id: w.id, re: regExp(w.pattern.replace('{AGENCY}', alternation), w.flags ?? 'dgu', `wirePatterns[${i}].pattern`, p) })),
  };
}
