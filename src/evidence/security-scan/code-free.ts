/**
 * Model formats that run no code when loaded, and whether a file named as one is one. The
 * scanners know formats by extension: a pickle renamed `model.safetensors` is skipped, and still
 * runs its code under `torch.load`. So where the repository holds the file, its structure is
 * checked as the format's own loader checks it before reading any tensor.
 */
import { isLfsPointer } from '../lfs.js';
import type { ByteReader } from './byte-reader.js';
import { walkPickle } from './pickle-walk.js';

/** A larger config or tokenizer file is not read to tell (a large vocabulary's tokenizer.json is some 35 MB). */
const MAX_DATA_BYTES = 64 * 1024 * 1024;

/** The JSON file that maps a sharded safetensors model's tensors to its shards (Hugging Face's `model.safetensors.index.json`). */
const SAFETENSORS_INDEX = '.safetensors.index.json';

/**
 * Model formats that hold tensors (and a graph) and run no code of their own when loaded: a
 * pickle scanner has nothing to look for in them, and modelscan has no scanner for them, so it
 * lists them as skipped (SCAN_NOT_SUPPORTED). ONNX runs custom operators only from libraries a
 * program registers itself. Not GGUF: it carries a Jinja chat template that some loaders have
 * rendered unsandboxed. A sharded safetensors model's index is JSON.
 */
export const CODE_FREE_EXTENSIONS: readonly string[] = ['.safetensors', '.onnx', SAFETENSORS_INDEX];

/** The extension of `file` when it is one of CODE_FREE_EXTENSIONS (case aside), else undefined. */
export function codeFreeExtension(file: string): string | undefined {
  const lower = file.trim().toLowerCase();
  return CODE_FREE_EXTENSIONS.find((extension) => lower.endsWith(extension));
}

/**
 * Files a model ships beside its weights that hold data, not code, by the names Hugging Face's
 * libraries give them: configs (`config.json`, `generation_config.json`, any `*config.json` or
 * `config_*.json`), tokenizer files (`tokenizer.json`, `special_tokens_map.json`,
 * `added_tokens.json`, `vocab.json`, `vocab.txt`, `merges.txt`), `modules.json` and
 * `model_index.json`. Listed in `artifacts`, one needs no model scan when modelgate reads it and
 * finds it to be what it is named (third red team: a team listing every file that ships was
 * asked to scan its configs); never by its name alone (review: a `.json` a registry holds may
 * be jsonpickle's). Other `.json` and `.txt` files are no exception: a Keras architecture or a
 * jsonpickle dump is JSON too.
 */
const DATA_FILE = /(?:^|[/\\])(?:[\w.-]*config|config_[\w.-]+|tokenizer|special_tokens_map|added_tokens|vocab|modules|model_index)\.json$|(?:^|[/\\])(?:vocab|merges)\.txt$/i;

/** `.json` or `.txt` when `file` is named as DATA_FILE says, else undefined. */
export function dataExtension(file: string): string | undefined {
  const trimmed = file.trim();
  return DATA_FILE.test(trimmed) ? trimmed.slice(trimmed.lastIndexOf('.')).toLowerCase() : undefined;
}

/**
 * Formats that run code when loaded that modelscan has no scanner for (red team: each lay beside
 * a model unasked for): pickles by other names (scikit-learn's `.sav`, `.p`), Keras' `.hdf5`,
 * NeMo archives of pickles, TorchServe archives with their handler's Python, llamafile
 * executables, PyTorch's older `.pth.tar`, gensim's `.model` pickles (a SentencePiece `.model`
 * is read and runs none), and pickles compressed (`.pkl.gz`, joblib's `.joblib.z`). A scan in
 * modelgate's format by a tool that reads them, or moving them out, answers for them.
 */
const OTHER_CODE_EXTENSIONS = ['.sav', '.p', '.hdf5', '.nemo', '.mar', '.llamafile', '.pth.tar', '.model', ...['.pkl', '.pickle', '.joblib', '.dill', '.sav'].flatMap((pickle) => ['.gz', '.bz2', '.xz', '.lzma', '.z', '.zst'].map((compressed) => pickle + compressed))];

/**
 * Extensions of model formats that can run code when loaded, as modelscan's scanners know them
 * (pickle, PyTorch, NumPy, Keras, TensorFlow SavedModel), and OTHER_CODE_EXTENSIONS: what a
 * model folder must not hold unscanned. A scan of the folder reads the first.
 */
