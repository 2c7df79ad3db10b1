/**
 * Git LFS pointers: what a checkout without LFS (actions/checkout's default) holds in place of a
 * large file. A pointer is a few lines of text naming the content's SHA-256 (git-lfs/git-lfs,
 * docs/spec.md); the content itself is kept outside git, as a model registry keeps weights.
 */

/** A pointer's first line. */
export const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';
/** A pointer is a few lines; a file larger than this is content, not a pointer. */
export const LFS_POINTER_MAX_BYTES = 1024;

/** How a pointer begins: its first line, ended as the spec ends it. */
const FIRST_LINE = `${LFS_HEADER}\n`;
const FIRST_LINE_BYTES = Buffer.from(FIRST_LINE);

/** Whether a file of `size` bytes that begins with `bytes` is a Git LFS pointer. */
export function isLfsPointer(bytes: Uint8Array, size: number): boolean {
  return size <= LFS_POINTER_MAX_BYTES && bytes.length >= FIRST_LINE_BYTES.length && Buffer.from(bytes.buffer, bytes.byteOffset, FIRST_LINE_BYTES.length).equals(FIRST_LINE_BYTES);
}

/** Whether `text`, a whole file, is a Git LFS pointer. */
export const isLfsPointerText = (text: string) => text.length <= LFS_POINTER_MAX_BYTES && text.startsWith(FIRST_LINE);

/** The SHA-256 of the content a pointer stands for (its `oid sha256:` line), if it has one. */
export const lfsPointerOid = (pointer: string) => /^oid sha256:([a-f0-9]{64})$/m.exec(pointer)?.[1];
