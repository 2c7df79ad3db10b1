/**
 * Which AI systems are here: every `ai-system.yaml` under the scanned directory, plus the
 * files that might be model cards of systems nobody registered. Symbolic links are never
 * followed while walking (a link to `/` must not make the walk read the machine), `.git` and
 * `node_modules` are skipped, and `exclude` globs prune whole directories.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { RepoFs } from '../fs/repo-fs.js';
import { MANIFEST_NAMES } from '../load/manifest.js';
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
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const CARD_NAME = /^(?:readme|model[-_]?card)\.md$/i;

export function discover(repo: RepoFs, options: DiscoverOptions): Discovery {
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  const manifests: string[] = [];
  const cardCandidates: string[] = [];

  const start = repo.resolveRel(options.scanPath);
  if (!start.ok) throw new UsageError(`cannot scan ${options.scanPath || '.'}: ${start.problem.message}`);
  const startStat = fs.statSync(start.abs);
  if (startStat.isFile()) {
    if (!MANIFEST_NAMES.includes(path.basename(start.abs))) {
      throw new UsageError(`${options.scanPath} is a file but not an ai-system.yaml manifest`);
    }
    return { manifests: [start.rel], cardCandidates: [] };
  }

  const pending: string[] = [start.rel];
  while (pending.length > 0) {
    const dirRel = pending.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(repo.root, dirRel), { withFileTypes: true });
    } catch {
      continue; // unreadable directory: nothing in it can be a system we could read anyway
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirectories: string[] = [];
    for (const entry of entries) {
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      if (exclude?.(rel)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) subdirectories.push(rel);
      } else if (entry.isFile()) {
        if (MANIFEST_NAMES.includes(entry.name)) {
          if (!include || include(rel)) manifests.push(rel);
        } else if (CARD_NAME.test(entry.name)) {
          // With --include, a card outside it may belong to a manifest left out: not ours to judge.
          if (!include || include(rel)) cardCandidates.push(rel);
        }
      }
      // Symbolic links and special files are never walked into or discovered.
    }
    // Depth-first in name order keeps output stable; the final sort makes it exact.
    for (let i = subdirectories.length - 1; i >= 0; i--) pending.push(subdirectories[i] as string);
  }
  manifests.sort();
  cardCandidates.sort();
  return { manifests, cardCandidates };
}
