/** Actor finding: candidate names → kinds → linked actors with labelled mentions. */
import type { Actor, ActorKind, Sentence } from '../../types/analysis.js';
import type { Lexicons } from '../../lexicons/index.js';
import type { Token } from '../tokens.js';
import { discover } from './discover.js';
import { link } from './coref.js';

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
  });
}

export { slug, actorId } from './slug.js';
export { labelKey } from './labels.js';
