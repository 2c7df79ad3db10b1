/** Local file helpers the CLI decides with before the gate runs. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackedFileCount } from '../../src/fs/local.js';
import { commitAll } from '../helpers/git.js';
import { makeRepo } from '../helpers/repo.js';

describe('trackedFileCount', () => {
  it("reads how many files git tracks from its index's header", () => {
    const root = makeRepo({ 'a.txt': 'a', 'b/c.txt': 'c', 'b/d/e.txt': 'e' });
    commitAll(root);
    expect(trackedFileCount(root)).toBe(3);
  });

  it.each([
    ['no git at all', {}],
    ['a .git folder with no index', { '.git/HEAD': 'ref: refs/heads/main\n' }],
    ['an index that is not one', { '.git/index': 'not an index at all' }],
    ['an index cut short', { '.git/index': 'DIRC' }],
  ])('is undefined for %s', (_what, files) => {
    expect(trackedFileCount(makeRepo(files))).toBeUndefined();
  });

  it('is undefined where .git is a file (a worktree), not a folder', () => {
    const root = makeRepo({});
    fs.writeFileSync(path.join(root, '.git'), 'gitdir: /elsewhere\n');
    expect(trackedFileCount(root)).toBeUndefined();
  });

  it('does not follow an index that is a link, nor wait on one that is a FIFO', () => {
    const real = makeRepo({ 'a.txt': 'a' });
    commitAll(real);
    const linked = makeRepo({ '.git/HEAD': 'ref: refs/heads/main\n' });
    fs.symlinkSync(path.join(real, '.git', 'index'), path.join(linked, '.git', 'index'));
    expect(trackedFileCount(linked)).toBeUndefined();
    const fifo = makeRepo({ '.git/HEAD': 'ref: refs/heads/main\n' });
    execFileSync('mkfifo', [path.join(fifo, '.git', 'index')]);
    expect(trackedFileCount(fifo)).toBeUndefined();
  });
});
