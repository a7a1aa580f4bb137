/**
 * `framediff compare <paths...>`: load → analyze → compare → report, in one command.
 * Data goes to --out (or stdout); messages and progress go to stderr.
 * Exit codes: 0 all inputs compared, 1 some inputs failed (the report of the rest is still written)
 * or nothing could be loaded, 2 usage errors (bad flags, unreadable or invalid --lexicon file).
 */
import { extname, join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { listFlag, parseArgs, stringFlag, UsageError } from '../args.js';
import type { Command } from './index.js';
import type { Lexicons } from '../../lexicons/index.js';
import type { LoadError } from '../../errors.js';
import type { AnalyzedArticle, Comparison } from '../../types/comparison.js';
import type { CompareOptions } from '../../compare/options.js';
import { articleShardKey, parseShard, SHARD_HELP, SHARD_OPTION, takeShard, type Shard } from '../shard.js';
import type { ReportFormat, ReportOptions } from '../../report/index.js';
import type { CsvOptions } from '../../report/csv-writer.js';
import { EXIT, writeOutputFile, writeStdout } from '../output.js';
import { corpusArgs, POOL_HELP, POOL_OPTIONS, poolFlags, printArticleWarnings, printLoadErrors, progressReporter } from '../corpus-args.js';
import { defaultJobs } from '../pool/pool.js';

const HELP = `Usage: framediff compare <paths...> [options]
       framediff compare --manifest FILE [options]

Compare how the outlets in <paths> frame one event and write a report. Inputs may be analyzed
output of "framediff analyze --format jsonl" (a file, or "-" for standard input): it is not analyzed
again. When the articles name their events (manifest or record "event", or "framediff events"),
--out DIR gets one report per event, DIR/<event>.<format>, and DIR/index.json listing them.
Paths are files, folders or globs (.txt, .md, .html, .json, .jsonl); a folder's manifest.json
is picked up automatically. With --manifest and no paths, the files the manifest lists are compared.

Options:
  --manifest FILE   corpus manifest (outlets, titles, event); overrides a folder's manifest.json
  --format FORMAT   html (default), md, json or csv; inferred from --out's extension (.html, .md, .json)
                    when omitted; another extension needs --format
  -o, --out FILE|DIR
                    where to write (missing folders are created); "-" or none writes
                    html/md/json to stdout; csv needs a folder
  --lexicon FILE    extra lexicon JSON merged into the built-in lexicons (repeatable): any of
                    the twelve, boilerplate, html, stopwords and drift too (docs/lexicons.md)
${POOL_HELP}
  --progress, --no-progress
                    progress on stderr (default: on when stderr is a terminal);
                    --progress=false works too
${SHARD_HELP}
  --bom             csv: start each file with a UTF-8 byte order mark (for spreadsheets)
  --no-formula-guard
                    csv: do not prefix text cells starting with = + - @ with ' (the guard
                    against spreadsheet formula injection is on by default; turn it off
                    only for analysis in pandas/R, never for files opened in a spreadsheet)
  -q, --quiet       no progress and no warning lines on stderr (errors are still printed)
  -h, --help        show this help

Exit codes: 0 all inputs compared, 1 some inputs failed (the others are still reported)
or nothing could be loaded, 2 usage error, 3 the report could not be written (full disk,
a folder that cannot be created, a closed pipe).

Example: framediff compare corpus --out report.html
`;

const OPTIONS = {
  manifest: { type: 'string' },
  bom: { type: 'boolean' },
  'formula-guard': { type: 'boolean' },
  format: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  ...SHARD_OPTION,
  ...POOL_OPTIONS,
} as const;

/** The report formats (as report/index.ts lists them), here so a usage check does not load the renderers. */
const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'json', 'csv'];

