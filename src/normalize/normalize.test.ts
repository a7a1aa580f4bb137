import { describe, expect, it } from 'vitest';
import { FramediffError } from '../errors.js';
import { textSpanToRaw } from '../text/offset-map.js';
import { buildHtmlRules } from '../load/html-rules.js';
import { normalize, normalizeAll } from './normalize.js';

describe('normalize() parse options', () => {
  it('passes parse options to the parser: extra HTML chrome classes leave the text (without the loader)', () => {
    const page =
      '<html><body><article><h1>Bridge Reopens</h1><p>The bridge reopened on Monday after two years of repairs, the council said.</p>' +
      '<div class="ribbon-note"><p>Our reporters covered the long repairs in a series of stories last year.</p></div>' +
      '<p>Traffic was light in the morning, and buses returned to their old route by noon.</p></article></body></html>';
    const input = { content: page, label: 'bridge.html', format: 'html' as const };
    expect(normalize(input).text).toContain('Our reporters covered');
    const rules = buildHtmlRules({ chromeClassTokens: ['ribbon-*'] });
    const text = normalize(input, { parse: { htmlRules: rules } }).text;
    expect(text).not.toContain('Our reporters covered');
    expect(text).toContain('buses returned to their old route');
    expect(normalizeAll(input, { parse: { htmlRules: rules } })[0].text).toBe(text);
  });
});

