/**
 * A parsed document that remembers where things are. Rules work on plain values; when one fails
 * it asks the document where a path is, so the finding lands on the exact line and column.
 */
import type { Location, PathSegment, Position } from '../types.js';

export interface SourceDoc {
  /** Repository-relative path of the file the document came from. */
  readonly file: string;
  /** The document as plain JavaScript data. */
  readonly value: unknown;
  /**
   * Where `path` is. When the path does not exist the nearest existing ancestor is returned,
   * so "missing field" findings point at the mapping that should have held it.
   */
  locate(path: readonly PathSegment[]): Position;
  /** Where the mapping key that ends `path` is written, for a finding about the key itself (an unknown name); locate's answer where absent. */
  locateKey?(path: readonly PathSegment[]): Position;
  /** The file `path` is in, for a document read in from several (Fluent Bit's @INCLUDE); `file` when absent. */
  fileOf?(path: readonly PathSegment[]): string;
}

/** Where a schema issue is: an unknown field at its key (`nmae:`), anything else as locate says. */
export function positionOfIssue(doc: SourceDoc, issue: { path: readonly PathSegment[]; unknownField?: boolean }): Position {
  return issue.unknownField && doc.locateKey ? doc.locateKey(issue.path) : doc.locate(issue.path);
}

/**
 * A location in `file` whose position is found by `find` when first read, then kept. Its fields
 * read like a plain Location's (an absent end is undefined), but they are the class's getters,
 * not the object's own: copy one with makeFinding (policy/finding.ts) or JSON, not by spreading
 * it or posting it to another thread. A class because adapters make one for every value they read,
 * some 300 a system, and an object literal with getters cost about 2 µs each (its accessors are
 * defined anew for every object) against 0.15 µs.
 */
class LazyLocation implements Location {
  private found: Position | undefined;
  constructor(
    readonly file: string,
    // Let go once found: it holds the parsed document.
    private find: (() => Position) | undefined,
  ) {}
  get line(): number {
    return this.position().line;
  }
  get column(): number {
    return this.position().column;
  }
  get endLine(): number | undefined {
    return this.position().endLine;
  }
  get endColumn(): number | undefined {
    return this.position().endColumn;
  }
  /** As a plain Location (JSON reads only an object's own fields). */
  toJSON(): Location {
    const { line, column, endLine, endColumn } = this.position();
    return { file: this.file, line, column, ...(endLine !== undefined ? { endLine } : {}), ...(endColumn !== undefined ? { endColumn } : {}) };
  }
  private position(): Position {
    if (this.found === undefined) {
      this.found = (this.find as () => Position)();
      this.find = undefined;
    }
    return this.found;
  }
}

export function lazyLocation(file: string, find: () => Position): Location {
  return new LazyLocation(file, find);
}

/** Why a document could not be parsed, and where. */
export interface ParseFailure {
  message: string;
  line: number;
  column: number;
}

export type ParseResult<D extends SourceDoc = SourceDoc> = { ok: true; doc: D } | { ok: false; error: ParseFailure };

/** Maps character offsets to 1-based line/column pairs (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** The offset line `line` (1-based) starts at, or undefined past the last line. */
  lineStart(line: number): number | undefined {
    return this.starts[line - 1];
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }
}

/** Deepest nesting of arrays and objects, computed without recursion. */
export function nestingDepth(value: unknown, stopAt: number): number {
  return shapeOf(value, stopAt).depth;
}

/**
 * How deep a parsed value nests (stopping once past `stopAt`) and how many members its objects
 * have in all, in one walk without recursion. JSON needs both (the key count finds a duplicated
 * key), and the walk is a visible part of reading a large report, so it is done once.
 */
export function shapeOf(value: unknown, stopAt: number): { depth: number; keys: number } {
  if (value === null || typeof value !== 'object') return { depth: 0, keys: 0 };
  let keys = 0;
  let deepest = 0;
  // Two stacks side by side: a pair per node was most of the cost on every document read.
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAt) break;
    }
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) {
        if (child !== null && typeof child === 'object') {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      // for...in over own keys (parsed values have no inherited enumerable ones) was faster than
      // Object.values on a 13 MB report.
      for (const key in node) {
        keys++;
        const child = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { depth: deepest, keys };
}

export const MAX_NESTING_DEPTH = 64;

/**
 * Text from a document or an option, quoted and clipped for a message: the text is untrusted,
 * and may be long or hold line breaks, or format characters (a right-to-left override) that JSON
 * leaves as they are. Spaces are kept (a glob's trailing space may be its problem).
 */
export function quoted(text: string, max = 80): string {
  const clipped = JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return clipped.replace(/[\p{Cf}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A value from a document as text, for a message or a comparison. Never throws: String() and
 * template literals throw on a mapping with a `toString` (or `valueOf`) key that is not a
 * function, which any YAML or JSON document can hold (`version: { toString: 1 }`).
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return JSON.stringify(value) ?? '';
}

/**
 * A copy of `text` that does not hold on to the document it was cut from. V8 makes a substring a
 * view of its parent, so a system id kept for the report kept that system's whole manifest text
 * alive: about 6 KB a system, 60 MB over 10,000 systems.
 */
export function detachText(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
