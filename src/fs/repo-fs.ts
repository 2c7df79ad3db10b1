/**
 * The only way modelgate reads files. Every path is resolved against the repository root and
 * refused when it is absolute, climbs out with `..`, or is (or passes through) a symbolic link
 * that leads outside the root. Only regular files are opened, never more than the size cap is
 * read, and binary or non-UTF-8 content is refused. A refusal is a value, not an exception, so
 * callers turn it into a finding at the line that cited the path.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SuggestionBudget } from '../text/closest.js';
import { UsageError } from '../types.js';
import { git } from './git.js';
import { inGitData } from './local.js';

export type FileProblemKind =
  | 'empty-path'
  | 'absolute-path'
  | 'absolute-into-repository'
  | 'ambiguous-uri'
  | 'outside-root'
  | 'symlink-outside'
  | 'git-internal'
  | 'symlink-loop'
  | 'missing'
  | 'not-a-file'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'unreadable';

export interface FileProblem {
  kind: FileProblemKind;
  /** A sentence about the path, never about the file's content. */
  message: string;
  /** Where in the file the problem is, when it is about content (invalid UTF-8). */
  line?: number;
}

export type Resolved =
  | { ok: true; rel: string; abs: string }
  | { ok: false; rel?: string; problem: FileProblem };

export type TextFile =
  | { ok: true; rel: string; text: string; bytes: number; sha256?: string }
  | { ok: false; rel?: string; problem: FileProblem };

/** What the loaders need from a tree of files: the working tree (RepoFs) or a commit (GitTreeSource). */
export interface FileSource {
  readonly maxFileBytes: number;
  resolve(ref: string, fromDir?: string): Resolved;
  /** Repository-relative form of a resolved absolute path, where the source has real paths (the working tree). */
  relative?(abs: string): string;
  /** The working tree's only: the submodule .gitmodules names above `rel`, if any. */
  submoduleAbove?(rel: string): string | undefined;
  statFile(rel: string): { ok: true; bytes: number } | { ok: false; problem: FileProblem };
  readText(rel: string): TextFile;
  sha256(rel: string): { ok: true; hex: string } | { ok: false; problem: FileProblem };
  /** The names of the regular files and links (not folders) in a repository folder; undefined when it is none, TOO_MANY_FILES when it holds more than `cap` entries. */
  filesIn(relFolder: string, cap?: number): string[] | typeof TOO_MANY_FILES | undefined;
  /** As filesIn, the names of the folders in it (not links to folders, which a pattern does not follow: a link loop would never end). */
  foldersIn(relFolder: string, cap?: number): string[] | typeof TOO_MANY_FILES | undefined;
  /** A commit's files only: the paths the working tree has changed since the commit, where git can say. */
  changedInWorkTree?(): ReadonlySet<string> | undefined;
  /** A commit's files only: whether `rel`, in the submodule at `folder`, is another file in the working tree than in the submodule's commit the commit records. */
  submoduleFileChanged?(folder: string, rel: string): boolean | undefined;
  /** A commit's files only: whether git gives `rel` other attributes in the working tree than at the commit. */
  attributesDiffer?(rel: string): boolean | undefined;
  /** A commit's files only: the id of the blob the commit holds at `rel`. */
  blobId?(rel: string): string | undefined;
  /** A commit's files only: the id git would give the working tree's file at `rel` if it were added. */
  workTreeBlobId?(rel: string): string | undefined;
  /** Up to `count` bytes of a file from `position` (fewer past its end) and its size, whatever its size: what its format is told by. */
  bytesAt(rel: string, position: number, count: number): { ok: true; bytes: Buffer; size: number } | { ok: false; problem: FileProblem };
}

/** Whether `source` has nothing at `rel` (one too large, a folder or a link out is there, and cannot be read). */
export function isMissing(source: Pick<FileSource, 'statFile'>, rel: string): boolean {
  const stat = source.statFile(rel);
  return !stat.ok && stat.problem.kind === 'missing';
}

/**
 * Whether a cited path is a URI (s3://, https://, hf://): a file kept elsewhere, not in this
 * repository. Two letters at least before the colon: "C:\\data" is a Windows path (refused as
 * absolute), not a URI. A local file's URI is no such file: it names a path on this machine,
 * and is read as that path (writtenPath; red team: `file:model/scorer.onnx`, a pickle, went
 * unread and its sha256 unchecked, as if kept in a registry).
 */
export const isUri = (ref: string) => {
  const target = innermost(ref.trim());
  return /^[a-z][a-z0-9+.-]+:/i.test(target) && !isLocalUri(target);
};

/** fsspec's local file system answers to `file:` and `local:` (red team: `local:model/scorer.onnx`). */
const isLocalUri = (written: string) => /^(?:file|local):/i.test(written);

