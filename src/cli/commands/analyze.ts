/**
 * `framediff analyze <paths...>`: load, normalize and analyze articles; print
 * `{articles: AnalyzedArticle[], errors}` as JSON (or one analyzed article per line).
 * Exit codes: 0 all inputs analyzed, 1 some inputs failed to load (the rest is still written),
 * 2 usage error (bad flags, unreadable or invalid --lexicon file).
 */
import { listFlag, parseArgs, stringFlag } from '../args.js';
import { EXIT } from '../output.js';
import { parseShard, SHARD_HELP, SHARD_OPTION, shardCorpus } from '../shard.js';
import type { Command } from './index.js';
import { loadCorpus } from '../../load/node/load-corpus.js';
import { analyzeCorpus } from '../../analyze/analyze.js';
import { readLexiconFlags } from '../lexicons.js';
import { corpusArgs, jsonFormat, loadProgress, printLoadErrors, progressReporter, writeArticles } from '../corpus-args.js';

const HELP = `Usage: framediff analyze <paths...> [options]

Analyze each article: sentences, actors with their mentions and labels ("Russian dictator",
"former U.S. President"), quotes and speakers, sources, loaded wording and tone toward actors.
Every finding has character offsets into the article's normalized text.
Paths are files, folders (searched recursively) or globs: .txt, .md, .html, .json, .jsonl.

Options:
  --manifest FILE   corpus manifest (outlets, titles, dates); overrides a folder's manifest.json
  --format FORMAT   json (default): {"articles": [...], "errors": [...]}, pretty-printed
                    jsonl: one analyzed article per line (errors on stderr only)
  -o, --out FILE    write the data to FILE instead of stdout (missing folders are created)
  --lexicon FILE    extra lexicon JSON merged into the built-in lexicons (repeatable),
                    e.g. {"labels": {"heads": {...}}, "gazetteer": {"entries": [...]}}
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

const OPTIONS = { manifest: { type: 'string' }, format: { type: 'string' }, lexicon: { type: 'string', multiple: true }, ...SHARD_OPTION } as const;

export const analyzeCommand: Command = {
  summary: 'analyze articles: actors and labels, quotes, sources, wording, tone (JSON)',
  help: HELP,
  run,
};

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS);
  const { flags } = parsed;
  const format = jsonFormat(flags);
  const { paths, manifest, out } = await corpusArgs(parsed);
  const lexicons = await readLexiconFlags(listFlag(flags, 'lexicon'));
  const progress = progressReporter(flags);

  const shard = parseShard(stringFlag(flags, 'shard'));
  const corpus = shardCorpus(await loadCorpus(paths, { manifest, onProgress: loadProgress(progress) }), shard);
  printLoadErrors(corpus.errors);
  progress(`analyzing ${corpus.articles.length} articles`);
  await writeArticles(format, analyzeCorpus(corpus.articles, { lexicons }), corpus.errors, out);
  return corpus.errors.length > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}


