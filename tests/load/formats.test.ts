import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput, parseInputRecords } from '../../src/load/parse-input.js';
import type { ParsedInput } from '../../src/load/parsed-input.js';
import type { Removed } from '../../src/types/article.js';
import { FramediffError } from '../../src/errors.js';
import { buildHtmlRules } from '../../src/load/html-rules.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url)));
const one = (name: string): ParsedInput => {
  const { parsed } = parseInput({ content: fixture(name), label: name });
  expect(parsed).toHaveLength(1);
  return parsed[0];
};
const bodyText = (p: ParsedInput) => p.blocks.map((b) => b.text).join('\n\n');
/** What a reader saw of a removed piece (HTML regions carry it apart from their raw markup). */
const seen = (r: Removed) => r.visibleText ?? r.text;

/** `raw` under the located span of `needle` in a block equals `expected` (default: the needle itself). */
function rawOf(p: ParsedInput, needle: string): string {
  for (const b of p.blocks) {
    const i = b.text.indexOf(needle);
    if (i !== -1) return p.raw.slice(b.rawAt(i), b.rawAt(i + needle.length - 1) + 1);
  }
  throw new Error(`"${needle}" not in body`);
}

describe('text with YAML front matter', () => {
  it('takes the metadata from the front matter and the body after it', () => {
    const p = one('front-matter.txt');
    expect(p.format).toBe('text');
    expect(p.meta).toEqual({ outlet: 'Harbour Courier', title: 'Ferry service resumes', publishedAt: '2024-03-02', byline: ['Sam Lee'] });
    expect(p.blocks[0].text.startsWith('Ferry service resumes\n\nFerries between the islands')).toBe(true);
    expect(p.removed[0]).toMatchObject({ kind: 'front-matter', rawStart: 0 });
    expect(p.raw.slice(p.removed[0].rawStart, p.removed[0].rawEnd)).toBe(p.removed[0].text);
    expect(rawOf(p, 'Ferries between')).toBe('Ferries between');
  });

  it('leaves invalid YAML in the body with a warning instead of failing', () => {
    const { parsed } = parseInput({ content: '---\ntitle: [unclosed\n---\nBody text here.', label: 'x.txt' });
    expect(parsed[0].warnings.map((w) => w.code)).toEqual(['FRONT_MATTER_INVALID']);
    expect(parsed[0].blocks[0].text).toContain('Body text here.');
  });
});

