/**
 * CSV (RFC 4180, as CodeCarbon's pandas writer produces it) with positions: quoted fields may
 * hold commas, doubled quotes and line breaks; `\n`, `\r\n` or `\r` ends a record; a byte-order
 * mark is dropped. The first record is the header. A record whose field count differs from the
 * header's is kept aside as `invalid` with its line, so one bad row is a finding at that row and
 * not the end of the file; a broken quote stops the parse at its line.
 *
 * Read here in one pass, not by csv-parse: it built an error object, stack trace and all, for
 * every record whose field count differed (12 to 25 µs and about 2 KB each), so a 4 MB file of
 * blank or one-field lines took minutes and gigabytes before the run crashed.
 */
import type { PathSegment, Position } from '../types.js';
import type { ParseResult, SourceDoc } from './source-doc.js';

export interface CsvTable {
  columns: string[];
  /** One object per well-formed record, by column name. */
  rows: Array<Record<string, string>>;
  /** Records whose field count is not the header's. */
  invalid: Array<{ line: number; fields: number }>;
}

class CsvDoc implements SourceDoc {
  constructor(
    readonly file: string,
    readonly value: CsvTable,
    /** The first line of each row in `rows`. */
    private readonly rowLines: number[],
  ) {}

  /** `['rows', i, …]` is row i's first line; anything else the header. */
  locate(path: readonly PathSegment[]): Position {
    const [head, index] = path;
    const line = head === 'rows' && typeof index === 'number' ? this.rowLines[index] : undefined;
    return { line: line ?? 1, column: 1 };
  }
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A broken quote: its message and the line it is on. */
class CsvSyntaxError {
  constructor(
    readonly what: string,
    readonly line: number,
  ) {}
}

/**
 * Calls `onRecord` with each record's fields and the line it starts on; throws CsvSyntaxError.
 * A blank line is no record; `""` on a line of its own is a record of one empty field (a row of
 * a one-column table, or a short row of a wider one).
 */
function readRecords(text: string, onRecord: (fields: string[], line: number) => void): void {
  const end = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (at < end) {
    const first = text.charCodeAt(at);
    if (first === LF || first === CR) {
      at += first === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      // One field, at `at`.
      let field: string;
      if (text.charCodeAt(at) === QUOTE) {
        const quoteLine = line;
        let value = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new CsvSyntaxError('a quoted field is never closed', quoteLine);
          line += lineBreaks(text, from, close);
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
            continue;
          }
          at = close + 1;
          break;
        }
        const next = text.charCodeAt(at);
        if (at < end && next !== COMMA && next !== LF && next !== CR) throw new CsvSyntaxError('malformed CSV', line);
        field = value;
      } else {
        let stop = at;
        for (; stop < end; stop++) {
          const code = text.charCodeAt(stop);
          if (code === COMMA || code === LF || code === CR) break;
          if (code === QUOTE) throw new CsvSyntaxError('a quote inside an unquoted field', line);
        }
        field = text.slice(at, stop);
        at = stop;
      }
      fields.push(field);
      if (at < end && text.charCodeAt(at) === COMMA) {
        at++;
        continue;
      }
      break;
    }
    // The record ends at a line break or the end of the text.
    if (text.charCodeAt(at) === CR) at += text.charCodeAt(at + 1) === LF ? 2 : 1;
    else if (text.charCodeAt(at) === LF) at++;
    line++;
    onRecord(fields, recordLine);
  }
}

/** Line breaks (`\r\n`, `\n`, `\r`) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

export function parseCsv(text: string, file: string): ParseResult {
  const table: CsvTable = { columns: [], rows: [], invalid: [] };
  const rowLines: number[] = [];
  try {
    readRecords(text, (record, line) => {
      if (table.columns.length === 0) {
        table.columns = record.map((name) => name.trim());
        return;
      }
      if (record.length !== table.columns.length) {
        table.invalid.push({ line, fields: record.length });
        return;
      }
      table.rows.push(Object.fromEntries(table.columns.map((column, i) => [column, record[i] as string])));
      rowLines.push(line);
    });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { ok: false, error: { message: `invalid CSV: ${error.what}`, line: error.line, column: 1 } };
  }
  if (table.columns.length === 0) return { ok: false, error: { message: 'invalid CSV: the file has no header line', line: 1, column: 1 } };
  return { ok: true, doc: new CsvDoc(file, table, rowLines) };
}
