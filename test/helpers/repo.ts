/**
 * Temporary repositories for tests, written from a map of path → content. A value may be text,
 * bytes, or `{ symlink: target }`. Every repository and temporary folder is removed after the
 * test file finishes (`removeTempDirs`, registered for every file by test/setup-libraries.ts:
 * the fast project shares this module between files, so a hook registered here would run for
 * the first file only, and the rest would be left in the temporary folder).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type FileSpec = string | Uint8Array | { symlink: string };
export type Files = Record<string, FileSpec>;

const created: string[] = [];

/** A new empty folder under the system's temporary folder (its real path), removed after the test file. */
export function tempDir(prefix = 'modelgate-test-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function makeRepo(files: Files): string {
  const root = tempDir();
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Files): void {
  for (const [rel, spec] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.rmSync(abs, { force: true }); // replacing a file (with a link, say) in a later commit
    if (typeof spec === 'object' && 'symlink' in spec) fs.symlinkSync(spec.symlink, abs);
    else fs.writeFileSync(abs, spec);
  }
}

/** 1-based line of the first line in `text` containing `needle` (fails loudly if absent). */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = from - 1; i < lines.length; i++) if ((lines[i] as string).includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found in:\n${text}`);
}
