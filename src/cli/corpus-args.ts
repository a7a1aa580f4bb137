import { stat } from 'node:fs/promises';
import { UsageError, type ParsedArgs } from './args.js';

/** What every corpus command takes: inputs (or a manifest alone) and where the data goes. */
export interface CorpusArgs {
  paths: string[];
  manifest: string | undefined;
  /** undefined means stdout (`--out -` or no --out). */
  out: string | undefined;
}

/** Check the inputs and --manifest shared by normalize, analyze and compare; usage errors exit 2. */
export async function corpusArgs({ positionals, flags }: ParsedArgs): Promise<CorpusArgs> {
  const manifest = typeof flags.manifest === 'string' ? flags.manifest : undefined;
  // With --manifest alone, the loader reads the files the manifest lists.
  if (positionals.length === 0 && !manifest) throw new UsageError('give at least one file, folder or glob (or --manifest FILE)');
  if (manifest && !(await stat(manifest).catch(() => null))?.isFile()) throw new UsageError(`--manifest: no such file "${manifest}"`);
  const out = typeof flags.out === 'string' && flags.out !== '-' ? flags.out : undefined;
  return { paths: positionals, manifest, out };
}

/** `--format json|jsonl` for the commands that print articles. */
export function jsonFormat(flags: ParsedArgs['flags']): 'json' | 'jsonl' {
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not "${String(format)}"`);
  return format;
}
