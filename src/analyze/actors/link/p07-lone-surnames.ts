/**
 * Pass 7: a lone surname no full name took is an actor `person:<surname>` when some mention has
 * evidence (a cue outside a headline) or the out-of-vocabulary word recurs in the body; one
 * stray capitalized word is not enough.
 * Pass 8: every draft with a mention goes into `st.all`, persons under their canonical name.
 */
import type { RawMention } from '../raw-mention.js';
import { actorId } from '../slug.js';
import { addMention, newDraft, type LinkState } from './state.js';

export function loneSurnames(st: LinkState): void {
  const byWord = new Map<string, RawMention[]>();
  for (const m of st.pending) if (m.parts.length === 1) byWord.set(m.parts[0], [...(byWord.get(m.parts[0]) ?? []), m]);
  for (const [word, ms] of byWord) {
    const repeated = ms.filter((m) => !m.headline && m.oov).length;
    if (!ms.some((m) => m.cue && !m.headline) && repeated < 2) continue;
    const d = newDraft('person', word, false);
    st.singles.set(word, d);
    for (const m of ms) addMention(d, m);
  }
}

export function collect(st: LinkState): void {
  st.personDrafts = [...new Set([...st.fulls.map((f) => f.draft), ...st.singles.values()])];
  for (const f of st.fulls) f.draft.name = f.parts.join(' ');
  for (const d of [...st.drafts.values(), ...st.personDrafts]) if (d.mentions.length > 0) st.all.set(actorId(d.kind, d.name), d);
}
