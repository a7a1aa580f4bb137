import { LocatedText } from '../../text/located-text.js';
import type { ParsedInput } from '../parsed-input.js';
import { readFrontMatter } from './front-matter.js';

/**
 * Plain text as people copy it: the whole text is one block (normalization finds the paragraphs),
 * after optional YAML front matter.
 */
export function parseText(raw: string): ParsedInput {
  const fm = readFrontMatter(raw);
  return {
    format: 'text',
    raw,
    blocks: [LocatedText.fromRaw(raw, fm.bodyStart)],
    meta: fm.meta,
    removed: fm.removed,
    citations: [],
    warnings: fm.warnings,
  };
}