export const compareCommand: Command = {
  summary: 'compare outlets and write an HTML, Markdown, JSON or CSV report',
  help: HELP,
  run,
};

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS);
  const { flags } = parsed;
  const { paths: positionals, manifest: manifestFlag, out } = await corpusArgs(parsed);
  const format = chooseFormat(flags.format, out);
  if (format === 'csv' && !out) throw new UsageError('--format csv writes one file per table: give --out DIR');
  const shard = parseShard(stringFlag(flags, 'shard'));
  const pool = poolFlags(flags, defaultJobs());
  // Loaded here, not at start-up: `framediff --help` and usage errors should not pay for them.
  const [{ readLexiconFlags }, { compare }, { groupByEvent, hasEvents }] = await Promise.all([
    import('../lexicons.js'),
    import('../../compare/compare.js'),
    import('../by-event.js'),
  ]);
  const lexiconFiles = listFlag(flags, 'lexicon');
  const lexicons = await readLexiconFlags(lexiconFiles);
  const progress = progressReporter(flags);

  const input = await compareInput(positionals, manifestFlag, shard, { ...pool, lexiconFiles }, !flags.quiet, progress);
  if (!input) return EXIT.INPUT_FAILED;
  if (!input.articles.length && !input.analyzed.length) {
    process.stderr.write('framediff: no articles could be loaded; nothing to compare\n');
    return EXIT.INPUT_FAILED;
  }
  // The same article twice is compared once; the corpus is still complete, so a warning, not a failure.
  const { dropDuplicates } = await import('../../compare/dedupe.js');
  const { unique: analyzed, warnings } = dropDuplicates([...input.articles, ...input.analyzed]);
  if (!flags.quiet) for (const w of warnings) process.stderr.write(`framediff: ${w.file}: warning ${w.code}: ${w.message}\n`);
  csvOptions = { bom: flags.bom === true, formulaGuard: flags['formula-guard'] !== false };
  const options = { conceptDescriptions: conceptDescriptions(lexicons) };
  const events = groupByEvent(analyzed);
  if (hasEvents(analyzed) && out && !isReportFile(out, format)) {
    await writeByEvent(events, format, out, options, lexicons, progress);
  } else {
    if (events.length > 1) throw new UsageError(`the articles report ${events.length} events: give --out DIR for one report per event`);
    const comparison = compare(analyzed, options, lexicons);
    progress(`compared ${comparison.articles.length} articles from ${comparison.outlets.length} outlets`);
    const event = input.event ? { title: input.event.title ?? undefined, date: input.event.date ?? undefined } : undefined;
    await writeComparison(comparison, format, event, out, progress);
  }
  printLoadErrors(input.errors);
  return input.errors.length ? EXIT.INPUT_FAILED : EXIT.OK;
}

interface CompareInput {
  /** Already analyzed (read from analyze's output). */
  articles: AnalyzedArticle[];
  /** Loaded and analyzed here, by the worker pool. */
  analyzed: AnalyzedArticle[];
  errors: LoadError[];
  event?: { title?: string; date?: string };
}

/**
 * Analyzed output read back, ordinary inputs analyzed by the worker pool (cut to the shard in the
 * workers, before analysis). undefined when the event is too big for the heap (said on stderr).
 */
async function compareInput(
  paths: string[],
  manifest: string | undefined,
  shard: Shard | undefined,
  pool: { jobs: number; budgetMs: number; lexiconFiles: string[] },
  warn: boolean,
  progress: (line: string) => void,
): Promise<CompareInput | undefined> {
  const [{ readAnalyzedInputs, readStdin }, { corpusTasks, processInputs }] = await Promise.all([import('../analyzed-input.js'), import('../stream.js')]);
  const pre = await readAnalyzedInputs(paths, readStdin);
  const analyzed: AnalyzedArticle[] = [];
  const errors: LoadError[] = [];
  let event: CompareInput['event'];
  if (pre.rest.length || (manifest && paths.length === 0)) {
    const { tasks, plan } = await corpusTasks(pre.rest, manifest);
    event = plan?.event ? (plan.event as CompareInput['event']) : undefined;
    const guard = heapGuard();
    const total = plan?.files.length ?? 0;
    let files = 0;
    for await (const r of processInputs(tasks, { step: 'analyze', output: 'object', lexiconFiles: pool.lexiconFiles, shard }, pool)) {
      analyzed.push(...(r.articles as AnalyzedArticle[]));
      errors.push(...r.errors);
      if (!guard(analyzed.length)) return undefined;
      // About twenty lines: one per file is noise on big corpora.
      if (r.task.kind === 'file' && total && (++files === total || files % Math.max(1, Math.ceil(total / 20)) === 0)) progress(`loaded ${files}/${total} files`);
    }
    progress(`analyzed ${analyzed.length} articles`);
  }
  if (warn) printArticleWarnings(analyzed);
  return {
    articles: takeShard(pre.articles, shard, articleShardKey),
    analyzed,
    errors: [...takeShard(pre.errors, shard, (e) => `file:${e.file}`), ...errors],
    ...(event ? { event } : {}),
  };
}

/**
 * Compare holds one event in memory. Past a share of V8's heap, going on would end minutes later
 * in an out-of-memory crash with nothing written: stop early and say how to split instead.
 * Comparing takes several times the memory of the analyses it reads, so the guard trips when
 * the analyses alone fill a quarter of the heap.
 */