export const MAY_RUN_CODE_EXTENSIONS: readonly string[] = ['.pkl', '.pickle', '.joblib', '.dill', '.dat', '.data', '.pt', '.pth', '.bin', '.ckpt', '.npy', '.npz', '.h5', '.keras', '.pb', ...OTHER_CODE_EXTENSIONS];

/**
 * Whether `file`'s extension is one of MAY_RUN_CODE_EXTENSIONS (case aside). Not an ONNX model's
 * external tensor data (`model.onnx.data`, `model.onnx_data`): raw bytes that ONNX Runtime
 * reads, which modelscan, taking `.data` for a pickle, cannot scan.
 */
export const mayRunCode = (file: string) => {
  const lower = file.toLowerCase();
  return !/\.onnx[._]data$/.test(lower) && MAY_RUN_CODE_EXTENSIONS.some((extension) => lower.endsWith(extension));
};

/** A model format's name, as a message gives it. */
export const formatName = (extension: string) => FORMATS[extension]?.name ?? extension.slice(1);

/** Each format a file named as it is checked against: its name, what a file of it is, and why a file is not one. */
const FORMATS: Record<string, { name: string; what: string; problem: (file: ByteReader) => string | undefined }> = {
  '.safetensors': { name: 'safetensors', what: 'a safetensors file', problem: safetensorsProblem },
  '.onnx': { name: 'ONNX', what: 'an ONNX model', problem: onnxProblem },
  [SAFETENSORS_INDEX]: { name: 'a safetensors index', what: 'a safetensors index', problem: indexProblem },
  '.json': { name: 'JSON', what: 'a plain JSON file', problem: jsonProblem },
  '.txt': { name: 'text', what: 'a text file', problem: textProblem },
};

/** How much of a file is read first: enough for the signatures beginsAs knows. */
export const LEADING_BYTES = 64;

/** What a file named as a code-free format is: that format, a Git LFS pointer, or something else. */
export type FormatCheck =
  | { is: 'as-named' }
  /** A Git LFS pointer: the content is not checked out, and is known by its name alone, as registry weights are. */
  | { is: 'lfs-pointer' }
  /** Worded to follow "but it". */
  | { is: 'not-as-named'; why: string };

/**
 * What a file named with code-free `extension` is. safetensors: the header's length (8 bytes,
 * little-endian), the header (a JSON object naming each tensor's dtype, shape and byte range),
 * then the tensors, their ranges contiguous and ending at the end of the file, as the
 * safetensors library validates a file. ONNX: a protobuf ModelProto whose top-level fields are
 * ModelProto's with their wire types, lengths within the file and ending at its end, with an
 * `ir_version` and a `graph`.
 */
export function checkFormat(extension: string, file: ByteReader): FormatCheck {
  const first = file.read(0, LEADING_BYTES);
  if (!first) return { is: 'not-as-named', why: 'cannot be read to tell' };
  if (isLfsPointer(first, file.size)) return { is: 'lfs-pointer' };
  // A PyTorch archive, or a pickle that imports, is refused whatever else its bytes also are (a polyglot).
  const archive = checkpointArchive(first, file);
  if (archive) return { is: 'not-as-named', why: archive };
  const pickle = walkPickle(file);
  if (pickle && 'imports' in pickle) return { is: 'not-as-named', why: `reads as a pickle that imports a name to call (at byte ${pickle.at}, read opcode by opcode from its first byte)` };
  if (pickle) return { is: 'not-as-named', why: 'reads as a pickle for longer than modelgate follows one (a million opcodes, or 64 MB of lines), which no tensor file does' };
  const format = FORMATS[extension];
  const problem = format?.problem(file);
  if (problem === undefined) return { is: 'as-named' };
  return { is: 'not-as-named', why: beginsAs(first) ?? `does not hold what ${format?.what ?? 'that format'} does: ${problem}` };
}

/**
 * Whether a `.bin` file is neither a PyTorch checkpoint (a ZIP or, in the older format, a tar
 * archive) nor a pickle that imports: torch.load reads only those, and refuses anything else
 * before it runs code. So CTranslate2's and
 * fastText's model.bin, or an ONNX model's external data saved as weights.bin, run no code
 * (third red team: modelscan skips them, and they could never pass). Not said of the other
 * extensions modelscan knows: a joblib or dill file may be a compressed pickle.
 */
