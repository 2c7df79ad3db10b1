/**
 * Whether a file's bytes read as a pickle from its first byte: a polyglot that is also a valid
 * safetensors or ONNX file still runs its code under pickle.load (a review: SHORT_BINBYTES or
 * BINBYTES swallowing the header, the payload inside a tensor's name). The walk follows the
 * opcodes as Python's unpickler reads them (their arguments and their effect on its stack and
 * marks, not their values) until a STOP with something to return, which is a pickle, or a byte
 * the unpickler refuses, which is not. Real tensor files stop at once (their first bytes are a
 * header length or a protobuf tag, then zeros the unpickler refuses).
 */
import type { ByteReader } from './byte-reader.js';

/**
 * What follows an opcode: a fixed number of bytes, a little-endian length of 1, 4 or 8 bytes and
 * that many bytes (`utf8`: which the unpickler decodes as UTF-8), or lines that the unpickler
 * parses (`line`: what each must be for it to go on).
 */
type Argument = { fixed: number } | { length: 1 | 2 | 4 | 8; utf8?: true } | { lines: 1 | 2; line: RegExp };
/** Its effect: items popped and pushed; a mark pushed; items popped to the last mark (`below`: items the opcode needs under it), then pushed; POP (an item, else a mark); STOP. */
type Effect = readonly [pop: number, push: number] | 'mark' | { toMark: true; push: number; below: number } | 'pop' | 'stop';

const NONE: Argument = { fixed: 0 };
const push1 = [0, 1] as const;
const ops = new Map<number, readonly [Argument, Effect]>();
const op = (code: string | number, argument: Argument, effect: Effect) => ops.set(typeof code === 'number' ? code : code.charCodeAt(0), [argument, effect]);

// Protocol 0 and 1 (pickletools' opcode table).
op('(', NONE, 'mark');
op('.', NONE, 'stop');
op('0', NONE, 'pop');
op('1', NONE, { toMark: true, push: 0, below: 0 });
op('2', NONE, [1, 2]);
for (const code of 'N}])') op(code, NONE, push1);
op('Q', NONE, [1, 1]);
for (const code of 'Rab') op(code, NONE, [2, 1]);
op('s', NONE, [3, 1]);
for (const code of 'dlot') op(code, NONE, { toMark: true, push: 1, below: 0 });
for (const code of 'eu') op(code, NONE, { toMark: true, push: 0, below: 1 });
op('K', { fixed: 1 }, push1);
op('M', { fixed: 2 }, push1);
op('J', { fixed: 4 }, push1);
op('G', { fixed: 8 }, push1);
op('h', { fixed: 1 }, push1);
op('j', { fixed: 4 }, push1);
op('q', { fixed: 1 }, [1, 1]);
op('r', { fixed: 4 }, [1, 1]);
for (const code of 'TB') op(code, { length: 4 }, push1);
op('X', { length: 4, utf8: true }, push1);
for (const code of 'UC') op(code, { length: 1 }, push1);
// What int(), float() and the STRING opcode accept; a module or attribute name; anything.
const INT = /^\s*[+-]?(?:0[xob])?[\da-f_]+L?\s*$/i;
const FLOAT = /^\s*[+-]?(?:(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:e[+-]?\d+)?|nan|inf(?:inity)?)\s*$/i;
const QUOTED = /^(?:'.*'|".*")$/s;
const NAME = /^[a-z_][\w.]*$/i;
const ASCII = /^[^\x80-\xff]*$/;
const ANY = /^/;
for (const code of 'IL') op(code, { lines: 1, line: INT }, push1);
op('F', { lines: 1, line: FLOAT }, push1);
op('S', { lines: 1, line: QUOTED }, push1);
op('V', { lines: 1, line: ANY }, push1);
op('P', { lines: 1, line: ASCII }, push1);
op('g', { lines: 1, line: INT }, push1);
op('p', { lines: 1, line: INT }, [1, 1]);
op('c', { lines: 2, line: NAME }, push1);
op('i', { lines: 2, line: NAME }, { toMark: true, push: 1, below: 0 });
// Protocols 2 to 5.
op(0x80, { fixed: 1 }, [0, 0]); // PROTO (its number checked below)
op(0x81, NONE, [2, 1]);
// EXT1, EXT2 and EXT4 read a registry nothing fills by default: the unpickler fails on them.
op(0x85, NONE, [1, 1]);
op(0x86, NONE, [2, 1]);
op(0x87, NONE, [3, 1]);
op(0x88, NONE, push1);
op(0x89, NONE, push1);
op(0x8a, { length: 1 }, push1);
op(0x8b, { length: 4 }, push1);
op(0x8c, { length: 1, utf8: true }, push1);
op(0x8d, { length: 8, utf8: true }, push1);
op(0x8e, { length: 8 }, push1);
op(0x8f, NONE, push1);
op(0x90, NONE, { toMark: true, push: 0, below: 1 });
op(0x91, NONE, { toMark: true, push: 1, below: 0 });
op(0x92, NONE, [3, 1]);
op(0x93, NONE, [2, 1]);
op(0x94, NONE, [1, 1]);
op(0x95, { fixed: 8 }, [0, 0]); // FRAME
op(0x96, { length: 8 }, push1);
// NEXT_BUFFER needs buffers passed to the load: the unpickler fails on it.
op(0x98, NONE, [1, 1]);

