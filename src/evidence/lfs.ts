/**
 * Git LFS pointers: what a checkout without LFS (actions/checkout's default) holds in place of a
 * large file. A pointer is a few lines of text naming the content's SHA-256 (git-lfs/git-lfs,
 * docs/spec.md); the content itself is kept outside git, as a model registry keeps weights.
 */

/** A pointer's first line. */
export const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';
/** A pointer is a few lines; a file larger than this is content, not a pointer. */
export const LFS_POINTER_MAX_BYTES = 1024;

const HEADER_BYTES = Buffer.from(`${LFS_HEADER}\n`);

/** Whether a file of `size` bytes that begins with `bytes` is a Git LFS pointer. */
export function isLfsPointer(bytes: Uint8Array, size: number): boolean {
  return size <= LFS_POINTER_MAX_BYTES && bytes.length >= HEADER_BYTES.length && Buffer.from(bytes.buffer, bytes.byteOffset, HEADER_BYTES.length).equals(HEADER_BYTES);
}
