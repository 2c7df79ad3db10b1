/**
 * The parsers and schema validators (libraries.ts), loaded on demand. Start-up was mostly
 * decoding, compiling and initialising them (yaml, js-yaml, ajv, the 1.4 MB of compiled
 * validators) before the first file was read, which a repository with nothing to check does not
 * need. A dynamic `import()` is asynchronous while the engine is synchronous, so each entry point
 * awaits `loadLibraries()` before running the engine (the CLI skips it when nothing will be
 * read), and the loaders take them synchronously from `libraries()`.
 */
type Libraries = typeof import('./libraries.js');

let loaded: Libraries | undefined;

/** Thrown by `libraries()` before `loadLibraries()` has finished: a caller that skipped loading them can load them and run again. */
export class LibrariesNotLoaded extends Error {
  constructor() {
    super('modelgate: the parsers are not loaded (await loadLibraries() first)');
  }
}

export async function loadLibraries(): Promise<void> {
  loaded ??= await import('./libraries.js');
}

export function libraries(): Libraries {
  if (!loaded) throw new LibrariesNotLoaded();
  return loaded;
}
