/**
 * The GitHub Action: read inputs and the runner's environment, run the engine, then report
 * through every surface that needs no write permission (annotations, job summary, outputs, a
 * JSON report under RUNNER_TEMP). The verdict alone decides the step's exit code: 1 on a policy
 * failure, 2 on a configuration or internal error, 0 otherwise.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { actionWarning } from './github/log.js';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { evaluateGate, fetchRemotePacks, parseAsOf, type GateOptions } from './engine/gate.js';
import { evaluateOffThread, type GateResult } from './engine/gate-thread.js';
import { displayRemote } from './policy/reference.js';
import { fetchRemotePack } from './github/remote-pack.js';
import { parseSize } from './fs/repo-fs.js';
import { pullRequestOf, runContext, type RunContext } from './github/context.js';
import type { AnnotationOutcome, GitHubClient } from './github/index.js';
import { markdownText } from './report/escape.js';
import { writeJsonFile } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { formatSarif } from './report/sarif.js';
import type { Policy } from './evaluate/policy.js';
import type { Report } from './report/report.js';
import { formatStylish } from './report/stylish.js';
import { FAIL_ON, UsageError, type FailOn } from './types.js';

export async function runAction(env: NodeJS.ProcessEnv = process.env, workerScript?: string): Promise<void> {
  try {
    const pullRequest = pullRequestOf(env);
    const context = runContext(env, pullRequest);
    const token = core.getInput('token') || env.GITHUB_TOKEN || '';
    // The GitHub side is loaded only when there is a token to use it with.
    const github = token ? await import('./github/index.js') : undefined;
    const octokit = github?.createClient(token, env.GITHUB_API_URL);
    const changedFiles = await changedFilesInScope(context, github, octokit);
    const { report, policy } = await gateWithRemotePacks(env, pullRequest?.baseSha, octokit, changedFiles, workerScript);
    const reportPath = writeReport(report, env);
    setOutputs(report, reportPath);
    writeLog(report);
    if (report.summary.systems === 0 && report.summary.unregistered === 0 && !report.scope) {
      actionWarning(`modelgate: no ai-system.yaml under ${core.getInput('path') || '.'}; nothing was checked (is the path input right?)`);
    }
    if (report.verdict === 'fail') process.exitCode = 1;

    // Posting never changes the verdict: the exit code is already set from the report.
    const scanPath = core.getInput('path') || '.';
    const checkName = scanPath === '.' ? 'modelgate' : `modelgate (${scanPath})`;
    const wants = (name: string) => (core.getInput(name) || 'true') !== 'false';
    const publish = github ?? (await import('./github/index.js')); // the fallback annotations live there too
    const annotations = await publish.publishAnnotations(report, octokit, context, checkName, wants('check-run') ? undefined : 'the check-run input is false');
    const sarif = writeSarif(report, policy, scanPath);
    if (sarif) core.setOutput('sarif', sarif);
    await writeSummary(report, annotations);
    if (octokit && context?.pullRequest && wants('comment')) {
      const authors = (core.getInput('comment-author') || 'github-actions[bot]').split(',').map((a) => a.trim());
      await publish.publishComment(report, octokit, context, `${context.workflow}/${scanPath}`, authors);
    }

    if (report.verdict === 'fail') {
      const { errors, warnings, notices } = report.summary;
      core.info(`modelgate: FAIL (errors: ${errors}, warnings: ${warnings}, notices: ${notices}; fail-on: ${report.failOn})`);
    } else {
      core.info('modelgate: pass');
    }
  } catch (error) {
    // Not a policy verdict: the gate could not run. Say why; exit 2 so it is never mistaken for one.
    const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    core.error(`modelgate: ${message}`);
    process.exitCode = 2;
    try {
      core.setOutput('verdict', 'error');
    } catch {
      // GITHUB_OUTPUT missing or unwritable: the exit code still says it all.
    }
  }
}

/**
 * On a pull request with `scope: changed` (the default there), the files it changes; undefined
 * means every system is checked (push, schedule, `scope: all`, or the list is not available).
 */
