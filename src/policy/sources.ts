/**
 * Reading policy packs: every pack a policy names, and every pack those extend, found and parsed
 * into a tree before anything is resolved. A pack comes from modelgate itself (a bundled name),
 * from this repository (the disk, or a pull request's base commit), or from another repository
 * pinned to a commit. The walk is written once, as a generator that asks for each remote pack it
 * needs: the CLI answers from local clones as it goes (readPackTree), the Action fetches them
 * from the GitHub API before the run starts (fetchPackTree).
 */
import * as path from 'node:path';
import { assetNames, assetPath, readAssetText } from '../fs/assets.js';
import { exists } from '../fs/local.js';
import { checkSchema } from '../load/schema.js';
import { closest } from '../text/closest.js';
import { positionOfIssue, type SourceDoc } from '../load/source-doc.js';
import { parseYaml } from '../load/yaml.js';
import { RepoFs, type FileSource } from '../fs/repo-fs.js';
import { formatPath, UsageError, type Location, type PathSegment } from '../types.js';
import { loadFrameworks, unknownControlReference, unknownCoverageControl, type FrameworkKey } from './frameworks.js';
import { displayRemote, isBundledName, parseRemoteDir, parseRemoteRef, remoteDir, remoteKey, type RemoteRef } from './reference.js';
import { fromSnapshot } from './snapshot.js';
import type { RawPack } from './types.js';

export const MAX_PACK_BYTES = 1024 * 1024;

/** A remote pack's text, or why it cannot be had. */
export type RemoteText = string | { error: string };

/** Pinned packs of other repositories, read synchronously: a local clone (CLI) or packs fetched ahead (Action). */
export interface RemotePacks {
  read(ref: RemoteRef): RemoteText;
}

/** Where local (non-bundled) pack files come from. */
export interface PackFiles {
  /** Resolves `ref` as written in a pack in `fromDir` (undefined for the top-level ref). */
  resolve(ref: string, fromDir: string | undefined): { key: string; dir: string; display: string } | { error: string };
  /** The text of a resolved pack, or why it cannot be read. */
  read(key: string, display: string): string | { error: string };
}

/** One pack as read, with the packs it extends, in order. */
export interface PackNode {
  /** Identifies the file, for cycle detection (`bundled:baseline`, a path, `remote:…`). */
  key: string;
  /** Its name in messages: bundled packs by name, files by path, remote packs shortened. */
  display: string;
  pack: RawPack;
  /** The parsed pack, to locate a problem at its line. */
  doc: SourceDoc;
  parents: PackNode[];
}

/** The walk: yields each remote pack it needs and is sent its text. */
export type PackWalk = Generator<RemoteRef, PackNode, RemoteText>;

/** The pack `ref` and everything it extends, answering remote packs from `remote` as they come. */
export function readPackTree(ref: string, files: PackFiles, remote?: RemotePacks): PackNode {
  const walk = walkPacks(ref, files);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    const needed = step.value;
    step = remote
      ? walk.next(remote.read(needed))
      : walk.throw(
          new UsageError(
            `policy pack ${displayRemote(needed)} is in another repository: run in the Action (it fetches pinned packs), or give a local clone with --policy-checkout ${needed.owner}/${needed.repo}=<dir>`,
          ),
        );
  }
}

/** The same walk, fetching each remote pack with `fetch` (the GitHub API) as it is needed. */
export async function fetchPackTree(ref: string, files: PackFiles, fetch: (ref: RemoteRef) => Promise<RemoteText>): Promise<PackNode> {
  const walk = walkPacks(ref, files);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    step = walk.next(await fetch(step.value));
  }
}

/**
 * Packs a policy may extend, counting each time one is extended: a pack named twice by each of
 * twenty packs in a chain is a million walks (a pull request's policy is walked too). Far above
 * any real policy (the bundled ones extend at most 3).
 */
export const MAX_PACKS_EXTENDED = 200;
/** Distinct packs of other repositories one policy may fetch with the workflow's token. */
export const MAX_REMOTE_PACKS = 50;

/** What one walk has seen: every pack parsed once, and the counts the limits above bound. */
interface WalkState {
  files: PackFiles;
  extended: number;
  remotes: Set<string>;
  parsed: Map<string, { pack: RawPack; doc: SourceDoc }>;
}

function walkPacks(ref: string, files: PackFiles): PackWalk {
  return walkPack(ref, undefined, [], { files, extended: 0, remotes: new Set(), parsed: new Map() });
}

