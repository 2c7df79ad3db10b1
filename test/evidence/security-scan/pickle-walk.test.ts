// A file that, read as a pickle from its first byte, reaches an import runs code under
// pickle.load whatever else it also is (the unpickler imports and calls as it reads, before any
// later byte it refuses); a real tensor file must never read so.
import { describe, expect, it } from 'vitest';
import { walkPickle } from '../../../src/evidence/security-scan/pickle-walk.js';
import { onnx, onnxPolyglot, safetensorsPolyglot } from '../../helpers/model-files.js';

const reader = (file: Uint8Array) => ({ size: file.length, read: (position: number, count: number) => file.subarray(position, position + count) });
const walk = (file: Uint8Array) => walkPickle(reader(file));
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

/** Weights as a trained model holds them: small float32 values, a thousand of them. */
const WEIGHTS = Buffer.from(Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i * 12.9898) * 0.05).buffer);

/** A safetensors file whose header is `length` bytes: one tensor, padded with spaces as writers pad. */
function safetensorsOf(length: number): Uint8Array {
  const header = Buffer.from(`{"w":{"dtype":"F32","shape":[1000],"data_offsets":[0,${WEIGHTS.length}]}}`.padEnd(length));
  const prefix = Buffer.alloc(8);
  prefix.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([prefix, header, WEIGHTS]);
}

describe('walkPickle', () => {
  it.each([
    // pickle.dumps of an object whose __reduce__ is (os.system, ('echo pwned',)), protocols 4 and 0.
    ['a protocol-4 pickle that calls os.system', Buffer.from('80049525000000000000008c05706f736978948c0673797374656d9493948c0a6563686f2070776e656494859452942e', 'hex'), 28],
    ['a protocol-0 pickle that calls os.system', Buffer.from("cposix\nsystem\np0\n(Vecho pwned\np1\ntp2\nRp3\n."), 0],
    // Red team: the unpickler has run the payload before it refuses the bytes after it.
    ['a pickle whose payload is followed by bytes the unpickler refuses', bytes("(cos\nsystem\n(S'x'\ntR", [0xff, 0xff]), 1],
    ['a SHORT_BINUNICODE with an encoded surrogate, which CPython reads (surrogatepass)', bytes([0x8c, 0x03, 0xed, 0xa0, 0x80], '0cos\nsystem\n'), 6],
    ['an INT line that ends at a NUL, as CPython reads it', bytes('I5\0junk\n0cos\nsystem\n'), 9],
    ['a memo index written with an underscore', bytes('Np1_0\n0g10\n0cos\nsystem\n'), 12],
    // torch.load's older format: a pickle of its magic number, then the ones that build the model.
    ['the second of two pickles, as torch.load reads them', bytes([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e], 'cos\nsystem\n'), 15],
    ['a pickle after a line of five megabytes', bytes('V', 'x'.repeat(5_000_000), '\n0cos\nsystem\n'), 5_000_003],
    // From a review: what CPython's C unpickler reads that the walk refused.
    ['a string copied by DUP to name both module and attribute (timeit.timeit)', bytes([0x8c, 0x06], 'timeit', [0x32, 0x93]), 9],
    ['a BUILD whose state is None, which calls nothing', bytes('NNbcos\nsystem\n'), 3],
    ['an INT line of no digits, ended at a NUL', bytes('I\0junk\ncos\nsystem\n'), 7],
    ['a memo index with a sign', bytes("S'os'\np+3\n0g+3\nS'system'\n", [0x93]), 25],
    ['a LONG in hexadecimal longer than any decimal CPython reads', bytes('L0x', 'f'.repeat(5000), '\n0cos\nsystem\n'), 5005],
    ['a module that is no identifier (import runs whatever file the name finds)', bytes('cmy-mod\nx\n'), 0],
    ['an ONNX model that is also a pickle', onnxPolyglot(), 9],
    ['a safetensors file that is also a pickle', safetensorsPolyglot(), 85],
  ])('finds the import in %s', (_name, file, at) => {
    expect(walk(file)).toEqual({ imports: true, at });
  });

  // Red team: a million no-ops, then the payload; no tensor file reads so far.
  it('takes a pickle longer than it follows as one', () => {
    expect(walk(bytes('N0'.repeat(600_000), "cos\nsystem\n(S'x'\ntR."))).toEqual({ tooLong: true });
  });

  // Third red team: UNICODE lines of 8 MB each, read byte by byte, took 5 s a gigabyte.
  it('takes a pickle whose lines run past 64 MB as one, having read no more than that', () => {
    const line = 8 * 1024 * 1024;
    let read = 0;
    const file = {
      size: 2 ** 40,
      read: (position: number, count: number) => {
        read += count;
        const chunk = new Uint8Array(count).fill(0x61); // 'a'
        for (let start = position - (position % (line + 2)); start < position + count; start += line + 2) {
          if (start >= position) chunk[start - position] = 0x56; // UNICODE, then its line
          if (start + line + 1 >= position && start + line + 1 < position + count) chunk[start + line + 1 - position] = 0x0a;
        }
        return chunk;
      },
    };
    expect(walkPickle(file)).toEqual({ tooLong: true });
    expect(read).toBeLessThan(80 * 1024 * 1024);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a pickle that imports nothing (pickle.dumps({"a": 1}, 2))', Buffer.from('80027d710058010000006171014b01732e', 'hex')],
    ['a call with nothing imported to call', bytes('NN)R.')],
    ['a STACK_GLOBAL on anything but two strings', bytes('KK', [0x93])],
    ['a protocol number Python does not read', Buffer.from('8006', 'hex')],
    ['a BINBYTES longer than the file', Buffer.from('42ff000000', 'hex')],
    ['a mark closed with none open', Buffer.from('4b0174', 'hex')],
    ['a line that float() refuses', bytes('Fjunk\ncos\nsystem\n')],
    ['a STRING that is not quoted', bytes('Sjunk\ncos\nsystem\n')],
    ['a GLOBAL whose module holds a NUL', bytes('cos\0x\nsystem\n')],
    ['a BINSTRING of negative length', bytes('T', [0xff, 0xff, 0xff, 0xff], 'cos\nsystem\n')],
    ['a memo entry fetched that was never stored', bytes([0x68, 0x05], 'cos\nsystem\n')],
    ['an EXT1, whose registry is empty', bytes([0x82, 0x01], 'cos\nsystem\n')],
    // Red team: a header length that begins with P (PERSID) and tensors of zeros, no newline in 16 MB.
    ['a line that no newline ends', bytes('P', '\0'.repeat(100_000))],
    ['an ONNX model', onnx()],
    ['text', bytes('not a pickle\n')],
  ])('finds nothing that runs in %s', (_name, file) => {
    expect(walk(file)).toBeUndefined();
  });

  // Every value of a header length's first two bytes, so every opcode a real file can begin with.
  it('finds nothing that runs in a safetensors file, whatever its header length', () => {
    const read: number[] = [];
    for (let length = 256; length < 256 * 5; length++) if (walk(safetensorsOf(length))) read.push(length);
    expect(read).toEqual([]);
  });
});
