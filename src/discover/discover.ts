/**
 * Which AI systems are here: every `ai-system.yaml` under the scanned directory, plus the
 * files that might be model cards of systems nobody registered.
 *
 * In a git repository the candidates are the files git lists (tracked, and untracked but not
 * ignored, except under `node_modules/`), so `.gitignore` is honoured and nothing tracked is
 * skipped: a system moved under `node_modules/` and committed is still checked unless the
 * policy's `exclude` says otherwise. Outside git
 * the tree is walked, skipping `.git` and `node_modules`. Either way symbolic links are never
 * followed (a link to `/` must not make discovery read the machine), and `exclude` globs
 * (the policy's, then the CLI's) leave out whole directories.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { globProblem } from '../fs/glob.js';
import { git, gitAsync } from '../fs/git.js';
import { dirEntries, dirEntriesConcurrently, entryKind, isDirectory, isFile, stat, type Dirent } from '../fs/local.js';
import type { RepoFs } from '../fs/repo-fs.js';
import { MANIFEST_NAMES } from '../load/manifest.js';
import { quoted } from '../load/source-doc.js';
import { UsageError } from '../types.js';

export interface DiscoverOptions {
  /** Repository-relative directory (or manifest file) to scan; '' for the whole repository. */
  scanPath: string;
  /** Globs (repository-relative) a manifest must match; empty means all. */
  include?: readonly string[];
  /** Globs (repository-relative) of files and directories to leave out. */
  exclude?: readonly string[];
}

