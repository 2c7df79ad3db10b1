import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isUri, normaliseCitation, parseSize, RepoFs } from '../../src/fs/repo-fs.js';
import { makeRepo, writeFiles } from '../helpers/repo.js';

describe('RepoFs', () => {
  const root = makeRepo({
    'a/doc.md': 'hello\n',
    'a/bom.md': '\ufeffwith bom\n',
    'a/inside-link.md': { symlink: 'doc.md' },
    'a/outside-link.md': { symlink: '/etc/hostname' },
    'a/outside-dir': { symlink: '/etc' },
    'a/loop': { symlink: 'loop' },
    'big.txt': 'x'.repeat(2000),
  });
  const repo = new RepoFs(root, { maxFileBytes: 1000 });

  it('reads the first bytes of a file and its size, whatever the size cap, and refuses what it refuses to read', () => {
    expect(repo.bytesAt('big.txt', 0, 4)).toEqual({ ok: true, bytes: Buffer.from('xxxx'), size: 2000 });
    expect(repo.bytesAt('a/doc.md', 0, 16)).toEqual({ ok: true, bytes: Buffer.from('hello\n'), size: 6 });
    expect(repo.bytesAt('a/doc.md', 3, 16)).toEqual({ ok: true, bytes: Buffer.from('lo\n'), size: 6 });
    expect(repo.bytesAt('a/doc.md', 10, 4)).toEqual({ ok: true, bytes: Buffer.alloc(0), size: 6 });
    expect(repo.bytesAt('a/outside-link.md', 0, 4)).toMatchObject({ ok: false, problem: { kind: 'symlink-outside' } });
    expect(repo.bytesAt('a/missing.bin', 0, 4)).toMatchObject({ ok: false, problem: { kind: 'missing' } });
    expect(repo.bytesAt('a', 0, 4)).toMatchObject({ ok: false, problem: { kind: 'not-a-file' } });
  });

  it("lists a folder's files and links, not its folders, and says when there are more than the cap", () => {
    expect(repo.filesIn('a')).toEqual(['bom.md', 'doc.md', 'inside-link.md', 'loop', 'outside-dir', 'outside-link.md']);
    expect(repo.filesIn('')).toEqual(['big.txt']);
    expect(repo.filesIn('a', 5)).toBe('too-many'); // too many to list is not none
    expect(repo.filesIn('missing')).toBeUndefined();
    expect(repo.filesIn('a/outside-dir')).toBeUndefined();
  });

  it('resolves relative paths from a directory, with backslashes as separators', () => {
    expect(repo.resolve('doc.md', 'a')).toMatchObject({ ok: true, rel: 'a/doc.md' });
    expect(repo.resolve('..\\a\\doc.md', 'a')).toMatchObject({ ok: true, rel: 'a/doc.md' });
  });

  it.each([
    ['', 'empty-path'],
    ['/etc/passwd', 'absolute-path'],
    ['C:/x.md', 'absolute-path'],
    ['../../x', 'outside-root'],
    ['outside-link.md', 'symlink-outside'],
    ['outside-dir/hostname', 'symlink-outside'],
    ['loop', 'symlink-loop'],
    ['missing.md', 'missing'],
  ])('refuses %j (%s)', (ref, kind) => {
    const result = repo.resolve(ref, 'a');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe(kind);
  });

  it.each([
    ['..', 'outside-root'],
    ['a/..', 'not-a-file'], // the root itself: a folder
    ['a/../..', 'outside-root'],
  ])('a repository-relative %j is never taken outside the root (%s)', (rel, kind) => {
    const fresh = new RepoFs(root);
    const result = fresh.resolveRel(rel);
    if (result.ok) expect(fresh.contains(result.abs), result.abs).toBe(true);
    const stat = fresh.statFile(rel);
    expect(stat.ok).toBe(false);
    if (!stat.ok) expect(stat.problem.kind).toBe(kind);
    expect(fresh.readText(rel).ok).toBe(false);
  });

  it('a link to a file is not a folder, with or without a trailing slash', () => {
    const linked = makeRepo({ 'README.md': 'card\n', 'card-link': { symlink: 'README.md' }, 'dir-link': { symlink: 'docs' }, 'docs/a.md': 'a\n' });
    const fresh = new RepoFs(linked);
    expect(fresh.readText('card-link').ok).toBe(true); // the link itself names the file
    expect(fresh.readText('card-link/').ok).toBe(false); // as the kernel says: not a directory
    expect(fresh.readText('card-link/README.md').ok).toBe(false);
    expect(fresh.readText('dir-link/a.md')).toMatchObject({ ok: true, text: 'a\n' }); // a link to a folder is that folder
  });

  it('follows links that stay inside the root', () => {
    expect(repo.readText('a/inside-link.md')).toMatchObject({ ok: true, text: 'hello\n' });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(repo.readText('a/bom.md')).toMatchObject({ ok: true, text: 'with bom\n' });
  });

  it('refuses files over the cap without reading them', () => {
    expect(repo.readText('big.txt')).toMatchObject({ ok: false, problem: { kind: 'too-large', message: 'big.txt is 2 KB, over the 1000 bytes limit (max-file-size)' } });
  });

  it('refuses directories and FIFOs without hanging', () => {
    expect(repo.readText('a')).toMatchObject({ ok: false, problem: { kind: 'not-a-file' } });
    const fifo = path.join(root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(repo.readText('pipe')).toMatchObject({ ok: false, problem: { kind: 'not-a-file' } });
    fs.rmSync(fifo);
  });

  it('never echoes the target of a link that leads outside', () => {
    const result = repo.resolve('outside-link.md', 'a');
    expect(JSON.stringify(result)).not.toContain('/etc');
  });
});

describe('a path that does not exist says which path it most likely meant', () => {
  const root = makeRepo({
    'evidence/bias/fairness-2.3.0.json': '{}\n',
    'evidence/bias/notes.md': 'n\n',
    'ops/inputs.yaml': 'x\n',
    'ops/import.md': 'x\n',
    'ops/run.md': 'x\n',
    'docs/impact-assessment.md': 'x\n',
    'out': { symlink: '/etc' },
    '.git/config': '[core]\n',
    'linked/dangling.md': { symlink: 'nowhere.md' },
    'evidence/empty-folder/.keep': '',
  });
  const crowded = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`crowded/file-${i}.md`, 'x\n']));
  writeFiles(root, crowded);
  // On a file system that ignores case (macOS, Windows) the path differing in case alone exists.
  const caseSensitive = !fs.existsSync(path.join(root, 'EVIDENCE'));

  it.each([
    ['a typo in the file name', 'docs/impact-asessment.md', 'docs/impact-asessment.md does not exist; did you mean docs/impact-assessment.md?'],
    ['a typo in a folder and in the file', 'evidnce/bias/fairnes-2.3.0.json', 'evidnce/bias/fairnes-2.3.0.json does not exist; did you mean evidence/bias/fairness-2.3.0.json?'],
    ['another version beside it', 'evidence/bias/fairness-2.4.0.json', 'evidence/bias/fairness-2.4.0.json does not exist; did you mean evidence/bias/fairness-2.3.0.json?'],
    ...(caseSensitive ? [['a difference of case alone', 'Evidence/Bias/Notes.md', 'Evidence/Bias/Notes.md does not exist; did you mean evidence/bias/notes.md?']] : []),
    ['nothing close', 'evidence/bias/model-card.md', 'evidence/bias/model-card.md does not exist'],
    ['two letters swapped in a long name', 'evidence/bias/fairenss-2.3.0.json', 'evidence/bias/fairenss-2.3.0.json does not exist; did you mean evidence/bias/fairness-2.3.0.json?'],
    ['two letters swapped in a short name, one edit', 'ops/rnu.md', 'ops/rnu.md does not exist; did you mean ops/run.md?'],
    ['another word, two edits from a short name', 'ops/report.md', 'ops/report.md does not exist'],
    ['another word, three edits from a longer name', 'ops/outputs.yaml', 'ops/outputs.yaml does not exist'],
    ['a folder where the file was meant', 'docs/impact-assessment', 'docs/impact-assessment does not exist; did you mean docs/impact-assessment.md?'],
    ['a name close only to a folder', 'evidence/empty-foldr', 'evidence/empty-foldr does not exist'],
    ['a folder cited with a trailing slash', 'evidence/empty-foldr/', 'evidence/empty-foldr/ does not exist'],
    ['a close name through a link out of the repository', 'ot/hostname', 'ot/hostname does not exist'],
    ["a close name in git's own data", '.gti/config', '.gti/config does not exist'],
    ['a folder of more than 2,000 entries', 'crowded/file-1.mdx', 'crowded/file-1.mdx does not exist'],
    ['a dangling link', 'linked/dangling.md', 'linked/dangling.md is a symbolic link to a file that does not exist'],
  ])('%s', (_, rel, message) => {
    const fresh = new RepoFs(root);
    const stat = fresh.statFile(rel as string);
    expect(stat).toMatchObject({ ok: false, problem: { kind: 'missing', message } });
    expect(fresh.readText(rel as string)).toMatchObject({ ok: false, problem: { kind: 'missing', message } });
  });

  it("suggestions stop when the system's work for them is spent, and start again with the next system", () => {
    // 500 names of 40 characters: listing them costs 32,000 of the 4,000,000, and a name of 39
    // compared with them 820,000, so four suggestions fit and the fifth does not.
    const names = Array.from({ length: 500 }, (_, i) => `monitoring-run-${String(i).padStart(25, '0')}`);
    const runs = makeRepo(Object.fromEntries(names.map((name) => [`runs/${name}`, '{}\n'])));
    const fresh = new RepoFs(runs);
    const typo = (i: number) => `runs/${(names[i] as string).replace('monitoring', 'monitorng')}`;
    const messages = () => Array.from({ length: 6 }, (_, i) => {
      const stat = fresh.statFile(typo(i));
      return stat.ok ? 'read' : stat.problem.message;
    });
    const suggested = (count: number) => names.slice(0, 6).map((name, i) => `${typo(i)} does not exist${i < count ? `; did you mean runs/${name}?` : ''}`);
    fresh.beginSystem();
    expect(messages()).toEqual(suggested(4));
    fresh.forget(); // the files of the system are forgotten; its budget stays spent
    expect(messages()).toEqual(suggested(0));
    fresh.forget();
    fresh.beginSystem();
    expect(messages()).toEqual(suggested(4));
  });

  it('the suggestion is not a file the check asked for', () => {
    const fresh = new RepoFs(root);
    fresh.startAskedLog();
    const stat = fresh.statFile('docs/impact-asessment.md');
    expect(stat).toMatchObject({ ok: false, problem: { message: 'docs/impact-asessment.md does not exist; did you mean docs/impact-assessment.md?' } });
    expect(fresh.takeAskedLog()).toEqual(['docs/impact-asessment.md']);
  });

  it('the suggestion is worked out when the message is first read, and kept', () => {
    const own = makeRepo({ 'evidence/bias/notes.md': 'n\n' });
    const fresh = new RepoFs(own);
    const later = fresh.statFile('evidence/bias/summry.md');
    expect(later.ok).toBe(false);
    if (later.ok) return;
    // A file that appears after the path was asked about is the one suggested...
    writeFiles(own, { 'evidence/bias/summary.md': 'x\n' });
    expect(later.problem.message).toBe('evidence/bias/summry.md does not exist; did you mean evidence/bias/summary.md?');
    // ...and the message stays as first read.
    fs.rmSync(path.join(own, 'evidence/bias/summary.md'));
    expect(later.problem.message).toBe('evidence/bias/summry.md does not exist; did you mean evidence/bias/summary.md?');
  });
});

