/**
 * Whether a file's bytes, read as a pickle from the first byte, reach an opcode that imports a
 * name: a polyglot that is also a valid safetensors or ONNX file still runs its code under
 * pickle.load, which imports and calls as it reads, before any later byte it refuses (red teams:
 * BINBYTES swallowing a header, the payload in a tensor's name or data, no STOP needed). The
 * walk follows the opcodes as Python's unpickler reads them: their arguments, the lines it
 * parses (int(), float(), the STRING opcode's quotes, module and attribute names), the memo,
 * and the stack with its marks and which items are strings (STACK_GLOBAL takes two). A byte the
 * unpickler refuses, or the end of the file, stops it before anything ran. Real tensor files
 * stop at their first bytes: a header length or a protobuf tag, then bytes the unpickler refuses.
 */
import type { ByteReader } from './byte-reader.js';

/**
 * What follows an opcode: a fixed number of bytes, a little-endian length of 1, 4 or 8 bytes and
 * that many bytes, or lines that the unpickler parses (`line`: what each must be for it to go on).
 */
type Argument = { fixed: number } | { length: 1 | 4 | 8 } | { lines: 1 | 2; line: LineKind };
/** A stack item: a string (what STACK_GLOBAL needs) or anything else. */
type Item = 'str' | 'other';
/**
 * Its effect: items popped and the item pushed; a mark pushed; items popped to the last mark
 * (`below`: items the opcode needs under it) then pushed; POP (an item, else a mark); STOP; an
 * import (GLOBAL, INST, STACK_GLOBAL), where the walk ends: code may run from there on; or a call
 * (REDUCE, BUILD, OBJ, NEWOBJ), which with nothing imported before has nothing to call, and fails.
 */
type Effect = { pop: number; push?: Item; need?: number } | 'mark' | { toMark: true; push?: Item; below: number } | 'pop' | 'stop' | 'import' | 'call';

const NONE: Argument = { fixed: 0 };
const pushes = (push: Item, pop = 0): Effect => ({ pop, push });
const ops = new Map<number, readonly [Argument, Effect]>();
const op = (code: string | number, argument: Argument, effect: Effect) => ops.set(typeof code === 'number' ? code : code.charCodeAt(0), [argument, effect]);

/** What a line opcode's line must be for the unpickler to go on: a number for int() or float(), a quoted STRING, a module or attribute name, ASCII, or anything. */
type LineKind = 'int' | 'float' | 'quoted' | 'name' | 'ascii' | 'any';
const INT = /^\s*[+-]?(?:0[xob])?[\da-f_]+L?\s*$/i;
const FLOAT = /^\s*[+-]?(?:(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:e[+-]?\d+)?|nan|inf(?:inity)?)\s*$/i;
const NAME = /^[a-z_][\w.]*$/i;
/** A longer line is no number (CPython refuses ints of over 4,300 digits) and no name. */
const MAX_PARSED_LINE = 4400;

