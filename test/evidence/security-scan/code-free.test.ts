// A file named as a format that runs no code (safetensors, ONNX) is taken as one only if its
// first bytes begin as that format does: a pickle renamed .safetensors is skipped by the
// scanners and still runs its code under torch.load.
import { describe, expect, it } from 'vitest';
import { formatMismatch } from '../../../src/evidence/security-scan/code-free.js';
import { ONNX, PICKLE, safetensors, ZIP } from '../../helpers/model-files.js';


const mismatch = (extension: string, file: Uint8Array) => formatMismatch(extension, file.subarray(0, 16), file.length);

describe('formatMismatch', () => {
  it.each([
    ['a safetensors file', '.safetensors', safetensors()],
    ['a safetensors file with an empty header', '.safetensors', safetensors('{}', '')],
    ['an ONNX model (ir_version first)', '.onnx', ONNX],
    ['an ONNX model that begins with its graph (field 7)', '.onnx', Uint8Array.from([0x3a, 0x05, 1, 2, 3, 4, 5])],
    ['an ONNX model that begins with a training info (field 20, a two-byte tag)', '.onnx', Uint8Array.from([0xa2, 0x01, 0x00])],
  ])('takes %s as what its name says', (_name, extension, file) => {
    expect(mismatch(extension, file)).toBeUndefined();
  });

  it.each([
    ['a pickle named .safetensors', '.safetensors', PICKLE, 'begins as a pickle does'],
    ['a ZIP archive named .safetensors', '.safetensors', ZIP, 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)'],
    ['an empty .safetensors', '.safetensors', new Uint8Array(0), 'is empty'],
    ['text named .safetensors', '.safetensors', Buffer.from('version https://git-lfs.github.com/spec/v1\n'), "does not begin as a safetensors file does (an 8-byte header length, then the header's JSON)"],
    ['a safetensors header longer than the file', '.safetensors', safetensors().subarray(0, 20), "does not begin as a safetensors file does (an 8-byte header length, then the header's JSON)"],
    ['a safetensors header that is not a JSON object', '.safetensors', safetensors('[1,2]'), "does not begin as a safetensors file does (an 8-byte header length, then the header's JSON)"],
    ['a pickle named .onnx', '.onnx', PICKLE, 'begins as a pickle does'],
    ['a ZIP archive named .onnx', '.onnx', ZIP, 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)'],
    ['text named .onnx', '.onnx', Buffer.from('hello'), 'does not begin as an ONNX model does (a protobuf ModelProto)'],
    ['a protobuf field ModelProto does not have (field 9)', '.onnx', Uint8Array.from([0x48, 0x01]), 'does not begin as an ONNX model does (a protobuf ModelProto)'],
    ['ir_version with the wrong wire type', '.onnx', Uint8Array.from([0x0a, 0x01, 0x00]), 'does not begin as an ONNX model does (a protobuf ModelProto)'],
    ['an empty .onnx', '.onnx', new Uint8Array(0), 'is empty'],
  ])('refuses %s', (_name, extension, file, expected) => {
    expect(mismatch(extension, file)).toBe(expected);
  });
});
