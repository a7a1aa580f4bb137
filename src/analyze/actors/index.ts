/** Actor finding: candidate names → kinds → linked actors with labelled mentions. */
import type { Actor, ActorKind, Sentence } from '../../types/analysis.js';
import type { Lexicons } from '../../lexicons/index.js';
import type { Token } from '../tokens.js';
import { discover } from './discover.js';
import { link } from './coref.js';
import type { NameForms } from './link/state.js';
import type { Gazetteer } from '../../lexicons/gazetteer.js';

export interface UserGazetteerEntry {
  name: string;
  aliases?: string[];
  kind: ActorKind;
}

export interface ActorInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lexicons: Lexicons;
  userGazetteer: UserGazetteerEntry[];
}

export function findActors(input: ActorInput): Actor[] {
  if (input.tokens.length === 0) return [];
  const found = discover(input.text, input.tokens, input.lexicons, input.userGazetteer);
  return link({
    text: input.text,
    tokens: input.tokens,
    mentions: found.mentions,
    descriptors: found.descriptors,
    possessedOrgs: new Set(input.lexicons.gazetteer.possessedOrgs),
    lexicon: input.lexicons.labels,
    forms: nameForms(input.lexicons.gazetteer),
  });
}

const formsCache = new WeakMap<Gazetteer, NameForms>();

/** Given-name variants, suffixes and kinship words of the gazetteer, indexed once per lexicon. */
function nameForms(g: Gazetteer): NameForms {
  let forms = formsCache.get(g);
  if (!forms) {
    const given = new Map<string, string>();
    for (const set of g.givenNameVariants) {
      const words = set.toLowerCase().split(/\s+/).filter(Boolean);
      for (const w of words) if (!given.has(w)) given.set(w, words[0]);
    }
    forms = { given, suffixes: new Set(g.nameSuffixes), kinship: new Set(g.kinshipWords) };
    formsCache.set(g, forms);
  }
  return forms;
}

export { slug, actorId } from './slug.js';
export { labelKey } from './labels.js';
