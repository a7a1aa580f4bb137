/**
 * Pass 6: single words (and weak multi-word names) join a full name by surname, else by given
 * name; a bare name may join a place of that name; headline runs are split into the known
 * names in them. What joins nothing waits in `pending` for pass 7.
 */
import type { RawMention } from '../raw-mention.js';
import { addMention, findFull, matchSurname, personEvidence, type Draft, type FullName, type LinkState } from './state.js';

export function shortNames(st: LinkState): void {
  for (const m of st.persons) {
    if (m.parts.length >= 2 && !m.headline && (m.oov || m.cue)) continue;
    const place = st.placeByName.get(m.parts.join(' '));
    // A sentence-initial bare name joins only a place named as such ("the city of X"), not one
    // guessed from a preposition ("shares in Acme" … "Acme, the carmaker, said").
    if (place && !personEvidence(m) && (!m.sentenceInitial || st.strongPlaces.has(place))) {
      addMention(place, { ...m, kind: 'place', form: 'full', kindRule: 'actor.place-name' });
      continue;
    }
    const target = m.parts.length === 1 ? matchSurname(st, m.parts[0], m.start) : findFull(st, m.parts)?.draft;
    if (target) addMention(target, m);
    else if (m.headline && m.parts.length > 1) {
      for (const sub of splitHeadline(st.text, m, st.fulls)) addMention(sub.draft, sub.mention);
    } else st.pending.push(m);
  }
}

/** Known full names and surnames inside a headline run, longest first, as mentions of their own. */
function splitHeadline(text: string, m: RawMention, fulls: FullName[]): { draft: Draft; mention: RawMention }[] {
  const offsets: number[] = [];
  let at = m.start;
  for (const p of m.parts) {
    const o = text.indexOf(p, at);
    offsets.push(o);
    at = o + p.length;
  }
  const out: { draft: Draft; mention: RawMention }[] = [];
  for (let i = 0; i < m.parts.length; ) {
    const hit = knownAt(m.parts, i, fulls);
    if (!hit) {
      i++;
      continue;
    }
    const start = offsets[i];
    const end = offsets[i + hit.n - 1] + m.parts[i + hit.n - 1].length;
    const next = text.slice(end, end + 2);
    out.push({
      draft: hit.draft,
      mention: { ...m, start, end, parts: m.parts.slice(i, i + hit.n), form: hit.n > 1 ? 'full' : 'surname', label: null, possessive: /^['’]s?/.test(next) && /^['’](s|\s|$)/.test(next) },
    });
    i += hit.n;
  }
  return out;
}

/** The longest known full name starting at word i, else a surname or given name. */
function knownAt(parts: string[], i: number, fulls: FullName[]): { draft: Draft; n: number } | null {
  for (let n = parts.length - i; n >= 2; n--) {
    const f = fulls.find((x) => x.parts.join(' ') === parts.slice(i, i + n).join(' '));
    if (f) return { draft: f.draft, n };
  }
  const word = parts[i];
  const f = fulls.find((x) => x.parts[x.parts.length - 1] === word) ?? fulls.find((x) => x.parts[0] === word);
  return f ? { draft: f.draft, n: 1 } : null;
}
