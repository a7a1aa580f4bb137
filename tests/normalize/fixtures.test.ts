import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types/article.js';
import { FIXTURES, loadFile } from './helpers.js';

// Our own inputs: the seeds' kinds of noise in other shapes and other outlets' formats.
const kinds = (a: Article) => a.removed.map((r) => `${r.kind}:${r.rule}`);
const texts = (a: Article, kind: string) => a.removed.filter((r) => r.kind === kind).map((r) => r.text);

describe('harbour-strike.txt: another site layout (bar dateline, comma counter, slug tags)', () => {
  const a = loadFile(FIXTURES, 'harbour-strike.txt');
  it('reads header, title, dateline outlet, byline', () => {
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.languages).toEqual(['en', 'nl']);
    expect(a.title).toBe("Dockworkers walk out over automation plan at Europe's largest port");
    expect(a.dateline).toBe('Rotterdam');
    expect(a.outlet).toEqual({ id: 'harbour-times', name: 'Harbour Times' });
    expect(a.byline).toEqual(['Anna de Wit']);
  });
  it('removes counter, "Read more" teaser with its stamp, photo credit, share line, tags', () => {
    expect(texts(a, 'view-counter')).toEqual(['•  1,204 views']);
    expect(texts(a, 'related-posts')).toEqual(['Read more', 'Port authority defends automation timeline11/03/2024 09:15 | 2,310 views']);
    expect(texts(a, 'photo-caption')).toEqual(['Photo: Jan de Vries/Reuters']);
    expect(texts(a, 'share')).toEqual(['Share this article']);
    expect(texts(a, 'tag-list')).toEqual(['EconomyTransportEurope', 'economyEconomy\nport-of-rotterdamPort of Rotterdam\nstrikesStrikes']);
    expect(texts(a, 'byline')).toEqual(['Anna de Wit\n\nAnna de Wit']);
  });
  it('keeps the body with its numbers, and stops the teaser block at body text', () => {
    expect(a.text.split('\n\n')).toEqual([
      'Thousands of dockworkers stopped work on Tuesday in protest against a plan to automate three container terminals, the union FNV said, according to AFP.',
      '“We will not be replaced by robots,” union leader Marieke Bos told a crowd of about 2,000 people. The port authority said 40 cranes would be affected by 2027.',
      'The strike is the first at the port since 2019. Talks are set to resume on March 20, the union said.',
    ]);
    expect(a.citations.filter((c) => c.kind === 'wire').map((c) => c.text)).toEqual(['AFP']);
  });
});

describe('po-floods.txt: CRLF, AP caption credit, wire dateline, player, share icons, Related Articles', () => {
  const a = loadFile(FIXTURES, 'po-floods.txt');
  it('reads title, dek between title and repeat, wire dateline', () => {
    expect(a.title).toBe('Floods Force Thousands From Homes in Northern Italy');
    expect(a.subtitle).toBe('Rescuers used boats to reach villages cut off by the rising Po river.');
    expect(a.dateline).toBe('Rome');
    expect(texts(a, 'dateline')).toEqual(['ROME (AP) — ']);
    const wire = a.citations.filter((c) => c.kind === 'wire');
    expect(wire.map((c) => a.raw.slice(c.rawStart, c.rawEnd))).toEqual(['AP']);
  });
  it('removes both captions, the Updated stamp, player residue, share icons and the related block', () => {
    expect(texts(a, 'photo-caption')).toEqual([
      'A man wades through a flooded street in Ferrara on Sunday. (AP Photo/Luca Bruno)',
      'Emergency workers carry a resident to a boat in Ferrara. Jane Doe/Reuters',
    ]);
    expect(texts(a, 'updated-stamp')).toEqual(['Updated: 14 May 2023, 18:40 GMT']);
    expect(texts(a, 'media-artifact')).toEqual(['1:23 / 4:56\r\nListen to this article']);
    expect(texts(a, 'share')).toEqual(['Facebook Twitter Email']);
    expect(texts(a, 'related-posts')[0].split(/\r\n(?:\r\n)?/)).toEqual([
      'Related Articles',
      "Italy's drought: what happened to the Po",
      'Heatwave grips southern Europe as temperatures...',
    ]);
    // An "Updated:" date is not the publication date.
    expect(a.publishedAt).toBeNull();
    expect(a.warnings.map((w) => w.code)).toContain('DATE_MISSING');
  });
  it('keeps quotes and numbers', () => {
    expect(a.text.startsWith('Thousands of people were forced from their homes on Sunday')).toBe(true);
    expect(a.text).toContain('“The water came up in an hour,” said Giulia Neri');
    expect(a.text).toContain('600 soldiers');
    expect(a.text).toContain('“the worst flood in 70 years”');
    expect(a.paragraphs).toHaveLength(4);
  });
});

