/**
 * The Action run in process (action/run.ts), the way the runner would run it: INPUT_* values,
 * GITHUB_* files in a temporary folder, an event payload, and GitHub's API served locally
 * (test/e2e/github-api.ts, which checks every request against GitHub's contract).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { envInputs } from '../../src/action/inputs.js';
import { silentLog } from '../../src/action/io.js';
import { gitHubApi, run, type ActionResult } from '../../src/action/run.js';
import { parseOutputs } from '../e2e/bundle.js';
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
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-runner-'));
  const summary = path.join(temp, 'summary.md');
  const output = path.join(temp, 'output');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: temp,
    ...runnerEnv(api),
  };
  if (event) {
    const eventPath = path.join(temp, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify(event.payload));
    Object.assign(env, { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventPath });
  }
  Object.assign(env, extraEnv);
  const given = { token: 'ghs_test', ...inputs };
  const source = envInputs(Object.fromEntries(Object.entries(given).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])));
  const result = await run(source, env, gitHubApi, { log: silentLog });
  return { ...result, api, outputFile: parseOutputs(fs.readFileSync(output, 'utf8')), summaryFile: fs.readFileSync(summary, 'utf8') };
}
