/**
 * JSON Lines (one JSON value a line, as garak writes its `*.report.jsonl`). The document's value
 * is the array of the lines' values, blank lines skipped; a path `[i, ...]` is located in the
 * i-th value's own line. A line that is not JSON fails the whole document at that line: a
 * report cut short or edited by hand cannot be trusted for the lines that did parse either.
 */
import type { PathSegment, Position } from '../types.js';
import { parseJson, type JsonDoc } from './json.js';
import type { ParseResult, SourceDoc } from './source-doc.js';

interface Line {
  /** 1-based line number in the file. */
  number: number;
  /** The line as a located document (its positions are found when a finding first needs one). */
  doc: JsonDoc;
}

export class JsonLinesDoc implements SourceDoc {
  constructor(
    readonly file: string,
    readonly value: unknown[],
    private readonly lines: Line[],
  ) {}

  locate(path: readonly PathSegment[]): Position {
    const [index, ...rest] = path;
    const line = typeof index === 'number' ? this.lines[index] : undefined;
    if (!line) return { line: 1, column: 1 };
    const at = line.doc.locate(rest);
    // Every position is on the line's own first line: a JSON Lines value holds no newline.
    return {
      line: line.number,
      column: at.column,
      ...(at.endColumn !== undefined ? { endLine: line.number, endColumn: at.endColumn } : {}),
    };
  }
}

export function parseJsonLines(text: string, file: string): ParseResult<JsonLinesDoc> {
  const values: unknown[] = [];
  const lines: Line[] = [];
  const texts = text.split('\n');
  for (let i = 0; i < texts.length; i++) {
    const raw = texts[i] as string;
    const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineText.trim() === '') continue;
    // Each line as a JSON document: the native parser, with its duplicate keys and depth checked
    // (JSON.parse alone keeps the last of two equal keys, so `"passed"` written twice read as the second).
    const parsed = parseJson(lineText, file);
    if (!parsed.ok) return { ok: false, error: { message: `line ${i + 1}: ${parsed.error.message}`, line: i + 1, column: parsed.error.column } };
    values.push(parsed.doc.value);
    lines.push({ number: i + 1, doc: parsed.doc });
  }
  if (values.length === 0) return { ok: false, error: { message: 'the JSON Lines file has no lines', line: 1, column: 1 } };
  return { ok: true, doc: new JsonLinesDoc(file, values, lines) };
}
