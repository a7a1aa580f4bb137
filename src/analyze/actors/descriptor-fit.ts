/** Which named person a descriptor ("the Chinese leader", "the former president") refers to, from their labels. */
import type { LabelLexicon } from '../../lexicons/labels.js';
import type { FoundLabel } from './labels.js';
import type { Descriptor } from './raw-mention.js';

/** A person as the linker knows them: every label found on their mentions. */
export interface Known {
  facts: FoundLabel[];
}

/**
 * The one person a descriptor fits, or null (none, or several: never guess). A generic head
 * ("leader", "chief") or an epithet ("the Russian dictator") fits any role but prefers whoever holds a top title ("the Chinese
 * leader" is the president, not the foreign minister) when exactly one does.
 */
export function pickDescribed<P extends Known>(people: P[], desc: Descriptor, lexicon: LabelLexicon): P | null {
  const scored = people.map((d) => ({ d, fit: fitOf(d, desc, lexicon) })).filter((x) => x.fit !== null);
  if (scored.length === 1) return scored[0].d;
  if (!isGeneric(desc, lexicon)) return null;
  const top = scored.filter((x) => x.fit === 'top');
  return top.length === 1 ? top[0].d : null;
}

/**
 * How a person's labels fit a descriptor: the place (current labels for a current descriptor),
 * former against former, rank against rank ("vice premier" is not "the premier"), and the same
 * title; a generic head or epithet with a place also fits a top or generic title ("the Russian leader",
 * "the Russian dictator" for a Russian president), never a lesser role, since the person meant
 * may carry no label at all ("the Russian dictator" is not the Kremlin spokesman).
 * 'top' when the fitting title leads a country or body.
 */
export function fitOf(d: Known, desc: Descriptor, lexicon: LabelLexicon): 'top' | 'role' | null {
  const current = d.facts.filter((f) => f.temporal !== 'former');
  const pool = desc.former ? d.facts.filter((f) => f.temporal === 'former') : current;
  const places = new Set((desc.former ? d.facts : current).flatMap((f) => f.affiliations));
  const placeFits = desc.places.length === 0 || (desc.places[0] === '*' ? places.size > 0 : desc.places.some((p) => places.has(p)));
  if (!placeFits) return null;
  // Without a place ("the former leader"), a generic head says too little: the title must match.
  const generic = isGeneric(desc, lexicon) && desc.places.length > 0;
  let fit: 'top' | 'role' | null = null;
  for (const f of pool) {
    if (f.category === 'affiliation' || f.rank !== desc.rank) continue;
    const top = lexicon.topTitles.includes(f.title);
    // "army chief" ~ "army leader": one generic title fits another.
    const alike = generic && f.category === 'role' && (top || lexicon.genericHeads.includes(f.title));
    if (f.title === desc.title || alike) {
      if (top) return 'top';
      fit = 'role';
    }
  }
  return fit;
}

/** "leader", "chief" (lexicon `genericHeads`) and epithets ("dictator", "strongman") name no office of their own. */
function isGeneric(desc: Descriptor, lexicon: LabelLexicon): boolean {
  return lexicon.genericHeads.includes(desc.head) || desc.label.category === 'epithet';
}
