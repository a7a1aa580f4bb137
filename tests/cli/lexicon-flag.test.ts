/** `--lexicon` reaches every stage: boilerplate and html (normalize), stop words (compare). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli } from './built-cli.js';

beforeAll(ensureBuiltCli, 180_000);

const dir = mkdtempSync(join(tmpdir(), 'framediff-lexicon-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

interface NormalizedArticle {
  text: string;
  removed: { rule: string; text: string }[];
}

const articles = (stdout: string) => (JSON.parse(stdout) as { articles: NormalizedArticle[] }).articles;

describe('--lexicon with a boilerplate or html extension changes what normalize removes', () => {
  const article = write(
    'harbour.txt',
    [
      'Harbour Bridge Reopens After Repairs',
      '',
      'The harbour bridge reopened to traffic on Thursday after eight months of repairs, the port authority said.',
      '',
      'Catch the Harbour Desk podcast every Friday morning.',
      '',
      'Engineers replaced the corroded cables and resurfaced the deck, at a cost of 40 million euros.',
    ].join('\n'),
  );
  const page = write(
    'council.html',
    `<html><body><article>
      <p>The council approved the new tram line on Tuesday after a long debate, officials said.</p>
      <div class="kicker-box"><p>Listen to our daily podcast about the city and its politics.</p></div>
      <p>Construction starts next spring and should take two years, the mayor said.</p></article></body></html>`,
  );
  const lexicon = write('site.json', {
    description: 'House style of one site',
    boilerplate: { lineRules: [{ id: 'podcast-promo', kind: 'other', pattern: '^catch the .{1,40} podcast\\b' }] },
    html: { chromeClassTokens: ['kicker*'] },
  });

  it('by default the promo lines are article text', async () => {
    const run = await cli('normalize', article, page, '--jobs', '1', '--quiet');
    expect(run.code).toBe(0);
    const [html, text] = articles(run.stdout); // input order: sorted paths, council.html first
    expect(text.text).toContain('Harbour Desk podcast');
    expect(html.text).toContain('daily podcast');
  });

  it('with the lexicon the rule removes them, each recorded with its rule id', async () => {
    const run = await cli('normalize', article, page, '--lexicon', lexicon, '--jobs', '1', '--quiet');
    expect(run.code).toBe(0);
    const [html, text] = articles(run.stdout); // input order: sorted paths, council.html first
    expect(text.text).not.toContain('podcast');
    expect(text.text).toContain('corroded cables');
    expect(text.removed).toContainEqual(expect.objectContaining({ rule: 'podcast-promo', text: 'Catch the Harbour Desk podcast every Friday morning.' }));
    expect(html.text).not.toContain('daily podcast');
    expect(html.text).toContain('tram line');
  });

  it('a bad entry is a usage error naming the file, the entry and the problem', async () => {
    const bad = write('bad.json', '{\n  "boilerplate": {\n    "lineRules": [\n      { "id": "x", "kind": "other", "pattern": "(" }\n    ]\n  }\n}\n');
    const run = await cli('normalize', article, '--lexicon', bad, '--quiet');
    expect(run.code).toBe(2);
    // The merged list's rule 14 is not in the file: the position is the file's lineRules list.
    expect(run.stderr).toContain(`--lexicon ${bad}:3:18: INVALID_LEXICON: boilerplate.lineRules[14].pattern: expected a JavaScript regular expression that compiles`);
    const typo = write('typo.json', '{\n  "attribution": {\n    "verbs": { "said": ["said", ""] }\n  }\n}\n');
    const second = await cli('normalize', article, '--lexicon', typo, '--quiet');
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`--lexicon ${typo}:3:33: INVALID_LEXICON: attribution.verbs.said[1]: expected a non-empty string, got an empty string ""`);
  });
});

describe('--lexicon with a stop-word extension changes what compare reports', () => {
  interface Report {
    distinctiveTerms: { outletId: string; term: string; n: number }[];
    options: Record<string, unknown>;
  }
  let plain: Report;
  beforeAll(async () => {
    const run = await cli('compare', 'corpus', '--format', 'json', '--quiet');
    expect(run.code).toBe(0);
    plain = JSON.parse(run.stdout) as Report;
  }, 120_000);

  it('a word made a stop word is no longer a distinctive term of any outlet', async () => {
    const word = plain.distinctiveTerms.find((t) => t.n === 1 && /^[a-z]+$/.test(t.term))!.term;
    const lexicon = write('stop.json', { stopwords: { words: [word] } });
    const run = await cli('compare', 'corpus', '--format', 'json', '--quiet', '--lexicon', lexicon);
    expect(run.code).toBe(0);
    const tuned = JSON.parse(run.stdout) as Report;
    expect(plain.distinctiveTerms.some((t) => t.term === word)).toBe(true);
    expect(tuned.distinctiveTerms.some((t) => t.term === word || t.term.split(' ').includes(word))).toBe(false);
    // The lexicons are inputs, not options echoed in the report.
    expect(Object.keys(tuned.options)).toEqual(Object.keys(plain.options));
  }, 120_000);
});
