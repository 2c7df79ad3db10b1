/**
 * Systems of the base commit that the pull request's head no longer has at the same path: each
 * was deleted, or moved. The engine compares a moved system (same id at a new path) with its old
 * path, and reports one that is gone (`governance/system-removed`).
 */
import type { GitTreeSource } from '../fs/git-tree.js';
import { loadManifest } from '../load/manifest.js';
import { manifestsAmong, type DiscoverOptions } from './discover.js';

export interface VanishedSystem {
  /** The manifest's path at the base commit. */
  file: string;
  /** Its system id there, when the manifest could be read. */
  id?: string;
  /** When the path is still there but describes another system now: that system's id. */
  nowId?: string;
}

export function vanishedSystems(base: GitTreeSource, headManifests: readonly string[], options: DiscoverOptions): VanishedSystem[] {
  const head = new Set(headManifests);
  const vanished: VanishedSystem[] = [];
  for (const file of manifestsAmong(base.files(), options)) {
    if (head.has(file)) continue;
    // Only these few are parsed: a pull request rarely deletes or moves many systems.
    const loaded = loadManifest(base, file);
    const id = loaded.ok ? (loaded.manifest.data as { id?: unknown }).id : undefined;
    vanished.push({ file, ...(typeof id === 'string' ? { id } : {}) });
    base.forget(file);
  }
  return vanished;
}
