/**
 * Linking raw mentions into actors within one article, as numbered passes over one state
 * (./link/state.ts), each in its own file under ./link:
 *   1 sort mentions: gazetteer entries, other kinds; lone org heads and place-cued names wait
 *   2 full names with evidence make person actors ("Xi Jinping", "Donald J. Trump" joins "Donald Trump")
 *   3 known persons (user gazetteer) join the full names a surname can match
 *   4 place-cued names ("the city of X", "strikes on X") become places unless a person has that name
 *   5 multi-word names that are a place named elsewhere join the place
 *   6 short names ("Xi", "Mr Xi", "Putin's") join a full name; headline runs split into known names
 *   7 lone surnames with evidence make `person:<surname>`
 *   8 collect every draft with a mention
 *   9 "the Fund" joins the one organization with that head
 *  10 "the Chinese leader" joins the one person whose labels fit
 *  11 "Putin's office" becomes an organization of its own
 * Candidates with no evidence (capitalized common words, names in headlines that match no
 * actor) are dropped rather than guessed.
 */
import type { Actor, Mention } from '../../types/analysis.js';
import type { FoundLabel } from './labels.js';
import { newState, type Draft, type LinkInput, type LinkState } from './link/state.js';
import { sortMentions } from './link/p01-sort-mentions.js';
import { fullNames, knownPersons } from './link/p02-full-names.js';
import { placeCued, placeLike } from './link/p04-place-cued.js';
import { shortNames } from './link/p06-short-names.js';
import { collect, loneSurnames } from './link/p07-lone-surnames.js';
import { descriptors, loneOrgHeads, possessedOrgs } from './link/p09-references.js';

export type { LinkInput } from './link/state.js';

/** The linking passes in the order they run. */
export const LINK_PASSES: readonly { id: string; run: (st: LinkState) => void }[] = [
  { id: 'link.01-sort-mentions', run: sortMentions },
  { id: 'link.02-full-names', run: fullNames },
  { id: 'link.03-known-persons', run: knownPersons },
  { id: 'link.04-place-cued', run: placeCued },
  { id: 'link.05-place-like', run: placeLike },
  { id: 'link.06-short-names', run: shortNames },
  { id: 'link.07-lone-surnames', run: loneSurnames },
  { id: 'link.08-collect', run: collect },
  { id: 'link.09-lone-org-heads', run: loneOrgHeads },
  { id: 'link.10-descriptors', run: descriptors },
  { id: 'link.11-possessed-orgs', run: possessedOrgs },
];

export function link(input: LinkInput): Actor[] {
  const st = newState(input);
  for (const pass of LINK_PASSES) pass.run(st);
  return toActors(st);
}

function toActors(st: LinkState): Actor[] {
  const actors: Actor[] = [];
  for (const [id, d] of st.all) {
    const mentions: Mention[] = d.mentions
      .map((m) => ({
        actorId: id,
        start: m.start,
        end: m.end,
        text: st.text.slice(m.start, m.end),
        form: m.form,
        possessive: m.possessive,
        label: m.label ? publicLabel(m.label) : null,
        sentence: m.sentence,
      }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const aliases = [...new Set(mentions.map((m) => m.text))].sort();
    actors.push({ id, name: d.name, kind: d.kind, aliases, mentions, known: d.known, rule: kindRule(d) });
  }
  return actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start || (a.id < b.id ? -1 : 1));
}

/** The rule behind an actor's kind: that of its first name mention of that kind ("Putin's office" has none). */
function kindRule(d: Draft): string {
  const named = d.mentions.find((m) => m.raw && m.raw.kind === d.kind);
  return named?.raw?.kindRule ?? (d.kind === 'organization' ? 'actor.possessed-organization' : 'actor.linked');
}

function publicLabel(l: FoundLabel): Mention['label'] {
  return { text: l.text, start: l.start, end: l.end, head: l.head, key: l.key, evaluative: l.evaluative, category: l.category, temporal: l.temporal, rule: l.rule };
}
