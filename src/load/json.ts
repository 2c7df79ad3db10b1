/**
 * JSON with positions. The value comes from the native `JSON.parse` (fast, and `__proto__`
 * stays an ordinary key); positions and error locations come from Microsoft's `jsonc-parser`,
 * run only when a finding needs a line or the text is not valid JSON.
 */
import type { Node, ParseError } from 'jsonc-parser';
import { libraries } from './lazy.js';
import type { PathSegment, Position } from '../types.js';
import { LineIndex, MAX_NESTING_DEPTH, nestingDepth, type ParseResult, type SourceDoc } from './source-doc.js';

export class JsonDoc implements SourceDoc {
  private tree: Node | undefined;
  private index: LineIndex | undefined;
  /** Members of each object node by key, built on first use (see `child`). */
  private readonly members = new WeakMap<Node, Map<string, Node>>();

  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly text: string,
  ) {}

  locate(path: readonly PathSegment[]): Position {
    this.tree ??= libraries().jsonc.parseTree(this.text) ?? undefined;
    this.index ??= new LineIndex(this.text);
    if (!this.tree) return { line: 1, column: 1 };
    // The deepest node on the path that exists (the nearest ancestor of a missing one).
    let node: Node = this.tree;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (!next) break;
      node = next;
    }
    // Point at a member's key when it holds a block, at the value itself when it is a scalar.
    const scalar = node.type !== 'object' && node.type !== 'array';
    const anchor = !scalar && node.parent?.type === 'property' ? node.parent : node;
    const start = this.index.position(anchor.offset);
    const end = this.index.position(anchor.offset + anchor.length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /**
   * A member or item of `node`. jsonc-parser's findNodeAtLocation scans an object's members for
   * every lookup, which made adapters that locate each of N results quadratic (100,000 groups in
   * one Fairlearn frame took over a minute); members are indexed once per object instead. With a
   * duplicated key the last member wins, as in JSON.parse, so a finding points at the value read.
   */
  private child(node: Node, segment: PathSegment): Node | undefined {
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
}

export function parseJson(text: string, file: string): ParseResult<JsonDoc> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: locateJsonError(text) };
  }
  if (nestingDepth(value, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    return { ok: false, error: { message: `JSON is nested more than ${MAX_NESTING_DEPTH} levels deep`, line: 1, column: 1 } };
  }
  return { ok: true, doc: new JsonDoc(file, value, text) };
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