function* walkPack(ref: string, fromDir: string | undefined, chain: ReadonlyArray<{ key: string; display: string }>, state: WalkState): PackWalk {
  if (++state.extended > MAX_PACKS_EXTENDED) throw new UsageError(`the policy extends more than ${MAX_PACKS_EXTENDED} packs, counting each time one is extended`);
  const { key, dir, display, text, bundled } = yield* locatePack(ref, fromDir, chain, state);
  if (chain.some((c) => c.key === key)) {
    throw new UsageError(`policy packs extend each other in a cycle: ${[...chain.map((c) => c.display), display].join(' → ')}`);
  }
  let parsed = state.parsed.get(key);
  if (!parsed) state.parsed.set(key, (parsed = parsePack(text, display, bundled)));
  const { pack, doc } = parsed;
  const parents: PackNode[] = [];
  const named = pack.extends === undefined ? [] : ([] as string[]).concat(pack.extends);
  for (const [index, parent] of named.entries()) {
    try {
      parents.push(yield* walkPack(parent, dir, [...chain, { key, display }], state));
    } catch (error) {
      // A problem with a pack it names is shown at the `extends` entry that names it.
      if (error instanceof UsageError && !error.location) {
        throw new UsageError(error.message, locate(doc, display, Array.isArray(pack.extends) ? ['extends', index] : ['extends']));
      }
      throw error;
    }
  }
  return { key, display, pack, doc, parents };
}

/**
 * Finds and reads a pack: bundled by name (from modelgate's own files), remote when pinned
 * (`owner/repo/path@sha`; relative extends inside it stay in that repository at that commit),
 * local through `files`.
 */
function* locatePack(
  ref: string,
  fromDir: string | undefined,
  chain: ReadonlyArray<{ display: string }>,
  state: WalkState,
): Generator<RemoteRef, { key: string; dir: string | undefined; display: string; text: string; bundled?: boolean }, RemoteText> {
  const { files } = state;
  const trimmed = ref.trim();
  if (isBundledName(trimmed)) {
    if (!exists(assetPath('policies', `${trimmed}.yaml`))) {
      const guess = closest(trimmed, bundledPackNames());
      throw new UsageError(
        `unknown policy pack "${trimmed}"${guess ? ` (did you mean "${guess}"?)` : ''}; bundled packs: ${bundledPackNames().join(', ')}; or give a path to a .yaml file`,
      );
    }
    // A bundled pack's own extends are bundled names; it has no directory of local files.
    return { key: `bundled:${trimmed}`, dir: fromDir, display: trimmed, text: readAssetText('policies', `${trimmed}.yaml`), bundled: true };
  }
  const inRemote = fromDir?.startsWith('remote:') ? parseRemoteDir(fromDir) : undefined;
  if (trimmed.includes('@') || inRemote) {
    const remote = trimmed.includes('@')
      ? parseRemoteRef(trimmed)
      : { ...(inRemote as RemoteRef), path: path.posix.normalize(path.posix.join(inRemote?.path ?? '', trimmed)) };
    if (remote.path.startsWith('../')) throw new UsageError(`policy pack ${trimmed} leaves the repository ${remote.owner}/${remote.repo}`);
    state.remotes.add(remoteKey(remote));
    if (state.remotes.size > MAX_REMOTE_PACKS) throw new UsageError(`the policy extends more than ${MAX_REMOTE_PACKS} packs of other repositories`);
    const text = yield remote;
    if (typeof text !== 'string') throw new UsageError(`policy pack ${displayRemote(remote)}: ${text.error}`);
    return { key: `remote:${remote.owner}/${remote.repo}/${remote.path}@${remote.sha}`, dir: remoteDir(remote, path.posix.dirname(remote.path)), display: displayRemote(remote), text };
  }
  const from = chain.length ? ` (extended from ${(chain[chain.length - 1] as { display: string }).display})` : '';
  const found = files.resolve(trimmed, fromDir);
  if ('error' in found) throw new UsageError(`${found.error}${from}`);
  const text = files.read(found.key, found.display);
  if (typeof text !== 'string') throw new UsageError(`${text.error}${from}`);
  return { ...found, text };
}

/**
 * A pack's text as a checked mapping. `trusted` (bundled files): read from the build's snapshot
 * when it has this exact text, and not checked against the schema (the test suite checks them).
 */
export function parsePack(text: string, display: string, trusted = false): { pack: RawPack; doc: SourceDoc } {
  if (Buffer.byteLength(text, 'utf8') > MAX_PACK_BYTES) throw new UsageError(`policy pack ${display} is over 1 MB`);
  const snapshot = trusted ? fromSnapshot(text, display) : undefined;
  if (snapshot) return { pack: snapshot.value as RawPack, doc: snapshot };
  const parsed = parseYaml(text, { file: display });
  if (!parsed.ok) {
    throw new UsageError(parsed.error.message, { file: display, line: parsed.error.line, column: parsed.error.column });
  }
  const value = parsed.doc.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError('a policy pack must be a mapping with name, extends and rules', { file: display, line: 1, column: 1 });
  }
  const first = trusted ? undefined : checkSchema('policy-pack.schema.json', value)[0];
  if (first) {
    const { line, column } = positionOfIssue(parsed.doc, first);
    throw new UsageError(first.message, { file: display, line, column });
  }
  if (!trusted) checkControlReferences(value as RawPack, parsed.doc, display);
  return { pack: value as RawPack, doc: parsed.doc };
}

