/**
 * Evidence about the model left as it was while the model changed: a pull request that ships a
 * new model file (a sha256 the base commit's artifacts did not have) and cites the security scan,
 * robustness run or bias report of the base commit, unchanged, cites a test of the earlier file (red team: a
 * retrained model shipped with the previous version's scans, its artifact's date left alone).
 * Real reruns never reproduce a report byte for byte (a timestamp, a run id), so an unchanged
 * report is an old one.
 */
import { posix } from 'node:path';
import { isUri, normaliseCitation } from '../fs/repo-fs.js';
import { declaredArtifacts, type AiSystem, type DeclaredArtifact } from '../load/manifest.js';
import type { BaseSystem, SystemContext } from './check.js';
import { parseDate } from './dates.js';
import { modelFolders } from './security-scan/model-folder.js';

/**
 * How the model files a pull request ships differ from the base commit's, for the files the base
 * gave a sha256 (the only way to tell a file from another): a sha256 changed or taken away at the
 * same path, or a file listed under a new path while one of the base's is gone (its replacement,
 * unless it carries a sha256 the base had); and, where nothing replaced them, the base's files no
 * longer listed at all. Paths compare as cited (normaliseCitation).
 */
export interface ArtifactChanges {
  changed: Array<{ index: number; path: string; was: string; sha256?: string } & ({ kind: 'digest-changed' } | { kind: 'digest-removed' } | { kind: 'replaced'; gone: string })>;
  /** The base's files (path, sha256) neither listed nor replaced. */
  takenOut: Array<[string, string]>;
}

export function artifactChanges(then: AiSystem, now: AiSystem): ArtifactChanges {
  const before = new Map<string, string>();
  for (const { path, sha256 } of declaredArtifacts(then)) if (sha256 !== undefined && !before.has(keyOf(path))) before.set(keyOf(path), sha256);
  const current = declaredArtifacts(now);
  const currentPaths = new Set(current.map(({ path }) => keyOf(path)));
  const baseDigests = new Set(before.values());
  const replaced = [...before.keys()].find((file) => !currentPaths.has(file));
  const changed: ArtifactChanges['changed'] = [];
  for (const { index, path, sha256 } of current) {
    const was = before.get(keyOf(path));
    const digest = sha256 === undefined ? {} : { sha256 };
    if (was !== undefined) {
      if (sha256 === undefined) changed.push({ index, path, was, kind: 'digest-removed' });
      else if (sha256 !== was) changed.push({ index, path, was, ...digest, kind: 'digest-changed' });
    } else if (replaced !== undefined && (sha256 === undefined || !baseDigests.has(sha256))) {
      changed.push({ index, path, was: before.get(replaced) as string, ...digest, kind: 'replaced', gone: replaced });
    }
  }
  const currentDigests = new Set(current.map(({ sha256 }) => sha256));
  const takenOut = changed.some((change) => change.kind === 'replaced') ? [] : [...before].filter(([file, digest]) => !currentPaths.has(file) && !currentDigests.has(digest));
  return { changed, takenOut };
}

/**
 * The first artifact among those `covers` (default: all) that is not the file the base commit
 * shipped (artifactChanges, else swappedFile), when the report `cited` is, unchanged, one the base commit cited
 * (`citedBefore` lists the base manifest's citations of its kind; red team: a report moved to a
 * new path passed), and how it changed; else undefined. `as`: where the base cited it, when that
 * is not `cited`.
 */
