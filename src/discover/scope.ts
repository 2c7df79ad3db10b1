/**
 * Changed-files scope: on a pull request, report only the systems the change touches. A system
 * is touched when a changed file is in its manifest's folder, or is any path its check asked
 * about: every file it read, stated or hashed (manifest, card, cited evidence, and what those
 * include, such as a Fluent Bit @INCLUDE), found or not, and every path on the way to each,
 * links and their targets included (a retargeted link partway along a cited path changes the
 * evidence). So a skipped system's check would read exactly what it reads at the base, and
 * come out the same. Every system is checked to learn that; checks are cheap next to a
 * pull request's trust. A system that shares its id with a touched one is reported too (the
 * duplicate must be found whichever of them the change made). A change to governance (the
 * policy, any local pack it extends, the waivers, anything under .modelgate/) touches every
 * system. A model card counts as touched when a changed file (a deleted manifest, say) is in
 * its folder.
 */
import * as path from 'node:path';
import { readLink } from '../fs/local.js';
import { normaliseCitation } from '../fs/repo-fs.js';

export interface ScopeDecision {
  /** Every system is reported, and why. */
  all?: string;
  skipped: Array<{ manifest: string; id?: string; reason: string }>;
}

/** Why a system is skipped: nothing its check depends on is in the change. */
export const UNTOUCHED = 'the change touches none of the paths its check read (its manifest and folder, the evidence it cites, the files those include, and every link on the way)';

/** A system's check as far as the scope looks at it. */
export interface ScopedCheck {
  file: string;
  /** The paths the check asked about (SystemCheck.asked). */
  asked?: readonly string[];
}

export class ChangedFilesScope {
  readonly decision: ScopeDecision = { skipped: [] };
  private readonly changed: ReadonlySet<string>;
  /** Each path's link target (null: not a link), looked up once for all systems. */
  private readonly links = new Map<string, string | null>();

  /** `governanceFiles` as written (a `./` or `a/../` is normalised here). */
  constructor(
    changed: Iterable<string>,
    governanceFiles: readonly string[],
    private readonly root: string,
  ) {
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

  /** Whether the change touches this system's check (always, when it touches governance). */
  touches(check: ScopedCheck): boolean {
    if (this.decision.all || this.touchesFolder(check.file)) return true;
    for (const asked of check.asked ?? []) {
      for (const visited of this.pathsOnTheWay(asked)) if (this.changed.has(visited)) return true;
    }
    return false;
  }

  /** Notes a system left out of the report. */
  skip(manifest: string, id: string | undefined): void {
    this.decision.skipped.push({ manifest, ...(id ? { id } : {}), reason: UNTOUCHED });
  }

  /** Whether a model card with no manifest is in the change, or in a folder the change touches. */
  includesCard(file: string): boolean {
    return Boolean(this.decision.all) || this.touchesFolder(file);
  }

  /** Whether a changed file is `file` or lies in its folder (or below). */
  private touchesFolder(file: string): boolean {
    if (this.changed.has(file)) return true;
    const dir = path.posix.dirname(file);
    const prefix = dir === '.' ? '' : `${dir}/`;
    for (const changed of this.changed) if (changed.startsWith(prefix)) return true;
    return false;
  }

  /**
   * Every repository path the system visits resolving `rel`, as the kernel walks it: each folder
   * on the way and the path itself, and for each link met, the link and the paths on the way to
   * its target (at most 40 links, never outside the root, as realpath stops).
   */
  private pathsOnTheWay(rel: string): string[] {
    const visited: string[] = [];
    const pending = rel.split('/');
    const at: string[] = [];
    let links = 0;
    while (pending.length > 0) {
      const part = pending.shift() as string;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (at.length === 0) break; // outside the root: nothing there is the repository's
        at.pop();
        continue;
      }
      at.push(part);
      const here = at.join('/');
      visited.push(here);
      const target = this.linkTarget(here);
      if (target === null) continue;
      if (++links > 40) break;
      at.pop();
      if (path.isAbsolute(target)) {
        const inside = path.relative(this.root, target);
        if (inside.startsWith('..') || path.isAbsolute(inside)) break;
        at.length = 0;
        pending.unshift(...inside.split(path.sep));
      } else {
        pending.unshift(...target.split('/'));
      }
    }
    return visited;
  }

  private linkTarget(rel: string): string | null {
    let target = this.links.get(rel);
    if (target === undefined) {
      try {
        target = readLink(path.join(this.root, rel));
      } catch {
        target = null; // not a link, or not there
      }
      this.links.set(rel, target);
    }
    return target;
  }
}
