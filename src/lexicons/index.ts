/**
 * Lexicons: data files (lexicons/*.json) the user can extend, replace or prune. Each has a JSON
 * Schema (schema/lexicons/<name>.schema.json); one generic step (lexicon.ts) validates, merges and
 * compiles them; each lexicon module owns only its type and its compile function.
 */
import { FramediffError } from '../errors.js';
import { compileAttribution, type AttributionLexicon } from './attribution.js';
import { compileBoilerplateLexicon, type BoilerplateRules } from './boilerplate.js';
import { compileConcepts, type ConceptLexicon } from './concepts.js';
import { compileDrift, type DriftLexicon } from './drift.js';
import { compileFraming, type FramingLexicon } from './framing.js';
import { compileGazetteer, expandGazetteer, type Gazetteer } from './gazetteer.js';
import { compileGender, type GenderLexicon } from './gender.js';
import { compileHtml, type HtmlRules } from './html.js';
import { invalidLexicon } from './invalid.js';
import { compileLabels, type LabelLexicon } from './labels.js';
import { applyChange, compileDefault, stateOf, type LexiconSpec } from './lexicon.js';
import { describe, type Schema } from './schema.js';
import { compileSentiment, type SentimentLexicon } from './sentiment.js';
import { compileSources, type SourceLexicon } from './sources.js';
import { compileStopwords, type StopwordLexicon } from './stopwords.js';
import attributionData from '../../lexicons/attribution.json';
import boilerplateData from '../../lexicons/boilerplate.json';
import conceptsData from '../../lexicons/concepts.json';
import driftData from '../../lexicons/drift.json';
import framingData from '../../lexicons/framing.json';
import gazetteerData from '../../lexicons/gazetteer.json';
import genderData from '../../lexicons/gender.json';
import htmlData from '../../lexicons/html.json';
import labelsData from '../../lexicons/labels.json';
import sentimentData from '../../lexicons/sentiment.json';
import sourcesData from '../../lexicons/sources.json';
import stopwordsData from '../../lexicons/stopwords.json';
import attributionSchema from '../../schema/lexicons/attribution.schema.json';
import boilerplateSchema from '../../schema/lexicons/boilerplate.schema.json';
import conceptsSchema from '../../schema/lexicons/concepts.schema.json';
import driftSchema from '../../schema/lexicons/drift.schema.json';
import framingSchema from '../../schema/lexicons/framing.schema.json';
import gazetteerSchema from '../../schema/lexicons/gazetteer.schema.json';
import genderSchema from '../../schema/lexicons/gender.schema.json';
import htmlSchema from '../../schema/lexicons/html.schema.json';
import labelsSchema from '../../schema/lexicons/labels.schema.json';
import sentimentSchema from '../../schema/lexicons/sentiment.schema.json';
import sourcesSchema from '../../schema/lexicons/sources.schema.json';
import stopwordsSchema from '../../schema/lexicons/stopwords.schema.json';

export type { AttributionLexicon, ConceptLexicon, FramingLexicon, Gazetteer, LabelLexicon, SourceLexicon };
export type { GenderLexicon, SentimentLexicon, BoilerplateRules, HtmlRules, StopwordLexicon, DriftLexicon };

/**
 * Every lexicon, compiled: what `buildLexicons` returns, `AnalyzeOptions.lexicons` and
 * `CompareOptions.lexicons` take; `boilerplate` and `html` go to normalize and load.
 */
export interface Lexicons {
  labels: LabelLexicon;
  gazetteer: Gazetteer;
  attribution: AttributionLexicon;
  framing: FramingLexicon;
  concepts: ConceptLexicon;
  sources: SourceLexicon;
  /** Gender signals for person actors (he/she resolution). */
  gender: GenderLexicon;
  /** Word valences (VADER + AFINN-165) for tone and evaluative wording. */
  sentiment: SentimentLexicon;
  /** Boilerplate rules for normalize (line rules, labels, byline, wire citations). */
  boilerplate: BoilerplateRules;
  /** HTML main-text extraction rules for load. */
  html: HtmlRules;
  /** Stop words and clause openers for compare. */
  stopwords: StopwordLexicon;
  /** Attribution and hedge cues for compare's attribution drift. */
  drift: DriftLexicon;
}

/** The name of one lexicon, as used for a section of a user lexicon file. */
export type LexiconName = keyof Lexicons;

const spec = <T,>(schema: unknown, data: unknown, compile: LexiconSpec<T>['compile'], expand?: (s: unknown) => unknown): LexiconSpec<T> => ({
  schema: schema as Schema,
  data,
  compile,
  ...(expand ? { expand } : {}),
});

