/**
 * Every failing finding as a check run annotation. The Checks API takes at most 50 annotations
 * per request and appends those of each update, so the run is created with the first 50 and
 * updated with the rest, 50 at a time; the last request completes it with the verdict and the
 * summary.
 */
import { randomUUID } from 'node:crypto';
import { toAnnotation } from '../report/annotations.js';
import { visibleText } from '../report/escape.js';
import { failuresInPriorityOrder, sameFailureGroups, type Report } from '../report/report.js';
import type { Finding, Severity } from '../types.js';
import { NO_RETRY, writeOnce, type GitHubClient } from './client.js';
import type { RunContext } from './context.js';

export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_SUMMARY_LIMIT = 65_535;
/** The Checks API's cap on an annotation message, in bytes. */
const MESSAGE_LIMIT = 64 * 1024;
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
  return sameFailureGroups(failuresInPriorityOrder(findings)).map((group) => {
    const finding = group[0] as Finding;
    const base = toAnnotation(group);
    const annotation: CheckAnnotation = {
      path: base.file,
      start_line: base.startLine,
      end_line: base.startLine,
      annotation_level: LEVEL[base.level],
      message: truncateBytes(base.message, MESSAGE_LIMIT),
      title: visibleText(`${base.title} (${finding.system})`, TITLE_LIMIT),
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
 *
 * - The summary (up to 65,535 characters) is sent once, with the last request; the requests
 *   before it carry a one-line progress summary (the API wants one with every output).
 * - Creating is idempotent: the run carries an `external_id` for this run attempt, and after an
 *   answer that leaves it unknown (a 500, a timeout, a reset connection) the run is looked up by
 *   that id on the commit before creating again.
 * - An annotation batch whose answer was lost is checked against the run's annotation count,
 *   so no batch is posted twice or lost.
 *
 * Throws the API's error (the caller falls back to workflow commands); a run left incomplete by
 * a failed update is closed on a best-effort basis so it does not spin forever.
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
  const externalId = `modelgate:${context.runAttempt ?? RUN_NONCE}:${name}`.slice(0, 255);
  const output = (batch: CheckAnnotation[], last: boolean, posted: number) => ({
    title,
    summary: last ? summary : `Posting ${annotations.length} annotations: ${posted + batch.length} so far. The summary follows with the last batch.`,
    ...(batch.length > 0 ? { annotations: batch } : {}),
  });
  const done = () => ({ status: 'completed' as const, conclusion, completed_at: new Date().toISOString() });

  const first = batches[0] ?? [];
  const single = batches.length === 1;
  const created = await writeOnce(
    'the check run\'s creation',
    async () => {
      const response = await octokit.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: context.headSha,
        external_id: externalId,
        ...(single ? done() : { status: 'in_progress' as const }),
        output: output(first, single, 0),
        ...NO_RETRY,
      });
      return { id: response.data.id, url: response.data.html_url ?? undefined };
    },
    async () => {
      const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: context.headSha, check_name: name, filter: 'latest', per_page: 100 });
      const run = data.check_runs.find((r) => r.external_id === externalId);
      return run ? { id: run.id, url: run.html_url ?? undefined } : undefined;
    },
    (message) => octokit.log.info(message),
  );
  const id = created.id;
  let posted = first.length;
  try {
    for (let i = 1; i < batches.length; i++) {
      const batch = batches[i] ?? [];
      const last = i === batches.length - 1;
      const expected = posted + batch.length;
      await writeOnce(
        `annotations ${posted + 1}-${expected} of the check run`,
        async () => {
          await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...(last ? done() : {}), output: output(batch, last, posted), ...NO_RETRY });
          return true;
        },
        async () => {
          const { data } = await octokit.rest.checks.get({ owner, repo, check_run_id: id });
          return data.output.annotations_count >= expected ? true : undefined;
        },
        (message) => octokit.log.info(message),
      );
      posted = expected;
    }
  } catch (error) {
    await octokit.rest.checks
      .update({ owner, repo, check_run_id: id, ...done(), output: { title, summary: `${summary.slice(0, CHECK_SUMMARY_LIMIT - 200)}\n\nNot every annotation could be posted; see the job log.` } })
      .catch(() => undefined);
    throw error;
  }
  return { id, ...(created.url ? { url: created.url } : {}), annotations: annotations.length };
}

/** Identifies this process's check run when the runner gives no run id (a local run, say). */
const RUN_NONCE = randomUUID();

function checkTitle(report: Report): string {
  const { errors, warnings, notices } = report.summary;
  return `${report.verdict === 'pass' ? 'Pass' : 'Fail'}: ${errors} errors, ${warnings} warnings, ${notices} notices`;
}

/** Cut to at most `max` bytes of UTF-8 (the Checks API counts bytes), on a character boundary. */
export function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  const ellipsis = '…';
  let cut = Buffer.from(text, 'utf8').subarray(0, max - Buffer.byteLength(ellipsis, 'utf8')).toString('utf8');
  // A character split by the cut decodes as U+FFFD: drop it.
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return `${cut}${ellipsis}`;
}
