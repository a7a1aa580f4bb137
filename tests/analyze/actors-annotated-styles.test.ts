/**
 * Actor round three on dev-actors-styles (texts annotated before the rules): descriptor links,
 * places missing from the gazetteer, organizations typed as people. Each annotation says which
 * actors exist with which kind, which phrase holds a mention of which actor, which descriptor
 * must stay unlinked (two candidates) and which ids must not exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';
import { itHasAnnotatedActors } from './actor-annotations.js';

interface Annotation {
  actors: { id: string; kind: string }[];
  links: { text: string; actor: string }[];
  unlinked: { text: string }[];
  notActors: string[];
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'dev-actors-styles');
/**
 * Annotated facts the rules do not reach, kept visible as expected failures:
 * the gazetteer lists "Security Council" as an alias of the UN Security Council, so Russia's
 * Security Council in analysis-parade is taken for the UN's.
 */
const KNOWN_GAPS = new Set(['analysis-parade.txt has organization:security-council']);
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe.each(names)('dev-actors-styles %s', (name) => {
  const article = normalize({ content: readFileSync(join(dir, name), 'utf8'), label: name });
  const analysis = analyze(article);
  const ann = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.ann.json')), 'utf8')) as Annotation;
  const ids = analysis.actors.map((a) => a.id);
  /** Mentions overlapping the first occurrence of `phrase`. */
  const mentionsIn = (phrase: string) => {
    const at = article.text.indexOf(phrase);
    expect(at, `phrase "${phrase}" in text`).toBeGreaterThanOrEqual(0);
    return analysis.actors.flatMap((a) => a.mentions).filter((m) => m.start < at + phrase.length && at < m.end);
  };

  itHasAnnotatedActors(name, analysis, ann.actors, KNOWN_GAPS);

  it.each(ann.links)('"$text" → $actor', ({ text, actor }) => {
    expect(mentionsIn(text).map((m) => m.actorId)).toContain(actor);
  });

  it.each(ann.unlinked.length ? ann.unlinked : [{ text: '' }])('"$text" stays unlinked', ({ text }) => {
    if (!text) return;
    expect(mentionsIn(text).filter((m) => m.actorId.startsWith('person:'))).toEqual([]);
  });

  it('has none of the wrongly typed ids', () => {
    expect(ids.filter((id) => ann.notActors.includes(id))).toEqual([]);
  });

  it('every mention and label text is the article text at its offsets', () => {
    for (const m of analysis.actors.flatMap((a) => a.mentions)) {
      expect(article.text.slice(m.start, m.end)).toBe(m.text);
      if (m.label) expect(article.text.slice(m.label.start, m.label.end)).toBe(m.label.text);
    }
  });
});
