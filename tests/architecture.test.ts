/**
 * The shape of the source tree (issue 9): the stages import each other in pipeline order only, so
 * the stage import graph has no cycle, and compare reads analysis results through their types,
 * never analysis code (compareCorpus, which runs the whole pipeline, aside).
 *
 * A unit is a top-level folder of src/ (`load`, `normalize`, `text`, ...) or a top-level file
 * (`errors`, `core`); Node-only subfolders (`load/node`, `compare/node`) are units of their own,
 * since they orchestrate the stages rather than belong to one. Imports are read from the source
 * with a regular expression over `import`/`export ... from` and `import()`: enough for this code
 * base, which has no other way of importing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', 'src');

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every relative import of a module under src/, as paths relative to src/ (no extension). */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
  const dynamic = /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  const add = (spec: string, typeOnly: boolean) => {
    const target = relative(src, resolve(dirname(file), spec)).replace(/\.(js|ts)$/, '');
    out.push({ from: relative(src, file).replace(/\.ts$/, ''), to: target, typeOnly });
  };
  for (const m of text.matchAll(statement)) add(m[2], m[1] !== undefined);
  for (const m of text.matchAll(dynamic)) add(m[1], false);
  return out;
}

/** The unit a module belongs to; null for files outside src/ (lexicon JSON, package.json). */
function unitOf(path: string): string | null {
  if (path.startsWith('..')) return null;
  const parts = path.split('/');
  if (parts.length === 1) return parts[0];
  return parts[1] === 'node' ? `${parts[0]}/node` : parts[0];
}

const imports = sourceFiles(src).flatMap(importsOf);

function unitGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const i of imports) {
    const a = unitOf(i.from);
    const b = unitOf(i.to);
    if (!a || !b || a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  return graph;
}

/** One cycle per strongly connected component with more than one unit (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}


describe('stage import graph', () => {
  it('reads the imports it checks (the parser finds the pipeline edges)', () => {
    const graph = unitGraph();
    expect([...(graph.get('normalize') ?? [])]).toContain('load');
    expect([...(graph.get('load') ?? [])]).toContain('text');
    expect([...(graph.get('report') ?? [])]).toContain('types');
  });

  it('has no cycle between stages', () => {
    expect(cycles(unitGraph())).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = unitGraph();
    const withCycle = new Map([...graph].map(([k, v]) => [k, new Set(v)]));
    withCycle.get('text')!.add('load');
    expect(cycles(withCycle)).toContainEqual(['load', 'text']);
  });

  it('compare imports nothing from analyze but types (compareCorpus, the Node orchestration, aside)', () => {
    const values = imports
      .filter((i) => unitOf(i.from) === 'compare' && unitOf(i.to) === 'analyze' && !i.typeOnly)
      .map((i) => `${i.from} -> ${i.to}`)
      .sort();
    // The variant filter's word classes read the POS tags the analysis stored (tokenTags); it no longer re-tags text.
    expect(values).toEqual([]);
  });

  it('text, util and types, the shared primitives, import no stage', () => {
    const stages = new Set(['load', 'normalize', 'analyze', 'compare', 'report', 'events', 'lexicons', 'cli']);
    const bad = imports.filter((i) => ['text', 'util', 'types'].includes(unitOf(i.from)!) && stages.has(unitOf(i.to) ?? ''));
    expect(bad.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });
});
