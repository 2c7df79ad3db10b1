/**
 * The engine's run for the Action: its options from the inputs and the runner's environment,
 * the base commit fetched when the checkout lacks it, and the remote policy packs fetched with
 * the workflow's token.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { evaluateGate, fetchRemotePacks, type GateOptions } from '../engine/gate.js';
import { evaluateOffThread, type GateResult } from '../engine/gate-thread.js';
import { exists } from '../fs/local.js';
import type { GitHubClient } from '../github/client.js';
import { fetchRemotePack } from '../github/remote-pack.js';
import { displayRemote } from '../policy/reference.js';
import { UsageError } from '../types.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';

/** The runner's environment, as far as the Action reads it. */
export type RunnerEnv = Readonly<Record<string, string | undefined>>;

/** What the engine needs besides the inputs. */
export interface GateRun {
  inputs: ActionInputs;
  env: RunnerEnv;
  /** The pull request's base commit, on a pull request. */
  prBase: string | undefined;
  changedFiles: string[] | undefined;
  /** The bundle's own file, to run the gate off the main thread; undefined: on this thread. */
  workerScript: string | undefined;
  io: ActionIo;
}

/**
 * Runs the gate: first every pinned remote pack the policy extends is fetched with the
 * workflow's token (the engine itself never waits on the network), then the engine runs, off
 * this thread when the bundle can start one, so the event loop keeps running.
 */
export async function gateWithRemotePacks(run: GateRun, octokit: GitHubClient | undefined): Promise<GateResult> {
  const options = gateOptions(run);
  const remote = await fetchRemotePacks(options, async (ref) => {
    if (!octokit) throw new UsageError(`policy pack ${displayRemote(ref)} is in another repository, and there is no token to fetch it (input token)`);
    run.io.info(`modelgate: fetching policy pack ${displayRemote(ref)}`);
    return fetchRemotePack(ref, octokit);
  });
  return run.workerScript ? evaluateOffThread(options, { fetched: remote }, run.workerScript) : evaluateGate({ ...options, remote });
}

/** The workspace the runner checked out (the repository root for the engine). */
export function workspaceOf(env: RunnerEnv): string {
  return path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
}

/** The engine's options; the inputs that need the checkout to check (path, policy-from: base) are checked here. */
function gateOptions({ inputs, env, prBase, changedFiles, workerScript, io }: GateRun): GateOptions {
  const workspace = workspaceOf(env);
  const scan = path.resolve(workspace, inputs.path);
  const scanPath = path.relative(workspace, scan).split(path.sep).join('/');
  if (scanPath === '..' || scanPath.startsWith('../') || path.isAbsolute(scanPath)) {
    throw new UsageError(`input path "${inputs.path}" is outside the workspace`);
  }
  if (!exists(scan)) throw new UsageError(`input path "${inputs.path}" does not exist in the workspace`);
  const base = inputs.base ?? prBase;
  // On a pull request the policy in force is the base commit's unless the workflow opts out.
  const policyFrom = inputs.policyFrom ?? (prBase ? 'base' : 'head');
  if (policyFrom === 'base' && !base) throw new UsageError('input policy-from is base, but this run has no base commit (not a pull request, and no base input)');
  if (base) ensureCommit(workspace, base, env, io);
  const workflowFile = prBase ? runningWorkflow(env) : undefined;
  return {
    root: workspace,
    scanPath,
    // Unnamed: the repository's .modelgate/policy.yaml (the base commit's on a pull request), else baseline.
    ...(inputs.policy ? { policy: inputs.policy } : {}),
    policyBaseDir: workspace,
    failOn: inputs.failOn,
    ...(inputs.maxFileBytes !== undefined ? { maxFileBytes: inputs.maxFileBytes } : {}),
    ...(inputs.asOf ? { now: inputs.asOf } : {}),
    // In CI the base may be missing from a shallow clone: regression rules then say so.
    ...(base ? { base: { ref: base, required: false } } : {}),
    ...(inputs.waivers ? { waivers: inputs.waivers } : {}),
    policyFrom,
    ...(changedFiles ? { changedFiles } : {}),
    ...(workflowFile ? { workflowFile } : {}),
    ...(workerScript ? { workerScript } : {}),
    // The commit the runner checked out (on a pull request, its merge commit), for provenance.
    ...(env.GITHUB_SHA && /^[0-9a-f]{40,64}$/.test(env.GITHUB_SHA) ? { commit: env.GITHUB_SHA, commitSource: 'GITHUB_SHA' } : {}),
    // The JSON report lists failing and waived findings (passes are counted, not listed): on a
    // large repository the passes are most of the memory and none of what a reader acts on.
    keepPasses: false,
  };
}

/** The workflow file running this step: GITHUB_WORKFLOW_REF is `owner/repo/<path>@<ref>`. */
export function runningWorkflow(env: RunnerEnv): string | undefined {
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
function ensureCommit(workspace: string, ref: string, env: RunnerEnv, io: ActionIo): void {
  if (!/^[0-9a-f]{40,64}$/.test(ref)) return; // a branch or tag: leave it to git
  const has = spawnSync('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: workspace, stdio: 'ignore' });
  if (has.status === 0) return;
  io.info(`modelgate: fetching the base commit ${ref.slice(0, 12)} (the checkout does not have it)`);
  const fetched = spawnSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', ref], {
    cwd: workspace,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
    env: { ...env, GIT_TERMINAL_PROMPT: '0' },
  });
  if (fetched.status !== 0) io.warning(`modelgate: could not fetch the base commit ${ref.slice(0, 12)}: ${fetched.stderr?.toString('utf8').trim() || 'git fetch failed'}`);
}
