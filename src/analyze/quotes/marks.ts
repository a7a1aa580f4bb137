/**
 * Quotation-mark scanning: finds quoted spans in straight ("), curly (“ ” ‘ ’) and guillemet
 * (« ») marks, with nesting, quotes that run over paragraphs, and best-effort recovery from
 * unbalanced marks. Pure text work: no NLP, no actors.
 */

/** One stretch of quoted words inside one paragraph. */
export interface MarkedPart {
  /** Offset of the opening mark. */
  outerStart: number;
  /** First quoted character (after the mark). */
  start: number;
  /** End of the quoted characters (the closing mark's offset, or the recovered end). */
  end: number;
  /** Just after the closing mark, or `end` when the mark is missing. */
  outerEnd: number;
}

export interface MarkedQuote {
  /** One part per paragraph; a quote that runs on into the next paragraph has several. */
  parts: MarkedPart[];
  /** Mark family: double (" “ ”), single (' ‘ ’) or guillemet (« »). */
  style: 'double' | 'single' | 'guillemet';
  /** True when the closing mark was missing and the end was recovered. */
  unbalanced: boolean;
}

export interface UnbalancedMark {
  /** Offset of the mark without a partner. */
  start: number;
  end: number;
  kind: 'unclosed' | 'unopened';
}

export interface MarkScan {
  quotes: MarkedQuote[];
  unbalanced: UnbalancedMark[];
}

type Style = MarkedQuote['style'];
type Role = 'open' | 'close' | 'either' | null;

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013/-]/u;
const AFTER_CLOSE = /[\s,.;:!?)\]}\u2014\u2013/-]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** The role a mark can play here, judged from its neighbours. */
function roleOf(text: string, i: number, lineStart: number, lineEnd: number): { style: Style; role: Role } | null {
  const ch = text[i];
  const prev = i > lineStart ? text[i - 1] : undefined;
  const next = i + 1 < lineEnd ? text[i + 1] : undefined;
  const openCtx = prev === undefined || SPACE_BEFORE.test(prev) || '“‘«"\''.includes(prev);
  const closeCtx = next === undefined || AFTER_CLOSE.test(next) || '”’»"\''.includes(next);
  switch (ch) {
    case '“':
      // Some texts close with “ as well; trust the context when it clearly says "close".
      return { style: 'double', role: !openCtx && closeCtx ? 'either' : 'open' };
    case '”':
      // A paragraph opening with ” before its first word (`”Mr. Trump embodies ...`, `” … he delivered`)
      // uses the wrong mark to open when a closer follows in the paragraph. Elsewhere ” only closes.
      if (prev === undefined && next !== undefined && (isLetter(next) || /^ ?…/.test(text.slice(i + 1, i + 3))) && text.slice(i + 1, lineEnd).includes('”')) return { style: 'double', role: 'open' };
      return { style: 'double', role: 'close' };
    case '«':
      return { style: 'guillemet', role: 'open' };
    case '»':
      return { style: 'guillemet', role: 'close' };
    case '"':
      if (openCtx && !closeCtx) return { style: 'double', role: 'open' };
      if (!openCtx && closeCtx) return { style: 'double', role: 'close' };
      return { style: 'double', role: 'either' };
    case '‘':
      if (isLetter(prev) && isLetter(next)) return null; // misused as an apostrophe
      return { style: 'single', role: 'open' };
    case '’':
    case "'":
      // Between letters it is an apostrophe ("Russia’s", "don't"); after a space before a
      // letter a curly ’ is an elision ("’90s"), a straight ' may open.
      if (isLetter(prev) && isLetter(next)) return null;
      if (openCtx && !closeCtx) return ch === "'" ? { style: 'single', role: 'open' } : null;
      if (closeCtx && !openCtx) return { style: 'single', role: 'close' };
      return null;
    default:
      return null;
  }
}

