/**
 * JSON with positions. The value comes from the native `JSON.parse` (fast, and `__proto__`
 * stays an ordinary key); positions and error locations come from Microsoft's `jsonc-parser`,
 * run only when a finding needs a line or the text is not valid JSON.
 */
import type { Node, ParseError } from 'jsonc-parser';
import { libraries } from './lazy.js';
import type { PathSegment, Position } from '../types.js';
import { LineIndex, MAX_NESTING_DEPTH, shapeOf, type ParseResult, type SourceDoc } from './source-doc.js';

export class JsonDoc implements SourceDoc {
  private positions: JsonPositions | undefined;

  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly text: string,
  ) {}

  locate(path: readonly PathSegment[]): Position {
    return this.walk(path, false);
  }

  /** Where the member name that ends `path` is written, not its value; as locate otherwise. */
  locateKey(path: readonly PathSegment[]): Position {
    return this.walk(path, true);
  }

  private walk(path: readonly PathSegment[], keyAtEnd: boolean): Position {
    this.positions ??= new JsonPositions(this.text, 0);
    const tree = this.positions.tree;
    if (!tree) return { line: 1, column: 1 };
    // The deepest node on the path that exists (the nearest ancestor of a missing one).
    let node: Node = tree;
    let reached = 0;
    for (const segment of path) {
      const next = this.positions.child(node, segment);
      if (!next) break;
      node = next;
      reached++;
    }
    // Point at a member's key when it holds a block (or the key itself is asked for), at the value itself when it is a scalar.
    const scalar = node.type !== 'object' && node.type !== 'array';
    const wantsKey = keyAtEnd && reached === path.length && typeof path[path.length - 1] === 'string';
    const anchor = (!scalar || wantsKey) && node.parent?.type === 'property' ? node.parent : node;
    return this.positions.of(anchor);
  }
}

/**
 * The positions of a JSON text: jsonc-parser's tree, parsed on first use, with its members
 * indexed and its offsets turned into lines and columns (after `lineOffset` lines of something
 * else, for JSON read as YAML front matter). JsonDoc points into it as JSON tools do; a YAML
 * text that is JSON points into it as the `yaml` package would (yaml.ts).
 */
export class JsonPositions {
  private parsed: Node | null | undefined;
  private index: LineIndex | undefined;
  /** Members of each object node by key, built on first use (see `child`). */
  private readonly members = new WeakMap<Node, Map<string, Node>>();

  constructor(
    private readonly text: string,
    private readonly lineOffset: number,
  ) {}

  get tree(): Node | undefined {
    if (this.parsed === undefined) this.parsed = libraries().jsonc.parseTree(this.text) ?? null;
    return this.parsed ?? undefined;
  }

  /**
   * A member or item of `node`. jsonc-parser's findNodeAtLocation scans an object's members for
   * every lookup, which made adapters that locate each of N results quadratic (100,000 groups in
   * one Fairlearn frame took over a minute); members are indexed once per object instead.
   * (Both readers refuse a duplicated key, so each key names one member.)
   */
  child(node: Node, segment: PathSegment): Node | undefined {
    if (typeof segment === 'number') return node.type === 'array' ? node.children?.[segment] : undefined;
    if (node.type !== 'object') return undefined;
    let members = this.members.get(node);
    if (!members) {
      members = new Map();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value && typeof key.value === 'string') members.set(key.value, value);
      }
      this.members.set(node, members);
    }
    return members.get(segment);
  }

  /** Where `node` is written, from its first character to just past its last. */
  of(node: Node): Position {
    const start = this.point(node.offset);
    const end = this.point(node.offset + node.length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /** The line and column of an offset in the text. */
  point(offset: number): { line: number; column: number } {
    this.index ??= new LineIndex(this.text);
    const at = this.index.position(offset);
    return { line: at.line + this.lineOffset, column: at.column };
  }
}

export function parseJson(text: string, file: string): ParseResult<JsonDoc> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: locateJsonError(text) };
  }
  const shape = shapeOf(value, MAX_NESTING_DEPTH);
  if (shape.depth > MAX_NESTING_DEPTH) {
    return { ok: false, error: { message: `JSON is nested more than ${MAX_NESTING_DEPTH} levels deep`, line: 1, column: 1 } };
  }
  const duplicate = duplicatedKey(text, shape.keys);
  if (duplicate !== undefined) {
    const at = new LineIndex(text).position(duplicate);
    return { ok: false, error: { message: 'invalid JSON: duplicate key: the keys of an object must be unique', line: at.line, column: at.column } };
  }
  return { ok: true, doc: new JsonDoc(file, value, text) };
}

/**
 * The offset of the first key of valid JSON `text` that repeats an earlier key of its object,
 * given how many keys the parsed value has (shapeOf). JSON.parse keeps the last of two equal
 * keys, so {"passed": false, "passed": true} read as passed. Fewer keys in the value than in the
 * text means a key repeats: then (only then) the first is found, in reading order, as YAML's
 * duplicate keys are found.
 */
export function duplicatedKey(text: string, keysInValue: number): number | undefined {
  return keysInValue === keysInText(text) ? undefined : firstDuplicateKey(text);
}

/**
 * How many object keys valid JSON text has: strings followed by a colon. Outside strings JSON
 * has no quote, so jumping from quote to quote with indexOf (native speed) finds every string.
 */
function keysInText(text: string): number {
  let count = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    let end = text.indexOf('"', at + 1);
    // A quote after an odd run of backslashes is escaped, inside the string.
    for (;;) {
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    let next = end + 1;
    while (isJsonSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 58) count++; // ':'
    at = text.indexOf('"', next);
  }
  return count;
}

export const isJsonSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** The offset of the first key that repeats an earlier key of its object, in reading order. */
function firstDuplicateKey(text: string): number | undefined {
  const tree = libraries().jsonc.parseTree(text);
  const walk = (node: Node | undefined): number | undefined => {
    if (!node) return undefined;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [key, member] = property.children ?? [];
        if (key && typeof key.value === 'string') {
          if (seen.has(key.value)) return key.offset;
          seen.add(key.value);
        }
        const found = walk(member);
        if (found !== undefined) return found;
      }
    } else if (node.type === 'array') {
      for (const item of node.children ?? []) {
        const found = walk(item);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(tree);
}

/** Our own message for invalid JSON: V8's quotes the offending text, which we must not echo. */
function locateJsonError(text: string) {
  if (text.trim() === '') return { message: 'invalid JSON: the file is empty', line: 1, column: 1 };
  const errors: ParseError[] = [];
  const { jsonc } = libraries(); // outside the try: unloaded parsers must not read as a deep text
  try {
    jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // Too deeply nested for the position parser: still a located failure.
  }
  const first = errors[0];
  if (!first) return { message: 'invalid JSON', line: 1, column: 1 };
  const index = new LineIndex(text);
  const before = text.slice(0, first.offset).trimEnd();
  if (before.endsWith(',') && /^\s*[}\]]/.test(text.slice(first.offset))) {
    const comma = index.position(before.length - 1);
    return { message: 'invalid JSON: trailing comma', line: comma.line, column: comma.column };
  }
  const at = index.position(first.offset);
  return { message: `invalid JSON: ${humanise(libraries().jsonc.printParseErrorCode(first.error))}`, line: at.line, column: at.column };
}

function humanise(code: string): string {
  // "PropertyNameExpected" → "property name expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
