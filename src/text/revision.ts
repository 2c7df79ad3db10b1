/**
 * Revisions that move: a branch or a moving tag names where data is now, not what it was when a
 * model was trained or a reference was frozen. A dataset "pinned" to `latest` or `main` is not
 * pinned (red team: `revision: latest` with the checksum removed passed data/dataset-pinned).
 */
const MOVING = new Set([
  ...['latest', 'newest', 'last', 'current', 'head', 'tip', 'main', 'master', 'trunk', 'dev', 'develop', 'development', 'next', 'staging', 'stable', 'beta', 'canary', 'nightly', 'default', 'live', 'prod', 'production', '@', '*'],
  // Names an export job overwrites (red team: "snapshot", "release", "export" passed).
  ...['snapshot', 'release', 'export', 'edge', 'unstable', 'rolling', 'daily', 'weekly', 'monthly', 'wip'],
]);
/** Words that make a compound name move, unless it is dated or holds a full version: `s3-latest`, `v2-latest`, `prod_current` (red team, review); not `latest-2024-12`, `latest-1.4`. */
// Not "live": a tag named for a go-live is frozen (false-error hunt).
/** A date (`2024-12`, `20241201`) or a version with its minor part (`1.4`): what a name so compounded freezes. */
const DATED = /\d{4}[-_.]?\d{2}|\d\.\d/;
const MOVING_PART = new Set(['latest', 'newest', 'current', 'head', 'tip', 'nightly']);
/**
 * A git ref that is a branch or pull request whatever its name (refs/heads/x, heads/x, origin/x,
 * refs/pr/3, Hugging Face's refs/convert/parquet), a ref resolved by reflog (`@{u}`,
 * `main@{now}`), and git's own moving heads (FETCH_HEAD).
 */
const MOVING_REF = /^(?:refs\/(?:heads|remotes|pr|pull|convert)\/|heads\/|remotes\/|origin\/|upstream\/)|@\{|^\w+_head$/;

/**
 * Whether `value` is a revision that moves, case aside: a name a branch or moving tag is given
 * (`latest`, `main`, `HEAD`, `staging`), one of those counted back (`main~1`), or a ref to a
 * branch or pull request. Any other branch name cannot be told from a tag by its text.
 */
export function isMovingRevision(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const revision = value.trim().toLowerCase();
  // A revision is a short name; a long text is no name (and is not scanned).
  if (revision.length > 200) return false;
  if (MOVING.has(revision) || MOVING_REF.test(revision)) return true;
  if (/[-_./]/.test(revision) && !DATED.test(revision) && revision.split(/[-_./]+/).some((part) => MOVING_PART.has(part))) return true;
  // `main~2`, `HEAD^^`: a moving name counted back still moves. By hand from the end: a
  // pattern would try every split of a run of `~`.
  let end = revision.length;
  for (;;) {
    let at = end;
    while (at > 0 && /\d/.test(revision[at - 1] as string)) at--;
    if (at === 0 || (revision[at - 1] !== '~' && revision[at - 1] !== '^')) break;
    end = at - 1;
  }
  return end < revision.length && MOVING.has(revision.slice(0, end));
}

const COMMIT = /^[0-9a-f]{7,64}$/;

/**
 * Whether two written revisions name the same one: as text, case and outer spaces aside (a
 * number written unquoted is its digits), or, both being commit ids of seven hex digits or
 * more, when one is the start of the other (a short SHA and the full one).
 */
export function sameRevision(a: unknown, b: unknown): boolean {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);
  const [left, right] = [text(a), text(b)];
  if (left === undefined || right === undefined || left === '' || right === '') return false;
  if (left === right) return true;
  return COMMIT.test(left) && COMMIT.test(right) && (left.startsWith(right) || right.startsWith(left));
}
