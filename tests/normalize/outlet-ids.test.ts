import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { normalize } from '../../src/normalize/normalize.js';
import type { ArticleMetaInput } from '../../src/types/article.js';

const body = (n: number) => `The council met on Monday for the ${n}th time this year and voted on the new budget, officials said.`;
const art = (meta: ArticleMetaInput, n = 1) => normalize({ content: body(n), label: `file-${n}.txt`, meta });

describe('outlet ids from names in any script', () => {
  it.each([
    ['新华社', '新华社'],
    ['Российская газета', 'российская-газета'],
    ['الجزيرة', 'الجزيرة'],
    ['Ελληνική Καθημερινή', 'ελληνική-καθημερινή'],
    ['Le Monde Diplomatique', 'le-monde-diplomatique'],
    ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
    ['Dagens Nyheter & Co', 'dagens-nyheter-and-co'],
  ])('%s → %s, the same for every article of that outlet', (name, id) => {
    const a = art({ outlet: name }, 1);
    const b = art({ outlet: name }, 2);
    expect(a.outlet).toEqual({ id, name });
    expect(b.outlet.id).toBe(id);
    expect(a.id).not.toBe(b.id);
  });

  it('a name with no letter or digit still gives one id per name, not per file', () => {
    const a = art({ outlet: '***' }, 1);
    const b = art({ outlet: '***' }, 2);
    expect(a.outlet.id).toMatch(/^outlet-[0-9a-f]{8}$/);
    expect(b.outlet.id).toBe(a.outlet.id);
    expect(art({ outlet: '+++' }).outlet.id).not.toBe(a.outlet.id);
  });

  it('an outlet inferred from a dateline line in another script gets its id too', () => {
    const a = normalize({ content: `Київ • Укрінформ\n\n${body(3)}`, label: 'x.txt' });
    expect(a.outlet).toEqual({ id: 'укрінформ', name: 'Укрінформ' });
    expect(a.provenance.outlet).toBe('inferred');
  });
});

describe('empty outlet ids', () => {
  it('a blank id is derived from the name, so compare accepts the article', () => {
    const a = art({ outlet: { id: '  ', name: 'Harbour Gazette' } });
    expect(a.outlet).toEqual({ id: 'harbour-gazette', name: 'Harbour Gazette' });
    const c = compare([{ ...a, analysis: analyze(a) }]);
    expect(c.outlets.map((o) => o.id)).toEqual(['harbour-gazette']);
  });

  it('a blank name takes the id; both blank is an unknown outlet with a warning', () => {
    expect(art({ outlet: { id: 'gazette', name: ' ' } }).outlet).toEqual({ id: 'gazette', name: 'gazette' });
    const u = art({ outlet: { id: '', name: '' } });
    expect(u.outlet.id).toMatch(/^unknown-/);
    expect(u.warnings.map((w) => w.code)).toContain('OUTLET_UNKNOWN');
  });

  it('a non-string id is a typed error naming the input', () => {
    expect(() => art({ outlet: { id: 42 as unknown as string, name: 'X' } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', file: 'file-1.txt' }));
  });
});