/** Memo opcodes: what each stores or looks up (GET of an index never stored fails). */
const MEMO_PUT = new Set([0x70, 0x71, 0x72]); // p, q, r
const MEMO_GET = new Set([0x67, 0x68, 0x6a]); // g, h, j
const MEMOIZE = 0x94;
/** A UTF-8 argument longer than this is taken as valid without reading it (detection errs towards a pickle). */
const MAX_DECODED = 1024 * 1024;

/** The most opcodes walked and bytes read; a pickle longer than that is not told (a residual the docs name). */
const MAX_OPCODES = 1_000_000;
const MAX_READ_BYTES = 16 * 1024 * 1024;
/** Reads start small (a tensor file stops at its first bytes) and double up to this. */
const MAX_CHUNK = 64 * 1024;
/** The highest pickle protocol Python reads. */
const HIGHEST_PROTOCOL = 5;

/** Whether `file` reads as a pickle from its first byte to a STOP. */
export function readsAsPickle(file: ByteReader): boolean {
  let window: Uint8Array = new Uint8Array(0);
  let windowStart = 0;
  let read = 0;
  let chunkSize = 64;
  /** The byte at `position`, or undefined past the end, past the read budget, or unreadable. */
  const byteAt = (position: number): number | undefined => {
    if (position >= file.size) return undefined;
    if (position < windowStart || position >= windowStart + window.length) {
      if (read >= MAX_READ_BYTES) return undefined;
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
  /** Up to `count` bytes from `position`, across windows; undefined when they cannot all be read. */
  const bytesAt = (position: number, count: number): Uint8Array | undefined => {
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const byte = byteAt(position + i);
      if (byte === undefined) return undefined;
      bytes[i] = byte;
    }
    return bytes;
  };
  const frames = [0];
  const memo = new Set<number>();
  let position = 0;
  for (let count = 0; count < MAX_OPCODES; count++) {
    const code = byteAt(position);
    if (code === undefined) return false;
    const known = ops.get(code);
    if (!known) return false;
    const [argument, effect] = known;
    position++;
    if (code === 0x80 && (byteAt(position) ?? HIGHEST_PROTOCOL + 1) > HIGHEST_PROTOCOL) return false;
    let index: number | undefined; // a memo index, for the memo opcodes
    if ('fixed' in argument) {
      if (argument.fixed === 1 || argument.fixed === 4) index = littleEndian(position, argument.fixed);
      position += argument.fixed;
    } else if ('length' in argument) {
      const length = littleEndian(position, argument.length);
      if (length === undefined) return false;
      position += argument.length;
      if (argument.utf8 && length <= MAX_DECODED && !isUtf8(bytesAt(position, length))) return false;
      position += length;
    } else {
      for (let line = 0; line < argument.lines; line++) {
        let at = position;
        for (let byte = byteAt(at); byte !== 0x0a; byte = byteAt(++at)) if (byte === undefined) return false;
        const text = latin1(bytesAt(position, at - position));
        if (text === undefined || !argument.line.test(text)) return false;
        if (argument.line === INT) index = Number.parseInt(text, 10);
        position = at + 1;
      }
    }
    if (position > file.size) return false; // the unpickler would run out of data
    if (MEMO_GET.has(code) && (index === undefined || !memo.has(index))) return false;
    if (MEMO_PUT.has(code)) {
      if (index === undefined || index < 0) return false;
      memo.add(index);
    }
    if (code === MEMOIZE) memo.add(memo.size);
    const top = frames.length - 1;
    if (effect === 'stop') return (frames[top] as number) >= 1;
    if (effect === 'mark') frames.push(0);
    else if (effect === 'pop') {
      if ((frames[top] as number) > 0) frames[top] = (frames[top] as number) - 1;
      else if (frames.length > 1) frames.pop();
      else return false;
    } else if (Array.isArray(effect)) {
      const [pop, pushed] = effect as readonly [number, number];
      if ((frames[top] as number) < pop) return false;
      frames[top] = (frames[top] as number) - pop + pushed;
    } else {
      const toMark = effect as { push: number; below: number };
      if (frames.length < 2) return false;
      frames.pop();
      const under = frames.length - 1;
      if ((frames[under] as number) < toMark.below) return false;
      frames[under] = (frames[under] as number) + toMark.push;
    }
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array | undefined): boolean {
  if (!bytes) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes as the unpickler's line parsers see them (one character a byte), or undefined. */
const latin1 = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : undefined);
