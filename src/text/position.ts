/** Positions in a text: 1-based line and column of an offset (UTF-16 code units, like the offsets). */

export interface Point {
  /** 0-based UTF-16 offset. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units from the line start. */
  column: number;
}

/** 1-based line and column of `offset` in `text` (a `\r\n` pair ends one line). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function pointAt(text: string, offset: number): Point {
  return { offset, ...lineColumn(text, offset) };
}
