/**
 * `framediff compare` on the real pipeline (load → analyze → compare → report) over corpus/.
 * Content checks use findings the seed corpus is known to contain (see issue 4).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/types/report.js';
import { parseCsv } from '../../src/report/csv-writer.js';
import { schemaErrors } from './schema-validator.js';
import { runCompare } from './run-cli.js';
import { evidenceHost } from '../../src/compare/evidence.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'corpus');
let dir: string;
let json: ReportJson;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'framediff-cli-'));
  const r = await runCompare([corpus, '--format', 'json']);
  expect(r.code).toBe(0);
  json = JSON.parse(r.stdout) as ReportJson;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads each table with Python's csv module and checks every row has the header's width. */
const PY_CHECK = `
import csv, os, sys
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    assert all(len(r) == len(rows[0]) for r in rows), name
    print(f"{name} {len(rows) - 1} rows × {len(rows[0])} columns")
`;

function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const unn = () => json.articles.find((a) => a.outlet.id === 'unn')!;

describe('framediff compare --format json', () => {
  it('validates against the shipped schema and carries the manifest\'s event and outlets', () => {
    expect(schemaErrors(json)).toEqual([]);
    expect(json.event.title).toMatch(/Xi Jinping and Vladimir Putin/);
    expect(json.event.date).toBe('2025-02-24');
    // Articles in compare's canonical order (outlet id), whatever order the manifest lists them in.
    expect(json.articles.map((a) => a.outlet.id)).toEqual(['ai-summary', 'epoch-times', 'unknown-blog', 'unknown-uk-broadsheet', 'unn']);
    expect(json.articles[1].outlet.name).toBe('The Epoch Times');
  });

  it('every quote, framing term and mention is exactly the article text at its offsets', () => {
    let spans = 0;
    for (const a of json.articles) {
      for (const s of [...a.quotes, ...a.framingTerms, ...a.mentions, ...a.sources, ...a.quotes.flatMap((q) => q.parts)]) {
        expect(a.text.slice(s.start, s.end)).toBe(s.text);
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(100);
  });

  it('names speakers as actor names and labels per outlet: UNN calls Putin "Russian dictator"', () => {
    const putin = json.actors.find((a) => a.name === 'Vladimir Putin')!;
    expect(putin.labelsByOutlet.unn.map((l) => l.label)).toContain('Russian dictator');
    expect(putin.labelsByOutlet['epoch-times'].map((l) => l.label)).toContain('Russian President');
    const unnSpeakers = unn().quotes.map((q) => q.speaker);
    expect(unnSpeakers).toContain('Xi Jinping');
    const internalDrivingForce = unn().quotes.find((q) => q.text.includes('strong internal driving force'))!;
    expect(internalDrivingForce.speaker).toBe('Xi Jinping');
  });

  it('lists each article\'s attributions: UNN cites Reuters as a wire source', () => {
    expect(unn().sources).toContainEqual(expect.objectContaining({ text: 'Reuters', type: 'wire' }));
  });

  it('evidence in every finding points at the right text', () => {
    const byId = new Map(json.articles.map((a) => [a.id, a]));
    const all = [
      ...json.labelTable.flatMap((r) => Object.values(r.byOutlet).flat().flatMap((u) => u.evidence)),
      ...json.variantGroups.flatMap((g) => Object.values(g.byOutlet).flat().flatMap((w) => w.evidence)),
      ...json.quoteClusters.flatMap((c) => c.renderings.map((r) => r.evidence)),
      ...json.coverage.flatMap((c) => c.evidence),
      ...json.distinctiveTerms.flatMap((t) => t.evidence),
      ...json.synopsis.flatMap((g) => g.members),
    ];
    expect(all.length).toBeGreaterThan(50);
    for (const e of all) expect(evidenceHost(byId.get(e.articleId)!, e).slice(e.start, e.end)).toBe(e.text);
  });

  it('is byte-identical on a rerun', async () => {
    const again = await runCompare([corpus, '--format', 'json']);
    expect(again.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });
});

describe('framediff compare: other formats', () => {
  it('html (default) to a file, with the evaluative label as a clickable chip', async () => {
    const out = join(dir, 'report.html');
    const r = await runCompare([corpus, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Xi Jinping and Vladimir Putin hold a phone call');
    expect(html).toMatch(/<button type="button" class="ev evaluative" data-ev="[\d ]+" title="evaluative label · rule: label.before">Russian dictator<\/button>/);
  });

  it('md inferred from the --out extension, --progress on stderr, missing folders created', async () => {
    const out = join(dir, 'new', 'folder', 'report.md');
    const r = await runCompare([corpus, '--out', out, '--progress']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('framediff: loaded 5/5 files');
    // Loading and analysis run together in the worker pool: one line when both are done.
    expect(r.stderr).toContain('framediff: analyzed 5 articles');
    expect(r.stderr).toContain(`framediff: wrote ${out}`);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# Xi Jinping and Vladimir Putin')).toBe(true);
    expect(md).toMatch(/\| \*\*Vladimir Putin\*\* \|[^\n]*Russian dictator ⚑/);
    // The AI summary's 18 numbered source URLs show in the Outlets table (they are not in-text attributions).
    expect(md).toMatch(/\| AI-generated summary \(tool unknown\) \| ai-summary \| [^\n]* \| 18 \|\n/);
  });

  it('csv: one RFC 4180 table per file in --out DIR, readable back', async () => {
    const out = join(dir, 'csv');
    const r = await runCompare([corpus, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.csv', 'coverage.csv', 'distinctive_terms.csv', 'evidence.csv', 'label_flags.csv',
      'labels.csv', 'loaded_terms.csv', 'mentions.csv', 'quote_clusters.csv', 'quotes.csv', 'rewrite_sources.csv', 'rewrites.csv',
      'sourcing.csv', 'speakers.csv', 'tone.csv', 'variants.csv']);
    // Python's csv module (what pandas' reader follows) reads every table back with the same shape.
    const python = spawnSync('python3', ['-c', PY_CHECK, out], { encoding: 'utf8' });
    if (python.error === undefined) {
      expect(python.stderr).toBe('');
      expect(python.stdout).toMatch(/^labels\.csv \d+ rows × 17 columns$/m);
    }
    const articles = records(readFileSync(join(out, 'articles.csv'), 'utf8'));
    expect(articles.map((a) => a.outlet_id)).toEqual(json.articles.map((a) => a.outlet.id));
    const labels = records(readFileSync(join(out, 'labels.csv'), 'utf8'));
    expect(labels).toContainEqual(expect.objectContaining({ actor_name: 'Vladimir Putin', outlet_id: 'unn', label: 'Russian dictator', evaluative: 'TRUE' }));
    const quotes = records(readFileSync(join(out, 'quotes.csv'), 'utf8'));
    const unnText = unn().text;
    for (const q of quotes.filter((q) => q.outlet_id === 'unn')) expect(unnText.slice(Number(q.start), Number(q.end)).length).toBeGreaterThan(0);
    const clusters = records(readFileSync(join(out, 'quote_clusters.csv'), 'utf8'));
    // Every cluster has one row per outlet.
    expect(clusters.length).toBe(json.quoteClusters.length * json.outlets.length);
  });

  it('reports failed inputs, still writes the report of the rest, exits 1', async () => {
    const mixed = join(dir, 'mixed');
    execFileSync('mkdir', ['-p', mixed]);
    writeFileSync(join(mixed, 'a.txt'), readFileSync(join(corpus, '001_5a90b57f7be9b762.txt')));
    writeFileSync(join(mixed, 'b.md'), '---\noutlet: Example Daily\ntitle: Leaders talk\n---\nPresident Xi Jinping spoke with Vladimir Putin on Monday, state media said.\n');
    writeFileSync(join(mixed, 'empty.txt'), '');
    writeFileSync(join(mixed, 'c.txt'), 'Xi Jinping and Vladimir Putin spoke by phone on Monday, officials said.\n');
    const out = join(mixed, 'out.json');
    const r = await runCompare([mixed, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: EMPTY_FILE: /);
    // c.txt names no outlet (no manifest, no dateline): said on stderr, and the outlet is named after the file.
    expect(r.stderr).toMatch(/c\.txt: warning OUTLET_UNKNOWN: /);
    const report = JSON.parse(readFileSync(out, 'utf8')) as ReportJson;
    expect(report.articles).toHaveLength(3);
    expect(report.articles.map((a) => a.title)).toContain('Leaders talk');
    expect(report.articles.map((a) => a.outlet.name)).toContain('Unknown (c.txt)');
  });

  it('the same article given twice is compared once with a warning, exit 0', async () => {
    const file = join(corpus, '001_5a90b57f7be9b762.txt');
    const copy = join(dir, 'copy-of-001.txt');
    writeFileSync(copy, readFileSync(file));
    const r = await runCompare([corpus, copy, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/001[^\n]*\.txt: warning DUPLICATE_ARTICLE: the same article as [^\n]*001[^\n]*\.txt \(same outlet and text\); compared once/);
    expect((JSON.parse(r.stdout) as ReportJson).articles).toHaveLength(5);
  });

  it('--manifest alone compares the files the manifest lists', async () => {
    const r = await runCompare(['--manifest', join(corpus, 'manifest.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ReportJson;
    expect(report.articles.map((a) => a.outlet.id)).toEqual(json.articles.map((a) => a.outlet.id));
    expect(report.event.date).toBe('2025-02-24');
  });

  it('usage errors exit 2', async () => {
    expect((await runCompare([])).code).toBe(2);
    expect((await runCompare([corpus, '--format', 'csv'])).code).toBe(2);
    expect((await runCompare([corpus, '--format', 'pdf'])).code).toBe(2);
    const txt = await runCompare([corpus, '--out', join(dir, 'report.txt')]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toContain('cannot tell the report format from ".txt"');
    expect(existsSync(join(dir, 'report.txt'))).toBe(false);
    expect((await runCompare([corpus, '--bogus'])).code).toBe(2);
    const missing = await runCompare([corpus, '--lexicon', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    const bad = join(dir, 'bad-lexicon.json');
    writeFileSync(bad, '{"colours": {}}');
    const invalid = await runCompare([corpus, '--lexicon', bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/INVALID_LEXICON.*colours/);
  });

  it('nothing loadable: exit 1 and a message, no report', async () => {
    const empty = join(dir, 'only-empty');
    execFileSync('mkdir', ['-p', empty]);
    writeFileSync(join(empty, 'x.txt'), '');
    const r = await runCompare([empty, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no articles could be loaded');
  });
});

describe('the built CLI (README main job)', () => {
  it('`framediff compare corpus --out report.html` writes the report', () => {
    const cli = join(root, 'dist', 'cli.js');
    expect(existsSync(cli), 'run `npm run build` first').toBe(true);
    const out = join(dir, 'main-job.html');
    execFileSync(process.execPath, [cli, 'compare', 'corpus', '--out', out], { cwd: root, stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toContain('Russian dictator');
  });
});
