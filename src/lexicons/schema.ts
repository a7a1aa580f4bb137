/**
 * A validator for the JSON Schema subset the lexicon schemas (schema/lexicons/*.schema.json) use:
 * type (one or several), properties, patternProperties, additionalProperties, propertyNames,
 * items, enum, minimum/maximum, minLength, pattern, required. Small on purpose: the core runs in
 * browsers and Deno and must not pull a schema library; a test checks it agrees with ajv.
 * Keywords of one instance type apply only to that type, as in JSON Schema (a `type: ["string",
 * "object"]` entry checks `minLength` on strings and `properties` on objects).
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface Schema {
  type?: JsonType | JsonType[];
  description?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  required?: string[];
}

/** What is wrong where: `path` is a JSON path below the lexicon ("verbs.said[2]"). */
export interface SchemaProblem {
  path: string;
  actual: string;
  expected: string;
}

/** Path segment → text: `.key` for plain keys, `["a b"]` for others, `[2]` for indices. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[\p{L}\p{N}_$-]+$/u.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** A short human description of a value, for the "actual" half of a message. */
export function describe(value: unknown): string {
  const t = typeOf(value);
  if (t === 'string') return (value as string).trim() === '' ? `an empty string ${JSON.stringify(value)}` : `the string ${JSON.stringify(truncate(value as string))}`;
  if (t === 'integer' || t === 'number') return `the number ${String(value)}`;
  if (t === 'boolean') return String(value);
  if (t === 'array') return `an array of ${(value as unknown[]).length}`;
  if (t === 'object') return 'an object';
  return t === 'null' ? 'null' : `a ${t}`;
}

const patterns = new Map<string, RegExp>();

/** Schema patterns compiled once: a map of 8,000 words checks the same key pattern 8,000 times. */
export function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, 'u')));
  return re;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const TYPE_NAMES: Record<JsonType, string> = { string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', object: 'an object', array: 'an array', null: 'null' };

function typeMatches(t: JsonType, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === t || (t === 'number' && actual === 'integer');
}

function typesOf(schema: Schema): JsonType[] | undefined {
  return schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];
}

/**
 * The first problem of `value` against `schema`, or null. `partial`: a user file extends a
 * lexicon, so `required` is not checked on the objects that merge field by field (the section
 * and the fixed-field objects under it); it is checked again inside lists and maps, whose
 * entries are added whole.
 */
export function firstProblem(schema: Schema, value: unknown, path = '', partial = false): SchemaProblem | null {
  const types = typesOf(schema);
  if (types && !types.some((t) => typeMatches(t, value))) {
    return { path, actual: describe(value), expected: types.map((t) => expectedOf({ ...schema, type: t })).join(' or ') };
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    return { path, actual: describe(value), expected: `one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}` };
  }
  const t = typeOf(value);
  if (t === 'string') return stringProblem(schema, value as string, path);
  if (t === 'number' || t === 'integer') return numberProblem(schema, value as number, path);
  if (t === 'array') return arrayProblem(schema, value as unknown[], path);
  if (t === 'object') return objectProblem(schema, value as Record<string, unknown>, path, partial);
  return null;
}

/** What a schema asks for, in words ("a non-empty string", "a number from -5 to 5"). */
export function expectedOf(schema: Schema): string {
  const types = typesOf(schema) ?? [];
  if (schema.enum) return `one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  if (types.length === 1 && types[0] === 'string' && (schema.minLength || schema.pattern === '\\S')) return 'a non-empty string';
  if (types.length === 1 && (types[0] === 'number' || types[0] === 'integer')) return numberExpected(schema);
  if (types.length === 1 && types[0] === 'array' && schema.items) return `an array of ${plural(expectedOf(schema.items))}`;
  return types.map((t) => TYPE_NAMES[t]).join(' or ') || 'any value';
}

function plural(expected: string): string {
  return expected.replace(/^an? (.*?)(string|object|number|integer)\b/, (_, adj: string, noun: string) => `${adj}${noun}s`);
}

function numberExpected(schema: Schema): string {
  const base = schema.type === 'integer' ? 'an integer' : 'a number';
  if (schema.minimum !== undefined && schema.maximum !== undefined) return `${base} from ${schema.minimum} to ${schema.maximum}`;
  if (schema.minimum !== undefined) return `${base} >= ${schema.minimum}`;
  if (schema.maximum !== undefined) return `${base} <= ${schema.maximum}`;
  return base;
}

function stringProblem(schema: Schema, value: string, path: string): SchemaProblem | null {
  const tooShort = schema.minLength !== undefined && [...value].length < schema.minLength;
  const unmatched = schema.pattern !== undefined && !patternOf(schema.pattern).test(value);
  if (!tooShort && !unmatched) return null;
  const expected = schema.pattern === '\\S' || (schema.minLength && !schema.pattern) ? 'a non-empty string' : `a string matching /${schema.pattern}/`;
  return { path, actual: describe(value), expected };
}

function numberProblem(schema: Schema, value: number, path: string): SchemaProblem | null {
  const low = schema.minimum !== undefined && value < schema.minimum;
  const high = schema.maximum !== undefined && value > schema.maximum;
  if (!Number.isFinite(value) || low || high) return { path, actual: describe(value), expected: numberExpected(schema) };
  return null;
}

function arrayProblem(schema: Schema, value: unknown[], path: string): SchemaProblem | null {
  if (!schema.items) return null;
  for (let i = 0; i < value.length; i++) {
    const p = firstProblem(schema.items, value[i], joinPath(path, i));
    if (p) return p;
  }
  return null;
}

function objectProblem(schema: Schema, value: Record<string, unknown>, path: string, partial: boolean): SchemaProblem | null {
  if (!partial) {
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(value, key)) return { path: joinPath(path, key), actual: 'nothing (the field is missing)', expected: `a value: "${key}" is required` };
    }
  }
  for (const [key, v] of Object.entries(value)) {
    const where = joinPath(path, key);
    if (schema.propertyNames) {
      const p = firstProblem(schema.propertyNames, key, where);
      if (p) return { path: where, actual: `the key ${JSON.stringify(key)}`, expected: `a key that is ${p.expected}` };
    }
    const fixed = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    const patterned = schema.patternProperties ? Object.entries(schema.patternProperties).filter(([re]) => patternOf(re).test(key)).map(([, s]) => s) : [];
    for (const s of fixed ? [fixed, ...patterned] : patterned) {
      const p = firstProblem(s, v, where, partial && s === fixed);
      if (p) return p;
    }
    if (fixed || patterned.length) continue;
    const extra = schema.additionalProperties;
    if (extra === false) return { path: where, actual: `an unknown field "${key}"`, expected: `one of the fields ${Object.keys(schema.properties ?? {}).join(', ')}` };
    if (extra && extra !== true) {
      const p = firstProblem(extra, v, where);
      if (p) return p;
    }
  }
  return null;
}