// Protocols 0 and 1 (pickletools' opcode table).
op('(', NONE, 'mark');
op('.', NONE, 'stop');
op('0', NONE, 'pop');
op('1', NONE, { toMark: true, below: 0 });
op('2', NONE, { pop: 0, push: 'other', need: 1 }); // DUP (the copy's type is not followed)
for (const code of 'N}])') op(code, NONE, pushes('other'));
op('Q', NONE, pushes('other', 1));
for (const code of 'Rbo') op(code, NONE, 'call');
op('a', NONE, pushes('other', 2));
op('s', NONE, pushes('other', 3));
for (const code of 'dlt') op(code, NONE, { toMark: true, push: 'other', below: 0 });
for (const code of 'eu') op(code, NONE, { toMark: true, below: 1 });
op('K', { fixed: 1 }, pushes('other'));
op('M', { fixed: 2 }, pushes('other'));
op('J', { fixed: 4 }, pushes('other'));
op('G', { fixed: 8 }, pushes('other'));
op('T', { length: 4 }, pushes('str'));
op('B', { length: 4 }, pushes('other'));
op('X', { length: 4 }, pushes('str'));
op('U', { length: 1 }, pushes('str'));
op('C', { length: 1 }, pushes('other'));
for (const code of 'IL') op(code, { lines: 1, line: 'int' }, pushes('other'));
op('F', { lines: 1, line: 'float' }, pushes('other'));
op('S', { lines: 1, line: 'quoted' }, pushes('str'));
op('V', { lines: 1, line: 'any' }, pushes('str'));
op('P', { lines: 1, line: 'ascii' }, pushes('other'));
op('c', { lines: 2, line: 'name' }, 'import');
op('i', { lines: 2, line: 'name' }, 'import');
// Protocols 2 to 5.
op(0x80, { fixed: 1 }, { pop: 0 }); // PROTO (its number checked below)
op(0x81, NONE, 'call'); // NEWOBJ
op(0x85, NONE, pushes('other', 1));
op(0x86, NONE, pushes('other', 2));
op(0x87, NONE, pushes('other', 3));
op(0x88, NONE, pushes('other'));
op(0x89, NONE, pushes('other'));
op(0x8a, { length: 1 }, pushes('other'));
op(0x8b, { length: 4 }, pushes('other'));
op(0x8c, { length: 1 }, pushes('str'));
op(0x8d, { length: 8 }, pushes('str'));
op(0x8e, { length: 8 }, pushes('other'));
op(0x8f, NONE, pushes('other'));
op(0x90, NONE, { toMark: true, below: 1 });
op(0x91, NONE, { toMark: true, push: 'other', below: 0 });
op(0x92, NONE, 'call'); // NEWOBJ_EX
op(0x93, NONE, 'import'); // STACK_GLOBAL (checked below: two strings)
op(0x95, { fixed: 8 }, { pop: 0 }); // FRAME
op(0x96, { length: 8 }, pushes('other'));
op(0x98, NONE, pushes('other', 1));
// EXT1, EXT2 and EXT4 read a registry nothing fills by default, and NEXT_BUFFER needs buffers
// passed to the load: the unpickler fails on them. The memo opcodes:
const PUT_LINE = 0x70; // p
const PUT_1 = 0x71; // q
const PUT_4 = 0x72; // r
const GET_LINE = 0x67; // g
const GET_1 = 0x68; // h
const GET_4 = 0x6a; // j
const MEMOIZE = 0x94;
const STACK_GLOBAL = 0x93;
op(PUT_LINE, { lines: 1, line: 'int' }, { pop: 0 });
op(PUT_1, { fixed: 1 }, { pop: 0 });
op(PUT_4, { fixed: 4 }, { pop: 0 });
op(GET_LINE, { lines: 1, line: 'int' }, { pop: 0 });
op(GET_1, { fixed: 1 }, { pop: 0 });
op(GET_4, { fixed: 4 }, { pop: 0 });
op(MEMOIZE, NONE, { pop: 0 });

/**
 * The most opcodes walked and bytes read. A real tensor file stops within a few bytes, so a walk
 * past the opcodes is taken as a pickle (fail closed); a line no newline ends within the bytes
 * stops it (tensors of zeros hold no newline for megabytes).
 */
const MAX_OPCODES = 1_000_000;
const MAX_READ_BYTES = 16 * 1024 * 1024;
/** Reads start small (a tensor file stops at its first bytes) and double up to this. */
const MAX_CHUNK = 64 * 1024;
/** The highest pickle protocol Python reads. */
const HIGHEST_PROTOCOL = 5;

/** What the walk found: an opcode that imports or calls (and where), a budget run out, or nothing (the unpickler stops first). */
export type PickleWalk = { imports: true; at: number } | { tooLong: true } | undefined;

