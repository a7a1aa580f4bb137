/**
 * The examples work and are up to date: the committed seed reports equal freshly generated ones,
 * the research script runs, and the class notebook's code cells run in Deno.
 * Needs the build (`npm run build`; `npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');
const deno = join(root, 'node_modules', '.bin', 'deno');
let tmp: string;

beforeAll(() => {
  expect(existsSync(join(root, 'dist', 'index.js')), 'run `npm run build` first').toBe(true);
  tmp = mkdtempSync(join(tmpdir(), 'framediff-examples-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd = root): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}

describe('examples', () => {
  it('the committed seed reports are byte-identical to freshly generated ones', () => {
    run(process.execPath, [join(examples, 'generate.mjs'), tmp]);
    for (const file of ['seed-report.html', 'seed-report.md']) {
      const fresh = readFileSync(join(tmp, file), 'utf8');
      const committed = readFileSync(join(examples, 'reports', file), 'utf8');
      // On failure: run `npm run build && node examples/generate.mjs` and commit the result.
      expect(committed === fresh, `${file} is out of date`).toBe(true);
    }
    expect(readFileSync(join(tmp, 'seed-report.md'), 'utf8')).toMatch(/Russian dictator/);
  });

  it('the research script prints the label table and writes the CSV tables', () => {
    const out = join(tmp, 'csv');
    const stdout = run(deno, ['run', '-A', join(examples, 'research-script.ts'), 'corpus', out]);
    expect(stdout).toContain('5 articles from 5 outlets');
    expect(stdout).toMatch(/\| Vladimir Putin \|[^\n]*Russian dictator ⚑/);
    expect(stdout).toMatch(/contradiction: [^\n]*former/);
    expect(readdirSync(out)).toContain('labels.csv');
    expect(readFileSync(join(out, 'labels.csv'), 'utf8')).toContain('Russian dictator');
  });

  it('the class notebook is committed with the outputs of a real Jupyter run (scripts/run-notebook.sh --inplace)', () => {
    // The same check CI runs on a fresh execution: every cell ran, none raised, the tables are there.
    const out = run('node', [join(root, 'scripts', 'check-notebook.mjs'), join(examples, 'framediff-class.ipynb')]);
    expect(out).toMatch(/: \d+ code cells ran, outputs as expected/);
  });

  it("the class notebook's code cells run in Deno and display the tables", () => {
    const nb = JSON.parse(readFileSync(join(examples, 'framediff-class.ipynb'), 'utf8')) as {
      cells: { cell_type: string; source: string[] }[];
      metadata: { kernelspec: { name: string } };
    };
    expect(nb.metadata.kernelspec.name).toBe('deno');
    const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
    expect(code.length).toBeGreaterThan(4);
    // Outside `deno jupyter`, Deno.jupyter throws: shadow the global `Deno` with one whose
    // `jupyter.display` prints the MIME bundle, so the cells run unchanged.
    const shim = `const Deno = Object.assign(Object.create(globalThis.Deno), { jupyter: {
  display(bundle: Record<string, string>) { for (const [mime, body] of Object.entries(bundle)) console.log(\`<<\${mime}>>\\n\${body}\\n<</\${mime}>>\`); return Promise.resolve(); },
} });\n`;
    // The file sits beside the notebook so the cells' relative paths (../dist, ../corpus) resolve as in the kernel.
    const file = join(examples, `.notebook-run-${process.pid}.ts`);
    writeFileSync(file, shim + code.map((c, i) => `// --- cell ${i + 1} ---\n${c}\n`).join("\n"));
    let stdout: string;
    try {
      stdout = run(deno, ['run', '-A', file], examples);
    } finally {
      rmSync(file, { force: true });
    }
    const html = [...stdout.matchAll(/<<text\/html>>\n([\s\S]*?)\n<<\/text\/html>>/g)].map((m) => m[1]);
    expect(html.length).toBeGreaterThanOrEqual(5);
    expect(html[0]).toContain('The Epoch Times');
    expect(html.find((h) => h.includes('class="framediff"') && h.includes('Russian dictator'))).toBeDefined();
    expect(stdout).toContain('<<text/markdown>>\n**Only ');
  });
});
