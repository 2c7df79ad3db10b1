/**
 * Code loaded on demand. Start-up was mostly decoding, compiling and initialising code a run
 * may never call: the parsers and schema validators (libraries.ts: yaml, js-yaml, ajv, the
 * 1.4 MB of compiled validators), the check functions with every evidence kind, and the code
 * that checks a system. A repository with nothing to check needs none of it, nor do --help and
 * --version. A dynamic `import()` is asynchronous while the engine is synchronous, so each entry
 * point awaits the loading (engine/load.ts: loadEngine) before running the engine (the CLI skips
 * it when nothing will be read), and the engine takes each module synchronously with `get()`.
 */

/** Thrown by a `get()` before its `load()` has finished: a caller that skipped loading can load and run again. */
export class LibrariesNotLoaded extends Error {
  constructor(what: string) {
    super(`modelgate: ${what} not loaded (await loadEngine() first)`);
  }
}

export interface OnDemand<T> {
  load(): Promise<void>;
  get(): T;
}

/** A module imported on the first `load()`; `what` names it in the error `get()` throws before then. */
export function onDemand<T>(what: string, importer: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined;
  return {
    async load() {
      loaded ??= await importer();
    },
    get() {
      if (loaded === undefined) throw new LibrariesNotLoaded(what);
      return loaded;
    },
  };
}

const parsers = onDemand('the parsers are', () => import('./libraries.js'));

export const loadLibraries = parsers.load;
export const libraries = parsers.get;
