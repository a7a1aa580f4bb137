/**
 * RFC 4180 CSV: CRLF line ends, a header row, fields quoted only when they hold a comma,
 * a double quote, CR or LF (quotes doubled), or a semicolon or tab (separators in some
 * spreadsheet locales). Plain UTF-8, no BOM, so pandas and R read it without options.
 *
 * Text cells are untrusted (they come from the articles), so they are guarded against CSV
 * (formula) injection the OWASP way: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets
 * a leading `'`, which spreadsheets read as "this is text". Numbers we write ourselves are not
 * text cells and are never prefixed (-0.25 stays a number).
 */
export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that need the field quoted: RFC 4180's, plus separators some locales split on. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  const s = typeof value === 'string' ? guardFormula(value) : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A text cell a spreadsheet would run as a formula, made inert with a leading `'`. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Numbers as plain decimals, rounded to 6 places: stable across runs, no exponent notation for ordinary values. */
function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 1e6) / 1e6);
}

export function toCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Parse RFC 4180 text back into rows (used by tests and by scripts that want no dependency). */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
