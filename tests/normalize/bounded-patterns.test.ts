/**
 * Patterns rewritten so recheck proves them free of polynomial backtracking (no entry in
 * scripts/redos-allow.json): they match what they matched before, on lines of several outlet
 * styles, and the shapes recheck found against the old forms run in linear time.
 */
import { describe, expect, it } from 'vitest';
import { defaultBoilerplateRules } from '../../src/normalize/boilerplate-rules.js';
import { normalize } from '../../src/normalize/normalize.js';
import { expectLinear } from '../property/scaling.js';

const rules = defaultBoilerplateRules();
const rule = (id: string) => rules.lineRules.find((r) => r.id === id)!;
/** A rule tested as the normalizer tests it: on the whole line, or on its last `tail` characters. */
const hits = (id: string, line: string) => {
  const r = rule(id);
  r.re.lastIndex = 0;
  return r.re.test(r.tail ? line.slice(-r.tail) : line);
};

describe('boilerplate patterns without polynomial backtracking', () => {
  it('media-player: player residue, not prose', () => {
    for (const line of ['0:00', '1:23 / 4:56', '12:05:33', 'Listen to this article', 'Listen to this story • 4 min', 'Listen to article (6 minutes)', 'listen to this article 3min', 'Play video', 'Unmute', '5 min read', '3 minute listen'])
      expect(hits('media-player', line), line).toBe(true);
    for (const line of ['Listen to this article, the mayor urged residents on Friday.', 'Play resumed after rain', '5 minutes later the lights went out'])
      expect(hits('media-player', line), line).toBe(false);
    expectLinear('media-player', (n) => `listen to this article ${' '.repeat(n)}x`, (s) => rule('media-player').re.test(s), 4000);
  });

  it('photo-credit-label: a label and at most eight words', () => {
    for (const line of ['Photo: Jane Doe/Reuters', 'Photos by: Ann Lee', 'Image : Getty', 'Photograph by : Tomás García for The Herald', 'File photo: AP'])
      expect(hits('photo-credit-label', line), line).toBe(true);
    for (const line of ['Photograph: the bridge collapsed on Tuesday after the river rose two metres overnight', 'Photo booths return to the fair'])
      expect(hits('photo-credit-label', line), line).toBe(false);
    expectLinear('photo-credit-label', (n) => `photo${' '.repeat(n)}by${' '.repeat(n)}x`, (s) => rule('photo-credit-label').re.test(s), 4000);
  });

  it('photo-credit-agency: a line ending in a photo credit', () => {
    for (const line of [
      'Rescuers search the rubble in Hatay. (AP Photo/Jane Doe)',
      'Leaders meet in Kyiv. Gavriil Grigorov/ POOL/AFP via Getty Images',
      'Protesters outside parliament. Jane Doe/Reuters',
      'The summit opened in Beijing. (Reuters)',
      'Smoke over the port (Photo by: Ann Lee)',
      'Delegates arrive. Ann Lee / AFP / Tomás García.',
    ])
      expect(hits('photo-credit-agency', line), line).toBe(true);
    for (const line of ['The agency said it would appeal (AP reported) on Monday', 'Shutterstock shares fell on Monday after the results'])
      expect(hits('photo-credit-agency', line), line).toBe(false);
    const re = rule('photo-credit-agency').re;
    expectLinear('photo-credit-agency', (n) => `v${'(ap photo/t'.repeat(n)}`, (s) => re.test(s), 1000);
    expectLinear('photo-credit-agency names', (n) => `x/afp/ ${'ab. '.repeat(n)}/`, (s) => re.test(s), 1000);
  });

  it('Markdown link definitions: still read and dropped, and "[" runs stay linear', () => {
    const a = normalize({ content: 'The council met on Monday [budget][1] and voted.\n\n[1]: https://example.org/budget "The budget"\n', label: 'm.md' });
    expect(a.text).toBe('The council met on Monday budget and voted.');
    expect(a.removed.map((r) => r.rule)).toContain('markdown/link-definition');
    expect(a.citations.map((c) => c.text)).toContain('https://example.org/budget');
    expectLinear('link definitions', (n) => `${'[ "\v) '.repeat(n)}\n[(]:[\n\nThe council met on Monday and voted.`, (s) => normalize({ content: s, label: 'm.md' }), 1000);
  });
});
