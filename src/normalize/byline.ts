import type { BoilerplateRules } from './boilerplate-rules.js';
import { type Doc, liveIndices, removeLine } from './doc.js';

/**
 * Bylines: "By Jane Doe and John Roe" lines near either end, and author names standing alone
 * on a line ("Julia Shramko") when the name repeats or closes the text after a finished
 * sentence (a section heading never ends a text). All copies are removed as kind `byline`.
 */

/** 2–4 capitalized words, allowing initials and name particles ("Anna de Wit", "Jan van der Berg"). */
const NAME = /^\p{Lu}[\p{Ll}'’]+(?:(?: (?:de|da|di|del|der|den|van|von|la|le|bin|al|ibn))*[ -](?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+)){1,3}$/u;
const NAME_PART = /^\p{Lu}[\p{L}'’.-]*(?:(?: (?:de|da|di|del|der|den|van|von|la|le|bin|al|ibn))* \p{Lu}[\p{L}'’.-]*){1,3}$/u;
const EDGE_WINDOW = 6;

export function extractByline(doc: Doc, rules: BoilerplateRules): string[] {
  const names: string[] = [];
  const add = (n: string) => {
    if (!names.includes(n)) names.push(n);
  };
  let live = liveIndices(doc);
  const edges = new Set([...live.slice(0, EDGE_WINDOW), ...live.slice(-EDGE_WINDOW)]);

  for (const i of edges) {
    const m = rules.bylinePrefix.re.exec(doc.lines[i].lt.text);
    if (!m) continue;
    const parts = m[1].split(/\s*(?:,|\band\b|&|\||•)\s*/).filter(Boolean);
    if (parts.length === 0 || !NAME_PART.test(parts[0])) continue;
    // "By Jane Doe, Associated Press": the agency is a credit, not an author.
    parts.filter((p) => NAME_PART.test(p) && !rules.wireAgencies.includes(p)).forEach(add);
    removeLine(doc, i, rules.bylinePrefix.kind, rules.bylinePrefix.id);
  }

  live = liveIndices(doc);
  const counts = new Map<string, number>();
  for (const i of live) {
    const t = doc.lines[i].lt.text;
    if (NAME.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const last = live[live.length - 1];
  const beforeLast = live[live.length - 2];
  const closing =
    last !== undefined && beforeLast !== undefined && NAME.test(doc.lines[last].lt.text) && /[.!?]["”’']?$/.test(doc.lines[beforeLast].lt.text)
      ? doc.lines[last].lt.text
      : null;
  for (const i of live) {
    const t = doc.lines[i].lt.text;
    if ((counts.get(t) ?? 0) >= 2 || t === closing) {
      add(t);
      removeLine(doc, i, 'byline', 'byline-name');
    }
  }
  return names;
}
