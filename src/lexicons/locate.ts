/**
 * Where an entry of a lexicon file is: the line and column of the value at a path such as
 * `attribution.verbs.said[2]`, read from the file's JSON text, so an INVALID_LEXICON error can
 * point at it. An entry not in the file (an index into a merged list) gets the nearest enclosing
 * value that is.
 */

type Segment = string | number;

/** `a.b["c d"][2]` → ['a', 'b', 'c d', 2] (the inverse of schema.ts joinPath). */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /(?:^|\.)([\p{L}\p{N}_$-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string)));
  return out;
}

/** A scanner over valid JSON text that finds the offset of the value at `path`. */
class Scanner {
  at = 0;
  constructor(readonly text: string) {}

  private space(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  private string(): string {
    const start = this.at;
    this.at++;
    while (this.text[this.at] !== '"') this.at += this.text[this.at] === '\\' ? 2 : 1;
    this.at++;
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  /** Skip one value; on the way, stop at the child `path[0]` and descend. Returns the offset found. */
  find(path: Segment[]): number {
    this.space();
    const here = this.at;
    if (path.length === 0) return here;
    const c = this.text[this.at];
    if (c === '{' || c === '[') {
      this.at++;
      for (let index = 0; ; index++) {
        this.space();
        if (this.text[this.at] === '}' || this.text[this.at] === ']') break;
        let key: Segment = index;
        if (c === '{') {
          key = this.string();
          this.space();
          this.at++; // the colon
        }
        if (key === path[0]) return this.find(path.slice(1));
        this.find([]);
        this.skipValue();
        this.space();
        if (this.text[this.at] === ',') this.at++;
      }
    }
    return here;
  }

  private skipValue(): void {
    this.space();
    const c = this.text[this.at];
    if (c === '"') return void this.string();
    if (c === '{' || c === '[') {
      let depth = 0;
      do {
        const d = this.text[this.at];
        if (d === '"') {
          this.string();
          continue;
        }
        if (d === '{' || d === '[') depth++;
        if (d === '}' || d === ']') depth--;
        this.at++;
      } while (depth > 0);
      return;
    }
    while (this.at < this.text.length && !/[,}\]\s]/.test(this.text[this.at])) this.at++;
  }
}

/** 1-based line and column of the entry at `path` in JSON `text` (the nearest enclosing value when the file lacks it). */
export function locateEntry(text: string, path: string): { line: number; column: number } {
  let offset = 0;
  try {
    offset = new Scanner(text).find(pathSegments(path));
  } catch {
    offset = 0;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
