/**
 * How a pack is named in `--policy`, an input or `extends`: a bundled name (`baseline`), a pinned
 * pack of another repository (`owner/repo/path/pack.yaml@<sha>`), or a local path. Only the
 * grammar lives here; sources.ts reads what a reference names.
 */
import { UsageError } from '../types.js';

export interface RemoteRef {
  owner: string;
  repo: string;
  path: string;
  /** A full commit SHA. */
  sha: string;
}

/** A bundled pack's name (`baseline`, `eu-ai-act`): lower-case letters, digits and hyphens. */
export function isBundledName(ref: string): boolean {
  return /^[a-z0-9-]+$/.test(ref.trim());
}

/** A pack read from this repository (not bundled, not a pinned remote pack). */
export function isLocalPack(ref: string): boolean {
  return !isBundledName(ref) && !ref.includes('@');
}

export function displayRemote(ref: RemoteRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path}@${ref.sha.slice(0, 12)}`;
}

// GitHub's grammar: an owner is letters, digits and single inner hyphens (at most 39); a repository
// name is letters, digits, '.', '_' and '-' (at most 100), and never '.' or '..'.
const OWNER = /^[A-Z0-9](?:-?[A-Z0-9]){0,38}$/i;
const REPO = /^[\w.-]{1,100}$/;
const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const UNSAFE_PATH_CHARACTER = /[\\\u0000-\u001f\u007f]/;

/**
 * `owner/repo/path/pack.yaml@<sha>`: each part checked before anything is fetched with the
 * workflow's token, so a pack cannot aim a request anywhere but one file of one repository at
 * one commit. Throws a UsageError naming what is wrong.
 */
export function parseRemoteRef(text: string): RemoteRef {
  const usage = `write owner/repo/path/to/pack.yaml@<commit SHA>`;
  const at = text.lastIndexOf('@');
  const [owner = '', repo = '', ...segments] = (at < 0 ? text : text.slice(0, at)).split('/');
  const sha = at < 0 ? '' : text.slice(at + 1);
  const file = segments.join('/');
  if (at < 0 || segments.length === 0) throw new UsageError(`"${text}" is not a remote pack reference; ${usage}`);
  if (!OWNER.test(owner)) throw new UsageError(`"${owner}" is not a GitHub owner (letters, digits and single inner hyphens, at most 39); ${usage}`);
  if (!REPO.test(repo) || repo === '.' || repo === '..') throw new UsageError(`"${repo}" is not a GitHub repository name (letters, digits, '.', '_', '-', at most 100); ${usage}`);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || UNSAFE_PATH_CHARACTER.test(segment))) {
    throw new UsageError(`remote policy pack path "${file}" must be a plain path inside ${owner}/${repo} (no empty, "." or ".." parts, backslashes or control characters)`);
  }
  if (!FULL_SHA.test(sha)) {
    throw new UsageError(`remote policy pack ${owner}/${repo}/${file} is not pinned: "@${sha}" can change under you; use the full commit SHA (…@<40 hex characters>)`);
  }
  return { owner, repo, path: file, sha };
}

/** The folder a remote pack was in, as a `fromDir` its relative `extends` are resolved from. */
export function remoteDir(ref: RemoteRef, dir: string): string {
  return `remote:${ref.owner}/${ref.repo}@${ref.sha}:${dir}`;
}

/** "remote:owner/repo@sha:dir" → the repository, commit and directory a remote pack was in. */
export function parseRemoteDir(dir: string): RemoteRef | undefined {
  const match = /^remote:([^/]+)\/([^@]+)@([0-9a-f]+):(.*)$/.exec(dir);
  if (!match) return undefined;
  return { owner: match[1] as string, repo: match[2] as string, sha: match[3] as string, path: match[4] === '.' ? '' : (match[4] as string) };
}

/** One key per pack file of a repository at a commit. */
export function remoteKey(ref: RemoteRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path}@${ref.sha}`;
}
