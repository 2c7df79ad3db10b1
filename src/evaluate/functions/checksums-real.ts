import type { PathSegment } from '../../types.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument, type Failure } from '../function.js';

/** The SHA-256 of no bytes at all: the checksum of an empty file. */
const EMPTY_FILE = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA256 = /^[a-f0-9]{64}$/i;
const ONE_DIGIT = /^(.)\1{63}$/;

/** A declared checksum and the file it is said to be of (`path` or `uri` beside it). */
interface Declared {
  sha256: string;
  file?: string;
  path: PathSegment[];
}

/**
 * Every sha256 the target declares is the checksum of a file: not one digit written 64 times
 * ("000…0"), not the SHA-256 of an empty file, and not the one declared for another file. A
 * checksum is what ties a manifest to the model and data that were reviewed, and a made-up one
 * passes every check that cannot read the file (a model in a registry, a dataset in a bucket) and
 * every comparison with a bill of materials generated from the same manifest.
 */
export const checksumsReal = defineFunction<Record<string, never>>({
  name: 'checksums-real',
  description: 'Every sha256 declared under the target is a real checksum: not one repeated digit, not the SHA-256 of an empty file, not the one declared for a different file.',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const declared: Declared[] = [];
    const at: PathSegment[] = [...path];
    const visit = (node: unknown, depth: number): void => {
      if (depth > 64 || node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          at.push(i);
          visit(node[i], depth + 1);
          at.pop();
        }
        return;
      }
      const record = node as Record<string, unknown>;
      if (typeof record.sha256 === 'string' && SHA256.test(record.sha256)) {
        const file = [record.path, record.uri].find((f): f is string => typeof f === 'string' && f.trim() !== '');
        declared.push({ sha256: record.sha256.toLowerCase(), path: [...at, 'sha256'], ...(file !== undefined ? { file: file.trim() } : {}) });
      }
      for (const key of Object.keys(record)) {
        at.push(key);
        visit(record[key], depth + 1);
        at.pop();
      }
    };
    visit(value, 0);
    if (declared.length === 0) return { skip: 'no sha256 is declared' }; // nothing to check is not a pass

    const root = systemDocument(system);
    const where = (d: Declared) => `${describePath(root, d.path)}${d.file !== undefined ? ` for ${d.file}` : ''}`;
    const failures: Failure[] = [];
    const first = new Map<string, Declared>();
    for (const d of declared) {
      if (ONE_DIGIT.test(d.sha256)) failures.push({ message: `${where(d)} is "${d.sha256[0]}" written 64 times, not the checksum of a file`, path: d.path });
      else if (d.sha256 === EMPTY_FILE) failures.push({ message: `${where(d)} is the SHA-256 of an empty file (e3b0c442…b855)`, path: d.path });
      else {
        // Compared only where both name their file: the same file cited twice (a shipped file
        // also cited as evidence) declares its checksum twice, and monitoring.reference names a
        // dataset, not a file, whose checksum it repeats.
        if (d.file === undefined) continue;
        const earlier = first.get(d.sha256);
        if (earlier === undefined) first.set(d.sha256, d);
        else if (sameFile(earlier.file as string, d.file)) continue;
        else failures.push({ message: `${where(d)} is also the checksum declared for ${where(earlier)}: they would hold the same bytes; correct the one that was copied, or cite the file once`, path: d.path });
      }
    }
    return failures;
  },
});

function sameFile(a: string, b: string): boolean {
  const plain = (f: string) => f.replace(/^(?:\.\/)+/, '');
  return plain(a) === plain(b);
}
