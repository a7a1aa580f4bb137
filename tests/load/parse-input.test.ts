import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/load/parse-input.js';
import { FramediffError } from '../../src/errors.js';

const seed = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url));

describe('parseInput: plain text', () => {
  it('gives the decoded text as one block mapped onto the raw input, with source info', () => {
    const bytes = seed('001_5a90b57f7be9b762.txt');
    const { parsed, source } = parseInput({ content: bytes, label: 'corpus/001_5a90b57f7be9b762.txt' });
    expect(parsed).toHaveLength(1);
    const p = parsed[0];
    expect(p.format).toBe('text');
    expect(p.raw).toBe(bytes.toString('utf8'));
    expect(p.blocks).toHaveLength(1);
    expect(p.blocks[0].text).toBe(p.raw);
    expect(p.blocks[0].rawAt(p.raw.indexOf('Kyiv'))).toBe(p.raw.indexOf('Kyiv'));
    expect(source).toMatchObject({ label: 'corpus/001_5a90b57f7be9b762.txt', format: 'text', encoding: 'utf-8', bytes: bytes.length });
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes a string input as its UTF-8 bytes and keeps caller metadata', () => {
    const a = parseInput({ content: 'Café talks.', label: 'a', meta: { outlet: 'Example News' } });
    const b = parseInput({ content: new TextEncoder().encode('Café talks.'), label: 'a' });
    expect(a.source.sha256).toBe(b.source.sha256);
    expect(a.source.bytes).toBe(12);
    expect(a.parsed[0].meta.outlet).toBe('Example News');
  });

  it('throws EMPTY_FILE for empty and whitespace-only inputs', () => {
    for (const content of ['', ' \n\t\n']) {
      try {
        parseInput({ content, label: 'empty.txt' });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(FramediffError);
        expect((e as FramediffError).code).toBe('EMPTY_FILE');
        expect((e as FramediffError).file).toBe('empty.txt');
      }
    }
  });
});

describe('parseInput: wrong input shapes from scripts', () => {
  it('a {text} object instead of {content} is a typed INVALID_INPUT naming the fields it has', () => {
    const call = () => parseInput({ text: 'hello', label: 'notes/a.txt' } as never);
    expect(call).toThrow(FramediffError);
    expect(call).toThrow(/"content" field .*its fields are: text, label/);
    try {
      call();
    } catch (e) {
      expect((e as FramediffError).code).toBe('INVALID_INPUT');
      expect((e as FramediffError).file).toBe('notes/a.txt');
    }
  });

  it('null or a number is refused the same way', () => {
    expect(() => parseInput(null as never)).toThrow(/expected a string or \{content/);
    expect(() => parseInput(42 as never)).toThrow(/got number/);
  });
});
