import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { normalize } from '../../src/normalize/normalize.js';
import { textSpanToRaw } from '../../src/text/offset-map.js';
import type { Article } from '../../src/types/article.js';

/**
 * A span of `Article.text` maps to a raw slice that decodes to exactly that span: no entity or
 * escape is cut in half at either end, on HTML (entities) and JSON (escapes) input alike.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url)));

/** Visible text of an HTML fragment (tags dropped, entities decoded by the same parser a browser-grade page uses). */
function decodeHtml(fragment: string): string {
  let out = '';
  const p = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  p.end(fragment);
  return out;
}

/** The characters of a JSON string body (escapes decoded); throws when an escape is cut. */
const decodeJson = (fragment: string): string => JSON.parse(`"${fragment}"`) as string;

/** What normalization does to characters besides decoding: NFC, odd spaces and line breaks folded. */
const fold = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/g, ' ');

function rawSlice(a: Article, start: number, end: number): string {
  const s = textSpanToRaw(a, start, end);
  return a.raw.slice(s.start, s.end);
}

/** Every span check, with the raw slice in the message so a failure shows the cut entity. */
function expectDecodesTo(a: Article, decode: (s: string) => string, start: number, end: number): void {
  const slice = rawSlice(a, start, end);
  let decoded: string;
  try {
    decoded = decode(slice);
  } catch {
    decoded = `<undecodable: ${slice}>`;
  }
  expect(fold(decoded), `[${start}, ${end}) raw ${JSON.stringify(slice)}`).toBe(fold(a.text.slice(start, end)));
}

/** Words (maximal runs of non-space), every “…” / ‘…’ / "…" quotation with and without its marks. */
function spans(text: string): { words: [number, number][]; quotes: [number, number][] } {
  const words = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
  const quotes: [number, number][] = [];
  for (const m of text.matchAll(/“[^”\n]+”|‘[^’\n]{2,}’(?!\p{L})|"[^"\n]+"/gu)) {
    quotes.push([m.index, m.index + m[0].length], [m.index + 1, m.index + m[0].length - 1]);
  }
  return { words, quotes };
}

function checkAll(a: Article, decode: (s: string) => string, minWords = 50): void {
  const { words, quotes } = spans(a.text);
  expect(words.length).toBeGreaterThan(minWords);
  for (const [s, e] of [...words, ...quotes]) expectDecodesTo(a, decode, s, e);
  // The analyzer's quotes, inner and outer spans, and every part.
  const found = analyze(a).quotes;
  for (const q of found) {
    expectDecodesTo(a, decode, q.outerStart, q.outerEnd);
    for (const p of q.parts) expectDecodesTo(a, decode, p.start, p.end);
  }
  for (const p of a.paragraphs) {
    expectDecodesTo(a, decode, p.start, p.end);
    // Every end inside the paragraph (so every entity as a last character), from its start.
    for (let e = p.start + 1; e <= p.end; e++) if (!/[\udc00-\udfff]/.test(a.text[e] ?? '')) expectDecodesTo(a, decode, p.start, e);
    // Spans running past the paragraph end into the "\n\n" separator end at the paragraph's last character.
    if (p.end < a.text.length) expect(textSpanToRaw(a, p.start, p.end + 2)).toEqual(textSpanToRaw(a, p.start, p.end));
  }
}

describe('HTML entities map to whole raw entities', () => {
  const a = normalize({ content: fixture('entities-page.html'), label: 'entities-page.html' });

  it('decodes entities into the text (the fixture really is full of them)', () => {
    expect(a.text).toContain('Councillors voted 31–9 on Tuesday to build a £40m flood barrier');
    expect(a.text).toContain('who should pay for it & when.');
    expect(a.text).toContain('Campaigners say the smile emoji 😀 in the council’s post was “tone‑deaf”.');
    expect((a.raw.match(/&[#a-z0-9]+;/gi) ?? []).length).toBeGreaterThan(40);
  });

  it('every word, quotation and paragraph prefix slices raw to exactly its text', () => {
    checkAll(a, decodeHtml);
  });

  it('ends on the full entity, for entities next to each other and at paragraph ends', () => {
    const at = (needle: string) => {
      const i = a.text.indexOf(needle);
      expect(i, needle).toBeGreaterThanOrEqual(0);
      return rawSlice(a, i, i + needle.length);
    };
    expect(at('& when.')).toBe('&amp; when.');
    expect(at('Osei. “Families')).toBe('Osei. &ldquo;Families');
    expect(at('decade,”')).toBe('decade,&rdquo;');
    expect(at('Agency’s')).toBe('Agency&#x2019;s');
    expect(at('levels”…”')).toBe('levels&rdquo;&#8230;&#8221;');
    expect(at('€12m & more…')).toBe('&euro;12m&nbsp;&amp;&nbsp;more&hellip;');
    expect(at('😀')).toBe('&#128512;');
    expect(at('“tone‑deaf”.')).toBe('&ldquo;tone&#8209;deaf&rdquo;&#46;');
    // The analyzer finds Osei's two-part quote; its raw spans are the quote as the page wrote it.
    const q = analyze(a).quotes.find((x) => x.text.startsWith('This is the most important decision'));
    expect(q?.speaker?.name).toContain('Margaret Osei');
    expect(rawSlice(a, q!.parts[0].start - 1, q!.parts[0].end + 1)).toBe('&ldquo;This is the most important decision we&rsquo;ll make this decade,&rdquo;');
    expect(rawSlice(a, q!.outerStart, q!.outerEnd)).toMatch(/^&ldquo;This is .* waited long enough\.&rdquo;$/);
  });
});

describe('JSON escapes map to whole raw escapes', () => {
  const a = normalize({ content: fixture('escapes.json'), label: 'escapes.json' });

  it('decodes escapes into the text', () => {
    expect(a.text).toContain('“This is the most important decision we’ll make this decade,”');
    expect(a.text).toContain('A path\\to the river and a smile 😀 in the council’s post were called “tone-deaf”…');
  });

  it('every word, quotation and paragraph prefix slices raw to exactly its text', () => {
    checkAll(a, decodeJson);
  });

  it('ends on the full escape, for escapes next to each other and at paragraph ends', () => {
    const at = (needle: string) => {
      const i = a.text.indexOf(needle);
      expect(i, needle).toBeGreaterThanOrEqual(0);
      return rawSlice(a, i, i + needle.length);
    };
    expect(at('enough.”')).toBe('enough.\\u201d');
    expect(at('“tone-deaf”…')).toBe('\\u201ctone-deaf\\u201d\\u2026');
    expect(at('"rushed"')).toBe('\\"rushed\\"');
    expect(at('path\\to')).toBe('path\\\\to');
    expect(at('😀')).toBe('\\ud83d\\ude00');
    expect(at('Mill Lane Residents')).toBe('Mill\\u00a0Lane Residents');
  });
});

describe('JSON escapes inside an HTML page (JSON-LD articleBody fallback)', () => {
  const a = normalize({ content: fixture('jsonld-only.html'), label: 'jsonld-only.html' });

  it('maps a quotation ending on an escape to the whole escape', () => {
    const q = '“The structure is sound,”';
    const i = a.text.indexOf(q);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(rawSlice(a, i, i + q.length)).toBe('\\u201cThe structure is sound,\\u201d');
    checkAll(a, decodeJson, 15);
  });
});
