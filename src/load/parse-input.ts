import { FramediffError } from '../errors.js';
import type { ArticleInput, ArticleWarning, InputFormat, SourceInfo } from '../types/article.js';
import { decode } from './decode.js';
import type { HtmlRules } from './html-rules.js';
import { detectFormat } from './detect.js';
import { parseHtml } from './formats/html.js';
import { parseJson, parseJsonl, type MultiParse } from './formats/json.js';
import { parseMarkdown } from './formats/markdown.js';
import { parseText } from './formats/text.js';
import { mergeMeta } from './meta-fields.js';
import type { ParsedInput } from './parsed-input.js';
import { sha256Hex } from '../text/sha256.js';

/** How parsing may be tuned. */
export interface ParseOptions {
  /** HTML extraction rules; default lexicons/html.json. Build others with `buildHtmlRules({ ...additions })`. */
  htmlRules?: HtmlRules;
}

type Parser = (raw: string, label: string, options: ParseOptions) => MultiParse;

/** One parser per format; each returns its records and the records that failed. */
const PARSERS: Record<Exclude<InputFormat, 'object'>, Parser> = {
  text: (raw) => ({ parsed: [parseText(raw)], errors: [] }),
  markdown: (raw) => ({ parsed: [parseMarkdown(raw)], errors: [] }),
  html: (raw, label, options) => ({ parsed: [parseHtml(raw, label, options.htmlRules)], errors: [] }),
  json: parseJson,
  jsonl: parseJsonl,
};

export interface ParseResult {
  /** One entry per article: one for text/Markdown/HTML, one per good record for JSON arrays and JSONL. */
  parsed: ParsedInput[];
  /** The input's SourceInfo; use `recordSource(source, parsed[i])` for a record's own. */
  source: SourceInfo;
  /** Records that failed (INVALID_RECORD, INVALID_JSON of one JSONL line) while the others parsed. */
  errors: FramediffError[];
}

/**
 * Decode and parse one input into format-neutral ParsedInputs plus the SourceInfo of its bytes.
 * Runtime-neutral and synchronous. Throws FramediffError for failures of the whole input
 * (EMPTY_FILE, BINARY_FILE, INVALID_JSON, INVALID_RECORD for a lone object, UNSUPPORTED_FORMAT),
 * and also when every record of a multi-record input failed (the first record error).
 */
export function parseInput(input: ArticleInput, options: ParseOptions = {}): ParseResult {
  const result = parseInputRecords(input, options);
  if (result.parsed.length === 0 && result.errors.length > 0) throw result.errors[0];
  return result;
}

/** Scripts pass plain objects: a wrong shape gets a typed error that says what is expected, not a TypeError deep inside. */
function checkInputShape(input: unknown): asserts input is ArticleInput {
  const o = input as Partial<ArticleInput> | null;
  const label = o && typeof o === 'object' && typeof o.label === 'string' ? o.label : 'input';
  if (!o || typeof o !== 'object') throw new FramediffError('INVALID_INPUT', label, `expected a string or {content, label?, format?, meta?}, got ${o === null ? 'null' : typeof o}`);
  if (typeof o.content !== 'string' && !(o.content instanceof Uint8Array)) {
    const keys = Object.keys(o).join(', ') || 'none';
    throw new FramediffError('INVALID_INPUT', label, `the input needs a "content" field (a string or bytes); its fields are: ${keys}`);
  }
}

/** Like parseInput, but record failures never throw: they come back in `errors` (the loader uses this). */
export function parseInputRecords(input: ArticleInput, options: ParseOptions = {}): ParseResult {
  checkInputShape(input);
  const label = input.label ?? 'input';
  const bytes = typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;
  if (bytes.length === 0) throw new FramediffError('EMPTY_FILE', label, 'the input is empty (0 bytes)');
  let raw: string;
  let encoding = 'utf-8';
  let decodeWarnings: ArticleWarning[] = [];
  if (typeof input.content === 'string') {
    // A caller's string is already text; a stray BOM from a file read is dropped like decode does.
    raw = input.content.replace(/^\ufeff/, '');
  } else {
    const d = decode(input.content, label);
    raw = d.text;
    encoding = d.encoding;
    decodeWarnings = d.warnings;
  }
  if (raw.trim() === '') throw new FramediffError('EMPTY_FILE', label, 'the input holds only whitespace');
  const format = input.format ?? detectFormat(input.label, raw);
  const source: SourceInfo = { label, format, sha256: sha256Hex(bytes), encoding, bytes: bytes.length };
  if (format === 'object') {
    throw new FramediffError('UNSUPPORTED_FORMAT', label, 'format "object" is for already-built articles, not for parsing');
  }
  const parser = PARSERS[format];
  if (!parser) throw new FramediffError('UNSUPPORTED_FORMAT', label, `no parser for format "${String(format)}"`);
  const { parsed, errors } = parser(raw, label, options);
  for (const p of parsed) {
    p.meta = mergeMeta(p.meta, input.meta);
    p.warnings = [...decodeWarnings, ...p.warnings];
  }
  return { parsed, source, errors };
}
