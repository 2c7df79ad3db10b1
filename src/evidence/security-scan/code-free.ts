/**
 * Model formats that run no code when loaded, and whether a file named as one is one. A pickle
 * renamed `model.safetensors` is skipped by the scanners (they know formats by extension) and
 * still runs its code under `torch.load`, so where the repository holds the file its first bytes
 * must begin as the format does.
 */

/**
 * Model formats that hold tensors (and a graph) and run no code of their own when loaded: a
 * pickle scanner has nothing to look for in them, and modelscan has no scanner for them, so it
 * lists them as skipped (SCAN_NOT_SUPPORTED). ONNX runs custom operators only from libraries a
 * program registers itself. Not GGUF: it carries a Jinja chat template that some loaders have
 * rendered unsandboxed.
 */
export const CODE_FREE_EXTENSIONS: readonly string[] = ['.safetensors', '.onnx'];

/** The extension of `file` when it is one of CODE_FREE_EXTENSIONS (case aside), else undefined. */
export function codeFreeExtension(file: string): string | undefined {
  const lower = file.trim().toLowerCase();
  return CODE_FREE_EXTENSIONS.find((extension) => lower.endsWith(extension));
}

/** How many leading bytes formatMismatch reads. */
export const SIGNATURE_BYTES = 16;

/**
 * ModelProto's fields and their protobuf wire types (0 varint, 2 length-delimited), from
 * onnx.proto: an ONNX file begins with one of them (writers put `ir_version`, field 1, first).
 */
const ONNX_MODEL_FIELDS = new Map<number, number>([
  [1, 0], [2, 2], [3, 2], [4, 2], [5, 0], [6, 2], [7, 2], [8, 2], [14, 2], [20, 2], [25, 2], [26, 2],
]);

/** A code-free extension's format, as a message names it. */
export const formatName = (extension: string) => (extension === '.onnx' ? 'ONNX' : extension.slice(1));

/**
 * Why a file named with code-free `extension` is not in that format, from its first bytes and
 * its size, worded to follow "but it"; undefined when it begins as the format does.
 * safetensors: an 8-byte little-endian header length that fits the file, then the header's
 * JSON, which begins with `{`. ONNX: a protobuf ModelProto, whose first byte is the tag of one
 * of its fields.
 */
export function formatMismatch(extension: string, bytes: Uint8Array, size: number): string | undefined {
  if (extension === '.safetensors') {
    if (bytes.length >= 9) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const header = view.getBigUint64(0, true);
      if (header >= 2n && header <= BigInt(size - 8) && bytes[8] === 0x7b) return undefined;
    }
    return beginsAs(bytes) ?? "does not begin as a safetensors file does (an 8-byte header length, then the header's JSON)";
  }
  if (extension === '.onnx') {
    const tag = firstTag(bytes);
    if (tag !== undefined && ONNX_MODEL_FIELDS.get(tag >>> 3) === (tag & 7)) return undefined;
    return beginsAs(bytes) ?? 'does not begin as an ONNX model does (a protobuf ModelProto)';
  }
  return undefined;
}

/** What a file's first bytes say it is, where they say. */
function beginsAs(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'is empty';
  // A ZIP archive: PyTorch's checkpoint format, a pickle inside.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)';
  // A pickle: the PROTO opcode and a protocol number.
  if (bytes[0] === 0x80 && (bytes[1] ?? 0) >= 2 && (bytes[1] ?? 0) <= 5) return 'begins as a pickle does';
  return undefined;
}

/** The first protobuf tag of `bytes` (a varint of at most 5 bytes), or undefined. */
function firstTag(bytes: Uint8Array): number | undefined {
  let tag = 0;
  for (let i = 0; i < Math.min(5, bytes.length); i++) {
    const byte = bytes[i] as number;
    tag += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return tag;
  }
  return undefined;
}
