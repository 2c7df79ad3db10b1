/**
 * Changed-files scope: on a pull request, check only the systems the change touches. A system
 * is touched when a changed file is its manifest, lies in its manifest's folder, or is a file
 * its manifest cites (card, dataset cards, reports, configs, evidence anywhere in the repo).
 * A system that shares its id with a touched one is checked too (the duplicate must be found
 * whichever of them the change made). A change to governance (the policy, any local pack it
 * extends, the waivers, anything under .modelgate/) touches every system. A model card counts
 * as touched when a changed file (a deleted manifest, say) is in its folder.
 */
import * as path from 'node:path';
import { isLink, readLink } from '../fs/local.js';
import { normaliseCitation, type FileSource } from '../fs/repo-fs.js';
import { citationsByField } from '../load/citations.js';
import { loadManifest, systemId } from '../load/manifest.js';

export interface ScopeDecision {
  /** Every system is checked, and why. */
  all?: string;
  skipped: Array<{ manifest: string; id?: string; reason: string }>;
}

export class ChangedFilesScope {
  readonly decision: ScopeDecision = { skipped: [] };
  private readonly changed: ReadonlySet<string>;

  /** `governanceFiles` as written (a `./` or `a/../` is normalised here). */
  constructor(changed: Iterable<string>, governanceFiles: readonly string[]) {
    this.changed = new Set(changed);
    const governance = new Set(governanceFiles.flatMap((file) => {
      const normal = normaliseCitation(file);
      return normal.ok ? [normal.rel] : [];
    }));
    const touched = [...this.changed].find((file) => file.startsWith('.modelgate/') || governance.has(file));
    if (touched) this.decision.all = `the change touches ${touched}, which governs every system`;
  }

  get size(): number {
    return this.changed.size;
  }

  /** The manifests to check, in the order given; records each one skipped and why. */
  select(manifests: readonly string[], repo: FileSource & { readonly root: string; forget(rel?: string): void }): string[] {
    if (this.decision.all) return [...manifests];
    const ids = new Map<string, string | undefined>();
    const touched = new Set<string>();
    for (const file of manifests) {
      const loaded = loadManifest(repo, file);
      const id = loaded.ok ? systemId(loaded.manifest) : undefined;
      ids.set(file, id === file ? undefined : id);
      if (this.touches(file, loaded.ok ? loaded.manifest.data : undefined, repo)) touched.add(file);
      repo.forget(file); // only the id is kept; the system is read again if it is checked
    }
    const touchedIds = new Set([...touched].map((file) => ids.get(file)).filter((id): id is string => id !== undefined));
    return manifests.filter((file) => {
      const id = ids.get(file);
      if (touched.has(file) || (id !== undefined && touchedIds.has(id))) return true;
      this.decision.skipped.push({ manifest: file, ...(id ? { id } : {}), reason: 'the change touches none of its files (manifest, its folder, cited evidence)' });
      return false;
    });
  }

  /** Whether a model card with no manifest is in the change, or in a folder the change touches. */
  includesCard(file: string): boolean {
    return Boolean(this.decision.all) || this.touchesFolder(file);
  }

  private touches(manifestFile: string, data: unknown, repo: FileSource & { readonly root: string }): boolean {
    if (this.touchesFolder(manifestFile)) return true;
    const dir = path.posix.dirname(manifestFile);
    const fromDir = dir === '.' ? '' : dir;
    for (const cited of citedPaths(data, fromDir)) if (this.changed.has(cited)) return true;
    // Evidence reached through a link inside the repository (evidence/bias.json → ../shared/bias.json)
    // changes when its target does: each cited file is resolved to where it really is.
    for (const values of citationsByField(data).values()) {
      for (const value of values) {
        const resolved = repo.resolve(value.split('#', 1)[0] ?? '', fromDir);
        if (!resolved.ok) continue;
        const real = path.relative(repo.root, resolved.abs).split(path.sep).join('/');
        if (real === resolved.rel) continue;
        // Every link on the way counts: retargeting one in the middle of a chain changes the evidence.
        if (this.changed.has(real) || linkHops(repo.root, resolved.rel).some((hop) => this.changed.has(hop))) return true;
      }
    }
    return false;
  }

  /** Whether a changed file is `file` or lies in its folder (or below). */
  private touchesFolder(file: string): boolean {
    if (this.changed.has(file)) return true;
    const dir = path.posix.dirname(file);
    const prefix = dir === '.' ? '' : `${dir}/`;
    for (const changed of this.changed) if (changed.startsWith(prefix)) return true;
    return false;
  }
}

/** The repository-relative paths a chain of links passes through from `rel` (at most 40 hops, never outside the root). */
function linkHops(root: string, rel: string): string[] {
  const hops: string[] = [];
  let current = path.join(root, rel);
  for (let i = 0; i < 40; i++) {
    if (!isLink(current)) break;
    let target: string;
    try {
      target = path.resolve(path.dirname(current), readLink(current));
    } catch {
      break;
    }
    const hop = path.relative(root, target);
    if (hop.startsWith('..') || path.isAbsolute(hop)) break;
    hops.push(hop.split(path.sep).join('/'));
    current = target;
  }
  return hops;
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