/** Whether `file`, read as a pickle from its first byte, reaches an import before a byte the unpickler refuses. */
export function walkPickle(file: ByteReader): PickleWalk {
  let window: Uint8Array = new Uint8Array(0);
  let windowStart = 0;
  let read = 0;
  let chunkSize = 64;
  let outOfBudget = false;
  /** The byte at `position`, or undefined past the end, past the read budget, or unreadable. */
  const byteAt = (position: number): number | undefined => {
    if (position >= file.size) return undefined;
    if (position < windowStart || position >= windowStart + window.length) {
      if (read >= MAX_READ_BYTES) {
        outOfBudget = true;
        return undefined;
      }
      const chunk = file.read(position, chunkSize);
      chunkSize = Math.min(chunkSize * 2, MAX_CHUNK);
      if (!chunk || chunk.length === 0) return undefined;
      read += chunk.length;
      window = chunk;
      windowStart = position;
    }
    return window[position - windowStart];
  };
  const littleEndian = (position: number, bytes: number): number | undefined => {
    let value = 0;
    for (let i = 0; i < bytes; i++) {
      const byte = byteAt(position + i);
      if (byte === undefined) return undefined;
      value += byte * 2 ** (8 * i);
    }
    return value;
  };
  /**
   * A line from `position` and where the next begins: its text (one character a byte) when it
   * is short enough for a number or a name, its first and last bytes, and whether every byte is
   * ASCII. Undefined when no newline ends it within the file (or the read budget: a residual).
   */
  const lineAt = (position: number): { text?: string; length: number; first?: number; last?: number; ascii: boolean; next: number } | undefined => {
    let text = '';
    let ascii = true;
    for (let at = position; ; at++) {
      const byte = byteAt(at);
      if (byte === undefined) return undefined;
      if (byte === 0x0a) return { ...(at - position <= MAX_PARSED_LINE ? { text } : {}), length: at - position, first: byteAt(position), last: at > position ? byteAt(at - 1) : undefined, ascii, next: at + 1 };
      if (byte >= 0x80) ascii = false;
      if (at - position < MAX_PARSED_LINE) text += String.fromCharCode(byte);
    }
  };
  /** Whether the unpickler goes on past a line of `kind` (what int(), float(), the STRING opcode and find_class accept). */
  const accepts = (kind: LineKind, line: NonNullable<ReturnType<typeof lineAt>>): boolean => {
    if (kind === 'any') return true;
    if (kind === 'ascii') return line.ascii;
    if (kind === 'quoted') return line.length >= 2 && line.first === line.last && (line.first === 0x22 || line.first === 0x27);
    if (line.text === undefined) return false; // no number or name is that long
    // CPython's int() and float() stop at a NUL.
    return kind === 'name' ? NAME.test(line.text) : (kind === 'int' ? INT : FLOAT).test(line.text.split('\0')[0] as string);
  };
  const stopped = (): PickleWalk => (outOfBudget ? { tooLong: true } : undefined);
  const frames: Item[][] = [[]];
  const memo = new Map<number, Item>();
  let position = 0;
  for (let count = 0; count < MAX_OPCODES; count++) {
    const at = position;
    const code = byteAt(position);
    if (code === undefined) return stopped();
    const known = ops.get(code);
    if (!known) return undefined;
    const [argument, effect] = known;
    position++;
    if (code === 0x80 && (byteAt(position) ?? HIGHEST_PROTOCOL + 1) > HIGHEST_PROTOCOL) return stopped();
    let index: number | undefined; // a memo index
    if ('fixed' in argument) {
      if (argument.fixed === 1 || argument.fixed === 4) index = littleEndian(position, argument.fixed);
      position += argument.fixed;
    } else if ('length' in argument) {
      const length = littleEndian(position, argument.length);
      if (length === undefined) return stopped();
      position += argument.length + length;
    } else {
      for (let n = 0; n < argument.lines; n++) {
        const line = lineAt(position);
        if (!line || !accepts(argument.line, line)) return undefined;
        const text = line.text?.split('\0')[0];
        if (argument.line === 'int' && text !== undefined && /^\s*\d[\d_]*\s*$/.test(text)) index = Number(text.replace(/[\s_]/g, ''));
        position = line.next;
      }
    }
    if (position > file.size) return undefined; // the unpickler would run out of data
    const stack = frames[frames.length - 1] as Item[];
    if (code === STACK_GLOBAL && !(stack.at(-1) === 'str' && stack.at(-2) === 'str')) return undefined;
    if (effect === 'import') return { imports: true, at };
    // The memo: PUT stores the top item, GET of an index never stored fails (a line's index that
    // is not a plain number is not followed: the walk goes on, as it must for a pickle).
    if (code === PUT_LINE || code === PUT_1 || code === PUT_4 || code === MEMOIZE) {
      const top = stack.at(-1);
      if (top === undefined) return undefined;
      if (code === MEMOIZE) memo.set(memo.size, top);
      else if (index !== undefined) memo.set(index, top);
      continue;
    }
    if (code === GET_LINE || code === GET_1 || code === GET_4) {
      const item = index === undefined ? 'other' : memo.get(index);
      if (item === undefined) return undefined;
      stack.push(item);
      continue;
    }
    if (effect === 'call') return undefined; // nothing imported to call: the unpickler fails, nothing ran
    if (effect === 'stop') {
      // One pickle read, nothing run; torch.load's older format reads several in a row.
      if (stack.length === 0) return undefined;
      frames.length = 0;
      frames.push([]);
      memo.clear();
      continue;
    }
    if (effect === 'mark') frames.push([]);
    else if (effect === 'pop') {
      if (stack.length > 0) stack.pop();
      else if (frames.length > 1) frames.pop();
      else return undefined;
    } else if ('toMark' in effect) {
      if (frames.length < 2) return undefined;
      frames.pop();
      const under = frames[frames.length - 1] as Item[];
      if (under.length < effect.below) return undefined;
      if (effect.push) under.push(effect.push);
    } else {
      if (stack.length < Math.max(effect.pop, effect.need ?? 0)) return undefined;
      stack.length -= effect.pop;
      if (effect.push) stack.push(effect.push);
    }
  }
  return { tooLong: true };
}
