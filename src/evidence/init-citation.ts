/**
 * How `modelgate init` cites the evidence files it finds: each kind's object in registry.ts says
 * where its files go in the manifest init drafts (`init.cite`), so a new kind is its folder and
 * its registry line, with no change to init. What only the team knows stays a `TODO:` marker,
 * which the gate reports until it is filled in.
 */
import type { EvidenceResult } from './types.js';

export const TODO = 'TODO';

/** An evidence file init found and recognised. */
export interface FoundEvidence<T> {
  /** Relative to the manifest's folder, as the manifest cites it. */
  file: string;
  /** The format of the adapter that recognised it. */
  format: string;
  /** What that adapter read from it. */
  read: EvidenceResult<T>;
}

export interface InitCitation<T> {
  /** Whether init cites a file this kind's adapter recognised (by default, every one). */
  accept?(found: FoundEvidence<T>): boolean;
  /** The line init prints for it: by default "<format> <kind's what> <file>". */
  describe?(found: FoundEvidence<T>): string;
  /** Writes the files found, in the folder's order, into the draft manifest; `listed` is every file init listed, named as `found`'s are. */
  cite(manifest: Record<string, unknown>, found: ReadonlyArray<FoundEvidence<T>>, listed: ReadonlySet<string>): void;
}

/** Sets `manifest.<path>` to `value`, keeping what the objects on the way already hold. */
export function citeAt(manifest: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = manifest;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    at = at[key] = next && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : {};
  }
  at[path[path.length - 1] as string] = value;
}

/** Adds a hint to the TODO marker at `manifest.<path>`: what a file says, for the team to confirm. */
export function hintAt(manifest: Record<string, unknown>, path: ReadonlyArray<string | number>, hint: string): void {
  let at: unknown = manifest;
  for (const key of path.slice(0, -1)) at = (at as Record<string | number, unknown> | undefined)?.[key];
  const last = path[path.length - 1] as string | number;
  const holder = at as Record<string | number, unknown> | undefined;
  const marker = holder?.[last];
  if (holder && typeof marker === 'string' && marker.startsWith(`${TODO}:`)) holder[last] = `${marker} (${hint})`;
}

/** Each file as `{ path, format }`, the entry shape of the manifest's lists of cited evidence. */
export function pathsAndFormats(found: ReadonlyArray<FoundEvidence<unknown>>): Array<{ path: string; format: string }> {
  return found.map(({ file, format }) => ({ path: file, format }));
}