export interface Discovery {
  /** Repository-relative manifest paths, sorted. */
  manifests: string[];
  /** Repository-relative Markdown files named like model cards, sorted. */
  cardCandidates: string[];
  /**
   * For each folder that holds a model's weights or pipeline (`model.safetensors`, `*.gguf`,
   * `model_index.json`…), one such file: a README beside it describes a model, whatever its
   * front matter says.
   */
  modelFiles: Record<string, string>;
  /** For each folder that holds a pickle by a name no model's is (PICKLE_NAME), one such file. */
  pickleFiles: Record<string, string>;
  /** How the files were found: from git's index and work tree, or by walking the folders. */
  via: 'git' | 'walk';
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const CARD_NAME = /^(?:readme|model[-_]?card)\.md$/i;
/**
 * Files only a model's folder holds: weights in a model format (safetensors, GGUF, a PyTorch or
 * Lightning checkpoint, ONNX, TensorFlow Lite, Core ML, Keras 3, NeMo, XGBoost's .xgb, CatBoost's
 * .cbm, a TorchServe archive, PMML, PaddlePaddle, TorchScript Lite), a TensorFlow SavedModel's
 * saved_model.pb, an MLflow model's MLmodel, the weights files Transformers and Diffusers name,
 * and a Diffusers pipeline's model_index.json.
 */
const MODEL_FORMAT = /\.(?:safetensors|gguf|ggml|ckpt|onnx|tflite|mlmodel|keras|nemo|llamafile|xgb|cbm|mar|pmml|pdmodel|pdiparams|ptl)$|^(?:pytorch_model|tf_model|flax_model|adapter_model|diffusion_pytorch_model)(?:[-.][\w.-]*)?\.(?:bin|h5|msgpack)$|^(?:model_index\.json|saved_model\.pb(?:txt)?|MLmodel)$/i;
/**
 * Formats data shares too (a PyTorch .pt or .pth, a .bin, Keras' .h5, a pickle or joblib file,
 * XGBoost's .ubj) count when the name says model, and a LightGBM text model when it says
 * LightGBM: `model.pt`, `best.pt`, `classifier.pkl`, `credit_model.joblib`, `weights.h5`,
 * `lgbm_model.txt` are what PyTorch, YOLO, scikit-learn, Keras and LightGBM teams ship;
 * `features.h5`, `scaler.pkl` or `embeddings.pt` beside a dataset's README are no model.
 */
const MODEL_NAMED = /(?:^|[-_.])(?:models?|classifier|regressor|estimator|pipeline|clf|weights|checkpoint|ckpt|best|last|final|detector)(?:[-_.\d][^/]*)?\.(?:pt|pth|bin|h5|hdf5|pkl|pickle|joblib|ubj)$|^(?:lgbm|lightgbm)[-.\w]*\.txt$/i;
export const isModelFile = (name: string): boolean => MODEL_FORMAT.test(name) || MODEL_NAMED.test(name);
/**
 * A pickle by any name (scikit-learn's `.sav`, joblib's compressed dumps, PyTorch's `.pt`, `.pth`
 * and `.ckpt`, which torch.load unpickles, too): it runs code when
 * loaded whatever it holds, so a folder of a system that holds one is looked through for code as
 * a model's is (review: `serving/scorer.pkl`, named as no model, left every security rule not
 * applicable). Not a sign of a model card: a dataset's README may sit beside one.
 */
const PICKLE_NAME = /\.(?:(?:pkl|pickle|joblib|dill|sav|p)(?:\.(?:gz|bz2|xz|lzma|z|zst))?|pt|pth|ckpt)$/i;
/** Whether a file's name is a pickle's, by any name (PICKLE_NAME). */
export const isPickleFile = (name: string): boolean => PICKLE_NAME.test(name);
/** Named as a model's file or a pickle: found as a link too (third red team: svc/model.pkl linked to a pickle elsewhere was never looked at). */
const modelOrPickleNamed = (name: string): boolean => isModelFile(name) || PICKLE_NAME.test(name);

/** What git listed under a folder, taken ahead (gitListingAhead): undefined files when git could not list them. */
export interface GitListing {
  root: string;
  startRel: string;
  files: string[] | undefined;
}

/** `listing`: git's listing, if taken ahead; used only when it is of this root and folder. */
export function discover(repo: RepoFs, options: DiscoverOptions, listing?: GitListing): Discovery {
  const start = repo.resolveRel(options.scanPath);
  if (!start.ok) throw new UsageError(`cannot scan ${options.scanPath || '.'}: ${start.problem.message}`);
  const startStat = stat(start.abs);
  if (startStat.isFile()) {
    // By the name given: a manifest may be a link to a file of another name.
    if (!MANIFEST_NAMES.includes(path.posix.basename(start.rel))) {
      throw new UsageError(`${options.scanPath} is a file but not an ai-system.yaml manifest`);
    }
    return { manifests: [start.rel], cardCandidates: [], modelFiles: {}, pickleFiles: {}, via: 'walk' };
  }
  const listed = listing && listing.root === repo.root && listing.startRel === start.rel ? listing.files : gitListedFiles(repo.root, start.rel);
  return listed ? fromList(repo, listed, options) : walk(repo, start.rel, options);
}

/** The folder of a repository-relative file, '' at the root (Discovery.modelFiles' keys). */
export function folderOf(rel: string): string {
  const slash = rel.lastIndexOf('/');
  return slash < 0 ? '' : rel.slice(0, slash);
}

/**
 * For each system's folder (its manifest's, '' at the root), the model files discovery found in
 * it or below it, one for each folder that holds any (Discovery.modelFiles), sorted; a folder
 * with a manifest of its own below belongs to that system. A system whose manifest lists no
 * artifacts is asked for them when its folder holds a model (security/scan-covers-artifacts).
 * `manifests`: every manifest of the repository that could own a file, whether the run checks it or not.
 */
export function modelFilesBySystem(modelFiles: Readonly<Record<string, string>>, manifests: readonly string[]): Map<string, string[]> {
  const systemFolders = new Set(manifests.map(folderOf));
  // A Map: folder names are the repository's (`__proto__`, `constructor`).
  const bySystem = new Map<string, string[]>();
  for (const file of Object.values(modelFiles)) {
    for (let at = folderOf(file); ; at = folderOf(at)) {
      if (systemFolders.has(at)) {
        const files = bySystem.get(at);
        if (files) files.push(file);
        else bySystem.set(at, [file]);
        break;
      }
      if (at === '') break;
    }
  }
  for (const files of bySystem.values()) files.sort();
  return bySystem;
}

/** Told how many manifests discovery has found so far, as each is found (early-workers.ts starts threads by it). */
export type ManifestsFound = (count: number) => void;

/** Sorts candidate files into manifests and cards, as include and exclude allow. */
class Candidates {
  readonly manifests: string[] = [];
  readonly cardCandidates: string[] = [];
  private readonly modelFiles = new Map<string, string>();
  private readonly pickleFiles = new Map<string, string>();
  private readonly include: picomatch.Matcher | undefined;
  readonly exclude: picomatch.Matcher | undefined;

  /** @param found  told of each manifest found */
  constructor(
    options: DiscoverOptions,
    private readonly found?: ManifestsFound,
  ) {
    for (const [option, globs] of [['--include', options.include], ['--exclude', options.exclude]] as const) {
      for (const glob of globs ?? []) {
        const problem = globProblem(glob);
        if (problem) throw new UsageError(`${option} ${quoted(glob)}: ${problem}`);
      }
    }
    this.include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
    this.exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  }

  /** Whether a file is a candidate by name (before exclusions and file checks). */
  static named(name: string): boolean {
    return MANIFEST_NAMES.includes(name) || CARD_NAME.test(name) || isModelFile(name) || PICKLE_NAME.test(name);
  }

