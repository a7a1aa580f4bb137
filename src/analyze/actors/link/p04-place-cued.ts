/**
 * Pass 4: places named by the words around them ("the city of Zaporizhzhia", "strikes on
 * Kharkiv"). A weak cue yields to a person of that name ("attacks on Zelensky"), or to a name
 * that speaks elsewhere ("attacks on Hale" … "Hale said").
 * Pass 5: a multi-word name set aside in pass 2 joins the place of that name.
 */
import type { RawMention } from '../raw-mention.js';
import { addMention, draftFor, findFull, matchSurname, type LinkState } from './state.js';

export function placeCued(st: LinkState): void {
  const personWords = new Set(st.persons.filter((m) => m.cue && !m.headline).map((m) => m.parts.join(' ')));
  for (const d of st.drafts.values()) if (d.kind === 'place' && !d.known) st.placeByName.set(d.name, d);
  for (const m of st.placeCued) {
    const name = st.text.slice(m.start, m.end);
    const parts = name.split(/\s+/);
    const asPerson: RawMention = { ...m, kind: 'person', parts, form: parts.length === 1 ? 'surname' : 'full', kindRule: 'actor.person.over-place-cue' };
    const person = m.placeCue === 'weak' ? (parts.length === 1 ? matchSurname(st, name, m.start) : findFull(st, parts)?.draft) : undefined;
    if (person) {
      addMention(person, asPerson);
      continue;
    }
    if (m.placeCue === 'weak' && parts.length === 1 && personWords.has(name)) {
      st.persons.push(asPerson);
      continue;
    }
    const d = draftFor(st, 'place', name, false);
    addMention(d, m);
    st.placeByName.set(name, d);
    if (m.placeCue === 'strong') st.strongPlaces.add(d);
  }
}

export function placeLike(st: LinkState): void {
  for (const m of st.placeLike) {
    const place = st.placeByName.get(m.parts.join(' '));
    if (place) addMention(place, { ...m, kind: 'place', form: 'full', kindRule: 'actor.place-name' });
  }
}