async function changedFilesInScope(
  context: RunContext | undefined,
  github: typeof import('./github/index.js') | undefined,
  octokit: GitHubClient | undefined,
): Promise<string[] | undefined> {
  const scope = core.getInput('scope') || (context?.pullRequest ? 'changed' : 'all');
  if (scope !== 'changed' && scope !== 'all') throw new UsageError(`input scope must be changed or all, not "${scope}"`);
  if (scope === 'all') return undefined;
  if (!context?.pullRequest) {
    core.info('modelgate: scope is changed, but this run is not for a pull request; checking every system');
    return undefined;
  }
  if (!github || !octokit) {
    actionWarning("modelgate: scope is changed, but there is no token to list the pull request's files; checking every system");
    return undefined;
  }
  try {
    const files = await github.listChangedFiles(octokit, context.owner, context.repo, context.pullRequest.number);
    if (!files) core.info('modelgate: the pull request changes 3,000 files or more (all GitHub lists); checking every system');
    else core.info(`modelgate: the pull request changes ${files.length} file${files.length === 1 ? '' : 's'}; checking the systems they touch`);
    return files;
  } catch (error) {
    actionWarning(`${github.explainFailure(error, `list the files of pull request #${context.pullRequest.number}`, 'pull-requests: read')} Checking every system.`);
    return undefined;
  }
}

/**
 * Runs the gate: first every pinned remote pack the policy extends is fetched with the
 * workflow's token, then the engine runs (on a worker thread when the bundle can start one, so
 * this thread's event loop keeps running).
 */
async function gateWithRemotePacks(env: NodeJS.ProcessEnv, prBase: string | undefined, octokit: GitHubClient | undefined, changedFiles: string[] | undefined, workerScript: string | undefined): Promise<GateResult> {
  const options = gateOptions(env, prBase, changedFiles, workerScript);
  const remote = await fetchRemotePacks(options, async (ref) => {
    if (!octokit) throw new UsageError(`policy pack ${displayRemote(ref)} is in another repository, and there is no token to fetch it (input token)`);
    core.info(`modelgate: fetching policy pack ${displayRemote(ref)}`);
    return fetchRemotePack(ref, octokit);
  });
  return workerScript ? evaluateOffThread(options, remote, workerScript) : evaluateGate({ ...options, remote });
}

/** The engine's options from the Action's inputs, checked (a bad input is a usage error naming it). */
function gateOptions(env: NodeJS.ProcessEnv, prBase: string | undefined, changedFiles: string[] | undefined, workerScript: string | undefined): GateOptions {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const scan = path.resolve(workspace, core.getInput('path') || '.');
  const scanPath = path.relative(workspace, scan).split(path.sep).join('/');
  if (scanPath === '..' || scanPath.startsWith('../') || path.isAbsolute(scanPath)) {
    throw new UsageError(`input path "${core.getInput('path')}" is outside the workspace`);
  }
  if (!fs.existsSync(scan)) throw new UsageError(`input path "${core.getInput('path')}" does not exist in the workspace`);
  const failOn = core.getInput('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`input fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  }
  const maxFileSize = core.getInput('max-file-size');
  const asOf = core.getInput('as-of');
  const base = core.getInput('base') || prBase;
  const waivers = core.getInput('waivers');
  // On a pull request the policy in force is the base commit's unless the workflow opts out.
  const policyFrom = core.getInput('policy-from') || (prBase ? 'base' : 'head');
  if (policyFrom !== 'base' && policyFrom !== 'head') throw new UsageError(`input policy-from must be base or head, not "${policyFrom}"`);
  if (policyFrom === 'base' && !base) throw new UsageError('input policy-from is base, but this run has no base commit (not a pull request, and no base input)');
  if (base) ensureCommit(workspace, base);
  const workflowFile = prBase ? runningWorkflow(env) : undefined;
  return {
    root: workspace,
    scanPath,
    // Unnamed: the repository's .modelgate/policy.yaml (the base commit's on a pull request), else baseline.
    ...(core.getInput('policy') ? { policy: core.getInput('policy') } : {}),
    policyBaseDir: workspace,
    failOn: failOn as FailOn,
    ...(maxFileSize ? { maxFileBytes: parseSize(maxFileSize) } : {}),
    ...(asOf ? { now: parseAsOf(asOf) } : {}),
    // In CI the base may be missing from a shallow clone: regression rules then say so.
    ...(base ? { base: { ref: base, required: false } } : {}),
    ...(waivers ? { waivers } : {}),
    policyFrom,
    ...(changedFiles ? { changedFiles } : {}),
    ...(workflowFile ? { workflowFile } : {}),
    ...(workerScript ? { workerScript } : {}),
    // The JSON report lists failing and waived findings (passes are counted, not listed): on a
    // large repository the passes are most of the memory and none of what a reader acts on.
    keepPasses: false,
  };
}

/** The workflow file running this step: GITHUB_WORKFLOW_REF is `owner/repo/<path>@<ref>`. */
export function runningWorkflow(env: NodeJS.ProcessEnv): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  const prefix = `${env.GITHUB_REPOSITORY ?? ''}/`;
  const at = ref.lastIndexOf('@');
  if (prefix === '/' || !ref.startsWith(prefix) || at < prefix.length) return undefined;
  const file = ref.slice(prefix.length, at);
  return file.startsWith('.github/workflows/') && !file.split('/').includes('..') ? file : undefined;
}

/**
 * Makes sure the base commit is in the checkout: actions/checkout fetches one commit by default,
 * so fetch the base (shallowly) when it is missing. If that fails, the engine says why.
 */
function ensureCommit(workspace: string, ref: string): void {
  if (!/^[0-9a-f]{40,64}$/.test(ref)) return; // a branch or tag: leave it to git
  const has = spawnSync('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: workspace, stdio: 'ignore' });
  if (has.status === 0) return;
  core.info(`modelgate: fetching the base commit ${ref.slice(0, 12)} (the checkout does not have it)`);
  const fetched = spawnSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', ref], {
    cwd: workspace,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  if (fetched.status !== 0) actionWarning(`modelgate: could not fetch the base commit ${ref.slice(0, 12)}: ${fetched.stderr?.toString('utf8').trim() || 'git fetch failed'}`);
}

/** The console report in the log, with workflow commands switched off around it so text quoted
 *  from documents can never be read as a command. */
function writeLog(report: Report): void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  process.stdout.write(formatStylish(report, { color: true }));
  process.stdout.write(`::${token}::\n`);
}

/**
 * The JSON report, under RUNNER_TEMP (never into the checkout, where a committed symlink could
 * redirect it), in a folder of its own so a second modelgate step in the job keeps its own.
 */
function writeReport(report: Report, env: NodeJS.ProcessEnv): string {
  const dir = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'modelgate-'));
  const reportPath = path.join(dir, 'report.json');
  // In pieces: a large report is never one string in memory.
  writeJsonFile(fs, reportPath, report);
  return reportPath;
}

