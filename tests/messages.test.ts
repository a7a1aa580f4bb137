/**
 * Messages: every code documented in docs/messages.md with its stage, and warnings positioned in
 * the raw input (line:column) the way the CLI prints them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalize } from '../src/normalize/normalize.js';
import { analyze } from '../src/analyze/analyze.js';
import { ERROR_CODES, FramediffError } from '../src/errors.js';
import { WARNING_SOURCE } from '../src/types/messages.js';
import { parseJsonLocated } from '../src/load/json-locate.js';
import { printArticleWarnings, printLoadErrors } from '../src/cli/corpus-args.js';

const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'messages.md'), 'utf8');

/** Rows of the table under `heading`: code → cells. */
function table(heading: string): Map<string, string[]> {
  const part = doc.split(`## ${heading}`)[1].split('\n## ')[0];
  const rows = new Map<string, string[]>();
  for (const line of part.split('\n')) {
    const m = /^\| `([A-Z_]+)` \|(.*)\|$/.exec(line);
    if (m) rows.set(m[1], m[2].split('|').map((c) => c.trim()));
  }
  return rows;
}

describe('message codes', () => {
  it('docs/messages.md lists every warning code with the stage that raises it', () => {
    const rows = table('Warning codes');
    expect([...rows.keys()].sort()).toEqual(Object.keys(WARNING_SOURCE).sort());
    for (const [code, cells] of rows) expect(cells[1], code).toBe(WARNING_SOURCE[code as keyof typeof WARNING_SOURCE]);
  });

  it('docs/messages.md lists every error code', () => {
    expect([...table('Error codes').keys()].sort()).toEqual([...ERROR_CODES].sort());
  });
});

describe('positioned warnings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an unclosed quotation mark is reported at its line and column in the raw input', () => {
    const raw = 'Council approves budget\n\nThe mayor spoke on Monday.\n\nShe said “we will never cut the libraries. Then she left.\n';
    const article = normalize({ content: raw, label: 'council.txt', meta: { outlet: 'gazette', publishedAt: '2025-03-01' } });
    const w = analyze(article).warnings.find((x) => x.code === 'UNBALANCED_QUOTES')!;
    expect(w.source).toBe('analyze');
    expect(raw.slice(w.rawStart, w.rawEnd)).toBe('“');
    expect([w.line, w.column]).toEqual([5, 10]);
  });

  it('invalid front matter points at the start of the file; a missing date names its stage', () => {
    const raw = '---\ntitle: [unclosed\n---\nThe port reopened on Friday after a week of strikes by dock workers.\n';
    const article = normalize({ content: raw, label: 'port.md' });
    const fm = article.warnings.find((x) => x.code === 'FRONT_MATTER_INVALID')!;
    expect([fm.source, fm.line, fm.column]).toEqual(['load', 1, 1]);
    expect(article.warnings.find((x) => x.code === 'DATE_MISSING')?.source).toBe('normalize');
  });

  it('a guessed encoding says what was found and what was expected', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, ...new TextEncoder().encode(' owners said the rent had doubled.')]);
    const w = normalize({ content: bytes, label: 'cafe.txt' }).warnings.find((x) => x.code === 'ENCODING_GUESSED')!;
    expect([w.actual, w.expected, w.source]).toEqual(['windows-1252', 'utf-8', 'load']);
  });

  it('bad JSON carries line and column, and the CLI prints file:line:col: CODE: reason', () => {
    let error: FramediffError | undefined;
    try {
      parseJsonLocated('{\n  "title": "Strike",\n  "body": oops\n}', 'feed.json');
    } catch (e) {
      error = e as FramediffError;
    }
    expect(error?.code).toBe('INVALID_JSON');
    expect(error?.toJSON()).toMatchObject({ file: 'feed.json', line: 3, column: 11 });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    printLoadErrors([error!.toJSON()]);
    printArticleWarnings([{ source: { label: 'council.txt' }, warnings: [{ code: 'UNBALANCED_QUOTES', message: 'never closed', severity: 'warning', line: 5, column: 10 }] }]);
    expect(err.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/^framediff: feed\.json:3:11: INVALID_JSON: invalid JSON at line 3, column 11: /),
      'framediff: council.txt:5:10: warning UNBALANCED_QUOTES: never closed\n',
    ]);
  });
});
