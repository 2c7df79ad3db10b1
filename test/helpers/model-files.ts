/** Model files in the formats the security-scan checks tell apart, for tests. */

/** A safetensors file: the header's length (8 bytes, little-endian), the header, then the tensors' bytes. */
export function safetensors(): Uint8Array {
  const header = '{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}';
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([length, Buffer.from(header), Buffer.alloc(8, 0x3f)]);
}

/** A length-delimited protobuf field (a one-byte tag, a one- or two-byte length). */
function field(tag: number, payload: Uint8Array): Buffer {
  const length = payload.length < 0x80 ? [payload.length] : payload.length < 0x4000 ? [(payload.length & 0x7f) | 0x80, payload.length >> 7] : [(payload.length & 0x7f) | 0x80, ((payload.length >> 7) & 0x7f) | 0x80, payload.length >> 14];
  return Buffer.concat([Buffer.from([tag, ...length]), payload]);
}

/** An ONNX model as onnx writes it: ir_version (field 1) first, producer, opset, then the graph (field 7). */
export function onnx(options: { graphFirst?: boolean; graph?: Uint8Array } = {}): Uint8Array {
  const graph = field(0x3a, options.graph ?? Buffer.from([0x0a, 0x02, 0x6e, 0x31]));
  const rest = [Buffer.from([0x08, 0x09]), field(0x12, Buffer.from('pytorch')), field(0x1a, Buffer.from('2.5')), field(0x42, Buffer.from([0x10, 0x11]))];
  return Buffer.concat(options.graphFirst ? [graph, ...rest] : [...rest, graph]);
}

/** A pickle (protocol 4) and a ZIP archive, PyTorch's checkpoint format. */
export const PICKLE = Uint8Array.from([0x80, 0x04, 0x95, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8c, 0x05, ...Buffer.from('posix')]);
export const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...Buffer.from('archive/data.pkl')]);

/** What a checkout without Git LFS holds in place of a model file. */
export const LFS_POINTER = Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${'4d'.repeat(32)}\nsize 104857600\n`);

/**
 * From a review: ONNX whose first field (opset_import, "B") is pickle's BINBYTES, its length
 * skipping into a producer_name that holds the pickle; then ir_version and a graph.
 */
export function onnxPolyglot(): Uint8Array {
  const payload = Buffer.from("0cbuiltins\nprint\n(S'PWNED'\ntR.");
  return Buffer.concat([Buffer.from([0x42, 3, 0, 0, 0, 0x12, payload.length + 1, 0]), payload, Buffer.from([0x08, 0x07, 0x3a, 0x00])]);
}

/**
 * From a review: a header length that is also PROTO 4 and a BINBYTES, the pickle in a tensor's
 * name (SHORT_BINUNICODE and STACK_GLOBAL after BINPUT 0xC2, valid UTF-8 and JSON).
 */
export function safetensorsPolyglot(): Uint8Array {
  const text = (value: string) => Buffer.concat([Buffer.from([0x71, 0xc2, 0x8c, value.length]), Buffer.from(value)]);
  const ops = Buffer.concat([text('multiprocessing.popen_forkserver'), text('os.path.os.path.os.path.os.system'), Buffer.from([0x71, 0xc2, 0x93]), text('echo PWNED'.padEnd(32)), Buffer.from([0x71, 0xc2, 0x85, 0x52, 0x2e])]);
  const length = 0x80 | (0x04 << 8) | (0x42 << 16) | (3 << 24);
  const header = Buffer.concat([Buffer.from('{"'), ops, Buffer.from('":{"dtype":"U8","shape":[0],"data_offsets":[0,0]}}')]);
  return Buffer.concat([Buffer.from([0x80, 0x04, 0x42, 3, 0, 0, 0, 0]), header, Buffer.alloc(length - header.length, 0x20)]);
}

/**
 * A tar archive of one member, PyTorch's older checkpoint format (a pickle in `storages`), which
 * torch.load still reads; `name` may be laid out to read as something else from its first byte
 * (a SentencePiece protobuf: "\n", a varint length running to the file's end).
 */
export function tar(name = 'storages', content: Uint8Array = PICKLE): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from(name, 'latin1').copy(header, 0, 0, 100);
  header.write('0000644\0', 100, 'latin1');
  header.write('0000000\0', 108, 'latin1');
  header.write('0000000\0', 116, 'latin1');
  header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.write('00000000000\0', 136, 'latin1');
  header.write('0', 156, 'latin1');
  header.write('ustar\0' + '00', 257, 'latin1');
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  const padded = Buffer.alloc(Math.ceil(content.length / 512) * 512);
  Buffer.from(content).copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}
