import type { OffsetRun } from '../types/article.js';

/**
 * A string whose every code unit remembers where it came from in the raw input.
 * Normalization edits only LocatedText, so provenance survives every rule.
 *
 * `map[i]` is the raw offset of `text[i]`; `map[text.length]` is the raw offset just
 * after the last character. Inserted characters (separators) map to the raw offset of
 * the next original character.
 */
export class LocatedText {
  constructor(
    readonly text: string,
    readonly map: Int32Array,
  ) {
    if (map.length !== text.length + 1) throw new RangeError('LocatedText: map must have text.length + 1 entries');
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

  /** Text inserted by normalization (a separator): maps to `at`. */
  static inserted(text: string, at: number): LocatedText {
    return new LocatedText(text, new Int32Array(text.length + 1).fill(at));
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): LocatedText {
    return new LocatedText(this.text.slice(start, end), this.map.slice(start, end + 1));
  }

  rawAt(offset: number): number {
    return this.map[offset];
  }

  /** Concatenate pieces, putting `separator` between them (mapped to the next piece's start). */
  static join(pieces: LocatedText[], separator = ''): LocatedText {
    if (pieces.length === 0) return new LocatedText('', new Int32Array([0]));
    let total = 0;
    for (const p of pieces) total += p.length;
    total += separator.length * (pieces.length - 1);
    const map = new Int32Array(total + 1);
    let text = '';
    let pos = 0;
    pieces.forEach((p, i) => {
      if (i > 0 && separator) {
        const at = p.map[0];
        for (let k = 0; k < separator.length; k++) map[pos + k] = at;
        text += separator;
        pos += separator.length;
      }
      map.set(p.map.subarray(0, p.length), pos);
      text += p.text;
      pos += p.length;
    });
    map[total] = pieces[pieces.length - 1].map[pieces[pieces.length - 1].length];
    return new LocatedText(text, map);
  }

  /**
   * Replace every match of `pattern` (must be global) by `replacement(match)`; the replacement
   * maps to the start of the match (a one-for-one replacement keeps per-character offsets).
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
      pieces.push(this.slice(last, m.index));
      if (rep.length === m[0].length) {
        pieces.push(new LocatedText(rep, this.map.slice(m.index, m.index + rep.length + 1)));
      } else {
        const map = new Int32Array(rep.length + 1).fill(this.map[m.index]);
        map[rep.length] = this.map[m.index + m[0].length];
        pieces.push(new LocatedText(rep, map));
      }
      last = m.index + m[0].length;
    }
    if (last === 0) return this;
    pieces.push(this.slice(last));
    return LocatedText.join(pieces);
  }

  /** Compress the map into runs where text and raw advance together. */
  toRuns(): OffsetRun[] {
    const runs: OffsetRun[] = [];
    const n = this.text.length;
    let i = 0;
    while (i < n) {
      const t0 = i;
      const r0 = this.map[i];
      i++;
      while (i < n && this.map[i] === r0 + (i - t0)) i++;
      runs.push([t0, r0, i - t0]);
    }
    // A final zero-length run records where the text ends in the raw input.
    runs.push([n, this.map[n], 0]);
    return runs;
  }
}
