/**
 * Pass 9: "the Fund", "the Commission's": the one organization named before whose name holds that head.
 * Pass 10: "the Chinese leader" → the one person labelled with that place and a fitting role.
 * Pass 11: "Putin's office": an organization of its own, named after the person's canonical name.
 */
import { actorId } from '../slug.js';
import { pickDescribed } from '../descriptor-fit.js';
import { addMention, factsOf, newDraft, type LinkState } from './state.js';

export function loneOrgHeads(st: LinkState): void {
  for (const m of st.lone) {
    const word = st.text.slice(m.start, m.end);
    const orgs = [...st.all.values()].filter((d) => d.kind === 'organization' && d.name.split(/[\s-]+/).includes(word) && d.mentions.some((x) => x.start < m.start));
    if (orgs.length === 1) addMention(orgs[0], { ...m, form: 'alias' });
  }
}

export function descriptors(st: LinkState): void {
  const labelSpans = st.input.mentions.flatMap(factsOf);
  for (const desc of st.input.descriptors) {
    // "Li Qiang, the Chinese premier": already the label of a named mention.
    if (labelSpans.some((l) => l.start < desc.end && desc.start < l.end)) continue;
    const target = pickDescribed(st.personDrafts.filter((d) => d.mentions.length > 0), desc, st.input.lexicon);
    if (!target) continue;
    target.mentions.push({ raw: null, start: desc.start, end: desc.end, form: 'descriptor', possessive: false, label: desc.label, sentence: desc.sentence });
  }
}

/**
 * "Putin's office" and "the Romney campaign", "the Obama administration": an organization of
 * its own, named after the person's canonical name ("Mitt Romney's campaign") either way.
 */
export function possessedOrgs(st: LinkState): void {
  const { tokens } = st;
  for (const d of st.personDrafts) {
    for (const m of [...d.mentions]) {
      if (!m.raw) continue;
      const attributive = !m.possessive && /^the$/i.test(tokens[m.raw.first - 1]?.text ?? '');
      if (!m.possessive && !attributive) continue;
      const at = m.raw.last + (m.possessive ? 2 : 1);
      const next = tokens[at];
      if (!next || next.sentence !== m.sentence || !st.input.possessedOrgs.has(next.normal) || (attributive && !/^\p{Ll}/u.test(next.text))) continue;
      const name = `${d.name}'s ${next.normal}`;
      const id = actorId('organization', name);
      const org = st.all.get(id) ?? newDraft('organization', name, false);
      st.all.set(id, org);
      const poss = tokens[at + 1] ?? null;
      org.mentions.push({ raw: null, start: m.start, end: next.end, form: 'alias', possessive: poss !== null && /^['’]s?$/.test(poss.text) && poss.start === next.end, label: null, sentence: m.sentence });
    }
  }
}
