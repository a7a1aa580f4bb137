/**
 * HTML extraction lexicon (lexicons/html.json, schema/lexicons/html.schema.json): which elements,
 * roles and class names of a page are chrome, captions or blocks, for main-text extraction.
 */
import type { Provenance } from './lexicon.js';

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

/** The compiled HTML lexicon load runs (`Lexicons.html`, `ParseOptions.htmlRules`). */
export interface HtmlRules {
  /** Where the rules came from (lexicon file names). */
  files?: string[];
  invisibleTags: ReadonlySet<string>;
  chromeTags: ReadonlySet<string>;
  chromeRoles: ReadonlySet<string>;
  captionTags: ReadonlySet<string>;
  blockTags: ReadonlySet<string>;
  chromeClass: RegExp;
  captionClass: RegExp;
}

/** `['advert*', 'ad']` → /^(?:advert[\w-]*|ad)$/i; no tokens match nothing. */
function tokenPattern(tokens: string[]): RegExp {
  const alts = tokens.map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '[\\w-]*'));
  return alts.length ? new RegExp(`^(?:${alts.join('|')})$`, 'i') : /(?!)/;
}

export function compileHtml(raw: Partial<HtmlRulesData>, p: Provenance): HtmlRules {
  return {
    files: p.files,
    invisibleTags: new Set(raw.invisibleTags),
    chromeTags: new Set(raw.chromeTags),
    chromeRoles: new Set(raw.chromeRoles),
    captionTags: new Set(raw.captionTags),
    blockTags: new Set([...(raw.blockTags ?? []), '#document']),
    chromeClass: tokenPattern(raw.chromeClassTokens ?? []),
    captionClass: tokenPattern(raw.captionClassTokens ?? []),
  };
}
