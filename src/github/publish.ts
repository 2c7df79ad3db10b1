/**
 * Posting a report to GitHub: the check run (every annotation) and the sticky pull request
 * comment. Nothing here can change the verdict: a refusal or failure comes back as a line naming
 * the permission to grant, and the caller decides what to show instead (the workflow-command
 * annotations are a reporter, report/workflow-commands.ts).
 */
import { formatMarkdown } from '../report/markdown.js';
import { formatComment } from '../report/pr-comment.js';
import type { Report } from '../report/report.js';
import { CHECK_SUMMARY_LIMIT, postCheckRun } from './check-run.js';
import type { GitHubClient } from './client.js';
import { explainFailure } from './client.js';
import { upsertComment } from './comment.js';
import type { RunContext } from './context.js';

/** What a post did, for the log; a warning says what went wrong and the permission to grant. */
export interface Posted {
  level: 'info' | 'warning';
  message: string;
}

/** Every failing finding as a check run annotation on `context.headSha`. */
export async function publishCheckRun(
  report: Report,
  octokit: GitHubClient,
  context: RunContext & { headSha: string },
  checkName: string,
): Promise<{ posted: true; annotations: number; url?: string; info: string } | { posted: false; failure: string }> {
  try {
    const summary = formatMarkdown(report, { maxBytes: CHECK_SUMMARY_LIMIT });
    const run = await postCheckRun(octokit, context, report, checkName, summary);
    const info = `modelgate: check run "${checkName}" posted with ${run.annotations} annotation${run.annotations === 1 ? '' : 's'}${run.url ? ` (${run.url})` : ''}`;
    return { posted: true, annotations: run.annotations, ...(run.url ? { url: run.url } : {}), info };
  } catch (error) {
    return { posted: false, failure: explainFailure(error, 'create a check run', 'checks: write') };
  }
}

/**
 * The sticky comment on the pull request: created when there is something to report, updated
 * when it exists, untouched when unchanged.
 */
export async function publishComment(report: Report, octokit: GitHubClient, context: RunContext, key: string, authors: readonly string[]): Promise<Posted | undefined> {
  const pr = context.pullRequest;
  if (!pr) return undefined;
  const body = formatComment(report, { key, commit: pr.headSha, ...(context.runUrl ? { runUrl: context.runUrl } : {}) });
  // A passing pull request gets no new comment; one already there is updated to say it passes.
  const somethingToSay = report.verdict === 'fail';
  try {
    const result = await upsertComment(octokit, { owner: context.owner, repo: context.repo, issueNumber: pr.number, key, body, authors, create: somethingToSay });
    const said = { created: 'posted', updated: 'updated', unchanged: 'left unchanged (same findings)', 'not-needed': 'not needed (the gate passes)' }[result.outcome];
    return { level: 'info', message: `modelgate: pull request comment ${said}${result.id ? ` (comment ${result.id})` : ''}` };
  } catch (error) {
    return { level: 'warning', message: explainFailure(error, `comment on pull request #${pr.number}`, 'pull-requests: write') };
  }
}