  /** Manifests that are symbolic links (done() drops one that is another manifest's alias). */
  private readonly links: string[] = [];

  add(rel: string, name: string, link = false): void {
    const kept = isModelFile(name) ? this.modelFiles : PICKLE_NAME.test(name) ? this.pickleFiles : undefined;
    if (kept) {
      const folder = folderOf(rel);
      // The first by name, whichever order the folder was read in.
      const known = kept.get(folder);
      if (known === undefined || rel < known) kept.set(folder, rel);
      return;
    }
    // With --include, a card outside it may belong to a manifest left out: not ours to judge.
    if (this.include && !this.include(rel)) return;
    if (MANIFEST_NAMES.includes(name)) {
      if (link) this.links.push(rel);
      this.manifests.push(rel);
      this.found?.(this.manifests.length);
    } else if (CARD_NAME.test(name)) this.cardCandidates.push(rel);
  }

  /**
   * The discovery. A manifest that is a link to another manifest found here is that system's
   * alias, not a second system (it would be a duplicate id, its relative paths read from the
   * wrong folder): it is dropped. Any other link is kept, for the check to read or refuse.
   */
  done(via: Discovery['via'], repo?: RepoFs): Discovery {
    let manifests = this.manifests.sort();
    if (repo && this.links.length > 0) {
      const found = new Set(manifests);
      const aliases = new Set(this.links.filter((rel) => {
        const target = repo.resolveRel(rel);
        if (!target.ok) return false;
        const real = repo.relative(target.abs);
        return real !== rel && found.has(real);
      }));
      manifests = manifests.filter((rel) => !aliases.has(rel));
    }
    return { manifests, cardCandidates: this.cardCandidates.sort(), modelFiles: Object.fromEntries(this.modelFiles), pickleFiles: Object.fromEntries(this.pickleFiles), via };
  }
}

/**
 * The files git lists under `startRel` (relative to `root`): tracked ones still on disk and
 * untracked ones not ignored. Undefined when `root` is not in a git work tree or git cannot run.
 */
export function gitListedFiles(root: string, startRel: string): string[] | undefined {
  return listedFiles(git(root, lsFilesArgs(startRel), MAX_LISTING_BYTES));
}

/**
 * gitListedFiles in another process, started now and read when the returned promise settles (it
 * never rejects): the caller goes on meanwhile. `root` as RepoFs has it; discover uses the
 * listing only if `startRel` is the folder it resolves the scan path to.
 */
export async function gitListingAhead(root: string, startRel: string): Promise<GitListing> {
  return { root, startRel, files: listedFiles(await gitAsync(root, lsFilesArgs(startRel), MAX_LISTING_BYTES)) };
}

const MAX_LISTING_BYTES = 1024 * 1024 * 1024;

function lsFilesArgs(startRel: string): string[] {
  // Untracked files under node_modules/ are installed packages, not the repository's: a Python
  // repository's .gitignore seldom lists node_modules, and modelgate's own package holds example
  // manifests. (-x applies to untracked files only: a tracked one there is still checked.)
  return ['--literal-pathspecs', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--exclude=node_modules/', '--', startRel || '.'];
}

function listedFiles(result: { status: number | null; stdout: Buffer | null }): string[] | undefined {
  if (result.status !== 0 || !result.stdout) return undefined;
  // A file with merge conflicts is listed once per stage.
  return [...new Set(result.stdout.toString('utf8').split('\0').filter(Boolean))];
}

function fromList(repo: RepoFs, files: readonly string[], options: DiscoverOptions, found?: ManifestsFound): Discovery {
  const candidates = new Candidates(options, found);
  for (const rel of files) {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (!Candidates.named(name) || excludedWithParents(rel, candidates.exclude)) continue;
    // Listed is not enough: a tracked file may be deleted, a link, or a submodule on disk. A
    // manifest is discovered whatever it is but a folder: a link or a FIFO is reported by the
    // check (the repository boundary reads a link that stays inside), never passed over unseen.
    const abs = path.join(repo.root, rel);
    if (!MANIFEST_NAMES.includes(name)) {
      if (isFile(abs) || (modelOrPickleNamed(name) && entryKind(abs) === 'link')) candidates.add(rel, name);
      continue;
    }
    const kind = entryKind(abs);
    if (kind !== undefined && kind !== 'folder') candidates.add(rel, name, kind === 'link');
  }
  return candidates.done('git', repo);
}

/**
 * The manifests among repository-relative paths (the files of a commit, say) that discovery
 * would find under `scanPath` with the same include and exclude globs.
 */
export function manifestsAmong(files: Iterable<string>, options: DiscoverOptions): string[] {
  const candidates = new Candidates(options);
  let dir = options.scanPath;
  while (dir.endsWith('/')) dir = dir.slice(0, -1);
  const prefix = dir ? `${dir}/` : '';
  for (const rel of files) {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (!MANIFEST_NAMES.includes(name) || (prefix && !rel.startsWith(prefix) && rel !== dir)) continue;
    if (!excludedWithParents(rel, candidates.exclude)) candidates.add(rel, name);
  }
  return candidates.done('git').manifests;
}

/** The first of `globs` that excludes `rel` (the file or a folder above it), if any. */
export function excludedBy(globs: readonly string[], rel: string): string | undefined {
  return globs.find((glob) => excludedWithParents(rel, picomatch(glob, { dot: true })));
}

/** An exclusion names a file or any folder above it (the walk prunes folders the same way). */
function excludedWithParents(rel: string, exclude: picomatch.Matcher | undefined): boolean {
  if (!exclude) return false;
  for (let end = rel.length; end > 0; end = rel.lastIndexOf('/', end - 1)) {
    if (exclude(rel.slice(0, end))) return true;
  }
  return false;
}

function walk(repo: RepoFs, startRel: string, options: DiscoverOptions, found?: ManifestsFound): Discovery {
  const walker = new Walker(options, startRel, found);
  for (let dirRel = walker.next(); dirRel !== undefined; dirRel = walker.next()) {
    let entries: Dirent[] | undefined;
    try {
      entries = dirEntries(path.join(repo.root, dirRel));
    } catch {
      entries = undefined;
    }
    walker.take(dirRel, entries);
  }
  return walker.candidates.done('walk', repo);
}

/**
 * discover, with the folders (when git does not list the files) read several at a time, unless
 * `found` is given: on a cold disk cache the walk waited on each folder in turn. The same systems,
 * in the same order; `found` is told of each manifest as it is found.
 */
export async function discoverAsync(repo: RepoFs, options: DiscoverOptions, listing?: GitListing, found?: ManifestsFound): Promise<Discovery> {
  const start = repo.resolveRel(options.scanPath);
  // Anything but a folder to walk (an error, a manifest named, a folder git lists) is discover's.
  if (!start.ok || !isDirectory(start.abs)) return discover(repo, options, listing);
  const listed = listing && listing.root === repo.root && listing.startRel === start.rel ? listing.files : gitListedFiles(repo.root, start.rel);
  if (listed) return fromList(repo, listed, options, found);
  // With threads to start as systems are found, the folders are read one at a time on this
  // thread: read several at a time, on libuv's threads, they kept the second core busy, and a
  // thread loading there gained nothing (1,000 systems of six rules: 1.5 s against 1.65 s).
  if (found) return walk(repo, start.rel, options, found);
  const walker = new Walker(options, start.rel);
  await dirEntriesConcurrently(repo.root, () => walker.next(), (dirRel, entries) => walker.take(dirRel, entries), FOLDERS_READ_AT_ONCE);
  return walker.candidates.done('walk', repo);
}

/** Folders read at once by discoverAsync (libuv's pool has four threads; more queue there). */
const FOLDERS_READ_AT_ONCE = 16;

/** The folder walk: which folder to read next, and what each folder's entries add. */
class Walker {
  readonly candidates: Candidates;
  private readonly pending: string[];

  constructor(options: DiscoverOptions, startRel: string, found?: ManifestsFound) {
    this.candidates = new Candidates(options, found);
    this.pending = [startRel];
  }

  next(): string | undefined {
    return this.pending.pop();
  }

  /** A folder's entries (undefined when it cannot be read: nothing in it can be a system we could read anyway). */
  take(dirRel: string, entries: readonly Dirent[] | undefined): void {
    const exclude = this.candidates.exclude;
    for (const entry of entries ?? []) {
      // Only a folder, or a file named like a candidate, needs its path (the sorted result does
      // not depend on the order folders are read in).
      const isFolder = entry.isDirectory();
      // A manifest may be a link or a special file (fromList says why); other candidates are files.
      if (isFolder ? SKIPPED_DIRECTORIES.has(entry.name) : !(entry.isFile() ? Candidates.named(entry.name) : MANIFEST_NAMES.includes(entry.name) || (entry.isSymbolicLink() && modelOrPickleNamed(entry.name)))) continue;
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      if (exclude?.(rel)) continue;
      if (isFolder) this.pending.push(rel);
      else this.candidates.add(rel, entry.name, entry.isSymbolicLink());
      // Symbolic links and special files are never walked into, nor discovered but as manifests,
      // model files and pickles.
    }
  }
}
