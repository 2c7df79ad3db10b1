/**
 * The GitHub Action as the runner starts it: this process's inputs and environment, GitHub's
 * API, workflow commands on stdout. The run itself is action/run.ts.
 */
import { coreInputs } from './action/inputs.js';
import { gitHubApi, run } from './action/run.js';

export async function runAction(workerScript?: string): Promise<void> {
  // The inputs are read inside the run, so a bad one is reported like any usage error.
  const result = await run(coreInputs, process.env, gitHubApi, workerScript ? { workerScript } : {});
  process.exitCode = result.exitCode;
}
