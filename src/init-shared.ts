/**
 * Where `modelgate init` looks for a system's evidence outside its own folder, and whose a file
 * found there is. Repositories keep reports in `reports/`, `docs/`, `evaluation/`, `monitoring/`
 * or `governance/`, at the root or beside the system's folder; init looks there, and only there:
 *
 * - in each folder above the system's (and above its model's, with --model), up to the
 *   repository's root, a folder of one of those names (SHARED_FOLDERS) that is a folder, not a
 *   link; the climb stops at a folder that holds another system's manifest (what is below it is
 *   that system's) and at a link;
 * - that folder's files and those of its subfolders, one level down (SHARED_DEPTH), never
 *   through a link, never into a folder with a manifest of its own, a dot-folder, node_modules or
 *   a run store; a folder of more than MAX_ENTRIES entries is passed over, and at most MAX_FILES
 *   files are read in all.
 *
 * A file found there is the system's when no other system could claim it (no other system's
 * folder, or folder of model files, lies under the folder the shared one is in), or when its path
 * names this system (`reports/fraud-api/fairness.json` for services/fraud-api) and no other.
 * Anything else is left for the team to cite, and init says why.
 */
import * as path from 'node:path';
import { dirEntries, entryKind, isWithin, realPath, type Dirent } from './fs/local.js';
import { MANIFEST_NAMES } from './load/manifest.js';

/** The folders, by name, where repositories keep reports and documents about their systems. */
export const SHARED_FOLDERS = ['reports', 'docs', 'evaluation', 'eval', 'monitoring', 'governance'];
/** How deep below a shared folder init looks: its own files and its subfolders'. */
const SHARED_DEPTH = 1;
/** A folder with more entries than this is passed over (a docs site's build, a data dump). */
const MAX_ENTRIES = 500;
/** The most files init reads from shared folders, in all. */
const MAX_FILES = 400;
/** Folders whose model files are no system's: tests' fixtures, MLflow's run stores. */
const NO_SYSTEM = new Set(['test', 'tests', 'testdata', 'fixtures', '__fixtures__', 'mlruns', 'mlartifacts', 'node_modules']);
/** Folder names that say nothing of which system a folder is (`services/fraud-api/model`: fraud-api). */
const GENERIC = new Set(['model', 'models', 'artifacts', 'artifact', 'weights', 'checkpoints', 'export', 'exported', 'output', 'outputs', 'serving', 'service', 'services', 'app', 'apps', 'src', 'deploy', 'deployment', 'ml', 'latest', 'final', 'current']);
/** Folders a walk leaves out: git's data, dependencies and run stores. */
const SKIPPED = new Set(['node_modules', 'mlruns', 'mlartifacts']);

/** A file found in a shared folder: its path, the shared folder and the folder that holds that. */
export interface SharedFile {
  file: string;
  shared: string;
  above: string;
}

export interface SharedSearch {
  files: SharedFile[];
  /** What was passed over, and why, for init to print. */
  notes: string[];
}

/**
 * The files of the shared folders above `own` (the system's folder, and its model's), inside
 * `root`. All paths absolute.
 */
export function sharedFiles(root: string, own: readonly string[]): SharedSearch {
  const found: SharedSearch = { files: [], notes: [] };
  const seen = new Set<string>();
  const realRoot = realPath(root);
  for (const above of foldersAbove(root, own)) {
    for (const name of SHARED_FOLDERS) {
      const shared = path.join(above, name);
      if (seen.has(shared) || entryKind(shared) !== 'folder' || !isWithin(realRoot, realPath(shared))) continue;
      seen.add(shared);
      walk(shared, own, found, above, root);
    }
  }
  return found;
}

/** The folders above each of `own`, nearest first, up to `root`: none at or above one holding a manifest, or a link. */
function foldersAbove(root: string, own: readonly string[]): string[] {
  const above: string[] = [];
  for (const start of own) {
    let folder = start;
    while (folder !== root && isWithin(root, folder)) {
      folder = path.dirname(folder);
      if (entryKind(folder) !== 'folder' || holdsManifest(folder)) break;
      if (!above.includes(folder)) above.push(folder);
    }
  }
  return above;
}

function holdsManifest(folder: string): boolean {
  return MANIFEST_NAMES.some((name) => entryKind(path.join(folder, name)) !== undefined);
}

