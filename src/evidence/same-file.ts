/**
 * Whether a file a tool names (a scanned file, an ML-BOM's file component) is a file the manifest
 * ships (`artifacts[].path`). Each tool writes paths relative to the folder it ran in, so the two
 * are the same file when one path ends with the other at a `/` (`model/model.pkl` and
 * `model.pkl`); a member of an archive (`bundle.zip:data.pkl`) is in the archive.
 *
 * A repository decides how many artifacts and files there are, and how long their paths are, so
 * pairing them compares by lookup (SameFileIndex), not each with each (20,000 artifacts against
 * 10,000 scanned files of the same name were 200 million comparisons), and within bounds: a path
 * longer than a file system allows, or deeper than any model file sits, is not compared, and the
 * check that needed it fails closed, saying so.
 */
import { citedPath } from '../fs/repo-fs.js';

/** A manifest's artifact path as compared: a local file's URI as its path, `/` separators, no leading `./`. */
export const artifactKey = (artifact: string) => citedPath(artifact).replace(/\\/g, '/').replace(/^(\.\/)+/, '');

/** A tool's file name as compared: as artifactKey, the archive it is a member of for `archive:member`. */
export const toolFileKey = (file: string) => artifactKey(file.split(':')[0] ?? file);

/** Whether a file a tool names (`model.pkl`, `bundle.zip:data.pkl`) is the artifact (`model/model.pkl`, `bundle.zip`). */
export function sameFile(artifact: string, toolFile: string): boolean {
  return sameKeys(artifactKey(artifact), toolFileKey(toolFile));
}

function sameKeys(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

/** The longest path a Linux file can have (PATH_MAX); no longer key is compared. */
export const MAX_PATH_CHARS = 4096;
/** The deepest path compared: a lookup hashes each `/`-suffix of a key, so its cost is depth times length. */
export const MAX_PATH_SEGMENTS = 64;
/** The most suffixes one index holds (about 20 MB): what a report lists cannot make it larger or slower to build. */
const MAX_INDEXED_SUFFIXES = 200_000;

/** Why modelgate does not compare `key` (too long or too deep), or undefined when it does. */
export function uncomparable(key: string): string | undefined {
  if (key.length > MAX_PATH_CHARS) return `longer than ${MAX_PATH_CHARS.toLocaleString('en')} characters`;
  let segments = 1;
  for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
    if (++segments > MAX_PATH_SEGMENTS) return `deeper than ${MAX_PATH_SEGMENTS} folders`;
  }
  return undefined;
}

/** A path shown in a message: at most 80 characters of it. */
export const shownPath = (path: string) => JSON.stringify(path.length > 80 ? `${path.slice(0, 77)}...` : path);

/**
 * Items indexed by a path key (artifactKey or toolFileKey) so that the items whose key is the
 * same file as a given key are found by lookup: by every `/`-suffix of each key, and by the key
 * itself. A key too long or too deep to compare (uncomparable), or one past the index's size, is
 * not held: `missed` names the first, and a caller must then not take a failed lookup to mean
 * "no such file" (each fails closed).
 */
export class SameFileIndex<T> {
  /** Each key's `/`-suffixes (`a/b/c`, `b/c`, `c`): keys that end with the one asked about. */
  private readonly bySuffix = new Map<string, number[]>();
  /** Each key whole: keys the one asked about ends with. */
  private readonly byKey = new Map<string, number[]>();
  private readonly items: T[] = [];
  private suffixes = 0;
  /** The first key not held, and why. */
  missed: { key: string; why: string } | undefined;

  add(key: string, item: T): void {
    if (key === '') return;
    const why = uncomparable(key) ?? (this.suffixes >= MAX_INDEXED_SUFFIXES ? `past the ${MAX_INDEXED_SUFFIXES.toLocaleString('en')} path suffixes modelgate compares in one file` : undefined);
    if (why) {
      this.missed ??= { key, why };
      return;
    }
    const order = this.items.push(item) - 1;
    push(this.byKey, key, order);
    for (let slash = -1; ; slash = key.indexOf('/', slash + 1)) {
      push(this.bySuffix, key.slice(slash + 1), order);
      this.suffixes++;
      if (key.indexOf('/', slash + 1) < 0) break;
    }
  }

  /** The items whose key is the same file as `key` (a comparable one), each once, in the order they were added. */
  matching(key: string): T[] {
    const found: number[] = [];
    this.visit(key, (orders) => {
      for (const order of orders) found.push(order);
    });
    return found.sort((x, y) => x - y).map((order) => this.items[order] as T);
  }

  /**
   * The items whose key is the same file as `key` (a comparable one), as the few lists they are
   * kept in (at most one more than the folders in `key`), each in the order added, with each
   * item's place in that order: a caller that summarises each list once (and keeps the summary
   * by the list) pays for each item once, not once for every key that matches it.
   */
  matchingLists(key: string): Array<readonly number[]> {
    const lists: Array<readonly number[]> = [];
    this.visit(key, (orders) => {
      if (orders.length > 0) lists.push(orders);
    });
    return lists;
  }

  /** The item added `order`th (an order from matchingLists). */
  item(order: number): T {
    return this.items[order] as T;
  }

  /** The first item added whose key is the same file as `key` (a comparable one), if any. */
  first(key: string): T | undefined {
    let first = Number.POSITIVE_INFINITY;
    this.visit(key, (orders) => {
      if (orders.length > 0) first = Math.min(first, orders[0] as number); // each list is in the order added
    });
    return first === Number.POSITIVE_INFINITY ? undefined : this.items[first];
  }

  /** Whether any item's key is the same file as `key` (a comparable one). */
  has(key: string): boolean {
    return this.first(key) !== undefined;
  }

  /**
   * has(), failing closed: true also when `key` is too long or deep to compare, or when a key
   * the index was given was not held (either might have been the same file).
   */
  mayHave(key: string): boolean {
    return this.missed !== undefined || uncomparable(key) !== undefined || this.has(key);
  }

  /**
   * Calls `take` with the orders of the keys that are the same file as `key`: those that end
   * with it (or are it), then those it ends with at a `/`. No key is in two of the lists.
   */
  private visit(key: string, take: (orders: readonly number[]) => void): void {
    if (key === '' || uncomparable(key)) return;
    take(this.bySuffix.get(key) ?? []);
    for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) take(this.byKey.get(key.slice(slash + 1)) ?? []);
  }
}

function push(map: Map<string, number[]>, key: string, order: number): void {
  const list = map.get(key);
  if (list) list.push(order);
  else map.set(key, [order]);
}
