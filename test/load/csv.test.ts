// The CSV reader (src/load/csv.ts): RFC 4180 records with the line each starts on, rows whose
// field count is not the header's kept aside with their line, and a broken quote a finding at
// its line. It replaced csv-parse, whose per-record error objects made a 4 MB file of blank or
// one-field lines take minutes and then crash the run (its growth: linear-time.slow.test.ts).
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from '../../src/load/csv.js';

function read(text: string): { table: CsvTable; lines: number[] } {
  const parsed = parseCsv(text, 'emissions.csv');
  if (!parsed.ok) throw new Error(`unexpected: ${parsed.error.message}`);
  const table = parsed.doc.value as CsvTable;
  return { table, lines: table.rows.map((_, i) => parsed.doc.locate(['rows', i]).line) };
}

function failure(text: string): { message: string; line: number } {
  const parsed = parseCsv(text, 'emissions.csv');
  if (parsed.ok) throw new Error('expected a parse error');
  return { message: parsed.error.message, line: parsed.error.line };
}

describe('reading CSV', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n', [{ a: '1', b: '2' }, { a: '3', b: '4' }], [2, 3]],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', [{ a: '1', b: '2' }, { a: '3', b: '4' }], [2, 3]],
    ['CR', 'a,b\r1,2\r3,4', [{ a: '1', b: '2' }, { a: '3', b: '4' }], [2, 3]],
    ['a byte-order mark, no final line break', '\ufeffa,b\n1,2', [{ a: '1', b: '2' }], [2]],
    ['blank lines skipped, lines kept', '\na,b\n\n1,2\n\n\n3,4\n', [{ a: '1', b: '2' }, { a: '3', b: '4' }], [4, 7]],
    ['quoted commas, doubled quotes, empty fields', 'a,b,c\n"x,y","say ""hi""",\n', [{ a: 'x,y', b: 'say "hi"', c: '' }], [2]],
    ['a quoted line break: the next row starts on a later line', 'a,b\n"AMD EPYC\r\n7B13",2\n3,4\n', [{ a: 'AMD EPYC\r\n7B13', b: '2' }, { a: '3', b: '4' }], [2, 4]],
    ['header names trimmed, values not', ' a , b\n 1 ,2\n', [{ a: ' 1 ', b: '2' }], [2]],
    ['one column: a quoted empty field is a row, a blank line is not', 'a\n""\n\nx\r\n""', [{ a: '' }, { a: 'x' }, { a: '' }], [2, 4, 5]],
  ])('%s', (_name, text, rows, lines) => {
    expect(read(text)).toEqual({ table: expect.objectContaining({ rows }), lines });
  });

  it('a row with more or fewer fields than the header is kept aside with its line', () => {
    const { table, lines } = read('a,b\n1,2\n1\n\n1,2,3\n""\n5,6\n');
    expect(table.invalid).toEqual([
      { line: 3, fields: 1 },
      { line: 5, fields: 3 },
      { line: 6, fields: 1 },
    ]);
    expect(lines).toEqual([2, 7]);
  });

  it.each([
    ['a quote never closed: at the line it opens', 'a,b\n1,2\n2026,"oops,x\n\n', { message: 'invalid CSV: a quoted field is never closed', line: 3 }],
    ['a quote inside an unquoted field', 'a,b\n1,x"y\n', { message: 'invalid CSV: a quote inside an unquoted field', line: 2 }],
    ['text after a closing quote, after a quoted line break', 'a,b\n"1\n2"x,3\n', { message: 'invalid CSV: malformed CSV', line: 3 }],
    ['no header', '\n\r\n', { message: 'invalid CSV: the file has no header line', line: 1 }],
    ['nothing at all', '', { message: 'invalid CSV: the file has no header line', line: 1 }],
  ])('%s', (_name, text, expected) => {
    expect(failure(text)).toEqual(expected);
  });
});
