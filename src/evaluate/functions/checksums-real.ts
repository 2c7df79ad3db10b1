import type { PathSegment } from '../../types.js';
import { describePath } from '../describe.js';
import { normaliseCitation } from '../../fs/repo-fs.js';
import { quoted } from '../../load/source-doc.js';
import { defineFunction, systemDocument, type Failure } from '../function.js';
import { walkValues } from '../walk.js';

/** The SHA-256 of no bytes at all: the checksum of an empty file. */
const EMPTY_FILE = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA256 = /^[a-f0-9]{64}$/i;
/** A few hex digits written over and over ("000…", "deadbeef" eight times, "0123…f" four times). */
const REPEATED = /^(.{1,16}?)\1+$/;

/** A declared checksum and what it is said to be of: the file (`path` or `uri` beside it), else a dataset's id. */
interface Declared {
  sha256: string;
  file?: string;
  /** What tells it apart from another declaration: its file, else a dataset's id. */
  named?: string;
  /** What it belongs to: a shipped file, a dataset, an evidence file, … (its list's name). */
  kind: string;
  path: PathSegment[];
}

/**
 * Every sha256 the target declares is the checksum of a file: not a few digits written over and
 * over ("000…0", "deadbeef" eight times), not the SHA-256 of an empty file, and not the one
 * declared for a file of another kind (a model and its data) or another dataset. A
 * checksum is what ties a manifest to the model and data that were reviewed, and a made-up one
 * passes every check that cannot read the file (a model in a registry, a dataset in a bucket) and
 * every comparison with a bill of materials generated from the same manifest.
 */
export const checksumsReal = defineFunction<Record<string, never>>({
  name: 'checksums-real',
  description: 'Every sha256 declared under the target is a real checksum: not a few digits repeated, not the SHA-256 of an empty file, not the one declared for a file of another kind or another dataset.',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const declared: Declared[] = [];
    walkValues(value, path, (node, at) => {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
      const record = node as Record<string, unknown>;
      if (typeof record.sha256 !== 'string' || !SHA256.test(record.sha256)) return;
      const list = [...at].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
      const file = [record.path, record.uri].find((f): f is string => typeof f === 'string' && f.trim() !== '');
      const named = file ?? (list === 'datasets' && typeof record.id === 'string' && record.id.trim() !== '' ? `dataset ${record.id.trim()}` : undefined);
      declared.push({ sha256: record.sha256.toLowerCase(), kind: list, path: [...at, 'sha256'], ...(file !== undefined ? { file: file.trim() } : {}), ...(named !== undefined ? { named: named.trim() } : {}) });
    });
    if (declared.length === 0) return { skip: 'no sha256 is declared' }; // nothing to check is not a pass

    const root = systemDocument(system);
    const where = (d: Declared) => `${describePath(root, d.path)}${d.file !== undefined ? ` for ${quoted(d.file)}` : ''}`;
    const failures: Failure[] = [];
    const first = new Map<string, Declared>();
    for (const d of declared) {
      const repeated = REPEATED.exec(d.sha256)?.[1];
      if (repeated !== undefined) failures.push({ message: `${where(d)} is "${repeated}" written ${64 / repeated.length} times, not the checksum of a file`, path: d.path });
      else if (d.sha256 === EMPTY_FILE) failures.push({ message: `${where(d)} is the SHA-256 of an empty file (e3b0c442…b855)`, path: d.path });
      else {
        // Compared only where both name their file (or dataset): the same file cited twice (a
        // shipped file also cited as evidence) declares its checksum twice, and
        // monitoring.reference repeats the checksum of the dataset it names.
        if (d.named === undefined) continue;
        const earlier = first.get(d.sha256);
        if (earlier === undefined) first.set(d.sha256, d);
        else if (sameFile(earlier.named as string, d.named)) continue;
        // Two shipped files (a tokenizer in two variants) or two evidence files may hold the same
        // bytes; a model and its data, or two datasets (training and test), may not.
        else if (earlier.kind === d.kind && d.kind !== 'datasets') continue;
        else failures.push({ message: `${where(d)} is also the checksum declared for ${where(earlier)}: they would hold the same bytes; correct the one that was copied, or cite the file once`, path: d.path });
      }
    }
    return failures;
  },
});

/** Whether two citations name one file (`./evidence/x.json` and `evidence/x.json`), as the repository boundary resolves them. */
function sameFile(a: string, b: string): boolean {
  const plain = (f: string) => {
    const cited = normaliseCitation(f);
    return cited.ok ? cited.rel : f.trim();
  };
  return plain(a) === plain(b);
}
