import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';

const SPEC = { format: { type: 'string' }, lexicon: { type: 'string', multiple: true } } as const;

describe('CLI argument parsing (util.parseArgs)', () => {
  it('--progress=false turns progress off; =true, --progress and --no-progress do what they say', () => {
    expect(parseArgs(['corpus', '--progress=false'], SPEC).flags.progress).toBe(false);
    expect(parseArgs(['corpus', '--progress=0'], SPEC).flags.progress).toBe(false);
    expect(parseArgs(['corpus', '--progress=true'], SPEC).flags.progress).toBe(true);
    expect(parseArgs(['corpus', '--progress'], SPEC).flags.progress).toBe(true);
    expect(parseArgs(['corpus', '--no-progress'], SPEC).flags.progress).toBe(false);
    expect(parseArgs(['corpus'], SPEC).flags.progress).toBeUndefined();
  });

  it('-o and -q are options, not input paths', () => {
    const p = parseArgs(['corpus', '-o', 'report.html', '-q'], SPEC);
    expect(p.positionals).toEqual(['corpus']);
    expect(p.flags.out).toBe('report.html');
    expect(p.flags.quiet).toBe(true);
    expect(parseArgs(['--quiet', 'a.txt'], SPEC).flags.quiet).toBe(true);
  });

  it('unknown options, a missing value and a value given to a switch are usage errors', () => {
    expect(() => parseArgs(['corpus', '--bogus'], SPEC)).toThrow(UsageError);
    expect(() => parseArgs(['corpus', '-x'], SPEC)).toThrow(/Unknown option '-x'/);
    expect(() => parseArgs(['corpus', '--format'], SPEC)).toThrow(UsageError);
    expect(() => parseArgs(['corpus', '--quiet=maybe'], SPEC)).toThrow(/--quiet is a switch/);
  });

  it('repeatable options collect; "-" (stdin/stdout) and everything after "--" are positionals', () => {
    const p = parseArgs(['--lexicon', 'a.json', '--lexicon=b.json', '-', '--', '--progress=false', '-q'], SPEC);
    expect(p.flags.lexicon).toEqual(['a.json', 'b.json']);
    expect(p.positionals).toEqual(['-', '--progress=false', '-q']);
    expect(p.flags.progress).toBeUndefined();
    expect(parseArgs(['corpus', '--out', '-'], SPEC).flags.out).toBe('-');
  });
});