describe('tariff-summary.txt: bracketed markers and a numbered "Sources:" list', () => {
  const a = loadFile(FIXTURES, 'tariff-summary.txt');
  it('turns [n] markers into footnote citations linked to the numbered URLs', () => {
    const notes = a.citations.filter((c) => c.kind === 'footnote');
    expect(notes.map((c) => [c.text, c.numbers])).toEqual([
      ['[1]', [1]],
      ['[2][3]', [2, 3]],
      ['[1]', [1]],
      ['[2-3]', [2, 3]],
    ]);
    expect(notes[3].urls).toEqual(['https://news.example.com/markets/steel-prices-2025', 'https://example.net/eu-response']);
    expect(a.citations.filter((c) => c.kind === 'url').map((c) => [c.numbers, c.url])).toEqual([
      [[1], 'https://example.org/finance/steel-tariffs'],
      [[2], 'https://news.example.com/markets/steel-prices-2025'],
      [[3], 'https://example.net/eu-response'],
    ]);
  });
  it('leaves real numbers and keeps the text clean', () => {
    expect(a.text).toContain('on Friday. Analysts said domestic prices could rise by 12 percent in 2025.');
    expect(a.text).toContain('covers 40 product lines');
    expect(a.text).toContain('in the G20 criticised');
    expect(a.text).not.toMatch(/\[\d|Sources:|https?:/);
    expect(a.paragraphs.find((p) => p.kind === 'heading')).toMatchObject({ kind: 'heading' });
    expect(a.text.slice(a.paragraphs[1].start, a.paragraphs[1].end)).toBe('Main Points');
  });
});

describe('vaccine-brief.txt: glued markers among real numbers, "[n] URL" references', () => {
  const a = loadFile(FIXTURES, 'vaccine-brief.txt');
  it('removes glued markers and splits run-together ones (13 > 3 references → [1, 3])', () => {
    const notes = a.citations.filter((c) => c.kind === 'footnote');
    expect(notes.map((c) => [c.text, c.numbers])).toEqual([
      ['2', [2]],
      ['13', [1, 3]],
      ['3', [3]],
    ]);
    expect(a.text).toContain('the autumn booster campaign. The figures');
    expect(a.text).toContain('offered the booster first. Officials');
    expect(a.text).toContain('on the same day, the agency said.');
  });
  it('leaves COVID-19, May 9, 2022, "40 times", MH17 and "over 70" alone', () => {
    for (const real of ['COVID-19 admissions', 'published on May 9.', 'said 2022 had seen', 'fallen 40 times', 'flight MH17', 'over 70,']) {
      expect(a.text).toContain(real);
    }
  });
});

describe('cafe-tax.txt: NBSP, thin and ideographic spaces, tab, decomposed accents, "By" line, date line', () => {
  const a = loadFile(FIXTURES, 'cafe-tax.txt');
  it('folds spaces, composes accents (NFC), keeps curly quotes', () => {
    expect(a.text.split('\n\n')).toEqual([
      'The café owners of Sevilla say the new tax will close “at least 200” businesses.',
      '“We are not against rules,” said José Martín, who runs a bar near the cathedral.',
      'City hall said the tax would raise €4 million a year.',
    ]);
  });
  it('reads byline and date from their lines', () => {
    expect(a.byline).toEqual(['Lucía Gómez']);
    expect(a.publishedAt).toBe('2024-06-03');
    expect(kinds(a)).toEqual(['byline:byline-prefix', 'header:date-line']);
  });
});

describe('press-release-wrapped.txt: hard-wrapped lines, wire dateline, wire credit line', () => {
  const a = loadFile(FIXTURES, 'press-release-wrapped.txt');
  it('joins wrapped lines into paragraphs', () => {
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text.split('\n\n')[0]).toBe(
      'The agriculture ministry said on Monday that a new export corridor for grain would open next week, allowing up to 40 ships a month to leave ports on the Danube, according to a statement published on its website.',
    );
    expect(a.text).toContain('deputy minister Olena Kravets told reporters, adding that insurers');
  });
  it('reads the wire dateline and removes the reporting credits', () => {
    expect(a.title).toBe('Ministry Announces Grain Export Corridor');
    expect(a.dateline).toBe('Kyiv');
    expect(texts(a, 'dateline')).toEqual(['KYIV, March 3 (Reuters) - ']);
    expect(a.citations.filter((c) => c.kind === 'wire').map((c) => c.text)).toEqual(['Reuters']);
    expect(texts(a, 'byline')).toEqual(['(Reporting by Jane Doe; Editing by John Roe)']);
  });
});
