/**
 * The streaming CLI and its worker pool against the single-threaded, non-streaming library path:
 * byte-identical output for any --jobs, stdin as a map step, typed TIMEOUTs that do not stop a run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/node/load-corpus.js';
import { analyzeCorpus } from '../../src/analyze/analyze.js';
import { compareCorpus } from '../../src/compare/node/compare-corpus.js';
import { reportJsonString } from '../../src/report/index.js';
import { defaultLexicons } from '../../src/lexicons/index.js';
import { cli, ensureBuiltCli } from './built-cli.js';

const inputs = ['corpus', 'tests/fixtures/dev-analysis', 'tests/fixtures/inputs/feed.jsonl', 'tests/fixtures/inputs/articles.json', 'tests/fixtures/inputs/glacier.md', 'tests/fixtures/inputs/bad', 'no-such-file.txt'];

/** The CLI with `stdin` piped in. */
function cliWithStdin(stdin: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['dist/cli.js', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

beforeAll(ensureBuiltCli, 180_000);

describe('streamed, pooled output equals the single-threaded, non-streaming path', () => {
  it('analyze --format json and jsonl with --jobs 1 and 2', async () => {
    const corpus = await loadCorpus(inputs);
    const analyzed = analyzeCorpus(corpus.articles);
    const expectedJson = `${JSON.stringify({ articles: analyzed, errors: corpus.errors }, null, 2)}\n`;
    const expectedJsonl = analyzed.map((a) => `${JSON.stringify(a)}\n`).join('');
    expect(corpus.errors.length).toBeGreaterThan(0);
    for (const jobs of ['1', '2']) {
      const json = await cli('analyze', ...inputs, '--jobs', jobs);
      expect(json.code).toBe(1); // the bad inputs
      expect(json.stdout).toBe(expectedJson);
      const jsonl = await cli('analyze', ...inputs, '--format', 'jsonl', '-j', jobs);
      expect(jsonl.stdout).toBe(expectedJsonl);
    }
  }, 300_000);

  it('normalize --format json equals loadCorpus', async () => {
    const corpus = await loadCorpus(inputs);
    const run = await cli('normalize', ...inputs, '--jobs', '2');
    expect(run.stdout).toBe(`${JSON.stringify({ articles: corpus.articles, errors: corpus.errors }, null, 2)}\n`);
    expect(run.stderr).toContain('no-such-file.txt: NOT_FOUND');
  }, 120_000);

  it('compare --format json with two workers equals compareCorpus', async () => {
    const { comparison } = await compareCorpus(['corpus'], { conceptDescriptions: conceptNotes() });
    const run = await cli('compare', 'corpus', '--format', 'json', '--jobs', '2');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(reportJsonString(comparison, { event: eventOf('corpus/manifest.json') }));
  }, 300_000);
});

describe('stdin as a map step', () => {
  it('paths and JSON records, one per line, come out in input order', async () => {
    const record = JSON.stringify({ text: 'Officials said the talks in Vyrnia collapsed on Monday. "It is over," said Anna Volkhovskaya, the deputy premier.', title: 'Talks collapse' });
    const stdin = ['tests/fixtures/dev-analysis/summit.txt', record, 'tests/fixtures/dev-analysis/strike.txt', ''].join('\n');
    const run = await cliWithStdin(stdin, 'analyze', '-', '--format', 'jsonl', '--jobs', '2');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.label)).toEqual(['tests/fixtures/dev-analysis/summit.txt', '<stdin>:2', 'tests/fixtures/dev-analysis/strike.txt']);
    expect(lines[1].title).toBe('Talks collapse');
    expect(lines[1].analysis.quotes[0].speaker.name).toBe('Anna Volkhovskaya');
    // A record is read alone: the same line gives the same id and analysis whatever comes before it
    // (its label, and so an unknown outlet's display name, says which line it was).
    const alone = JSON.parse((await cliWithStdin(`${record}\n`, 'analyze', '-', '--format', 'jsonl')).stdout);
    expect(alone.source.label).toBe('<stdin>:1');
    expect(alone.id).toBe(lines[1].id);
    expect(alone.analysis).toEqual(lines[1].analysis);
  }, 120_000);
  it("a path on stdin takes its folder's manifest, as the same path on the command line does", async () => {
    const files = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort().slice(0, 2).map((f) => `corpus/${f}`);
    const piped = await cliWithStdin(`${files.join('\n')}\n`, 'normalize', '-', '--format', 'jsonl');
    const named = await cli('normalize', ...files, '--format', 'jsonl');
    expect(piped.code).toBe(0);
    const outlets = piped.stdout.trim().split('\n').map((l) => JSON.parse(l) as { outlet: { id: string }; provenance: { outlet: string } });
    const manifest = JSON.parse(readFileSync('corpus/manifest.json', 'utf8')) as { articles: { file: string; outlet: string }[] };
    const expected = files.map((f) => manifest.articles.find((a) => `corpus/${a.file}` === f)!.outlet);
    expect(outlets.map((o) => o.outlet.id)).toEqual(expected);
    expect(outlets.map((o) => o.provenance.outlet)).toEqual(['explicit', 'explicit']);
    expect(piped.stdout).toBe(named.stdout);
  }, 120_000);
});

describe('per-file work budget', () => {
  it('a file past its budget is a TIMEOUT naming it, and the run goes on', async () => {
    const run = await cli('analyze', 'corpus', '--timeout', '0.001', '--jobs', '2');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { articles: unknown[]; errors: { code: string; file: string }[] };
    // Every seed is reported (none silently dropped), each under its own name.
    const seeds = readFileSync('corpus/manifest.json', 'utf8').match(/"file":/g)!.length;
    expect(out.errors.filter((e) => e.code === 'TIMEOUT').map((e) => e.file).sort()).toHaveLength(seeds);
    expect(out.articles.length + out.errors.length).toBe(seeds);
    expect(run.stderr).toMatch(/corpus\/000_\w+\.txt: TIMEOUT: not finished within the 0\.001 s work budget/);
  }, 120_000);

  it('a usable budget changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framediff-budget-'));
    writeFileSync(join(dir, 'a.txt'), 'The minister said on Monday that the plan would go ahead.\n');
    const run = await cli('analyze', dir, '--timeout', '30', '--format', 'jsonl');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).analysis.sentences).toHaveLength(1);
  }, 60_000);
});

function conceptNotes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, c] of Object.entries(defaultLexicons.concepts.concepts)) if (c.note) out[id] = c.note;
  return out;
}

function eventOf(manifest: string): { title?: string; date?: string } | undefined {
  const m = JSON.parse(readFileSync(manifest, 'utf8')) as { event?: { title?: string | null; date?: string | null } };
  return m.event ? { title: m.event.title ?? undefined, date: m.event.date ?? undefined } : undefined;
}
