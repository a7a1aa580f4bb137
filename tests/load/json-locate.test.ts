import { describe, expect, it } from 'vitest';
import { jsonField, jsonValue, lineColumn, locatedString, parseJsonLocated } from '../../src/load/json-locate.js';
import { FramediffError } from '../../src/errors.js';

describe('parseJsonLocated', () => {
  it('parses like JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": ""}';
    expect(jsonValue(parseJsonLocated(text, 'x.json'))).toEqual(JSON.parse(text));
  });

  it('maps every decoded character of a string back to the raw character or escape that made it', () => {
    const raw = '{"title": "T", "maintext": "Xi\\u2019s \\"boundless\\" partnership,\\nsaid Putin."}';
    const root = parseJsonLocated(raw, 'r.json');
    const body = jsonField(root, 'maintext');
    if (body?.kind !== 'string') throw new Error('no body');
    const lt = locatedString(raw, body);
    expect(lt.text).toBe('Xi’s "boundless" partnership,\nsaid Putin.');
    // The apostrophe came from the six characters \u2019; the newline from \n.
    expect(raw.slice(lt.rawAt(2), lt.rawAt(3))).toBe('\\u2019');
    expect(raw.slice(lt.rawAt(lt.text.indexOf('\n')), lt.rawAt(lt.text.indexOf('\n') + 1))).toBe('\\n');
    // Plain words map to themselves.
    for (const word of ['partnership', 'said Putin.', 'boundless']) {
      const i = lt.text.indexOf(word);
      expect(raw.slice(lt.rawAt(i), lt.rawAt(i + word.length))).toBe(word);
    }
    expect(lt.rawAt(lt.length)).toBe(body.end - 1);
  });

  it('reports INVALID_JSON with the line and column of the problem', () => {
    const text = '{\n  "title": "A"\n  "text": "B"\n}';
    try {
      parseJsonLocated(text, 'bad.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FramediffError);
      expect((e as FramediffError).code).toBe('INVALID_JSON');
      expect((e as FramediffError).message).toContain('line 3, column 3');
    }
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('rejects trailing text, raw newlines in strings and bad escapes', () => {
    for (const bad of ['{} x', '"a\nb"', '"\\q"', '[1,]', '{"a" 1}', '']) {
      expect(() => parseJsonLocated(bad, 'b.json'), bad).toThrow(FramediffError);
    }
  });
});
