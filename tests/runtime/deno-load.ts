// Run by tests/runtime/runtimes.test.ts under Deno with --allow-read only: the Node entry's file
// loading (glob + folder manifest) needs no --allow-sys or --allow-env prompt.
import { loadCorpus } from '../../dist/index.js';

const { articles, errors } = await loadCorpus(Deno.args[0]);
console.log(JSON.stringify({ outlets: articles.map((a) => a.outlet.id), errors: errors.map((e) => e.code) }));
