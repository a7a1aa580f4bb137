/**
 * Scores loaded wording (analysis.framing) against the hand-written gold in
 * tests/fixtures/loaded-wording-gold/articles.json: precision (found terms overlapping a gold
 * term), recall (gold terms overlapped by a found term) and voice (matched terms whose
 * narrator/quote voice equals the gold's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/analyze.js';
import { normalize } from '../../src/normalize/normalize.js';
import type { FramingTerm } from '../../src/types/analysis.js';

interface GoldTerm {
  text: string;
  voice: 'narrator' | 'quote';
  occurrence?: number;
}
interface GoldArticle {
  id: string;
  style: string;
  text: string;
  terms: GoldTerm[];
}

export interface GoldScore {
  precision: number;
  recall: number;
  voice: number;
  found: number;
  gold: number;
  falsePositives: string[];
  misses: string[];
  wrongVoice: string[];
}

const file = join(import.meta.dirname, '../fixtures/loaded-wording-gold/articles.json');

function locate(text: string, t: GoldTerm): [number, number] {
  let at = -1;
  for (let n = 0; n < (t.occurrence ?? 1); n++) at = text.indexOf(t.text, at + 1);
  if (at < 0) throw new Error(`gold term "${t.text}" not in its article`);
  return [at, at + t.text.length];
}

export function scoreLoadedGold(): GoldScore {
  const articles = (JSON.parse(readFileSync(file, 'utf8')) as { articles: GoldArticle[] }).articles;
  let tp = 0, found = 0, gold = 0, hit = 0, voiceOk = 0;
  const falsePositives: string[] = [], misses: string[] = [], wrongVoice: string[] = [];
  for (const a of articles) {
    const article = normalize({ content: a.text, label: `${a.id}.txt` });
    const terms: FramingTerm[] = analyze(article).framing;
    const spans = a.terms.map((t) => ({ t, span: locate(article.text, t) }));
    const overlaps = (f: FramingTerm, s: [number, number]) => f.start < s[1] && s[0] < f.end;
    for (const f of terms) {
      found++;
      if (spans.some((g) => overlaps(f, g.span))) tp++;
      else falsePositives.push(`${a.style}: ${f.text} (${f.rule})`);
    }
    for (const g of spans) {
      gold++;
      const m = terms.find((f) => overlaps(f, g.span));
      if (!m) {
        misses.push(`${a.style}: ${g.t.text}`);
        continue;
      }
      hit++;
      if (m.voice === g.t.voice) voiceOk++;
      else wrongVoice.push(`${a.style}: ${g.t.text} (${m.voice}, gold ${g.t.voice})`);
    }
  }
  return { precision: found ? tp / found : 0, recall: gold ? hit / gold : 0, voice: hit ? voiceOk / hit : 0, found, gold, falsePositives, misses, wrongVoice };
}
