/**
 * The core (normalize → analyze → compare → report) runs unchanged in Deno and in a browser,
 * and gives byte-identical JSON to Node on the seed corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../browser/chromium.js';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the Deno and browser runs
import { runPipeline } from './pipeline.mjs';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'corpus');
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { articles: { file: string; outlet: string }[] };
const inputs = manifest.articles.map((a) => ({ label: a.file, outlet: a.outlet, content: readFileSync(join(corpus, a.file), 'utf8') }));

let nodeJson: string;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/core.js'))) throw new Error('dist/core.js missing: run `npm run build` first (npm test does)');
  const core = await import(join(root, 'dist/core.js'));
  nodeJson = runPipeline(core, inputs).json;
});

describe('runtime neutrality of framediff/core', () => {
  it('the built core bundles for the browser with no Node built-ins', async () => {
    const result = await build({
      entryPoints: [join(root, 'dist/core.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0].text;
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|child_process)["']\)/);
  });

  it('Deno runs the core on the seeds and gives the same JSON as Node', () => {
    const stdout = execFileSync(
      join(root, 'node_modules/.bin/deno'),
      ['run', '--quiet', '--allow-read', '--allow-env', join(import.meta.dirname, 'deno-main.ts'), corpus, join(corpus, 'manifest.json')],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    );
    const out = JSON.parse(stdout) as { json: string; markdownLength: number; htmlLength: number };
    expect(out.json).toBe(nodeJson);
    const report = JSON.parse(out.json);
    // Content, not just shape: UNN's label for Putin survives the trip through Deno.
    const putin = report.actors.find((a: { name: string }) => a.name === 'Vladimir Putin');
    expect(putin.labelsByOutlet.unn.map((l: { label: string }) => l.label)).toContain('Russian dictator');
    expect(out.markdownLength).toBeGreaterThan(1000);
    expect(out.htmlLength).toBeGreaterThan(10000);
  }, 120_000);

  it('Deno loads a glob with its folder manifest given read and env access only (no --allow-sys)', () => {
    const stdout = execFileSync(
      join(root, 'node_modules/.bin/deno'),
      ['run', '--quiet', '--no-prompt', '--allow-read', '--allow-env', join(import.meta.dirname, 'deno-load.ts'), 'corpus/*.txt'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(stdout)).toEqual({ outlets: ['ai-summary', 'unn', 'epoch-times', 'unknown-uk-broadsheet', 'unknown-blog'], errors: [] });
  }, 120_000);

  it('a browser page runs the bundled core on the seeds and gives the same JSON as Node', async () => {
    const bundle = await build({
      stdin: {
        contents: `import * as core from './dist/core.js'; import { runPipeline } from './tests/runtime/pipeline.mjs';
          globalThis.framediffRun = (inputs) => runPipeline(core, inputs).json;`,
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent('<!doctype html><title>framediff core</title>');
      await page.addScriptTag({ content: bundle.outputFiles[0].text });
      const browserJson = await page.evaluate((i) => (globalThis as unknown as { framediffRun(x: unknown): string }).framediffRun(i), inputs);
      expect(errors).toEqual([]);
      expect(browserJson).toBe(nodeJson);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
