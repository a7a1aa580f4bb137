import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

export default defineConfig([
  {
    // Library entries: `framediff` (Node, with file loading) and `framediff/core` (runtime-neutral).
    // `nlp` is internal, not an export: as an entry of its own, the wink model lands in its own
    // chunk, so a bundler drops it for code that never analyzes (normalize, report, fragments).
    entry: { index: 'src/index.ts', core: 'src/core.ts', nlp: 'src/analyze/nlp.ts' },
    format: ['esm', 'cjs'],
    // CJS too: `require('framediff')` and `require('framediff/core')` then share one copy of the
    // core (one FramediffError class, one model) instead of carrying one each.
    splitting: true,
    dts: { entry: { index: 'src/index.ts', core: 'src/core.ts' } },
    // Sourcemaps for the bench's profiles and for debugging a clone; package.json "files" leaves
    // them out of the package, where they tripled its size.
    sourcemap: true,
    clean: true,
    target: 'node20',
    shims: true,
    // franc-min is ESM only: bundled, so require('framediff') needs no require(esm).
    noExternal: ['franc-min', 'trigram-utils', 'collapse-white-space', 'n-gram'],
  },
  {
    // The pool's worker is its own entry: worker_threads start it from a file next to cli.js.
    entry: { cli: 'src/cli/main.ts', 'pool-worker': 'src/cli/pool/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(pkg.version) },
  },
]);
