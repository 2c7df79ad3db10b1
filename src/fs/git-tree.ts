/**
 * Files as they were at a commit, read from git's object store (nothing is checked out). Used to
 * compare a pull request with its base. The same rules as the working tree apply: no absolute
 * paths or "..", size caps, text only; symbolic links in the commit are not followed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../types.js';
import { git } from './git.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_HASH_BYTES, decodeText, FOLDER_FILES_CAP, formatBytes, TOO_MANY_FILES, normaliseCitation, type FileProblem, type FileSource, type Resolved, type TextFile } from './repo-fs.js';

interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
}

/**
 * A commit SHA, a branch or tag, or a revision of one (`origin/main~1`): what a base may be.
 * Never an option (`-x`, which git would read as one) or a range (`a..b`).
 */
export function isGitRef(ref: string): boolean {
  return /^[\w./@^~{}-]+$/.test(ref) && !ref.startsWith('-') && !ref.includes('..');
}

export class GitTreeSource implements FileSource {
  private readonly texts = new Map<string, TextFile>();
  /** Each folder's files and folders (children()), built on first use. */
  private childIndex: { files: Map<string, string[]>; folders: Map<string, string[]> } | undefined;
  /** changedInWorkTree's answer once asked (null: git could not say). */
  private changed: ReadonlySet<string> | null | undefined;
  /** workTreeBlobId's answers. */
  private readonly hashed = new Map<string, string | undefined>();
  /** attributesDiffer's answers. */
  private readonly attributes = new Map<string, boolean | undefined>();
  /** submoduleFileChanged's listings, by submodule (null: git could not say). */
  private readonly submodules = new Map<string, { changed: Set<string>; held: Set<string> } | null>();

  private constructor(
    private readonly root: string,
    /** The full commit id the tree belongs to. */
    readonly commit: string,
    private readonly entries: Map<string, TreeEntry>,
    private readonly directories: Set<string>,
    readonly maxFileBytes: number,
  ) {}

