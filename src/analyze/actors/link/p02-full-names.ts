/**
 * Pass 2: full person names (two words or more) with evidence (a cue or a word outside the
 * model's vocabulary) become actors. A name that extends another ("Donald J. Trump") shares its
 * first and last word and joins it; the longest form is the canonical name. A name that is a
 * place elsewhere ("in El Fasher", "Velna Harbour") is set aside for pass 5.
 */
import { addMention, core, findFull, newDraft, personEvidence, surname, type LinkState } from './state.js';

export function fullNames(st: LinkState): void {
  const cuedPlaceNames = new Set(st.placeCued.map((m) => st.text.slice(m.start, m.end)));
  for (const d of st.drafts.values()) if (d.kind === 'place' && !d.known) cuedPlaceNames.add(d.name);
  for (const m of st.persons) {
    if (m.parts.length < 2 || m.headline || !(m.oov || m.cue)) continue;
    if (cuedPlaceNames.has(m.parts.join(' ')) && !personEvidence(m)) {
      st.placeLike.push(m);
      continue;
    }
    const kin = core(st.forms, m.parts).length < m.parts.length && nearKinship(st, m.sentence);
    const found = findFull(st, m.parts, kin);
    if (found) {
      found.at.push(m.start);
      // The longest form is the canonical name ("James A. Baker", not "Jim Baker").
      if (m.parts.length > found.parts.length && (m.parts[0] === found.parts[0] || surname(st.forms, m.parts) === surname(st.forms, found.parts))) found.parts = m.parts;
      addMention(found.draft, m);
    } else {
      const d = newDraft('person', m.parts.join(' '), false);
      st.fulls.push({ parts: m.parts, draft: d, at: [m.start], kin });
      addMention(d, m);
    }
  }
}

/** A kinship word in the sentence: "His son, Donald Varga Jr., ...". */
function nearKinship(st: LinkState, sentence: number): boolean {
  return st.tokens.some((t) => t.sentence === sentence && st.forms.kinship.has(t.normal));
}

/** Pass 3: known persons from a user gazetteer take part in surname matching too. */
export function knownPersons(st: LinkState): void {
  for (const d of st.drafts.values()) {
    if (d.kind === 'person') st.fulls.push({ parts: d.name.split(/\s+/), draft: d, at: d.mentions.map((x) => x.start) });
  }
}
