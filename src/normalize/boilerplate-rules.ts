/**
 * Boilerplate rules as data (lexicons/boilerplate.json): the compiled default and the helpers for
 * callers who tune them in code. Validation, merging and compiling are the lexicon mechanism's
 * (src/lexicons/: schema/lexicons/boilerplate.schema.json); `--lexicon` files reach here through
 * `Lexicons.boilerplate`. Rule ids are stable: they are what `Article.removed[].rule` reports.
 */
import { buildLexicons, defaultLexicons } from '../lexicons/index.js';
import { stateOf } from '../lexicons/lexicon.js';
import type { BoilerplateData, BoilerplateRules } from '../lexicons/boilerplate.js';

export type { BoilerplateData, BoilerplateRules, CompiledRule, PatternRule } from '../lexicons/boilerplate.js';

/** The shipped boilerplate rules as data (lexicons/boilerplate.json), to extend with `mergeBoilerplate`. */
export const defaultBoilerplateData: BoilerplateData = stateOf(defaultLexicons.boilerplate)!.raw as BoilerplateData;

/** Compile (and validate) complete rule data; `file` names the source in errors. */
export function compileBoilerplate(d: BoilerplateData, file = 'lexicons/boilerplate.json'): BoilerplateRules {
  return buildLexicons([{ file, data: { boilerplate: d, replace: ['boilerplate'] } }]).boilerplate;
}

/** Extend `base` with a user file, by the lexicon merge rules: rules with a known id replace it, others are appended; agencies are added. */
export function mergeBoilerplate(base: BoilerplateData, extra: Partial<BoilerplateData>, file: string): BoilerplateData {
  const start = base === defaultBoilerplateData ? defaultLexicons : buildLexicons([{ file: 'base', data: { boilerplate: base, replace: ['boilerplate'] } }]);
  return stateOf(buildLexicons([{ file, data: { boilerplate: extra } }], start).boilerplate)!.raw as BoilerplateData;
}

/** The default rules, compiled once. */
export function defaultBoilerplateRules(): BoilerplateRules {
  return defaultLexicons.boilerplate;
}
