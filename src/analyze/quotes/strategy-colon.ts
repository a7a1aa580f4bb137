/**
 * Strategy "colon" (rule `quote.attribution.colon`), when no attribution verb was found: `Xi: "..."` (a name
 * and a colon, no verb) gives the name; `Holm was blunt: "..."` gives the person the clause before
 * the colon is about, when it names one; a clause about a thing gives no speaker.
 */
import type { Found, Reader } from './env.js';
import type { SiteWords } from './site.js';
import { subjectBefore } from './subject.js';
import { pickSubject, speakerIn } from './speaker-phrase.js';

export function colonSpeaker(r: Reader, w: SiteWords): Found | null {
  if (!w.colon) return null;
  const { env } = r;
  const before = w.before;
  const nameOnly = before.slice(-4, -1).filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length === 0;
  const f = nameOnly ? speakerIn(r, before.slice(-4, -1), 'last') : null;
  if (f && !f.pronoun) return f;
  const k = before.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const g = k > 0 ? pickSubject(r, subjectBefore(before, k).chunks) : null;
  if (!g || g.unresolved || g.document) return null;
  const person = g.actorId ? env.kinds.get(g.actorId) === 'person' : /^\p{Lu}\p{Ll}/u.test(g.name) && !g.pronoun;
  return person ? g : null;
}
