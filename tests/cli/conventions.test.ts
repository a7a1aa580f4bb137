/** Unix CLI habits, on the built binary: short options, quiet/progress switches, exit codes, failed writes. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli } from './built-cli.js';

const ONE = 'corpus/001_5a90b57f7be9b762.txt';

describe('framediff CLI conventions (built CLI)', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuiltCli();
    dir = await mkdtemp(join(tmpdir(), 'framediff-conv-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('-o writes the file (it is not read as an input path)', async () => {
    const out = join(dir, 'o.json');
    const r = await cli('normalize', ONE, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const data = JSON.parse(await readFile(out, 'utf8')) as { articles: { title: string }[]; errors: unknown[] };
    expect(data.errors).toEqual([]);
    expect(data.articles.map((a) => a.title)).toEqual([
      "Xi reaffirms 'unbounded' partnership with Putin in conversation on anniversary of Russia's invasion of Ukraine",
    ]);
  });

  it('--progress prints progress; --progress=false, --no-progress and -q/--quiet do not', async () => {
    for (const on of ['--progress', '--progress=true']) {
      const r = await cli('normalize', ONE, '-o', join(dir, 'p.json'), on);
      expect(r.code, on).toBe(0);
      expect(r.stderr, on).toBe('framediff: loaded 1/1 files\n');
    }
    for (const off of ['--progress=false', '--no-progress', '-q', '--quiet']) {
      const r = await cli('normalize', ONE, '-o', join(dir, 'p.json'), off);
      expect(r.code, off).toBe(0);
      expect(r.stderr, off).not.toContain('loaded');
    }
  });

  it('-q silences warning lines but not input errors', async () => {
    // Windows-1252 bytes: the loader warns that it guessed the encoding.
    const guessed = join(dir, 'cafe.txt');
    await writeFile(guessed, Buffer.from('Harbour caf\xe9 reopens\n\nThe caf\xe9 on the quay reopened on Monday, its owner said.\n', 'latin1'));
    await writeFile(join(dir, 'empty.txt'), '');
    const args = ['compare', guessed, join(dir, 'empty.txt'), '--format', 'json', '-o', join(dir, 'q.json')];
    const loud = await cli(...args);
    const quiet = await cli(...args, '-q');
    expect(loud.stderr).toContain('warning ENCODING_GUESSED');
    expect(quiet.code).toBe(1);
    expect(quiet.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/empty\.txt: EMPTY_FILE: /)]);
  });

  it('compare --format csv: --bom starts each file with a byte order mark; --no-formula-guard is accepted', async () => {
    const out = join(dir, 'bom');
    const r = await cli('compare', ONE, '--format', 'csv', '-o', out, '--bom', '--no-formula-guard', '-q');
    expect(r.code).toBe(0);
    const articles = await readFile(join(out, 'articles.csv'), 'utf8');
    expect(articles.startsWith('\uFEFFarticle_id,outlet_id,')).toBe(true);
    expect(existsSync(join(out, 'evidence.csv'))).toBe(true);
  });

  it('unknown options are usage errors (exit 2) in every command, naming the option', async () => {
    for (const command of ['normalize', 'analyze', 'compare']) {
      const r = await cli(command, 'corpus', '--colour');
      expect(r.code, command).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain("Unknown option '--colour'");
      expect(r.stderr).toContain(`Usage: framediff ${command}`);
    }
  });

  it('the exit codes, 3 included, are in every --help', async () => {
    for (const command of ['normalize', 'analyze', 'compare']) {
      const r = await cli(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout, command).toMatch(/2 usage error,\s+3 the (data|report) could not be written/);
    }
  });

  it('a full disk is one line on stderr and exit 3, no stack trace', async () => {
    if (!existsSync('/dev/full')) return;
    const r = await cli('normalize', ONE, '-o', '/dev/full');
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('framediff: cannot write /dev/full: no space left on the device (ENOSPC)\n');
  });

  it('a folder that cannot be created (a file is in the way) is one line and exit 3', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    for (const args of [['normalize', ONE, '-o', join(file, 'out.json')], ['compare', ONE, '--format', 'csv', '-o', join(file, 'tables')]]) {
      const r = await cli(...args);
      expect(r.code, args[0]).toBe(3);
      expect(r.stderr.trimEnd().split('\n'), args[0]).toEqual([expect.stringMatching(/^framediff: cannot write .*a-file\/.*: a part of the path is a file, not a folder \(ENOTDIR\)$/)]);
    }
  });

  it('a missing output folder is created', async () => {
    const out = join(dir, 'new', 'deeper', 'a.json');
    expect((await cli('normalize', ONE, '-o', out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('a reader that closes the pipe early: one line, exit 3, no stack trace', async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('node', ['dist/cli.js', 'analyze', 'corpus', '--format', 'jsonl'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += String(d)));
      // A reader that is gone before the data comes (`| head -c 0`): every write meets a closed pipe.
      child.stdout.destroy();
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    expect(code).toBe(3);
    expect(stderr).toBe('framediff: cannot write stdout: the reader closed the pipe before all data was written (EPIPE)\n');
  });
});