  /**
   * The tree of `ref` in the repository at `root`. Throws a UsageError when `ref` is not a commit
   * there (a shallow clone may not have the base: fetch it, or use fetch-depth: 0).
   */
  static open(root: string, ref: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): GitTreeSource {
    if (!isGitRef(ref)) throw new UsageError(`"${ref}" is not a git ref`);
    const verified = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (verified.status !== 0) {
      throw new UsageError(`the base "${ref}" is not a commit in this repository (in a shallow clone, fetch it or use fetch-depth: 0)`);
    }
    const commit = verified.stdout.toString('utf8').trim();
    const listing = git(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit]);
    if (listing.status !== 0) throw new UsageError(`cannot list the files of ${commit}: ${listing.stderr.toString('utf8').trim()}`);
    const entries = new Map<string, TreeEntry>();
    const directories = new Set<string>(['']);
    for (const record of listing.stdout.toString('utf8').split('\0')) {
      // "<mode> <type> <oid> <size>\t<path>"
      const match = record.match(/^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s);
      // Blobs, and submodules (type commit, mode 160000), which hold the paths below them.
      if (!match || (match[2] !== 'blob' && match[2] !== 'commit')) continue;
      const file = match[5] as string;
      entries.set(file, { mode: match[1] as string, oid: match[3] as string, size: match[4] === '-' ? 0 : Number(match[4]) });
      // Each folder once: stop at the first one already known (its parents are known too), so a
      // deep path costs its length, not its length times its depth.
      for (let end = file.lastIndexOf('/'); end > 0; end = file.lastIndexOf('/', end - 1)) {
        const dir = file.slice(0, end);
        if (directories.has(dir)) break;
        directories.add(dir);
      }
    }
    return new GitTreeSource(root, commit, entries, directories, maxFileBytes);
  }

  /** Every regular file in the commit (not links or submodules), repository-relative. */
  *files(): Iterable<string> {
    for (const [file, entry] of this.entries) if (entry.mode !== '120000' && entry.mode !== '160000') yield file;
  }

  resolve(ref: string, fromDir = ''): Resolved {
    const citation = normaliseCitation(ref, fromDir);
    if (!citation.ok) return citation;
    const problem = this.problemWith(citation.rel);
    return problem ? { ok: false, rel: citation.rel, problem } : { ok: true, rel: citation.rel, abs: citation.rel };
  }

  statFile(rel: string): { ok: true; bytes: number } | { ok: false; problem: FileProblem } {
    const problem = this.problemWith(rel);
    if (problem) return { ok: false, problem };
    const size = (this.entries.get(rel) as TreeEntry).size;
    if (size > this.maxFileBytes) return { ok: false, problem: tooLarge(rel, size, this.maxFileBytes) };
    return { ok: true, bytes: size };
  }

  /** Drops cached texts (all, or one file): the engine calls this after each system, as with RepoFs. */
  forget(rel?: string): void {
    if (rel === undefined) this.texts.clear();
    else this.texts.delete(rel);
  }

  readText(rel: string): TextFile {
    let cached = this.texts.get(rel);
    if (!cached) {
      const stat = this.statFile(rel);
      if (!stat.ok) cached = { ok: false, rel, problem: stat.problem };
      else {
        const blob = this.blob(rel, this.maxFileBytes);
        cached = blob.ok ? decodeText(rel, blob.bytes) : { ok: false, rel, problem: blob.problem };
      }
      this.texts.set(rel, cached);
    }
    return cached;
  }

  sha256(rel: string): { ok: true; hex: string } | { ok: false; problem: FileProblem } {
    const problem = this.problemWith(rel);
    if (problem) return { ok: false, problem };
    const blob = this.blob(rel, DEFAULT_MAX_HASH_BYTES);
    return blob.ok ? { ok: true, hex: createHash('sha256').update(blob.bytes).digest('hex') } : blob;
  }

  bytesAt(rel: string, position: number, count: number): { ok: true; bytes: Buffer; size: number } | { ok: false; problem: FileProblem } {
    const problem = this.problemWith(rel);
    if (problem) return { ok: false, problem };
    // git cat-file writes the whole blob (up to the checksum cap, as sha256 reads it): fine for the
    // documents a base is read for, not for model files, which nothing reads at a commit.
    const blob = this.blob(rel, DEFAULT_MAX_HASH_BYTES);
    return blob.ok ? { ok: true, bytes: blob.bytes.subarray(position, position + count), size: blob.bytes.length } : blob;
  }

  filesIn(relFolder: string, cap = FOLDER_FILES_CAP): string[] | typeof TOO_MANY_FILES | undefined {
    if (!this.directories.has(relFolder)) return undefined;
    const names = this.children().files.get(relFolder) ?? [];
    return names.length > cap ? TOO_MANY_FILES : [...names].sort();
  }

  foldersIn(relFolder: string, cap = FOLDER_FILES_CAP): string[] | typeof TOO_MANY_FILES | undefined {
    if (!this.directories.has(relFolder)) return undefined;
    const names = this.children().folders.get(relFolder) ?? [];
    return names.length > cap ? TOO_MANY_FILES : [...names].sort();
  }

  /**
   * Each folder's files (submodules aside) and folders by name, indexed once: a pattern's `**`
   * lists every folder, and scanning the whole tree for each was quadratic (review: 30,000
   * folders took 20 s).
   */
  private children(): { files: Map<string, string[]>; folders: Map<string, string[]> } {
    if (!this.childIndex) {
      const files = new Map<string, string[]>();
      const folders = new Map<string, string[]>();
      const add = (index: Map<string, string[]>, rel: string) => {
        const slash = rel.lastIndexOf('/');
        const parent = slash < 0 ? '' : rel.slice(0, slash);
        const list = index.get(parent);
        if (list) list.push(rel.slice(slash + 1));
        else index.set(parent, [rel.slice(slash + 1)]);
      };
      for (const [file, entry] of this.entries) if (entry.mode !== '160000') add(files, file);
      for (const folder of this.directories) if (folder !== '') add(folders, folder);
      this.childIndex = { files, folders };
    }
    return this.childIndex;
  }

  /**
   * The paths the working tree has changed since this commit (`git diff --name-only`, staged or
   * not, files and links, and the files not yet added), as git compares them: through its clean filters, so a line-ending
   * conversion or Git LFS content fetched in place of its pointer changes nothing, and from the
   * index's stat cache, so unchanged files are not read (a model file may be gigabytes).
   * Undefined where git cannot say. Asked once.
   */
  changedInWorkTree(): ReadonlySet<string> | undefined {
    if (this.changed === undefined) {
      // A submodule whose commit moved (or whose tracked files changed) is named as its folder,
      // whatever `ignore` the pull request's .gitmodules sets for it; files a CI step left in one,
      // untracked, are no change of the model (review).
      const diff = git(this.root, ['-c', 'core.fsmonitor=false', 'diff', '--name-only', '--no-renames', '--ignore-submodules=untracked', '-z', this.commit, '--']);
      // Files not yet added are no part of the diff, but are new since the commit all the same.
      const untracked = git(this.root, ['-c', 'core.fsmonitor=false', 'ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ':/']);
      this.changed = diff.status === 0 && untracked.status === 0 ? new Set(`${diff.stdout.toString('utf8')}\0${untracked.stdout.toString('utf8')}`.split('\0').filter((file) => file !== '')) : null;
    }
    return this.changed ?? undefined;
  }

  /**
   * Whether git gives `rel` other attributes in the working tree than at this commit (`git
   * check-attr -a`; the commit's read through a throwaway index of it, as git 2.39 has no
   * --source): a changed .gitattributes changes a file's checkout only if it changes the file's
   * attributes (third red team: `*.parquet filter=lfs` added made every model file changed).
   * Undefined when git cannot say. Asked only of a file a changed .gitattributes lies above.
   */
  attributesDiffer(rel: string): boolean | undefined {
    if (!this.attributes.has(rel)) {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-attr-'));
      try {
        const index = { GIT_INDEX_FILE: path.join(folder, 'index') };
        const read = git(this.root, ['read-tree', this.commit], 1024 * 1024, index);
        const then = read.status === 0 ? git(this.root, ['check-attr', '--cached', '-a', '-z', '--', rel], 1024 * 1024, index) : undefined;
        const now = git(this.root, ['check-attr', '-a', '-z', '--', rel], 1024 * 1024);
        this.attributes.set(rel, then?.status === 0 && now.status === 0 ? !then.stdout.equals(now.stdout) : undefined);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    }
    return this.attributes.get(rel);
  }

  /**
   * Whether `rel`, a file in the submodule at `folder` whose commit moved since this one, is
   * another file in the working tree than in the submodule's commit here: changed, added or
   * untracked there since, as git in the submodule says (third red team: a bump that changed
   * only its README made every model file in it changed). Undefined when git cannot say: the
   * folder is no submodule here or now, or the submodule's checkout lacks that commit (a shallow
   * one), so the caller takes the file as changed.
   */
  submoduleFileChanged(folder: string, rel: string): boolean | undefined {
    if (!this.submodules.has(folder)) this.submodules.set(folder, this.submoduleListing(folder));
    const listing = this.submodules.get(folder);
    if (!listing || !rel.startsWith(`${folder}/`)) return undefined;
    const inside = rel.slice(folder.length + 1);
    return listing.changed.has(inside) || !listing.held.has(inside);
  }

  /**
   * What changed in the submodule at `folder` since the commit this one records for it, and what
   * that commit held; null when git cannot say, or when `folder` is not a checkout git made.
   * Review: a pull request that put a folder laid out as a git directory (its config naming a
   * filter command) where the submodule was, or a link to one, had git run that command. So git
   * runs only on the submodule's own git directory, found through the `.git` file git writes in
   * its checkout and lying under this repository's .git/modules, named explicitly, with no
   * hooks, fsmonitor or external diff; nothing the pull request's tree holds can be that.
   */
  private submoduleListing(folder: string): { changed: Set<string>; held: Set<string> } | null {
    const then = this.entries.get(folder);
    if (then?.mode !== '160000') return null;
    const gitDir = this.submoduleGitDir(folder);
    if (!gitDir) return null;
    const checkout = path.join(this.root, folder);
    const listed = (args: string[]) => {
      const run = git(checkout, ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'safe.bareRepository=explicit', `--git-dir=${gitDir}`, `--work-tree=${checkout}`, ...args]);
      return run.status === 0 ? run.stdout.toString('utf8').split('\0').filter((file) => file !== '') : undefined;
    };
    const changed = listed(['diff', '--no-ext-diff', '--name-only', '-z', '--no-renames', '--ignore-submodules=none', then.oid, '--']);
    const untracked = listed(['ls-files', '--others', '--exclude-standard', '-z']);
    const held = listed(['ls-tree', '-r', '-z', '--name-only', then.oid]);
    if (!changed || !untracked || !held) return null;
    // A .gitattributes changed there may change a file's checkout while git compares it as the
    // same (review: `scorer.pt ident` added): then git there cannot say which files changed.
    if ([...changed, ...untracked].some((file) => /(?:^|\/)\.gitattributes$/.test(file))) return null;
    return { changed: new Set([...changed, ...untracked]), held: new Set(held) };
  }

  /**
   * The git directory of the submodule checked out at `folder`: the folder is a real folder (no
   * link on the way), its `.git` a file (which git writes, and no commit can hold) naming a
   * directory under this checkout's modules folder (.git/modules, or a linked worktree's).
   * Undefined otherwise.
   */
  private submoduleGitDir(folder: string): string | undefined {
    try {
      const root = fs.realpathSync(this.root);
      const checkout = path.join(root, folder);
      if (fs.realpathSync(checkout) !== checkout || !fs.lstatSync(checkout).isDirectory()) return undefined;
      const dotGit = path.join(checkout, '.git');
      if (!fs.lstatSync(dotGit).isFile()) return undefined;
      const named = /^gitdir: (.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'))?.[1]?.trim();
      if (!named) return undefined;
      const gitDir = fs.realpathSync(path.resolve(checkout, named));
      // Where git keeps this checkout's submodules: .git/modules, or a linked worktree's own (review).
      const where = git(root, ['rev-parse', '--path-format=absolute', '--git-path', 'modules']);
      if (where.status !== 0) return undefined;
      const modules = `${fs.realpathSync(where.stdout.toString('utf8').trim())}${path.sep}`;
      return gitDir.startsWith(modules) ? gitDir : undefined;
    } catch {
      return undefined;
    }
  }

  /** The id of the blob the commit holds at `rel`, if it holds one. */
  blobId(rel: string): string | undefined {
    return this.entries.get(rel)?.oid;
  }

  /**
   * The id git would give the working tree's file at `rel` if it were added (`git hash-object`,
   * through the filters its attributes name: line endings, Git LFS); undefined when git cannot
   * say. git reads the file to hash it: asked only of a model file listed under a new path.
   */
  workTreeBlobId(rel: string): string | undefined {
    // Asked again by each rule that judges a report of the model: git hashes a file once a run.
    if (!this.hashed.has(rel)) {
      const hashed = git(this.root, ['-c', 'core.fsmonitor=false', 'hash-object', '--', rel]);
      this.hashed.set(rel, hashed.status === 0 ? hashed.stdout.toString('utf8').trim() || undefined : undefined);
    }
    return this.hashed.get(rel);
  }

  private problemWith(rel: string): FileProblem | undefined {
    const entry = this.entries.get(rel);
    const where = `${rel} (at ${this.commit.slice(0, 12)})`;
    if (!entry) {
      if (this.directories.has(rel)) return { kind: 'not-a-file', message: `${where} is a directory, not a file` };
      // Held, by another repository or through a link: not missing, or a file swapped in a
      // submodule (or behind a link to one) would pass as new.
      const above = this.entryAbove(rel);
      if (above?.mode === '160000') return { kind: 'not-a-file', message: `${where} lies in the submodule ${above.folder}, whose files are not read at a commit` };
      if (above?.mode === '120000') return { kind: 'symlink-outside', message: `${where} lies under the symbolic link ${above.folder}, which is not followed in the base commit` };
      return { kind: 'missing', message: `${where} does not exist` };
    }
    if (entry.mode === '120000') return { kind: 'symlink-outside', message: `${where} is a symbolic link, which is not followed in the base commit` };
    if (entry.mode === '160000') return { kind: 'not-a-file', message: `${where} is a submodule, not a file` };
    return undefined;
  }

  /** A submodule (a gitlink) or a link in place of a folder above `rel`, if there is one. */
  private entryAbove(rel: string): { folder: string; mode: string } | undefined {
    for (let end = rel.indexOf('/'); end > 0; end = rel.indexOf('/', end + 1)) {
      const mode = this.entries.get(rel.slice(0, end))?.mode;
      if (mode === '160000' || mode === '120000') return { folder: rel.slice(0, end), mode };
    }
    return undefined;
  }

  private blob(rel: string, cap: number): { ok: true; bytes: Buffer } | { ok: false; problem: FileProblem } {
    const entry = this.entries.get(rel) as TreeEntry;
    if (entry.size > cap) return { ok: false, problem: tooLarge(rel, entry.size, cap) };
    const result = git(this.root, ['cat-file', 'blob', entry.oid], cap + 1024);
    if (result.status !== 0) return { ok: false, problem: { kind: 'unreadable', message: `${rel} cannot be read from ${this.commit.slice(0, 12)}` } };
    return { ok: true, bytes: result.stdout };
  }
}

function tooLarge(rel: string, size: number, cap: number): FileProblem {
  return { kind: 'too-large', message: `${rel} is ${formatBytes(size)}, over the ${formatBytes(cap)} limit (max-file-size)` };
}

/**
 * The commit checked out at `root`, for provenance: HEAD when `root` lies in a git work tree,
 * with whether tracked files differ from it; else none, and why.
 */
export function headCommit(root: string): { commit: string | null; source: string } {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0 || inside.stdout.toString('utf8').trim() !== 'true') return { commit: null, source: 'the root is not in a git work tree' };
  const head = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const commit = head.stdout.toString('utf8').trim();
  if (head.status !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) return { commit: null, source: 'the git work tree has no commit yet' };
  const status = git(root, ['status', '--porcelain', '--untracked-files=no', '-z']);
  const changed = status.status === 0 && status.stdout.length > 0;
  return { commit, source: changed ? 'git HEAD (tracked files have uncommitted changes: the file digests say what was read)' : 'git HEAD' };
}
