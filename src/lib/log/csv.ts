/**
 * CSV as RFC 4180 describes it (comma separated, CRLF rows, fields with commas, quotes or line
 * breaks quoted, quotes doubled), safe to open in a spreadsheet: a cell that a spreadsheet would
 * run as a formula is escaped with a leading apostrophe, and that escape is undone on reading.
 * Pure: no DOM.
 */

/** First characters that make a spreadsheet treat a cell as a formula (OWASP's list). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);
const ESCAPE = "'";

/**
 * A cell value safe to open in a spreadsheet: one apostrophe before a formula-like start, and
 * before a leading apostrophe, so reading it back gives exactly `value`.
 */
export function escapeFormula(value: string): string {
  const first = value.charAt(0);
  return FORMULA_START.has(first) || first === ESCAPE ? ESCAPE + value : value;
}

/** Undoes escapeFormula; an apostrophe a CRM put before plain text is kept. */
export function unescapeFormula(cell: string): string {
  if (cell.charAt(0) !== ESCAPE) return cell;
  const next = cell.charAt(1);
  return FORMULA_START.has(next) || next === ESCAPE ? cell.slice(1) : cell;
}

/** One field, quoted when it holds a comma, quote or line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text of rows (the first is usually the header), formula-escaped, with CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((v) => field(escapeFormula(v))).join(',')).join('\r\n') + '\r\n';
}

/** A CSV file that cannot be read, with the line where reading stopped. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/**
 * Rows of CSV text: a byte-order mark is dropped, CRLF, LF and CR all end a row, quoted fields may
 * hold commas, doubled quotes and line breaks, and formula escapes are undone. Blank lines are
 * skipped. Throws a CsvError on a quote left open or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let i = 0;
  const endCell = () => {
    row.push(unescapeFormula(cell));
    cell = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' && cell === '' && !quoted) {
      // A quoted field: read to its closing quote.
      const startLine = line;
      i++;
      for (;;) {
        if (i >= src.length)
          throw new CsvError(
            `A quoted field that starts on line ${startLine} is never closed.`,
            startLine,
          );
        const c = src[i]!;
        if (c === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
      }
      quoted = true;
      const after = src[i];
      if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n')
        throw new CsvError(`Line ${line} has text right after a closing quote.`, line);
      continue;
    }
    if (ch === ',') {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0 || quoted) endRow();
  return rows;
}
