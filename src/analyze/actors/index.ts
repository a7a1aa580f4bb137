/** Actor finding: candidate names → kinds → linked actors with labelled mentions. */
import type { Actor, ActorKind, Sentence } from '../../types/analysis.js';
import type { Lexicons } from '../../lexicons/index.js';
import type { Token } from '../tokens.js';

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

export function findActors(_input: ActorInput): Actor[] {
  return [];
}
