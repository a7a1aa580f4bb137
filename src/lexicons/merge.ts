/**
 * Generic merge and removal of lexicon data, directed by the lexicon's schema (docs/lexicons.md):
 * - a list of strings: union, order kept, duplicates dropped;
 * - a list of objects (or of strings and objects): by key (the entry's `id`, `name` or `term`,
 *   a string entry being its own key); an entry with a known key replaces it in place, others
 *   are appended;
 * - a map (an object of free keys): by key; a value for a known key merges into it by its shape;
 * - an object of fixed fields: field by field; a single value (string, number, boolean) is replaced.
 * Removal mirrors the shape: strings are taken from a list, keys from a keyed list or a map, and an
 * object descends into a map value or a field. Nothing is changed in place: base data is shared.
 */
import { describe, joinPath, patternOf, type Schema } from './schema.js';

type Shape = 'strings' | 'keyed' | 'map' | 'record' | 'value';
const KEY_FIELDS = ['id', 'name', 'term'];

export interface MergeContext {
  /** Record that the entry at `path` (map key or keyed-list key) was set by the file being applied. */
  touch(path: string[]): void;
  /** Throw INVALID_LEXICON for `path` (below the lexicon). */
  fail(path: string, actual: string, expected: string): never;
}

function types(schema: Schema): string[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

export function shapeOf(schema: Schema | undefined): Shape {
  if (!schema) return 'value';
  const t = types(schema);
  if (t.includes('array') && schema.items) return types(schema.items).includes('object') ? 'keyed' : 'strings';
  if (t.includes('object') && schema.properties) return 'record';
  if (t.includes('object') && typeof schema.additionalProperties === 'object') return 'map';
  return 'value';
}

/** The key field of a keyed list's entries: the first of id, name, term its entries have. */
function keyField(schema: Schema): string {
  const props = schema.items?.properties ?? {};
  return KEY_FIELDS.find((k) => Object.hasOwn(props, k)) ?? 'id';
}

function keyOf(entry: unknown, field: string): string {
  return typeof entry === 'string' ? entry : String((entry as Record<string, unknown>)[field]);
}

/** Own-property write: a user key "__proto__" is a key like any other. */
function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function copy(o: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) setOwn(out, k, v);
  return out;
}

function fieldSchema(schema: Schema, key: string): Schema | undefined {
  if (schema.properties && Object.hasOwn(schema.properties, key)) return schema.properties[key];
  const pattern = schema.patternProperties && Object.entries(schema.patternProperties).find(([re]) => patternOf(re).test(key));
  if (pattern) return pattern[1];
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** `extra` (already validated) merged into `base` by the shape of `schema`. */
export function mergeData(schema: Schema, base: unknown, extra: unknown, path: string[], ctx: MergeContext): unknown {
  switch (shapeOf(schema)) {
    case 'strings':
      return [...new Set([...((base as string[] | undefined) ?? []), ...(extra as string[])])];
    case 'keyed': {
      const field = keyField(schema);
      const out = [...((base as unknown[] | undefined) ?? [])];
      const at = new Map(out.map((e, i) => [keyOf(e, field), i]));
      for (const entry of extra as unknown[]) {
        const k = keyOf(entry, field);
        const i = at.get(k);
        if (i === undefined) at.set(k, out.push(entry) - 1);
        else out[i] = entry;
        ctx.touch([...path, k]);
      }
      return out;
    }
    case 'map':
    case 'record': {
      const map = shapeOf(schema) === 'map';
      const out = copy(base);
      for (const [k, v] of Object.entries(extra as Record<string, unknown>)) {
        setOwn(out, k, mergeData(fieldSchema(schema, k) ?? {}, Object.hasOwn(out, k) ? out[k] : undefined, v, [...path, k], ctx));
        if (map) ctx.touch([...path, k]);
      }
      return out;
    }
    default:
      return extra;
  }
}

/** `base` without what `spec` names (a `remove` section), by the shape of `schema`. `where` is the spec's path for messages. */
export function removeData(schema: Schema, base: unknown, spec: unknown, where: string, ctx: MergeContext): unknown {
  const shape = shapeOf(schema);
  if (shape === 'value') ctx.fail(where, describe(spec), 'nothing: a single value cannot be removed, give it a new value instead');
  if (Array.isArray(spec) && shape !== 'record') return removeKeys(schema, shape, base, spec, where, ctx);
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec) || shape === 'strings' || shape === 'keyed') {
    ctx.fail(where, describe(spec), shape === 'record' ? 'an object of fields to remove from' : 'an array of the entries to remove');
  }
  const out = copy(base);
  for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
    const sub = fieldSchema(schema, k);
    if (!sub || (shape === 'record' && !schema.properties?.[k])) ctx.fail(joinPath(where, k), `an unknown field "${k}"`, `one of the fields ${Object.keys(schema.properties ?? {}).join(', ')}`);
    if (!Object.hasOwn(out, k)) ctx.fail(joinPath(where, k), `"${k}"`, 'an entry that is there to remove');
    setOwn(out, k, removeData(sub, out[k], v, joinPath(where, k), ctx));
  }
  return out;
}

function removeKeys(schema: Schema, shape: Shape, base: unknown, spec: unknown[], where: string, ctx: MergeContext): unknown {
  const present: string[] =
    shape === 'strings' ? ((base as string[] | undefined) ?? []) : shape === 'keyed' ? ((base as unknown[] | undefined) ?? []).map((e) => keyOf(e, keyField(schema))) : Object.keys(copy(base));
  const gone = new Set<string>();
  spec.forEach((s, i) => {
    if (typeof s !== 'string') ctx.fail(joinPath(where, i), describe(s), 'a string: the entry (or key) to remove');
    if (!present.includes(s)) ctx.fail(joinPath(where, i), `"${s}"`, 'an entry that is there to remove');
    gone.add(s);
  });
  if (shape === 'strings') return (base as string[]).filter((s) => !gone.has(s));
  if (shape === 'keyed') return (base as unknown[]).filter((e) => !gone.has(keyOf(e, keyField(schema))));
  const out = copy(base);
  for (const k of gone) delete out[k];
  return out;
}
