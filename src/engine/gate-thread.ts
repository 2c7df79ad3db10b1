/**
 * The whole gate on a worker thread, so the Action's main thread keeps its event loop while
 * systems are checked: the HTTP client sees connections the server closes, timers run, and
 * the first post after a long check does not go down a dead socket. The worker runs
 * `evaluateGateListingAhead` (which starts its own system workers) with the remote packs fetched before the
 * run, and sends back the report and the rules SARIF describes; a usage error comes back as one.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Policy } from '../evaluate/policy.js';
import type { RemoteRef } from '../policy/reference.js';
import { FetchedPacks } from '../policy/remote.js';
import type { RemoteText } from '../policy/sources.js';
import type { Report } from '../report/report.js';
import { UsageError, type Location } from '../types.js';
import { evaluateGateListingAhead, type GateOptions } from './gate.js';
import { YOUNG_GENERATION_MB } from './threads.js';

interface GateWorkerData {
  modelgateGate: true;
  options: Omit<GateOptions, 'remote'>;
  fetched: Array<[RemoteRef, RemoteText]>;
}

type Outcome =
  | { ok: true; report: Report; known: Policy['known'] }
  | { ok: false; usage?: { message: string; location?: Location }; error?: string };

export type GateResult = { report: Report; policy: Pick<Policy, 'known'> };

/** Whether this thread was started by evaluateOffThread. */
export function isGateWorker(): boolean {
  return Boolean((workerData as Partial<GateWorkerData> | null)?.modelgateGate);
}

/** The worker's whole life: run the gate once (listing or walking the files as the CLI does), send the outcome. */
export async function runGateWorker(): Promise<void> {
  const data = workerData as GateWorkerData;
  let outcome: Outcome;
  try {
    const { report, policy } = await evaluateGateListingAhead({ ...data.options, remote: FetchedPacks.from(data.fetched) });
    outcome = { ok: true, report, known: policy.known };
  } catch (error) {
    if (error instanceof UsageError) {
      const prefix = error.location ? `${error.location.file}:${error.location.line}:${error.location.column}: ` : '';
      outcome = { ok: false, usage: { message: error.message.slice(prefix.length), ...(error.location ? { location: error.location } : {}) } };
    } else outcome = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(outcome);
}

/** The gate on a worker thread started from `script` (the Action's own bundle). */
export function evaluateOffThread(options: GateOptions, fetched: FetchedPacks, script: string): Promise<GateResult> {
  const { remote: _remote, ...plain } = options;
  const data: GateWorkerData = { modelgateGate: true, options: plain, fetched: fetched.entries() };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let settled = false;
    worker.once('message', (outcome: Outcome) => {
      settled = true;
      void worker.terminate();
      if (outcome.ok) resolve({ report: outcome.report, policy: { known: outcome.known } });
      else if (outcome.usage) reject(new UsageError(outcome.usage.message, outcome.usage.location));
      else reject(new Error(outcome.error));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the gate's worker thread stopped (exit code ${code}) without a result`));
    });
  });
}
