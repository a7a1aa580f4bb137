/**
 * HTML extraction rules (lexicons/html.json): the compiled default and a helper for callers who
 * add rules in code. Validation and compiling are the lexicon mechanism's (src/lexicons/html.ts);
 * `--lexicon` files reach here through `Lexicons.html`.
 */
import { buildLexicons, defaultLexicons } from '../lexicons/index.js';
import type { HtmlRules, HtmlRulesData } from '../lexicons/html.js';

export type { HtmlRules, HtmlRulesData } from '../lexicons/html.js';

/** The built-in rules plus a caller's additions (lists are unioned). Throws INVALID_LEXICON on a bad shape. */
export function buildHtmlRules(extra: Partial<HtmlRulesData> = {}): HtmlRules {
  return buildLexicons([{ file: 'html', data: { html: extra } }]).html;
}

/** The built-in rules, compiled once. */
export function defaultHtmlRules(): HtmlRules {
  return defaultLexicons.html;
}
