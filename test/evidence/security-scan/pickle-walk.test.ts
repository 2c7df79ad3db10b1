// A file that reads as a pickle from its first byte runs code under pickle.load whatever else it
// also is; a real tensor file must never read as one.
import { describe, expect, it } from 'vitest';
import { readsAsPickle } from '../../../src/evidence/security-scan/pickle-walk.js';
import { onnx, onnxPolyglot, safetensorsPolyglot } from '../../helpers/model-files.js';

const reader = (file: Uint8Array) => ({ size: file.length, read: (position: number, count: number) => file.subarray(position, position + count) });
const walk = (file: Uint8Array) => readsAsPickle(reader(file));

/** Weights as a trained model holds them: small float32 values, a thousand of them. */
const WEIGHTS = Buffer.from(Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i * 12.9898) * 0.05).buffer);

/** A safetensors file whose header is `length` bytes: one tensor, padded with spaces as writers pad. */
function safetensorsOf(length: number): Uint8Array {
  const header = Buffer.from(`{"w":{"dtype":"F32","shape":[1000],"data_offsets":[0,${WEIGHTS.length}]}}`.padEnd(length));
  const prefix = Buffer.alloc(8);
  prefix.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([prefix, header, WEIGHTS]);
}

describe('readsAsPickle', () => {
  it.each([
    ['a protocol-2 pickle of a dict (pickle.dumps({"a": 1}, 2))', Buffer.from('80027d710058010000006171014b01732e', 'hex')],
    ['a protocol-0 pickle that calls os.system', Buffer.from("cos\nsystem\n(S'echo PWNED'\ntR.")],
    ['a protocol-4 pickle with a frame', Buffer.from('80049505000000000000004b012e', 'hex')],
    ['a float read from a line', Buffer.from('F1.5\n.')],
    ['a memo entry stored, then fetched', Buffer.from('4e710568052e', 'hex')],
    ['an ONNX model that is also a pickle', onnxPolyglot()],
    ['a safetensors file that is also a pickle', safetensorsPolyglot()],
  ])('reads %s as a pickle', (_name, file) => {
    expect(walk(file)).toBe(true);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a STOP with nothing to return', Buffer.from('.')],
    ['a pickle cut short before its STOP', Buffer.from('80027d710058010000006171014b0173', 'hex')],
    ['a protocol number Python does not read', Buffer.from('80064b012e', 'hex')],
    ['a BINBYTES longer than the file', Buffer.from('42ff0000004b012e', 'hex')],
    ['a mark closed with none open', Buffer.from('4b01742e', 'hex')],
    ['a line that float() refuses', Buffer.from('Fjunk\n.')],
    ['a STRING that is not quoted', Buffer.from("Sjunk\n.")],
    ['a memo entry fetched that was never stored', Buffer.from('68052e', 'hex')],
    ['a BINUNICODE that is not UTF-8', Buffer.from('5802000000c3282e', 'hex')],
    ['an EXT1, whose registry is empty', Buffer.from('82012e', 'hex')],
    ['an ONNX model', onnx()],
    ['text', Buffer.from('not a pickle\n')],
  ])('does not read %s as a pickle', (_name, file) => {
    expect(walk(file)).toBe(false);
  });

  // Every value of a header length's first two bytes, so every opcode a real file can begin with.
  it('reads no safetensors file as a pickle, whatever its header length', () => {
    const read: number[] = [];
    for (let length = 256; length < 256 * 5; length++) if (walk(safetensorsOf(length))) read.push(length);
    expect(read).toEqual([]);
  });
});
