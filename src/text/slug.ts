/**
 * The one slug of the code base: actor ids (`person:vladimir-putin`), outlet ids (`epoch-times`),
 * discovered variant-group ids and the URL slugs that tag lines are checked against.
 *
 * Lower case; letters and digits of any script kept, every other run of characters one `-`.
 * Accents on Latin letters go ("Zelenskyy" and "Zelenskýy" meet), and so do the Latin letters NFKD
 * does not decompose (ł, ø, ß ...), spelled as English-language outlets write them; combining marks
 * of other scripts stay, since there they are part of the letter (Devanagari vowel signs).
 */

/** Latin letters NFKD does not decompose, spelled the way English-language outlets write them. */
const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', ı: 'i' };

/** Options of `slug`. */
export interface SlugOptions {
  /** Write `&` as "and" ("Marks & Spencer" → `marks-and-spencer`; outlet ids); default false, `&` is a separator. */
  ampersand?: boolean;
}

const memo = new Map<string, string>();

/** `text` as a slug; empty when it has no letter or digit (callers that need an id supply their own fallback). */
export function slug(text: string, options: SlugOptions = {}): string {
  if (options.ampersand) return slugOf(text, true);
  // Memoized: asked for every mention of every actor (two normalizations and four regexes each).
  let s = memo.get(text);
  if (s === undefined) {
    s = slugOf(text, false);
    if (memo.size < 50_000) memo.set(text, s);
  }
  return s;
}

function slugOf(text: string, ampersand: boolean): string {
  const folded = text.replace(/[łŁøØđĐßæÆœŒþÞðı]/g, (c) => FOLD[c]);
  return (ampersand ? folded.replace(/&/g, ' and ') : folded)
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
