import type { OffsetRun } from '../types/article.js';

/**
 * A string whose every code unit remembers where it came from in the raw input.
 * Normalization edits only LocatedText, so provenance survives every rule.
 *
 * `map[i]` is the raw offset of `text[i]`; `map[text.length]` is the raw offset just
 * after the last character. Inserted characters (separators) map to the raw offset of
 * the next original character.
 *
 * `ends[i]` is the raw offset just after the raw text that `text[i]` stands for. For a copied
 * character it is `map[i] + 1`; for a decoded unit (an entity like `&amp;`, a JSON `\u2019`
 * escape, a base letter plus the marks NFC composed into it) every character of the unit
 * maps to the unit's first raw character and ends after its last one, so a span that ends on
 * the unit covers all of it; for an inserted character it equals `map[i]` (zero width).
 */
export class LocatedText {
  readonly ends: Int32Array;

  /**
   * Without `ends`, `text` is read as decoded from one contiguous stretch of raw (as a parser
   * produces it): each character runs up to the next character that starts later.
   */
  constructor(
    readonly text: string,
    readonly map: Int32Array,
    ends?: Int32Array,
  ) {
    if (map.length !== text.length + 1) throw new RangeError('LocatedText: map must have text.length + 1 entries');
    if (ends && ends.length !== text.length) throw new RangeError('LocatedText: ends must have text.length entries');
    this.ends = ends ?? contiguousEnds(map);
  }

  /** The whole of `raw[start, end)`, each character at its own offset. */
  static fromRaw(raw: string, start = 0, end = raw.length): LocatedText {
    const map = new Int32Array(end - start + 1);
    for (let i = 0; i <= end - start; i++) map[i] = start + i;
    return new LocatedText(raw.slice(start, end), map);
  }

  /** A string produced from `raw[rawStart, rawEnd)` by decoding (entities, escapes): its characters map proportionally. */
  static fromDecoded(text: string, rawStart: number, rawEnd: number): LocatedText {
    const map = new Int32Array(text.length + 1);
    if (text.length === rawEnd - rawStart) {
      for (let i = 0; i <= text.length; i++) map[i] = rawStart + i;
    } else {
      for (let i = 0; i < text.length; i++) map[i] = rawStart + Math.floor((i * (rawEnd - rawStart)) / Math.max(1, text.length));
      map[text.length] = rawEnd;
    }
    return new LocatedText(text, map);
  }

  /** Text inserted by normalization (a separator): maps to `at` and covers no raw text. */
  static inserted(text: string, at: number): LocatedText {
    return new LocatedText(text, new Int32Array(text.length + 1).fill(at), new Int32Array(text.length).fill(at));
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): LocatedText {
    return new LocatedText(this.text.slice(start, end), this.map.slice(start, end + 1), this.ends.slice(start, end));
  }

  rawAt(offset: number): number {
    return this.map[offset];
  }

  /** Raw offset just after what `text[offset]` stands for (past a whole entity or escape). */
  rawEndAt(offset: number): number {
    return this.ends[offset];
  }

  /**
   * The raw span holding `text[start, end)`: from the first character's raw offset to the end of
   * the last character that is not inserted (so a span ending on an entity covers the entity).
   */
  rawSpan(start: number, end: number): { rawStart: number; rawEnd: number } {
    const rawStart = this.map[start];
    let last = end - 1;
    while (last >= start && this.ends[last] === this.map[last]) last--;
    return { rawStart, rawEnd: last < start ? rawStart : Math.max(rawStart, this.ends[last]) };
  }

  /** Concatenate pieces, putting `separator` between them (mapped to the next piece's start). */
  static join(pieces: LocatedText[], separator = ''): LocatedText {
    if (pieces.length === 0) return new LocatedText('', new Int32Array([0]));
    let total = 0;
    for (const p of pieces) total += p.length;
    total += separator.length * (pieces.length - 1);
    const map = new Int32Array(total + 1);
    const ends = new Int32Array(total);
    let text = '';
    let pos = 0;
    pieces.forEach((p, i) => {
      if (i > 0 && separator) {
        const at = p.map[0];
        map.fill(at, pos, pos + separator.length);
        ends.fill(at, pos, pos + separator.length);
        text += separator;
        pos += separator.length;
      }
      map.set(p.map.subarray(0, p.length), pos);
      ends.set(p.ends, pos);
      text += p.text;
      pos += p.length;
    });
    map[total] = pieces[pieces.length - 1].map[pieces[pieces.length - 1].length];
    return new LocatedText(text, map, ends);
  }

  /**
   * Replace every match of `pattern` (must be global) by `replacement(match)`. A one-for-one
   * replacement keeps per-character offsets; any other becomes one unit standing for the whole
   * match (it maps to the match's start and ends where the match ends).
   */
  replace(pattern: RegExp, replacement: (match: RegExpExecArray) => string): LocatedText {
    if (!pattern.global) throw new Error('LocatedText.replace needs a global RegExp');
    const pieces: LocatedText[] = [];
    let last = 0;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(this.text))) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const rep = replacement(m);
      const from = m.index;
      const to = from + m[0].length;
      pieces.push(this.slice(last, from));
      if (rep.length === m[0].length) {
        pieces.push(new LocatedText(rep, this.map.slice(from, to + 1), this.ends.slice(from, to)));
      } else {
        const start = this.map[from];
        let end = start;
        for (let k = from; k < to; k++) end = Math.max(end, this.ends[k]);
        const map = new Int32Array(rep.length + 1).fill(start);
        map[rep.length] = this.map[to];
        pieces.push(new LocatedText(rep, map, new Int32Array(rep.length).fill(end)));
      }
      last = to;
    }
    if (last === 0) return this;
    pieces.push(this.slice(last));
    return LocatedText.join(pieces);
  }

  /**
   * Compress the map into runs: `[t, r, len]` where text and raw advance together, and
   * `[t, r, len, rawLen]` for a unit (decoded entity or escape, composed cluster, folded
   * whitespace; `rawLen` 0 for inserted separators) whose characters all map to `r`.
   */
  toRuns(): OffsetRun[] {
    const runs: OffsetRun[] = [];
    const { map, ends } = this;
    const n = this.text.length;
    let i = 0;
    while (i < n) {
      const t0 = i;
      const r0 = map[i];
      const e0 = ends[i];
      i++;
      if (e0 === r0 + 1) {
        while (i < n && map[i] === r0 + (i - t0) && ends[i] === map[i] + 1) i++;
        runs.push([t0, r0, i - t0]);
      } else {
        while (i < n && map[i] === r0 && ends[i] === e0) i++;
        runs.push([t0, r0, i - t0, e0 - r0]);
      }
    }
    // A final zero-length run records where the text ends in the raw input.
    runs.push([n, map[n], 0]);
    return runs;
  }
}

/**
 * Ends for text decoded from one contiguous stretch of raw: characters sharing a raw start are
 * one unit (a multi-unit decoding) ending where the next character starts (or the text ends).
 */
function contiguousEnds(map: Int32Array): Int32Array {
  const n = map.length - 1;
  const ends = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (i + 1 < n && map[i + 1] === map[i]) ends[i] = ends[i + 1];
    else ends[i] = map[i + 1] >= map[i] ? map[i + 1] : map[i] + 1;
  }
  return ends;
}
