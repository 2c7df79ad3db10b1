// A file named as a format that runs no code (safetensors, ONNX) is taken as one only if its
// structure is that format's: a pickle renamed .safetensors is skipped by the scanners and still
// runs its code under torch.load, and a polyglot must not pass on its first bytes alone.
import { describe, expect, it } from 'vitest';
import type { ByteReader } from '../../../src/evidence/security-scan/byte-reader.js';
import { checkFormat } from '../../../src/evidence/security-scan/code-free.js';
import { LFS_POINTER, onnx, onnxPolyglot, PICKLE, safetensors, safetensorsPolyglot, ZIP } from '../../helpers/model-files.js';

/** A reader over `file` that counts the bytes it hands out. */
function readerOf(file: Uint8Array): ByteReader & { served: number } {
  const reader = {
    size: file.length,
    served: 0,
    read(position: number, count: number) {
      const bytes = file.subarray(position, position + count);
      reader.served += bytes.length;
      return bytes;
    },
  };
  return reader;
}

const check = (extension: string, file: Uint8Array) => checkFormat(extension, readerOf(file));
const not = (why: string) => ({ is: 'not-as-named', why });
const SAFETENSORS_NOT = "does not hold what a safetensors file does: ";
const ONNX_NOT = 'does not hold what an ONNX model does: ';
const PICKLE_WALK = (at: number) => `reads as a pickle that imports a name to call (at byte ${at}, read opcode by opcode from its first byte)`;

/** A safetensors file with a header of our own making. */
function withHeader(header: string | Buffer, data: string): Uint8Array {
  const bytes = Buffer.from(header);
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(bytes.length));
  return Buffer.concat([length, bytes, Buffer.from(data)]);
}

/** Red team: `C` (SHORT_BINBYTES) swallows the header length, `{` and more, and the pickle runs. */
function polyglot(): Uint8Array {
  const payload = Buffer.from("0cos\nsystem\n(S'echo PWNED'\ntR.");
  const file = Buffer.alloc(2000, 0x20);
  Buffer.from([0x43, 0x07, 0, 0, 0, 0, 0, 0, 0x7b]).copy(file, 0);
  payload.copy(file, 9);
  return file;
}

/** From a review: a valid safetensors file whose header length is BINBYTES, the pickle in its tensor data, DUP naming timeit.timeit. */
function dupPolyglot(): Uint8Array {
  const tail = Buffer.concat([Buffer.from([0x30, 0x8c, 6]), Buffer.from('timeit'), Buffer.from([0x32, 0x93, 0x8c, 33]), Buffer.from("print('PWNED');raise SystemExit()"), Buffer.from([0x85, 0x52, 0x2e])]);
  const length = 0x0542; // 42 05 00 00 is also BINBYTES of 5 bytes
  const head = (pad: number) => `{"V${'x'.repeat(pad)}":{"dtype":"U8","shape":[${tail.length}],"data_offsets":[0,${tail.length}]}\n}`;
  const header = Buffer.from(head(length - head(0).length));
  const prefix = Buffer.alloc(8);
  prefix.writeBigUInt64LE(BigInt(length));
  return Buffer.concat([prefix, header, tail]);
}

