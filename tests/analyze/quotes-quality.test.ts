/**
 * Quote quality on our own annotated dev texts (tests/fixtures/dev-quotes/annotations.json,
 * written by hand before tuning; not the held-out gold): detection recall, speaker accuracy on
 * named speakers, kind accuracy. Prints the figures; asserts the targets.
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

const annotations = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'dev-quotes', 'annotations.json'), 'utf8')) as {
  files: Record<string, Annotation[]>;
};

it('dev quotes: recall >= 0.95, named-speaker accuracy >= 0.85', () => {
  let total = 0;
  let found = 0;
  let named = 0;
  let speakerRight = 0;
  let kindRight = 0;
  const misses: string[] = [];
  for (const [file, list] of Object.entries(annotations.files)) {
    const ctx = dev(file);
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
  const recall = found / total;
  const accuracy = speakerRight / named;
  console.log(
    `[quotes-quality] dev set: ${total} quotes, recall ${recall.toFixed(3)} (${found}/${total}), named-speaker accuracy ${accuracy.toFixed(3)} (${speakerRight}/${named}), kind accuracy ${(kindRight / found).toFixed(3)} (${kindRight}/${found})`,
  );
  if (misses.length) console.log(`[quotes-quality] misses:\n  ${misses.join('\n  ')}`);
  expect(recall).toBeGreaterThanOrEqual(0.95);
  expect(accuracy).toBeGreaterThanOrEqual(0.85);
});