function heapGuard(): (count: number) => boolean {
  const limit = getHeapStatistics().heap_size_limit;
  return (count) => {
    if (count % 50 !== 0) return true;
    const used = getHeapStatistics().used_heap_size;
    if (used < limit * HEAP_SHARE) return true;
    const mb = (n: number) => Math.round(n / 2 ** 20);
    process.stderr.write(
      `framediff: compare stopped after ${count} articles: their analyses already take ${mb(used)} MB of the ${mb(limit)} MB heap, ` +
        `and comparing them needs several times that. Compare one event at a time (group a mixed crawl with "framediff events", ` +
        `give one folder or --manifest per event, or --out DIR for one report per event), or give Node more heap: ` +
        `NODE_OPTIONS=--max-old-space-size=${Math.ceil((mb(limit) * 4) / 1024) * 1024}\n`,
    );
    return false;
  };
}

const HEAP_SHARE = 0.25;
/** CSV writer options from --bom / --no-formula-guard, set once per run. */
let csvOptions: CsvOptions = {};

/** The report of one comparison; JSON is written piece by piece, so no report is too big for one string. */
async function writeComparison(comparison: Comparison, format: ReportFormat, event: ReportOptions['event'], out: string | undefined, progress: (l: string) => void): Promise<void> {
  const { report, toReportJson } = await import('../../report/index.js');
  if (format !== 'json') return writeReport(report(comparison, { format, event, csv: csvOptions }), out, progress);
  const [{ writeJson }, { openSink }] = await Promise.all([import('../json-stream.js'), import('../sink.js')]);
  const sink = await openSink(out);
  try {
    await writeJson(toReportJson(comparison, { event }) as unknown as Record<string, unknown>, sink.write);
  } finally {
    await sink.close();
  }
  if (out) progress(`wrote ${out}`);
}

async function writeReport(rendered: string | Record<string, string>, out: string | undefined, progress: (l: string) => void): Promise<void> {
  if (typeof rendered !== 'string') {
    for (const [file, csv] of Object.entries(rendered)) await writeOutputFile(join(out!, file), csv);
    progress(`wrote ${Object.keys(rendered).length} CSV tables to ${out}`);
  } else if (!out) {
    await writeStdout(rendered);
  } else {
    await writeOutputFile(out, rendered);
    progress(`wrote ${out}`);
  }
}

/** One report per event in `dir`, and `dir/index.json` naming them. */
async function writeByEvent(
  events: [string, AnalyzedArticle[]][],
  format: ReportFormat,
  dir: string,
  options: CompareOptions,
  lexicons: Lexicons,
  progress: (l: string) => void,
): Promise<void> {
  const [{ report }, { compare }, { eventFileStem, indexEntry, indexJson, reportPath }] = await Promise.all([
    import('../../report/index.js'),
    import('../../compare/compare.js'),
    import('../by-event.js'),
  ]);
  const taken = new Set<string>(['index']);
  const entries: ReturnType<typeof indexEntry>[] = [];
  for (const [event, articles] of events) {
    const stem = eventFileStem(event, taken);
    const ext = format === 'csv' ? '' : format;
    const rendered = report(compare(articles, options, lexicons), { format, event: { title: event }, csv: csvOptions });
    await writeReport(rendered, reportPath(dir, stem, ext), () => {});
    entries.push(indexEntry(event, ext ? `${stem}.${ext}` : `${stem}/`, articles));
    progress(`event ${entries.length}/${events.length}: ${event} (${articles.length} articles)`);
  }
  await writeOutputFile(join(dir, 'index.json'), indexJson(entries));
  progress(`wrote ${entries.length} event reports and index.json to ${dir}`);
}

/** `--out` names one report file (its extension is a report format's), not a folder. */
function isReportFile(out: string, format: ReportFormat): boolean {
  return format !== 'csv' && extname(out) !== '';
}

const EXTENSION_FORMATS: Record<string, ReportFormat> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.json': 'json' };

function chooseFormat(flag: unknown, out: string | undefined): ReportFormat {
  if (typeof flag === 'string') {
    if (!(REPORT_FORMATS as readonly string[]).includes(flag)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
    return flag as ReportFormat;
  }
  if (out) {
    const ext = extname(out).toLowerCase();
    // An extension we do not write (report.txt) is a mistake to say, not HTML to write silently.
    if (ext && !EXTENSION_FORMATS[ext]) throw new UsageError(`cannot tell the report format from "${ext}": give --format ${REPORT_FORMATS.join('|')}`);
    return EXTENSION_FORMATS[ext] ?? 'html';
  }
  return 'html';
}


/** Concept notes from the concept lexicon name the variant groups ("partnership-scope" → its note). */
function conceptDescriptions(lexicons: Lexicons): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, concept] of Object.entries(lexicons.concepts.concepts)) if (concept.note) out[id] = concept.note;
  return out;
}

