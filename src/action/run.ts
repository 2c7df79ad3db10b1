/**
 * One run of the GitHub Action, in process: the inputs, the runner's environment and the way to
 * reach GitHub's API are all given, and nothing here reads process.env or the process's inputs,
 * so a test calls it directly. It runs the engine, then reports through every surface that needs
 * no write permission (annotations, job summary, outputs, a JSON report under RUNNER_TEMP) and,
 * with a token, through the check run and the pull request comment. The verdict alone decides
 * the exit code: 1 on a policy failure, 2 on a configuration or internal error, 0 otherwise.
 */
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { freshFolder, writeNewFile } from '../fs/runner-files.js';
import { writeInside } from '../fs/safe-write.js';
import type { GitHubClient, Log } from '../github/client.js';
import { mergeGroupBaseOf, pullRequestOf, runContext, type RunContext } from '../github/context.js';
import type { Policy } from '../evaluate/policy.js';
import { markdownText } from '../report/escape.js';
import { writeJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { formatSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import { reportWorkflowCommands } from '../report/workflow-commands.js';
import { UsageError } from '../types.js';
import { gateWithRemotePacks, workspaceOf, type RunnerEnv } from './gate.js';
import { readInputs, type ActionInputs, type InputSource } from './inputs.js';
import { ActionIo, runnerLog, type LogSink, type ShownAnnotation } from './io.js';

type GitHubModule = typeof import('../github/index.js');

/** How the run reaches GitHub's API. */
export interface GitHubAccess {
  /** A client for `token` at `apiUrl` (GitHub's own API when undefined), logging to `log`. */
  connect(token: string, apiUrl: string | undefined, log: Log): Promise<GitHubClient>;
}

/** GitHub's API at the runner's GITHUB_API_URL; @actions/github is loaded only when a token needs it. */
export const gitHubApi: GitHubAccess = {
  connect: async (token, apiUrl, log) => (await import('../github/index.js')).createClient(token, apiUrl, log),
};

export interface RunOptions {
  /** Where log lines and annotations go (default: workflow commands on stdout). */
  log?: LogSink;
  /** The bundle's own file, to run the gate on a worker thread. */
  workerScript?: string;
}

export interface ActionResult {
  exitCode: 0 | 1 | 2;
  verdict: 'pass' | 'fail' | 'error';
  /** Undefined when the gate could not run. */
  report?: Report;
  /** The outputs set, as written to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What was appended to the job summary. */
  summary: string;
  /** Every annotation shown as a workflow command: the findings' (the fallback) and the Action's own warnings and errors. */
  annotations: ShownAnnotation[];
  /** The log's info lines (the console report aside). */
  log: string[];
  /** How the findings were annotated. */
  annotated?: AnnotationOutcome;
}

export interface AnnotationOutcome {
  via: 'check-run' | 'workflow-commands';
  /** Failing findings the annotations show (one annotation may show several, sameFailureGroups). */
  shown: number;
  /** Why the check run was not used, when it was not. */
  fallback?: string;
  url?: string;
}

/**
 * Runs the Action once. `inputs` are the checked inputs, or where to read them (a bad one is then
 * reported like any usage error: exit 2, verdict `error`). Never throws.
 */
export async function run(inputs: ActionInputs | InputSource, env: RunnerEnv, api: GitHubAccess = gitHubApi, options: RunOptions = {}): Promise<ActionResult> {
  const io = new ActionIo(env, options.log ?? runnerLog);
  const result = (exitCode: ActionResult['exitCode'], report?: Report, annotated?: AnnotationOutcome): ActionResult => ({
    exitCode,
    verdict: report?.verdict ?? 'error',
    ...(report ? { report } : {}),
    outputs: io.outputs,
    summary: io.summary,
    annotations: io.annotations,
    log: io.log,
    ...(annotated ? { annotated } : {}),
  });
  try {
    const given = typeof inputs === 'function' ? readInputs(inputs) : inputs;
    const { report, annotated } = await gateAndReport(given, env, api, io, options.workerScript);
    return result(report.verdict === 'fail' ? 1 : 0, report, annotated);
  } catch (error) {
    // Not a policy verdict: the gate could not run. Say why; exit 2 so it is never mistaken for one.
    const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.error(`modelgate: ${message}`);
    try {
      io.setOutput('verdict', 'error');
    } catch {
      // GITHUB_OUTPUT missing or unwritable: the exit code still says it all.
    }
    return result(2);
  }
}

async function gateAndReport(inputs: ActionInputs, env: RunnerEnv, api: GitHubAccess, io: ActionIo, workerScript: string | undefined) {
  const pullRequest = pullRequestOf(env);
  const context = runContext(env, pullRequest);
  const token = inputs.token || env.GITHUB_TOKEN || '';
  // The GitHub side is loaded only when there is a token to use it with.
  const octokit = token ? await api.connect(token, env.GITHUB_API_URL, io.info) : undefined;
  const github = octokit ? await import('../github/index.js') : undefined;
  const changedFiles = await changedFilesInScope(inputs, context, github, octokit, io);
  // A merge queue's group is judged as its pull requests are: against the commit it is built on.
  const prBase = pullRequest?.baseSha ?? (env.GITHUB_EVENT_NAME === 'merge_group' ? inputs.base ?? mergeGroupBaseOf(env) : undefined);
  const { report, policy } = await gateWithRemotePacks({ inputs, env, prBase, changedFiles, workerScript, io }, octokit);
  const reportPath = writeReport(report, env);
  setOutputs(report, reportPath, io);
  writeLog(report, io);
  if (report.summary.systems === 0 && report.summary.unregistered === 0 && !report.scope) {
    io.warning(`modelgate: no ai-system.yaml under ${inputs.path}; nothing was checked (is the path input right?)`);
  }

  // Posting never changes the verdict: the exit code comes from the report alone.
  // What can warn goes before the annotations where it can: GitHub counts the Action's own
  // warnings against the same cap of 10 per step, and drops whatever comes past it.
  const sarif = writeSarif(report, policy, inputs, env, io);
  if (sarif) io.setOutput('sarif', sarif);
  if (!io.hasSummaryFile) io.warning('modelgate: GITHUB_STEP_SUMMARY is not set, so no job summary was written');
  const commenting = Boolean(github && octokit && context?.pullRequest && inputs.comment);
  const checkName = inputs.path === '.' ? 'modelgate' : `modelgate (${inputs.path})`;
  // The comment comes after (it links the check run): a slot is kept for its warning.
  const annotated = await annotate(report, inputs, context, github, octokit, checkName, io, commenting ? 1 : 0);
  writeSummary(report, annotated, io);
  if (github && octokit && context?.pullRequest && commenting) {
    const posted = await github.publishComment(report, octokit, context, `${context.workflow}/${inputs.path}`, inputs.commentAuthors);
    if (posted) io[posted.level](posted.message);
  }

  if (report.verdict === 'fail') {
    const { errors, warnings, notices } = report.summary;
    io.info(`modelgate: FAIL (errors: ${errors}, warnings: ${warnings}, notices: ${notices}; fail-on: ${report.failOn})`);
  } else {
    io.info('modelgate: pass');
  }
  return { report, annotated };
}

/**
 * On a pull request with `scope: changed` (the default there), the files it changes; undefined
 * means every system is checked (push, schedule, `scope: all`, or the list is not available).
 */
async function changedFilesInScope(
  inputs: ActionInputs,
  context: RunContext | undefined,
  github: GitHubModule | undefined,
  octokit: GitHubClient | undefined,
  io: ActionIo,
): Promise<string[] | undefined> {
  const scope = inputs.scope ?? (context?.pullRequest ? 'changed' : 'all');
  if (scope === 'all') return undefined;
  if (!context?.pullRequest) {
    io.info('modelgate: scope is changed, but this run is not for a pull request; checking every system');
    return undefined;
  }
  if (!github || !octokit) {
    io.warning("modelgate: scope is changed, but there is no token to list the pull request's files; checking every system");
    return undefined;
  }
  try {
    const files = await github.listChangedFiles(octokit, context.owner, context.repo, context.pullRequest.number);
    if (!files) io.info('modelgate: the pull request changes 3,000 files or more (all GitHub lists); checking every system');
    else io.info(`modelgate: the pull request changes ${files.length} file${files.length === 1 ? '' : 's'}; checking the systems they touch`);
    return files;
  } catch (error) {
    io.warning(`${github.explainFailure(error, `list the files of pull request #${context.pullRequest.number}`, 'pull-requests: read')} Checking every system.`);
    return undefined;
  }
}

/**
 * Every failing finding as a check run annotation when the token can write checks; otherwise
 * (no token, 403 on a fork pull request, any failure, or check-run: false) the workflow-command
 * reporter, within GitHub's per-step caps.
 */
async function annotate(
  report: Report,
  inputs: ActionInputs,
  context: RunContext | undefined,
  github: GitHubModule | undefined,
  octokit: GitHubClient | undefined,
  checkName: string,
  io: ActionIo,
  /** Warnings the Action may still show after the annotations. */
  warningsToCome: number,
): Promise<AnnotationOutcome> {
  let fallback: string;
  if (!inputs.checkRun) {
    fallback = 'the check-run input is false';
  } else if (github && octokit && context?.headSha) {
    const posted = await github.publishCheckRun(report, octokit, { ...context, headSha: context.headSha }, checkName);
    if (posted.posted) {
      io.info(posted.info);
      return { via: 'check-run', shown: posted.annotations, ...(posted.url ? { url: posted.url } : {}) };
    }
    io.warning(`${posted.failure} Annotations fall back to workflow commands, which GitHub caps per step.`);
    fallback = posted.failure.replace(/^modelgate: /, '');
  } else {
    fallback = octokit ? 'this run has no commit to attach one to (GITHUB_SHA is not set)' : 'no token was given';
  }
  // The Action's own warnings so far (this fallback's among them) hold warning slots already.
  const shown = reportWorkflowCommands(report.findings, io.annotate, { warningsShown: io.warningsShown + warningsToCome });
  return { via: 'workflow-commands', shown, fallback };
}

/** The console report in the log, with workflow commands switched off around it so text quoted
 *  from documents can never be read as a command. */
function writeLog(report: Report, io: ActionIo): void {
  const token = randomUUID();
  io.write(`::stop-commands::${token}\n`);
  io.write(formatStylish(report, { color: true }));
  io.write(`::${token}::\n`);
}

/**
 * The JSON report, under RUNNER_TEMP (never into the checkout, where a committed symlink could
 * redirect it), in a folder of its own so a second modelgate step in the job keeps its own.
 */
function writeReport(report: Report, env: RunnerEnv): string {
  const reportPath = path.join(freshFolder(env.RUNNER_TEMP || os.tmpdir(), 'modelgate-'), 'report.json');
  // In pieces: a large report is never one string in memory.
  writeNewFile(reportPath, (write) => writeJson(report, write));
  return reportPath;
}

function setOutputs(report: Report, reportPath: string, io: ActionIo): void {
  io.setOutput('verdict', report.verdict);
  io.setOutput('errors', report.summary.errors);
  io.setOutput('warnings', report.summary.warnings);
  io.setOutput('notices', report.summary.notices);
  io.setOutput('waived', report.summary.waived);
  io.setOutput('report', reportPath);
}

/**
 * SARIF for code scanning, where the sarif-file input says, inside the workspace with no symbolic
 * link on the way (the checkout is the pull request's). A refusal is a warning; the verdict stands.
 */
function writeSarif(report: Report, policy: Pick<Policy, 'known'>, inputs: ActionInputs, env: RunnerEnv, io: ActionIo): string | undefined {
  if (!inputs.sarifFile) return undefined;
  try {
    const category = inputs.path === '.' ? 'modelgate' : `modelgate/${inputs.path}`;
    return writeInside(workspaceOf(env), inputs.sarifFile, formatSarif(report, { category, rules: policy.known }));
  } catch (error) {
    io.warning(`modelgate: could not write the SARIF file ${inputs.sarifFile}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function writeSummary(report: Report, annotations: AnnotationOutcome, io: ActionIo): void {
  if (!io.hasSummaryFile) return; // said before the annotations
  const failing = report.findings.filter((f) => f.status === 'fail').length;
  const { markdown, complete } = renderMarkdown(report);
  const where = complete ? 'Every finding is listed above.' : 'Not every finding fits in the job summary; every one is in the JSON report (the `report` output).';
  const how =
    annotations.via === 'check-run'
      ? `> Annotations: all ${failing} findings on the check run${annotations.url ? ` (${annotations.url})` : ''}.`
      : `> Annotations: ${annotations.shown} of ${failing} findings shown as workflow commands (GitHub shows at most 10 errors, 10 warnings and 10 notices per step)` +
        `${annotations.fallback ? `; no check run because ${markdownText(annotations.fallback.replace(/\.$/u, ''))}` : ''}. ${where}`;
  try {
    io.appendSummary(`${markdown}\n${how}\n`);
  } catch (error) {
    // The summary is a courtesy; failing to write it must not change the verdict.
    io.warning(`modelgate: could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
