/**
 * `framediff normalize <paths...>`: load and normalize articles, print them as JSON or JSON Lines.
 * Data goes to stdout or --out; each failed input is one line on stderr.
 * Exit codes: 0 all inputs loaded, 1 some failed (the others are still written), 2 usage error.
 */
import { listFlag, parseArgs, stringFlag } from '../args.js';
import { EXIT } from '../output.js';
import { parseShard, SHARD_HELP, SHARD_OPTION } from '../shard.js';
import type { Command } from './index.js';
import { corpusArgs, jsonFormat, POOL_HELP, POOL_OPTIONS, poolFlags, progressReporter } from '../corpus-args.js';
import { defaultJobs } from '../pool/pool.js';

const HELP = `Usage: framediff normalize <paths...> [options]

Load articles and print them cleaned: normalized text, metadata (with its provenance),
paragraphs, citations, removed boilerplate and warnings, each with raw offsets.
Paths are files, folders (searched recursively) or globs: .txt, .md, .html, .json, .jsonl.
A folder's manifest.json is applied automatically. "-" reads stdin: one JSON article record
or one path per line. Articles are written as they are ready, in input order.

Options:
  --manifest FILE   corpus manifest (outlets, titles, dates); overrides a folder's manifest.json
  --format FORMAT   json (default): {"articles": [...], "errors": [...]}, pretty-printed
                    jsonl: one article per line (errors on stderr only)
  -o, --out FILE    write the data to FILE instead of stdout (missing folders are created)
  --lexicon FILE    extra lexicon JSON merged into the built-in lexicons (repeatable); here the
                    boilerplate and html lexicons count (docs/lexicons.md)
${POOL_HELP}
  --progress, --no-progress
                    progress on stderr (default: on when stderr is a terminal)
${SHARD_HELP}
  -q, --quiet       no progress lines on stderr (errors are still printed)
  -h, --help        show this help

Errors are printed on stderr as "framediff: <file>: <CODE>: <message>".
Exit codes: 0 all inputs loaded, 1 some failed (the others are still written), 2 usage error,
3 the data could not be written (full disk, a folder that cannot be created, a closed pipe).

Example: framediff normalize corpus --out articles.json
`;

const OPTIONS = { manifest: { type: 'string' }, format: { type: 'string' }, lexicon: { type: 'string', multiple: true }, ...POOL_OPTIONS, ...SHARD_OPTION } as const;

export const normalizeCommand: Command = {
  summary: 'load and clean articles; print them as JSON or JSON Lines',
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
  const pool = poolFlags(flags, defaultJobs());
  const shard = parseShard(stringFlag(flags, 'shard'));
  const lexiconFiles = listFlag(flags, 'lexicon');
  // A bad lexicon file is a usage error before any work starts.
  if (lexiconFiles.length > 0) await readLexiconFlags(lexiconFiles);
  const { errors } = await streamArticles('normalize', format, out, { paths, manifest, lexiconFiles, ...pool, shard, progress: progressReporter(flags) });
  return errors.length > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