/** Every lexicon: its schema, shipped data and compile function. */
export const lexiconSpecs: { [K in LexiconName]: LexiconSpec<Lexicons[K]> } = {
  labels: spec(labelsSchema, labelsData, compileLabels),
  gazetteer: spec(gazetteerSchema, gazetteerData, compileGazetteer, expandGazetteer),
  attribution: spec(attributionSchema, attributionData, compileAttribution),
  framing: spec(framingSchema, framingData, compileFraming),
  concepts: spec(conceptsSchema, conceptsData, compileConcepts),
  sources: spec(sourcesSchema, sourcesData, compileSources),
  gender: spec(genderSchema, genderData, compileGender),
  sentiment: spec(sentimentSchema, sentimentData, compileSentiment),
  boilerplate: spec(boilerplateSchema, boilerplateData, compileBoilerplateLexicon),
  html: spec(htmlSchema, htmlData, compileHtml),
  stopwords: spec(stopwordsSchema, stopwordsData, compileStopwords),
  drift: spec(driftSchema, driftData, compileDrift),
};

/** The twelve lexicon names, in a stable order. */
export const LEXICON_NAMES = Object.keys(lexiconSpecs) as LexiconName[];

/**
 * A user lexicon file: any subset of the lexicons, keyed by name, merged into the defaults.
 * `replace` lists the lexicons to replace instead of extend (or a section says `"replace": true`);
 * `remove` names entries to take out, in the shape of each lexicon (docs/lexicons.md).
 */
export type LexiconFile = { [K in LexiconName]?: unknown } & {
  replace?: LexiconName[];
  remove?: { [K in LexiconName]?: unknown };
  $schema?: string;
  description?: string;
  source?: string;
};

function compileAll(): Lexicons {
  const out = {} as Record<LexiconName, unknown>;
  for (const name of LEXICON_NAMES) out[name] = compileDefault(name, lexiconSpecs[name] as LexiconSpec<unknown>);
  return out as Lexicons;
}

/** The built-in lexicons (lexicons/*.json), as the stages use them when given none. */
export const defaultLexicons: Lexicons = compileAll();

const FILE_KEYS = new Set(['replace', 'remove', '$schema', 'description', 'source']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nameList(): string {
  return LEXICON_NAMES.join(', ');
}

/** The lexicons a file replaces: its `replace` list and the sections saying `"replace": true`. */
function replaced(file: string, data: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const list = data.replace;
  if (list !== undefined) {
    if (!Array.isArray(list)) invalidLexicon(file, 'replace', describe(list), `an array of lexicon names (${nameList()})`);
    list.forEach((n, i) => {
      if (typeof n !== 'string' || !(LEXICON_NAMES as string[]).includes(n)) invalidLexicon(file, `replace[${i}]`, describe(n), `one of ${nameList()}`);
      out.add(n);
    });
  }
  for (const name of LEXICON_NAMES) {
    const section = data[name];
    if (!isObject(section) || !Object.hasOwn(section, 'replace')) continue;
    if (section.replace !== true && section.replace !== false) invalidLexicon(file, `${name}.replace`, describe(section.replace), 'true or false');
    if (section.replace) out.add(name);
  }
  return out;
}

function withoutReplaceFlag(section: unknown): unknown {
  if (!isObject(section) || !Object.hasOwn(section, 'replace')) return section;
  const rest = { ...section };
  delete rest.replace;
  return rest;
}

/** Check a file's top level; the lexicons it changes, in lexicon order. */
function changedLexicons(file: string, data: unknown): LexiconName[] {
  if (!isObject(data)) throw new FramediffError('INVALID_LEXICON', file, `a lexicon file must be a JSON object keyed by lexicon name (${nameList()}), got ${describe(data)}`);
  for (const key of Object.keys(data)) {
    if (!FILE_KEYS.has(key) && !(LEXICON_NAMES as string[]).includes(key)) invalidLexicon(file, key, `an unknown lexicon "${key}"`, `one of ${nameList()}, replace, remove`);
  }
  const remove = data.remove;
  if (remove !== undefined) {
    if (!isObject(remove)) invalidLexicon(file, 'remove', describe(remove), 'an object keyed by lexicon name');
    for (const key of Object.keys(remove)) if (!(LEXICON_NAMES as string[]).includes(key)) invalidLexicon(file, `remove.${key}`, `an unknown lexicon "${key}"`, `one of ${nameList()}`);
  }
  const replace = replaced(file, data);
  return LEXICON_NAMES.filter((n) => data[n] !== undefined || (isObject(remove) && remove[n] !== undefined) || replace.has(n));
}

/** Build the lexicons in force: `base` (the defaults), then each user file in order. Throws INVALID_LEXICON naming the file and entry. */
export function buildLexicons(files: { file: string; data: LexiconFile }[] = [], base: Lexicons = defaultLexicons): Lexicons {
  let out = base;
  for (const { file, data } of files) {
    const names = changedLexicons(file, data);
    const raw = data as Record<string, unknown>;
    const replace = replaced(file, raw);
    const remove = isObject(raw.remove) ? raw.remove : {};
    for (const name of names) {
      const spec = lexiconSpecs[name] as LexiconSpec<unknown>;
      const change = { file, section: withoutReplaceFlag(raw[name]), remove: remove[name], replace: replace.has(name) };
      out = { ...out, [name]: applyChange(name, spec, stateOf(out[name] as object), change) };
    }
  }
  return out;
}
