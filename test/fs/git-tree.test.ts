import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GitTreeSource } from '../../src/fs/git-tree.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { git, gitRepo } from '../helpers/git.js';

describe('GitTreeSource: files as they were at a commit', () => {
  const { root, sha } = gitRepo({ 'model/weights.bin': Buffer.from([0x80, 0x04, 0x95, 1, 2, 3]), 'model/card.md': 'text\n', 'link.bin': { symlink: 'model/weights.bin' } });
  const tree = GitTreeSource.open(root, sha);

  it('reads the first bytes of a file and its size', () => {
    expect(tree.bytesAt('model/weights.bin', 0, 3)).toEqual({ ok: true, bytes: Buffer.from([0x80, 0x04, 0x95]), size: 6 });
    expect(tree.bytesAt('model/card.md', 0, 16)).toEqual({ ok: true, bytes: Buffer.from('text\n'), size: 5 });
    expect(tree.bytesAt('model/card.md', 2, 16)).toEqual({ ok: true, bytes: Buffer.from('xt\n'), size: 5 });
  });

  it("gives a file's blob id as git does, and the working tree's copy hashes to the same", () => {
    const committed = tree.gitBlobId('model/weights.bin');
    expect(committed).toEqual({ ok: true, hex: git(root, 'hash-object', 'model/weights.bin') });
    expect(new RepoFs(root).gitBlobId('model/weights.bin')).toEqual(committed);
    expect(new RepoFs(root).gitBlobId('model/card.md', 'sha256')).toEqual({ ok: true, hex: createHash('sha256').update('blob 5\0text\n').digest('hex') });
  });

  it("lists a folder's files at the commit, not its links", () => {
    expect(tree.filesIn('model')).toEqual(['card.md', 'weights.bin']);
    expect(tree.filesIn('')).toEqual([]);
    expect(tree.filesIn('missing')).toBeUndefined();
  });

  it.each([
    ['model/missing.bin', 'missing'],
    ['model', 'not-a-file'],
    ['link.bin', 'symlink-outside'],
  ])('refuses %s (%s)', (rel, kind) => {
    expect(tree.bytesAt(rel, 0, 4)).toMatchObject({ ok: false, problem: { kind } });
  });
});
