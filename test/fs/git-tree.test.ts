import { describe, expect, it } from 'vitest';
import { GitTreeSource } from '../../src/fs/git-tree.js';
import { git, gitRepo } from '../helpers/git.js';
import { writeFiles } from '../helpers/repo.js';

describe('GitTreeSource: files as they were at a commit', () => {
  const { root, sha } = gitRepo({ 'model/weights.bin': Buffer.from([0x80, 0x04, 0x95, 1, 2, 3]), 'model/card.md': 'text\n', 'link.bin': { symlink: 'model/weights.bin' } });
  const tree = GitTreeSource.open(root, sha);

  it('reads the first bytes of a file and its size', () => {
    expect(tree.bytesAt('model/weights.bin', 0, 3)).toEqual({ ok: true, bytes: Buffer.from([0x80, 0x04, 0x95]), size: 6 });
    expect(tree.bytesAt('model/card.md', 0, 16)).toEqual({ ok: true, bytes: Buffer.from('text\n'), size: 5 });
    expect(tree.bytesAt('model/card.md', 2, 16)).toEqual({ ok: true, bytes: Buffer.from('xt\n'), size: 5 });
  });

  it('says which paths the working tree has changed since the commit, as git compares them', () => {
    const repo = gitRepo({ '.gitattributes': '*.json text eol=crlf\n', 'a.bin': 'one', 'b.bin': 'two', 'c.json': '{"a": 1}\n', 'link.bin': { symlink: 'a.bin' } });
    writeFiles(repo.root, { 'a.bin': 'ONE', 'c.json': '{"a": 1}\r\n', 'link.bin': { symlink: 'b.bin' }, 'new/d.bin': 'four' });
    // c.json differs only by the line endings git converts: unchanged to git. new/d.bin is not added yet.
    expect([...(GitTreeSource.open(repo.root, repo.sha).changedInWorkTree() ?? [])].sort()).toEqual(['a.bin', 'link.bin', 'new/d.bin']);
  });

  it("gives a blob's id at the commit, and the id git would give the working tree's file", () => {
    const id = git(root, 'rev-parse', `${sha}:model/weights.bin`);
    expect(tree.blobId('model/weights.bin')).toBe(id);
    expect(tree.workTreeBlobId('model/weights.bin')).toBe(id);
    // Hashed once a run: the rules that each ask do not hash the file again.
    writeFiles(root, { 'model/weights.bin': 'changed after it was hashed' });
    expect(tree.workTreeBlobId('model/weights.bin')).toBe(id);
    expect(tree.blobId('model/missing.bin')).toBeUndefined();
    expect(tree.workTreeBlobId('model/missing.bin')).toBeUndefined();
  });

  it("lists a folder's files and links at the commit", () => {
    expect(tree.filesIn('model')).toEqual(['card.md', 'weights.bin']);
    expect(tree.filesIn('')).toEqual(['link.bin']);
    expect(tree.filesIn('missing')).toBeUndefined();
    expect(tree.filesIn('model', 1)).toBe('too-many');
  });

  it("lists a folder's folders at the commit (a latestRun pattern's)", () => {
    expect(tree.foldersIn('')).toEqual(['model']);
    expect(tree.foldersIn('model')).toEqual([]);
    expect(tree.foldersIn('missing')).toBeUndefined();
  });

  it.each([
    ['model/missing.bin', 'missing'],
    ['model', 'not-a-file'],
    ['link.bin', 'symlink-outside'],
  ])('refuses %s (%s)', (rel, kind) => {
    expect(tree.bytesAt(rel, 0, 4)).toMatchObject({ ok: false, problem: { kind } });
  });

  // Red team: a model file swapped inside a submodule passed; git names the submodule as changed.
  describe('a submodule', () => {
    const sub = gitRepo({ 'scorer.pt': 'model one' });
    const { root: outer } = gitRepo({ 'README.md': 'outer\n' });
    git(outer, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.root, 'model');
    git(outer, 'commit', '-q', '-m', 'submodule');
    const base = git(outer, 'rev-parse', 'HEAD');

    it('holds the paths below it: not missing, and not read at the commit', () => {
      const at = GitTreeSource.open(outer, base);
      expect(at.bytesAt('model', 0, 4)).toMatchObject({ ok: false, problem: { kind: 'not-a-file', message: `model (at ${base.slice(0, 12)}) is a submodule, not a file` } });
      expect(at.bytesAt('model/scorer.pt', 0, 4)).toMatchObject({ ok: false, problem: { kind: 'not-a-file', message: `model/scorer.pt (at ${base.slice(0, 12)}) lies in the submodule model, whose files are not read at a commit` } });
      expect(at.bytesAt('modelx/scorer.pt', 0, 4)).toMatchObject({ ok: false, problem: { kind: 'missing' } });
      expect([...at.files()]).toEqual(['.gitmodules', 'README.md']);
    });

    it('is named as changed when its commit moves, whatever ignore its .gitmodules sets', () => {
      writeFiles(outer, { 'model/scorer.pt': 'model two' });
      git(`${outer}/model`, 'commit', '-q', '-am', 'two');
      writeFiles(outer, { '.gitmodules': `${git(outer, 'show', 'HEAD:.gitmodules')}\n\tignore = all\n` });
      git(outer, 'add', '.gitmodules');
      expect([...(GitTreeSource.open(outer, base).changedInWorkTree() ?? [])].sort()).toEqual(['.gitmodules', 'model']);
    });
  });

  // Review: in a linked worktree git keeps a submodule's git directory under the worktree's own
  // modules folder, which the first check did not take, so every file in it counted as changed.
  it("says which files of a submodule changed, in a linked worktree's checkout too", () => {
    const sub = gitRepo({ 'a.txt': 'a\n', 'README': 'one\n' });
    const { root } = gitRepo({ 'x.txt': 'x\n' });
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.root, 'models/sub');
    git(root, 'commit', '-q', '-m', 'sub');
    const base = git(root, 'rev-parse', 'HEAD');
    const worktree = `${root}-wt`;
    git(root, 'worktree', 'add', '-q', worktree, 'HEAD');
    git(worktree, '-c', 'protocol.file.allow=always', 'submodule', 'update', '-q', '--init');
    for (const checkout of [root, worktree]) {
      writeFiles(checkout, { 'models/sub/README': 'two\n' });
      git(`${checkout}/models/sub`, 'commit', '-q', '-am', 'readme');
      const tree = GitTreeSource.open(checkout, base);
      expect([tree.submoduleFileChanged('models/sub', 'models/sub/a.txt'), tree.submoduleFileChanged('models/sub', 'models/sub/README')], checkout).toEqual([false, true]);
    }
  });
});
