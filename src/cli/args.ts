/** Minimal, dependency-free argv parsing shared by the commands. */
export interface ParsedArgs {
  positionals: string[];
  /** Flag values; repeated flags collect into arrays. Boolean flags are `true`. */
  flags: Record<string, string | boolean | string[]>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Parse `argv` against the flags a command accepts. `spec` maps flag names to
 * `'string'`, `'boolean'` or `'list'` (repeatable string). Unknown flags are usage errors.
 */
export function parseArgs(argv: string[], spec: Record<string, 'string' | 'boolean' | 'list'>): ParsedArgs {
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === 'boolean') {
      flags[name] = true;
      continue;
    }
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
    }
    if (kind === 'list') {
      const prev = flags[name];
      flags[name] = Array.isArray(prev) ? [...prev, value] : [value];
    } else flags[name] = value;
  }
  return { positionals, flags };
}
