import { describe, expect, it } from 'vitest';
import type { Article, Removed } from '../../src/types/article.js';
import { seed } from './helpers.js';

const removedOf = (a: Article, kind: string): Removed[] => a.removed.filter((r) => r.kind === kind);
const seeds = ['000', '001', '002', '003', '004'].map((p) => [p, seed(p)] as const);

describe.each(seeds)('seed %s: no noise left in text', (_, a) => {
  it('has none of the boilerplate', () => {
    for (const noise of [/\bviews\b/, /Related Posts/, /Share This Post/, /\b0:00\b/, /Getty/, /POOL\/AFP/, /Citations:/, /https?:\/\//, /Updated:/]) {
      expect(a.text).not.toMatch(noise);
    }
    // Tag slugs glued to names, and footnote digits glued to words or sentence ends.
    expect(a.text).not.toMatch(/^[a-z]+(?:-[a-z]+)*\p{Lu}/mu);
    expect(a.text).not.toMatch(/\p{Ll}{2}\d+(?=[.,;:]?(?:\s|$))|[”"]\d+\./u);
    expect(a.text).not.toMatch(/^\s*date \d{4}/);
  });
});

describe('seed 000 (AI summary with a citations list)', () => {
  const [, a] = seeds[0];
  it('turns the 18-URL "Citations:" block into url citations numbered 1..18', () => {
    const urls = a.citations.filter((c) => c.kind === 'url');
    expect(urls).toHaveLength(18);
    expect(urls.map((c) => c.numbers)).toEqual(Array.from({ length: 18 }, (_, i) => [i + 1]));
    expect(urls[0].url).toBe('https://www.aa.com.tr/en/asia-pacific/putin-xi-reaffirm-partnership-after-russia-us-contacts/3491693');
    expect(urls[17].url).toMatch(/^https:\/\/thediplomat\.com\//);
    const block = removedOf(a, 'citations-block');
    expect(block).toHaveLength(1);
    expect(block[0].text.startsWith('Citations:\n- https://www.aa.com.tr/')).toBe(true);
  });
  it('removes glued footnote digits and keeps them as footnote citations split into single references', () => {
    expect(a.text).toContain('the third anniversary of Russia’s invasion of Ukraine. The conversation');
    expect(a.text).toContain('“strong internal driving force and unique strategic value”. Xi asserted');
    expect(a.text).toContain('US-Russia relations.\n\n');
    const notes = a.citations.filter((c) => c.kind === 'footnote');
    expect(notes.map((c) => c.text)).toEqual(['14', '1', '34', '4', '13', '14', '34', '46', '36', '67']);
    // "34" cannot be reference 34 of 18, so run-together digits are split: "14" → [1, 4].
    expect(notes[0].numbers).toEqual([1, 4]);
    expect(notes[2].numbers).toEqual([3, 4]);
    expect(notes[1].numbers).toEqual([1]);
    expect(notes[0].urls).toEqual([
      'https://www.aa.com.tr/en/asia-pacific/putin-xi-reaffirm-partnership-after-russia-us-contacts/3491693',
      'https://www.voanews.com/a/xi-affirms-no-limits-partnership-with-putin-in-call-on-ukraine-war-anniversary-/7985763.html',
    ]);
    // The marker stood right before the period that follows "Ukraine".
    expect(a.text.slice(notes[0].textOffset! - 7, notes[0].textOffset! + 1)).toBe('Ukraine.');
    expect(a.raw.slice(notes[0].rawStart, notes[0].rawEnd)).toBe('14');
    expect(removedOf(a, 'footnote-marker')).toHaveLength(10);
  });
  it('keeps real numbers and marks the section heads', () => {
    expect(a.text).toContain('On February 24, 2025, Chinese President');
    expect(a.paragraphs.filter((p) => p.kind === 'heading').map((p) => a.text.slice(p.start, p.end))).toEqual([
      'Key Points of the Conversation',
      'Implications',
    ]);
  });
  it('has no title, outlet or date in the text, and says so', () => {
    expect(a.title).toBeNull();
    expect(a.outlet.kind).toBe('unknown');
    expect(a.outlet.id).toMatch(/^unknown-[0-9a-f]{8}$/);
    expect(a.warnings.map((w) => w.code)).toEqual(['OUTLET_UNKNOWN', 'DATE_MISSING']);
  });
});

describe('seed 001 (UNN: header, title repeat, dateline, counters, teasers, byline, tags)', () => {
  const [, a] = seeds[1];
  it('reads the header line into date and languages', () => {
    expect(a.publishedAt).toBe('2025-02-24');
    expect(a.languages).toEqual(['uk', 'en', 'ru']);
    expect(a.provenance.publishedAt).toBe('inferred');
    expect(removedOf(a, 'header').map((r) => r.text)).toEqual(['date 2025-02-24 ukenru']);
  });
  it('takes the title from the first line and removes its repeat once', () => {
    expect(a.title).toBe("Xi reaffirms 'unbounded' partnership with Putin in conversation on anniversary of Russia's invasion of Ukraine");
    expect(removedOf(a, 'title-repeat')).toHaveLength(1);
    expect(a.text).not.toContain('Xi reaffirms');
  });
  it('reads the dateline "Kyiv • UNN" into place and outlet', () => {
    expect(a.dateline).toBe('Kyiv');
    expect(a.outlet).toEqual({ id: 'unn', name: 'UNN' });
    expect(a.provenance.outlet).toBe('inferred');
    expect(a.id).toBe(`unn-${a.source.sha256.slice(0, 8)}`);
  });
  it('removes view counters, the "Details" label and related-story teasers with their stamps', () => {
    expect(removedOf(a, 'view-counter').map((r) => r.text)).toEqual([expect.stringMatching(/^•\s+101425\s+views$/)]);
    expect(removedOf(a, 'section-label').map((r) => r.text)).toEqual(['Details']);
    const teasers = removedOf(a, 'related-posts').map((r) => r.text);
    expect(teasers).toHaveLength(2);
    expect(teasers[0]).toMatch(/^“If not Russia, what country can provide us with so much gas\?”.*Russia14\.02\.25, 17:10 • 30244 views$/);
    expect(teasers[1]).toBe('Xi Jinping accepts Russia\'s invitation to visit Moscow on May 910.02.25, 09:59 • 25574 views');
  });
  it('finds the byline from the repeated author line and removes both copies', () => {
    expect(a.byline).toEqual(['Julia Shramko']);
    expect(removedOf(a, 'byline')[0].text).toBe('Julia Shramko\n\nJulia Shramko');
    expect(a.text).not.toContain('Shramko');
  });
  it('removes the tag list and the glued category run', () => {
    const tags = removedOf(a, 'tag-list').map((r) => r.text);
    expect(tags[0]).toBe('WarPoliticsNews of the World');
    expect(tags[1].split('\n')).toEqual([
      'donald-trumpDonald Trump',
      'saudi-arabiaSaudi Arabia',
      'si-tszinpinXi Jinping',
      'chinaChina',
      'united-statesUnited States',
      'ukraineUkraine',
    ]);
  });
  it('records "citing Reuters" as a wire citation', () => {
    const wire = a.citations.filter((c) => c.kind === 'wire');
    expect(wire.map((c) => c.text)).toEqual(['Reuters']);
    expect(a.raw.slice(wire[0].rawStart - 15, wire[0].rawEnd)).toBe('reports citing Reuters');
  });
  it('keeps the real numbers and the body', () => {
    expect(a.text).toContain('more than 40 times over the past decade');
    expect(a.text).toContain('in February 2022.');
    expect(a.text).toContain('to attend the event in May.');
    expect(a.text.startsWith('The leaders of China and Russia reaffirmed')).toBe(true);
    expect(a.text.endsWith('to attend the event in May.')).toBe(true);
    expect(a.paragraphs).toHaveLength(16);
  });
});

describe('seed 002 (Epoch Times: dek, caption, Updated:, player)', () => {
  const [, a] = seeds[2];
  it('reads title and the dek between title and its repeat', () => {
    expect(a.title).toBe('China’s Xi Spoke With Russia’s Putin on 3rd Anniversary of Ukraine War');
    expect(a.subtitle).toBe('The Xi–Putin phone call occurred hours before Trump was to host French President Emmanuel Macron as part of Washington’s efforts to bring an end to the war.');
    expect(removedOf(a, 'title-repeat')).toHaveLength(1);
  });
  it('removes the photo caption with its Getty credit, "Updated:" and "0:00"', () => {
    const caption = removedOf(a, 'photo-caption');
    expect(caption).toHaveLength(1);
    expect(caption[0].text).toMatch(/^In this pool photograph distributed by the Russian state agency Sputnik.*Gavriil Grigorov\/ POOL\/AFP via Getty Images$/);
    expect(removedOf(a, 'updated-stamp').map((r) => r.text)).toEqual(['Updated:']);
    expect(removedOf(a, 'media-artifact').map((r) => r.text)).toEqual(['0:00']);
    expect(a.text).not.toContain('Novo-Ogaryovo');
  });
  it('keeps the body, including lines separated by single newlines, as paragraphs', () => {
    expect(a.text.startsWith('Chinese leader Xi Jinping spoke with Russian President Vladimir Putin on Feb. 24')).toBe(true);
    expect(a.text).toContain('for the Beijing Winter Olympics.');
    expect(a.text).toContain('NATO, a key justification for its war with Ukraine.\n\nLess than three weeks after the trip');
    expect(a.text).toContain('In 2022, Putin and Xi declared');
  });
});

describe('seed 003 (header running into the body)', () => {
  const [, a] = seeds[3];
  it('reads the date and keeps the body that follows on the header line', () => {
    expect(a.publishedAt).toBe('2025-02-24');
    expect(a.languages).toEqual([]);
    expect(removedOf(a, 'header').map((r) => r.text)).toEqual(['date 2025-02-24 ']);
    expect(a.text.startsWith('Xi Jinping has reaffirmed his partnership “without limits” with Vladimir Putin')).toBe(true);
    expect(a.title).toBeNull();
    expect(a.removed).toHaveLength(1);
  });
});

describe('seed 004 (blog: share button, second headline, Related Posts)', () => {
  const [, a] = seeds[4];
  it('reads title and the blog headline as subtitle, removes "Share This Post"', () => {
    expect(a.title).toBe('China’s Xi affirms ‘no limits’ partnership with Putin in call on Ukraine war anniversary');
    expect(a.subtitle).toBe('Xi Jinping and Vladimir Putin Reaffirm Their "No Limits" Partnership Amid Ukraine War Anniversary');
    expect(removedOf(a, 'share').map((r) => r.text)).toEqual(['Share This Post']);
  });
  it('removes the "Related Posts" block with all its teasers', () => {
    const related = removedOf(a, 'related-posts');
    expect(related).toHaveLength(1);
    expect(related[0].text.split(/\n+/)).toEqual([
      'Related Posts',
      'Confessions of Women in Real Estate: 4 Female Agents on What It’s Like',
      'Danielle Andrews: A Journey from Teaching to Real Estate Danielle...',
      'States, Agencies With the Most Federal Workers on the Job Under a Year',
      'Federal Government Firings Target Recent Hires, Thousands Affected Overview of...',
    ]);
    expect(a.text).not.toMatch(/Real Estate|Federal Workers/);
    expect(a.text.endsWith('here to stay.')).toBe(true);
  });
  it('marks the section headings', () => {
    const headings = a.paragraphs.filter((p) => p.kind === 'heading').map((p) => a.text.slice(p.start, p.end));
    expect(headings).toEqual([
      'The Strength and Significance of the China-Russia Alliance',
      'Trump’s Role in Shaping the Geopolitical Landscape',
      'China’s Role as a "Neutral Peacemaker" and Criticisms',
      'Economic Pressures and the Road Ahead',
      'Historical Ties and Future Prospects',
    ]);
    expect(a.text).toContain('attend the event in May.');
  });
});
