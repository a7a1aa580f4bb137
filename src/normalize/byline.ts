import type { BoilerplateRules } from './boilerplate-rules.js';
import { type Doc, liveIndices, removeLine } from './doc.js';
import { words } from './text-shape.js';

/**
 * Bylines: "By Jane Doe and John Roe" lines, and author names standing alone
 * on a line ("Julia Shramko") when the name repeats or closes the text after a finished
 * sentence (a section heading never ends a text). All copies are removed as kind `byline`.
 */

/** 2–4 capitalized words, allowing initials and name particles ("Anna de Wit", "Jan van der Berg"). */
const NAME = /^\p{Lu}[\p{Ll}'’]+(?:(?: (?:de|da|di|del|der|den|van|von|la|le|bin|al|ibn))*[ -](?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+)){1,3}$/u;
const NAME_PART = /^\p{Lu}[\p{L}'’.-]*(?:(?: (?:de|da|di|del|der|den|van|von|la|le|bin|al|ibn))* \p{Lu}[\p{L}'’.-]*){1,3}$/u;
const MAX_BYLINE_WORDS = 14;

/** "By Jane Doe" lines (run before the title rule, which would take them for a headline). */
export function extractBylinePrefix(doc: Doc, rules: BoilerplateRules): string[] {
  const names: string[] = [];
  // Any short line, not only near the ends (see dateline.ts on why positions are not used).
  for (const i of liveIndices(doc)) {
    const m = rules.bylinePrefix.re.exec(doc.lines[i].lt.text);
    if (!m || words(doc.lines[i].lt.text).length > MAX_BYLINE_WORDS) continue;
    const parts = m[1].split(/\s*(?:,|\band\b|&|\||•)\s*/).filter(Boolean);
    if (parts.length === 0 || !NAME_PART.test(parts[0])) continue;
    // "By Jane Doe, Associated Press": the agency is a credit, not an author.
    for (const p of parts) if (NAME_PART.test(p) && !rules.wireAgencies.includes(p) && !names.includes(p)) names.push(p);
    removeLine(doc, i, rules.bylinePrefix.kind, rules.bylinePrefix.id);
  }
  return names;
}

/**
 * Author names alone on a line: every copy of a name line that repeats, or a name line that
 * closes the text after a finished sentence. Run after the title rule, so a repeated title is
 * not mistaken for a name.
 */
export function extractBylineNames(doc: Doc, rules: BoilerplateRules, title: string | null): string[] {
  const names: string[] = [];
  const live = liveIndices(doc);
  const counts = new Map<string, number>();
  for (const i of live) {
    const t = doc.lines[i].lt.text;
    if (isName(t, rules) && t !== title) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const last = live[live.length - 1];
  const beforeLast = live[live.length - 2];
  const lastText = last === undefined ? '' : doc.lines[last].lt.text;
  const closing =
    beforeLast !== undefined &&
    lastText !== title &&
    isName(lastText, rules) &&
    /[.!?]["”’']?$/.test(doc.lines[beforeLast].lt.text)
      ? lastText
      : null;
  for (const i of live) {
    const t = doc.lines[i].lt.text;
    if ((counts.get(t) ?? 0) >= 2 || t === closing) {
      if (!names.includes(t)) names.push(t);
      removeLine(doc, i, 'byline', 'byline-name');
    }
  }
  return names;
}

function isName(line: string, rules: BoilerplateRules): boolean {
  return NAME.test(line) && !line.split(/[ -]/).some((w) => rules.notNameWords.has(w));
}