export function binRunsNoCode(file: ByteReader): boolean {
  const first = file.read(0, LEADING_BYTES);
  if (!first || first.length === 0 || isLfsPointer(first, file.size) || checkpointArchive(first, file)) return false;
  // One that begins as a pickle does (PROTO and a protocol Python reads) is a scanner's to judge,
  // however it goes on; so is a compressed stream, which joblib.load unpickles once inflated.
  if ((first[0] === 0x80 && (first[1] ?? 0xff) <= 5) || isCompressed(first)) return false;
  return walkPickle(file) === undefined;
}

/**
 * Whether a `.model` file is a SentencePiece model (`tokenizer.model`, `spiece.model`): a
 * protobuf ModelProto whose top-level fields are its pieces, trainer and normalizer specs, self-
 * test data and denormalizer spec (1 to 5, each length-delimited), lengths within the file and
 * ending at its end, with at least one piece. Such a file runs no code when loaded; a `.model`
 * that is anything else (gensim saves pickles so) is a scanner's to judge.
 */
export function sentencePieceRunsNoCode(file: ByteReader): boolean {
  if (file.size === 0 || file.size > MAX_DATA_BYTES) return false;
  const bytes = file.read(0, file.size);
  if (!bytes || bytes.length < file.size || checkpointArchive(bytes, file) || walkPickle(file) !== undefined) return false;
  let pieces = false;
  for (let position = 0; position < bytes.length; ) {
    const tag = varint(bytes, position);
    if (!tag || tag.value % 8 !== 2 || tag.value < 8 || tag.value >= 48) return false;
    const length = varint(bytes, tag.next);
    if (!length) return false;
    position = length.next + length.value;
    if (position > bytes.length) return false;
    pieces ||= tag.value === 10;
  }
  return pieces;
}

/** Whether bytes begin as a stream joblib reads compressed: zlib, gzip, bz2, xz, lzma, lz4 (and zstd). */
function isCompressed(bytes: Uint8Array): boolean {
  const begins = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  return (
    (bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1] ?? -1)) ||
    begins(0x1f, 0x8b) ||
    begins(0x42, 0x5a, 0x68) ||
    begins(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00) ||
    begins(0x5d, 0x00, 0x00) ||
    begins(0x04, 0x22, 0x4d, 0x18) ||
    begins(0x28, 0xb5, 0x2f, 0xfd)
  );
}

/**
 * Whether `file` begins as a tar archive: a 512-byte header whose checksum (the sum of its bytes,
 * the checksum field counted as spaces) is the octal number that field holds, as Python's
 * tarfile checks it. PyTorch's older checkpoints are tar archives with a pickle inside, which
 * torch.load still reads (fifth red team: a tar named .bin, or laid out to read as a SentencePiece
 * protobuf, passed as running no code).
 */
function isTar(file: ByteReader): boolean {
  const header = file.read(0, 512);
  if (!header || header.length < 512) return false;
  const checksum = tarNumber(header.subarray(148, 156));
  if (checksum === undefined) return false;
  // Python takes the sum of the bytes unsigned or signed, the checksum field counted as spaces.
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (header[i] as number);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return checksum === unsigned || checksum === signed;
}

/**
 * A tar header's number field as Python's tarfile reads it (nti): base-256 when its first byte
 * is 0x80 or 0xff; else the text up to the first NUL, stripped, read as int(text, 8) does (a
 * sign, a 0o prefix, underscores between digits). Review: a checksum field written "012345\0X",
 * in base-256, or with an underscore, which tarfile reads, passed as no tar.
 */
function tarNumber(field: Uint8Array): number | undefined {
  if (field[0] === 0x80 || field[0] === 0xff) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] as number);
    return field[0] === 0xff ? value - 256 ** (field.length - 1) : value;
  }
  const end = field.indexOf(0);
  const text = Buffer.from(field.subarray(0, end < 0 ? field.length : end)).toString('latin1').trim() || '0';
  const match = /^([+-]?)(?:0o)?([0-7](?:_?[0-7])*)$/i.exec(text);
  if (!match) return undefined;
  const value = Number.parseInt((match[2] as string).replaceAll('_', ''), 8);
  return match[1] === '-' ? -value : value;
}

/** A ZIP archive's signature: PyTorch's checkpoint format (a pickle inside), which torch.load tells by these bytes. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const ZIP = 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)';
const TAR = "begins as a tar archive does (PyTorch's older checkpoints are one, a pickle inside)";

/** Why `file` (its first bytes `first`) is a PyTorch checkpoint's archive, a ZIP or a tar, which torch.load reads; undefined when it is neither. */
function checkpointArchive(first: Uint8Array, file: ByteReader): string | undefined {
  return isZip(first) ? ZIP : isTar(file) ? TAR : undefined;
}

