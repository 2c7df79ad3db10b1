/** The first bytes of model files in the formats the security-scan checks tell apart, for tests. */

/** A safetensors file: the header's length (8 bytes, little-endian), the header, then tensor data. */
export function safetensors(header = '{"__metadata__":{"format":"pt"}}', data = 'tensor bytes'): Uint8Array {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([length, Buffer.from(header), Buffer.from(data)]);
}

/** The start of an ONNX model as onnx writes it: ir_version (field 1, varint) first. */
export const ONNX = Uint8Array.from([0x08, 0x09, 0x12, 0x07, ...Buffer.from('pytorch'), 0x1a, 0x03, ...Buffer.from('2.5')]);
/** A pickle (protocol 4) and a ZIP archive, PyTorch's checkpoint format. */
export const PICKLE = Uint8Array.from([0x80, 0x04, 0x95, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8c, 0x05, ...Buffer.from('posix')]);
export const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...Buffer.from('archive/data.pkl')]);
