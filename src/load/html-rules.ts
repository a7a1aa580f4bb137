import { FramediffError } from '../errors.js';
import data from '../../lexicons/html.json' with { type: 'json' };

/** The data behind HTML main-text extraction (lexicons/html.json). */
export interface HtmlRulesData {
  invisibleTags: string[];
  chromeTags: string[];
  chromeRoles: string[];
  captionTags: string[];
  blockTags: string[];
  chromeClassTokens: string[];
  captionClassTokens: string[];
}

/**
 * Compiled HTML extraction rules, as `ParseOptions.htmlRules` takes them (from `buildHtmlRules`).
 */
export interface HtmlRules {
  invisibleTags: ReadonlySet<string>;
  chromeTags: ReadonlySet<string>;
  chromeRoles: ReadonlySet<string>;
  captionTags: ReadonlySet<string>;
  blockTags: ReadonlySet<string>;
  chromeClass: RegExp;
  captionClass: RegExp;
}

const KEYS = ['invisibleTags', 'chromeTags', 'chromeRoles', 'captionTags', 'blockTags', 'chromeClassTokens', 'captionClassTokens'] as const;

/** `['advert*', 'ad']` → /^(?:advert[\w-]*|ad)$/i */
function tokenPattern(tokens: string[]): RegExp {
  const alts = tokens.map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '[\\w-]*'));
  return new RegExp(`^(?:${alts.join('|')})$`, 'i');
}

/** The built-in rules plus a caller's additions (lists are concatenated). Throws INVALID_LEXICON on a bad shape. */
export function buildHtmlRules(extra: Partial<HtmlRulesData> = {}): HtmlRules {
  const merged = {} as HtmlRulesData;
  for (const key of KEYS) {
    const add = extra[key] ?? [];
    if (!Array.isArray(add) || add.some((x) => typeof x !== 'string')) {
      throw new FramediffError('INVALID_LEXICON', 'html', `"${key}" must be a list of strings`);
    }
    merged[key] = [...(data as HtmlRulesData)[key], ...add];
  }
  return {
    invisibleTags: new Set(merged.invisibleTags),
    chromeTags: new Set(merged.chromeTags),
    chromeRoles: new Set(merged.chromeRoles),
    captionTags: new Set(merged.captionTags),
    blockTags: new Set([...merged.blockTags, '#document']),
    chromeClass: tokenPattern(merged.chromeClassTokens),
    captionClass: tokenPattern(merged.captionClassTokens),
  };
}

let defaults: HtmlRules | undefined;
/** The built-in rules, compiled once. */
export function defaultHtmlRules(): HtmlRules {
  return (defaults ??= buildHtmlRules());
}
