/**
 * JSON Lines (one JSON value a line, as garak writes its `*.report.jsonl`). The document's value
 * is the array of the lines' values, blank lines skipped; a path `[i, ...]` is located in the
 * i-th value's own line. A line that is not JSON fails the whole document at that line: a
 * report cut short or edited by hand cannot be trusted for the lines that did parse either.
 */
import type { PathSegment, Position } from '../types.js';
import { parseJson, type JsonDoc } from './json.js';
import { MAX_NESTING_DEPTH, nestingDepth, type ParseResult, type SourceDoc } from './source-doc.js';

interface Line {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  /** The line as a located document, made when a finding first needs a position in it. */
  doc?: JsonDoc;
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
    if (!line.doc) {
      const parsed = parseJson(line.text, this.file);
      if (!parsed.ok) return { line: line.number, column: 1 };
      line.doc = parsed.doc;
    }
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
    // The native parser for each line (fast); parseJson only to say where a bad line went wrong.
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      const parsed = parseJson(lineText, file);
      const error = parsed.ok ? { message: 'invalid JSON', column: 1 } : parsed.error;
      return { ok: false, error: { message: `line ${i + 1}: ${error.message}`, line: i + 1, column: error.column } };
    }
    if (nestingDepth(value, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
      return { ok: false, error: { message: `line ${i + 1}: JSON is nested more than ${MAX_NESTING_DEPTH} levels deep`, line: i + 1, column: 1 } };
    }
    values.push(value);
    lines.push({ number: i + 1, text: lineText });
  }
  if (values.length === 0) return { ok: false, error: { message: 'the JSON Lines file has no lines', line: 1, column: 1 } };
  return { ok: true, doc: new JsonLinesDoc(file, values, lines) };
}
