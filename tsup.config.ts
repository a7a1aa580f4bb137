import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

export default defineConfig([
  {
    // Library entries: `framediff` (Node, with file loading) and `framediff/core` (runtime-neutral).
    entry: { index: 'src/index.ts', core: 'src/core.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    shims: true,
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
