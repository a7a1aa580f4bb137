import { FramediffError } from '../errors.js';
import type { ArticleInput, InputFormat, SourceInfo } from '../types/article.js';
import { decode } from './decode.js';
import { detectFormat } from './detect.js';
import { parseText } from './formats/text.js';
import { mergeMeta } from './meta-fields.js';
import type { ParsedInput } from './parsed-input.js';
import { sha256Hex } from './sha256.js';

/** Parsers for formats holding one article. */
const SINGLE: Partial<Record<InputFormat, (raw: string) => ParsedInput>> = {
  text: parseText,
};

/**
 * Decode and parse one input into format-neutral ParsedInputs (one per record; JSON arrays and
 * JSONL hold several) plus the SourceInfo describing the bytes. Runtime-neutral and synchronous.
 * Throws FramediffError: EMPTY_FILE, BINARY_FILE, INVALID_JSON, UNSUPPORTED_FORMAT.
 */
export function parseInput(input: ArticleInput): { parsed: ParsedInput[]; source: SourceInfo } {
  const label = input.label ?? 'input';
  const bytes = typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;
  if (bytes.length === 0) throw new FramediffError('EMPTY_FILE', label, 'the input is empty (0 bytes)');
  let raw: string;
  let encoding = 'utf-8';
  let decodeWarnings: ParsedInput['warnings'] = [];
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
  const parser = SINGLE[format];
  if (!parser) throw new FramediffError('UNSUPPORTED_FORMAT', label, `no parser for format "${format}"`);
  const parsed = parser(raw);
  parsed.meta = mergeMeta(parsed.meta, input.meta);
  parsed.warnings = [...decodeWarnings, ...parsed.warnings];
  return { parsed: [parsed], source };
}
