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
type Argument = { fixed: number } | { length: 1 | 4 | 8; signed?: true } | { lines: 1 | 2; line: LineKind };
/** A stack item: a string (what STACK_GLOBAL needs), anything else, or what the walk cannot tell (taken as either). */
type Item = 'str' | 'other' | 'unknown';
/**
 * Its effect: items popped and the item pushed; a mark pushed; items popped to the last mark
 * (`below`: items the opcode needs under it) then pushed; POP (an item, else a mark); STOP; an
 * import (GLOBAL, INST, STACK_GLOBAL), where the walk ends: code may run from there on; or a call
 * (REDUCE, BUILD, OBJ, NEWOBJ), which with nothing imported before has nothing to call, and fails.
 */
type Effect = { pop: number; push?: Item; need?: number } | 'mark' | { toMark: true; push?: Item; below: number } | 'pop' | 'dup' | 'stop' | 'import' | 'call';

const NONE: Argument = { fixed: 0 };
const pushes = (push: Item, pop = 0): Effect => ({ pop, push });
const ops = new Map<number, readonly [Argument, Effect]>();
const op = (code: string | number, argument: Argument, effect: Effect) => ops.set(typeof code === 'number' ? code : code.charCodeAt(0), [argument, effect]);

/** What a line opcode's line must be for the unpickler to go on: a number for int() or float(), a quoted STRING, a module or attribute name, ASCII, or anything. */
type LineKind = 'int' | 'float' | 'quoted' | 'name' | 'ascii' | 'any';
const INT = /^\s*[+-]?(?:0[xob])?[\da-f_]+L?\s*$/i;
const FLOAT = /^\s*[+-]?(?:(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:e[+-]?\d+)?|nan|inf(?:inity)?)\s*$/i;
/** A longer line is no number (CPython refuses ints of over 4,300 digits but in a power-of-two base) and no name. */
const MAX_PARSED_LINE = 4400;
/** A line longer than this, no newline ending it, stops the walk: tensors of zeros hold no newline for megabytes (a residual). */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

// Protocols 0 and 1 (pickletools' opcode table).
op('(', NONE, 'mark');
op('.', NONE, 'stop');
op('0', NONE, 'pop');
op('1', NONE, { toMark: true, below: 0 });
op('2', NONE, 'dup');
for (const code of 'N}])') op(code, NONE, pushes('other'));
op('Q', NONE, pushes('unknown', 1)); // BINPERSID: what torch.load's persistent_load returns
for (const code of 'Ro') op(code, NONE, 'call');
// BUILD sets the state of the object under it; a None state is no call (the C unpickler skips it).
op('b', NONE, { pop: 1, need: 2 });
op('a', NONE, pushes('other', 2));
op('s', NONE, pushes('other', 3));
for (const code of 'dlt') op(code, NONE, { toMark: true, push: 'other', below: 0 });
for (const code of 'eu') op(code, NONE, { toMark: true, below: 1 });
op('K', { fixed: 1 }, pushes('other'));
op('M', { fixed: 2 }, pushes('other'));
op('J', { fixed: 4 }, pushes('other'));
op('G', { fixed: 8 }, pushes('other'));
op('T', { length: 4, signed: true }, pushes('str'));
op('B', { length: 4 }, pushes('other'));
op('X', { length: 4 }, pushes('str'));
op('U', { length: 1 }, pushes('str'));
op('C', { length: 1 }, pushes('other'));
for (const code of 'IL') op(code, { lines: 1, line: 'int' }, pushes('other'));
op('F', { lines: 1, line: 'float' }, pushes('other'));
op('S', { lines: 1, line: 'quoted' }, pushes('str'));
op('V', { lines: 1, line: 'any' }, pushes('str'));
op('P', { lines: 1, line: 'ascii' }, pushes('unknown'));
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
op(0x8b, { length: 4, signed: true }, pushes('other'));
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

/** The most opcodes walked: a real tensor file stops within a few, so a walk past them is taken as a pickle (fail closed). */
const MAX_OPCODES = 1_000_000;
/** Reads start small (a tensor file stops at its first bytes) and double up to this. */
const MAX_CHUNK = 64 * 1024;
/** The highest pickle protocol Python reads. */
const HIGHEST_PROTOCOL = 5;

/** What the walk found: an opcode that imports or calls (and where), a budget run out, or nothing (the unpickler stops first). */
export type PickleWalk = { imports: true; at: number } | { tooLong: true } | undefined;

/**
 * The most bytes of lines the walk reads: a tensor file stops within a few, and lines are read
 * byte by byte (third red team: a million 16 MB lines took 5 s a gigabyte). Past it the file is
 * taken as a pickle (fail closed).
 */
const MAX_LINE_BYTES_WALKED = 64 * 1024 * 1024;

/** Whether `file`, read as a pickle from its first byte, reaches an import before a byte the unpickler refuses. */
export function walkPickle(file: ByteReader): PickleWalk {
  const budget = { lineBytes: 0 };
  const found = walkWithin(file, budget);
  return budget.lineBytes > MAX_LINE_BYTES_WALKED ? { tooLong: true } : found;
}

