/**
 * Posting a report to GitHub: the check run (every annotation) with the workflow-command
 * fallback, and the sticky pull request comment. Nothing here can change the verdict: every
 * refusal or failure becomes a log line naming the permission to grant, and the caller's exit
 * code still comes from the report alone.
 */
import * as core from '@actions/core';
import { actionWarning, actionWarnings } from './log.js';
import { ANNOTATION_CAPS, planAnnotations } from '../report/annotations.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatComment } from '../report/pr-comment.js';
import type { Report } from '../report/report.js';
import { CHECK_SUMMARY_LIMIT, postCheckRun } from './check-run.js';
import type { GitHubClient } from './client.js';
import { explainFailure } from './client.js';
import { upsertComment } from './comment.js';
import type { RunContext } from './context.js';

export interface AnnotationOutcome {
  via: 'check-run' | 'workflow-commands';
  /** Annotations shown. */
  shown: number;
  /** Why the check run was not used, when it was wanted. */
  fallback?: string;
  url?: string;
}

/**
 * Every failing finding as a check run annotation when the token can write checks; otherwise
 * (no token, 403 on a fork pull request, any failure) workflow-command annotations within the
 * per-step caps.
 */
export async function publishAnnotations(
  report: Report,
  octokit: GitHubClient | undefined,
  context: RunContext | undefined,
  checkName: string,
  /** Why no check run is wanted (the check-run input is false), if so. */
  notWanted?: string,
): Promise<AnnotationOutcome> {
  let fallback: string | undefined = notWanted;
  if (notWanted) {
    // workflow commands only, as asked
  } else if (octokit && context?.headSha) {
    try {
      const summary = formatMarkdown(report, { maxBytes: CHECK_SUMMARY_LIMIT });
      const run = await postCheckRun(octokit, { ...context, headSha: context.headSha }, report, checkName, summary);
      core.info(`modelgate: check run "${checkName}" posted with ${run.annotations} annotation${run.annotations === 1 ? '' : 's'}${run.url ? ` (${run.url})` : ''}`);
      return { via: 'check-run', shown: run.annotations, ...(run.url ? { url: run.url } : {}) };
    } catch (error) {
      const line = explainFailure(error, 'create a check run', 'checks: write');
      actionWarning(`${line} Annotations fall back to workflow commands, which GitHub caps per step.`);
      fallback = line.replace(/^modelgate: /, '');
    }
  } else {
    fallback = octokit ? 'this run has no commit to attach one to (GITHUB_SHA is not set)' : 'no token was given';
  }
  // The Action's own warnings so far (this fallback's among them) hold warning slots already.
  const plan = planAnnotations(report.findings, { ...ANNOTATION_CAPS, warning: Math.max(0, ANNOTATION_CAPS.warning - actionWarnings()) });
  for (const annotation of plan.annotations) {
    const { level, message, ...properties } = annotation;
    core[level](message, properties);
  }
  if (plan.overflowNotice) core.notice(plan.overflowNotice);
  return { via: 'workflow-commands', shown: plan.annotations.length, ...(fallback ? { fallback } : {}) };
}

/**
 * The sticky comment on the pull request: created when there is something to report, updated
 * when it exists, untouched when unchanged. A failure is a warning.
 */
export async function publishComment(report: Report, octokit: GitHubClient, context: RunContext, key: string, authors: readonly string[]): Promise<void> {
  const pr = context.pullRequest;
  if (!pr) return;
  const body = formatComment(report, { key, commit: pr.headSha, ...(context.runUrl ? { runUrl: context.runUrl } : {}) });
  // A passing pull request gets no new comment; one already there is updated to say it passes.
  const somethingToSay = report.verdict === 'fail';
  try {
    const result = await upsertComment(octokit, { owner: context.owner, repo: context.repo, issueNumber: pr.number, key, body, authors, create: somethingToSay });
    const said = { created: 'posted', updated: 'updated', unchanged: 'left unchanged (same findings)', 'not-needed': 'not needed (the gate passes)' }[result.outcome];
    core.info(`modelgate: pull request comment ${said}${result.id ? ` (comment ${result.id})` : ''}`);
  } catch (error) {
    actionWarning(explainFailure(error, `comment on pull request #${pr.number}`, 'pull-requests: write'));
  }
}
