/**
 * Shape tests on a single line of text, shared by the title, heading and byline rules.
 */

/** Small words that stay lower-case in Title Case. */
const MINOR = new Set(
  'a an the and or but nor for of in on at to by with from as vs via per into onto over than up off out amid about after before without within'.split(' '),
);

export function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Ends like a sentence or a clause (so it is not a headline). */
export function endsLikeSentence(s: string): boolean {
  return /[.:;,]["”’']?$/.test(s) && !/(?:\.\.\.|…)$/.test(s);
}

/** Share of the non-minor words that start with a capital letter or a digit. */
export function titleCaseRatio(s: string): number {
  const ws = words(s).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter((w) => w && !MINOR.has(w.toLowerCase()));
  if (ws.length === 0) return 0;
  const caps = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / ws.length;
}

/** A headline: short, no sentence-final period/colon (a question or exclamation is fine). */
export function isHeadlineShaped(s: string, maxWords = 30): boolean {
  // A headline has words: "—", "[1]", "!!!" or a URL are not headlines.
  if (s.length > 250 || !/\p{L}{2}/u.test(s) || /https?:\/\//.test(s)) return false;
  const n = words(s).length;
  return n >= 1 && n <= maxWords && s.length <= 250 && !endsLikeSentence(s);
}

/** A section heading inside the body: short, no end punctuation, Title Case-ish. */
export function isHeadingShaped(s: string): boolean {
  if (s.length > 120) return false;
  const n = words(s).length;
  return n >= 1 && n <= 14 && s.length <= 120 && !/[.!?:;,]["”’']?$/.test(s) && titleCaseRatio(s) >= 0.75;
}

/** Compare lines for "is this the same headline": case, quote style and spacing ignored. */
export function sameLineKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
