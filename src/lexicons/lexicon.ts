/**
 * The one lexicon mechanism: validate a lexicon's data against its schema, merge user files into
 * it (extend, replace, remove), and compile the result to the shape the stages use. Each lexicon
 * module supplies only its type and a `compile(raw, provenance)`; the data and schema are JSON.
 */
import { invalidLexicon } from './invalid.js';
import { mergeData, removeData, type MergeContext } from './merge.js';
import { firstProblem, type Schema } from './schema.js';

/** What compile may ask about where data came from. */
export interface Provenance {
  /** The files in force, oldest first (a replace starts over). */
  files: string[];
  /** The file that last set the map key or keyed-list entry at `path` ("categories", "label", "regime"). */
  origin(path: string[]): string;
  /** Reject data compile finds bad (a RegExp that does not compile): names the file being applied. */
  fail(path: string, actual: string, expected: string): never;
}

export interface LexiconSpec<T> {
  schema: Schema;
  /** The shipped data (lexicons/<name>.json). */
  data: unknown;
  compile(raw: never, provenance: Provenance): T;
  /** A user section in a short form (a gazetteer given as a bare array of entries) → the full shape. */
  expand?(section: unknown): unknown;
}

/** The merged data behind a compiled lexicon, kept so that later files can extend it. */
export interface LexiconState {
  raw: unknown;
  files: string[];
  /** Entry path (joined by NUL) → file that last set it; entries not in it come from files[0]. */
  origin: Map<string, string>;
}

const SEP = '\u0000';
const states = new WeakMap<object, LexiconState>();

/** The data a compiled lexicon was built from, or undefined for one built by hand. */
export function stateOf(compiled: object): LexiconState | undefined {
  return states.get(compiled);
}

function provenance(name: string, state: LexiconState, file: string): Provenance {
  return {
    files: state.files,
    origin: (path) => state.origin.get(path.join(SEP)) ?? state.files[0] ?? file,
    fail: (path, actual, expected) => invalidLexicon(file, under(name, path), actual, expected),
  };
}

/**
 * Validate (whole, not partial) when `whole`, compile and remember the state behind the result.
 * A valid lexicon extended by a valid section is valid: only a fresh start (the shipped data, a
 * replace) needs the whole check, which is what finds the fields a replace left out.
 */
export function compileState<T>(name: string, spec: LexiconSpec<T>, state: LexiconState, file: string, whole = true): T {
  const problem = whole ? firstProblem(spec.schema, state.raw) : null;
  if (problem) invalidLexicon(file, under(name, problem.path), problem.actual, problem.expected);
  const compiled = (spec.compile as (raw: unknown, p: Provenance) => T)(state.raw, provenance(name, state, file));
  states.set(compiled as object, state);
  return compiled;
}

/** `name` + a path below it: "attribution" + "verbs.said[2]". */
function under(name: string, path: string): string {
  return !path ? name : path.startsWith('[') ? `${name}${path}` : `${name}.${path}`;
}

/** The shipped lexicon, compiled. */
export function compileDefault<T>(name: string, spec: LexiconSpec<T>): T {
  const file = `lexicons/${name}.json`;
  return compileState(name, spec, { raw: spec.data, files: [file], origin: new Map() }, file);
}

export interface Change {
  file: string;
  /** The file's section for this lexicon (undefined: the file only removes or replaces). */
  section: unknown;
  /** The file's `remove` entry for this lexicon. */
  remove: unknown;
  replace: boolean;
}

/** One file's change to one lexicon: start over (replace) or from `state`, remove, then extend. */
export function applyChange<T>(name: string, spec: LexiconSpec<T>, state: LexiconState | undefined, change: Change): T {
  const { file } = change;
  if (!state && !change.replace) invalidLexicon(file, name, 'a lexicon built by hand (not by buildLexicons)', 'a lexicon buildLexicons made, or "replace"');
  const start: LexiconState = change.replace || !state ? { raw: {}, files: [], origin: new Map() } : state;
  const origin = new Map(start.origin);
  const ctx: MergeContext = {
    touch: (path) => origin.set(path.join(SEP), file),
    fail: (path, actual, expected) => invalidLexicon(file, path, actual, expected),
  };
  let raw = start.raw;
  if (change.remove !== undefined) raw = removeData(spec.schema, raw, change.remove, `remove.${name}`, ctx);
  if (change.section !== undefined) {
    const section = spec.expand ? spec.expand(change.section) : change.section;
    const problem = firstProblem(spec.schema, section, '', true);
    if (problem) invalidLexicon(file, under(name, problem.path), problem.actual, problem.expected);
    raw = mergeData(spec.schema, raw, section, [], ctx);
  }
  return compileState(name, spec, { raw, files: [...start.files, file], origin }, file, start !== state);
}
