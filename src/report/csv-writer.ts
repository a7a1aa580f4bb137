/**
 * RFC 4180 CSV: CRLF line ends, a header row, fields quoted only when they hold a comma,
 * a double quote, CR or LF (quotes doubled), or a semicolon or tab (separators in some
 * spreadsheet locales). Plain UTF-8, no BOM by default, so pandas and R read it without options;
 * `bom: true` adds one for spreadsheet programs that otherwise guess a legacy encoding.
 * Booleans are `TRUE`/`FALSE`, which R's read.csv and pandas' read_csv both read as logical.
 *
 * Text cells are untrusted (they come from the articles), so they are guarded against CSV
 * (formula) injection the OWASP way: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets
 * a leading `'`, which spreadsheets read as "this is text". Numbers we write ourselves are not
 * text cells and are never prefixed (-0.25 stays a number). `formulaGuard: false` turns the guard
 * off for analysis use (exact text in pandas/R), never for files opened in a spreadsheet.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** CSV output options: a byte order mark for spreadsheets, and the formula-injection guard. */
export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark (U+FEFF). Default false. */
  bom?: boolean;
  /** Prefix formula-like text cells with `'` (OWASP CSV injection guard). Default true. */
  formulaGuard?: boolean;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that need the field quoted: RFC 4180's, plus separators some locales split on. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvField(value: CsvValue, formulaGuard = true): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const s = formulaGuard ? guardFormula(value) : value;
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

export function toCsv(header: readonly string[], rows: readonly CsvValue[][], options: CsvOptions = {}): string {
  const guard = options.formulaGuard !== false;
  const lines = [header.map((h) => csvField(h, guard)).join(',')];
  for (const row of rows) lines.push(row.map((v) => csvField(v, guard)).join(','));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** Parse RFC 4180 text back into rows (used by tests and by scripts that want no dependency). */
export function parseCsv(input: string): string[][] {
  if (input.startsWith('\uFEFF')) input = input.slice(1);
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
