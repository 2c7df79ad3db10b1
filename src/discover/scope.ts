/**
 * Changed-files scope: on a pull request, check only the systems the change touches. A system
 * is touched when a changed file is its manifest, lies in its manifest's folder, or is a file
 * its manifest cites (card, dataset cards, reports, configs, evidence anywhere in the repo).
 * A change to governance (policy, waivers, anything under .modelgate/) touches every system.
 */
import * as path from 'node:path';
import { normaliseCitation, type FileSource } from '../fs/repo-fs.js';
import { loadManifest } from '../load/manifest.js';

export interface ScopeDecision {
  /** Every system is checked, and why. */
  all?: string;
  skipped: Array<{ manifest: string; id?: string; reason: string }>;
}

export class ChangedFilesScope {
  readonly decision: ScopeDecision = { skipped: [] };
  private readonly changed: ReadonlySet<string>;

  constructor(changed: Iterable<string>, governanceFiles: readonly string[]) {
    this.changed = new Set(changed);
    const governance = [...this.changed].find((file) => file.startsWith('.modelgate/') || governanceFiles.includes(file));
    if (governance) this.decision.all = `the change touches ${governance}, which governs every system`;
  }

  get size(): number {
    return this.changed.size;
  }

  /** Whether to check this manifest's system; records why not when it is skipped. */
  includes(manifestFile: string, repo: FileSource): boolean {
    if (this.decision.all || this.changed.has(manifestFile)) return true;
    const dir = path.posix.dirname(manifestFile);
    const prefix = dir === '.' ? '' : `${dir}/`;
    for (const file of this.changed) if (file.startsWith(prefix)) return true;
    const loaded = loadManifest(repo, manifestFile);
    if (loaded.ok) {
      for (const cited of citedPaths(loaded.manifest.data, prefix.replace(/\/$/, ''))) if (this.changed.has(cited)) return true;
    }
    const id = loaded.ok ? (loaded.manifest.data as { id?: unknown }).id : undefined;
    this.decision.skipped.push({
      manifest: manifestFile,
      ...(typeof id === 'string' ? { id } : {}),
      reason: 'the change touches none of its files (manifest, its folder, cited evidence)',
    });
    return false;
  }

  /** Whether a model card with no manifest is in the change. */
  includesCard(file: string): boolean {
    return Boolean(this.decision.all) || this.changed.has(file);
  }
}

/** Every string in the manifest that names a repository file, relative to the manifest's folder. */
export function citedPaths(data: unknown, dir: string): Set<string> {
  const paths = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 64) return;
    if (typeof value === 'string') {
      if (value.length > 0 && value.length < 1024 && !value.includes('\n')) {
        const cited = normaliseCitation(value.split('#', 1)[0] ?? '', dir);
        if (cited.ok && cited.rel) paths.add(cited.rel);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) visit(item, depth + 1);
    }
  };
  visit(data, 0);
  return paths;
}
