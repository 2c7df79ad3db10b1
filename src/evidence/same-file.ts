/**
 * Whether a file a tool names (a scanned file, an ML-BOM's file component) is a file the manifest
 * ships (`artifacts[].path`). Each tool writes paths relative to the folder it ran in, so the two
 * are the same file when one path ends with the other at a `/` (`model/model.pkl` and
 * `model.pkl`); a member of an archive (`bundle.zip:data.pkl`) is in the archive.
 *
 * A repository decides how many artifacts and files there are, so pairing them compares by
 * lookup (SameFileIndex), not each with each: 20,000 artifacts against 10,000 scanned files of the
 * same name were 200 million comparisons.
 */

/** A manifest's artifact path as compared: `/` separators, no leading `./`. */
export const artifactKey = (artifact: string) => artifact.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

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

/**
 * Items indexed by a path key (artifactKey or toolFileKey) so that the items whose key is the
 * same file as a given key are found by lookup: by every `/`-suffix of each key, and by the key
 * itself. Adding a key of k segments costs k entries; a lookup, the segments of the key asked about.
 */
export class SameFileIndex<T> {
  /** Each key's `/`-suffixes (`a/b/c`, `b/c`, `c`): keys that end with the one asked about. */
  private readonly bySuffix = new Map<string, number[]>();
  /** Each key whole: keys the one asked about ends with. */
  private readonly byKey = new Map<string, number[]>();
  private readonly items: T[] = [];

  add(key: string, item: T): void {
    if (key === '') return;
    const order = this.items.push(item) - 1;
    push(this.byKey, key, order);
    for (let slash = -1; ; slash = key.indexOf('/', slash + 1)) {
      push(this.bySuffix, key.slice(slash + 1), order);
      if (key.indexOf('/', slash + 1) < 0) break;
    }
  }

  /** The items whose key is the same file as `key`, each once, in the order they were added. */
  matching(key: string): T[] {
    if (key === '') return [];
    const found = new Set(this.bySuffix.get(key));
    for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
      for (const order of this.byKey.get(key.slice(slash + 1)) ?? []) found.add(order);
    }
    return [...found].sort((x, y) => x - y).map((order) => this.items[order] as T);
  }

  /** Whether any item's key is the same file as `key`. */
  has(key: string): boolean {
    if (key === '') return false;
    if (this.bySuffix.has(key)) return true;
    for (let slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) if (this.byKey.has(key.slice(slash + 1))) return true;
    return false;
  }
}

function push(map: Map<string, number[]>, key: string, order: number): void {
  const list = map.get(key);
  if (list) list.push(order);
  else map.set(key, [order]);
}
