/**
 * Scoring of our own annotated dev texts (tests/fixtures/dev-quotes*), the way the gold harness
 * scores: a quote is found when one detected quote covers >= 80% of its characters; a named person
 * speaker is right when the detected speaker (name or actor name) contains the surname as a word.
 * Misses are listed: these are our texts, so reading them is how the rules get better.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContext } from '../../src/analyze/context.js';
import { findQuotesWithWarnings } from '../../src/analyze/quotes/index.js';
import { normalize } from '../../src/normalize/normalize.js';
import type { Quote } from '../../src/types/analysis.js';

export interface Gold {
  text: string;
  parts?: string[];
  kind: string;
  speaker: string | null;
  speakerKind: string | null;
  surname?: string;
  /** Expected speaker method where the annotation pins one (`dash`). */
  method?: string;
}

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const load = (dir: string) => JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as { files: Record<string, Gold[]> };

type Spans = [number, number][];
const overlap = (a: Spans, b: Spans) => a.reduce((n, [s, e]) => n + b.reduce((m, [t, u]) => m + Math.max(0, Math.min(e, u) - Math.max(s, t)), 0), 0);
const length = (a: Spans) => a.reduce((n, [s, e]) => n + e - s, 0);
const wordIn = (name: string, word: string) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(name);

/** Gold parts located in order in the text, each right after an opening mark. */
function locate(text: string, g: Gold): Spans {
  let from = 0;
  return (g.parts ?? [g.text]).map((p) => {
    const at = text.indexOf(p, from);
    if (at < 0) throw new Error(`annotation not in text: ${p}`);
    from = at + p.length;
    return [at, at + p.length] as [number, number];
  });
}

/** Score the annotated texts in tests/fixtures/<folder> (e.g. `dev-quotes/styles`). */
export function scoreDevTexts(folder: string) {
  const dir = join(fixtures, folder);
  const { files } = load(dir);
  const matched: { file: string; gold: Gold; quote: Quote }[] = [];
  let total = 0, found = 0, named = 0, right = 0, kinds = 0;
  const misses: string[] = [];
  for (const [file, golds] of Object.entries(files)) {
    const article = normalize({ content: readFileSync(join(dir, file), 'utf8'), label: file, format: 'text', meta: { outlet: 'dev' } });
    const ctx = buildContext(article);
    const { quotes } = findQuotesWithWarnings(ctx, { author: article.byline });
    const actorName = new Map(ctx.actors.map((a) => [a.id, a.name]));
    const spans = (q: Quote): Spans => q.parts.map((p) => [p.start, p.end]);
    for (const g of golds) {
      total++;
      const gs = locate(article.text, g);
      let best: Quote | null = null;
      let bestO = 0;
      for (const q of quotes) {
        const o = overlap(gs, spans(q));
        if (o > bestO) [best, bestO] = [q, o];
      }
      if (!best || bestO / length(gs) < 0.8) {
        misses.push(`${file}: MISSED "${g.text}" (best: ${best?.text ?? '-'})`);
        continue;
      }
      found++;
      matched.push({ file, gold: g, quote: best });
      if (best.kind === g.kind) kinds++;
      else misses.push(`${file}: kind ${best.kind} ≠ ${g.kind}: "${g.text}"`);
      const names = best.speaker ? [best.speaker.name, best.speaker.actorId ? actorName.get(best.speaker.actorId) ?? '' : ''] : [];
      if (g.speakerKind === 'person' && g.speaker) {
        named++;
        const surname = g.surname ?? g.speaker.split(' ').pop()!;
        if (names.some((n) => wordIn(n, surname))) right++;
        else misses.push(`${file}: speaker ${names.join(' / ') || 'null'} ≠ ${g.speaker}: "${g.text}"`);
      } else if (g.speaker === null && best.speaker !== null) misses.push(`${file}: speaker ${names[0]} ≠ null: "${g.text}"`);
      else if (g.speaker !== null && !names.some((n) => n.toLowerCase().includes(g.speaker!.toLowerCase().replace(/^(the|one|a) /, ''))))
        misses.push(`(info) ${file}: ${g.speakerKind} speaker ${names.join(' / ') || 'null'} ≠ ${g.speaker}: "${g.text}"`);
    }
  }
  return { total, found, recall: found / total, named, right, accuracy: right / named, kinds, misses, matched };
}

