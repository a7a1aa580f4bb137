/**
 * Markdown escaping: article text must read as text, never as markup, links or raw HTML.
 * Backslash-escapes CommonMark punctuation that could start markup; newlines fold to spaces
 * (excerpts and table cells are one line).
 */
export function mdText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]{}<>|#~!&]/g, (c) => `\\${c}`)
    .replace(/^([-+=]|\d+[.)])(\s|$)/, (m) => `\\${m}`);
}

/** A table row from already-escaped cells. */
export function mdRow(cells: string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}

export function mdTable(header: string[], rows: string[][]): string {
  return [mdRow(header), mdRow(header.map(() => '---')), ...rows.map(mdRow)].join('\n');
}
