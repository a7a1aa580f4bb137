/**
 * The map-step interface: `framediff events` finds the events of a mixed corpus, `--shard i/n`
 * splits any command's work into n disjoint parts by event, and `compare` reads analyzed JSONL back
 * and writes one report per event, identical to the report of a run over that event alone.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli } from './built-cli.js';

const events = 'tests/fixtures/events';
const folders = ['antwerp-port-strike', 'ardenia-rate-decision'];
let mixed: string[];
let dir: string;
let manifest: { events: Record<string, { articles: number }>; articles: { file: string; event: string; outlet?: string }[] };

beforeAll(async () => {
  await ensureBuiltCli();
  dir = mkdtempSync(join(tmpdir(), 'framediff-events-'));
  // The articles and their folder manifests, without the fixtures' answer keys (planted.json).
  mixed = folders.map((f) => {
    cpSync(join(events, f), join(dir, 'crawl', f), { recursive: true, filter: (src) => !src.endsWith('planted.json') });
    return join(dir, 'crawl', f);
  });
  const run = await cli('events', ...mixed, '--out', join(dir, 'events.json'));
  expect(run.code, run.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
}, 120_000);

describe('framediff events', () => {
  it('finds the two events of a mixed corpus, each with all of its articles', () => {
    expect(Object.keys(manifest.events)).toHaveLength(2);
    const byFolder = new Map<string, Set<string>>();
    for (const a of manifest.articles) {
      const folder = a.file.split('/').at(-2)!;
      byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(a.event));
    }
    expect([...byFolder.keys()].sort()).toEqual(['antwerp-port-strike', 'ardenia-rate-decision']);
    for (const ids of byFolder.values()) expect(ids.size).toBe(1);
    expect(new Set(manifest.articles.map((a) => a.event)).size).toBe(2);
  });

  it('keeps the outlets the folder manifests gave', () => {
    const beacon = manifest.articles.find((a) => a.file.endsWith('the-beacon.txt'))!;
    expect(beacon.outlet).toBe('the-beacon');
    expect((manifest as unknown as { outlets: Record<string, { name: string }> }).outlets['the-beacon']!.name).toBe('The Daily Beacon');
  });

  it('reads analyzed JSONL and writes it back with each record\'s event, ready for compare', async () => {
    const analyzed = join(dir, 'plain.jsonl');
    expect((await cli('analyze', ...mixed, '--format', 'jsonl', '--out', analyzed)).code).toBe(0);
    const run = await cli('events', analyzed, '--format', 'jsonl');
    expect(run.code, run.stderr).toBe(0);
    const records = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; event: string; analysis: object });
    expect(records).toHaveLength(manifest.articles.length);
    expect(records.every((r) => r.analysis && /^event-[0-9a-f]{10}$/.test(r.event))).toBe(true);
    expect(new Set(records.map((r) => r.event))).toEqual(new Set(Object.keys(manifest.events)));
  });

  it('rejects a bad --window as a usage error', async () => {
    const run = await cli('events', mixed[0]!, '--window', 'soon');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--window');
  });
});

describe('--shard and compare per event', () => {
  it('splits the corpus by event into disjoint shards that cover it exactly once', async () => {
    const ids: string[][] = [];
    const eventsOfShard: Set<string>[] = [];
    for (const i of [1, 2, 3]) {
      const run = await cli('normalize', '--manifest', join(dir, 'events.json'), '--shard', `${i}/3`, '--format', 'jsonl');
      expect(run.code, run.stderr).toBe(0);
      const records = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; event: string });
      ids.push(records.map((r) => r.id));
      eventsOfShard.push(new Set(records.map((r) => r.event)));
    }
    const all = ids.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(manifest.articles.length);
    // Whole events: no event is split over two shards.
    const shardEvents = eventsOfShard.flatMap((s) => [...s]);
    expect(new Set(shardEvents).size).toBe(shardEvents.length);
    expect(shardEvents.sort()).toEqual(Object.keys(manifest.events).sort());
  });

  it('keeps each input record\'s own id, so a map step\'s output joins back to its input', async () => {
    const records = [
      { id: 'crawl-0001', outlet: 'Harbor Post', title: 'Dockers strike', text: 'Dock workers at the Port of Westmere voted to strike over pay on Monday, their union said.' },
      { id: 42, outlet: 'Metro Wire', title: 'Port strike', text: 'A strike at the Port of Westmere looms after the union rejected the pay offer, its leader said.' },
    ];
    const file = join(dir, 'crawl.jsonl');
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const run = await cli('analyze', file, '--format', 'jsonl');
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { inputId?: string; outlet: { name: string } });
    expect(out.map((r) => [r.inputId, r.outlet.name])).toEqual([['crawl-0001', 'Harbor Post'], ['42', 'Metro Wire']]);
  });

  it('rejects a shard outside 1..n', async () => {
    for (const bad of ['0/2', '3/2', 'two', '1/0']) {
      const run = await cli('analyze', mixed[0]!, '--shard', bad);
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain('--shard');
    }
  });

  it('writes one report per event from analyzed JSONL, equal to a run on that event alone', async () => {
    const analyzed = join(dir, 'all.jsonl');
    expect((await cli('analyze', '--manifest', join(dir, 'events.json'), '--format', 'jsonl', '--out', analyzed)).code).toBe(0);
    const out = join(dir, 'reports');
    const run = await cli('compare', analyzed, '--format', 'json', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { events: { event: string; file: string; articles: number; outlets: string[] }[] };
    expect(index.events.map((e) => e.event).sort()).toEqual(Object.keys(manifest.events).sort());
    expect(readdirSync(out).sort()).toEqual([...index.events.map((e) => e.file), 'index.json'].sort());
    const antwerp = index.events.find((e) => e.outlets.includes('The Daily Beacon'))!;
    expect(antwerp.articles).toBe(4);

    // The same event's records alone, through stdin-free single-file input, give the same bytes.
    const lines = readFileSync(analyzed, 'utf8').split('\n').filter(Boolean);
    const only = join(dir, 'one-event.jsonl');
    writeFileSync(only, lines.filter((l) => JSON.parse(l).event === antwerp.event).join('\n') + '\n');
    const alone = join(dir, 'alone');
    expect((await cli('compare', only, '--format', 'json', '--out', alone)).code).toBe(0);
    expect(readFileSync(join(alone, antwerp.file), 'utf8')).toBe(readFileSync(join(out, antwerp.file), 'utf8'));
  });

  it('says to give a folder when several events would go to one file', async () => {
    const run = await cli('compare', join(dir, 'all.jsonl'), '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give --out DIR');
  });

  it('names the file and line of a record that is not an analyzed article', async () => {
    const bad = join(dir, 'bad.jsonl');
    const first = readFileSync(join(dir, 'all.jsonl'), 'utf8').split('\n')[0]!;
    writeFileSync(bad, `${first}\n{"id": "x", "analysis": {}}\n`);
    const run = await cli('compare', bad, '--format', 'json', '--out', join(dir, 'bad-out'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.jsonl: INVALID_RECORD: line 2: not an analyzed article/);
  });
});