/**
 * The file an fsspec chain (`simplecache::model/x.onnx`, `zip://m.pkl::s3://b/m.zip`) opens: its
 * last link, the others fsspec's caches and archive readers. Only a chain that begins with one
 * of those is one: `x::model/a.pkl` is a file of that name, as open() and torch.load read it,
 * and `../.git::$INDEX_ALLOCATION` a Windows stream name, refused as a path.
 */
const innermost = (written: string) =>
  /^(?:simplecache|filecache|blockcache|cached|zip|tar|libarchive|reference|dir)(?::\/\/[^:]*)?::/i.test(written) ? written.slice(written.lastIndexOf('::') + 2) : written;

/**
 * A citation as a path, where it is written as a local file's URI or an fsspec chain that ends in
 * one (`file:model/scorer.pkl` is `model/scorer.pkl`): what artifacts and the files a scan names
 * are compared by. As written otherwise.
 */
export function citedPath(ref: string): string {
  const written = writtenPath(ref);
  return written.ok ? written.path : ref.trim();
}

/**
 * Whether a citation is a local file's URI naming an absolute path (`file:///mnt/shared/x`): a
 * file on this machine, but no file of the repository unless it leads into the checkout, which
 * RepoFs.resolve refuses. Checksum rules take one as they take a URI, as before local URIs were read.
 */
export function isLocalUriOutside(ref: string): boolean {
  const cited = normaliseCitation(ref);
  return isLocalUri(innermost(ref.trim())) && !cited.ok && cited.problem.kind === 'absolute-path';
}

/**
 * The path a local file's URI names, as fsspec reads one: `file:rel`, `file:/abs`,
 * `file:///abs`, `file://localhost/abs`, and `file://a/b` as the relative `a/b` (a host other
 * than this one would be no file of the repository either way; read as relative, it is checked
 * if the repository holds it); the same with `local:`. Undefined for one with percent-escapes:
 * fsspec keeps them, MLflow decodes them, so which file it names depends on who reads it.
 */
function localUriPath(written: string): string | undefined {
  let rest = written.slice(written.indexOf(':') + 1);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = rest.slice(2, slash < 0 ? rest.length : slash);
    rest = host === '' || host.toLowerCase() === 'localhost' ? (slash < 0 ? '/' : rest.slice(slash)) : rest.slice(2);
  }
  return /%[0-9a-f]{2}/i.test(rest) ? undefined : rest;
}

/** The path a citation writes (a local URI's path, backslashes as slashes), or why it writes none. */
function writtenPath(ref: string): { ok: true; path: string } | { ok: false; problem: FileProblem } {
  const target = innermost(ref.trim());
  if (!isLocalUri(target)) return { ok: true, path: target.replace(/\\/g, '/') };
  const local = localUriPath(target);
  if (local === undefined) return { ok: false, problem: { kind: 'ambiguous-uri', message: `"${clip(ref.trim())}" has percent-escapes, which loaders read differently (fsspec keeps them, MLflow decodes them); write the path as it is` } };
  return { ok: true, path: local.replace(/\\/g, '/') };
}

/**
 * The repository-relative path a document's citation names, or why it cannot name one: empty,
 * absolute (POSIX or Windows), or climbing out of the root with "..". Backslashes count as
 * separators so manifests written on Windows still resolve.
 */
export function normaliseCitation(ref: string, fromDir = ''): { ok: true; rel: string } | { ok: false; problem: FileProblem } {
  const written = ref.trim();
  if (written === '') return { ok: false, problem: { kind: 'empty-path', message: 'the path is empty' } };
  const cited = writtenPath(written);
  if (!cited.ok) return cited;
  const slashed = cited.path;
  if (slashed === '') return { ok: false, problem: { kind: 'empty-path', message: 'the path is empty' } };
  if (slashed.startsWith('/') || /^[A-Z]:\//i.test(slashed)) {
    return { ok: false, problem: { kind: 'absolute-path', message: `"${clip(written)}" is an absolute path; cite files relative to the manifest` } };
  }
  const rel = path.posix.normalize(path.posix.join(fromDir || '.', slashed));
  if (rel === '..' || rel.startsWith('../')) {
    return { ok: false, problem: { kind: 'outside-root', message: `"${clip(written)}" leads outside the repository` } };
  }
  return { ok: true, rel: rel === '.' ? '' : rel };
}

function gitInternal(rel: string, throughLink = false): FileProblem {
  return {
    kind: 'git-internal',
    message: `${clip(rel)} ${throughLink ? 'is a symbolic link (or lies under one) into' : 'is in'} git's own data (.git), not a file of the repository; nothing there is read`,
  };
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_HASH_BYTES = 1024 * 1024 * 1024;

/** Files up to this size are read into one buffer kept for the purpose (see readBuffer). */
const REUSED_BUFFER_BYTES = 1024 * 1024;

// O_NONBLOCK: opening a FIFO must not hang; O_NOFOLLOW: the path was resolved, so a link at
// its end means one was swapped in since.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);
/** A path segment that names an entry: not empty (a trailing slash), `.` or `..`. */
function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..';
}

