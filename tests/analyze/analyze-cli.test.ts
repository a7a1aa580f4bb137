/** `framediff analyze` through the built CLI. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli } from '../cli/built-cli.js';
import type { AnalyzedArticle } from '../../src/types/comparison.js';

describe('framediff analyze (built CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuiltCli();
    dir = await mkdtemp(join(tmpdir(), 'framediff-analyze-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('analyzes the seed folder: the UNN article labels Putin "Russian dictator"', async () => {
    const r = await cli('analyze', 'corpus');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { articles: AnalyzedArticle[]; errors: unknown[] };
    expect(data.errors).toEqual([]);
    expect(data.articles).toHaveLength(5);
    const unn = data.articles.find((a) => a.outlet.id === 'unn')!;
    const putin = unn.analysis.actors.find((a) => a.id === 'person:vladimir-putin')!;
    expect(putin.mentions.some((m) => m.label?.text === 'Russian dictator')).toBe(true);
  });

  it('--lexicon extends the labels; --out writes the file; --format jsonl gives one article per line', async () => {
    const lex = join(dir, 'lex.json');
    await writeFile(lex, JSON.stringify({ labels: { heads: { leader: { evaluative: true, category: 'test' } } } }));
    const out = join(dir, 'out.jsonl');
    const r = await cli('analyze', 'corpus/002_bcc51c4b92c435e8.txt', '--lexicon', lex, '--format', 'jsonl', '--out', out);
    expect(r.code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const article = JSON.parse(lines[0]) as AnalyzedArticle;
    const xi = article.analysis.actors.find((a) => a.id === 'person:xi-jinping')!;
    expect(xi.mentions.find((m) => m.label?.text === 'Chinese leader')?.label).toMatchObject({ evaluative: true, category: 'test' });
  });

  it('a missing input is reported and the rest is still analyzed (exit 1); a bad lexicon is a usage error (exit 2)', async () => {
    const r = await cli('analyze', 'corpus/003_6e1cb85beeccf4fc.txt', join(dir, 'nope.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: NOT_FOUND/);
    expect((JSON.parse(r.stdout) as { articles: unknown[] }).articles).toHaveLength(1);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ labels: { heads: { x: 1 } } }));
    const b = await cli('analyze', 'corpus', '--lexicon', bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/bad\.json:\d+:\d+: INVALID_LEXICON: labels\.heads\.x/);
  });
});