/** The keys of a rule that map it to framework controls, each checked by checkControlReferences. */
export const RULE_MAPPING_KEYS = ['evidences', 'supports'] as const;

/**
 * Every control id a pack names exists: a rule's mapping cites an identifier of the framework
 * (for the EU AI Act any article, paragraph, point or annex provision), and a `frameworks:` list
 * names controls the framework reports. Runs after the schema, which has checked the shapes.
 */
export function checkControlReferences(pack: RawPack, doc: SourceDoc, display: string): void {
  const catalogs = loadFrameworks();
  for (const [id, rule] of Object.entries(pack.rules ?? {})) {
    if (typeof rule !== 'object' || rule === null) continue;
    for (const key of RULE_MAPPING_KEYS) {
      for (const [framework, references] of Object.entries(rule[key] ?? {}) as Array<[FrameworkKey, string[]]>) {
        const catalog = catalogs.get(framework);
        references.forEach((reference, index) => {
          const problem = catalog && unknownControlReference(catalog, reference);
          if (problem) refuse(['rules', id, key, framework, index], reference, problem);
        });
      }
    }
  }
  for (const [framework, scope] of Object.entries(pack.frameworks ?? {}) as Array<[FrameworkKey, 'all' | string[]]>) {
    const catalog = catalogs.get(framework);
    if (!catalog || scope === 'all') continue;
    scope.forEach((control, index) => {
      const problem = unknownCoverageControl(catalog, control);
      if (problem) refuse(['frameworks', framework, index], control, problem);
    });
  }

  function refuse(at: PathSegment[], reference: string, problem: string): never {
    const quoted = JSON.stringify(reference.length > 60 ? `${reference.slice(0, 59)}…` : reference);
    throw new UsageError(`${formatPath(at)}: ${quoted} ${problem}`, locate(doc, display, at));
  }
}

export function locate(doc: SourceDoc, file: string, at: readonly PathSegment[]): Location {
  const { line, column } = doc.locate(at);
  return { file, line, column };
}

/** Where the key that ends `at` is written: an unknown rule id or control is the key, not its value. */
export function locateKey(doc: SourceDoc, file: string, at: readonly PathSegment[]): Location {
  const { line, column } = doc.locateKey ? doc.locateKey(at) : doc.locate(at);
  return { file, line, column };
}

/** Names of the packs that ship with modelgate (`baseline`, …). */
export function bundledPackNames(): string[] {
  return assetNames(['policies'], '.yaml').map((f) => f.slice(0, -'.yaml'.length));
}

/**
 * Pack files on disk, read through a repository boundary like any cited file: `extends` is text
 * a pack's author chose, so no absolute path, `..`, link out of the boundary or special file
 * (such as /proc/self/environ) is opened. The boundary is the git repository holding the policy
 * named on the command line (trusted, and may be absolute), else that policy's own folder.
 */
export function packFilesOnDisk(baseDir: string): PackFiles {
  let tree: PackFiles | undefined;
  return {
    resolve(ref, fromDir) {
      if (tree && fromDir !== undefined) return tree.resolve(ref, fromDir);
      const file = path.resolve(baseDir, ref);
      const root = packRoot(path.dirname(file));
      tree = packFilesIn(new RepoFs(root, { maxFileBytes: MAX_PACK_BYTES }), '');
      return tree.resolve(path.relative(root, file).split(path.sep).join('/'), '');
    },
    read: (key, display) => (tree ? tree.read(key, display) : { error: `policy pack ${display} was not resolved` }),
  };
}

/** The git repository holding `dir`, else `dir` itself. */
function packRoot(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (exists(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return dir;
  }
}

/**
 * Pack files in a tree of repository files (the base commit of a pull request): paths are
 * repository-relative, resolved with the same rules as any cited file, never leaving the tree.
 */
export function packFilesIn(source: FileSource, label: string): PackFiles {
  return {
    resolve(ref, fromDir) {
      const resolved = source.resolve(ref, fromDir ?? '');
      const where = label ? ` ${label}` : '';
      if (!resolved.ok) return { error: `policy pack ${ref} ${resolved.problem.kind === 'missing' ? `does not exist${where}` : `cannot be read${where}: ${resolved.problem.message}`}` };
      return { key: resolved.rel, dir: path.posix.dirname(resolved.rel), display: resolved.rel };
    },
    read(key) {
      const text = source.readText(key);
      return text.ok ? text.text : { error: text.problem.message };
    },
  };
}
