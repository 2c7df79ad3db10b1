/**
 * CSV (RFC 4180, as CodeCarbon's pandas writer produces it) with positions, read by csv-parse's
 * synchronous API: quoted fields may hold commas and line breaks; `\n`, `\r\n` or `\r` ends a
 * record; a byte-order mark is dropped. The first record is the header. A record whose field
 * count differs from the header's is kept aside as `invalid` with its line, so one bad row is a
 * finding at that row and not the end of the file; a broken quote stops the parse at its line.
 */
import type { PathSegment, Position } from '../types.js';
import { libraries } from './lazy.js';
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

interface Parsed {
  record: string[];
  info: { lines: number };
}

export function parseCsv(text: string, file: string): ParseResult {
  let records: Parsed[];
  const { parseCsv: parse } = libraries(); // outside the try: unloaded parsers must not read as malformed CSV
  try {
    records = parse(text, { info: true, relax_column_count: true, bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Parsed[];
  } catch (error) {
    // csv-parse's message quotes the offending value; ours names only the problem and the line.
    const { code, lines } = error as { code?: unknown; lines?: unknown };
    const line = typeof lines === 'number' && lines > 0 ? lines : 1;
    const what = code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : code === 'INVALID_OPENING_QUOTE' ? 'a quote inside an unquoted field' : 'malformed CSV';
    return { ok: false, error: { message: `invalid CSV: ${what}`, line, column: 1 } };
  }
  const table: CsvTable = { columns: [], rows: [], invalid: [] };
  const rowLines: number[] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length === 1 && record[0] === '') continue; // a blank line
    if (table.columns.length === 0) {
      table.columns = record.map((name) => name.trim());
      continue;
    }
    if (record.length !== table.columns.length) {
      table.invalid.push({ line, fields: record.length });
      continue;
    }
    table.rows.push(Object.fromEntries(table.columns.map((column, i) => [column, record[i] as string])));
    rowLines.push(line);
  }
  if (table.columns.length === 0) return { ok: false, error: { message: 'invalid CSV: the file has no header line', line: 1, column: 1 } };
  return { ok: true, doc: new CsvDoc(file, table, rowLines) };
}