/** What a file's first bytes say it is, where they say, for a file that is not the format named. */
function beginsAs(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'is empty';
  // A pickle: the PROTO opcode and a protocol number (a tensor file can begin so too: only said of one that is not one).
  if (bytes[0] === 0x80 && (bytes[1] ?? 0) >= 2 && (bytes[1] ?? 0) <= 5) return 'begins as a pickle does';
  return undefined;
}

const NOT_JSON = Symbol('not JSON');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The value of JSON bytes in UTF-8 (as safetensors and the index are written), or NOT_JSON. */
function jsonIn(raw: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(raw));
  } catch {
    return NOT_JSON;
  }
}

/** The safetensors library's cap on a header (MAX_HEADER_SIZE); a larger one is not read. */
const SAFETENSORS_MAX_HEADER = 100_000_000;

/** Why `file` is not a safetensors file, or undefined when it is one. */
function safetensorsProblem(file: ByteReader): string | undefined {
  const length = file.read(0, 8);
  if (!length || length.length < 8) return 'it is shorter than the 8-byte header length';
  const declared = new DataView(length.buffer, length.byteOffset, 8).getBigUint64(0, true);
  if (declared > BigInt(file.size - 8)) return "its first 8 bytes, read as the header's length, run past the file's end";
  if (declared > SAFETENSORS_MAX_HEADER) return "its header is over the safetensors library's 100 MB cap";
  const headerBytes = Number(declared);
  const raw = file.read(8, headerBytes);
  if (!raw || raw.length < headerBytes) return 'its header cannot be read';
  const header = jsonIn(raw);
  if (header === NOT_JSON) return 'its header is not JSON in UTF-8';
  if (!header || typeof header !== 'object' || Array.isArray(header)) return 'its header is not a JSON object';
  const ranges: Array<[number, number]> = [];
  for (const [name, tensor] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') continue;
    const offsets = (tensor as { data_offsets?: unknown } | null)?.data_offsets;
    const shape = (tensor as { shape?: unknown } | null)?.shape;
    const valid = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
    if (!Array.isArray(offsets) || offsets.length !== 2 || !valid(offsets[0]) || !valid(offsets[1]) || offsets[0] > offsets[1] || !Array.isArray(shape) || !shape.every(valid) || typeof (tensor as { dtype?: unknown }).dtype !== 'string') {
      return `its header's entry for ${JSON.stringify(name.slice(0, 60))} is not a tensor's (dtype, shape, data_offsets)`;
    }
    ranges.push([offsets[0], offsets[1]]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let end = 0;
  for (const [start, stop] of ranges) {
    if (start !== end) return `its tensors' byte ranges leave a gap or overlap at byte ${end} of the data`;
    end = stop;
  }
  const data = file.size - 8 - headerBytes;
  return end === data ? undefined : `its tensors end at byte ${end} of the data, which is ${data} bytes long`;
}

/** A larger index is not read (one for thousands of tensors is a few hundred kilobytes). */
const MAX_INDEX_BYTES = 16 * 1024 * 1024;

/** Why `file` is not a safetensors index (a JSON object whose weight_map names each tensor's shard), or undefined when it is one. */
function indexProblem(file: ByteReader): string | undefined {
  const raw = wholeFile(file, MAX_INDEX_BYTES);
  if ('problem' in raw) return raw.problem;
  const index = jsonIn(raw);
  if (index === NOT_JSON) return 'it is not JSON in UTF-8';
  const map = (index as { weight_map?: unknown } | null)?.weight_map;
  if (!map || typeof map !== 'object' || Array.isArray(map) || !Object.values(map).every((shard) => typeof shard === 'string')) return 'it has no weight_map naming each tensor\'s shard';
  return undefined;
}

/** The whole of a file of at most `maxBytes`, or why it cannot be read to tell. */
function wholeFile(file: ByteReader, maxBytes: number): Uint8Array | { problem: string } {
  if (file.size > maxBytes) return { problem: `it is over ${maxBytes / 1024 / 1024} MB, more than modelgate reads to tell` };
  const raw = file.read(0, file.size);
  return raw && raw.length >= file.size ? raw : { problem: 'it cannot be read' };
}

/** The whole of a data file in UTF-8, or why it cannot be told: too large, unreadable, not UTF-8. */
function dataText(file: ByteReader): { text: string } | { problem: string } {
  const raw = wholeFile(file, MAX_DATA_BYTES);
  if ('problem' in raw) return raw;
  try {
    return { text: utf8.decode(raw) };
  } catch {
    return { problem: 'it is not UTF-8 text' };
  }
}

/**
 * Why `file` is not JSON that only a JSON reader reads: not JSON, or JSON holding jsonpickle's
 * tags (`py/reduce`, `py/object`, ...), which `jsonpickle.decode` turns into calls as a pickle
 * does, or a Keras Lambda layer. Undefined when it is plain JSON.
 */
function jsonProblem(file: ByteReader): string | undefined {
  const read = dataText(file);
  if ('problem' in read) return read.problem;
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    return 'it is not JSON';
  }
  // Iteratively: a config nested 100,000 deep must not overflow the stack.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (!item || typeof item !== 'object') continue;
    if (Array.isArray(item)) for (const member of item) pending.push(member);
    else
      for (const [key, member] of Object.entries(item)) {
        if (key.startsWith('py/')) return `it holds jsonpickle's tag ${JSON.stringify(key.slice(0, 40))}, which jsonpickle.decode turns into objects and calls as a pickle does`;
        // A Keras Lambda layer carries its function's bytecode, which model_from_json runs (review);
        // Keras 3 names the module of each object it deserializes, and imports it (CVE-2025-1550).
        if (key === 'function_type' || (key === 'class_name' && (member === 'Lambda' || member === '__lambda__'))) return "it holds a Keras Lambda layer or function, whose code model_from_json runs";
        if (key === 'module' && typeof member === 'string' && 'class_name' in item && !/^keras(?:\.|$)/.test(member)) return `it names a Keras object from the module ${JSON.stringify(member.slice(0, 60))}, which deserializing it imports`;
        pending.push(member);
      }
  }
  return undefined;
}

