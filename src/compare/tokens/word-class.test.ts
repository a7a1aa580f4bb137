/**
 * Word classes come from the tags the analysis kept (`ArticleAnalysis.tokenTags`), never from a
 * second tagging pass: compare reads what analyze computed, and an analysis without tags leaves
 * every class unknown.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/analyze.js';
import { normalize } from '../../normalize/normalize.js';
import { sameClass, wordClasses } from './word-class.js';

// Two paragraphs, so the first line is read as body text, not as a headline.
const analyzed = (id: string, body: string) => {
  const a = normalize({ content: `${body}\n\nMore on this later today.\n`, label: `${id}.txt`, meta: { outlet: { id, name: id } } });
  return { ...a, analysis: analyze(a) };
};

describe('wordClasses', () => {
  it('reads the classes of the analysis tags (noun, verb, adjective) by token start', () => {
    const a = analyzed('a', 'The striking workers rejected the new offer on Monday.');
    const text = a.text;
    expect(a.analysis.tokenTags?.pos.split(' ').length).toBe(a.analysis.tokens);
    const classOf = wordClasses([a]);
    expect(classOf(0, text.indexOf('workers'))).toBe('noun');
    expect(classOf(0, text.indexOf('rejected'))).toBe('verb');
    expect(classOf(0, text.indexOf('new'))).toBe('adj');
    // Not a token start: no class.
    expect(classOf(0, text.indexOf('ockers'))).toBeNull();
  });

  it('keeps each article apart (same offsets, other words)', () => {
    const a = analyzed('a', 'Officials condemned the attack.');
    const b = analyzed('b', 'Soldiers cheerful and tired, they returned home.');
    const classOf = wordClasses([a, b]);
    expect(classOf(0, a.text.indexOf('condemned'))).toBe('verb');
    expect(classOf(1, b.text.indexOf('cheerful'))).toBe('adj');
    expect(classOf(1, a.text.indexOf('condemned'))).toBeNull();
  });

  it('leaves words the model does not know, and analyses without tags, unknown', () => {
    const a = analyzed('a', 'Zxqvbrt denounced the talks.');
    const text = a.text;
    const classOf = wordClasses([a, { ...a, analysis: { ...a.analysis, tokenTags: undefined } }]);
    expect(classOf(0, 0)).toBeNull();
    expect(classOf(0, text.indexOf('denounced'))).toBe('verb');
    expect(classOf(1, text.indexOf('denounced'))).toBeNull();
    expect(sameClass(classOf(1, text.indexOf('talks')), 'verb')).toBe(true);
  });
});
