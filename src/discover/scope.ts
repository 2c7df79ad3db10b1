/**
 * Changed-files scope: on a pull request, report only the systems the change touches. A system
 * is touched when a changed file is in its manifest's folder, or is any path its check asked
 * about: every file it read, stated or hashed (manifest, card, cited evidence, and what those
 * include, such as a Fluent Bit @INCLUDE), found or not, any file below a folder it listed (the
 * runs a `latestRun` pattern matches), and every path on the way to each,
 * links and their targets included (a retargeted link partway along a cited path changes the
 * evidence). So a skipped system's check would read exactly what it reads at the base, and
 * come out the same (but for a missing file's "did you mean", a hint from the names beside
 * it, which a new sibling may change; never a verdict). Every system is checked to learn that; checks are cheap next to a
 * pull request's trust. A system that shares its id with a touched one is reported too (the
 * duplicate must be found whichever of them the change made). A change to governance (the
 * policy, any local pack it extends, the waivers, anything under .modelgate/) touches every
 * system, and so does one to .gitmodules. A .gitattributes changed in a folder on the way to a
 * path a check read touches that system (its lines change how git checks files out), and where
 * a check asked which system owns a file, every manifest it could have found is a path it read.
 * A model card counts as touched when a changed file (a deleted manifest, say) is in its folder,
 * or a changed manifest is in a folder above it.
 */
import * as path from 'node:path';
import { git } from '../fs/git.js';
import { readLink } from '../fs/local.js';
import { normaliseCitation } from '../fs/repo-fs.js';
import { MANIFEST_NAMES } from '../load/manifest.js';
import { UsageError } from '../types.js';

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
  /**
   * The folders of the changed .gitattributes ('' for the root), whose lines change how git
   * checks out the files below them (sixth red team: `*.onnx ident` at the root rewrote a model
   * file's bytes, and no changed path was one the check read).
   */
  private readonly attributeFolders: readonly string[];
  /** The folders of the changed manifests, which decide which system owns the files below them. */
  private readonly manifestFolders: readonly string[];
  /** Each absolute path's link target (null: not a link), looked up once for all systems. */
  private readonly links = new Map<string, string | null>();

  /** `governanceFiles` as written (a `./` or `a/../` is normalised here). */
  constructor(
    changed: Iterable<string>,
    governanceFiles: readonly string[],
    private readonly root: string,
  ) {
    this.changed = new Set([...changed].map((file) => pathKey(file)));
    const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
    const named = (file: string, names: readonly string[]) => names.includes(file.slice(file.lastIndexOf('/') + 1));
    this.attributeFolders = [...this.changed].filter((file) => named(file, ['.gitattributes'])).map(folderOf);
    this.manifestFolders = [...this.changed].filter((file) => named(file, MANIFEST_NAMES.map((name) => pathKey(name)))).map(folderOf);
    const governance = new Set(governanceFiles.flatMap((file) => {
      const normal = normaliseCitation(file);
      return normal.ok ? [normal.rel] : [];
    }));
    // A governance file that is a link (or lies under one) is governed by its target too.
    for (const file of [...governance]) for (const visited of this.pathsOnTheWay(file) ?? ['']) governance.add(visited);
    const governed = new Set([...governance].map((file) => pathKey(file)));
    // .gitmodules says which folders are other repositories, for every path below them.
    const touched = [...this.changed].find((file) => file.startsWith('.modelgate/') || governed.has(file) || file === '.gitmodules');
    if (touched) this.decision.all = `the change touches ${touched}, which governs every system`;
    else if (governance.has('')) this.decision.all = 'the way to a governance file could not be followed (more than 40 links)';
  }

  get size(): number {
    return this.changed.size;
  }

  /** Whether the change touches this system's check (always, when it touches governance). */
  touches(check: ScopedCheck): boolean {
    if (this.decision.all || this.touchesFolder(check.file)) return true;
    for (const asked of check.asked ?? []) {
      const visited = this.pathsOnTheWay(asked);
      if (!visited || visited.some((file) => this.changed.has(pathKey(file)) || this.attributeFolders.some((folder) => below(pathKey(file), folder)))) return true; // a walk not finished counts as touched
      // A folder the check listed (`folder/`: the files a pattern matches, what a model folder
      // holds) is touched by a file added or removed anywhere below it, where it really is.
      if (asked.endsWith('/') && this.changesBelow(pathKey(visited.at(-1) ?? ''))) return true;
    }
    return false;
  }

  /** Whether a changed file lies in `folder` ('' for the root) or below it. */
  private changesBelow(folder: string): boolean {
    for (const changed of this.changed) if (below(changed, folder)) return true;
    return false;
  }

  /** Notes a system left out of the report. */
  skip(manifest: string, id: string | undefined): void {
    this.decision.skipped.push({ manifest, ...(id ? { id } : {}), reason: UNTOUCHED });
  }

  /**
   * Whether a model card with no manifest is in the change, or in a folder the change touches, or
   * below a manifest the change adds, moves or removes (sixth red team: a system's manifest moved
   * into a subfolder left a card and a pickle beside it unregistered, unreported).
   */
  includesCard(file: string): boolean {
    return Boolean(this.decision.all) || this.touchesFolder(file) || this.manifestFolders.some((folder) => below(pathKey(file), folder));
  }

  /** Whether a changed file is `file` or lies in its folder (or below). */
  private touchesFolder(file: string): boolean {
    if (this.changed.has(pathKey(file))) return true;
    const dir = path.posix.dirname(pathKey(file));
    const prefix = dir === '.' ? '' : `${dir}/`;
    for (const changed of this.changed) if (changed.startsWith(prefix)) return true;
    return false;
  }

  /**
   * Every repository path the system visits resolving `rel`, as the kernel walks it: each folder
   * on the way and the path itself, and for each link met, the link and the paths on the way to
   * its target. The walk is on real paths, so a link that climbs out of the root and comes back
   * in (`../../../<checkout>/shared/x.json`, `/proc/self/cwd/…`) is followed as RepoFs follows
   * it; paths outside the root are walked but not recorded. Undefined when the walk cannot be
   * finished (more than 40 links, as realpath gives up): the caller then counts the system touched.
   */
  private pathsOnTheWay(rel: string): string[] | undefined {
    const visited: string[] = [];
    const pending = rel.split('/');
    let at = this.root;
    let links = 0;
    while (pending.length > 0) {
      const part = pending.shift() as string;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        at = path.dirname(at);
        continue;
      }
      const here = path.join(at, part);
      const inside = this.inRoot(here);
      if (inside !== undefined) visited.push(inside);
      const target = this.linkTarget(here);
      if (target === null) {
        at = here;
        continue;
      }
      if (++links > 40) return undefined;
      if (path.isAbsolute(target)) at = path.parse(target).root;
      // Only Windows separates with a backslash; elsewhere it is part of a name (bias\report.json).
      pending.unshift(...target.split(path.sep === '\\' ? /[\\/]/u : '/'));
    }
    return visited;
  }

  /** The repository-relative form of an absolute path inside the root, else undefined. */
  private inRoot(abs: string): string | undefined {
    const rel = path.relative(this.root, abs);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  /** The target of the link at `abs`, or null when it is not a link (or not there). */
  private linkTarget(abs: string): string | null {
    let target = this.links.get(abs);
    if (target === undefined) {
      try {
        target = readLink(abs);
      } catch {
        target = null; // not a link, or not there
      }
      this.links.set(abs, target);
    }
    return target;
  }
}