export function reportOfEarlierModel(
  system: SystemContext,
  cited: string,
  citedBefore: (manifest: AiSystem) => unknown,
  covers: (path: string) => boolean = () => true,
): { path: string; commit: string; how: string; as?: string } | undefined {
  const base = system.base;
  if (!base) return undefined;
  const digest = system.evidence.valueDigest(cited);
  if (digest === undefined) return undefined;
  const listed = citedBefore(base.manifest.data as AiSystem);
  const paths = [cited, ...(Array.isArray(listed) ? listed : []).map((entry) => (entry as { path?: unknown } | null)?.path).filter((path): path is string => typeof path === 'string' && path !== cited)];
  const was = paths.find((path) => base.evidence.valueDigest(path) === digest);
  if (was === undefined) return undefined;
  const change = artifactChanges(base.manifest.data as AiSystem, system.manifest.data as AiSystem).changed.find(({ path }) => covers(path));
  if (!change) {
    const swapped = swappedFile(system, base, covers);
    return swapped === undefined ? undefined : { ...swapped, commit: base.commit, ...(was === cited ? {} : { as: was }) };
  }
  // A sha256 taken away hides whether the file changed (from a review: dropping it passed).
  const baseDigests = new Set(declaredArtifacts(base.manifest.data as AiSystem).map(({ sha256 }) => sha256));
  const how =
    change.sha256 === undefined ? "no sha256, where the base's artifact had one" : baseDigests.has(change.sha256) ? "the sha256 another of the base's artifacts had" : "a sha256 the base's artifacts did not have";
  return { path: change.path, commit: base.commit, how, ...(was === cited ? {} : { as: was }) };
}

/**
 * The first artifact among those `covers` that the repository holds as another file than the
 * base commit did, and how, whatever sha256 the manifest declares or leaves out (red teams: a
 * pickle swapped in passed, with no sha256, with its new one declared for the first time, moved
 * to a new path, or behind a link):
 * - a file (or link) the base held at that path, changed since as git says
 *   (GitTreeSource.changedInWorkTree: line endings and Git LFS content fetched in place of its
 *   pointer change nothing, and unchanged files are not read), or the file a link leads to;
 * - a file the base held, when a .gitattributes in its folder or one above changed (an `ident`
 *   or `text` attribute turns an unchanged blob into other bytes on checkout), or the submodule
 *   holding it did;
 * - a path the base did not list, in place of an in-repository file it listed and no longer
 *   does, unless it holds the blob of one of those (a file moved: git's blob ids compared), or
 *   the base held it unchanged (a file listed that was there already).
 */
export function swappedFile(system: SystemContext, base: BaseSystem, covers: (path: string) => boolean = () => true): { path: string; how: string } | undefined {
  const changed = base.evidence.repo.changedInWorkTree?.();
  const before = declaredArtifacts(base.manifest.data as AiSystem);
  const now = declaredArtifacts(system.manifest.data as AiSystem);
  const listedBefore = new Set(before.map(({ path }) => keyOf(path)));
  const listedNow = new Set(now.map(({ path }) => keyOf(path)));
  const heldAtBase = (path: string): string | undefined => {
    if (isUri(path)) return undefined;
    // What the base held there, a link included (the base's files refuse links, but name them).
    const then = base.evidence.repo.resolve(path, base.manifest.dir);
    return then.ok ? then.rel : then.problem.kind === 'missing' ? undefined : then.rel;
  };
  // What git names as changed in a folder above a file the base held: the folder itself (a
  // submodule whose commit moved or whose files changed, red team: a pickle swapped in a
  // submodule passed; or a link or file in its place), or a .gitattributes there.
  const changedAbove = (rel: string): { folder: string } | { attributes: true } | undefined => {
    if (!changed) return undefined;
    for (let end = rel.lastIndexOf('/'); ; end = rel.lastIndexOf('/', end - 1)) {
      const folder = end < 0 ? '' : rel.slice(0, end);
      // A submodule whose commit moved changes only the files git there says changed.
      if (folder !== '' && changed.has(folder) && base.evidence.repo.submoduleFileChanged?.(folder, rel) !== false) return { folder };
      // Only if it gives the file other attributes (a line for *.parquet changes no model file).
      if (changed.has(folder === '' ? '.gitattributes' : `${folder}/.gitattributes`) && base.evidence.repo.attributesDiffer?.(rel) !== false) return { attributes: true };
      if (end < 0) return undefined;
    }
  };
  const dropped = before.filter(({ path }) => !listedNow.has(keyOf(path)) && heldAtBase(path) !== undefined);
  for (const { path } of now) {
    if (!covers(path)) continue;
    const held = heldAtBase(path);
    if (!listedBefore.has(keyOf(path)) && dropped.length > 0) {
      const unchangedHere = held !== undefined && changed !== undefined && !changed.has(held) && !changedAbove(held);
      if (!unchangedHere && !dropped.some((gone) => sameBlob(system, base, path, gone.path))) {
        return { path, how: `taken the place of ${dropped.map((gone) => gone.path).join(', ')}, which the base commit listed` };
      }
    }
    if (held === undefined || !changed) continue;
    if (changed.has(held)) return { path, how: 'changed since the base commit (git compares the file itself)' };
    const above = changedAbove(held);
    if (above) return { path, how: 'folder' in above ? `changed since the base commit (it lies under ${above.folder}, which git says changed)` : 'a .gitattributes changed since the base commit, which decides how git compares the file' };
    const leadsTo = system.evidence.whereIs(path);
    if (leadsTo === undefined || leadsTo === held) continue;
    if (changed.has(leadsTo)) return { path, how: `changed since the base commit (${leadsTo}, the file its link leads to)` };
    // Red team: a link to a file in a submodule, the submodule moved.
    const aboveTarget = changedAbove(leadsTo);
    if (aboveTarget && 'folder' in aboveTarget) return { path, how: `changed since the base commit (${leadsTo}, the file its link leads to, lies under ${aboveTarget.folder}, which git says changed)` };
  }
  // Every listed file's folder: a scan may have skipped the listed file and read the one beside it (review).
  return changed ? changedBeside(system, now, changed, covers, (rel) => changedAbove(rel) !== undefined) : undefined;
}

