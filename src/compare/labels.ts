/**
 * The actor label table: for each corpus actor, the labels each outlet attached to it
 * ("Russian dictator" vs "Russian President"), with counts and evidence, and flags for
 * evaluative labels, labels only one outlet uses, and labels that contradict on fact
 * (a "former" title in one outlet where another uses the same title as current).
 */
import { dict, own } from '../util/own.js';
import type { Label } from '../types/analysis.js';
import type { Evidence, LabelFlag, LabelRow, LabelUse } from '../types/comparison.js';
import type { ActorIndex } from './actors.js';
import type { CompareContext } from './context.js';
import { compareEvidence, evidenceOf } from './evidence.js';

interface Use {
  outletId: string;
  label: Label;
  evidence: Evidence;
}

export function findLabels(ctx: CompareContext, actors: ActorIndex): LabelRow[] {
  // Messages are read by people: outlet names, not ids.
  const names = new Map(ctx.outlets.map((o) => [o.id, o.name]));
  const outletNames = (ids: string[]) => listOf(ids.map((id) => names.get(id) ?? id));
  const uses = new Map<string, Use[]>();
  for (const a of ctx.articles) {
    for (const actor of a.analysis.actors) {
      const id = actors.resolve(a.id, actor.id);
      if (!id) continue;
      for (const m of actor.mentions) {
        if (!m.label) continue;
        let list = uses.get(id);
        if (!list) uses.set(id, (list = []));
        list.push({ outletId: a.outlet.id, label: m.label, evidence: evidenceOf(a, m.label.start, m.label.end) });
      }
    }
  }
  const order = compareEvidence(ctx.articleIndex);
  const rows: LabelRow[] = [];
  for (const actor of actors.actors) {
    const list = uses.get(actor.id);
    if (!list) continue;
    const byOutlet = dict<LabelUse[]>();
    for (const outletId of ctx.outletIds) {
      if (!((own(actor.mentionsByOutlet, outletId) ?? 0) > 0) && !list.some((u) => u.outletId === outletId)) continue;
      byOutlet[outletId] = labelUses(list.filter((u) => u.outletId === outletId), order);
    }
    const flags = labelFlags(actor.name, byOutlet, outletNames);
    rows.push({ actorId: actor.id, name: actor.name, kind: actor.kind, byOutlet, flags, differs: labelsDiffer(byOutlet) });
  }
  return rows;
}

function labelUses(list: Use[], order: (a: Evidence, b: Evidence) => number): LabelUse[] {
  const byKey = new Map<string, Use[]>();
  for (const u of list) {
    let l = byKey.get(u.label.key);
    if (!l) byKey.set(u.label.key, (l = []));
    l.push(u);
  }
  const out: LabelUse[] = [];
  for (const [key, l] of byKey) {
    const written = new Map<string, number>();
    for (const u of l) written.set(u.label.text, (written.get(u.label.text) ?? 0) + 1);
    const label = [...written].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const first = l[0].label;
    out.push({
      label,
      key,
      head: first.head,
      evaluative: l.some((u) => u.label.evaluative),
      temporal: l.find((u) => u.label.temporal)?.label.temporal ?? null,
      count: l.length,
      rules: [...new Set(l.map((u) => u.label.rule))].sort(),
      evidence: l.map((u) => u.evidence).sort(order),
    });
  }
  return out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** True when the outlets that name the actor do not all use the same set of label keys. */
function labelsDiffer(byOutlet: Record<string, LabelUse[]>): boolean {
  const sets = Object.values(byOutlet).map((uses) => uses.map((u) => u.key).sort().join('\u0000'));
  return new Set(sets).size > 1;
}

function labelFlags(name: string, byOutlet: Record<string, LabelUse[]>, outletNames: (ids: string[]) => string): LabelFlag[] {
  const flags: LabelFlag[] = [];
  const entries = Object.entries(byOutlet);
  const labelled = entries.filter(([, uses]) => uses.length > 0);
  const outletsOf = (key: string) => labelled.filter(([, uses]) => uses.some((u) => u.key === key)).map(([id]) => id);
  const allKeys = new Map<string, LabelUse>();
  for (const [, uses] of labelled) for (const u of uses) if (!allKeys.has(u.key)) allKeys.set(u.key, u);
  const evidenceOfKey = (key: string) => labelled.flatMap(([, uses]) => uses.filter((u) => u.key === key).flatMap((u) => u.evidence));

  for (const [key, use] of allKeys) {
    const outlets = outletsOf(key);
    if (use.evaluative) {
      flags.push({
        type: 'evaluative',
        message: `${name} is called "${use.label}", an evaluative label, by ${outletNames(outlets)}`,
        outletIds: outlets,
        evidence: evidenceOfKey(key),
      });
    }
    const others = labelled.filter(([id]) => id !== outlets[0]);
    // Unique: one outlet's label whose head noun no other outlet uses for this actor ("dictator" where others say "President").
    const headElsewhere = others.some(([, uses]) => uses.some((u) => headNoun(u.head) === headNoun(use.head)));
    if (outlets.length === 1 && others.length >= 1 && !headElsewhere) {
      const otherLabels = [...new Set(others.flatMap(([, uses]) => uses.map((u) => `"${u.label}"`)))];
      flags.push({
        type: 'unique',
        message: `only ${outletNames(outlets)} calls ${name} "${use.label}"; ${outletNames(others.map(([id]) => id))} ${others.length === 1 ? 'uses' : 'use'} ${listOf(otherLabels, 'or')}`,
        outletIds: outlets,
        evidence: evidenceOfKey(key),
      });
    }
  }
  // Former vs current: the same head noun with a "former" qualifier in one place and without it in another.
  for (const [key, use] of allKeys) {
    if (use.temporal !== 'former') continue;
    const current = [...allKeys.values()].filter((u) => headNoun(u.head) === headNoun(use.head) && u.temporal !== 'former');
    if (current.length === 0) continue;
    const outletsFormer = outletsOf(key);
    const outletsCurrent = [...new Set(current.flatMap((u) => outletsOf(u.key)))];
    flags.push({
      type: 'contradiction',
      message: `${outletNames(outletsFormer)} call${outletsFormer.length === 1 ? 's' : ''} ${name} "${use.label}" (former) while ${outletNames(outletsCurrent)} ${outletsCurrent.length === 1 ? 'uses' : 'use'} ${listOf(current.map((u) => `"${u.label}"`), 'or')} (current)`,
      outletIds: [...new Set([...outletsFormer, ...outletsCurrent])],
      evidence: [...evidenceOfKey(key), ...current.flatMap((u) => evidenceOfKey(u.key))],
    });
  }
  return flags;
}

/** "A", "A and B", "A, B and C". */
function listOf(items: string[], conjunction = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The last word of a head phrase: "carnegie eurasia center" and "carnegie russia eurasia center" are both a "center". */
function headNoun(head: string): string {
  const words = head.toLowerCase().split(/\s+/);
  return words[words.length - 1];
}
