/** Incremental JSON equals JSON.stringify(value, null, 2), byte for byte, whatever the shape. */
import { describe, expect, it } from 'vitest';
import { ArticlesJsonWriter, writeJson } from '../../src/cli/json-stream.js';

async function collect(value: Record<string, unknown>, chunkSize?: number): Promise<{ text: string; chunks: number }> {
  const chunks: string[] = [];
  await writeJson(value, async (c) => void chunks.push(c), chunkSize);
  return { text: chunks.join(''), chunks: chunks.length };
}

describe('writeJson', () => {
  const values: Record<string, unknown>[] = [
    {},
    { a: [] },
    { a: undefined, b: () => 1, c: null },
    { text: 'line one\nline two "quoted" \u2028 end', n: 1.5, neg: -0, big: 1e21, nan: NaN },
    { articles: [{ id: 'x', nested: [[1, 2], [], {}], s: 'a\nb' }, undefined, 3, 'str', [null]], errors: [{ code: 'TIMEOUT', file: 'a.txt' }] },
    { date: new Date(0), list: [new Date(1)] },
  ];
  it.each(values.map((v, i) => [i, v]))('shape %i', async (_, v) => {
    expect((await collect(v as Record<string, unknown>)).text).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });

  it('writes a long array in many chunks, never as one string', async () => {
    const articles = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, text: 'word '.repeat(50) }));
    const { text, chunks } = await collect({ articles }, 64 * 1024);
    expect(text).toBe(`${JSON.stringify({ articles }, null, 2)}\n`);
    expect(chunks).toBeGreaterThanOrEqual(Math.floor(text.length / (64 * 1024)));
  });
});

describe('ArticlesJsonWriter', () => {
  it.each([0, 1, 3])('%i articles then the errors', async (n) => {
    const { jsonMember } = await import('../../src/cli/json-stream.js');
    const articles = Array.from({ length: n }, (_, i) => ({ id: `art-${i}`, text: `Text ${i}.\nMore.`, analysis: { actors: [] } }));
    const errors = n === 1 ? [] : [{ code: 'NOT_FOUND', file: 'x.txt', message: 'no such file' }];
    let out = '';
    const w = new ArticlesJsonWriter(async (c) => void (out += c));
    for (const a of articles) await w.article(jsonMember(a, 2));
    await w.end(errors);
    expect(out).toBe(`${JSON.stringify({ articles, errors }, null, 2)}\n`);
  });
});
