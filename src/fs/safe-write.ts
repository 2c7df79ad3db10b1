/**
 * Writing into a checkout the pull request controls (the SARIF file): the file must lie inside
 * the root with no symbolic link on the way, so a link the pull request commits
 * (results -> /somewhere) cannot redirect the write; a file or link already in its place is
 * replaced, never written through.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes `content` to `rel` under `root`; the file's absolute path. Throws an Error saying why not. */
export function writeInside(root: string, rel: string, content: string): string {
  const realRoot = fs.realpathSync(path.resolve(root));
  const file = path.resolve(realRoot, rel);
  const inside = path.relative(realRoot, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) throw new Error('it must be a file inside the workspace');
  // No link on the way: checked on the part that exists before any folder is made, then again.
  let existing = path.dirname(file);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  if (fs.realpathSync(existing) !== existing) throw new Error('a folder on its path is a symbolic link');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.realpathSync(path.dirname(file)) !== path.dirname(file)) throw new Error('a folder on its path is a symbolic link');
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, content, { flag: 'wx' });
  return file;
}
