import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { textSpanToRaw } from '../../src/text/offset-map.js';
import { foldString } from '../../src/normalize/whitespace.js';
import type { Article } from '../../src/types/article.js';

export const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/normalize/', import.meta.url));

/** Normalize a file as the loader would: raw bytes, label = file name, format text. */
export function loadFile(dir: string, name: string): Article {
  return normalize({ content: readFileSync(dir + name), label: name, format: 'text' });
}

export function seed(prefix: string): Article {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return loadFile(CORPUS, name);
}

export function allFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The raw slice with the removed spans inside it cut out (footnote markers, dateline prefixes). */
function rawWithoutRemoved(a: Article, start: number, end: number): string {
  let out = '';
  let pos = start;
  const cuts = a.removed.filter((r) => r.rawStart >= start && r.rawEnd <= end).sort((x, y) => x.rawStart - y.rawStart);
  for (const r of cuts) {
    if (r.rawStart < pos) continue;
    out += a.raw.slice(pos, r.rawStart);
    pos = r.rawEnd;
  }
  return out + a.raw.slice(pos, end);
}

/** Deterministic pseudo-random numbers (a fixed LCG), so the spans tested are the same on every run. */
function lcg(seedValue: number): () => number {
  let s = seedValue >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every paragraph and 200 random spans inside paragraphs map back to the same words in `raw`. */
export function expectExactOffsets(a: Article): void {
  const check = (s: number, e: number) => {
    const span = textSpanToRaw(a, s, e);
    // Line breaks inside a paragraph are where hard-wrapped lines were joined with a space. Combining
    // marks are left out: a raw span extends over marks that follow its last character (never cut a cluster).
    const fold = (x: string) => foldString(x).replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
    expect(fold(rawWithoutRemoved(a, span.start, span.end)), `span [${s}, ${e})`).toBe(fold(a.text.slice(s, e)));
  };
  for (const p of a.paragraphs) {
    check(p.start, p.end);
    // Outside paragraphs there are only the "\n\n" separators.
    expect(a.text.slice(p.end, p.end + 2)).toBe(p.end === a.text.length ? '' : '\n\n');
  }
  const rnd = lcg(a.text.length);
  // Random boundaries never split a surrogate pair (raw spans cover whole characters).
  const low = (i: number) => /[\udc00-\udfff]/.test(a.text[i] ?? '');
  for (let k = 0; k < 200; k++) {
    const p = a.paragraphs[Math.floor(rnd() * a.paragraphs.length)];
    const s = p.start + Math.floor(rnd() * (p.end - p.start));
    const e = s + 1 + Math.floor(rnd() * (p.end - s));
    const s2 = low(s) ? s - 1 : s;
    const e2 = Math.min(e, p.end);
    check(s2, low(e2) ? e2 + 1 : e2);
  }
}

/** `removed` keeps the raw text exactly; nothing non-blank in `raw` is neither in `text` nor in `removed`. */
export function expectNothingLost(a: Article): void {
  for (const r of a.removed) expect(a.raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
  const covered = new Uint8Array(a.raw.length);
  for (const [, r, len] of a.offsetMap) covered.fill(1, r, r + len);
  for (const r of a.removed) covered.fill(1, r.rawStart, r.rawEnd);
  const lost: string[] = [];
  for (let i = 0; i < a.raw.length; i++) {
    // Whitespace folding is not a removal: spaces, ZWSP and a stray BOM may go unrecorded.
    if (!covered[i] && !/[\s\p{M}\u200b\ufeff]/u.test(a.raw[i])) lost.push(`${i}:${a.raw[i]}`);
  }
  expect(lost).toEqual([]);
}

/** Normalize the normalized text again, with the article's metadata given explicitly. */
export function renormalize(a: Article): Article {
  return normalize(
    {
      content: a.text,
      label: `${a.source.label} (renormalized)`,
      format: 'text',
      meta: {
        outlet: a.outlet,
        title: a.title ?? undefined,
        subtitle: a.subtitle ?? undefined,
        byline: a.byline,
        publishedAt: a.publishedAt ?? undefined,
        dateline: a.dateline ?? undefined,
        language: a.language,
        url: a.url ?? undefined,
      },
    },
    { inferTitle: a.title !== null },
  );
}
