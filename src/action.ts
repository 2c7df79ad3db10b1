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
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parseAsOf, runGate } from './engine.js';
import { displayRemote, MissingRemotePack } from './policy/load.js';
import { FetchedPacks, fetchRemotePack } from './policy/remote.js';
import { parseSize } from './fs/repo-fs.js';
import { planAnnotations } from './report/annotations.js';
import { formatMarkdown } from './report/markdown.js';
import type { Report } from './report/report.js';
import { formatStylish } from './report/stylish.js';
import { FAIL_ON, UsageError, type FailOn } from './types.js';

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const report = await gateWithRemotePacks(env);
    publish(report, env);
    await writeSummary(report);
    if (report.verdict === 'fail') {
      const { errors, warnings, notices } = report.summary;
      core.info(`modelgate: FAIL (errors: ${errors}, warnings: ${warnings}, notices: ${notices}; fail-on: ${report.failOn})`);
      process.exitCode = 1;
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
 * Runs the gate, fetching each pinned remote pack the policy needs (the engine is synchronous
 * and says which pack it is missing; each is fetched once, then the policy is loaded again).
 */
async function gateWithRemotePacks(env: NodeJS.ProcessEnv): Promise<Report> {
  const fetched = new FetchedPacks();
  const token = core.getInput('token') || env.GITHUB_TOKEN || '';
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return gate(env, fetched);
    } catch (error) {
      if (!(error instanceof MissingRemotePack)) throw error;
      if (!token) throw new UsageError(`policy pack ${displayRemote(error.ref)} is in another repository, and there is no token to fetch it (input token)`);
      core.info(`modelgate: fetching policy pack ${displayRemote(error.ref)}`);
      fetched.set(error.ref, await fetchRemotePack(error.ref, token, env.GITHUB_API_URL));
    }
  }
  throw new UsageError('the policy extends more than 50 remote packs');
}

function gate(env: NodeJS.ProcessEnv, remote: FetchedPacks): Report {
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
  const prBase = pullRequestBase(env);
  const base = core.getInput('base') || prBase;
  const waivers = core.getInput('waivers');
  // On a pull request the policy in force is the base commit's unless the workflow opts out.
  const policyFrom = core.getInput('policy-from') || (prBase ? 'base' : 'head');
  if (policyFrom !== 'base' && policyFrom !== 'head') throw new UsageError(`input policy-from must be base or head, not "${policyFrom}"`);
  if (policyFrom === 'base' && !base) throw new UsageError('input policy-from is base, but this run has no base commit (not a pull request, and no base input)');
  if (base) ensureCommit(workspace, base);
  return runGate({
    root: workspace,
    scanPath,
    policy: core.getInput('policy') || 'baseline',
    policyBaseDir: workspace,
    failOn: failOn as FailOn,
    ...(maxFileSize ? { maxFileBytes: parseSize(maxFileSize) } : {}),
    ...(asOf ? { now: parseAsOf(asOf) } : {}),
    // In CI the base may be missing from a shallow clone: regression rules then say so.
    ...(base ? { base: { ref: base, required: false } } : {}),
    ...(waivers ? { waivers } : {}),
    policyFrom,
    remote,
  });
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
  if (fetched.status !== 0) core.warning(`modelgate: could not fetch the base commit ${ref.slice(0, 12)}: ${fetched.stderr?.toString('utf8').trim() || 'git fetch failed'}`);
}

/** The base commit of the pull request this run is for, from the event payload. */
export function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_EVENT_PATH || !/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  try {
    const payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = payload.pull_request?.base?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

function publish(report: Report, env: NodeJS.ProcessEnv): void {
  // The log: the console report, with workflow commands switched off around it so text quoted
  // from documents can never be read as a command.
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  process.stdout.write(formatStylish(report, { color: true }));
  process.stdout.write(`::${token}::\n`);

  const plan = planAnnotations(report.findings);
  for (const annotation of plan.annotations) {
    const { level, message, ...properties } = annotation;
    core[level](message, properties);
  }
  if (plan.overflowNotice) core.notice(plan.overflowNotice);

  // Written under RUNNER_TEMP, never into the checkout, where a committed symlink could redirect it.
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'modelgate');
  fs.mkdirSync(dir, { recursive: true });
  const reportPath = path.join(dir, 'report.json');
  fs.rmSync(reportPath, { force: true });
  fs.writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`, { flag: 'wx' });

  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('notices', report.summary.notices);
  core.setOutput('report', reportPath);
}

async function writeSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.warning('modelgate: GITHUB_STEP_SUMMARY is not set, so no job summary was written');
    return;
  }
  try {
    await core.summary.addRaw(formatMarkdown(report)).write({ overwrite: false });
  } catch (error) {
    // The summary is a courtesy; failing to write it must not change the verdict.
    core.warning(`modelgate: could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
