import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli } from './built-cli.js';

describe('framediff normalize (built CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuiltCli();
    dir = await mkdtemp(join(tmpdir(), 'framediff-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the five seed articles as JSON and exits 0', async () => {
    const r = await cli('normalize', 'corpus');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const data = JSON.parse(r.stdout) as { articles: { outlet: { id: string }; text: string }[]; errors: unknown[] };
    expect(data.errors).toEqual([]);
    expect(data.articles.map((a) => a.outlet.id)).toEqual(['ai-summary', 'unn', 'epoch-times', 'unknown-uk-broadsheet', 'unknown-blog']);
    expect(data.articles[1].text).toContain('Chinese President Xi Jinping reaffirmed');
  });

  it('writes JSON Lines to --out: one article per line, nothing on stdout', async () => {
    const out = join(dir, 'a.jsonl');
    const r = await cli('normalize', 'corpus/001_5a90b57f7be9b762.txt', 'tests/fixtures/inputs/glacier.md', '--format', 'jsonl', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { title: string }).title)).toEqual([
      "Xi reaffirms 'unbounded' partnership with Putin in conversation on anniversary of Russia's invasion of Ukraine",
      'Glacier retreat speeds up in the Alps',
    ]);
  });

  it('exits 1 when some inputs fail, still writes the others, and names each failure on stderr', async () => {
    const r = await cli('normalize', 'tests/fixtures/inputs/bad', 'tests/fixtures/inputs/front-matter.txt');
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout) as { articles: { title: string }[]; errors: { code: string; file: string }[] };
    expect(data.articles.map((a) => a.title)).toEqual(['Ferry service resumes']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'framediff: tests/fixtures/inputs/bad/binary.txt: BINARY_FILE: looks like a binary file, not text (NUL byte at offset 8)',
      'framediff: tests/fixtures/inputs/bad/empty.txt: EMPTY_FILE: the input is empty (0 bytes)',
      `framediff: tests/fixtures/inputs/bad/invalid.json:4:3: INVALID_JSON: invalid JSON at line 4, column 3: expected "," or "}" (found '"')`,
      'framediff: tests/fixtures/inputs/bad/no-body.html: NO_BODY: no article body is left after removing headers and boilerplate',
    ]);
    expect(data.errors.map((e) => e.code)).toEqual(['BINARY_FILE', 'EMPTY_FILE', 'INVALID_JSON', 'NO_BODY']);
  });

  it('exits 2 for usage errors, with the help on stderr', async () => {
    for (const args of [['normalize'], ['normalize', 'corpus', '--format', 'xml'], ['normalize', 'corpus', '--bogus'], ['normalize', 'corpus', '--manifest', 'nope.json']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage: framediff normalize');
    }
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await cli('normalize', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format FORMAT');
    expect(r.stdout).toContain('Exit codes: 0 all inputs loaded, 1 some failed');
  });
});
