/**
 * `framediff compare <paths...>`: load → analyze → compare → report, in one command.
 * Data goes to --out (or stdout); messages and progress go to stderr.
 * Exit codes: 0 all inputs compared, 1 some inputs failed (the report of the rest is still written)
 * or nothing could be loaded, 2 usage errors (bad flags, unreadable or invalid --lexicon file).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { parseArgs, UsageError } from '../args.js';
import type { Command } from './index.js';
import type { Lexicons } from '../../lexicons/index.js';
import { loadCorpus } from '../../load/node/load-corpus.js';
import { compareCorpus } from '../../compare/node/compare-corpus.js';
import { report, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { writeStdout } from '../stdout.js';
import { readLexiconFlags } from '../lexicons.js';
import { corpusArgs, printArticleWarnings, printLoadErrors } from '../corpus-args.js';

const HELP = `Usage: framediff compare <paths...> [options]
       framediff compare --manifest FILE [options]

Compare how the outlets in <paths> frame one event and write a report.
Paths are files, folders or globs (.txt, .md, .html, .json, .jsonl); a folder's manifest.json
is picked up automatically. With --manifest and no paths, the files the manifest lists are compared.

Options:
  --manifest FILE   corpus manifest (outlets, titles, event); overrides a folder's manifest.json
  --format FORMAT   html (default), md, json or csv; inferred from --out's extension (.html, .md, .json)
                    when omitted; another extension needs --format
  --out FILE|DIR    where to write; "-" or none writes html/md/json to stdout; csv needs a folder
  --lexicon FILE    extra lexicon JSON merged into the built-in lexicons (repeatable)
  --progress        report progress on stderr (on by default when stderr is a terminal)
  --help            show this help

Exit codes: 0 all inputs compared, 1 some inputs failed (the others are still reported),
2 usage error.

Example: framediff compare corpus --out report.html
`;

const FLAGS = { manifest: 'string', format: 'string', out: 'string', lexicon: 'list', progress: 'boolean' } as const;

export const compareCommand: Command = {
  summary: 'compare outlets and write an HTML, Markdown, JSON or CSV report',
  help: HELP,
  run,
};

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, FLAGS);
  const { flags } = parsed;
  const { paths: positionals, manifest: manifestFlag } = await corpusArgs(parsed);
  const out = typeof flags.out === 'string' ? flags.out : undefined;
  const format = chooseFormat(flags.format, out);
  if (format === 'csv' && (!out || out === '-')) throw new UsageError('--format csv writes one file per table: give --out DIR');
  const lexicons = await readLexiconFlags((flags.lexicon as string[] | undefined) ?? []);
  const showProgress = flags.progress === true || process.stderr.isTTY === true;
  const progress = (line: string) => {
    if (showProgress) process.stderr.write(`framediff: ${line}\n`);
  };

  let lastLoaded = -1;
  const corpus = await loadCorpus(positionals, {
    manifest: manifestFlag,
    onProgress: ({ loaded, total }) => {
      // One line per file is noise on big corpora: report about twenty steps.
      if (loaded === total || loaded - lastLoaded >= Math.max(1, Math.ceil(total / 20))) {
        lastLoaded = loaded;
        progress(`loaded ${loaded}/${total} files`);
      }
    },
  });
  printLoadErrors(corpus.errors);
  printArticleWarnings(corpus.articles);
  if (!corpus.articles.length) {
    process.stderr.write('framediff: no articles could be loaded; nothing to compare\n');
    return 1;
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
    await mkdir(out!, { recursive: true });
    for (const [file, csv] of Object.entries(rendered)) await writeFile(join(out!, file), csv, 'utf8');
    progress(`wrote ${Object.keys(rendered).length} CSV tables to ${out}`);
  } else if (!out || out === '-') {
    await writeStdout(rendered);
  } else {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, rendered, 'utf8');
    progress(`wrote ${out}`);
  }
  return corpus.errors.length || errors.length ? 1 : 0;
}

const EXTENSION_FORMATS: Record<string, ReportFormat> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.json': 'json' };

function chooseFormat(flag: unknown, out: string | undefined): ReportFormat {
  if (typeof flag === 'string') {
    if (!(REPORT_FORMATS as readonly string[]).includes(flag)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
    return flag as ReportFormat;
  }
  if (out && out !== '-') {
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

