/**
 * Analyzed articles as input: what `framediff analyze --format jsonl` (or `--format json`) wrote,
 * read back so compare and events need not analyze again (analysis once, compare per event on
 * any worker). A file is taken as analyzed output when its first record carries an `analysis`;
 * every record is then checked, and one that is not an analyzed article is an INVALID_RECORD error
 * naming the file and line, while the others go on.
 */
import { readFile } from 'node:fs/promises';
import type { LoadError } from '../errors.js';
import type { AnalyzedArticle } from '../types/comparison.js';

export interface AnalyzedInput {
  articles: AnalyzedArticle[];
  errors: LoadError[];
}

const ANALYZED_EXT = /\.(jsonl|ndjson|json)$/i;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a record is not an analyzed article, or null when it is one. */
function problem(r: unknown): string | null {
  if (!isObject(r)) return 'not a JSON object';
  if (typeof r.id !== 'string' || !r.id) return 'no "id"';
  if (typeof r.text !== 'string') return 'no "text"';
  if (!isObject(r.outlet) || typeof r.outlet.id !== 'string') return 'no "outlet.id"';
  if (!isObject(r.analysis) || !Array.isArray(r.analysis.sentences)) return 'no "analysis" with "sentences"';
  if (!Array.isArray(r.offsetMap) || typeof r.raw !== 'string') return 'no "raw" and "offsetMap" (not written by framediff analyze)';
  return null;
}

/** The records of analyzed output, or null when `text` is not analyzed output (an ordinary input). */
export function parseAnalyzed(text: string, file: string): AnalyzedInput | null {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{"articles"') || trimmed.startsWith('{\n  "articles"')) return parseDocument(text, file);
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !/^\s*\{/.test(lines[first]!) || !lines[first]!.includes('"analysis"')) return null;
  const out: AnalyzedInput = { articles: [], errors: [] };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      out.errors.push({ code: 'INVALID_JSON', file, message: `line ${i + 1}: ${(e as Error).message.split('\n')[0]}` });
      return;
    }
    const why = problem(record);
    if (why) out.errors.push({ code: 'INVALID_RECORD', file, message: `line ${i + 1}: not an analyzed article: ${why}` });
    else out.articles.push(record as AnalyzedArticle);
  });
  return out;
}

function parseDocument(text: string, file: string): AnalyzedInput | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null; // not ours: the ordinary loader reports the JSON error with its position
  }
  if (!isObject(doc) || !Array.isArray(doc.articles) || !doc.articles.some((a) => isObject(a) && 'analysis' in a)) return null;
  const out: AnalyzedInput = { articles: [], errors: [] };
  doc.articles.forEach((record, i) => {
    const why = problem(record);
    if (why) out.errors.push({ code: 'INVALID_RECORD', file, message: `articles[${i}]: not an analyzed article: ${why}` });
    else out.articles.push(record as AnalyzedArticle);
  });
  return out;
}

/**
 * Split command-line inputs into analyzed output (read here) and ordinary inputs (left to the
 * loader). `-` reads standard input, which must then be analyzed output.
 */
export async function readAnalyzedInputs(paths: readonly string[], stdin: () => Promise<string>): Promise<AnalyzedInput & { rest: string[] }> {
  const out = { articles: [] as AnalyzedArticle[], errors: [] as LoadError[], rest: [] as string[] };
  for (const path of paths) {
    if (path !== '-' && !ANALYZED_EXT.test(path)) {
      out.rest.push(path);
      continue;
    }
    const text = path === '-' ? await stdin() : await readFile(path, 'utf8').catch(() => null);
    const parsed = text === null ? null : parseAnalyzed(text, path === '-' ? 'stdin' : path);
    if (parsed) {
      out.articles.push(...parsed.articles);
      out.errors.push(...parsed.errors);
    } else if (path === '-') {
      out.errors.push({ code: 'INVALID_INPUT', file: 'stdin', message: 'standard input is not analyzed JSONL (framediff analyze --format jsonl)' });
    } else out.rest.push(path);
  }
  return out;
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