describe('checkFormat', () => {
  it.each([
    ['a safetensors file', '.safetensors', safetensors()],
    ['a safetensors file with no tensors', '.safetensors', withHeader('{}', '')],
    ['a safetensors file whose header is padded with spaces', '.safetensors', withHeader('{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}    ', 'abcd')],
    ['a safetensors file with two tensors listed out of order', '.safetensors', withHeader('{"b":{"dtype":"U8","shape":[2],"data_offsets":[2,4]},"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"__metadata__":{"format":"pt"}}', 'abcd')],
    ['a sharded model\'s index', '.safetensors.index.json', Buffer.from('{"metadata":{"total_size":16},"weight_map":{"w":"model-00001-of-00002.safetensors"}}')],
    // Red team: a header of 1,152 bytes begins 80 04, as a protocol-4 pickle does (a Llama-style first shard's).
    ['a safetensors file whose header length begins as a pickle does', '.safetensors', withHeader('{"__metadata__":{"format":"pt"},"w":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}}'.padEnd(0x480), 'abcd')],
    ['an ONNX model', '.onnx', onnx()],
    ['an ONNX model with its fields in another order', '.onnx', onnx({ graphFirst: true })],
  ])('takes %s as what its name says', (_name, extension, file) => {
    expect(check(extension, file)).toEqual({ is: 'as-named' });
  });

  it('takes a Git LFS pointer as a pointer, whatever its name', () => {
    expect(check('.safetensors', LFS_POINTER)).toEqual({ is: 'lfs-pointer' });
    expect(check('.onnx', LFS_POINTER)).toEqual({ is: 'lfs-pointer' });
  });

  it.each([
    ['a pickle named .safetensors', '.safetensors', PICKLE, 'begins as a pickle does'],
    ['a ZIP archive named .safetensors', '.safetensors', ZIP, 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)'],
    ['an empty .safetensors', '.safetensors', new Uint8Array(0), 'is empty'],
    ['a polyglot whose first bytes pass for a header length and "{"', '.safetensors', polyglot(), PICKLE_WALK(10)],
    ['a header longer than the file', '.safetensors', safetensors().subarray(0, 20), `${SAFETENSORS_NOT}its first 8 bytes, read as the header's length, run past the file's end`],
    ['a header that is a JSON array', '.safetensors', withHeader('[1,2]', ''), `${SAFETENSORS_NOT}its header is not a JSON object`],
    ['a header that is not UTF-8', '.safetensors', withHeader(Buffer.concat([Buffer.from('{"__metadata__":{"a":"'), Buffer.from([0xc3]), Buffer.from('"}}')]), ''), `${SAFETENSORS_NOT}its header is not JSON in UTF-8`],
    ['a tensor without data_offsets', '.safetensors', withHeader('{"w":{"dtype":"F32","shape":[1]}}', 'abcd'), `${SAFETENSORS_NOT}its header's entry for "w" is not a tensor's (dtype, shape, data_offsets)`],
    ['data after the last tensor (room for a payload)', '.safetensors', withHeader('{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', "abcdcos\nsystem\n(S'x'\ntR."), `${SAFETENSORS_NOT}its tensors end at byte 4 of the data, which is 24 bytes long`],
    ['a gap between tensors', '.safetensors', withHeader('{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"b":{"dtype":"U8","shape":[1],"data_offsets":[2,3]}}', 'abc'), `${SAFETENSORS_NOT}its tensors' byte ranges leave a gap or overlap at byte 1 of the data`],
    ['a safetensors file whose pickle reading imports timeit.timeit through DUP', '.safetensors', dupPolyglot(), PICKLE_WALK(1364)],
    ['a pickle longer than modelgate follows, named .safetensors', '.safetensors', Buffer.from(`${'N0'.repeat(600_000)}cos\nsystem\n`), 'reads as a pickle for longer than modelgate follows one (a million opcodes, or 64 MB of lines), which no tensor file does'],
    ['a pickle named as an index', '.safetensors.index.json', PICKLE, 'begins as a pickle does'],
    ['an index without a weight_map', '.safetensors.index.json', Buffer.from('{"metadata":{}}'), "does not hold what a safetensors index does: it has no weight_map naming each tensor's shard"],
    ['an index that is not JSON', '.safetensors.index.json', Buffer.from('weight_map = {}\n'), 'does not hold what a safetensors index does: it is not JSON in UTF-8'],
    ['an ONNX model that is also a pickle (BINBYTES over its first field)', '.onnx', onnxPolyglot(), PICKLE_WALK(9)],
    ['a safetensors file that is also a pickle (PROTO and BINBYTES as its header length)', '.safetensors', safetensorsPolyglot(), PICKLE_WALK(85)],
    ['a ZIP archive with a safetensors header after its signature', '.safetensors', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), safetensors().subarray(4)]), 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)'],
    ['a pickle named .onnx', '.onnx', PICKLE, 'begins as a pickle does'],
    ['a ZIP archive named .onnx', '.onnx', ZIP, 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)'],
    // Red team: "(" is MARK to pickle and model_version (field 5, a varint) to protobuf.
    ['a protocol-0 pickle that begins with "("', '.onnx', Buffer.from("(cos\nsystem\nS'echo PWNED'\no."), PICKLE_WALK(1)],
    ['text', '.onnx', Buffer.from('hello'), `${ONNX_NOT}byte 0 begins field 13 with wire type 0, which ModelProto does not have`],
    ['a field ModelProto does not have (9)', '.onnx', Uint8Array.from([0x48, 0x01]), `${ONNX_NOT}byte 0 begins field 9 with wire type 0, which ModelProto does not have`],
    ['ir_version with the wrong wire type', '.onnx', Uint8Array.from([0x0a, 0x01, 0x00]), `${ONNX_NOT}byte 0 begins field 1 with wire type 2, which ModelProto does not have`],
    ['a graph longer than the file', '.onnx', Uint8Array.from([0x08, 0x09, 0x3a, 0x7f, 0x00]), `${ONNX_NOT}field 7 runs past the file's end`],
    ['no graph', '.onnx', Uint8Array.from([0x08, 0x09, 0x12, 0x01, 0x61]), `${ONNX_NOT}it has no graph`],
    ['no ir_version', '.onnx', Uint8Array.from([0x3a, 0x01, 0x00]), `${ONNX_NOT}it has no ir_version`],
    ['a field cut short', '.onnx', Uint8Array.from([0x08, 0x09, 0x3a]), `${ONNX_NOT}field 7 at byte 2 is cut short`],
    ['an empty .onnx', '.onnx', new Uint8Array(0), 'is empty'],
  ])('refuses %s', (_name, extension, file, why) => {
    expect(check(extension, file)).toEqual(not(why));
  });

  it("refuses a header over the safetensors library's 100 MB cap without reading it", () => {
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(150_000_000n);
    let served = 0;
    const reader: ByteReader = { size: 300_000_000, read: (position, count) => ((served += Math.min(count, 8)), position === 0 ? length.subarray(0, count) : undefined) };
    expect(checkFormat('.safetensors', reader)).toEqual(not(`${SAFETENSORS_NOT}its header is over the safetensors library's 100 MB cap`));
    expect(served).toBeLessThanOrEqual(64);
  });

  it('reads an ONNX model field by field, not its graph', () => {
    const graph = Buffer.alloc(100_000, 1);
    const file = onnx({ graph });
    const reader = readerOf(file);
    expect(checkFormat('.onnx', reader)).toEqual({ is: 'as-named' });
    expect(reader.served).toBeLessThan(1000);
  });
});
