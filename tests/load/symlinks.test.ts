import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/node/load-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'framediff-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'good.txt'), 'The council voted on Monday to close the old library at the end of the year.');
symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
symlinkSync(join(dir, 'good.txt'), join(dir, 'alias.txt'));

describe('symbolic links', () => {
  it('dangling and looping links in a folder are READ_FAILED errors naming the link; the rest loads', async () => {
    const r = await loadCorpus(dir);
    expect(r.errors.map((e) => [e.code, e.file.slice(dir.length + 1), e.message])).toEqual([
      ['READ_FAILED', 'dangling.txt', 'broken symbolic link (its target does not exist)'],
      ['READ_FAILED', 'loop-a.txt', 'symbolic link loop (the link points back at itself)'],
      ['READ_FAILED', 'loop-b.txt', 'symbolic link loop (the link points back at itself)'],
    ]);
    expect(r.articles.map((a) => a.text)).toContain('The council voted on Monday to close the old library at the end of the year.');
  });

  it('a dangling link given by name is READ_FAILED too, not a silent skip', async () => {
    const r = await loadCorpus([join(dir, 'dangling.txt'), join(dir, 'good.txt')]);
    expect(r.errors).toEqual([{ code: 'READ_FAILED', file: join(dir, 'dangling.txt'), message: 'broken symbolic link (its target does not exist)' }]);
    expect(r.articles).toHaveLength(1);
  });
});