/**
 * A file the loader reads from a listed model file's folder (modelFolders: weights of either
 * kind, Python a config imports), not listed itself, that `covers` and that git says changed (or
 * that is new) since the base commit (red team: a pickled pytorch_model.bin beside the model,
 * and the modeling code a config imports, swapped, the reports left as the base cited them).
 * Other files there (a README) are no change of the model.
 */
function changedBeside(system: SystemContext, artifacts: readonly DeclaredArtifact[], changed: ReadonlySet<string>, covers: (path: string) => boolean, changedAbove: (rel: string) => boolean): { path: string; how: string } | undefined {
  const listed = new Set(artifacts.map(({ path }) => keyOf(path)));
  for (const { file, beside } of modelFolders(system, artifacts).files) {
    if (listed.has(keyOf(file)) || !covers(file)) continue;
    const rel = keyOf(posix.join(system.manifest.dir || '.', file));
    const leadsTo = system.evidence.whereIs(file);
    // In a submodule whose commit moved, as git there says (a pickle swapped beside a listed file left as it was).
    if (changed.has(rel) || changedAbove(rel) || (leadsTo !== undefined && (changed.has(leadsTo) || changedAbove(leadsTo)))) return { path: file, how: `changed since the base commit (it lies beside ${beside.path}, which ships, and a loader reads it from that folder)` };
  }
  return undefined;
}

/** Whether the working tree's file at `path` is the blob the base held at `was` (a file moved, not replaced), as git's ids say. */
function sameBlob(system: SystemContext, base: BaseSystem, path: string, was: string): boolean {
  const now = system.evidence.dataFile(path);
  const then = base.evidence.dataFile(was);
  if (!now.ok || !then.ok) return false;
  const blob = base.evidence.repo.blobId?.(then.value.rel);
  return blob !== undefined && base.evidence.repo.workTreeBlobId?.(now.value.rel) === blob;
}

/** A cited path as artifacts compare. */
function keyOf(file: string): string {
  const cited = normaliseCitation(file);
  return cited.ok ? cited.rel : file.trim();
}

/**
 * The newest model file the manifest dates (artifacts[].date) after evidence dated `evidence`,
 * by calendar day, with `graceDays` allowed for time zones: the evidence was about an earlier
 * build (tools write local time without a zone, so days are compared, not instants).
 */
export function producedAfter(data: AiSystem, evidence: string, graceDays = 0): { path: string; date: string } | undefined {
  const when = parseDate(evidence);
  if (!when) return undefined;
  const last = graceDays === 0 ? evidence.slice(0, 10) : new Date(when.getTime() + graceDays * 86_400_000).toISOString().slice(0, 10);
  let newest: DeclaredArtifact & { date: string; day: string } | undefined;
  for (const artifact of declaredArtifacts(data)) {
    const day = artifact.date?.trim().slice(0, 10);
    if (artifact.date !== undefined && day !== undefined && day > last && (!newest || day > newest.day)) newest = { ...artifact, date: artifact.date, day };
  }
  return newest && { path: newest.path, date: newest.date };
}
