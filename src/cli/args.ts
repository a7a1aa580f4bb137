/**
 * Argument parsing for every command, on Node's own `util.parseArgs` (strict): unknown options,
 * a missing value or a value given to a switch are usage errors (exit 2).
 *
 * Conventions on top of util.parseArgs:
 * - every switch also reads `--no-NAME`, `--NAME=true|false` (and `1|0`, `yes|no`);
 * - `-o` is `--out`, `-q` is `--quiet`, `-h` is `--help` (commands may declare more short names);
 * - a `multiple` string option collects repeats into an array (`--lexicon a.json --lexicon b.json`).
 */
import { parseArgs as nodeParseArgs } from 'node:util';

export interface ParsedArgs {
  positionals: string[];
  /** Option values by long name; `multiple` options are arrays, switches booleans. */
  flags: Record<string, string | boolean | string[] | undefined>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One option as util.parseArgs takes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

export type OptionsSpec = Record<string, OptionSpec>;

/** Options every command reads: where data goes, how chatty stderr is, help. */
export const COMMON_OPTIONS = {
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsSpec;

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/**
 * Parse `argv` against `spec` (merged with COMMON_OPTIONS). Throws UsageError with util.parseArgs'
 * own message for anything it rejects.
 */
export function parseArgs(argv: readonly string[], spec: OptionsSpec = {}): ParsedArgs {
  const options: OptionsSpec = { ...COMMON_OPTIONS, ...spec };
  const args = switchValuesToFlags(argv, options);
  try {
    const { values, positionals } = nodeParseArgs({ args, options, strict: true, allowPositionals: true, allowNegative: true });
    return { positionals, flags: values as ParsedArgs['flags'] };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UsageError(shorten((error as Error).message));
    throw error;
  }
}

/**
 * `--progress=false` would otherwise be rejected ("does not take an argument"), and people write it:
 * turn `--NAME=WORD` of a switch into `--NAME` / `--no-NAME` before util.parseArgs sees it.
 */
function switchValuesToFlags(argv: readonly string[], options: OptionsSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const m = /^--([^=]+)=(.*)$/s.exec(arg);
    if (m && options[m[1]]?.type === 'boolean') {
      const word = m[2].toLowerCase();
      if (TRUE_WORDS.has(word)) out.push(`--${m[1]}`);
      else if (FALSE_WORDS.has(word)) out.push(`--no-${m[1]}`);
      else throw new UsageError(`--${m[1]} is a switch: give --${m[1]}, --no-${m[1]} or --${m[1]}=true|false, not "${m[2]}"`);
    } else out.push(arg);
  }
  return out;
}

/** util.parseArgs adds advice about `--` after an unknown option that only confuses here. */
function shorten(message: string): string {
  return message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '');
}

/** The strings of a `multiple` option, or [] when absent. */
export function listFlag(flags: ParsedArgs['flags'], name: string): string[] {
  const v = flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** A string option's value, or undefined when absent. */
export function stringFlag(flags: ParsedArgs['flags'], name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}
