/**
 * Evidence about the model left as it was while the model changed: a pull request that ships a
 * new model file (a sha256 the base commit's artifacts did not have) and cites the security scan
 * or robustness run of the base commit, unchanged, cites a test of the earlier file (red team: a
 * retrained model shipped with the previous version's scans, its artifact's date left alone).
 * Real reruns never reproduce a report byte for byte (a timestamp, a run id), so an unchanged
 * report is an old one.
 */
import { normaliseCitation } from '../fs/repo-fs.js';
import type { AiSystem } from '../load/manifest.js';
import type { SystemContext } from './check.js';

/**
 * The first artifact whose sha256 the base commit's artifacts did not have, or whose sha256 the
 * pull request took away, among those `covers` (default: all), when the report `cited` is
 * unchanged since the base commit; else undefined.
 */
export function reportOfEarlierModel(system: SystemContext, cited: string, covers: (path: string) => boolean = () => true): { path: string; commit: string; how: string } | undefined {
  const base = system.base;
  if (!base) return undefined;
  const digest = system.evidence.textDigest(cited);
  if (digest === undefined || digest !== base.evidence.textDigest(cited)) return undefined;
  const then = digestsOf(base.manifest.data as AiSystem);
  const now = digestsOf(system.manifest.data as AiSystem);
  const before = new Set(then.map(({ sha256 }) => sha256));
  const beforeAt = new Set(then.map(({ key }) => key));
  // A file of the base's gone from the list: a file under a new path may be its replacement. (A
  // sha256 declared for the first time, or a file listed for the first time beside the others, is
  // not a new model.)
  const after = new Set(now.map(({ sha256 }) => sha256));
  const afterAt = new Set(now.map(({ key }) => key));
  const replaced = then.some(({ key, sha256 }) => !after.has(sha256) && !afterAt.has(key));
  const changed = now.find(({ path, key, sha256 }) => !before.has(sha256) && (beforeAt.has(key) || replaced) && covers(path));
  if (changed) return { path: changed.path, commit: base.commit, how: 'a sha256 the base\'s artifacts did not have' };
  // A sha256 taken away hides whether the file changed (from a review: dropping it passed).
  const hidden = pathsOf(system.manifest.data as AiSystem).find(({ path, key }) => beforeAt.has(key) && !afterAt.has(key) && covers(path));
  return hidden ? { path: hidden.path, commit: base.commit, how: 'no sha256, where the base\'s artifact had one' } : undefined;
}

/** Every artifact's path, with or without a sha256, as compared. */
function pathsOf(data: AiSystem): Array<{ path: string; key: string }> {
  const list = Array.isArray(data.artifacts) ? data.artifacts : [];
  return list.flatMap((item) => (item && typeof item === 'object' && typeof item.path === 'string' ? [{ path: item.path, key: keyOf(item.path) }] : []));
}

function keyOf(file: string): string {
  const cited = normaliseCitation(file);
  return (cited.ok ? cited.rel : file.trim()).toLowerCase();
}

/** The artifacts with a sha256, each with its path as compared (normalised, case aside). */
function digestsOf(data: AiSystem): Array<{ path: string; key: string; sha256: string }> {
  const list = Array.isArray(data.artifacts) ? data.artifacts : [];
  return list.flatMap((item) => {
    if (!item || typeof item !== 'object' || typeof item.path !== 'string' || typeof item.sha256 !== 'string' || item.sha256.trim() === '') return [];
    return [{ path: item.path, key: keyOf(item.path), sha256: item.sha256.trim().toLowerCase() }];
  });
}
