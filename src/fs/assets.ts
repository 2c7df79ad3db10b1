/**
 * Files that ship with modelgate (bundled policy packs and JSON Schemas), found relative to the
 * package root. The same lookup works from `src/` under the tests, from the committed `dist/`
 * bundle in the Action, and from an npm install.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && fs.existsSync(path.join(dir, 'policies'))) {
      const name = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'modelgate') return (cachedRoot = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('modelgate: cannot find its own package root (policies/ and schemas/)');
    dir = parent;
  }
}

export function assetPath(...segments: string[]): string {
  return path.join(packageRoot(), ...segments);
}

/** The text of a bundled file, e.g. readAssetText('policies', 'frameworks', 'eu-ai-act.yaml'). */
export function readAssetText(...segments: string[]): string {
  return fs.readFileSync(assetPath(...segments), 'utf8');
}

/** The names of the bundled files in `dir` that end with `ext`, sorted. */
export function assetNames(dir: readonly string[], ext: string): string[] {
  return fs.readdirSync(assetPath(...dir)).filter((name) => name.endsWith(ext)).sort();
}

export function packageVersion(): string {
  return (JSON.parse(readAssetText('package.json')) as { version: string }).version;
}
