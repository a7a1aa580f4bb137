import type { Citation } from '../types/article.js';
import { type Doc, liveIndices, removeLine, removeSpan } from './doc.js';
import { words } from './text-shape.js';

/**
 * Datelines. Two shapes:
 * - a line of its own, place and outlet around a bullet or bar: "Kyiv • UNN", "LONDON | The Daily X";
 * - a wire-style prefix opening the first body paragraph: "KYIV, Feb 24 (Reuters) - ",
 *   "WASHINGTON (AP) — ", "MOSCOW — ", "(Reuters) - ".
 * Both are removed (kind `dateline`); the place becomes `dateline`, the outlet an outlet hint,
 * an agency in the prefix a `wire` citation.
 */

// Words are joined by a space only: a hyphen is inside the word class already, and a second way
// to split "A-B-C-D" made the pattern backtrack in O(n^4) on long hyphenated capitals.
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:[ ]\\p{Lu}[\\p{L}'’.-]*){0,3}";
const PLACE_OUTLET = new RegExp(`^(${PLACE})\\s*[•·|]\\s*([\\p{Lu}\\p{N}][^•·|]{0,60})$`, 'u');
const UPPER_PLACE = "\\p{Lu}[\\p{Lu}'’.]+(?:[ -]\\p{Lu}[\\p{Lu}'’.]+){0,3}";
const WIRE_PREFIX = new RegExp(`^(?:(${UPPER_PLACE})(?:,\\s*([^()—–]{2,40}?))?\\s*)?(?:\\(([^)]{2,40})\\))?\\s*[-—–]{1,2}\\s+`, 'u');

export interface DatelineResult {
  place: string | null;
  outletHint: string | null;
}

function titleCasePlace(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "Kyiv • UNN" lines. */
export function extractPlaceOutletLine(doc: Doc): DatelineResult {
  // Any line, not only the first few: what precedes it may be removed, and a rule that depends
  // on position would then fire only on the second run (normalization must be idempotent).
  // Every such line goes (a page may print it twice); the first one gives place and outlet.
  const found: DatelineResult = { place: null, outletHint: null };
  for (const i of liveIndices(doc)) {
    const m = PLACE_OUTLET.exec(doc.lines[i].lt.text);
    if (!m || words(m[2]).length > 6 || /[.!?:;,]$/.test(m[2])) continue;
    removeLine(doc, i, 'dateline', 'dateline-outlet');
    if (found.place === null) {
      found.place = m[1];
      found.outletHint = m[2].trim();
    }
  }
  return found;
}

/** "KYIV, Feb 24 (Reuters) - " at the start of the first body line. */
export function extractWirePrefix(doc: Doc, agencies: string[]): { place: string | null; wire: Citation | null } {
  const first = liveIndices(doc)[0];
  if (first === undefined) return { place: null, wire: null };
  const lt = doc.lines[first].lt;
  const m = WIRE_PREFIX.exec(lt.text);
  if (!m || m[0].length >= lt.length) return { place: null, wire: null };
  const paren: string | undefined = m[3];
  let place: string | undefined = m[1];
  let agency = paren && agencies.includes(paren.trim()) ? paren.trim() : null;
  if (place && agencies.includes(place)) {
    // "AP — ..." is an agency lead, not a place.
    agency ??= place;
    place = undefined;
  }
  // A bare dash opening a line is no dateline; a paren that is not an agency is no wire credit.
  if (!place && !agency) return { place: null, wire: null };
  if (place && place.replace(/[^\p{Lu}]/gu, '').length < 3) return { place: null, wire: null };
  let wire: Citation | null = null;
  if (agency) {
    const at = m[0].indexOf(agency, place ? place.length : 0);
    wire = { kind: 'wire', text: agency, rawStart: lt.map[at], rawEnd: lt.rawEndAt(at + agency.length - 1) };
  }
  removeSpan(doc, first, 0, m[0].length, 'dateline', 'dateline-wire');
  return { place: place ? titleCasePlace(place) : null, wire };
}
