import { mkdtemp, mkdir, open, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/node/load-corpus.js';
import { readManifest } from '../../src/load/node/manifest.js';
import { textSpanToRaw } from '../../src/text/offset-map.js';

const FIXTURES = 'tests/fixtures/inputs';

describe('loadCorpus on the seed corpus', () => {
  it('loads the five seeds in file order with the manifest outlets (explicit) and the event', async () => {
    const r = await loadCorpus('corpus');
    expect(r.errors).toEqual([]);
    expect(r.manifest).toBe('corpus/manifest.json');
    expect(r.event?.date).toBe('2025-02-24');
    expect(r.articles.map((a) => [a.source.label, a.outlet.id, a.provenance.outlet])).toEqual([
      ['corpus/000_06eb65618fb994cd.txt', 'ai-summary', 'explicit'],
      ['corpus/001_5a90b57f7be9b762.txt', 'unn', 'explicit'],
      ['corpus/002_bcc51c4b92c435e8.txt', 'epoch-times', 'explicit'],
      ['corpus/003_6e1cb85beeccf4fc.txt', 'unknown-uk-broadsheet', 'explicit'],
      ['corpus/004_cd6a0d7178bc6679.txt', 'unknown-blog', 'explicit'],
    ]);
    const unn = r.articles[1];
    expect(unn.outlet).toMatchObject({ name: 'UNN (Ukrainian National News)', country: 'UA', kind: 'news-agency' });
    expect(unn.source).toMatchObject({ format: 'text', encoding: 'utf-8', path: 'corpus/001_5a90b57f7be9b762.txt' });
    // What the text says and the manifest does not is inferred from the text.
    expect(unn.publishedAt).toBe('2025-02-24');
    expect(unn.provenance.publishedAt).toBe('inferred');
  });

  it('is deterministic: the same folder gives byte-identical JSON, also as a glob', async () => {
    const a = await loadCorpus('corpus');
    const b = await loadCorpus(['corpus/*.txt'], { manifest: 'corpus/manifest.json' });
    expect(JSON.stringify(b.articles)).toBe(JSON.stringify(a.articles));
  });

  it('reports progress once per file', async () => {
    const seen: string[] = [];
    await loadCorpus('corpus', { onProgress: (e) => seen.push(`${e.loaded}/${e.total} ${e.file}`) });
    expect(seen).toHaveLength(5);
    expect(seen[4]).toBe('5/5 corpus/004_cd6a0d7178bc6679.txt');
  });
});

describe('loadCorpus on every input format', () => {
  it('loads each format with its metadata; bad inputs become typed errors and the rest goes on', async () => {
    const r = await loadCorpus(FIXTURES);
    const byLabel = new Map(r.articles.map((a) => [a.source.label, a]));

    const html = byLabel.get(`${FIXTURES}/news-page.html`)!;
    expect(html).toMatchObject({ title: 'Lagos port strike ends after pay deal', publishedAt: '2024-11-03T08:15:00Z', byline: ['Amaka Obi', 'Tunde Bello'] });
    expect(html.outlet.name).toBe('The Harbour Courier');
    expect(html.provenance).toMatchObject({ title: 'explicit', outlet: 'explicit', byline: 'explicit' });
    expect(html.text).toContain('said union secretary Ade Okon');
    expect(html.text).not.toContain('Share on Facebook');
    expect(html.removed.some((x) => x.kind === 'photo-caption' && x.text.includes('Photo: Jane Doe/Reuters'))).toBe(true);

    const np = byLabel.get(`${FIXTURES}/newsplease.json`)!;
    expect(np.outlet.name).toBe('harbourcourier.example');
    expect(np.source.format).toBe('json');
    // Offsets of a JSON body map back into the raw file.
    const i = np.text.indexOf('union secretary Ade Okon');
    const span = textSpanToRaw(np, i, i + 'union secretary Ade Okon'.length);
    expect(np.raw.slice(span.start, span.end)).toBe('union secretary Ade Okon');

    const md = byLabel.get(`${FIXTURES}/glacier.md`)!;
    expect(md).toMatchObject({ title: 'Glacier retreat speeds up in the Alps', publishedAt: '2024-09-30', byline: ['Lena Huber', 'Marco Rossi'] });
    expect(md.outlet.name).toBe('Mountain Post');

    const rec = byLabel.get(`${FIXTURES}/feed.jsonl#3`)!;
    expect(rec.source.record).toBe(3);
    expect(rec.title).toBe('Traffic returns to normal');
    expect(byLabel.get(`${FIXTURES}/articles.json#1`)?.outlet.name).toBe('Provence Wire');

    const cp = byLabel.get(`${FIXTURES}/encodings/windows-1252.txt`)!;
    expect(cp.text).toContain('The mayor’s office');
    expect(cp.text).toContain('“the highest surge since 1953”');
    expect(cp.warnings.map((w) => w.code)).toContain('ENCODING_GUESSED');
    for (const enc of ['utf8-bom', 'utf16le-bom', 'utf16be-bom']) {
      expect(byLabel.get(`${FIXTURES}/encodings/${enc}.txt`)?.text).toContain('Café owners on the quay');
    }

    expect(r.errors.map((e) => [e.code, e.file])).toEqual([
      ['MANIFEST_MISSING_FILE', `${FIXTURES}/with-manifest/manifest.json`],
      ['BINARY_FILE', `${FIXTURES}/bad/binary.txt`],
      ['EMPTY_FILE', `${FIXTURES}/bad/empty.txt`],
      ['INVALID_JSON', `${FIXTURES}/bad/invalid.json`],
      ['NO_BODY', `${FIXTURES}/bad/no-body.html`],
      ['INVALID_RECORD', `${FIXTURES}/feed.jsonl#1`],
      ['INVALID_JSON', `${FIXTURES}/feed.jsonl#2`],
    ]);
    for (const e of r.errors) expect(e.message, e.code).not.toMatch(/^tests\//);
    // The entity and escape fixtures of tests/normalize/offsets-entities.test.ts load like any page or record.
    expect(byLabel.get(`${FIXTURES}/entities-page.html`)?.title).toBe('Flood barrier – council’s £40m plan approved');
    expect(byLabel.get(`${FIXTURES}/escapes.json`)?.byline).toEqual(['Priya Natarajan']);
    expect(r.articles).toHaveLength(17);
  });
});

describe('manifests', () => {
  it("applies a folder's manifest.json: explicit metadata wins over the file's own, and is marked explicit", async () => {
    const r = await loadCorpus(`${FIXTURES}/with-manifest`);
    const [a, b] = r.articles;
    expect(a.outlet).toMatchObject({ id: 'harbour-courier', name: 'Harbour Courier', country: 'GB', kind: 'broadsheet' });
    expect(a).toMatchObject({ publishedAt: '2024-03-02', byline: ['Sam Lee'], title: 'Ferry service resumes' });
    expect(a.provenance).toMatchObject({ outlet: 'explicit', publishedAt: 'explicit', byline: 'explicit', title: 'inferred' });
    // b.md's front matter says "Some Blog" and another title; the manifest overrides both.
    expect(b.outlet.id).toBe('harbour-courier');
    expect(b.title).toBe('Storm damage counted on the islands');
    // The manifest itself is never loaded as an article; a listed file that is missing is an error.
    expect(r.articles.map((x) => x.source.label)).toEqual([`${FIXTURES}/with-manifest/a.txt`, `${FIXTURES}/with-manifest/b.md`]);
    expect(r.errors).toEqual([
      { code: 'MANIFEST_MISSING_FILE', file: `${FIXTURES}/with-manifest/manifest.json`, message: 'the manifest names "gone.txt", which does not exist' },
    ]);
  });

  it('reads a manifest file and rejects bad ones with MANIFEST_INVALID', async () => {
    const m = await readManifest('corpus/manifest.json');
    expect(m.outlets?.unn.name).toBe('UNN (Ukrainian National News)');
    expect(m.articles?.[1]).toMatchObject({ file: '001_5a90b57f7be9b762.txt', outlet: 'unn' });
    const dir = await mkdtemp(join(tmpdir(), 'framediff-manifest-'));
    try {
      await writeFile(join(dir, 'm1.json'), '{"articles": [{"outlet": "x"}]}');
      await writeFile(join(dir, 'm2.json'), '{"articles": [');
      await expect(readManifest(join(dir, 'm1.json'))).rejects.toMatchObject({ code: 'MANIFEST_INVALID', message: expect.stringContaining('articles[0] needs a "file"') });
      await expect(readManifest(join(dir, 'm2.json'))).rejects.toMatchObject({ code: 'MANIFEST_INVALID', message: expect.stringContaining('line 1') });
      // A broken manifest does not stop the corpus: the files load without it.
      await mkdir(join(dir, 'c'));
      await writeFile(join(dir, 'c/manifest.json'), '{"outlets": []}');
      await writeFile(join(dir, 'c/x.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday after the storm, the port said.\n');
      const r = await loadCorpus(join(dir, 'c'));
      expect(r.articles).toHaveLength(1);
      expect(r.errors.map((e) => e.code)).toEqual(['MANIFEST_INVALID']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('with only a manifest and no paths, loads the files the manifest lists', async () => {
    const r = await loadCorpus([], { manifest: 'corpus/manifest.json' });
    expect(r.articles.map((a) => a.outlet.id)).toEqual(['ai-summary', 'unn', 'epoch-times', 'unknown-uk-broadsheet', 'unknown-blog']);
  });
});

describe('bad input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'framediff-bad-'));
    await mkdir(join(dir, 'c'));
    await copyFile('corpus/002_bcc51c4b92c435e8.txt', join(dir, 'c/good.txt'));
    // 50 MB, made sparse: the loader must refuse it from its size, before reading it.
    const big = await open(join(dir, 'c/huge.txt'), 'w');
    await big.truncate(50 * 1024 * 1024);
    await big.close();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a 50 MB file as FILE_TOO_LARGE and still loads the rest', async () => {
    const r = await loadCorpus(join(dir, 'c'));
    expect(r.articles.map((a) => a.outlet.id.startsWith('unknown-'))).toEqual([true]);
    expect(r.errors).toEqual([{ code: 'FILE_TOO_LARGE', file: join(dir, 'c/huge.txt'), message: '50.0 MiB is over the 10.0 MiB limit (maxBytes)' }]);
  });

  it('names missing paths and empty globs as NOT_FOUND (and loads a file named twice once)', async () => {
    const r = await loadCorpus(['corpus/001_5a90b57f7be9b762.txt', './corpus/001_5a90b57f7be9b762.txt', 'no/such/file.txt', 'corpus/*.nomatch']);
    expect(r.articles).toHaveLength(1);
    expect(r.errors.map((e) => [e.code, e.file])).toEqual([
      ['NOT_FOUND', 'no/such/file.txt'],
      ['NOT_FOUND', 'corpus/*.nomatch'],
    ]);
  });

  it('a manifest naming a missing file gives MANIFEST_MISSING_FILE', async () => {
    const r = await loadCorpus(join(dir, 'c'), { manifest: { articles: [{ file: join(dir, 'c/nope.txt') }] } });
    expect(r.errors.map((e) => e.code)).toEqual(['MANIFEST_MISSING_FILE', 'FILE_TOO_LARGE']);
    expect(r.articles).toHaveLength(1);
  });
});