/**
 * `rel`, plain names joined by '/', under the absolute folder `base`: path.join without the
 * normalisation it does not need (it was a tenth of resolving a file). Windows keeps path.join,
 * which also turns the separators.
 */
const underFolder =
  path.sep === '/' ? (base: string, rel: string): string => (base.endsWith('/') ? base + rel : `${base}/${rel}`) : (base: string, rel: string): string => path.join(base, rel);

/** The most entries a folder may hold to be searched for the name a missing path meant. */
const NEARBY_NAMES_CAP = 2000;

/**
 * How many edits a file or folder name may be from the one meant: one, or two when the name
 * before its extension has eight characters or more. Counted on the part before the extension,
 * where typos are ("report.md" is not a typo of "import.md", nor "outputs.yaml" of
 * "inputs.yaml"); a name past a hundred characters gets no suggestion.
 */
function typoLimit(name: string): number {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return name.length > 100 ? -1 : stem.length >= 8 ? 2 : 1;
}

/** Whether an open file's path can be read back (Linux, with /proc mounted); checked once. */
const HAS_PROC_FD = process.platform === 'linux' && fs.existsSync('/proc/self/fd');

function openedPath(fd: number): string | undefined {
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/** The most entries a folder may hold to be listed by filesIn (a model folder holds a handful). */
export const FOLDER_FILES_CAP = 10_000;
/** What filesIn gives for a folder with more than its cap of entries: too many to list, which is not none. */
export const TOO_MANY_FILES = 'too-many';

export class RepoFs implements FileSource {
  /** Real path of the root (symlinks resolved), used for containment checks. */
  readonly root: string;
  readonly maxFileBytes: number;
  private readonly textCache = new Map<string, TextFile>();
  /** Resolutions and stats of the current system's files: rules ask about the same file many times. */
  private readonly resolveCache = new Map<string, Resolved>();
  /** Real paths of the current system's folders: its files share a handful of them. */
  private readonly folderCache = new Map<string, string | undefined>();
  /** See readBuffer. */
  private reusedBuffer: Buffer | undefined;
  private readonly statCache = new Map<string, { ok: true; bytes: number } | { ok: false; problem: FileProblem }>();
  /** The entry names of folders a missing path was looked for in (see nearbyPath). */
  private readonly namesCache = new Map<string, readonly string[] | undefined>();
  /** What is left, for the current system, of the work suggestions may take (nearestName, namesIn). */
  private suggestions = new SuggestionBudget();

  /** The submodule paths .gitmodules names, read once (see submoduleAbove). */
  private submodules: readonly string[] | undefined;

  /** Whether opened files are checked by the name the system gives them (see openResolved). */
  private readonly procFd: boolean;
  /** SHA-256 of each file read since startReadLog (see there); undefined when not logging. */
  private readLog: Map<string, string> | undefined;
  /** Every path asked about since startAskedLog (see there); undefined when not logging. */
  private askedLog: Set<string> | undefined;

  /**
   * @param options.procFd  check opened files through /proc/self/fd (default: where there is
   *   one); false resolves each path afresh before opening it, as on macOS and Windows
   */
  constructor(root: string, options: { maxFileBytes?: number; procFd?: boolean } = {}) {
    this.root = fs.realpathSync.native(path.resolve(root));
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.procFd = options.procFd ?? HAS_PROC_FD;
  }

  /**
   * The submodule a path lies in, as the root's .gitmodules names them: what a checkout with
   * submodules fills in, so a path there that is missing is one this checkout left out (red
   * team: a pickle in a submodule the gate's checkout did not fetch passed, known by its name).
   * git reads the file, once a run, and only when it is there.
   */
  submoduleAbove(rel: string): string | undefined {
    if (this.submodules === undefined) {
      this.submodules = [];
      // Read by git as a file of the repository is: a regular file inside it, within max-file-size.
      if (this.statFile('.gitmodules').ok) {
        const listed = git(this.root, ['config', '--file', '.gitmodules', '--null', '--get-regexp', '^submodule\\..*\\.path$'], 1024 * 1024);
        if (listed.status === 0) {
          // "<key>\n<value>\0" per entry
          const paths = listed.stdout.toString('utf8').split('\0').map((record) => record.slice(record.indexOf('\n') + 1));
          this.submodules = paths.map((written) => path.posix.normalize(`${written.trim()}/`).slice(0, -1)).filter((sub) => sub !== '' && sub !== '.');
        }
      }
    }
    return this.submodules.find((sub) => rel === sub || rel.startsWith(`${sub}/`));
  }

  /** Repository-relative form of an absolute path inside the root. */
  relative(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/');
  }

  /** Whether an absolute path leads into the working tree, as written or through links on its way. */
  private leadsInto(abs: string): boolean {
    if (!path.isAbsolute(abs)) return false;
    const inside = (real: string) => {
      const rel = path.relative(this.root, real);
      return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
    };
    if (inside(path.resolve(abs))) return true;
    try {
      return inside(fs.realpathSync.native(abs));
    } catch {
      return false; // nothing there: no file of this repository
    }
  }

  /**
   * Resolves `ref` as written in a document in `fromDir` (repo-relative). Backslashes are
   * treated as separators so manifests written on Windows still resolve.
   */
  resolve(ref: string, fromDir = ''): Resolved {
    const citation = normaliseCitation(ref, fromDir);
    if (citation.ok) return this.resolveRel(citation.rel);
    // Not a file kept elsewhere, as other absolute paths are taken to be (red team: the
    // checkout's own pickle, cited as /home/runner/work/..., went unread).
    const written = writtenPath(ref);
    if (citation.problem.kind === 'absolute-path' && written.ok && this.leadsInto(written.path)) {
      return { ok: false, problem: { kind: 'absolute-into-repository', message: `"${clip(ref.trim())}" is an absolute path into this repository; cite the file relative to the manifest, for modelgate to read it` } };
    }
    return citation;
  }

  /** Resolves a repository-relative path that is already normalised. */
  resolveRel(rel: string): Resolved {
    this.askedLog?.add(rel);
    let resolved = this.resolveCache.get(rel);
    if (!resolved) {
      resolved = this.resolveUncached(rel);
      this.resolveCache.set(rel, resolved);
    }
    return resolved;
  }

  private resolveUncached(rel: string): Resolved {
    if (inGitData(rel)) return { ok: false, rel, problem: gitInternal(rel) };
    // The common case, a plain file in a folder already resolved, costs one lstat instead of a
    // realpath (a readlink per folder on the way). Links, `..`, a trailing slash and every error
    // take the full path.
    const slash = rel.lastIndexOf('/');
    const name = rel.slice(slash + 1);
    const folder = !isPlainName(name) ? undefined : slash < 0 ? this.root : this.realFolder(rel.slice(0, slash));
    if (folder !== undefined) {
      // Every part of the path is a plain name here (realFolder resolves no other).
      const abs = underFolder(folder, name);
      // A linked folder on the way may lead into .git (the real folder differs from the written one).
      if (folder !== (slash < 0 ? this.root : underFolder(this.root, rel.slice(0, slash))) && inGitData(this.relative(abs))) {
        return { ok: false, rel, problem: gitInternal(rel, true) };
      }
      let entry: fs.Stats | undefined;
      try {
        entry = fs.lstatSync(abs);
      } catch {
        // resolved below, with the error realpath gives
      }
      if (entry && !entry.isSymbolicLink()) {
        this.statCache.set(rel, this.statResult(rel, entry)); // not a link: its lstat is its stat
        return { ok: true, rel, abs };
      }
    }
    return this.resolveByRealpath(rel);
  }

  /** Resolves every part of the path afresh, through the system's realpath. */
  private resolveByRealpath(rel: string): Resolved {
    const abs = path.join(this.root, rel);
    if (!this.contains(abs)) return { ok: false, rel, problem: { kind: 'outside-root', message: `"${clip(rel)}" leads outside the repository` } };
    let real: string;
    try {
      real = fs.realpathSync.native(abs);
    } catch (error) {
      return { ok: false, rel, problem: this.realpathProblem(rel, abs, error) };
    }
    if (!this.contains(real)) {
      return {
        ok: false,
        rel,
        problem: {
          kind: 'symlink-outside',
          message: `${rel} is a symbolic link (or lies under one) that leads outside the repository`,
        },
      };
    }
    if (inGitData(this.relative(real))) return { ok: false, rel, problem: gitInternal(rel, true) };
    return { ok: true, rel, abs: real };
  }

  /**
   * The real path of a repository folder when it lies inside the root, else undefined. Built
   * from its parent's, one lstat per folder; a folder that is a link is resolved in full.
   */
  private realFolder(relFolder: string): string | undefined {
    if (this.folderCache.has(relFolder)) return this.folderCache.get(relFolder);
    const slash = relFolder.lastIndexOf('/');
    const parent = slash < 0 ? this.root : this.realFolder(relFolder.slice(0, slash));
    const name = relFolder.slice(slash + 1);
    let real: string | undefined;
    if (parent !== undefined && isPlainName(name)) {
      const candidate = underFolder(parent, name);
      try {
        const entry = fs.lstatSync(candidate);
        if (entry.isDirectory()) real = candidate;
        // A link to a folder is that folder; a link to a file is no folder (as the kernel says).
        else if (entry.isSymbolicLink() && fs.statSync(candidate).isDirectory()) real = fs.realpathSync.native(candidate);
      } catch {
        real = undefined;
      }
    }
    if (real !== undefined && !this.contains(real)) real = undefined;
    this.folderCache.set(relFolder, real);
    return real;
  }

  /** Whether a real (link-free) absolute path lies inside the root. */
  contains(real: string): boolean {
    // A root of "/" (or "C:\\") already ends with the separator.
    return real === this.root || real.startsWith(this.root.endsWith(path.sep) ? this.root : this.root + path.sep);
  }

  /**
   * Opens a resolved file for reading without following a link, then makes sure of what was
   * opened: a folder on the path may have been swapped for a link since it was resolved, and
   * O_NOFOLLOW guards only the last part. Where the system names an open file's path
   * (/proc/self/fd on Linux) that name must lie inside the root; elsewhere the whole path is
   * resolved afresh right before opening.
   */
  private openResolved(rel: string): { ok: true; fd: number } | { ok: false; problem: FileProblem } {
    const resolved = this.resolveForOpen(rel);
    if (!resolved.ok) return resolved;
    let fd: number;
    try {
      fd = fs.openSync(resolved.abs, OPEN_FLAGS);
    } catch (error) {
      return { ok: false, problem: this.openProblem(rel, error) };
    }
    if (!this.isOpenedAt(fd, rel, resolved.abs)) {
      // Reached through a link swapped in since: not read. A fresh resolution says how.
      fs.closeSync(fd);
      const now = this.resolveByRealpath(rel);
      return now.ok ? { ok: false, problem: { kind: 'symlink-outside', message: `${rel} became a symbolic link while being read` } } : now;
    }
    return { ok: true, fd };
  }

  /**
   * Whether the file open as `fd` lies inside the root. The system's own name for it is the
   * answer (whatever was swapped on the way, that is the file that would be read); where there
   * is none, the path is resolved afresh.
   */
  private isOpenedAt(fd: number, rel: string, abs: string): boolean {
    if (!this.procFd) return true; // resolved afresh right before opening
    const name = openedPath(fd);
    if (name !== undefined) return this.contains(name);
    const now = this.resolveByRealpath(rel);
    return now.ok && now.abs === abs;
  }

  /** The resolution a file is opened by (a step of its own so tests can change the files here). */
  private resolveForOpen(rel: string): Resolved {
    return this.procFd ? this.resolveRel(rel) : this.resolveByRealpath(rel);
  }

  /** Whether `rel` resolves to a regular file inside the root and under the size cap. */
  statFile(rel: string): { ok: true; bytes: number } | { ok: false; problem: FileProblem } {
    this.askedLog?.add(rel);
    let stat = this.statCache.get(rel);
    if (!stat) {
      stat = this.statUncached(rel);
      this.statCache.set(rel, stat);
    }
    return stat;
  }

  private statUncached(rel: string): { ok: true; bytes: number } | { ok: false; problem: FileProblem } {
    const resolved = this.resolveRel(rel);
    if (!resolved.ok) return resolved;
    // Resolving a plain file stated it already (see resolveUncached).
    const known = this.statCache.get(rel);
    if (known) return known;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(resolved.abs);
    } catch {
      return { ok: false, problem: { kind: 'unreadable', message: `${rel} cannot be read` } };
    }
    return this.statResult(rel, stat);
  }

  private statResult(rel: string, stat: fs.Stats): { ok: true; bytes: number } | { ok: false; problem: FileProblem } {
    const kindProblem = this.fileKindProblem(rel, stat);
    return kindProblem ? { ok: false, problem: kindProblem } : { ok: true, bytes: stat.size };
  }

  /** Reads a repository-relative file as UTF-8 text (BOM removed). Results are cached. */
  readText(rel: string): TextFile {
    this.askedLog?.add(rel);
    let result = this.textCache.get(rel);
    // Read before the log began, so not hashed: read again (rare: the engine forgets every file
    // after each system).
    if (result?.ok && this.readLog && !result.sha256) result = undefined;
    if (!result) {
      result = this.readTextUncached(rel);
      this.textCache.set(rel, result);
    }
    if (this.readLog && result.ok && result.sha256) this.readLog.set(rel, result.sha256);
    return result;
  }

  /**
   * From now on, note the SHA-256 of every file read (as text, or hashed whole), for provenance:
   * the digest of the bytes read is taken where they are read, so nothing is read twice. Notes
   * the files read from the cache too, so a file read before the log began still counts.
   */
  startReadLog(): void {
    this.readLog = new Map();
  }

  /** The files read since startReadLog, sorted by path, and stops noting them. */
  takeReadLog(): Array<{ path: string; sha256: string }> {
    const log = this.readLog ?? new Map<string, string>();
    this.readLog = undefined;
    return [...log].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, sha256]) => ({ path: file, sha256 }));
  }

  /**
   * From now on, note every repository path asked about (resolved, stated, read or hashed),
   * found or not: what a system's check depends on, for the changed-files scope. A missing file
   * counts, since adding it would change the check.
   */
  startAskedLog(): void {
    this.askedLog = new Set();
  }

  /** Notes a path as asked about where its answer came from elsewhere (a cache of the caller's). */
  noteAsked(rel: string): void {
    this.askedLog?.add(rel);
  }

  /** The paths asked about since startAskedLog, in the order first asked; stops noting them. */
  takeAskedLog(): string[] {
    const asked = [...(this.askedLog ?? [])];
    this.askedLog = undefined;
    return asked;
  }

  /**
   * SHA-256 of a repository-relative file, read in chunks so data files larger than the text cap
   * can be verified (up to `maxHashBytes`).
   */
  sha256(rel: string, maxHashBytes = DEFAULT_MAX_HASH_BYTES): { ok: true; hex: string } | { ok: false; problem: FileProblem } {
    return this.withOpenFile(rel, (fd, stat) => {
      if (stat.size > maxHashBytes) {
        return { ok: false, problem: { kind: 'too-large', message: `${rel} is ${formatBytes(stat.size)}, over the ${formatBytes(maxHashBytes)} limit for checksums` } };
      }
      const hash = createHash('sha256');
      const chunk = this.readBuffer(REUSED_BUFFER_BYTES);
      for (;;) {
        const read = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0) break;
        hash.update(chunk.subarray(0, read));
      }
      const hex = hash.digest('hex');
      this.readLog?.set(rel, hex);
      return { ok: true, hex };
    });
  }

  bytesAt(rel: string, position: number, count: number): { ok: true; bytes: Buffer; size: number } | { ok: false; problem: FileProblem } {
    return this.withOpenFile(rel, (fd, stat) => {
      const bytes = Buffer.alloc(Math.max(0, Math.min(count, stat.size - position)));
      let filled = 0;
      while (filled < bytes.length) {
        const read = fs.readSync(fd, bytes, filled, bytes.length - filled, position + filled);
        if (read === 0) break;
        filled += read;
      }
      return { ok: true, bytes: bytes.subarray(0, filled), size: stat.size };
    });
  }

  /** Opens a repository file (openResolved), runs `use` on it if it is a regular file, and closes it; a problem where it cannot. */
  private withOpenFile<T>(rel: string, use: (fd: number, stat: fs.Stats) => T | { ok: false; problem: FileProblem }): T | { ok: false; problem: FileProblem } {
    this.askedLog?.add(rel);
    const opened = this.openResolved(rel);
    if (!opened.ok) return opened;
    const fd = opened.fd;
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return { ok: false, problem: { kind: 'not-a-file', message: `${rel} is not a regular file` } };
      return use(fd, stat);
    } catch (error) {
      return { ok: false, problem: this.openProblem(rel, error) };
    } finally {
      fs.closeSync(fd);
    }
  }

  filesIn(relFolder: string, cap = FOLDER_FILES_CAP): string[] | typeof TOO_MANY_FILES | undefined {
    return this.entriesIn(relFolder, cap, (entry) => entry.isFile() || entry.isSymbolicLink());
  }

  foldersIn(relFolder: string, cap = FOLDER_FILES_CAP): string[] | typeof TOO_MANY_FILES | undefined {
    return this.entriesIn(relFolder, cap, (entry) => entry.isDirectory() && !inGitData(entry.name));
  }

  /**
   * The names of a repository folder's entries that `keep` keeps, sorted. What the folder holds
   * is what the check depends on, so the log notes it as `folder/`: a file added or removed
   * anywhere below it touches the system (the changed-files scope).
   */
  private entriesIn(relFolder: string, cap: number, keep: (entry: fs.Dirent) => boolean): string[] | typeof TOO_MANY_FILES | undefined {
    this.askedLog?.add(`${relFolder}/`);
    if (relFolder !== '' && inGitData(relFolder)) return undefined;
    const folder = relFolder === '' ? this.root : this.realFolder(relFolder);
    if (folder === undefined) return undefined;
    const names: string[] = [];
    let dir: fs.Dir | undefined;
    let entries = 0;
    try {
      dir = fs.opendirSync(folder);
      for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
        if (++entries > cap) return TOO_MANY_FILES;
        if (keep(entry)) names.push(entry.name);
      }
    } catch {
      return undefined;
    } finally {
      dir?.closeSync();
    }
    return names.sort();
  }

  /** Drops cached file contents (the engine calls this after each system to bound memory). */
  forget(rel?: string): void {
    if (rel === undefined) {
      this.textCache.clear();
      this.resolveCache.clear();
      this.folderCache.clear();
      this.statCache.clear();
      this.namesCache.clear();
    } else {
      this.textCache.delete(rel);
      this.resolveCache.delete(rel);
      this.statCache.delete(rel);
    }
  }

  private readTextUncached(rel: string): TextFile {
    const opened = this.openResolved(rel);
    if (!opened.ok) return { ok: false, rel, problem: opened.problem };
    const fd = opened.fd;
    try {
      const stat = fs.fstatSync(fd);
      const kindProblem = this.fileKindProblem(rel, stat);
      if (kindProblem) return { ok: false, rel, problem: kindProblem };
      const buffer = this.readBuffer(stat.size);
      let filled = 0;
      while (filled < stat.size) {
        const read = fs.readSync(fd, buffer, filled, stat.size - filled, filled);
        if (read === 0) break;
        filled += read;
      }
      const bytes = buffer.subarray(0, filled);
      const text = decodeText(rel, bytes);
      // Hashed here, while the bytes are in memory, when provenance is asked for: it names
      // exactly the bytes that were judged.
      if (text.ok && this.readLog) text.sha256 = createHash('sha256').update(bytes).digest('hex');
      return text;
    } catch (error) {
      return { ok: false, rel, problem: this.openProblem(rel, error) };
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * A buffer of at least `size` bytes to read a file into before decoding it. One is kept for
   * files up to 1 MB (a buffer per file was 15,000 allocations outside the JS heap per 1,000
   * systems, which the garbage collector frees late); a larger file gets its own.
   */
  private readBuffer(size: number): Buffer {
    if (size > REUSED_BUFFER_BYTES) return Buffer.allocUnsafe(size);
    this.reusedBuffer ??= Buffer.allocUnsafe(REUSED_BUFFER_BYTES);
    return this.reusedBuffer;
  }


  private fileKindProblem(rel: string, stat: fs.Stats): FileProblem | undefined {
    if (stat.isDirectory()) return { kind: 'not-a-file', message: `${rel} is a directory, not a file` };
    if (!stat.isFile()) {
      return { kind: 'not-a-file', message: `${rel} is not a regular file (a device, FIFO or socket)` };
    }
    if (stat.size > this.maxFileBytes) {
      return {
        kind: 'too-large',
        message: `${rel} is ${formatBytes(stat.size)}, over the ${formatBytes(this.maxFileBytes)} limit (max-file-size)`,
      };
    }
    return undefined;
  }

  private realpathProblem(rel: string, abs: string, error: unknown): FileProblem {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { kind: 'symlink-loop', message: `${rel} is a symbolic link loop` };
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      let dangling = false;
      try {
        dangling = fs.lstatSync(abs).isSymbolicLink();
      } catch {
        // not there at all
      }
      if (dangling) return { kind: 'missing', message: `${rel} is a symbolic link to a file that does not exist` };
      return this.missing(rel);
    }
    return { kind: 'unreadable', message: `${rel} cannot be read (${code ?? 'error'})` };
  }

  /**
   * A path that is not there, with the path it most likely meant when a name beside it differs
   * by a typo ("evidence/bias/fairnes.json does not exist; did you mean evidence/bias/fairness.json?").
   * The suggestion is looked for only when the message is read, once: most missing paths are
   * asked about and never reported (discovery asks after an ai-system.yml in every folder).
   * It is a hint about the files there when it was read, not a file the check depends on: a
   * sibling added later may change the hint, never a verdict.
   */
  private missing(rel: string): FileProblem {
    let message: string | undefined;
    const nearby = () => this.nearbyPath(rel);
    return {
      kind: 'missing',
      get message(): string {
        if (message === undefined) {
          const near = nearby();
          message = near === undefined ? `${rel} does not exist` : `${rel} does not exist; did you mean ${near}?`;
        }
        return message;
      },
    };
  }

  /** Starts a system's check: its suggestions get the whole budget, whatever came before (on this thread). */
  beginSystem(): void {
    this.suggestions = new SuggestionBudget();
    this.namesCache.clear();
  }

  /**
   * The existing file `rel` most likely meant: each part of it that is not in its folder
   * replaced by the same name with an extension, or else the closest name there, if every
   * such part has one. Undefined when none is close enough, when a part is no plain name, a
   * folder on the way is not a plain folder in the repository (or is git's own data), holds
   * more than NEARBY_NAMES_CAP entries, or the system's budget is spent. Only the folders where
   * a part is missing are listed.
   */
  private nearbyPath(rel: string): string | undefined {
    const parts = rel.split('/');
    let fixed = '';
    let changed = false;
    for (const [index, part] of parts.entries()) {
      if (!isPlainName(part)) return undefined;
      const folder = fixed === '' ? this.root : this.realFolder(fixed);
      if (folder === undefined) return undefined;
      const last = index === parts.length - 1;
      let name: string | undefined = part;
      if (!this.holds(folder, part, last)) {
        const names = this.namesIn(folder);
        name = names === undefined ? undefined : this.nearestName(part, names);
        if (name === undefined) return undefined;
        changed = true;
      }
      fixed = fixed === '' ? name : `${fixed}/${name}`;
      if (inGitData(fixed)) return undefined;
    }
    return changed && this.isRepositoryFile(fixed) ? fixed : undefined;
  }

  /** Whether `folder` holds `name`: a folder (or a link to one) on the way, anything at the end. */
  private holds(folder: string, name: string, last: boolean): boolean {
    try {
      const entry = fs.lstatSync(underFolder(folder, name), { throwIfNoEntry: false });
      return entry !== undefined && (last || entry.isDirectory() || entry.isSymbolicLink());
    } catch {
      return false; // not a folder on the way (ENOTDIR), or not ours to see
    }
  }

  /** Whether `rel`, made of names that exist, is a regular file in the repository: checked without filling the caches. */
  private isRepositoryFile(rel: string): boolean {
    const resolved = this.resolveByRealpath(rel);
    return resolved.ok && fs.statSync(resolved.abs, { throwIfNoEntry: false })?.isFile() === true;
  }

  /**
   * The name in `names` that `part` most likely meant, while the system's budget lasts: `part`
   * with an extension, or the closest within typoLimit. A comparison costs about the square of
   * the name's length.
   */
  private nearestName(part: string, names: readonly string[]): string | undefined {
    if (!this.suggestions.spend(names.length * (part.length + 1))) return undefined;
    const withExtension = names.find((known) => known.startsWith(`${part}.`) && !known.includes('.', part.length + 1));
    return withExtension ?? this.suggestions.closestWithin(part, names, typoLimit(part));
  }

  /** The names in `folder`, sorted, or undefined past NEARBY_NAMES_CAP; reading them is charged to the budget. */
  private namesIn(folder: string): readonly string[] | undefined {
    if (this.namesCache.has(folder)) return this.namesCache.get(folder);
    let names: string[] | undefined = [];
    let dir: fs.Dir | undefined;
    try {
      dir = fs.opendirSync(folder);
      for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
        names.push(entry.name);
        if (names.length > NEARBY_NAMES_CAP || !this.suggestions.spend(64)) {
          names = undefined;
          break;
        }
      }
    } catch {
      names = undefined;
    } finally {
      dir?.closeSync();
    }
    // Sorted, so that of two names as close, the same one is suggested on every system.
    names?.sort();
    this.namesCache.set(folder, names);
    return names;
  }

  private openProblem(rel: string, error: unknown): FileProblem {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') {
      return { kind: 'symlink-outside', message: `${rel} became a symbolic link while being read` };
    }
    if (code === 'ENOENT') return this.missing(rel);
    if (code === 'EISDIR') return { kind: 'not-a-file', message: `${rel} is a directory, not a file` };
    return { kind: 'unreadable', message: `${rel} cannot be read (${code ?? 'error'})` };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Turns bytes into text, refusing binary content and invalid UTF-8 with the line at fault. */
