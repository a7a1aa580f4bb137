import type { Paragraph } from '../types/article.js';
import { LocatedText } from '../text/located-text.js';
import { isHeadingShaped } from './text-shape.js';
import { firstIndex } from '../util/search.js';

/**
 * Join the body lines into the normalized text, one paragraph per line, separated by exactly
 * "\n\n" (mapped to the next paragraph's raw start). A short Title Case line without end
 * punctuation that is followed by more text is a `heading` paragraph.
 */
export function assembleParagraphs(lines: LocatedText[], detectHeadings = true): { text: LocatedText; paragraphs: Paragraph[] } {
  const text = LocatedText.join(lines, '\n\n');
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  lines.forEach((lt, i) => {
    const heading = detectHeadings && i < lines.length - 1 && isHeadingShaped(lt.text);
    paragraphs.push({ start: pos, end: pos + lt.length, kind: heading ? 'heading' : 'body' });
    pos += lt.length + 2;
  });
  return { text, paragraphs };
}

/** The first offset in `text` whose raw position is at or after `raw` (where a removed marker stood). */
export function rawToTextOffset(text: LocatedText, raw: number): number {
  return firstIndex(text.length, (i) => text.map[i] >= raw);
}
