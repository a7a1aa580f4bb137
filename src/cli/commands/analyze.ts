/**
 * `framediff analyze <paths...>`: load, normalize and analyze articles; print
 * `{articles: AnalyzedArticle[], errors}` as JSON (or one analyzed article per line).
 * Exit codes: 0 all inputs analyzed, 1 some inputs failed to load (the rest is still written),
 * 2 usage error (bad flags, unreadable or invalid --lexicon file).
 */
import { listFlag, parseArgs, stringFlag } from '../args.js';
import { EXIT } from '../output.js';
import { parseShard, SHARD_HELP, SHARD_OPTION } from '../shard.js';
import type { Command } from './index.js';
import { corpusArgs, jsonFormat, POOL_HELP, POOL_OPTIONS, poolFlags, progressReporter } from '../corpus-args.js';
import { defaultJobs } from '../pool/pool.js';

const HELP = `Usage: framediff analyze <paths...> [options]

Analyze each article: sentences, actors with their mentions and labels ("Russian dictator",
"former U.S. President"), quotes and speakers, sources, loaded wording and tone toward actors.
Every finding has character offsets into the article's normalized text.
Paths are files, folders (searched recursively) or globs: .txt, .md, .html, .json, .jsonl.
"-" reads stdin: one JSON article record or one path per line (a pure per-record map step).
Articles are written as they are analyzed, in input order, by a pool of worker threads.

Options:
  --manifest FILE   corpus manifest (outlets, titles, dates); overrides a folder's manifest.json
  --format FORMAT   json (default): {"articles": [...], "errors": [...]}, pretty-printed
                    jsonl: one analyzed article per line (errors on stderr only)
  -o, --out FILE    write the data to FILE instead of stdout (missing folders are created)
  --lexicon FILE    extra lexicon JSON merged into the built-in lexicons (repeatable),
                    e.g. {"labels": {"heads": {...}}, "gazetteer": {"entries": [...]}}
${POOL_HELP}
  --progress, --no-progress
                    progress on stderr (default: on when stderr is a terminal)
${SHARD_HELP}
  -q, --quiet       no progress lines on stderr (errors are still printed)
  -h, --help        show this help

Errors are printed on stderr as "framediff: <file>: <CODE>: <message>"; analysis warnings
(non-English text, unbalanced quotes, no sentences) stay in each article's analysis.warnings.
Exit codes: 0 all inputs analyzed, 1 some failed to load (the others are still written), 2 usage error,
3 the data could not be written (full disk, a folder that cannot be created, a closed pipe).

Example: framediff analyze corpus --out analysis.json
`;

const OPTIONS = { manifest: { type: 'string' }, format: { type: 'string' }, lexicon: { type: 'string', multiple: true }, ...POOL_OPTIONS, ...SHARD_OPTION } as const;

export const analyzeCommand: Command = {
  summary: 'analyze articles: actors and labels, quotes, sources, wording, tone (JSON)',
  help: HELP,
  run,
};

async function run(argv: string[]): Promise<number> {
  // Loaded here, not at start-up: `framediff --help` and usage errors should not pay for the loader and lexicons.
  const [{ readLexiconFlags }, { streamArticles }] = await Promise.all([import('../lexicons.js'), import('../stream.js')]);
  const parsed = parseArgs(argv, OPTIONS);
  const { flags } = parsed;
  const format = jsonFormat(flags);
  const { paths, manifest, out } = await corpusArgs(parsed);
  const lexiconFiles = listFlag(flags, 'lexicon');
  // Checked here so a bad file is a usage error (exit 2) before any work; the workers read them again.
  if (lexiconFiles.length > 0) await readLexiconFlags(lexiconFiles);
  const pool = poolFlags(flags, defaultJobs());
  const shard = parseShard(stringFlag(flags, 'shard'));
  const { errors } = await streamArticles('analyze', format, out, { paths, manifest, lexiconFiles, ...pool, shard, progress: progressReporter(flags) });
  return errors.length > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