const MARK = /["“”‘’'«»]/g;

/**
 * Two straight apostrophes stand for one double mark in some archives (`''Tell that to the
 * janitor,'' Mr. Biden said`). In `'''` the single mark closes first when a single quote is open.
 */
function isApostrophePair(text: string, i: number, singleOpen: boolean): boolean {
  return text[i] === "'" && text[i + 1] === "'" && !(singleOpen && text[i + 2] === "'");
}

/** The role of an apostrophe pair, judged like a straight double mark from the characters around the pair. */
function pairRole(text: string, i: number, lineStart: number, lineEnd: number): { style: Style; role: Role } {
  const prev = i > lineStart ? text[i - 1] : undefined;
  const next = i + 2 < lineEnd ? text[i + 2] : undefined;
  const openCtx = prev === undefined || SPACE_BEFORE.test(prev) || '“‘«"'.includes(prev);
  const closeCtx = next === undefined || AFTER_CLOSE.test(next) || '”’»"\''.includes(next);
  return { style: 'double', role: openCtx && !closeCtx ? 'open' : !openCtx && closeCtx ? 'close' : 'either' };
}

/**
 * Inside a single-quoted quote, "workers’ rights" is a plural possessive, not the closing mark:
 * an s before it, a lower-case word after it, and another closing candidate later in the paragraph.
 */
function pluralPossessive(text: string, i: number, lineEnd: number): boolean {
  if (!/[sS]/.test(text[i - 1] ?? '') || !/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  return /[^\s]['’](?=[\s,.;:!?)\]—–-]|$)/.test(text.slice(i + 1, lineEnd));
}

interface Open {
  style: Style;
  outerStart: number;
  parts: MarkedPart[];
  /** Characters of the opening mark (2 for an apostrophe pair). */
  width: number;
}

/**
 * Where a quote that lost its closing mark most likely ended: the end of its first sentence,
 * looked for only before `limit` (the next opening mark, or the line end), so that many unclosed
 * marks on one line are scanned once in all, not once each to the end of the text.
 */
function recoveredEnd(text: string, from: number, lineEnd: number, limit = lineEnd): number {
  const stop = Math.min(limit, lineEnd);
  for (let k = from; k < stop; k++) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && (k + 1 >= text.length || /\s/.test(text[k + 1]))) return k + 1;
  }
  if (stop < lineEnd) return stop;
  let end = lineEnd;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Does an unclosed quote at a paragraph end read as the first paragraph of a multi-paragraph quote? */
function runsOn(text: string, open: Open, lineStart: number, lineEnd: number, nextLine: [number, number] | null): boolean {
  if (!nextLine) return false;
  const first = text[nextLine[0]];
  const openers = open.style === 'single' ? "‘'" : open.style === 'guillemet' ? '«' : '“"';
  if (!openers.includes(first) && !(open.style === 'double' && text.startsWith("''", nextLine[0]))) return false;
  const before = text.slice(lineStart, open.outerStart).trimEnd();
  const content = text.slice(open.outerStart + open.width, lineEnd).trim();
  const opensParagraph = before === '' || before.endsWith(':');
  const severalSentences = /[.!?]["”’]?\s+\S/.test(content);
  return opensParagraph || severalSentences;
}

function lines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim() !== '') out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/** Find every quoted span in `text`. Never throws; unbalanced marks are recovered and reported. */
export function scanQuoteMarks(text: string): MarkScan {
  const quotes: MarkedQuote[] = [];
  const unbalanced: UnbalancedMark[] = [];
  const paragraphs = lines(text);
  let carried: Open | null = null; // a quote running on from the previous paragraph

  const finish = (o: Open, part: MarkedPart, isUnbalanced: boolean) => {
    const parts = [...o.parts, part].filter((p) => p.end > p.start);
    if (parts.length > 0) quotes.push({ parts, style: o.style, unbalanced: isUnbalanced });
  };

  paragraphs.forEach(([ls, le], li) => {
    // Stack: the outer quote and at most one nested one (single inside double, or the reverse).
    const stack: Open[] = [];
    let continuing = carried;
    carried = null;
    MARK.lastIndex = ls;
    let m: RegExpExecArray | null;
    while ((m = MARK.exec(text)) && m.index < le) {
      const i = m.index;
      const pair = isApostrophePair(text, i, stack[stack.length - 1]?.style === 'single');
      const w = pair ? 2 : 1;
      if (pair) MARK.lastIndex = i + 2;
      const r = pair ? pairRole(text, i, ls, le) : roleOf(text, i, ls, le);
      if (!r || r.role === null) continue;
      const top = stack[stack.length - 1];
      if (top?.style === 'single' && r.style === 'single' && r.role === 'close' && pluralPossessive(text, i, le)) continue;
      const closesTop = top && top.style === r.style && (r.role === 'close' || r.role === 'either');
      if (closesTop) {
        stack.pop();
        if (stack.length === 0) finish(top, { outerStart: top.outerStart, start: top.outerStart + top.width, end: i, outerEnd: i + w }, false);
        continue;
      }
      if (r.role === 'close') {
        // A closing single with nothing open is a plural possessive ("leaders’ "); a lone closing double is reported.
        if (r.style !== 'single' && stack.length === 0) unbalanced.push({ start: i, end: i + w, kind: 'unopened' });
        continue;
      }
      // An opener. A second top-level opener of the same style means the first never closed.
      if (top && top.style === r.style) {
        stack.pop();
        if (stack.length === 0) {
          if (top.style !== 'single') unbalanced.push({ start: top.outerStart, end: top.outerStart + top.width, kind: 'unclosed' });
          const end = recoveredEnd(text, top.outerStart + top.width, le, i);
          if (top.style !== 'single') finish(top, { outerStart: top.outerStart, start: top.outerStart + top.width, end, outerEnd: end }, true);
        }
      }
      if (stack.length >= 2) continue; // deeper nesting stays inside the outer quote
      if (stack.length === 0 && continuing && r.style === continuing.style && i === ls) {
        // The repeated opening mark of a multi-paragraph quote.
        stack.push({ ...continuing, outerStart: i, width: w });
        continuing = null;
        continue;
      }
      stack.push({ style: r.style, outerStart: i, parts: [], width: w });
    }
    if (continuing) {
      // The previous paragraph promised a continuation that did not come: close it there.
      const last = continuing;
      quotes.push({ parts: last.parts, style: last.style, unbalanced: true });
      unbalanced.push({ start: last.parts[0].outerStart, end: last.parts[0].outerStart + 1, kind: 'unclosed' });
    }
    const outer = stack[0];
    if (!outer) return;
    let end = le;
    while (end > outer.outerStart + outer.width && /\s/.test(text[end - 1])) end--;
    const next = paragraphs[li + 1] ?? null;
    const firstOuter = outer.parts.length > 0 ? outer.parts[0].outerStart : outer.outerStart;
    if (runsOn(text, outer, ls, le, next)) {
      carried = { style: outer.style, outerStart: firstOuter, width: outer.width, parts: [...outer.parts, { outerStart: outer.outerStart, start: outer.outerStart + outer.width, end, outerEnd: end }] };
      return;
    }
    if (outer.style === 'single') return; // an unclosed single is an apostrophe we could not tell apart
    unbalanced.push({ start: outer.outerStart, end: outer.outerStart + outer.width, kind: 'unclosed' });
    const rec = recoveredEnd(text, outer.outerStart + outer.width, le);
    finish(outer, { outerStart: outer.outerStart, start: outer.outerStart + outer.width, end: rec, outerEnd: rec }, true);
  });
  if (carried) {
    const c: Open = carried;
    quotes.push({ parts: c.parts, style: c.style, unbalanced: true });
    unbalanced.push({ start: c.parts[0].outerStart, end: c.parts[0].outerStart + 1, kind: 'unclosed' });
  }
  quotes.sort((a, b) => a.parts[0].outerStart - b.parts[0].outerStart);
  unbalanced.sort((a, b) => a.start - b.start);
  return { quotes, unbalanced };
}
