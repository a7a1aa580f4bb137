/**
 * `framediff compare <paths...>`: load → analyze → compare → report, in one command.
 * Data goes to --out (or stdout); messages and progress go to stderr.
 * Exit codes: 0 all inputs compared, 1 some inputs failed (the report of the rest is still written)
 * or nothing could be loaded, 2 usage errors (bad flags, unreadable or invalid --lexicon file).
 */
import { extname, join } from 'node:path';
import { listFlag, parseArgs, UsageError } from '../args.js';
import type { Command } from './index.js';
import type { Lexicons } from '../../lexicons/index.js';
import { loadCorpus } from '../../load/node/load-corpus.js';
import { compareCorpus } from '../../compare/node/compare-corpus.js';
import { report, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { EXIT, writeOutputFile, writeStdout } from '../output.js';
import { readLexiconFlags } from '../lexicons.js';
import { corpusArgs, loadProgress, printArticleWarnings, printLoadErrors, progressReporter } from '../corpus-args.js';

const HELP = `Usage: framediff compare <paths...> [options]
       framediff compare --manifest FILE [options]

Compare how the outlets in <paths> frame one event and write a report.
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
  const lexicons = await readLexiconFlags(listFlag(flags, 'lexicon'));
  const progress = progressReporter(flags);

  const corpus = await loadCorpus(positionals, { manifest: manifestFlag, onProgress: loadProgress(progress) });
  printLoadErrors(corpus.errors);
  if (!flags.quiet) printArticleWarnings(corpus.articles);
  if (!corpus.articles.length) {
    process.stderr.write('framediff: no articles could be loaded; nothing to compare\n');
    return EXIT.INPUT_FAILED;
  }

  progress(`analyzing ${corpus.articles.length} articles`);
  // The library's one-call path (dedupes identical inputs, analyzes, compares), fed the loaded articles.
  const { comparison, errors } = await compareCorpus(corpus.articles, {
    analyze: { lexicons },
    conceptDescriptions: conceptDescriptions(lexicons),
  });
  printLoadErrors(errors);
  progress(`compared ${comparison.articles.length} articles from ${comparison.outlets.length} outlets`);

  const event = corpus.event ? { title: corpus.event.title ?? undefined, date: corpus.event.date ?? undefined } : undefined;
  const rendered = report(comparison, { format, event });
  if (typeof rendered !== 'string') {
    for (const [file, csv] of Object.entries(rendered)) await writeOutputFile(join(out!, file), csv);
    progress(`wrote ${Object.keys(rendered).length} CSV tables to ${out}`);
  } else if (!out) {
    await writeStdout(rendered);
  } else {
    await writeOutputFile(out, rendered);
    progress(`wrote ${out}`);
  }
  return corpus.errors.length || errors.length ? EXIT.INPUT_FAILED : EXIT.OK;
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

