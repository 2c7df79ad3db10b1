/**
 * YAML: values first, positions on demand. Most documents are read by js-yaml (its core schema,
 * about ten times faster than composing a `yaml` document) and keep their text; the `yaml`
 * package's document, with every node's position, is composed only when a finding needs a line
 * (a check that passes needs none). A document js-yaml cannot read, or that has an anchor (an
 * alias needs the alias cap), is read by the `yaml` package alone, as before: its errors and
 * positions are the ones reported. Either way aliases are capped so a "billion laughs" document
 * is a parse failure rather than an out-of-memory crash, duplicate keys are errors, and YAML 1.2
 * core schema rules apply (`no` stays the string "no", `<<` is a plain key) unless a document
 * says `%YAML 1.1` (the `yaml` package then reads it the 1.1 way).
 */
import type { CST, Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { duplicatedKey, isJsonSpace, JsonPositions } from './json.js';
import { libraries } from './lazy.js';
import type { PathSegment, Position } from '../types.js';
import { MAX_NESTING_DEPTH, nestingDepth, shapeOf, type ParseResult, type SourceDoc } from './source-doc.js';

export const MAX_YAML_ALIASES = 100;

/**
 * The most aliases times nodes a document may hold (about 50 ms of the reader's time). The `yaml`
 * package resolves each alias by reading the document from its start up to it, so a 1 MB file of
 * ten thousand anchors, each aliased once, took seconds, and a pull request could cite it from
 * every system (red team). Documents people write hold a few aliases among a few hundred nodes.
 */
const MAX_ALIAS_WORK = 20_000_000;

export class YamlDoc implements SourceDoc {
  /** Pairs of each mapping by key, built on first use: a linear scan per lookup made locating
   *  each of N items in a large mapping quadratic. */
  private readonly pairs = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    readonly file: string,
    readonly value: unknown,
    /**
     * The `yaml` document with positions, or the text to compose it from when first asked, or,
     * for a text that is JSON, its positions as jsonc-parser finds them.
     */
    private source: { doc: Document; lines: LineCounter } | string | JsonPositions,
    /** Lines before this YAML text in its file (front matter starts after `---`). */
    private readonly lineOffset: number,
  ) {}

  /** The document with positions; composed once, on the first locate, for a fast-read text. */
  private get positions(): { doc: Document; lines: LineCounter } {
    if (this.source instanceof JsonPositions) throw new Error('a JSON text has no yaml document');
    if (typeof this.source !== 'string') return this.source;
    const lines = new (libraries().yaml.LineCounter)();
    this.source = { doc: compose([...new (libraries().yaml.Parser)(lines.addNewLine).parse(this.source)], this.source.length), lines };
    return this.source;
  }

  locate(path: readonly PathSegment[]): Position {
    return this.walk(path, false);
  }

  /** Where the key that ends `path` is written (`card/contcat` in `rules:`), not its value; as locate otherwise. */
  locateKey(path: readonly PathSegment[]): Position {
    return this.walk(path, true);
  }

  private walk(path: readonly PathSegment[], keyAtEnd: boolean): Position {
    if (this.source instanceof JsonPositions) return this.walkJson(this.source, path, keyAtEnd);
    const { isMap, isScalar, isSeq } = libraries().yaml;
    let node: unknown = this.positions.doc.contents;
    let position = this.nodePosition(node) ?? { line: this.lineOffset + 1, column: 1 };
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as PathSegment;
      if (isMap(node)) {
        const pair = this.pairOf(node, String(segment));
        if (!pair) return position;
        const keyPosition = this.nodePosition(pair.key);
        if (keyAtEnd && i === path.length - 1 && keyPosition) return keyPosition;
        const value = pair.value;
        // A scalar value is pointed at directly; a block (or nothing) at its key.
        position = (isScalar(value) && value.value !== null && this.nodePosition(value)) || keyPosition || position;
        node = value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) return position;
        position = this.nodePosition(item) ?? position;
        node = item;
      } else {
        return position;
      }
    }
    return position;
  }

  /**
   * As walk, in a text that is JSON: the positions the `yaml` package would give (a scalar value
   * itself, a block or null at its key), found in jsonc-parser's tree.
   */
  private walkJson(json: JsonPositions, path: readonly PathSegment[], keyAtEnd: boolean): Position {
    let node = json.tree;
    if (!node) return { line: this.lineOffset + 1, column: 1 };
    let position = json.of(node);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as PathSegment;
      if (node.type === 'object') {
        const value = json.child(node, String(segment));
        const key = value?.parent?.children?.[0];
        if (!value || !key) return position;
        const keyPosition = json.of(key);
        if (keyAtEnd && i === path.length - 1) return keyPosition;
        position = value.type === 'object' || value.type === 'array' || value.type === 'null' ? keyPosition : json.of(value);
        node = value;
      } else if (node.type === 'array' && typeof segment === 'number') {
        const item = json.child(node, segment);
        if (!item) return position;
        position = json.of(item);
        node = item;
      } else {
        return position;
      }
    }
    return position;
  }

  /**
   * The first alias (`*name`) in the document, with the name it refers to and where it is; none
   * in a text read fast, which has no anchor for an alias to name.
   */
  firstAlias(): { name: string; position: Position } | undefined {
    if (typeof this.source === 'string' || this.source instanceof JsonPositions) return undefined;
    const { isAlias, visit } = libraries().yaml;
    let found: { name: string; position: Position } | undefined;
    visit(this.source.doc, (_key, node) => {
      if (!isAlias(node)) return undefined;
      found = { name: node.source, position: this.nodePosition(node) ?? { line: this.lineOffset + 1, column: 1 } };
      return visit.BREAK;
    });
    return found;
  }

  private pairOf(map: YAMLMap, key: string): Pair | undefined {
    let pairs = this.pairs.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const item of map.items) {
        const name = scalarKey(item.key);
        if (name !== undefined && !pairs.has(name)) pairs.set(name, item as Pair);
      }
      this.pairs.set(map, pairs);
    }
    return pairs.get(key);
  }

  private nodePosition(node: unknown): Position | undefined {
    if (!node || typeof node !== 'object' || !('range' in node)) return undefined;
    const range = (node as Node).range;
    if (!range) return undefined;
    const { lines } = this.positions;
    const start = lines.linePos(range[0]);
    const end = lines.linePos(range[1]);
    return {
      line: start.line + this.lineOffset,
      column: start.col,
      endLine: end.line + this.lineOffset,
      endColumn: end.col,
    };
  }
}

