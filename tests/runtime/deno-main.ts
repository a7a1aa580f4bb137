// Run by tests/runtime/runtimes.test.ts under Deno: the built core on the seed corpus, JSON to stdout.
// Reads files with Deno's own API: the core itself does no I/O.
import * as core from '../../dist/core.js';
import { runPipeline } from './pipeline.mjs';

const [dir, manifestFile] = Deno.args;
const manifest = JSON.parse(Deno.readTextFileSync(manifestFile));
const inputs = manifest.articles.map((a: { file: string; outlet: string }) => ({
  label: a.file,
  outlet: a.outlet,
  content: Deno.readTextFileSync(`${dir}/${a.file}`),
}));
const out = runPipeline(core, inputs);
console.log(JSON.stringify({ json: out.json, markdownLength: out.markdown.length, htmlLength: out.html.length }));
