/**
 * Quote quality on our own annotated texts (not the held-out gold):
 * - tests/fixtures/dev-quotes/annotations.json: the dev set the code was tuned on;
 * - tests/fixtures/dev-quotes/annotations-blind.json: texts written afterwards, never tuned on.
 * Prints detection recall, speaker accuracy on named speakers and kind accuracy for each; asserts
 * the targets on the dev set and reports the blind figures as they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/quotes/index.js';
import { dev } from './quotes-helpers.js';

interface Annotation {
  quote: string;
  speaker: string | null;
  kind: string;
}

interface Figures {
  total: number;
  recall: number;
  accuracy: number;
  kindAccuracy: number;
  misses: string[];
}

function score(annotationFile: string, dir: string): Figures {
  const { files } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'dev-quotes', annotationFile), 'utf8')) as { files: Record<string, Annotation[]> };
  let total = 0;
  let found = 0;
  let named = 0;
  let speakerRight = 0;
  let kindRight = 0;
  const misses: string[] = [];
  for (const [file, list] of Object.entries(files)) {
    const ctx = dev(dir ? `${dir}/${file}` : file);
    const quotes = findQuotes(ctx);
    const actorName = new Map(ctx.actors.map((a) => [a.id, a.name]));
    for (const a of list) {
      total++;
      const q = quotes.find((x) => x.parts.some((p) => ctx.text.slice(p.start, p.end).startsWith(a.quote)));
      if (!q) {
        misses.push(`${file}: not found "${a.quote}"`);
        continue;
      }
      found++;
      if (q.kind === a.kind) kindRight++;
      else misses.push(`${file}: "${a.quote}" kind ${q.kind}, expected ${a.kind}`);
      if (a.speaker === null) continue;
      named++;
      const names = [q.speaker?.name, q.speaker?.actorId ? actorName.get(q.speaker.actorId) : undefined].filter(Boolean).map((n) => n!.toLowerCase());
      if (names.some((n) => n.includes(a.speaker!.toLowerCase()))) speakerRight++;
      else misses.push(`${file}: "${a.quote}" speaker ${q.speaker?.name ?? 'null'}, expected ${a.speaker}`);
    }
  }
  const figures = { total, recall: found / total, accuracy: speakerRight / named, kindAccuracy: kindRight / Math.max(1, found), misses };
  console.log(
    `[quotes-quality] ${annotationFile}: ${total} quotes, recall ${figures.recall.toFixed(3)} (${found}/${total}), named-speaker accuracy ${figures.accuracy.toFixed(3)} (${speakerRight}/${named}), kind accuracy ${figures.kindAccuracy.toFixed(3)} (${kindRight}/${found})` +
      (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
  );
  return figures;
}

it('dev set: recall >= 0.95, named-speaker accuracy >= 0.85', () => {
  const f = score('annotations.json', '');
  expect(f.recall).toBeGreaterThanOrEqual(0.95);
  expect(f.accuracy).toBeGreaterThanOrEqual(0.85);
});

it('blind set: figures reported (detection recall must still hold)', () => {
  const f = score('annotations-blind.json', 'blind');
  expect(f.recall).toBeGreaterThanOrEqual(0.95);
});
