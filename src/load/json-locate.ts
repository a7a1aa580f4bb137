import { FramediffError } from '../errors.js';
import { lineColumn } from '../text/position.js';
import { LocatedText } from '../text/located-text.js';

/**
 * A tiny JSON parser that remembers where every value sits in the source, so a record's body
 * (with escapes like \n and \u2019 decoded) can be mapped back to exact raw offsets.
 * Offsets are string indices into the text given to `parseJsonLocated`.
 */
export type JsonNode =
  | { kind: 'object'; start: number; end: number; entries: [string, JsonNode][] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number' | 'boolean' | 'null'; start: number; end: number; value: number | boolean | null };

/** Parse `text[start, end)` as one JSON value. Throws INVALID_JSON with line and column. */
export function parseJsonLocated(text: string, label: string, start = 0, end = text.length): JsonNode {
  const p = new JsonParser(text, label, start, end);
  p.ws();
  const node = p.value();
  p.ws();
  if (p.pos < end) p.fail('unexpected text after the JSON value');
  return node;
}

/** The plain JS value of a node (objects keep the last of duplicate keys, as JSON.parse does). */
export function jsonValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map(([k, v]) => [k, jsonValue(v)]));
    case 'array':
      return node.items.map(jsonValue);
    default:
      return node.value;
  }
}

/** Field of an object node by key (last occurrence wins). */
export function jsonField(node: JsonNode, key: string): JsonNode | undefined {
  if (node.kind !== 'object') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i][0] === key) return node.entries[i][1];
  return undefined;
}

/**
 * A string node's decoded value as LocatedText: each character maps to the raw offset of the
 * character or escape sequence that produced it (one decoded character per escape).
 */
export function locatedString(text: string, node: JsonNode & { kind: 'string' }): LocatedText {
  const open = node.start + 1;
  const close = node.end - 1;
  const firstEscape = text.indexOf('\\', open);
  if (firstEscape === -1 || firstEscape >= close) return LocatedText.fromRaw(text, open, close);
  const map = new Int32Array(node.value.length + 1);
  let k = 0;
  let i = open;
  for (let esc = firstEscape; esc !== -1 && esc < close; esc = text.indexOf('\\', i)) {
    while (i < esc) map[k++] = i++;
    map[k++] = esc;
    i = esc + (text[esc + 1] === 'u' ? 6 : 2);
  }
  while (i < close) map[k++] = i++;
  map[k] = close;
  return new LocatedText(node.value, map);
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export { lineColumn };

/** Deepest nesting of arrays and objects a JSON input may have (real article records nest a few levels). */
export const MAX_JSON_DEPTH = 512;

class JsonParser {
  pos: number;
  private depth = 0;
  constructor(
    readonly text: string,
    readonly label: string,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  fail(message: string, at = this.pos, showFound = true, code: 'INVALID_JSON' | 'TOO_DEEP' = 'INVALID_JSON'): never {
    const { line, column } = lineColumn(this.text, at);
    const found = !showFound ? '' : at < this.end ? ` (found ${shown(this.text[at])})` : ' (found end of input)';
    throw new FramediffError(code, this.label, `${code === 'TOO_DEEP' ? 'JSON' : 'invalid JSON'} at line ${line}, column ${column}: ${message}${found}`, { line, column });
  }

  ws(): void {
    while (this.pos < this.end) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else break;
    }
  }

  value(): JsonNode {
    if (this.pos >= this.end) this.fail('expected a value');
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      // Past MAX_JSON_DEPTH the recursive descent (and every later walk) would overflow the stack.
      if (++this.depth > MAX_JSON_DEPTH) this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`, this.pos, false, 'TOO_DEEP');
      const node = c === '{' ? this.object() : this.array();
      this.depth--;
      return node;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        const start = this.pos;
        this.pos += word.length;
        return { kind: value === null ? 'null' : 'boolean', start, end: this.pos, value };
      }
    }
    return this.fail('expected a value');
  }

  object(): JsonNode {
    const start = this.pos++;
    const entries: [string, JsonNode][] = [];
    this.ws();
    if (this.text[this.pos] === '}') return { kind: 'object', start, end: ++this.pos, entries };
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail('expected a "quoted" key');
      const key = this.string() as { value: string };
      this.ws();
      if (this.text[this.pos] !== ':') this.fail('expected ":"');
      this.pos++;
      this.ws();
      entries.push([key.value, this.value()]);
      this.ws();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return { kind: 'object', start, end: this.pos, entries };
      if (c !== ',') this.fail('expected "," or "}"', this.pos - 1);
    }
  }

  array(): JsonNode {
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.ws();
    if (this.text[this.pos] === ']') return { kind: 'array', start, end: ++this.pos, items };
    for (;;) {
      this.ws();
      items.push(this.value());
      this.ws();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ']') return { kind: 'array', start, end: this.pos, items };
      if (c !== ',') this.fail('expected "," or "]"', this.pos - 1);
    }
  }

  string(): JsonNode {
    const start = this.pos++;
    let out = '';
    // Jump from one special character (quote, backslash, control) to the next: bodies are long.
    // eslint-disable-next-line no-control-regex -- JSON strings end at a control character
    const special = /["\\\u0000-\u001f]/g;
    for (;;) {
      special.lastIndex = this.pos;
      const m = special.exec(this.text);
      if (!m || m.index >= this.end) return this.fail('string never closed', start, false);
      out += this.text.slice(this.pos, m.index);
      this.pos = m.index;
      const c = m[0];
      if (c === '"') {
        this.pos++;
        return { kind: 'string', start, end: this.pos, value: out };
      }
      if (c !== '\\') this.fail('control character in a string (unescaped newline?)');
      const e = this.text[this.pos + 1];
      if (e === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        this.pos += 2;
      } else this.fail('bad escape');
    }
  }

  number(): JsonNode {
    const start = this.pos;
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = start;
    const r = m.exec(this.text);
    if (!r || r[0] === '-') this.fail('bad number');
    this.pos = start + r[0].length;
    return { kind: 'number', start, end: this.pos, value: Number(r[0]) };
  }
}

/** A character for a one-line message: quoted as is, or escaped when it is a control or space character (a raw newline would split the line). */
function shown(ch: string): string {
  return /[\p{C}\s]/u.test(ch) ? JSON.stringify(ch) : `'${ch}'`;
}
