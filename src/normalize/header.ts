import { DATE_SOURCE, parseDate } from './dates.js';
import { type Doc, liveIndices, removeLine, removeSpan } from './doc.js';
import { splitLanguageCodes } from './iso639.js';

/**
 * A header line some copy tools put first: ` date 2025-02-24 ukenru` (date, then the site's
 * language codes glued together), sometimes with the body running on in the same line
 * (` date 2025-02-24 Xi Jinping has…`). The header part is removed as kind `header`.
 */
const HEADER = /^(?:[Dd]ate|DATE|[Pp]ublished|[Pp]osted)\s*:?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?:\s+|$)/;
const LANG_TOKEN = /^([a-z]{2,16})\s*$/;

export interface HeaderInfo {
  publishedAt: string | null;
  languages: string[];
}

export function extractHeader(doc: Doc): HeaderInfo | null {
  const first = liveIndices(doc)[0];
  if (first === undefined) return null;
  const text = doc.lines[first].lt.text;
  const m = HEADER.exec(text);
  if (!m) return null;
  const publishedAt = parseDate(m[1]);
  if (!publishedAt) return null;
  let end = m[0].length;
  let languages: string[] = [];
  const rest = LANG_TOKEN.exec(text.slice(end));
  if (rest) {
    const codes = splitLanguageCodes(rest[1]);
    if (codes) {
      languages = codes;
      end = text.length;
    }
  }
  removeSpan(doc, first, 0, end, 'header', 'header-line');
  return { publishedAt, languages };
}

const DATE_LINE = new RegExp(
  `^(?:(?:published|posted|date|first published)(?:\\s+on)?\\s*:?\\s*)?(${DATE_SOURCE})(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\p{Lu}{2,4})?)?$`,
  'iu',
);

/**
 * A line holding only a publication date ("24 February 2025", "Published: Feb. 24,
 * 2025, 10:15 GMT"): read as the date, removed as kind `header`. Returns the first date found.
 */
export function extractDateLines(doc: Doc): string | null {
  let found: string | null = null;
  // Any line (see dateline.ts on why positions are not used); a line that is only a date is no body text.
  for (const i of liveIndices(doc)) {
    const m = DATE_LINE.exec(doc.lines[i].lt.text);
    const date = m ? parseDate(m[1]) : null;
    if (!date) continue;
    removeLine(doc, i, 'header', 'date-line');
    found ??= date;
  }
  return found;
}
