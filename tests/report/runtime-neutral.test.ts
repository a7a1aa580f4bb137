/** The renderers are core code: they must run in Deno and browsers, so no Node-only imports. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'src', 'report');

function files(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
}

describe('src/report is runtime-neutral', () => {
  it('imports nothing from node:* or Node built-ins, and uses no process/Buffer/require', () => {
    const offenders: string[] = [];
    for (const f of files(dir)) {
      const src = readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const spec of imports) if (spec.startsWith('node:') || /^(fs|path|os|url|crypto|child_process)$/.test(spec)) offenders.push(`${f}: ${spec}`);
      if (/\b(process\.|Buffer\.|require\()/.test(src.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) offenders.push(`${f}: Node global`);
    }
    expect(offenders).toEqual([]);
  });
});
