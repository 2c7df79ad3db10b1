/**
 * Parsed bundled policies, made at build time. Parsing the catalogue's YAML with positions was
 * most of start-up (about 110 ms of 240); the build writes each bundled file's values and the
 * position of every node to dist/policies.json, keyed by the file's SHA-256, and loading reads
 * that instead. A file whose hash is not in the snapshot (edited since the build) is parsed as
 * usual, so the snapshot can never stand in for different text.
 */
import { createHash } from 'node:crypto';
import { readAssetText } from '../fs/assets.js';
import type { SourceDoc } from '../load/source-doc.js';
import type { PathSegment, Position } from '../types.js';

export const SNAPSHOT_FILE = ['dist', 'policies.json'] as const;

interface SnapshotEntry {
  value: unknown;
  /** Position of each node, by its path's segments joined with NUL. */
  positions: Record<string, [number, number, number, number]>;
}

export type Snapshot = Record<string, SnapshotEntry>;

class SnapshotDoc implements SourceDoc {
  constructor(
    readonly file: string,
    private readonly entry: SnapshotEntry,
  ) {}

  get value(): unknown {
    return this.entry.value;
  }

  /** As YamlDoc.locate: the node's position, or its nearest existing ancestor's. */
  locate(path: readonly PathSegment[]): Position {
    for (let length = path.length; length >= 0; length--) {
      const at = this.entry.positions[pathKey(path.slice(0, length))];
      if (at) return { line: at[0], column: at[1], endLine: at[2], endColumn: at[3] };
    }
    return { line: 1, column: 1 };
  }
}

function pathKey(path: readonly PathSegment[]): string {
  return path.map(String).join('\u0000');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Every node's position in `doc`, for the snapshot (build time only). */
export function snapshotEntry(doc: SourceDoc): SnapshotEntry {
  const positions: SnapshotEntry['positions'] = {};
  const visit = (value: unknown, path: PathSegment[]): void => {
    const at = doc.locate(path);
    positions[pathKey(path)] = [at.line, at.column, at.endLine ?? at.line, at.endColumn ?? at.column];
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(doc.value, []);
  return { value: doc.value, positions };
}

let loaded: Snapshot | undefined | null;

/** The snapshotted document for this exact text, if the build made one. */
export function fromSnapshot(text: string, file: string): SourceDoc | undefined {
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readAssetText(...SNAPSHOT_FILE)) as Snapshot;
    } catch {
      loaded = null; // no snapshot (a source checkout before its first build): parse the YAML
    }
  }
  const entry = loaded?.[sha256(text)];
  // The value is shared by every load in this process: hand out a copy callers may change.
  return entry ? new SnapshotDoc(file, { value: structuredClone(entry.value), positions: entry.positions }) : undefined;
}
