import { FramediffError } from '../../errors.js';
import { jsonField, jsonValue, locatedString, parseJsonLocated, type JsonNode } from '../json-locate.js';
import { metaFromFields } from '../meta-fields.js';
import type { ParsedInput } from '../parsed-input.js';

/** Body field names, in order of preference (news-please `maintext` first, JSON-LD `articleBody` last). */
export const BODY_FIELDS = ['maintext', 'text', 'body', 'content', 'articleBody', 'article'] as const;

/** Keys under which a wrapper object holds its list of articles (`{"articles": [...]}`). */
const LIST_FIELDS = ['articles', 'items', 'records', 'data', 'results'] as const;

export interface MultiParse {
  parsed: ParsedInput[];
  /** Per-record failures (INVALID_RECORD, INVALID_JSON for a JSONL line); the other records go on. */
  errors: FramediffError[];
}

/** One JSON document: an article object, an array of them, or a wrapper with an `articles` list. */
export function parseJson(raw: string, label: string): MultiParse {
  const root = parseJsonLocated(raw, label);
  if (root.kind === 'array') return collect(raw, label, 'json', root.items.map((node, i) => ({ node, index: i })));
  if (root.kind === 'object' && !bodyNode(root)) {
    for (const key of LIST_FIELDS) {
      const list = jsonField(root, key);
      if (list?.kind === 'array') return collect(raw, label, 'json', list.items.map((node, i) => ({ node, index: i })));
    }
  }
  // A lone object is the whole file, not "record 0" of it: its failure is the file's.
  const one = collect(raw, label, 'json', [{ node: root, index: 0 }], true);
  if (one.errors.length) throw one.errors[0];
  return one;
}

/** JSON Lines: one record per non-blank line; a broken line fails alone. */
export function parseJsonl(raw: string, label: string): MultiParse {
  const records: { node: JsonNode; index: number; line: number }[] = [];
  const errors: FramediffError[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = raw.length;
    if (raw.slice(lineStart, lineEnd).trim()) {
      try {
        records.push({ node: parseJsonLocated(raw, `${label}#${index}`, lineStart, lineEnd), index, line });
      } catch (error) {
        if (error instanceof FramediffError) errors.push(error);
        else throw error;
      }
      index++;
    }
    lineStart = lineEnd + 1;
    line++;
  }
  const out = collect(raw, label, 'jsonl', records);
  out.errors.push(...errors);
  out.errors.sort((a, b) => recordIndex(a.file) - recordIndex(b.file));
  return out;
}

function recordIndex(file: string): number {
  return Number(/#(\d+)$/.exec(file)?.[1] ?? -1);
}

function bodyNode(node: JsonNode): (JsonNode & { kind: 'string' }) | undefined {
  for (const key of BODY_FIELDS) {
    const f = jsonField(node, key);
    if (f?.kind === 'string' && f.value.trim()) return f;
  }
  return undefined;
}

function collect(
  raw: string,
  label: string,
  format: 'json' | 'jsonl',
  records: { node: JsonNode; index: number; line?: number }[],
  lone = false,
): MultiParse {
  const parsed: ParsedInput[] = [];
  const errors: FramediffError[] = [];
  for (const { node, index, line } of records) {
    const recordLabel = lone ? label : `${label}#${index}`;
    // `#N` counts records from 0 (as the label does); people count lines from 1, so give both.
    const what = lone ? 'the JSON object' : line !== undefined ? `record #${index} (line ${line})` : `record #${index}`;
    if (node.kind !== 'object') {
      errors.push(new FramediffError('INVALID_RECORD', recordLabel, `${what} is a ${node.kind}, not an article object`));
      continue;
    }
    const body = bodyNode(node);
    if (!body) {
      errors.push(
        new FramediffError('INVALID_RECORD', recordLabel, `${what} has no body field (one of: ${BODY_FIELDS.join(', ')})`),
      );
      continue;
    }
    const { meta, warnings } = metaFromFields(jsonValue(node) as Record<string, unknown>);
    parsed.push({
      format,
      raw,
      blocks: [locatedString(raw, body)],
      meta,
      removed: [],
      citations: [],
      warnings,
    });
    if (!lone) parsed[parsed.length - 1].record = { index, label: recordLabel };
  }
  return { parsed, errors };
}