function scalarKey(key: unknown): string | undefined {
  const { isAlias, isScalar } = libraries().yaml;
  if (isScalar(key)) return String(key.value);
  if (isAlias(key)) return key.source;
  return undefined;
}

export interface YamlOptions {
  file: string;
  /** Added to every line number (for YAML embedded after other lines). */
  lineOffset?: number;
}

/**
 * A carriage return with no line feed after it is a line break in YAML 1.2 (spec 5.4, b-break),
 * to js-yaml and to every line number modelgate reports (LineIndex), but text to the `yaml`
 * package (eemeli/yaml#595, kept by choice): a file saved with classic Mac line endings read as
 * one comment line, "the manifest is empty". Each becomes a line feed before either parser reads
 * the text: one character for one, so every offset, line and column stays the file's own.
 */
const LONE_CR = /\r(?!\n)/g;
const specLineBreaks = (text: string): string => (text.includes('\r') ? text.replace(LONE_CR, '\n') : text);

export function parseYaml(raw: string, options: YamlOptions): ParseResult<YamlDoc> {
  const text = specLineBreaks(raw);
  const lineOffset = options.lineOffset ?? 0;
  const json = readAsJson(text, options.file, lineOffset);
  if (json) return json;
  const fast = fastValue(text);
  if (fast) {
    if (nestingDepth(fast.value, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) return tooDeep(lineOffset);
    return { ok: true, doc: new YamlDoc(options.file, fast.value, text, lineOffset) };
  }
  const refused = composeRefused(text.length);
  if (refused) return { ok: false, error: { message: refused, line: lineOffset + 1, column: 1 } };
  return parseWithPositions(text, options.file, lineOffset, true);
}

/**
 * What the `yaml` package composes (a text with anchors, tags, a tab in its indentation, or one
 * js-yaml cannot read) costs about 3 s a megabyte on the benchmark machine, and a pull request
 * can cite many files: a text over MAX_COMPOSED_CHARS is refused, and so is one past what is left
 * of the system's COMPOSED_CHARS_PER_SYSTEM (a red-team helper ran the gate out of memory with
 * 16 cited files of 4.9 MB with an anchor each). Texts js-yaml reads alone have the file cap.
 */
export const MAX_COMPOSED_CHARS = 1024 * 1024;
export const COMPOSED_CHARS_PER_SYSTEM = 4 * 1024 * 1024;
/** What is left of the system being checked (on this thread); no limit outside a system's check (policies, waivers). */
let composedLeft = Number.POSITIVE_INFINITY;
/** What is left for the base commit's copies of its files, a budget of their own. */
let baseLeft = Number.POSITIVE_INFINITY;

/** Starts (a system's check) or ends (undefined) a budget of composed YAML on this thread, one for its files and one for the base commit's copies. */
export function composedYamlBudget(chars: number | undefined): void {
  composedLeft = chars ?? Number.POSITIVE_INFINITY;
  baseLeft = composedLeft;
}

/**
 * Runs `read` charging what it composes to the base commit's budget, not the system's: a pull
 * request's check reads the base's copies of its files beside its own, and a push's does not, so
 * the two would otherwise refuse different files. The base is not trusted more: it may be any
 * branch a pull request targets.
 */
export function chargedToBase<T>(read: () => T): T {
  const own = composedLeft;
  composedLeft = baseLeft;
  try {
    return read();
  } finally {
    baseLeft = composedLeft;
    composedLeft = own;
  }
}

function composeRefused(chars: number): string | undefined {
  const why = 'it needs the full YAML reader (anchors and aliases, tags, a tab in its indentation, or a syntax error)';
  if (chars > MAX_COMPOSED_CHARS) return `the file is not read: ${why}, which reads such a file up to ${formatMb(MAX_COMPOSED_CHARS)}, and it is ${formatMb(chars)}; write it without them (or as JSON), or split it`;
  if (chars > composedLeft) return `the file is not read: ${why}, which reads up to ${formatMb(COMPOSED_CHARS_PER_SYSTEM)} of such files for one system, and this system's files have used all but ${formatMb(composedLeft)} of it`;
  composedLeft -= chars;
  return undefined;
}

const formatMb = (chars: number) => `${(chars / (1024 * 1024)).toFixed(1)} MB`;

/**
 * A text that is a JSON object or array, read by JSON.parse; undefined for any other text. The
 * `yaml` package reads such a text to the same value (test/load/yaml-fast.test.ts holds the two
 * to the same values, errors and positions), but is slowest on the long lines JSON is often
 * written in: 2.3 MB on one line took it 3 s and 460 MB, JSON.parse 20 ms. Positions come from
 * jsonc-parser when a finding asks. A duplicate key is the error the `yaml` package gives, at the
 * same key.
 */

function readAsJson(text: string, file: string, lineOffset: number): ParseResult<YamlDoc> | undefined {
  let start = 0;
  while (start < text.length && isJsonSpace(text.charCodeAt(start))) start++;
  const first = text.charCodeAt(start);
  if (first !== 0x7b && first !== 0x5b) return undefined; // { [
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const shape = shapeOf(value, MAX_NESTING_DEPTH);
  if (shape.depth > MAX_NESTING_DEPTH) return tooDeep(lineOffset);
  const positions = new JsonPositions(text, lineOffset);
  const duplicate = duplicatedKey(text, shape.keys);
  if (duplicate !== undefined) return { ok: false, error: { message: `invalid YAML: ${DUPLICATE_KEY}`, ...positions.point(duplicate) } };
  return { ok: true, doc: new YamlDoc(file, value, positions, lineOffset) };
}

/**
 * The value of a YAML file the package ships (a framework catalogue, the AI Act timeline), read
 * values-first like any other: yaml's parse() cost about 40 ms a run for the catalogues. Throws
 * on a malformed file, which only a broken build can ship.
 */
export function parseBundledYaml(text: string, file: string): unknown {
  const parsed = parseYaml(text, { file });
  if (!parsed.ok) throw new Error(`${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  return parsed.doc.value;
}

// The YAML 1.2 core schema's implicit types. Module constants: a regular expression literal in
// a function is a new object each call, and these are tried on every plain scalar.
const NULL_SCALAR = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_SCALAR = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_SCALAR = /^(?:0o[0-7]+|[-+]?\d+|0x[0-9a-fA-F]+)$/;
const FLOAT_SCALAR = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.\d+|\d+(?:\.\d*)?)[eE][-+]?\d+|[-+]?(?:\.\d+|\d+\.\d*))$/;

/**
 * The YAML 1.2 core schema as the `yaml` package resolves plain scalars (its schema/core
 * tests, which js-yaml's own core schema does not match: js-yaml reads `0b101` and `-0` as
 * numbers and `1e3` as a string). Dates, `<<` merges and binary stay what core YAML says: text.
 */
let coreSchema: import('js-yaml').Schema | undefined;
/** Built on first use: js-yaml is loaded on demand (lazy.ts). */
function yamlCoreSchema(): import('js-yaml').Schema {
  const { jsYaml } = libraries();
  return (coreSchema ??= jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (text: string) => text === '' || NULL_SCALAR.test(text),
      construct: () => null,
    }),
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (text: string) => BOOL_SCALAR.test(text),
      construct: (text: string) => text[0] === 't' || text[0] === 'T',
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string) => INT_SCALAR.test(text),
      construct: (text: string) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (text: string) => FLOAT_SCALAR.test(text),
      construct: (text: string) =>
        text.slice(-3).toLowerCase() === 'nan' ? NaN : text.slice(-3).toLowerCase() === 'inf' ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text),
    }),
  ],
  }));
}

/**
 * Texts where js-yaml and the `yaml` package read differently, found by test/load/yaml-fast.test.ts;
 * they go to the `yaml` package. Each pattern is cheap and may catch more than it must (that
 * only costs speed). A pattern that must contain a character comes with it: a pattern that can
 * start anywhere (`^` in multiline mode) is tried at every character, and most files hold no `?`.
 */
const READ_APART: ReadonlyArray<readonly [needle: string, pattern: RegExp]> = [
  // A collection as a mapping key: js-yaml names it "[object Object]" or "a,b", yaml "{ a: 1 }".
  [':', /[\]}][ \t]*:(?:[ \t\r\n]|$)/],
  ['', /[{,][ \t\r\n]*[[{]/],
  // An explicit key (`? `): an empty one is null to js-yaml and "" to yaml.
  ['?', /(?:^|[ \t,[{])\?(?:[ \t\r\n]|$)/m],
  // A tab in the indentation: yaml refuses it, js-yaml reads past it.
  ['\t', /^ *\t/m],
  // A comment right after a quote, a bracket or a comma: yaml refuses it, js-yaml reads it.
  ['#', /['"[\]{},]#/],
  // A byte order mark: the two treat what follows one differently.
  ['\uFEFF', /\uFEFF/],
  // A tag (`!x`, `!!str`): the two differ on empty and unknown tagged nodes.
  ['!', /(?:^|[ \t\r\n,[{])!/],
  // A block scalar with an indentation indicator (`>2`): the two keep its blank lines differently.
  ['', /[|>][-+]?\d/],
  // A directive (`%YAML 1.1` makes yaml read `yes` and `010` the YAML 1.1 way).
  ['%', /^%/m],
  // "---" with no space after it: js-yaml takes it as the document's start ("----" is [null],
  // "---x: 1" is {x: 1}); to yaml, as to the spec, it is text.
  ['---', /^---\S/m],
  // An empty key in a flow collection (`{: a}`): "" to yaml, "null" to js-yaml.
  [':', /[[{,][ \t\r\n]*:(?:[ \t\r\n,\]}]|$)/],
  // An empty sequence entry (`-` and nothing after it on its line) ending a sequence nested in
  // another's entry: js-yaml reads the outer sequence's next entry into the inner one ("- - \n- b"
  // and "- - a\n  -\n- b" are [[null, "b"]] and [["a", null, "b"]]; yaml, as the spec, [[null], "b"]
  // and [["a", null], "b"]). Any empty entry goes: they are rare in files people write.
  ['-', /(?:^|[ \t\n])-[ \t]*(?:[#\r\n]|$)/],
];

/** Whether js-yaml and yaml may read `text` apart (READ_APART). */
const mayReadApart = (text: string) => READ_APART.some(([needle, pattern]) => text.includes(needle) && pattern.test(text));

/** A null key (`~:`, `null:`, `{~:}`): "" to yaml, "null" to js-yaml. */
const NULL_KEY = /(?:^|[ \t\r\n,[{])(?:~|[Nn]ull|NULL)[ \t]*:(?:[ \t\r\n,\]}]|$)/;
/** A null key with no value in a flow mapping (`{null}`, `{a: 1, ~}`); catches the same in a flow sequence too. */
const NULL_FLOW_KEY = /[{,][ \t\r\n]*(?:~|[Nn]ull|NULL)[ \t\r\n]*[,}]/;

/** Whether `text` may hold a null key. Substrings first: the pattern alone, tried at every character, cost more than all the others. */
function mayHaveNullKey(text: string): boolean {
  return (text.includes('~') || text.includes('ull') || text.includes('ULL')) && (NULL_KEY.test(text) || NULL_FLOW_KEY.test(text));
}

/** yaml refuses an implicit key of more than 1024 characters; js-yaml reads it. */
const LONG_LINE = 1024;

/**
 * Whether a quoted scalar or a flow collection may go on past the end of a line, or a line is
 * long enough to hold an over-long key: js-yaml reads some of those yaml refuses (a flow
 * collection continued at a lower indent, say). Quotes count only where a scalar can start, so
 * an apostrophe in plain text does not send a file apart; anything unclear does.
 */
function mayCrossLines(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > LONG_LINE || !closesOnItsLine(text, start, end)) return true;
    start = end + 1;
  }
  return false;
}

// Character codes for closesOnItsLine, which reads every character of every YAML file: indexing
// the string made a one-character string each time.
const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;

function closesOnItsLine(text: string, start: number, end: number): boolean {
  let depth = 0;
  let tokenStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === CR) continue;
    if (c === HASH && (i === start || text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) break;
    if (tokenStart && (c === DOUBLE_QUOTE || c === SINGLE_QUOTE)) {
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (c === DOUBLE_QUOTE && d === BACKSLASH) j++;
        else if (d === c && !(c === SINGLE_QUOTE && text.charCodeAt(j + 1) === SINGLE_QUOTE)) break;
        else if (d === c) j++;
      }
      if (j >= end) return false;
      i = j;
      tokenStart = false;
    } else if (tokenStart && (c === 0x5b || c === 0x7b)) {
      depth++; // [ {
    } else if (depth > 0 && (c === 0x5d || c === 0x7d)) {
      depth--; // ] }
      tokenStart = false;
    } else {
      const next = text.charCodeAt(i + 1); // NaN past the end
      const separated = i + 1 >= text.length || next === SPACE || next === TAB || next === CR || i + 1 === end;
      // What follows `- `, `? `, `: ` (and `,` in a flow) can be a quoted scalar or a collection.
      tokenStart = ((c === 0x2d || c === 0x3f || c === 0x3a) && separated) || (depth > 0 && c === 0x2c);
    }
  }
  return depth === 0;
}

/**
 * The value as js-yaml reads it with its core schema, when it can and the text has no anchor;
 * otherwise undefined, and the `yaml` package reads it (with its messages and the alias cap).
 * test/load/yaml-fast.test.ts holds the two to the same values on the examples, the corpus and
 * random documents.
 */
function fastValue(text: string): { value: unknown } | undefined {
  if (mayReadApart(text) || mayHaveNullKey(text) || mayCrossLines(text)) return undefined;
  let anchors: object | undefined;
  // Outside the try: parsers that are not loaded must not read as a text js-yaml cannot read.
  const { jsYaml } = libraries();
  const schema = yamlCoreSchema();
  try {
    const value = jsYaml.load(text, {
      schema,
      // Called on every node; the loader's state shows the anchors defined so far.
      listener(_event, state) {
        anchors = (state as unknown as { anchorMap: object }).anchorMap;
      },
    });
    if (anchors && Object.keys(anchors).length > 0) return undefined;
    return { value: value === undefined ? null : value };
  } catch {
    return undefined;
  }
}

/** The text read by the `yaml` package alone, every position composed up front (what parseYaml does when js-yaml cannot read a text). */
export function parseYamlComposed(text: string, options: YamlOptions): ParseResult<YamlDoc> {
  return parseWithPositions(specLineBreaks(text), options.file, options.lineOffset ?? 0, false);
}

/**
 * The text read by the `yaml` package. `dropDocument`: keep only the value and the text, and
 * compose the positions again if a finding asks (the document is many times the text's size, and
 * a system's files are held until its check ends).
 */
function parseWithPositions(text: string, file: string, lineOffset: number, dropDocument: boolean): ParseResult<YamlDoc> {
  const lines = new (libraries().yaml.LineCounter)();
  let doc: Document;
  try {
    // The package's parseDocument in two steps, so the nesting is measured between them: the
    // parse is a loop, but composing it into a document recurses, and how deep a thread's stack
    // reaches differs (worker threads have more), so the report would depend on the thread.
    const tokens = [...new (libraries().yaml.Parser)(lines.addNewLine).parse(text)];
    if (parsedDepth(tokens, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) return tooDeep(lineOffset);
    doc = compose(tokens, text.length);
  } catch (error) {
    return { ok: false, error: { message: nestingMessage(error), line: lineOffset + 1, column: 1 } };
  }
  let first: { message: string; pos: [number, number]; code?: string } | undefined = doc.errors[0];
  let aliases: AliasWork | undefined;
  try {
    if (!first) {
      const walked = walkComposed(doc);
      first = walked.duplicate;
      aliases = walked.aliases;
    }
  } catch (error) {
    return { ok: false, error: { message: nestingMessage(error), line: lineOffset + 1, column: 1 } };
  }
  // The parser reports running out of stack on deep nesting as an ordinary error.
  if (first && /call stack/i.test(first.message)) return tooDeep(lineOffset);
  if (first) {
    let at = lines.linePos(first.pos[0]);
    // Errors found only at the end of input ("missing ]") point at the last line with content.
    const lastContent = text.trimEnd().length;
    if (first.pos[0] >= lastContent) at = lines.linePos(Math.max(0, lastContent - 1));
    const nested = first.code === 'BLOCK_AS_IMPLICIT_KEY' ? nestedMappingError(text, at.line) : undefined;
    if (nested) return { ok: false, error: { ...nested, line: nested.line + lineOffset } };
    return { ok: false, error: { message: `invalid YAML: ${cleanYamlMessage(first.message)}`, line: at.line + lineOffset, column: at.col } };
  }
  if (aliases && aliases.count * aliases.nodes > MAX_ALIAS_WORK) {
    const at = aliases.first ? lines.linePos(aliases.first) : { line: 1, col: 1 };
    return {
      ok: false,
      error: {
        message: `YAML aliases: ${aliases.count} aliases among ${aliases.nodes} nodes are more than modelgate resolves (each alias is resolved by reading the document up to it); write the file without anchors and aliases, or as JSON`,
        line: at.line + lineOffset,
        column: at.col,
      },
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias count/i.test(message)) {
      return {
        ok: false,
        error: {
          message: `YAML aliases expand too far (more than ${MAX_YAML_ALIASES}); refusing a possible alias bomb`,
          line: lineOffset + 1,
          column: 1,
        },
      };
    }
    if (error instanceof RangeError) return tooDeep(lineOffset);
    // An alias with no anchor before it ("*missing"): point at the alias.
    const at = unresolvedAlias(doc, lines) ?? { line: 1, col: 1 };
    return { ok: false, error: { message: nestingMessage(error), line: at.line + lineOffset, column: at.col } };
  }
  if (nestingDepth(value, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) return tooDeep(lineOffset);
  return { ok: true, doc: new YamlDoc(file, value, dropDocument && text.length > DOCUMENT_KEPT_CHARS ? text : { doc, lines }, lineOffset) };
}

/** Below this, a composed document is kept for locating: composing it again would cost more than it holds. */
const DOCUMENT_KEPT_CHARS = 64 * 1024;

/**
 * The first document of the parsed tokens, as parseDocument composes it (a second document is an
 * error). uniqueKeys: the package compares each key with every earlier one (a mapping of 100,000
 * keys took minutes), so duplicates are found by duplicateKey instead, in one pass. logLevel: the
 * package would print warnings about a document (quoting its keys) to stderr; 'error', not
 * 'silent', which would also drop the error for a second document.
 */
function compose(tokens: CST.Token[], length: number): Document {
  const { Composer, YAMLParseError } = libraries().yaml;
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  let first: Document | undefined;
  for (const doc of composer.compose(tokens, true, length)) {
    if (!first) {
      first = doc;
      continue;
    }
    first.errors.push(new YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', 'a second document starts here (after "---" or "..."): modelgate reads one document per file; put it in a file of its own'));
    break;
  }
  return first as Document; // compose(…, true) always ends with a document
}

/** How deeply the parsed tokens nest collections, counted without recursion; stops past `limit`. */
function parsedDepth(tokens: readonly CST.Token[], limit: number): number {
  type Collection = { items: Array<{ key?: unknown; value?: unknown }> };
  const isCollection = (token: unknown): token is Collection => typeof token === 'object' && token !== null && Array.isArray((token as Collection).items);
  // Two stacks rather than one of pairs: this runs on every YAML file, so it allocates little.
  const collections: Collection[] = [];
  const depths: number[] = [];
  for (const token of tokens) {
    const top = token.type === 'document' ? token.value : token;
    if (isCollection(top)) collections.push(top), depths.push(1);
  }
  let deepest = 0;
  while (collections.length > 0) {
    const collection = collections.pop() as Collection;
    const depth = depths.pop() as number;
    if (depth > deepest && (deepest = depth) > limit) return deepest;
    for (const item of collection.items) {
      if (isCollection(item.key)) collections.push(item.key), depths.push(depth + 1);
      if (isCollection(item.value)) collections.push(item.value), depths.push(depth + 1);
    }
  }
  return deepest;
}

/**
 * Nesting deeper than we read, whether it was measured or ran the parser out of stack: one
 * answer for both, since how deep a thread's stack reaches differs between the main thread
 * and worker threads, and the report must not depend on which thread read the file.
 */
function tooDeep(lineOffset: number): ParseResult<YamlDoc> {
  return { ok: false, error: { message: `YAML is nested more than ${MAX_NESTING_DEPTH} levels deep`, line: lineOffset + 1, column: 1 } };
}

const DUPLICATE_KEY = 'Map keys must be unique';

/** How many aliases and nodes a document holds, and where its first alias starts. */
interface AliasWork {
  count: number;
  nodes: number;
  first?: number;
}

/**
 * One plain walk of a composed document: the first key that repeats an earlier key of its
 * mapping, as the `yaml` package reports it (keys compared as the property names they become:
 * `1` and `"1"` are one key in the data), and, when there is none, its aliases and nodes.
 */
function walkComposed(doc: Document): { duplicate?: { message: string; pos: [number, number] }; aliases: AliasWork } {
  // A plain walk: the package's visit() builds a path array per node, a third of this cost.
  const { isAlias, isMap, isScalar, isSeq } = libraries().yaml;
  const aliases: AliasWork = { count: 0, nodes: 0 };
  const walk = (node: unknown): { message: string; pos: [number, number] } | undefined => {
    if (node === null || node === undefined) return undefined;
    aliases.nodes++;
    if (isAlias(node)) {
      aliases.count++;
      aliases.first ??= node.range?.[0];
    } else if (isMap(node)) {
      // In reading order, as the package reports them: each key, then what is under it.
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const name = String(pair.key.value);
          if (seen.has(name)) {
            const start = pair.key.range?.[0] ?? 0;
            return { message: DUPLICATE_KEY, pos: [start, start + 1] };
          }
          seen.add(name);
        }
        const found = walk(pair.key) ?? walk(pair.value);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const found = walk(item);
        if (found) return found;
      }
    }
    return undefined;
  };
  const duplicate = walk(doc.contents);
  return duplicate ? { duplicate, aliases } : { aliases };
}

function unresolvedAlias(doc: Document, lines: LineCounter): { line: number; col: number } | undefined {
  const anchors = new Set<string>();
  let found: { line: number; col: number } | undefined;
  const { isAlias, visit } = libraries().yaml;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source) && node.range) {
        found = lines.linePos(node.range[0]);
        return visit.BREAK;
      }
    } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
      anchors.add(node.anchor);
    }
    return undefined;
  });
  return found;
}

function nestingMessage(error: unknown): string {
  if (error instanceof RangeError) return `YAML is nested more than ${MAX_NESTING_DEPTH} levels deep`;
  return `invalid YAML: ${cleanYamlMessage(error instanceof Error ? error.message : String(error))}`;
}

/**
 * What the package's "Nested mappings are not allowed in compact mappings" means, at line
 * `line` (1-based) of `text`: a value that holds ": " (`owner: Head of X: Jane`), which YAML
 * reads as a mapping, or a line below indented deeper than a key that already has a value
 * (`team: ml` with `  contact: x` under it), which the package reports at the key's line.
 */
function nestedMappingError(text: string, line: number): { message: string; line: number; column: number } | undefined {
  const lines = text.split('\n');
  const here = (lines[line - 1] ?? '').replace(/\r$/, '');
  // The key's own ": ", after a quoted key (whose text may hold one) when the line starts with one.
  const keyStart = here.length - here.replace(/^[ \t]*(?:-[ \t]+)?/, '').length;
  const quote = here[keyStart];
  const keyEnd = quote === '"' || quote === "'" ? here.indexOf(quote, keyStart + 1) : keyStart;
  const colon = here.indexOf(': ', keyEnd < 0 ? keyStart : keyEnd);
  const value = colon < 0 ? '' : here.slice(colon + 2);
  const valueAt = colon + 2 + (value.length - value.trimStart().length);
  if (/:(?:[ \t]|$)/.test(value) && !/^[ \t]*[|>"'[{&*!#]/.test(value)) {
    return { message: 'invalid YAML: the value holds ": " (a colon and a space), which starts a mapping there; put the value in quotes', line, column: valueAt + 1 };
  }
  const indent = (text: string) => text.length - text.trimStart().length;
  for (let next = line; next < lines.length; next++) {
    const below = (lines[next] as string).replace(/\r$/, '');
    if (below.trim() === '' || below.trimStart().startsWith('#')) continue;
    if (indent(below) <= indent(here)) return undefined;
    return {
      message: `invalid YAML: this line is indented deeper than the key on line ${line}, which already has a value; indent it as far as the keys beside it, or, if it goes on with that value, put the whole value in quotes`,
      line: next + 1,
      column: indent(below) + 1,
    };
  }
  return undefined;
}

/** The `yaml` package appends "at line N, column M" and source excerpts; we report those apart. */
function cleanYamlMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