function walk(shared: string, own: readonly string[], found: SharedSearch, above: string, root: string): void {
  const pending: Array<{ folder: string; depth: number }> = [{ folder: shared, depth: 0 }];
  while (pending.length > 0) {
    const { folder, depth } = pending.shift() as { folder: string; depth: number };
    let entries: Dirent[];
    try {
      entries = dirEntries(folder);
    } catch {
      continue;
    }
    const shown = `${path.relative(root, folder).split(path.sep).join('/')}/`;
    if (entries.length > MAX_ENTRIES) {
      found.notes.push(`${shown} not read: more than ${MAX_ENTRIES} entries`);
      continue;
    }
    // Another system's folder, below the shared one: its files are its own.
    if (entries.some((entry) => MANIFEST_NAMES.includes(entry.name))) continue;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      // The system's own folders were read whole already.
      if (own.some((mine) => isWithin(mine, full))) continue;
      if (entry.isDirectory()) {
        if (depth < SHARED_DEPTH && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) pending.push({ folder: full, depth: depth + 1 });
      } else if (entry.isFile()) {
        if (found.files.length >= MAX_FILES) {
          found.notes.push(`${shown} and the shared folders after it not read in full: init reads at most ${MAX_FILES} files of shared folders`);
          pending.length = 0;
          break;
        }
        found.files.push({ file: full, shared, above });
      }
    }
  }
}

/**
 * The folders of the repository's other systems, as a shared file's claimants: `manifests`'
 * folders (not `ownManifest`), and each folder that holds model files (`modelFolders`) outside
 * every system's folder and outside tests' fixtures and run stores. All repository-relative in,
 * absolute out; none in or above `own`.
 */
export function otherSystems(root: string, own: readonly string[], manifests: readonly string[], ownManifest: string, modelFolders: readonly string[]): string[] {
  const abs = (rel: string) => path.join(root, rel);
  const systems = manifests.filter((file) => file !== ownManifest).map((file) => abs(path.posix.dirname(file)));
  const mine = (folder: string) => own.some((o) => isWithin(o, folder) || isWithin(folder, o));
  const others = systems.filter((folder) => !mine(folder));
  for (const rel of modelFolders) {
    const folder = abs(rel);
    if (rel.split('/').some((segment) => NO_SYSTEM.has(segment.toLowerCase())) || mine(folder) || systems.some((system) => isWithin(system, folder))) continue;
    if (!others.includes(folder)) others.push(folder);
  }
  return others.sort();
}

/**
 * Whether the shared file is the system's (`own`, its folders), given the other systems'
 * folders: undefined when it is, else why not, in words for init to print.
 */
export function notOwn(found: SharedFile, own: readonly string[], others: readonly string[], root: string): string | undefined {
  const rivals = others.filter((folder) => isWithin(found.above, folder));
  if (rivals.length === 0) return undefined;
  const words = tokens(path.relative(found.shared, found.file));
  const named = (folders: readonly string[]) => folders.some((folder) => containsRun(words, nameWords(systemName(folder, found.above))));
  const rivalNamed = rivals.filter((folder) => named([folder]));
  if (named(own) && rivalNamed.length === 0) return undefined;
  const sharedShown = `${path.relative(root, found.shared).split(path.sep).join('/')}/`;
  const rel = (folder: string) => path.relative(root, folder).split(path.sep).join('/');
  const listed = rivals.slice(0, 3).map(rel).join(', ') + (rivals.length > 3 ? ` and ${rivals.length - 3} more` : '');
  return rivalNamed.length > 0
    ? `its path names ${rel(rivalNamed[0] as string)}`
    : `${sharedShown} is shared with ${listed}, and its path names ${rivals.length === 1 ? 'neither system' : 'none of the systems'} (cite it by hand in the manifest of the system it is about)`;
}

/** The name that says which system a folder is: its path's last segment (below `above`) that is not a generic one. */
function systemName(folder: string, above: string): string {
  const segments = path.relative(above, folder).split(path.sep).filter((s) => s !== '');
  return [...segments].reverse().find((segment) => !GENERIC.has(segment.toLowerCase())) ?? segments[segments.length - 1] ?? '';
}

/** Words of a folder's name that say nothing of which system it is (`fraud-api` is fraud's). */
const GENERIC_WORDS = new Set(['api', 'svc', 'service', 'server', 'app', 'model', 'models']);

/** The words that name a system: its name's, less the generic ones (all of them when every one is). */
function nameWords(name: string): string[] {
  const words = tokens(name);
  const telling = words.filter((word) => !GENERIC_WORDS.has(word));
  return telling.length > 0 ? telling : words;
}

/** A path's words: lower case, letters and digits. */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Whether `words` holds `run`, one word after another. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, i) => words[start + i] === word)) return true;
  }
  return false;
}