/** walkPickle, counting into `budget` the bytes of lines it reads, and stopping past MAX_LINE_BYTES_WALKED. */
function walkWithin(file: ByteReader, budget: { lineBytes: number }): PickleWalk {
  let window: Uint8Array = new Uint8Array(0);
  let windowStart = 0;
  let chunkSize = 64;
  /** The byte at `position`, or undefined past the end or unreadable. */
  const byteAt = (position: number): number | undefined => {
    if (position >= file.size) return undefined;
    if (position < windowStart || position >= windowStart + window.length) {
      // Reads grow while the walk goes on from where they ended, and start small after a jump.
      chunkSize = position === windowStart + window.length ? Math.min(chunkSize * 2, MAX_CHUNK) : 64;
      const chunk = file.read(position, chunkSize);
      if (!chunk || chunk.length === 0) return undefined;
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
   * A line from `position` and where the next begins: its text up to its first NUL (one
   * character a byte; `long` when that runs past MAX_PARSED_LINE, the text cut there), whether
   * it holds a NUL, its length, first and last bytes, and whether every byte is ASCII. Undefined
   * when no newline ends it within MAX_LINE_BYTES or the file (a residual the docs name).
   */
  const lineAt = (position: number) => {
    let text = '';
    let long = false;
    let nul = false;
    let ascii = true;
    for (let at = position; at - position <= MAX_LINE_BYTES; at++) {
      if (++budget.lineBytes > MAX_LINE_BYTES_WALKED) return undefined;
      const byte = byteAt(at);
      if (byte === undefined) return undefined;
      if (byte === 0x0a) return { text, long, nul, length: at - position, first: byteAt(position), last: at > position ? byteAt(at - 1) : undefined, ascii, next: at + 1 };
      if (byte >= 0x80) ascii = false;
      if (byte === 0) nul = true;
      else if (!nul && !long) {
        if (text.length < MAX_PARSED_LINE) text += String.fromCharCode(byte);
        else long = true;
      }
    }
    return undefined;
  };
  type Line = NonNullable<ReturnType<typeof lineAt>>;
  /** Whether the unpickler goes on past a line of `kind` (what int(), float(), the STRING opcode and find_class accept; CPython's numbers stop at a NUL). */
  const accepts = (kind: LineKind, line: Line): boolean => {
    if (kind === 'any') return true;
    if (kind === 'ascii') return line.ascii;
    if (kind === 'quoted') return line.length >= 2 && line.first === line.last && (line.first === 0x22 || line.first === 0x27);
    if (kind === 'name') return !line.nul && !line.long && line.length > 0 && isUtf8(line.text);
    // Past MAX_PARSED_LINE only a power-of-two base is a number CPython reads (no digit limit).
    if (line.long) return kind === 'int' && /^\s*[+-]?0[xob][\da-f_]*$/i.test(line.text);
    if (kind === 'int' && line.nul && line.text.trim() === '') return true; // strtol with no digits, ended at the NUL
    return (kind === 'int' ? INT : FLOAT).test(line.text);
  };
  /** A memo index as CPython reads one from a line (base 10, a sign, underscores), or undefined. */
  const memoIndex = (line: Line): number | undefined => {
    const match = /^\s*([+-]?)(\d[\d_]*)\s*$/.exec(line.text);
    if (!match) return undefined;
    const value = Number((match[2] as string).replace(/_/g, ''));
    return match[1] === '-' && value !== 0 ? -value : value;
  };
  const frames: Item[][] = [[]];
  const memo = new Map<number, Item>();
  let position = 0;
  for (let count = 0; count < MAX_OPCODES; count++) {
    const at = position;
    const code = byteAt(position);
    if (code === undefined) return undefined;
    const known = ops.get(code);
    if (!known) return undefined;
    const [argument, effect] = known;
    position++;
    if (code === 0x80 && (byteAt(position) ?? HIGHEST_PROTOCOL + 1) > HIGHEST_PROTOCOL) return undefined;
    let index: number | undefined; // a memo index
    if ('fixed' in argument) {
      if (argument.fixed === 1 || argument.fixed === 4) index = littleEndian(position, argument.fixed);
      position += argument.fixed;
    } else if ('length' in argument) {
      const length = littleEndian(position, argument.length);
      // A negative length (BINSTRING, LONG4 read signed) the unpickler refuses.
      if (length === undefined || (argument.signed && length >= 2 ** 31)) return undefined;
      position += argument.length + length;
    } else {
      for (let n = 0; n < argument.lines; n++) {
        const line = lineAt(position);
        if (!line || !accepts(argument.line, line)) return undefined;
        if (code === GET_LINE || code === PUT_LINE) {
          index = memoIndex(line);
          if (index === undefined) return undefined; // int() in base 10 refuses it
        }
        position = line.next;
      }
    }
    if (position > file.size) return undefined; // the unpickler would run out of data
    const stack = frames[frames.length - 1] as Item[];
    const text = (item: Item | undefined) => item === 'str' || item === 'unknown';
    if (code === STACK_GLOBAL && !(text(stack.at(-1)) && text(stack.at(-2)))) return undefined;
    if (effect === 'import') return { imports: true, at };
    // The memo: PUT stores the top item (a negative index it refuses), GET of an index never stored fails.
    if (code === PUT_LINE || code === PUT_1 || code === PUT_4 || code === MEMOIZE) {
      const top = stack.at(-1);
      if (top === undefined || (index !== undefined && index < 0)) return undefined;
      memo.set(code === MEMOIZE ? memo.size : (index as number), top);
      continue;
    }
    if (code === GET_LINE || code === GET_1 || code === GET_4) {
      const item = memo.get(index as number);
      if (item === undefined) return undefined;
      stack.push(item);
      continue;
    }
    if (effect === 'dup') {
      const top = stack.at(-1);
      if (top === undefined) return undefined;
      stack.push(top); // the same object: a string stays one
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether a line (one character a byte) is UTF-8, as the unpickler decodes a module or attribute name. */
function isUtf8(line: string): boolean {
  try {
    utf8.decode(Buffer.from(line, 'latin1'));
    return true;
  } catch {
    return false;
  }
}
