import { FramediffError } from '../errors.js';
import type { RemovedKind } from '../types/article.js';
import data from '../../lexicons/boilerplate.json' with { type: 'json' };

/**
 * Boilerplate rules as data (lexicons/boilerplate.json): the JSON shape, its validation,
 * merging of user files and compilation to RegExps. Rule ids are stable: they are what
 * `Article.removed[].rule` reports.
 */

/**
 * One boilerplate rule as written in lexicons/boilerplate.json: a regular expression, the
 * `RemovedKind` it removes and the id `Removed.rule` reports.
 */
export interface PatternRule {
  id: string;
  kind: RemovedKind;
  pattern: string;
  flags?: string;
  /** Test only the last `tail` characters of the line (for patterns anchored at the end). */
  tail?: number;
  note?: string;
}

/**
 * Boilerplate rules as data (lexicons/boilerplate.json); extend with `mergeBoilerplate`, compile
 * with `compileBoilerplate`.
 */
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

export interface CompiledRule {
  id: string;
  kind: RemovedKind;
  re: RegExp;
  tail?: number;
}

/**
 * Compiled boilerplate rules, as `NormalizeOptions.boilerplate` takes them (from
 * `compileBoilerplate`).
 */
export interface BoilerplateRules {
  lineRules: CompiledRule[];
  relatedPostsLabel: CompiledRule;
  maxTeaserWords: number;
  citationsLabel: CompiledRule;
  bylinePrefix: CompiledRule;
  wireAgencies: string[];
  wirePatterns: { id: string; re: RegExp }[];
  notNameWords: Set<string>;
}

/**
 * The built-in boilerplate data (lexicons/boilerplate.json): the base to extend with
 * `mergeBoilerplate`.
 */
export const defaultBoilerplateData: BoilerplateData = data as BoilerplateData;

function compile(rule: PatternRule, file: string): CompiledRule {
  if (!rule || typeof rule.id !== 'string' || typeof rule.pattern !== 'string' || typeof rule.kind !== 'string') {
    throw new FramediffError('INVALID_LEXICON', file, `boilerplate: a rule needs string "id", "kind" and "pattern" (got ${JSON.stringify(rule)})`);
  }
  try {
    const re = new RegExp(rule.pattern, rule.flags ?? 'iu');
    return rule.tail ? { id: rule.id, kind: rule.kind, re, tail: rule.tail } : { id: rule.id, kind: rule.kind, re };
  } catch (e) {
    throw new FramediffError('INVALID_LEXICON', file, `boilerplate rule "${rule.id}": bad pattern: ${(e as Error).message}`);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compile (and validate) rule data; `file` names the source in errors. */
export function compileBoilerplate(d: BoilerplateData, file = 'lexicons/boilerplate.json'): BoilerplateRules {
  if (!Array.isArray(d.wireAgencies) || !Array.isArray(d.lineRules) || !Array.isArray(d.wirePatterns)) {
    throw new FramediffError('INVALID_LEXICON', file, 'boilerplate: "lineRules", "wireAgencies" and "wirePatterns" must be arrays');
  }
  // Longest names first, so "Associated Press" wins over "AP" and "Anadolu Agency" over "Anadolu".
  const agencies = [...d.wireAgencies].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternation = agencies.map(escapeRegExp).join('|');
  return {
    lineRules: d.lineRules.map((r) => compile(r, file)),
    relatedPostsLabel: compile(d.relatedPostsLabel, file),
    maxTeaserWords: d.relatedPostsLabel.maxTeaserWords ?? 30,
    citationsLabel: compile(d.citationsLabel, file),
    bylinePrefix: compile(d.bylinePrefix, file),
    wireAgencies: agencies,
    notNameWords: new Set(d.notNameWords ?? []),
    wirePatterns: d.wirePatterns.map((p) => {
      // Agency names are matched case-sensitively ("AP", not "ap"); the verbs around them are not.
      const source = p.pattern.replace('{AGENCY}', alternation);
      try {
        return { id: p.id, re: new RegExp(source, p.flags ?? 'dgu') };
      } catch (e) {
        throw new FramediffError('INVALID_LEXICON', file, `boilerplate wire pattern "${p.id}": ${(e as Error).message}`);
      }
    }),
  };
}

/** Extend `base` with a user file: rules with a known id replace it, others are appended; agencies are added. */
export function mergeBoilerplate(base: BoilerplateData, extra: Partial<BoilerplateData>, file: string): BoilerplateData {
  if (typeof extra !== 'object' || extra === null) throw new FramediffError('INVALID_LEXICON', file, 'boilerplate: expected an object');
  const byId = <T extends { id: string }>(a: T[], b: T[] | undefined): T[] => {
    if (b === undefined) return a;
    if (!Array.isArray(b)) throw new FramediffError('INVALID_LEXICON', file, 'boilerplate: rule lists must be arrays');
    const out = [...a];
    for (const r of b) {
      const i = out.findIndex((x) => x.id === r.id);
      if (i >= 0) out[i] = r;
      else out.push(r);
    }
    return out;
  };
  const merged: BoilerplateData = {
    lineRules: byId(base.lineRules, extra.lineRules),
    relatedPostsLabel: extra.relatedPostsLabel ?? base.relatedPostsLabel,
    citationsLabel: extra.citationsLabel ?? base.citationsLabel,
    bylinePrefix: extra.bylinePrefix ?? base.bylinePrefix,
    wireAgencies: [...new Set([...base.wireAgencies, ...(extra.wireAgencies ?? [])])],
    wirePatterns: byId(base.wirePatterns, extra.wirePatterns),
    notNameWords: [...new Set([...(base.notNameWords ?? []), ...(extra.notNameWords ?? [])])],
  };
  compileBoilerplate(merged, file); // validate now, so the error names the user's file
  return merged;
}

let compiledDefault: BoilerplateRules | undefined;

/** The default rules, compiled once. */
export function defaultBoilerplateRules(): BoilerplateRules {
  return (compiledDefault ??= compileBoilerplate(defaultBoilerplateData));
}