describe('Markdown', () => {
  const p = one('glacier.md');

  it('reads front matter: title, outlet, date, authors, url, language', () => {
    expect(p.format).toBe('markdown');
    expect(p.meta).toEqual({
      title: 'Glacier retreat speeds up in the Alps',
      outlet: 'Mountain Post',
      publishedAt: '2024-09-30',
      byline: ['Lena Huber', 'Marco Rossi'],
      url: 'https://mountainpost.example/glaciers',
      language: 'en',
    });
  });

  it('strips heading marks, emphasis, quote marks, bullets and links but keeps the words', () => {
    const text = bodyText(p);
    expect(text).toContain('Swiss glaciers lost 4 per cent of their volume this year, the Glacier Monitoring Switzerland network said on Monday, citing its annual report.');
    expect(text).toContain('\nWhy it matters\n');
    expect(text).toContain('“We are losing the ice faster than any model predicted,” said glaciologist Matthias Huss.');
    expect(text).toContain('Snowfall was low in winter.');
    expect(text).not.toMatch(/[*#]|\]\(|!\[|^>|^- /m);
  });

  it('keeps raw offsets: words map to themselves, links become url citations', () => {
    expect(rawOf(p, 'Glacier Monitoring Switzerland')).toBe('Glacier Monitoring Switzerland');
    expect(rawOf(p, 'its annual report')).toBe('its annual report');
    expect(p.citations).toHaveLength(1);
    const c = p.citations[0];
    expect(c).toMatchObject({ kind: 'url', url: 'https://glamos.example/report-2024' });
    expect(p.raw.slice(c.rawStart, c.rawEnd)).toBe('https://glamos.example/report-2024');
    const image = p.removed.find((r) => r.kind === 'photo-caption');
    expect(image?.text).toBe('![A glacier tongue](https://img.example/glacier.jpg)');
    expect(p.raw.slice(image!.rawStart, image!.rawEnd)).toBe(image!.text);
  });
});

describe('HTML', () => {
  const p = one('news-page.html');
  const text = bodyText(p);

  it('reads metadata from JSON-LD, OpenGraph and <meta>', () => {
    expect(p.meta).toEqual({
      title: 'Lagos port strike ends after pay deal',
      subtitle: 'Dock workers return after a nine-day walkout.',
      url: 'https://harbourcourier.example/business/lagos-port-strike-ends',
      outlet: { name: 'The Harbour Courier', url: 'https://harbourcourier.example' },
      publishedAt: '2024-11-03T08:15:00Z',
      byline: ['Amaka Obi', 'Tunde Bello'],
      language: 'en',
    });
  });

  it('extracts the article text in reading order, as paragraph blocks', () => {
    const blocks = p.blocks.map((b) => b.text);
    expect(blocks).toEqual([
      'Lagos port strike ends after pay deal',
      'Dock workers in Lagos returned to work on Sunday after union leaders accepted a 40\u00a0per cent pay rise, ending a nine-day strike that had left ships waiting off the coast.',
      '“We have won what we asked for,” said union secretary Ade Okon, according to a wire report. The ports authority called the deal ‘fair’ & affordable.',
      'What happens next',
      'Shipping lines said it would take two weeks to clear the backlog of 120 vessels, the Nigerian Ports Authority said in a statement.',
      'Strike began on 25 October.',
      'About 12,000 workers took part.',
    ]);
    for (const chrome of ['Share on Facebook', 'Most read', '©', 'Fuel prices', 'Jane Doe/Reuters', 'dataLayer', 'color:']) expect(text).not.toContain(chrome);
  });

  it('keeps captions and visible chrome in removed, with the page region they came from', () => {
    const caption = p.removed.find((r) => r.kind === 'photo-caption');
    expect(caption?.visibleText).toBe('Workers at Apapa on Friday. Photo: Jane Doe/Reuters');
    expect(caption?.text).toMatch(/^<figure>[\s\S]*<\/figure>$/);
    for (const r of p.removed) expect(p.raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
    const chrome = p.removed.filter((r) => r.kind === 'html-chrome').map(seen);
    // Neighbouring regions (header and share bar; sidebar and footer) are one entry, a line per block.
    expect(chrome).toEqual([
      'The Harbour Courier\nBusiness Sport\nShare on Facebook · Share on X',
      'Related\nFuel prices rise again',
      'Most read\nSomething unrelated that readers clicked on a lot this week, apparently.\n© 2024 The Harbour Courier. All rights reserved.',
    ]);
  });

  it('maps decoded entities and plain words back to the raw HTML', () => {
    expect(rawOf(p, 'union secretary Ade Okon')).toBe('union secretary Ade Okon');
    expect(rawOf(p, '“We')).toBe('&ldquo;We');
    expect(rawOf(p, '‘fair’ & affordable')).toBe('&lsquo;fair&rsquo; &amp; affordable');
    // Every character maps onto itself, onto an entity, or (a folded space) onto whitespace.
    for (const b of p.blocks) {
      for (let i = 0; i < b.length; i++) {
        const r = p.raw[b.rawAt(i)];
        const ok = r === b.text[i] || r === '&' || (b.text[i] === ' ' && /\s/.test(r));
        expect(ok, `"${b.text[i]}" at ${i} of "${b.text.slice(0, 30)}" maps to "${r}"`).toBe(true);
      }
    }
  });

  it('turns links in the body into url citations at the href', () => {
    expect(p.citations).toEqual([expect.objectContaining({ kind: 'url', url: 'https://wire.example/lagos' })]);
    const c = p.citations[0];
    expect(p.raw.slice(c.rawStart, c.rawEnd)).toBe('https://wire.example/lagos');
  });

  it('falls back to JSON-LD articleBody when the page renders its text with scripts', () => {
    const q = one('jsonld-only.html');
    expect(q.meta).toMatchObject({ title: 'Dam inspection finds no cracks', outlet: 'Valley Times', byline: ['Ana Silva'], publishedAt: '2024-06-01', language: 'en' });
    expect(bodyText(q)).toBe('Inspectors found no cracks in the Alqueva dam after the tremor, the agency said.\n\n“The structure is sound,” said chief engineer Rui Costa.');
    expect(rawOf(q, 'the Alqueva dam')).toBe('the Alqueva dam');
    expect(rawOf(q, '“The')).toBe('\\u201cThe');
    expect(q.warnings.map((w) => w.code)).toContain('BODY_FROM_JSON_LD');
  });

  it('picks the paragraph cluster when there is no <article>, and resolves relative links', () => {
    const html = `<html><head><link rel="canonical" href="https://ex.example/news/1"></head><body>
      <div class="menu"><a href="/">Home</a></div>
      <div id="content"><div><p>First paragraph of the story, long enough to count as prose.</p></div>
      <div><p>Second paragraph, with <a href="/news/2">a link</a> to an earlier report on the same event.</p></div></div>
      <div class="footer-links"><p>Short.</p></div></body></html>`;
    const { parsed } = parseInput({ content: html, label: 'p.html' });
    expect(parsed[0].blocks.map((b) => b.text)).toEqual([
      'First paragraph of the story, long enough to count as prose.',
      'Second paragraph, with a link to an earlier report on the same event.',
    ]);
    expect(parsed[0].citations[0].url).toBe('https://ex.example/news/2');
    expect(parsed[0].removed.map(seen)).toEqual(['Home', 'Short.']);
  });
});

describe('HTML chrome guessed from class names', () => {
  it('drops share and related blocks, but never an article wrapper whose class merely mentions sharing', () => {
    const html = `<html><body><div class="article-body share-enabled">
      <p>First paragraph of the story, long enough to count as prose here.</p>
      <p>Second paragraph of the story, long enough to count as prose too.</p>
      <div class="social-share"><p>Share this article with your friends on social media now.</p></div>
      </div><div class="related-posts"><p>Another story teaser that is long enough to count as prose.</p></div></body></html>`;
    const { parsed } = parseInput({ content: html, label: 'c.html' });
    expect(parsed[0].blocks.map((b) => b.text)).toEqual([
      'First paragraph of the story, long enough to count as prose here.',
      'Second paragraph of the story, long enough to count as prose too.',
    ]);
    expect(parsed[0].removed.map((r) => [r.kind, seen(r)])).toEqual([
      ['html-chrome', 'Share this article with your friends on social media now.'],
      ['html-chrome', 'Another story teaser that is long enough to count as prose.'],
    ]);
  });
});

describe('HTML rules are data (lexicons/html.json) and callers can extend them', () => {
  it('a site-specific chrome class given by the caller is removed; by default it is text', () => {
    const html = `<html><body><article>
      <p>The council approved the new bridge on Tuesday after a long debate, officials said.</p>
      <div class="kicker-box"><p>Listen to our daily podcast about the city and its politics.</p></div>
      <p>Construction starts next spring and should take two years, the mayor said.</p></article></body></html>`;
    const plain = parseInput({ content: html, label: 'k.html' }).parsed[0];
    expect(plain.blocks.map((b) => b.text).join(' ')).toContain('daily podcast');
    const tuned = parseInput({ content: html, label: 'k.html' }, { htmlRules: buildHtmlRules({ chromeClassTokens: ['kicker*'] }) }).parsed[0];
    expect(tuned.blocks.map((b) => b.text)).toEqual([
      'The council approved the new bridge on Tuesday after a long debate, officials said.',
      'Construction starts next spring and should take two years, the mayor said.',
    ]);
    expect(tuned.removed.map(seen)).toEqual(['Listen to our daily podcast about the city and its politics.']);
    expect(() => buildHtmlRules({ chromeTags: 'nav' as unknown as string[] })).toThrow(expect.objectContaining({ code: 'INVALID_LEXICON' }));
  });
});

describe('JSON and JSON Lines', () => {
  it('reads a news-please record and maps its body (escapes included) into the raw file', () => {
    const p = one('newsplease.json');
    expect(p.format).toBe('json');
    expect(p.record).toBeUndefined();
    expect(p.meta).toEqual({
      title: 'Lagos port strike ends after pay deal',
      subtitle: 'Dock workers return after a nine-day walkout.',
      outlet: { name: 'harbourcourier.example', url: 'https://harbourcourier.example' },
      publishedAt: '2024-11-03T08:15:00',
      url: 'https://harbourcourier.example/business/lagos-port-strike-ends',
      byline: ['Amaka Obi', 'Tunde Bello'],
      language: 'en',
    });
    expect(bodyText(p)).toBe(
      'Dock workers in Lagos returned to work on Sunday after union leaders accepted a pay rise.\n\n“We have won what we asked for,” said union secretary Ade Okon. The ports authority called the deal ‘fair’.',
    );
    expect(rawOf(p, 'union secretary Ade Okon')).toBe('union secretary Ade Okon');
    expect(rawOf(p, '“We have')).toBe('\\u201cWe have');
    expect(rawOf(p, 'rise.\n\n“We')).toBe('rise.\\n\\n\\u201cWe');
  });

  it('reads an array of plain records, each with its index and its own field names', () => {
    const { parsed, errors } = parseInput({ content: fixture('articles.json'), label: 'articles.json' });
    expect(errors).toEqual([]);
    expect(parsed.map((p) => [p.record, p.meta.title, p.meta.outlet, p.meta.publishedAt, p.meta.byline])).toEqual([
      [{ index: 0, label: 'articles.json#0' }, 'Wildfire near Marseille contained', 'Riviera Daily', '2024-08-12', ['Claire Martin']],
      [{ index: 1, label: 'articles.json#1' }, 'Marseille fire: residents return', 'Provence Wire', '2024-08-13', undefined],
    ]);
    expect(parsed[1].blocks[0].text).toBe('Residents of two villages returned home on Tuesday, officials said.');
  });

  it('JSONL: a record without body and a broken line fail alone; the others parse', () => {
    const { parsed, errors, source } = parseInputRecords({ content: fixture('feed.jsonl'), label: 'feed.jsonl' });
    expect(source.format).toBe('jsonl');
    expect(parsed.map((p) => [p.record?.index, p.meta.title])).toEqual([
      [0, 'Bridge reopens in Genoa'],
      [3, 'Traffic returns to normal'],
    ]);
    expect(errors.map((e) => [e.code, e.file])).toEqual([
      ['INVALID_RECORD', 'feed.jsonl#1'],
      ['INVALID_JSON', 'feed.jsonl#2'],
    ]);
    expect(errors[1].message).toContain('line 3');
    const p = parsed[1];
    expect(rawOf(p, 'back to normal levels')).toBe('back to normal levels');
  });

  it('a lone object without a body is INVALID_RECORD for the file; a wrapper {"articles": [...]} is a list', () => {
    expect(() => parseInput({ content: '{"title": "x"}', label: 'x.json' })).toThrow(expect.objectContaining({ code: 'INVALID_RECORD', file: 'x.json' }));
    const { parsed } = parseInput({ content: '{"articles": [{"title": "A", "text": "Alpha body."}]}', label: 'w.json' });
    expect(parsed[0].blocks[0].text).toBe('Alpha body.');
  });

  it('INVALID_JSON names the file, line and column', () => {
    try {
      parseInput({ content: fixture('bad/invalid.json'), label: 'bad/invalid.json' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FramediffError);
      expect(e).toMatchObject({ code: 'INVALID_JSON', file: 'bad/invalid.json' });
      expect((e as Error).message).toContain('line 4, column 3');
    }
  });
});

describe('encodings', () => {
  const expected = 'Officials called it “the highest surge since 1953” and said no homes were flooded. Café owners on the quay reopened by noon.';
  it.each([
    ['encodings/utf8-bom.txt', 'utf-8'],
    ['encodings/utf16le-bom.txt', 'utf-16le'],
    ['encodings/utf16be-bom.txt', 'utf-16be'],
    ['encodings/windows-1252.txt', 'windows-1252'],
  ])('%s decodes to the right characters (%s)', (name, encoding) => {
    const { parsed, source } = parseInput({ content: fixture(name), label: name });
    expect(source.encoding).toBe(encoding);
    expect(parsed[0].raw.startsWith('Rotterdam barriers hold\n')).toBe(true);
    expect(parsed[0].raw).toContain(expected);
    const guessed = parsed[0].warnings.some((w) => w.code === 'ENCODING_GUESSED');
    expect(guessed).toBe(encoding === 'windows-1252');
    if (encoding === 'windows-1252') expect(parsed[0].raw).toContain('The mayor’s office');
  });
});