export function decodeText(rel: string, bytes: Uint8Array): TextFile {
  if (bytes.includes(0)) {
    return { ok: false, rel, problem: { kind: 'binary', message: `${rel} is a binary file, not text` } };
  }
  try {
    // TextDecoder drops a leading BOM itself when ignoreBOM is false.
    return { ok: true, rel, text: utf8.decode(bytes), bytes: bytes.length };
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    return {
      ok: false,
      rel,
      problem: { kind: 'not-utf8', message: `${rel} is not valid UTF-8 text (first bad byte on line ${line})`, line },
    };
  }
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  // Shrink the prefix that still decodes; cheap enough for the capped sizes we read.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      // stream: an incomplete sequence at the cut is not an error; a fresh decoder per probe.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  let line = 1;
  for (let i = 0; i < low; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** Shortens text a user wrote before quoting it back in a message. */
export function clip(text: string, max = 80): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "5MB", "500KB", "1048576" → bytes. */
export function parseSize(text: string): number {
  const match = text.trim().match(/^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i);
  if (!match) throw new UsageError(`max-file-size must be a size such as 5MB or 500KB, not "${text}"`);
  const unit = (match[2] ?? 'b').toLowerCase()[0] as 'b' | 'k' | 'm' | 'g';
  const bytes = Math.floor(Number(match[1]) * { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]);
  if (bytes < 1) throw new UsageError('max-file-size must be at least 1 byte');
  return bytes;
}
