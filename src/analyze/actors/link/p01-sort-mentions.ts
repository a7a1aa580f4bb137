/**
 * Pass 1: known names (gazetteer) become their entry's actor; lone organization heads and
 * place-cued names wait for later passes; other non-person kinds (organizations, places from
 * their own words) become actors unless they stand only in a headline with no cue.
 */
import { addMention, draftFor, type LinkState } from './state.js';

export function sortMentions(st: LinkState): void {
  for (const m of st.input.mentions) {
    if (m.entry) addMention(draftFor(st, m.entry.kind, m.entry.name, true), m);
    else if (m.loneOrgHead) st.lone.push(m);
    else if (m.placeCue) st.placeCued.push(m);
    else if (m.kind !== 'person') {
      if (!m.headline || m.cue) addMention(draftFor(st, m.kind, st.text.slice(m.start, m.end), false), m);
    }
  }
}
