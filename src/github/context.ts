/**
 * What a run knows about where it is, from the runner's environment and the event payload:
 * the repository, the commit to annotate and, on a pull request, its number and base.
 */
import { readText } from '../fs/local.js';
import { UsageError } from '../types.js';

export interface RunContext {
  owner: string;
  repo: string;
  /** The commit findings describe: the pull request's head, not the merge commit GITHUB_SHA. */
  headSha?: string;
  pullRequest?: { number: number; baseSha: string; headSha: string; fromFork: boolean };
  /** Link to this run's page, where the job summary is. */
  runUrl?: string;
  /** This run and attempt (`GITHUB_RUN_ID.GITHUB_RUN_ATTEMPT`), to find what it already posted. */
  runAttempt?: string;
  workflow: string;
  apiUrl?: string;
}

interface PullRequestPayload {
  pull_request?: {
    number?: unknown;
    base?: { sha?: unknown; repo?: { full_name?: unknown } };
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  };
}

const SHA = /^[0-9a-f]{40,64}$/;

/** Where this run is; `pullRequest` is pullRequestOf(env), read once by the caller. */
export function runContext(env: NodeJS.ProcessEnv, pullRequest = pullRequestOf(env)): RunContext | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  const context: RunContext = { owner, repo, workflow: env.GITHUB_WORKFLOW || 'modelgate' };
  if (env.GITHUB_API_URL) context.apiUrl = env.GITHUB_API_URL;
  if (env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID) context.runUrl = `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITHUB_RUN_ID) context.runAttempt = `${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT || '1'}`;
  if (env.GITHUB_SHA && SHA.test(env.GITHUB_SHA)) context.headSha = env.GITHUB_SHA;
  if (pullRequest) {
    context.pullRequest = pullRequest;
    context.headSha = pullRequest.headSha;
  }
  return context;
}

/**
 * The commit a merge queue's group is built on (`merge_group.base_sha`): on a merge_group event
 * the gate compares with it, and judges by its policy, as on the pull requests in the group
 * (fourth red team: a queue's run read the policy the queued pull request wrote, with no base).
 */
export function mergeGroupBaseOf(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'merge_group') return undefined;
  let base: unknown;
  try {
    base = (JSON.parse(readText(env.GITHUB_EVENT_PATH ?? '')) as { merge_group?: { base_sha?: unknown } }).merge_group?.base_sha;
  } catch {
    base = undefined;
  }
  // Not the head's policy for want of a base (review): a run that cannot say what it compares with stops.
  if (typeof base !== 'string' || !SHA.test(base)) throw new UsageError('this merge_group event names no base commit (merge_group.base_sha), so the policy in force cannot be read from it; set the base input');
  return base;
}

/** The pull request this run is for, from the event payload. */
export function pullRequestOf(env: NodeJS.ProcessEnv): RunContext['pullRequest'] {
  if (!env.GITHUB_EVENT_PATH || !/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  let payload: PullRequestPayload;
  try {
    payload = JSON.parse(readText(env.GITHUB_EVENT_PATH)) as PullRequestPayload;
  } catch {
    return undefined;
  }
  const pr = payload.pull_request;
  const number = pr?.number;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string') return undefined;
  if (!SHA.test(baseSha) || !SHA.test(headSha)) return undefined;
  const headRepo = pr?.head?.repo?.full_name;
  return { number, baseSha, headSha, fromFork: typeof headRepo === 'string' && headRepo !== pr?.base?.repo?.full_name };
}
