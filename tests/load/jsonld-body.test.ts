/**
 * A JSON-LD articleBody holding the page's markup, escaped as entities (`&lt;p&gt;`, URLs ending in
 * `&quot` without its semicolon): entities are decoded and the markup taken out, never kept as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBodyText } from '../../src/load/formats/jsonld-body.js';
import { LocatedText } from '../../src/text/located-text.js';
import { normalize } from '../../src/normalize/normalize.js';
import { textSpanToRaw } from '../../src/text/offset-map.js';
import type { Removed } from '../../src/types/article.js';

const page = readFileSync(join(import.meta.dirname, '../fixtures/jsonld/jsonld-escaped-markup.html'), 'utf8');

describe('JSON-LD articleBody with escaped markup', () => {
  const a = normalize({ content: page, label: 'ferry.html' });

  it('keeps the text, in paragraphs, without tags or entities', () => {
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([
      'The island ferry will not sail until Friday after waves damaged the pier, the operator said.',
      'Repairs could cost £2 million, according to a council report.',
      // <br>: a line break, read like a line of plain text (a full sentence ends its paragraph).
      'Residents said the crossing — their only link — had been closed twice this winter.',
      'Shops expect deliveries by air.',
    ]);
    expect(a.text).not.toMatch(/[<>]|&(?:lt|gt|quot|amp)|story-body|href/);
    expect(a.warnings.map((w) => w.code)).toContain('BODY_FROM_JSON_LD');
  });

  it('maps kept words to the raw page, and records the script it took out', () => {
    const rawOf = (s: string) => {
      const at = a.text.indexOf(s);
      const { start, end } = textSpanToRaw(a, at, at + s.length);
      return a.raw.slice(start, end);
    };
    expect(rawOf('council report')).toBe('council report');
    expect(rawOf('The island ferry')).toBe('The island ferry');
    const script = a.removed.find((r) => r.rule === 'html/json-ld-markup');
    expect(script?.text).toBe('&lt;script&gt;window.ads = [1, 2];&lt;/script&gt;');
  });

  it('decodes a legacy entity without its semicolon and leaves a plain body alone', () => {
    const removed: Removed[] = [];
    const plain = LocatedText.fromRaw('Tom & Jerry said "no".');
    expect(articleBodyText(plain, plain.text, removed)).toBe(plain);
    const raw = 'Read it at &lt;a href=&quot;https://example.org/x&quot&gt;the site&lt;/a&gt; today';
    expect(articleBodyText(LocatedText.fromRaw(raw), raw, removed).text).toBe('Read it at the site today');
    expect(removed).toEqual([]);
  });
});
