/**
 * Temporary git repositories for tests that need a base commit (pull requests, regression and
 * governance rules, discovery through git): one helper instead of a copy per file.
 */
import { execFileSync } from 'node:child_process';
import { makeRepo, writeFiles, type Files } from './repo.js';

/** Runs git in `root` with a throwaway identity and no signing; its output, trimmed. */
export function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' }).toString().trim();
}

/** Makes `root` a repository on branch main (if it is not one) and commits everything; the commit. */
export function commitAll(root: string, message = 'base'): string {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** A repository whose one commit (main) holds `files`. */
export function gitRepo(files: Files): { root: string; sha: string } {
  const root = makeRepo(files);
  return { root, sha: commitAll(root) };
}

/** A pull request: `base` committed as main, then `head` written over it in the work tree. */
export function pullRequest(base: Files, head: Files): string {
  const { root } = gitRepo(base);
  writeFiles(root, head);
  return root;
}
