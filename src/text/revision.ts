/**
 * Revisions that move: a branch or a moving tag names where data is now, not what it was when a
 * model was trained or a reference was frozen. A dataset "pinned" to `latest` or `main` is not
 * pinned (red team: `revision: latest` with the checksum removed passed data/dataset-pinned).
 */
const MOVING = new Set(['latest', 'newest', 'last', 'current', 'head', 'tip', 'main', 'master', 'trunk', 'dev', 'develop', 'development', 'next', 'staging', 'stable', 'beta', 'canary', 'nightly', 'default', 'live', 'prod', 'production', '@', '*']);
/** A git ref that is a branch or pull request whatever its name, and HEAD or @ counted back (`HEAD~1`). */
const MOVING_REF = /^(?:refs\/(?:heads|remotes|pr|pull)\/|origin\/|upstream\/)|^(?:head|@)[~^]/;

/**
 * Whether `value` is a revision that moves, case aside: a name a branch or moving tag is given
 * (`latest`, `main`, `HEAD`, `staging`), or a ref to a branch or pull request (`refs/heads/x`,
 * `origin/x`, `refs/pr/3`). Any other branch name cannot be told from a tag by its text.
 */
export function isMovingRevision(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const revision = value.trim().toLowerCase();
  return MOVING.has(revision) || MOVING_REF.test(revision);
}
