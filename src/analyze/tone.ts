/** Tone toward actors: the mean wink sentiment of the sentences that mention each actor. */
import type { Actor, ActorTone, Sentence } from '../types/analysis.js';

export function actorTone(actors: Actor[], sentences: Sentence[]): ActorTone[] {
  const tones: ActorTone[] = [];
  for (const actor of actors) {
    const indices = [...new Set(actor.mentions.map((m) => m.sentence))].filter((i) => sentences[i]).sort((a, b) => a - b);
    if (indices.length === 0) continue;
    const used = indices.map((i) => sentences[i]);
    const score = used.reduce((sum, s) => sum + s.sentiment, 0) / used.length;
    tones.push({
      actorId: actor.id,
      score: Math.round(score * 10000) / 10000,
      sentences: used.map((s) => ({ index: s.index, start: s.start, end: s.end, sentiment: s.sentiment })),
    });
  }
  return tones.sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
}