/** Why `file` is not text (UTF-8, no NUL byte), or undefined when it is. */
function textProblem(file: ByteReader): string | undefined {
  const read = dataText(file);
  if ('problem' in read) return read.problem;
  return read.text.includes('\0') ? 'it holds a NUL byte, which text does not' : undefined;
}

/**
 * ModelProto's fields and their protobuf wire types (0 varint, 2 length-delimited), from
 * onnx.proto.
 */
const ONNX_MODEL_FIELDS = new Map<number, number>([
  [1, 0], [2, 2], [3, 2], [4, 2], [5, 0], [6, 2], [7, 2], [8, 2], [14, 2], [20, 2], [25, 2], [26, 2],
]);

/** More top-level fields than a model has (metadata, functions): the walk stops, failing closed. */
const MAX_ONNX_FIELDS = 100_000;

/** Why `file` is not an ONNX model, or undefined when it is one. */
function onnxProblem(file: ByteReader): string | undefined {
  const seen = new Set<number>();
  let position = 0;
  for (let fields = 0; position < file.size; fields++) {
    if (fields === MAX_ONNX_FIELDS) return `it has more than ${MAX_ONNX_FIELDS} top-level fields`;
    // A tag and a length are two varints of at most 10 bytes each.
    const bytes = file.read(position, 20);
    if (!bytes) return `it cannot be read at byte ${position}`;
    const tag = varint(bytes, 0);
    if (!tag) return `byte ${position} does not begin a protobuf field`;
    const field = Math.floor(tag.value / 8);
    const wire = tag.value % 8;
    if (ONNX_MODEL_FIELDS.get(field) !== wire) return `byte ${position} begins field ${field} with wire type ${wire}, which ModelProto does not have`;
    const value = varint(bytes, tag.next);
    if (!value) return `field ${field} at byte ${position} is cut short`;
    position += value.next + (wire === 2 ? value.value : 0);
    if (position > file.size) return `field ${field} runs past the file's end`;
    seen.add(field);
  }
  if (!seen.has(1)) return 'it has no ir_version';
  if (!seen.has(7)) return 'it has no graph';
  return undefined;
}

/** A protobuf varint at `at` in `bytes` and the offset after it, or undefined when it is cut short or overlong. */
function varint(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 10 && at + i < bytes.length; i++) {
    const byte = bytes[at + i] as number;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return value > Number.MAX_SAFE_INTEGER ? undefined : { value, next: at + i + 1 };
  }
  return undefined;
}
