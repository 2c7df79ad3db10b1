/**
 * Revisions that move: a branch or a moving tag names where data is now, not what it was when a
 * model was trained or a reference was frozen. A dataset "pinned" to `latest` or `main` is not
 * pinned (red team: `revision: latest` with the checksum removed passed data/dataset-pinned).
 */
const MOVING = new Set(['latest', 'newest', 'last', 'current', 'head', 'tip', 'main', 'master', 'trunk', 'dev', 'develop', 'development', 'stable', 'nightly', 'default', 'live', 'prod', 'production', '*']);

/** Whether `value` is a revision that moves (`latest`, `main`, `HEAD`, `refs/heads/main`, `origin/master`, ...), case aside. */
export function isMovingRevision(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return MOVING.has(
    value
      .trim()
      .toLowerCase()
      .replace(/^(?:refs\/heads\/|refs\/remotes\/origin\/|origin\/|heads\/)/, ''),
  );
}
