/** A folder's manifest.json applies to its files however they are named: folder, glob or shell-expanded files. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/node/load-corpus.js';

describe('loadCorpus: the manifest of the folder the files come from', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'framediff-glob-'));
    await mkdir(join(dir, 'harbour'));
    await writeFile(join(dir, 'harbour', 'a.txt'), 'Ferry strike ends\n\nThe ferry crews returned to work on Tuesday after a two-day strike, the union said.\n');
    await writeFile(join(dir, 'harbour', 'b.txt'), 'Crews back on the boats\n\nFerries sailed again on Tuesday as the strike ended, port staff said.\n');
    await writeFile(
      join(dir, 'harbour', 'manifest.json'),
      JSON.stringify({
        outlets: { 'coast-gazette': { name: 'Coast Gazette' }, 'island-radio': { name: 'Island Radio' } },
        articles: [{ file: 'a.txt', outlet: 'coast-gazette' }, { file: 'b.txt', outlet: 'island-radio' }],
      }),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a glob (absolute or relative) keeps the outlets of the manifest beside the files', async () => {
    for (const pattern of [join(dir, 'harbour', '*.txt'), `${relative(process.cwd(), join(dir, 'harbour'))}/*.txt`]) {
      const { articles, errors } = await loadCorpus(pattern);
      expect(errors, pattern).toEqual([]);
      expect(articles.map((a) => a.outlet.name), pattern).toEqual(['Coast Gazette', 'Island Radio']);
      expect(articles.every((a) => !a.warnings.some((w) => w.code === 'OUTLET_UNKNOWN'))).toBe(true);
    }
  });

  it('files named one by one (a shell-expanded glob) keep it too', async () => {
    const { articles } = await loadCorpus([join(dir, 'harbour', 'b.txt')]);
    expect(articles.map((a) => a.outlet.name)).toEqual(['Island Radio']);
  });

  it('--manifest still overrides the folder manifest', async () => {
    const other = join(dir, 'other.json');
    await writeFile(other, JSON.stringify({ outlets: { 'mainland-post': { name: 'Mainland Post' } }, articles: [{ file: 'harbour/a.txt', outlet: 'mainland-post' }] }));
    const { articles } = await loadCorpus([join(dir, 'harbour', 'a.txt')], { manifest: other });
    expect(articles.map((a) => a.outlet.name)).toEqual(['Mainland Post']);
  });
});