function setOutputs(report: Report, reportPath: string): void {
  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('notices', report.summary.notices);
  core.setOutput('waived', report.summary.waived);
  core.setOutput('report', reportPath);
}

/**
 * SARIF for code scanning, where the sarif-file input says. The path must stay inside the
 * workspace with no symbolic link on the way: the checkout is the pull request's, and a link it
 * commits (results -> /somewhere) must not redirect the write.
 */
function writeSarif(report: Report, policy: Pick<Policy, 'known'>, scanPath: string): string | undefined {
  const input = core.getInput('sarif-file');
  if (!input) return undefined;
  try {
    const workspace = fs.realpathSync(path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd()));
    const file = path.resolve(workspace, input);
    const rel = path.relative(workspace, file);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw new Error('it must be a file inside the workspace');
    // No link on the way: checked on the part that exists before any folder is made, then again.
    let existing = path.dirname(file);
    while (!fs.existsSync(existing)) existing = path.dirname(existing);
    if (fs.realpathSync(existing) !== existing) throw new Error('a folder on its path is a symbolic link');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.realpathSync(path.dirname(file)) !== path.dirname(file)) throw new Error('a folder on its path is a symbolic link');
    fs.rmSync(file, { force: true }); // a file or link left in its place is replaced, never written through
    fs.writeFileSync(file, formatSarif(report, { category: scanPath === '.' ? 'modelgate' : `modelgate/${scanPath}`, rules: policy.known }), { flag: 'wx' });
    return file;
  } catch (error) {
    actionWarning(`modelgate: could not write the SARIF file ${input}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function writeSummary(report: Report, annotations: AnnotationOutcome): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    actionWarning('modelgate: GITHUB_STEP_SUMMARY is not set, so no job summary was written');
    return;
  }
  const failing = report.findings.filter((f) => f.status === 'fail').length;
  const { markdown, complete } = renderMarkdown(report);
  const where = complete ? 'Every finding is listed above.' : 'Not every finding fits in the job summary; every one is in the JSON report (the `report` output).';
  const how =
    annotations.via === 'check-run'
      ? `> Annotations: all ${failing} on the check run${annotations.url ? ` (${annotations.url})` : ''}.`
      : `> Annotations: ${annotations.shown} of ${failing} shown as workflow commands (GitHub shows at most 10 errors, 10 warnings and 10 notices per step)` +
        `${annotations.fallback ? `; no check run because ${markdownText(annotations.fallback.replace(/\.$/u, ''))}` : ''}. ${where}`;
  try {
    await core.summary.addRaw(`${markdown}\n${how}\n`).write({ overwrite: false });
  } catch (error) {
    // The summary is a courtesy; failing to write it must not change the verdict.
    actionWarning(`modelgate: could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
