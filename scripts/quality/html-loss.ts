/**
 * Visible text of real pages that is in neither `text` nor `removed[]`: for each page of the
 * html-pages dev set, the words a reader sees (text outside head, scripts, styles, embedded
 * objects, `hidden` and `display: none`, joined within each block as drawn) against the words of
 * the normalized text plus every removed entry's visible text. Prints the lost share.
 * Usage: npx esbuild scripts/quality/html-loss.ts --bundle --platform=node --format=esm \
 *   --outfile=test-output/html-loss.mjs && node test-output/html-loss.mjs [--pages DIR]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHTML } from 'entities';
import { parseHtmlTree, type HElement, type HNode } from '../../src/load/html-tree.js';
import { normalize } from '../../src/normalize/normalize.js';

const arg = process.argv.indexOf('--pages');
const dir = resolve(arg > 0 ? process.argv[arg + 1]! : '../shared/dev-data/html-pages/pages');
if (!existsSync(dir)) {
  console.error(`html-loss: no ${dir}; skipped`);
  process.exit(0);
}
const NOT_DRAWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas']);
const BLOCK = new Set('p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table thead tbody tr td th dl dd dt hr br address center details summary body html nav header footer aside form menu dialog figure figcaption button select option textarea'.split(' '));
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function drawnWords(doc: HElement): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    out.push(...words(cur));
    cur = '';
  };
  const visit = (n: HNode) => {
    if (n.type === 'text') {
      cur += n.text.text;
      return;
    }
    if (NOT_DRAWN.has(n.name) || 'hidden' in n.attribs || /display\s*:\s*none/i.test(n.attribs.style ?? '')) return;
    const block = BLOCK.has(n.name);
    if (block) flush();
    n.children.forEach(visit);
    if (block) flush();
  };
  visit(doc);
  flush();
  return out;
}

let total = 0;
let lost = 0;
const worst: [string, number, number][] = [];
for (const page of readdirSync(dir).sort()) {
  const raw = readFileSync(join(dir, page, 'source.html'), 'utf8');
  let a;
  try {
    a = normalize({ content: raw, label: `${page}.html` });
  } catch {
    continue;
  }
  const have = new Map<string, number>();
  const add = (s: string) => words(s).forEach((w) => have.set(w, (have.get(w) ?? 0) + 1));
  add(a.text);
  for (const r of a.removed) add(r.visibleText ?? decodeHTML(r.text.replace(/<[^>]*>/g, ' ')));
  const seen = drawnWords(parseHtmlTree(a.raw));
  let l = 0;
  for (const w of seen) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else l++;
  }
  total += seen.length;
  lost += l;
  if (l) worst.push([page, l, seen.length]);
}
worst.sort((x, y) => y[1] - x[1]);
console.log(`visible words lost: ${lost} of ${total} (${((100 * lost) / Math.max(1, total)).toFixed(2)} %)`);
for (const [p, l, n] of worst.slice(0, 10)) console.log(`  ${p}: ${l} of ${n}`);
