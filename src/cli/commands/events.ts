/**
 * `framediff events <paths...>`: group a mixed corpus into events (publication-date window and
 * content similarity) and write the grouping as a manifest the other commands read, or as analyzed
 * JSONL records carrying their `event`, ready for `framediff compare --out DIR`.
 */
import { dirname, relative, resolve } from 'node:path';
import { parseArgs, stringFlag, UsageError } from '../args.js';
import { EXIT, writeOutputFile, writeStdout } from '../output.js';
import type { Command } from './index.js';
import type { EventGroup } from '../../events/index.js';
import type { Manifest, ManifestArticle, ManifestOutlet } from '../../load/manifest-schema.js';
import type { AnalyzedArticle } from '../../types/comparison.js';
import type { LoadError } from '../../errors.js';
import { corpusArgs, loadProgress, printLoadErrors, progressReporter } from '../corpus-args.js';

const HELP = `Usage: framediff events <paths...> [options]

Group a mixed corpus (many events, many outlets) into events: articles published within a few
days of each other that share their named actors and distinctive words. Writes the grouping as a
manifest (each article's file with its "event") that normalize, analyze and compare read with
--manifest, or, with --format jsonl, the analyzed articles with their "event" set, which
"framediff compare FILE --out DIR" turns into one report per event.
Inputs are files, folders or globs, or analyzed JSONL from "framediff analyze" (not analyzed again).

Options:
  --manifest FILE   corpus manifest (outlets, titles, dates); overrides a folder's manifest.json
  --format FORMAT   manifest (default): a manifest.json; jsonl: analyzed articles with "event"
  --window DAYS     articles further apart than this are never linked directly (default 3)
  -o, --out FILE    write to FILE instead of stdout; manifest paths are relative to FILE's folder
  --progress, --no-progress
                    progress on stderr (default: on when stderr is a terminal)
  -q, --quiet       no progress lines on stderr (errors are still printed)
  -h, --help        show this help

Exit codes: 0 all inputs grouped, 1 some inputs failed (the others are still grouped),
2 usage error, 3 the output could not be written.

Example: framediff events crawl/ --out events.json && framediff compare --manifest events.json --out reports/
`;

const OPTIONS = { manifest: { type: 'string' }, format: { type: 'string' }, window: { type: 'string' } } as const;

export const eventsCommand: Command = {
  summary: 'group a mixed corpus into events; write a manifest (or JSONL) the other commands read',
  help: HELP,
  run,
};

async function run(argv: string[]): Promise<number> {
  // Loaded when the command runs, so `framediff --help` does not load the model and the loader.
  const [{ loadCorpus }, { analyzeCorpus }, { groupEvents }, { readAnalyzedInputs, readStdin }] = await Promise.all([
    import('../../load/node/load-corpus.js'),
    import('../../analyze/analyze.js'),
    import('../../events/index.js'),
    import('../analyzed-input.js'),
  ]);
  const parsed = parseArgs(argv, OPTIONS);
  const { flags } = parsed;
  const format = stringFlag(flags, 'format') ?? 'manifest';
  if (format !== 'manifest' && format !== 'jsonl') throw new UsageError(`--format must be manifest or jsonl, not "${format}"`);
  const windowDays = windowFlag(stringFlag(flags, 'window'));
  const { paths, manifest, out } = await corpusArgs(parsed);
  const progress = progressReporter(flags);

  const pre = await readAnalyzedInputs(paths, readStdin);
  const loaded = pre.rest.length || (manifest && paths.length === 0) ? await loadCorpus(pre.rest, { manifest, onProgress: loadProgress(progress) }) : { articles: [], errors: [] as LoadError[] };
  const errors = [...pre.errors, ...loaded.errors];
  progress(`analyzing ${loaded.articles.length} articles`);
  const articles = [...pre.articles, ...analyzeCorpus(loaded.articles)];
  const groups = groupEvents(articles, { windowDays });
  progress(`${articles.length} articles in ${groups.length} events`);
  const data = format === 'jsonl' ? withEvents(articles, groups) : manifestJson(articles, groups, out, errors);
  if (out) await writeOutputFile(out, data);
  else await writeStdout(data);
  printLoadErrors(errors);
  return errors.length ? EXIT.INPUT_FAILED : EXIT.OK;
}

function windowFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 3650) throw new UsageError(`--window takes a number of days (0 to 3650), not "${value}"`);
  return n;
}

function eventOf(groups: readonly EventGroup[]): Map<string, string> {
  const byArticle = new Map<string, string>();
  for (const g of groups) for (const id of g.articles) byArticle.set(id, g.id);
  return byArticle;
}

/** The analyzed articles in their input order, each with its `event`, one JSON object per line. */
function withEvents(articles: readonly AnalyzedArticle[], groups: readonly EventGroup[]): string {
  const byArticle = eventOf(groups);
  return articles.map((a) => `${JSON.stringify({ ...a, event: byArticle.get(a.id) })}\n`).join('');
}

/**
 * A manifest: every file with its event and the explicit metadata it was loaded with (so the folder
 * manifests it replaces lose nothing), the outlets they name, and the events with their dates and
 * terms. Records of multi-record files have no file of their own: they are counted in a warning.
 */
function manifestJson(articles: readonly AnalyzedArticle[], groups: readonly EventGroup[], out: string | undefined, errors: LoadError[]): string {
  const byArticle = eventOf(groups);
  const base = out ? dirname(resolve(out)) : process.cwd();
  const outlets: Record<string, ManifestOutlet> = Object.create(null);
  const entries: ManifestArticle[] = [];
  let records = 0;
  for (const a of articles) {
    if (a.source.record !== undefined || !a.source.path) {
      records++;
      continue;
    }
    const entry: ManifestArticle = { file: relative(base, resolve(a.source.path)).split('\\').join('/'), event: byArticle.get(a.id)! };
    if (a.provenance.outlet === 'explicit') {
      entry.outlet = a.outlet.id;
      outlets[a.outlet.id] = outletRecord(a);
    }
    if (a.provenance.title === 'explicit' && a.title) entry.title = a.title;
    if (a.provenance.publishedAt === 'explicit' && a.publishedAt) entry.publishedAt = a.publishedAt;
    if (a.provenance.url === 'explicit' && a.url) entry.url = a.url;
    entries.push(entry);
  }
  if (records) errors.push({ code: 'INVALID_INPUT', file: 'events', message: `${records} articles are records of multi-record files and cannot be listed in a manifest: use --format jsonl` });
  entries.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const events = Object.fromEntries(groups.map((g) => [g.id, { from: g.from, to: g.to, articles: g.articles.length, terms: g.terms }]));
  const manifest: Manifest & { events: typeof events } = { events, outlets: { ...outlets }, articles: entries };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function outletRecord(a: AnalyzedArticle): ManifestOutlet {
  const o: ManifestOutlet = { name: a.outlet.name };
  for (const k of ['url', 'country', 'language', 'kind'] as const) if (a.outlet[k]) (o as unknown as Record<string, unknown>)[k] = a.outlet[k];
  return o;
}
