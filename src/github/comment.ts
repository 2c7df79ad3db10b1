/**
 * One sticky comment per workflow and path on a pull request. It is found again by its hidden
 * marker and its author (so a comment anyone else writes with the marker is never edited),
 * edited in place, and left alone when its content has not changed.
 */
import { commentDigest, commentMarker } from '../report/pr-comment.js';
import { NO_RETRY, writeOnce, type GitHubClient } from './client.js';

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not-needed';

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  body: string;
  /** Logins whose comments count as ours. */
  authors: readonly string[];
  /** Whether to create a comment when there is none yet (false: only update one). */
  create: boolean;
}

export async function upsertComment(octokit: GitHubClient, comment: StickyComment): Promise<{ outcome: CommentOutcome; id?: number }> {
  const { owner, repo } = comment;
  const marker = commentMarker(comment.key);
  const findOurs = async () => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: comment.issueNumber, per_page: 100 });
    return comments.find((c) => c.body?.startsWith(marker) && comment.authors.includes(c.user?.login ?? ''));
  };
  const ours = await findOurs();
  if (ours) {
    if (ours.body && commentDigest(ours.body) === commentDigest(comment.body)) return { outcome: 'unchanged', id: ours.id };
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: comment.body });
    return { outcome: 'updated', id: ours.id };
  }
  if (!comment.create) return { outcome: 'not-needed' };
  // A comment whose creation got no answer may be there: look before posting a second one.
  const id = await writeOnce(
    'the pull request comment',
    async () => (await octokit.rest.issues.createComment({ owner, repo, issue_number: comment.issueNumber, body: comment.body, ...NO_RETRY })).data.id,
    async () => (await findOurs())?.id,
    (message) => octokit.log.info(message),
  );
  return { outcome: 'created', id };
}
