/**
 * Sentences with offsets, paragraph index and wink sentiment. wink splits at blank lines but
 * not at single line breaks; in news text a line break ends a heading or list item, so we
 * split there too.
 */
import type { Paragraph } from '../types/article.js';
import type { Sentence } from '../types/analysis.js';
import { sentimentOf, type Token, type WinkSentence } from './tokens.js';
import { lastStartingAtOrBefore } from '../util/search.js';

export function buildSentences(text: string, tokens: Token[], winkSentences: WinkSentence[], paragraphs: Pick<Paragraph, 'start' | 'end'>[]): Sentence[] {
  const pieces: { first: number; last: number; sentiment: number | null }[] = [];
  for (const ws of winkSentences) {
    let first = ws.first;
    const cuts: { first: number; last: number }[] = [];
    for (let i = ws.first; i <= ws.last; i++) {
      if (tokens[i].type === 'tabCRLF' || /^\s+$/.test(tokens[i].text)) {
        if (i > first) cuts.push({ first, last: i - 1 });
        first = i + 1;
      }
    }
    if (first <= ws.last) cuts.push({ first, last: ws.last });
    if (cuts.length === 1) pieces.push({ ...cuts[0], sentiment: ws.sentiment });
    else for (const c of cuts) pieces.push({ ...c, sentiment: null });
  }
  const sentences: Sentence[] = [];
  for (const p of pieces) {
    const start = tokens[p.first].start;
    const end = tokens[p.last].end;
    const index = sentences.length;
    for (let i = p.first; i <= p.last; i++) tokens[i].sentence = index;
    const sentiment = p.sentiment ?? sentimentOf(text.slice(start, end));
    sentences.push({ index, start, end, paragraph: paragraphOf(paragraphs, start), sentiment: round(sentiment) });
  }
  // Whitespace tokens between sentences belong to the sentence before them (never -1).
  let last = 0;
  for (const t of tokens) {
    if (t.sentence === -1) t.sentence = last;
    else last = t.sentence;
  }
  return sentences;
}

function paragraphOf(paragraphs: Pick<Paragraph, 'start' | 'end'>[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(paragraphs, offset));
}

/** Fixed precision keeps JSON output byte-stable across platforms. */
function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
