/**
 * Every failing finding as a check run annotation. The Checks API takes at most 50 annotations
 * per request and appends those of each update, so the run is created with the first 50 and
 * updated with the rest, 50 at a time; the last request completes it with the verdict.
 */
import { toAnnotation } from '../report/annotations.js';
import { visibleText } from '../report/escape.js';
import { failuresInPriorityOrder, type Report } from '../report/report.js';
import type { Finding, Severity } from '../types.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';

export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_SUMMARY_LIMIT = 65_535;
const MESSAGE_LIMIT = 64 * 1024 - 1;
const TITLE_LIMIT = 255;

type Level = 'failure' | 'warning' | 'notice';
const LEVEL: Record<Severity, Level> = { error: 'failure', warning: 'warning', notice: 'notice' };

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: Level;
  message: string;
  title: string;
}

/** The same annotations as the workflow-command ones (annotations.ts), in the Checks API's shape. */
export function checkAnnotations(findings: readonly Finding[]): CheckAnnotation[] {
  return failuresInPriorityOrder(findings).map((finding) => {
    const base = toAnnotation(finding);
    const annotation: CheckAnnotation = {
      path: base.file,
      start_line: base.startLine,
      end_line: base.startLine,
      annotation_level: LEVEL[base.level],
      message: truncate(base.message, MESSAGE_LIMIT),
      title: truncate(`${base.title} (${visibleText(finding.system)})`, TITLE_LIMIT),
    };
    // The API accepts columns only on a one-line annotation, which is when toAnnotation gives an end.
    if (base.endColumn !== undefined) {
      annotation.start_column = base.startColumn ?? 1;
      annotation.end_column = base.endColumn;
    }
    return annotation;
  });
}

export interface CheckRunResult {
  id: number;
  url?: string;
  annotations: number;
}

/**
 * Creates the check run on the commit the findings describe and posts every annotation.
 * Throws the API's error (the caller falls back to workflow commands); a run left incomplete
 * by a failed update is closed on a best-effort basis so it does not spin forever.
 */
export async function postCheckRun(
  octokit: GitHubClient,
  context: RunContext & { headSha: string },
  report: Report,
  name: string,
  summary: string,
): Promise<CheckRunResult> {
  const annotations = checkAnnotations(report.findings);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  if (batches.length === 0) batches.push([]);

  const { owner, repo } = context;
  const conclusion: 'success' | 'failure' = report.verdict === 'pass' ? 'success' : 'failure';
  const title = checkTitle(report);
  const output = (batch: CheckAnnotation[]) => ({ title, summary, ...(batch.length > 0 ? { annotations: batch } : {}) });
  const done = () => ({ status: 'completed' as const, conclusion, completed_at: new Date().toISOString() });

  const created = await octokit.rest.checks.create({
    owner,
    repo,
    name,
    head_sha: context.headSha,
    ...(batches.length === 1 ? done() : { status: 'in_progress' as const }),
    output: output(batches[0] ?? []),
  });
  const id = created.data.id;
  try {
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1;
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...(last ? done() : {}), output: output(batches[i] ?? []) });
    }
  } catch (error) {
    await octokit.rest.checks
      .update({ owner, repo, check_run_id: id, ...done(), output: { title, summary: `${summary.slice(0, CHECK_SUMMARY_LIMIT - 200)}\n\nNot every annotation could be posted; see the job log.` } })
      .catch(() => undefined);
    throw error;
  }
  return { id, ...(created.data.html_url ? { url: created.data.html_url } : {}), annotations: annotations.length };
}

function checkTitle(report: Report): string {
  const { errors, warnings, notices } = report.summary;
  return `${report.verdict === 'pass' ? 'Pass' : 'Fail'}: ${errors} errors, ${warnings} warnings, ${notices} notices`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