/** Whether `file` lies in `folder` ('' for the root) or below it. */
function below(file: string, folder: string): boolean {
  return folder === '' || file.startsWith(`${folder}/`);
}

/**
 * How paths are compared: as written on Linux; on macOS and Windows, whose file systems find
 * `Evidence/Bias.json` at `evidence/bias.json` (and an NFD name at its NFC spelling), without
 * case and in NFC, so a path read in another spelling still meets the changed file.
 */
export function pathKey(file: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'darwin' || platform === 'win32' ? file.normalize('NFC').toLowerCase() : file;
}

/**
 * The files a branch changes against `baseRef`, as a pull request's file list has them (the
 * CLI's `--scope changed`): every path changed since the merge base of `baseRef` and HEAD,
 * committed or not, a rename as both its paths, and untracked files git does not ignore.
 */
export function changedFilesSince(root: string, baseRef: string): string[] {
  const run = (args: string[]) => {
    const result = git(root, args);
    if (result.status !== 0 || !result.stdout) {
      throw new UsageError(`--scope changed needs the files changed since ${baseRef}, and git could not list them: ${result.stderr?.toString('utf8').trim().split('\n')[0] || `git ${args[0]} failed`}`);
    }
    return result.stdout.toString('utf8');
  };
  const mergeBase = run(['merge-base', '--end-of-options', baseRef, 'HEAD']).trim();
  const changed = run(['diff', '--name-only', '--no-renames', '-z', '--end-of-options', mergeBase]);
  const untracked = run(['ls-files', '-z', '--others', '--exclude-standard', '--exclude=node_modules/']);
  return [...new Set(`${changed}${untracked}`.split('\0').filter(Boolean))].sort();
}
