/**
 * The package as a user gets it (built dist/ through package.json "exports"): one copy of the core
 * for both CJS entries, a browser bundle of the non-analysis parts without the wink model, and
 * published files without sourcemaps.
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltCli } from '../cli/built-cli.js';

/** The budget of issue 14 for the core without analysis, gzip, browser platform. */
const MAX_GZIP_BYTES = 250 * 1024;

async function bundle(names: string[]): Promise<{ gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from 'framediff/core';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The inputs that put bytes into the output (esbuild lists tree-shaken files with 0 bytes).
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f);
  return { gzip: gzipSync(result.outputFiles[0].contents).length, inputs };
}

describe('the published package', () => {
  beforeAll(ensureBuiltCli, 120_000);

  it('require("framediff") and require("framediff/core") share one core: instanceof works across them, one model', () => {
    const out = execFileSync('node', ['-e', `
      const a = require('framediff'), b = require('framediff/core');
      const e = new b.FramediffError('NOT_FOUND', 'x.txt', 'gone');
      // One analyze function: one module instance, so one lazily built wink model, not one per entry.
      console.log(JSON.stringify([e instanceof a.FramediffError, a.analyze === b.analyze, a.normalize === b.normalize]));
    `], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([true, true, true]);
  });

  it('exports the public API and no analysis internals (docs/architecture.md lists it)', () => {
    const out = execFileSync('node', ['--input-type=module', '-e', `
      const c = await import('framediff/core'), i = await import('framediff');
      console.log(JSON.stringify([Object.keys(c).sort(), Object.keys(i).filter((k) => !(k in c)).sort()]));
    `], { encoding: 'utf8' });
    const [core, nodeOnly] = JSON.parse(out) as [string[], string[]];
    expect(core).toEqual([
      'FramediffError', 'REPORT_FIELDS', 'REPORT_FORMATS', 'analyze', 'analyzeCorpus', 'buildHtmlRules', 'buildLexicons',
      'compare', 'compileBoilerplate', 'defaultBoilerplateData', 'defaultComparisonOptions', 'defaultLexicons', 'groupEvents',
      'labelTable', 'mergeBoilerplate', 'missingOutlets', 'normalize', 'normalizeAll', 'quoteMatrix', 'report', 'reportJsonString', 'synopsis',
      'textSpanToRaw', 'textToRaw', 'toCsvTables', 'toHtml', 'toMarkdown', 'toReportJson',
    ]);
    expect(nodeOnly).toEqual(['compareCorpus', 'loadCorpus', 'loadLexiconFiles']);
  });

  it('the ESM entries share it too', () => {
    const out = execFileSync('node', ['--input-type=module', '-e', `
      const a = await import('framediff'), b = await import('framediff/core');
      console.log(JSON.stringify([a.FramediffError === b.FramediffError, a.normalize === b.normalize]));
    `], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([true, true]);
  });

  it.each([
    [['normalize']],
    [['report']],
    [['labelTable', 'quoteMatrix', 'synopsis']],
    [['normalize', 'report', 'toCsvTables', 'labelTable', 'quoteMatrix', 'synopsis', 'FramediffError']],
  ])('a browser bundle of %j leaves the wink model out and stays under 250 KB gzip', async (names) => {
    const { gzip, inputs } = await bundle(names);
    expect(inputs.filter((f) => /wink/.test(f))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  }, 60_000);

  it('analyze still brings the model (the check above would notice a bundle that lost it)', async () => {
    const { inputs } = await bundle(['analyze']);
    expect(inputs.some((f) => f.includes('wink-eng-lite-web-model'))).toBe(true);
  }, 60_000);

  it('publishes no sourcemaps, and LICENSE and CITATION.cff', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as { files: { path: string }[] }[];
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'CITATION.cff', 'dist/index.cjs', 'dist/core.js', 'dist/cli.js']));
  });
});