describe("git's own data (.git) is never read", () => {
  // actions/checkout leaves the job's token in .git/config (http.<url>.extraheader).
  const SECRET = 'AUTHORIZATION: basic c2VjcmV0VE9LRU4=';
  const root = makeRepo({
    '.git/config': `[http "https://github.com/"]\n\textraheader = ${SECRET}\n`,
    'sub/.git': 'gitdir: ../.git/worktrees/sub\n',
    'vendor/lib/.git/HEAD': 'ref: refs/heads/main\n',
    'evidence/report.json': '{}\n',
    'evidence/config-link': { symlink: '../.git/config' },
    'evidence/git-folder': { symlink: '../.git' },
  });

  it.each([
    ['.git/config', "evidence/.git/config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../.git/config', ".git/config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../.GIT/config', ".GIT/config is in git's own data (.git), not a file of the repository; nothing there is read"],
    // Names other runners' file systems read as .git (Windows, macOS), as git's own checks do.
    ['../.git./config', ".git./config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../.git . /config', ".git . /config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../GIT~1/config', "GIT~1/config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../.git::$INDEX_ALLOCATION/config', ".git::$INDEX_ALLOCATION/config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../.g\u200cit/config', ".g\u200cit/config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['..\\.Git\\config', ".Git/config is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../sub/.git', "sub/.git is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['../vendor/lib/.git/HEAD', "vendor/lib/.git/HEAD is in git's own data (.git), not a file of the repository; nothing there is read"],
    ['config-link', "evidence/config-link is a symbolic link (or lies under one) into git's own data (.git), not a file of the repository; nothing there is read"],
    ['git-folder/config', "evidence/git-folder/config is a symbolic link (or lies under one) into git's own data (.git), not a file of the repository; nothing there is read"],
  ])('a citation of %j, from evidence/, is refused', (ref, message) => {
    const fresh = new RepoFs(root);
    const resolved = fresh.resolve(ref, 'evidence');
    expect(resolved).toMatchObject({ ok: false, problem: { kind: 'git-internal' } });
    if (!resolved.ok) expect(resolved.problem.message).toBe(message);
    const text = fresh.readText(resolved.rel ?? ref);
    expect(text.ok).toBe(false);
    expect(JSON.stringify(text)).not.toContain(SECRET);
  });

  it('a folder merely named like it (.github, .gitlab, x.git, git~2, .git-x) is read', () => {
    const named = makeRepo({ '.github/workflows/ci.yml': 'on: push\n', 'models/x.git/card.md': '# x\n', '.gitignore': 'build/\n', 'git~2/a.md': '# a\n', '.git-x/b.md': '# b\n', 'digit/c.md': '# c\n' });
    const fresh = new RepoFs(named);
    for (const rel of ['.github/workflows/ci.yml', 'models/x.git/card.md', '.gitignore', 'git~2/a.md', '.git-x/b.md', 'digit/c.md']) expect(fresh.readText(rel).ok, rel).toBe(true);
  });
});

// Red team: `file:model/scorer.onnx` was taken for a file kept elsewhere, and never read.
describe('a file: URI names a path on this machine, read as that path', () => {
  it.each([
    ['file:model/scorer.onnx', 'model/scorer.onnx'],
    ['FILE:model/scorer.onnx', 'model/scorer.onnx'],
    ['file://model/scorer.onnx', 'model/scorer.onnx'], // fsspec reads the "host" as a folder
    ['file:model/100%.onnx', 'model/100%.onnx'],
    ['local:model/scorer.onnx', 'model/scorer.onnx'], // fsspec's other name for its local file system
    ['simplecache::model/scorer.onnx', 'model/scorer.onnx'], // an fsspec chain opens its last link
    ['blockcache::file://model/scorer.onnx', 'model/scorer.onnx'],
    ['file:../../outside.onnx', undefined],
  ])('%s', (written, rel) => {
    expect(isUri(written)).toBe(false);
    const cited = normaliseCitation(written, 'sys');
    expect(cited.ok ? cited.rel : cited.problem.kind).toBe(rel === undefined ? 'outside-root' : `sys/${rel}`);
  });

  // Red team: fsspec keeps percent-escapes, MLflow decodes them; the file named depends on the reader.
  it.each(['file:model/scorer%2D1.onnx', 'file:w/model%2Fscorer.onnx'])('%s is refused: which file it names depends on the loader', (written) => {
    expect(isUri(written)).toBe(false);
    expect(normaliseCitation(written)).toMatchObject({ ok: false, problem: { kind: 'ambiguous-uri' } });
  });

  it.each(['simplecache::s3://bucket/scorer.onnx', 'zip://scorer.pkl::hf://acme/bundle.zip'])('%s opens a remote file: a URI', (written) => {
    expect(isUri(written)).toBe(true);
  });

  it.each(['file:///models/scorer.onnx', 'file:/models/scorer.onnx', 'file://localhost/models/scorer.onnx'])('%s is an absolute path', (written) => {
    expect(normaliseCitation(written)).toMatchObject({ ok: false, problem: { kind: 'absolute-path' } });
  });

  it('an absolute path into the repository is refused as one, not taken for a file kept elsewhere', () => {
    const root = makeRepo({ 'model/scorer.onnx': 'bytes' });
    const repo = new RepoFs(root);
    expect(repo.resolve(path.join(root, 'model/scorer.onnx'))).toMatchObject({ ok: false, problem: { kind: 'absolute-into-repository' } });
    expect(repo.resolve(`file://${path.join(fs.realpathSync(root), 'model/scorer.onnx')}`)).toMatchObject({ ok: false, problem: { kind: 'absolute-into-repository' } });
    expect(repo.resolve('/elsewhere/model/scorer.onnx')).toMatchObject({ ok: false, problem: { kind: 'absolute-path' } });
    expect(isUri('s3://bucket/scorer.onnx')).toBe(true);
  });
});

describe('parseSize', () => {
  it.each([
    ['5MB', 5 * 1024 * 1024],
    ['500kb', 500 * 1024],
    ['1048576', 1048576],
    ['1.5 m', 1.5 * 1024 * 1024],
  ])('%s → %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', 'big', '-1MB', '0'])('refuses %j', (text) => expect(() => parseSize(text)).toThrow(/max-file-size/));
});

// Linux checks an opened file by the name /proc/self/fd gives it; elsewhere (macOS, Windows) each
// path is resolved afresh before it is opened. Both must keep the root's boundary.
describe.each([
  ...(process.platform === 'linux' ? [{ mode: 'through /proc/self/fd', procFd: true }] : []),
  { mode: 'by resolving afresh', procFd: false },
])('RepoFs reading $mode', ({ procFd }) => {
  const outside = makeRepo({ 'evidence/bias.json': '{"secret": "OUTSIDE-ROOT"}\n', 'secret.md': 'OUTSIDE-ROOT\n' });
  const files = () =>
    makeRepo({
      'a/doc.md': 'hello\n',
      'a/inside-link.md': { symlink: 'doc.md' },
      'a/outside-link.md': { symlink: path.join(outside, 'secret.md') },
      'a/outside-dir': { symlink: path.join(outside, 'evidence') },
      'sys/evidence/bias.json': '{"ok": true}\n',
    });

  it.each([
    ['a/doc.md', 'hello\n'],
    ['a/inside-link.md', 'hello\n'],
  ])('reads %j', (rel, text) => {
    expect(new RepoFs(files(), { procFd }).readText(rel)).toMatchObject({ ok: true, text });
  });

  it.each([
    ['a/outside-link.md', 'symlink-outside'],
    ['a/outside-dir/bias.json', 'symlink-outside'],
    ['a/missing.md', 'missing'],
    ['..', 'outside-root'],
  ])('refuses %j unread (%s)', (rel, kind) => {
    const result = new RepoFs(files(), { procFd }).readText(rel);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe(kind);
    expect(JSON.stringify(result)).not.toContain('OUTSIDE-ROOT');
  });

  it('refuses a file whose folder became a link outside after it was first looked at', () => {
    const root = files();
    const repo = new RepoFs(root, { procFd });
    expect(repo.statFile('sys/evidence/bias.json').ok).toBe(true); // the folder is resolved and remembered
    fs.rmSync(path.join(root, 'sys/evidence'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'evidence'), path.join(root, 'sys/evidence'));
    const result = repo.readText('sys/evidence/bias.json');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('OUTSIDE-ROOT');
  });
});

describe('RepoFs with the file system root as its root', () => {
  it('counts every real path as inside', () => {
    const repo = new RepoFs('/');
    expect(repo.contains('/')).toBe(true);
    expect(repo.contains(fs.realpathSync('/tmp'))).toBe(true);
    expect(repo.resolveRel('etc').ok).toBe(true);
  });
});