describe('normalize() API', () => {
  it('takes a plain string and gives a stable id from outlet and content hash', () => {
    const a = normalize('Storm Hits Coast\n\nThe storm reached the coast on Monday, officials said.');
    expect(a.title).toBe('Storm Hits Coast');
    expect(a.text).toBe('The storm reached the coast on Monday, officials said.');
    expect(a.id).toBe(a.outlet.id);
    expect(a.id).toMatch(/^unknown-[0-9a-f]{8}$/);
    expect(normalize('Storm Hits Coast\n\nThe storm reached the coast on Monday, officials said.').id).toBe(a.id);
  });

  it('never merges two unknown outlets', () => {
    const a = normalize('One text about the storm, officials said.');
    const b = normalize('Another text about the storm, residents said.');
    expect(a.outlet.id).not.toBe(b.outlet.id);
    expect(a.warnings.map((w) => w.code)).toContain('OUTLET_UNKNOWN');
  });

  it('names an unknown outlet after its file, so report columns can be told apart', () => {
    const a = normalize({ content: 'A fire hit the town, officials said.', label: 'class/texts/letter-to-editor.txt' });
    expect(a.outlet).toMatchObject({ name: 'Unknown (letter-to-editor.txt)', kind: 'unknown' });
    expect(normalize('A text with no label at all, residents said.').outlet.name).toMatch(/^Unknown/);
  });

  it('lets explicit metadata win over what the text says, and records provenance', () => {
    const raw = ' date 2025-02-24 ukenru\nA Headline In The Text\n\nKyiv • UNN\n\nBody sentence one, the agency said.';
    const a = normalize({
      content: raw,
      label: 'x.txt',
      meta: { outlet: { id: 'example', name: 'Example News', kind: 'digital' }, title: 'Given Title', publishedAt: '25 February 2025', byline: 'Jane Roe' },
    });
    expect(a.outlet).toEqual({ id: 'example', name: 'Example News', kind: 'digital' });
    expect(a.title).toBe('Given Title');
    expect(a.publishedAt).toBe('2025-02-25');
    expect(a.byline).toEqual(['Jane Roe']);
    expect(a.dateline).toBe('Kyiv');
    expect(a.provenance).toMatchObject({ outlet: 'explicit', title: 'explicit', publishedAt: 'explicit', byline: 'explicit', dateline: 'inferred', language: 'default' });
    // With an explicit title, the first line is body unless it repeats the title.
    expect(a.text.startsWith('A Headline In The Text')).toBe(true);
    expect(a.id).toBe(`example-${a.source.sha256.slice(0, 8)}`);
  });

  it('removes the copies of a given title that open the text, not a later line that repeats it', () => {
    const a = normalize({ content: 'Given Title\n\nGiven Title\n\nBody text here, he said.\n\nMore body, she said.\n\nGiven Title\n\nEnd.', meta: { title: 'Given Title' } });
    expect(a.removed.map((r) => [r.kind, r.text])).toEqual([['title-repeat', 'Given Title\n\nGiven Title']]);
    expect(a.text).toBe('Body text here, he said.\n\nMore body, she said.\n\nGiven Title\n\nEnd.');
  });

  it('throws NO_BODY when nothing but boilerplate is left, naming the input', () => {
    try {
      normalize({ content: 'Share This Post\n\n0:00\n\n12 views', label: 'chrome.txt' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FramediffError);
      expect((e as FramediffError).code).toBe('NO_BODY');
      expect((e as FramediffError).file).toBe('chrome.txt');
    }
  });

  it('throws INVALID_INPUT for a multi-record input; normalizeAll gives one article per record', () => {
    const jsonl = '{"title":"First","text":"The first body, he said.","outlet":"Example"}\n{"title":"Second","text":"The second body, she said.","outlet":"Example"}\n';
    const input = { content: jsonl, label: 'feed.jsonl' };
    expect(() => normalize(input)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const all = normalizeAll(input);
    expect(all.map((a) => [a.title, a.text, a.source.record])).toEqual([
      ['First', 'The first body, he said.', 0],
      ['Second', 'The second body, she said.', 1],
    ]);
    expect(new Set(all.map((a) => a.id)).size).toBe(2);
    for (const a of all) {
      const span = textSpanToRaw(a, 0, a.text.length);
      expect(a.raw.slice(span.start, span.end)).toBe(a.text);
    }
  });

  it('normalizeAll reports a bad record through onError and keeps the others', () => {
    const jsonl = '{"title":"First","text":"The first body, he said.","outlet":"Example"}\n{"title":"Only chrome","text":"Share This Post","outlet":"Example"}\n';
    const errors: string[] = [];
    const all = normalizeAll({ content: jsonl, label: 'feed.jsonl' }, { onError: (e) => errors.push(`${e.code} ${e.file}`) });
    expect(all.map((a) => a.title)).toEqual(['First']);
    expect(errors).toEqual([expect.stringMatching(/^NO_BODY feed\.jsonl#1/)]);
  });

  it('warns DATE_MISSING and defaults language to en', () => {
    const a = normalize('Just a sentence of body text, she said.');
    expect(a.publishedAt).toBeNull();
    expect(a.language).toBe('en');
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'DATE_MISSING', severity: 'warning' }));
  });
});

describe('rules on small inputs', () => {
  it('reads "By" bylines with several authors, dropping an agency credit', () => {
    const a = normalize('By Jane Doe and John van der Berg, Reuters\n\nThe body sentence, she said.', { inferTitle: false });
    expect(a.byline).toEqual(['Jane Doe', 'John van der Berg']);
    expect(a.text).toBe('The body sentence, she said.');
  });
  it('does not take a closing heading-like phrase or a copyright line for a byline', () => {
    const a = normalize('The body sentence, she said.\n\n© 2025 Example News. All rights reserved.\n\nAll Rights Reserved', { inferTitle: false });
    expect(a.byline).toEqual([]);
    expect(a.removed.map((r) => [r.rule, r.text])).toEqual([['copyright', '© 2025 Example News. All rights reserved.\n\nAll Rights Reserved']]);
  });
  it('reads a wire lead "AP —" as a wire citation, not a place', () => {
    const a = normalize('AP — The body sentence, officials said.', { inferTitle: false });
    expect(a.dateline).toBeNull();
    expect(a.text).toBe('The body sentence, officials said.');
    expect(a.citations.map((c) => [c.kind, c.text])).toEqual([['wire', 'AP']]);
  });
  it('does not read a lone slug-like line as a tag list unless the slug spells the name', () => {
    const a = normalize('The body, he said.\n\niPhone Sales Slow', { inferTitle: false });
    expect(a.text).toContain('iPhone Sales Slow');
    const b = normalize('The body, he said.\n\nenergy-policyEnergy Policy', { inferTitle: false });
    expect(b.text).toBe('The body, he said.');
    expect(b.removed.map((r) => r.rule)).toEqual(['tag-slugs']);
  });
  it('stops a "Related" block at the first finished sentence', () => {
    const a = normalize('Body one, she said.\n\nRead also\n\nAnother Story Headline Here\n\nThe article goes on with more body text.', { inferTitle: false });
    expect(a.text).toBe('Body one, she said.\n\nThe article goes on with more body text.');
    expect(a.removed.map((r) => r.text)).toEqual(['Read also\n\nAnother Story Headline Here']);
  });
  it('reads a trailing run of bare URLs as a reference list', () => {
    const a = normalize('Body one, she said.\n\nhttps://a.example/x\nhttps://b.example/y', { inferTitle: false });
    expect(a.text).toBe('Body one, she said.');
    expect(a.citations.map((c) => [c.url, c.numbers])).toEqual([
      ['https://a.example/x', [1]],
      ['https://b.example/y', [2]],
    ]);
  });
  it('keeps URLs in body text and cites them', () => {
    const a = normalize('See https://example.org/report. It says more, he said.', { inferTitle: false });
    expect(a.text).toContain('https://example.org/report.');
    expect(a.citations).toEqual([expect.objectContaining({ kind: 'url', url: 'https://example.org/report' })]);
  });
});
