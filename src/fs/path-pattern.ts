/**
 * Citations that name the newest of several files rather than one (`monitoring.latestRun`):
 * monitoring jobs write a file a run, named by its date or id, and copying the newest to a fixed
 * name just for the gate is friction. Such a citation is a pattern or a folder:
 *
 * - `*` matches any run of characters within one name, `?` one character; neither matches a `/`,
 *   nor a name's leading `.` (hidden files and folders, git's own data among them);
 * - `**` as a whole segment matches any number of folders, none included; inside a name it is `*`;
 * - a path ending in `/` is every file directly in that folder (`runs/` is `runs/*`);
 * - anything else is itself: `[`, `{` and `\` are characters of a name, not pattern syntax.
 *
 * The walk goes through the FileSource, so the boundary every cited path has holds: the pattern
 * is resolved from the manifest and may not climb out of the repository, folders are listed only
 * inside it (a folder link is followed where it is written out, never by a wildcard, so no link
 * loop can make the walk endless), and git's own data is never listed. The work is bounded: at
 * most MAX_PATTERN_ENTRIES names are looked at in all, and matching a name costs at most its
 * length times the segment's (no regular expression, so no backtracking).
 */
import { clip, normaliseCitation, TOO_MANY_FILES, type FileProblem, type FileSource } from './repo-fs.js';

/** Names (files and folders) one pattern may look through, in every folder it lists. */
export const MAX_PATTERN_ENTRIES = 200_000;

/** Whether a citation is a pattern or a folder, rather than a path of one file. */
export function isPathPattern(ref: string): boolean {
  const written = ref.trim();
  return written.includes('*') || written.includes('?') || written.endsWith('/') || written.endsWith('\\');
}

export type PatternMatches =
  /**
   * `files`: repository-relative, the last by name first (see byNameDescending); `named`: those
   * of them matched by a plain name after a wildcard folder, not seen in a listing, which may
   * name no file; `pattern`: the pattern as resolved from the manifest's folder.
   */
  | { ok: true; pattern: string; files: string[]; named: ReadonlySet<string> }
  | { ok: false; problem: FileProblem };

/**
 * The repository paths a pattern (written in a document in `fromDir`) matches, the last by name
 * first. A path that ends in a plain name after a wildcard folder (`reports/*\/run.json`) is
 * matched by name without being listed, so it may name no file: the caller resolves each.
 */
export function filesMatching(source: Pick<FileSource, 'filesIn' | 'foldersIn'>, ref: string, fromDir: string, budget = MAX_PATTERN_ENTRIES): PatternMatches {
  const written = ref.trim();
  const cited = normaliseCitation(/[/\\]$/.test(written) ? `${written}*` : written, fromDir);
  if (!cited.ok) return cited;
  const segments = cited.rel.split('/');
  if (segments.at(-1) === '**') segments.push('*'); // `runs/**` is every file below runs/
  const pattern = /[/\\]$/.test(written) ? cited.rel.slice(0, -1) : cited.rel;
  const limit = budget;
  const tooMany = (): PatternMatches => ({
    ok: false,
    problem: { kind: 'unreadable', message: `${clip(pattern)} has more than ${limit.toLocaleString('en-US')} files and folders to look through; narrow the pattern (a folder of its own for the runs, a name they all start with)` },
  });
  const found = new Set<string>();
  const named = new Set<string>();
  // Each folder is looked at once for each segment it is reached at (a `**` reaches one in many ways).
  const seen = new Set<string>();
  const pending: Array<{ folder: string; index: number }> = [{ folder: '', index: 0 }];
  const under = (folder: string, name: string) => (folder === '' ? name : `${folder}/${name}`);
  while (pending.length > 0) {
    const { folder, index } = pending.pop() as { folder: string; index: number };
    const key = `${index}\0${folder}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const segment = segments[index] as string;
    const last = index === segments.length - 1;
    if (!isWildcard(segment)) {
      if (last) {
        found.add(under(folder, segment));
        named.add(under(folder, segment));
      } else pending.push({ folder: under(folder, segment), index: index + 1 });
      continue;
    }
    const names = last ? source.filesIn(folder, budget) : source.foldersIn(folder, budget);
    if (names === TOO_MANY_FILES) return tooMany();
    if (names === undefined) continue; // no such folder: nothing below it matches
    budget -= names.length;
    if (budget < 0) return tooMany();
    if (segment === '**') {
      pending.push({ folder, index: index + 1 });
      for (const name of names) if (!name.startsWith('.')) pending.push({ folder: under(folder, name), index });
      continue;
    }
    for (const name of names) {
      if (!segmentMatches(segment, name)) continue;
      if (last) found.add(under(folder, name));
      else pending.push({ folder: under(folder, name), index: index + 1 });
    }
  }
  return { ok: true, pattern, files: byNameDescending([...found]), named };
}

function isWildcard(segment: string): boolean {
  return segment.includes('*') || segment.includes('?');
}

/**
 * Whether a name matches one segment of a pattern: `*` any run of characters, `?` one, a leading
 * `.` only when the pattern writes it. Greedy, going back only to the last `*`: at most the
 * name's length times the pattern's steps, whatever either holds.
 */
export function segmentMatches(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      resume = n;
    } else if (c !== undefined && (c === '?' || c === name[n])) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * Paths the last by name first, folder by folder (`runs/b/x` after `runs/a-z/x`, as `b` is
 * after `a-z`): dated names (`2026-11-30`, `2026-11-30T06-00`) come newest first.
 */
export function byNameDescending(paths: string[]): string[] {
  // A `/` compared as the smallest character is a comparison folder by folder.
  const keyed = paths.map((file) => ({ file, key: file.replaceAll('/', '\0') }));
  keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  return keyed.map(({ file }) => file);
}
