/**
 * The Action run in process (action/run.ts), the way the runner would run it: INPUT_* values,
 * GITHUB_* files in a temporary folder, an event payload, and GitHub's API served locally
 * (test/e2e/github-api.ts, which checks every request against GitHub's contract).
 */
import { envInputs } from '../../src/action/inputs.js';
import { silentLog } from '../../src/action/io.js';
import { gitHubApi, run, type ActionResult } from '../../src/action/run.js';
import { actionEnv } from '../e2e/bundle.js';
import { runnerEnv, type FakeGitHub } from '../e2e/fake-github.js';
import { startGitHubApi, type GitHubApi } from '../e2e/github-api.js';

export interface InProcessRun extends ActionResult {
  api: GitHubApi;
  /** GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as the runner would read them back. */
  outputFile: Record<string, string>;
  summaryFile: string;
}

const servers: GitHubApi[] = [];

/** Closes the API servers the runs started (call in afterEach). */
export async function closeServers(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}

export async function runInProcess(
  workspace: string,
  github: FakeGitHub,
  inputs: Record<string, string>,
  event?: { name: string; payload: unknown },
  extraEnv: Record<string, string> = {},
): Promise<InProcessRun> {
  const api = await startGitHubApi(github.handler);
  servers.push(api);
  // The same runner environment the bundle tests give dist/index.js.
  const { env, collect } = actionEnv(workspace, { token: 'ghs_test', ...inputs }, event, { ...runnerEnv(api), ...extraEnv });
  const result = await run(envInputs(env), env, gitHubApi, { log: silentLog });
  const files = collect(result.exitCode, '', '');
  return { ...result, api, outputFile: files.outputs, summaryFile: files.summary };
}
