/**
 * `framediff compare <paths...>`: load → analyze → compare → report, in one command.
 * Data goes to --out (or stdout); messages and progress go to stderr.
 * Exit codes: 0 all inputs compared, 1 some inputs failed (the report of the rest is still written)
 * or nothing could be loaded, 2 usage errors (bad flags, unreadable or invalid --lexicon file).
 */
import { extname, join } from 'node:path';
import { listFlag, parseArgs, stringFlag, UsageError } from '../args.js';
import type { Command } from './index.js';
import type { Lexicons } from '../../lexicons/index.js';
import { loadCorpus } from '../../load/node/load-corpus.js';
import { analyzeCorpus } from '../../analyze/analyze.js';
import { compare } from '../../compare/compare.js';
import type { LoadError } from '../../errors.js';
import type { Article } from '../../types/article.js';
import type { AnalyzedArticle, ComparisonOptions } from '../../types/comparison.js';
import { readAnalyzedInputs, readStdin } from '../analyzed-input.js';
import { eventFileStem, groupByEvent, hasEvents, indexEntry, indexJson, reportPath, type EventIndexEntry } from '../by-event.js';
import { articleShardKey, parseShard, SHARD_HELP, SHARD_OPTION, takeShard, type Shard } from '../shard.js';
import { report, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { EXIT, writeOutputFile, writeStdout } from '../output.js';
import { readLexiconFlags } from '../lexicons.js';
import { corpusArgs, loadProgress, printArticleWarnings, printLoadErrors, progressReporter } from '../corpus-args.js';

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
  --lexicon FILE    extra lexicon JSON merged into the built-in lexicons (repeatable)
  --progress, --no-progress
                    progress on stderr (default: on when stderr is a terminal);
                    --progress=false works too
${SHARD_HELP}
  -q, --quiet       no progress and no warning lines on stderr (errors are still printed)
  -h, --help        show this help

Exit codes: 0 all inputs compared, 1 some inputs failed (the others are still reported)
or nothing could be loaded, 2 usage error, 3 the report could not be written (full disk,
a folder that cannot be created, a closed pipe).

Example: framediff compare corpus --out report.html
`;

const OPTIONS = {
  manifest: { type: 'string' },
  format: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  ...SHARD_OPTION,
} as const;

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
  const lexicons = await readLexiconFlags(listFlag(flags, 'lexicon'));
  const progress = progressReporter(flags);

  const input = await compareInput(positionals, manifestFlag, shard, progress, !flags.quiet);
  if (!input.articles.length && !input.raw.length) {
    process.stderr.write('framediff: no articles could be loaded; nothing to compare\n');
    return EXIT.INPUT_FAILED;
  }
  progress(`analyzing ${input.raw.length} articles`);
  const analyzed = dedupe([...input.articles, ...analyzeCorpus(input.raw, { lexicons })], input.errors);
  const options = { conceptDescriptions: conceptDescriptions(lexicons) };
  const events = groupByEvent(analyzed);
  if (hasEvents(analyzed) && out && !isReportFile(out, format)) {
    await writeByEvent(events, format, out, options, progress);
  } else {
    if (events.length > 1) throw new UsageError(`the articles report ${events.length} events: give --out DIR for one report per event`);
    const comparison = compare(analyzed, options);
    progress(`compared ${comparison.articles.length} articles from ${comparison.outlets.length} outlets`);
    const event = input.event ? { title: input.event.title ?? undefined, date: input.event.date ?? undefined } : undefined;
    await writeReport(report(comparison, { format, event }), out, progress);
  }
  printLoadErrors(input.errors);
  return input.errors.length ? EXIT.INPUT_FAILED : EXIT.OK;
}

interface CompareInput {
  /** Already analyzed (read from analyze's output). */
  articles: AnalyzedArticle[];
  /** Normalized, still to analyze. */
  raw: Article[];
  errors: LoadError[];
  event?: { title?: string; date?: string };
}

/** Analyzed output read back, ordinary inputs loaded; both cut to the shard when one is given. */
async function compareInput(paths: string[], manifest: string | undefined, shard: Shard | undefined, progress: (l: string) => void, warn: boolean): Promise<CompareInput> {
  const pre = await readAnalyzedInputs(paths, readStdin);
  const loaded = pre.rest.length || (manifest && paths.length === 0)
    ? await loadCorpus(pre.rest, { manifest, onProgress: loadProgress(progress) })
    : { articles: [] as Article[], errors: [] as LoadError[], event: undefined };
  if (warn) printArticleWarnings(loaded.articles);
  return {
    articles: takeShard(pre.articles, shard, articleShardKey),
    raw: takeShard(loaded.articles, shard, articleShardKey),
    errors: takeShard([...pre.errors, ...loaded.errors], shard, (e) => `file:${e.file}`),
    ...(loaded.event ? { event: loaded.event as CompareInput['event'] } : {}),
  };
}

/** The same article given twice (same bytes, same id) is compared once; the repeat is reported. */
function dedupe(articles: AnalyzedArticle[], errors: LoadError[]): AnalyzedArticle[] {
  const seen = new Set<string>();
  return articles.filter((a) => {
    if (!seen.has(a.id)) return seen.add(a.id), true;
    errors.push({ code: 'INVALID_INPUT', file: a.source?.label ?? a.id, message: `duplicate article ${a.id} (same content given twice); compared once` });
    return false;
  });
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
async function writeByEvent(events: [string, AnalyzedArticle[]][], format: ReportFormat, dir: string, options: ComparisonOptions, progress: (l: string) => void): Promise<void> {
  const taken = new Set<string>(['index']);
  const entries: EventIndexEntry[] = [];
  for (const [event, articles] of events) {
    const stem = eventFileStem(event, taken);
    const ext = format === 'csv' ? '' : format;
    const rendered = report(compare(articles, options), { format, event: { title: event } });
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

