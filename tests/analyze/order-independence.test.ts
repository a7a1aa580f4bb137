/**
 * An article's analysis must not depend on what the process read before it: the worker pool,
 * --shard and a reversed corpus all analyze the same article after different others. wink-nlp
 * learns words as it reads; left alone it keeps "Kovalenko's" whole once it has seen
 * "Kovalenko's." at a sentence end, and every later possessive of that name loses its split.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';
import { tokenize } from '../../src/analyze/tokens.js';
import type { Article } from '../../src/types/article.js';

const root = join(import.meta.dirname, '..', '..');
const article = (content: string, label: string): Article => normalize({ content, label });

// Own texts in three outlet styles. The possessives appear bare first (wire-style lead) and at a
// sentence end or before a comma later (where wink would learn the whole word). Names differ
// from the first test's, so that test cannot teach the tagger what this one checks.
const wire = article(
  "Volkhovskaya's aides said on Monday that the talks in Vyrnia had collapsed. \"It is over,\" said Anna Volkhovskaya, the country's deputy premier. Adeyemi-Brandt's office declined to comment.",
  'wire.txt',
);
const tabloid = article(
  "The blunder was Volkhovskaya's. Critics blasted the deal as a disgrace, and the blame, insiders say, is Adeyemi-Brandt's, not the minister's.",
  'tabloid.txt',
);
const broadsheet = article(
  "Analysts in Vyrnia said the failure was Volkhovskaya's, though Adeyemi-Brandt's allies disputed that. Volkhovskaya's team promised a statement on Tuesday.",
  'broadsheet.txt',
);

function words(text: string): string[] {
  return tokenize(text)
    .tokens.filter((t) => t.type !== 'tabCRLF' && t.text.trim() !== '')
    .map((t) => t.text);
}

describe('analysis does not depend on what was read before', () => {
  it("a possessive stays split after the tagger has read it at a sentence end", () => {
    const text = "Kovalenko's aides said the talks had collapsed.";
    const before = words(text);
    expect(before.slice(0, 3)).toEqual(['Kovalenko', "'s", 'aides']);
    words("The blunder was Kovalenko's. Blame is Osei-Mensah's, insiders say.");
    expect(words(text)).toEqual(before);
    expect(words("Osei-Mensah's office declined.")).toContain("'s");
  });

  it('the same articles analyzed in two orders give byte-identical results', () => {
    const seeds = readdirSync(join(root, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => article(readFileSync(join(root, 'corpus', f), 'utf8'), f));
    const dev = readdirSync(join(root, 'tests', 'fixtures', 'dev-analysis'))
      .sort()
      .map((f) => article(readFileSync(join(root, 'tests', 'fixtures', 'dev-analysis', f), 'utf8'), f));
    // Readers of the possessives first, the texts that would teach them last: a learning tagger
    // splits them in the first pass and keeps them whole in the second.
    const all = [wire, ...seeds, ...dev, tabloid, broadsheet];
    const forward = new Map(all.map((a) => [a.id, JSON.stringify(analyze(a))]));
    const reverse = new Map([...all].reverse().map((a) => [a.id, JSON.stringify(analyze(a))]));
    for (const a of all) expect(reverse.get(a.id), a.source.label).toBe(forward.get(a.id));
    // The wire lead's possessive is split in both passes: its first mention is the bare surname.
    const lead = JSON.parse(forward.get(wire.id)!) as ReturnType<typeof analyze>;
    const person = lead.actors.find((x) => x.id.startsWith('person:') && x.name.includes('Volkhovskaya'));
    expect(person?.mentions[0]?.text).toBe('Volkhovskaya');
  }, 300_000);
});
