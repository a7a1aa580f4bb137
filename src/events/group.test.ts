import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/normalize.js';
import { analyze } from '../analyze/analyze.js';
import type { AnalyzedArticle } from '../types/comparison.js';
import { groupEvents } from './group.js';
import { scoreClusters } from './score.js';

const article = (outlet: string, date: string, title: string, body: string): AnalyzedArticle => {
  const a = normalize({ content: body, label: `${outlet}-${title}.txt`, meta: { outlet, title, publishedAt: date } });
  return { ...a, analysis: analyze(a) };
};

// Two stories on the same day from the same three outlets, worded apart, plus one story on another day.
const bridge = [
  article('Daily Courier', '2026-03-02', 'Bridge collapses in Rivertown', 'The Harlan Street bridge in Rivertown collapsed on Monday morning, sending two delivery vans into the Maple River. Mayor Ellen Brooks said divers had pulled both drivers from the water. Engineers had warned in 2024 that the bridge needed urgent repairs.'),
  article('Evening Post', '2026-03-02', 'Rivertown bridge gives way', 'A span of the Harlan Street bridge gave way in Rivertown, plunging vans into the Maple River. Both drivers were rescued by police divers, Mayor Ellen Brooks told reporters. A 2024 inspection had called for repairs to the bridge.'),
  article('Metro Wire', '2026-03-03', 'Questions after Rivertown bridge collapse', 'Residents of Rivertown asked why repairs to the Harlan Street bridge were delayed after its collapse into the Maple River. Mayor Ellen Brooks promised an inquiry into the inspection reports.'),
];
const vote = [
  article('Daily Courier', '2026-03-02', 'Harbor workers vote to strike', 'Dock workers at the Port of Westmere voted to strike over pay, the Westmere Dockers Union said. Union leader Samir Haddad said the walkout would start on Friday unless the port authority raised its offer.'),
  article('Evening Post', '2026-03-02', 'Westmere dockers back strike', 'Members of the Westmere Dockers Union backed a strike at the Port of Westmere. Samir Haddad, who leads the union, said talks with the port authority had broken down over wages.'),
  article('Metro Wire', '2026-03-02', 'Port strike looms in Westmere', 'A strike at the Port of Westmere looms after the dockers union rejected the port authority pay offer, union leader Samir Haddad said.'),
];

const membersOf = (groups: ReturnType<typeof groupEvents>) => groups.map((g) => [...g.articles].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));

describe('groupEvents', () => {
  it('separates two same-day stories by what they are about', () => {
    const groups = groupEvents([...bridge, ...vote]);
    expect(membersOf(groups)).toEqual(membersOf([{ articles: bridge.map((a) => a.id) }, { articles: vote.map((a) => a.id) }] as never));
    const bridgeGroup = groups.find((g) => g.articles.includes(bridge[0]!.id))!;
    expect(bridgeGroup.from).toBe('2026-03-02');
    expect(bridgeGroup.to).toBe('2026-03-03');
    expect(bridgeGroup.terms.some((t) => /bridge|rivertown|harlan|brooks/.test(t))).toBe(true);
  });

  it('gives the same groups and ids whatever the input order', () => {
    const a = groupEvents([...bridge, ...vote]);
    const b = groupEvents([...vote].reverse().concat([...bridge].reverse()));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.every((g) => /^event-[0-9a-f]{10}$/.test(g.id))).toBe(true);
  });

  it('keeps a story told again weeks later apart (date window)', () => {
    const later = article('Evening Post', '2026-04-20', 'Rivertown bridge collapse revisited', 'The Harlan Street bridge in Rivertown collapsed into the Maple River. Mayor Ellen Brooks said divers rescued both drivers, and engineers had warned that the bridge needed repairs.');
    const groups = groupEvents([...bridge, later]);
    const laterGroup = groups.find((g) => g.articles.includes(later.id))!;
    expect(laterGroup.articles).toEqual([later.id]);
  });

  it('keeps a one-article event as its own group (nothing dropped)', () => {
    const groups = groupEvents([vote[0]!]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.articles).toEqual([vote[0]!.id]);
  });
});

describe('scoreClusters', () => {
  it('scores a perfect grouping 1 and a lumped one by its purity', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
    expect(scoreClusters(new Map(gold), gold)).toMatchObject({ purity: 1, inversePurity: 1, homogeneity: 1, completeness: 1 });
    const lumped = scoreClusters(new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]), gold);
    expect(lumped.purity).toBe(0.5);
    expect(lumped.inversePurity).toBe(1);
    expect(lumped.homogeneity).toBe(0);
    expect(lumped.completeness).toBe(1);
  });
});

describe('the event an input names', () => {
  it('is read from a JSON record, front matter and caller metadata, and absent otherwise', () => {
    const body = 'Dock workers at the Port of Westmere voted to strike over pay, their union said on Monday.';
    expect(normalize({ content: JSON.stringify({ title: 'Strike', text: body, event: 'westmere-strike' }), label: 'r.json' }).event).toBe('westmere-strike');
    expect(normalize({ content: `---\nevent: westmere-strike\n---\n${body}\n`, label: 'r.md' }).event).toBe('westmere-strike');
    expect(normalize({ content: body, label: 'r.txt', meta: { event: 'e-1' } }).event).toBe('e-1');
    expect('event' in normalize({ content: body, label: 'r.txt' })).toBe(false);
  });
});

describe('groupEvents options', () => {
  it('keeps a default where an option is given as undefined', () => {
    expect(membersOf(groupEvents([...bridge, ...vote], { windowDays: undefined }))).toEqual(membersOf(groupEvents([...bridge, ...vote])));
    expect(groupEvents([...bridge, ...vote], { windowDays: undefined })).toHaveLength(2);
  });
});
