/**
 * Parsed bundled policies, made at build time. Parsing the catalogue's YAML with positions was
 * most of start-up (about 110 ms of 240); the build writes each bundled file's values and the
 * position of every node to dist/policies.json, keyed by the file's SHA-256, and loading reads
 * that instead. A file whose hash is not in the snapshot (edited since the build) is parsed as
 * usual, so the snapshot can never stand in for different text.
 * Each entry's value and positions are JSON text within the JSON: loading the snapshot only
 * scans strings, a pack's value is parsed when that pack is loaded (a fresh copy each time), and
 * its positions only when a finding in it is located (rarely: the bundled packs are checked).
 */
import { createHash } from 'node:crypto';
import { readAssetText } from '../fs/assets.js';
import type { SourceDoc } from '../load/source-doc.js';
import type { PathSegment, Position } from '../types.js';

export const SNAPSHOT_FILE = ['dist', 'policies.json'] as const;
/** The positions below the outline, read only when a finding is located that deep in a bundled file. */
export const POSITIONS_FILE = ['dist', 'policy-positions.json'] as const;
/** Paths this deep or shallower are in an entry's outline: the catalogue locates every rule (['rules', id]) when it loads. */
const OUTLINE_DEPTH = 2;

type Positions = Record<string, [number, number, number, number]>;

/**
 * One bundled file, as JSON text: its value, and its outline (the position of each node at most
 * OUTLINE_DEPTH deep, by its path's segments joined with NUL).
 */
export interface SnapshotEntry {
  value: string;
  outline: string;
}

/** What the build writes: the entries (SNAPSHOT_FILE) and each one's deeper positions as JSON text (POSITIONS_FILE), by the file's SHA-256. */
export interface Snapshot {
  entries: Record<string, SnapshotEntry>;
  positions: Record<string, string>;
}

class SnapshotDoc implements SourceDoc {
  readonly value: unknown;
  private outline: Positions | undefined;
  private deep: Positions | undefined;

  constructor(
    readonly file: string,
    private readonly hash: string,
    private readonly entry: SnapshotEntry,
  ) {
    this.value = JSON.parse(entry.value);
  }

  /** As YamlDoc.locate: the node's position, or its nearest existing ancestor's. */
  locate(path: readonly PathSegment[]): Position {
    for (let length = path.length; length >= 0; length--) {
      const at = this.positions(length)[pathKey(path.slice(0, length))];
      if (at) return { line: at[0], column: at[1], endLine: at[2], endColumn: at[3] };
    }
    return { line: 1, column: 1 };
  }

  private positions(depth: number): Positions {
    if (depth <= OUTLINE_DEPTH) return (this.outline ??= JSON.parse(this.entry.outline) as Positions);
    return (this.deep ??= JSON.parse(deepPositions()[this.hash] ?? '{}') as Positions);
  }
}

function pathKey(path: readonly PathSegment[]): string {
  return path.map(String).join('\u0000');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `doc` for the snapshot: its entry, and the positions below its outline (build time only). */
export function snapshotEntry(doc: SourceDoc): { entry: SnapshotEntry; positions: string } {
  const outline: Positions = {};
  const positions: Positions = {};
  const visit = (value: unknown, path: PathSegment[]): void => {
    const at = doc.locate(path);
    (path.length <= OUTLINE_DEPTH ? outline : positions)[pathKey(path)] = [at.line, at.column, at.endLine ?? at.line, at.endColumn ?? at.column];
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(doc.value, []);
  return { entry: { value: JSON.stringify(doc.value), outline: JSON.stringify(outline) }, positions: JSON.stringify(positions) };
}

let loaded: Snapshot['entries'] | undefined | null;
let deepLoaded: Snapshot['positions'] | undefined;

function deepPositions(): Snapshot['positions'] {
  if (deepLoaded === undefined) {
    try {
      deepLoaded = JSON.parse(readAssetText(...POSITIONS_FILE)) as Snapshot['positions'];
    } catch {
      deepLoaded = {}; // then the nearest node of the outline is reported
    }
  }
  return deepLoaded;
}

/** The snapshotted document for this exact text, if the build made one. */
export function fromSnapshot(text: string, file: string): SourceDoc | undefined {
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readAssetText(...SNAPSHOT_FILE)) as Snapshot['entries'];
    } catch {
      loaded = null; // no snapshot (a source checkout before its first build): parse the YAML
    }
  }
  const hash = sha256(text);
  const entry = loaded?.[hash];
  return entry ? new SnapshotDoc(file, hash, entry) : undefined;
}
