/** Random access to a file's bytes: `read` gives up to `count` bytes from `position` (fewer past the end), undefined when the file cannot be read. */
export interface ByteReader {
  size: number;
  read(position: number, count: number): Uint8Array | undefined;
}
