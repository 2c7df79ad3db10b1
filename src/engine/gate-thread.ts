/**
 * The whole gate on a worker thread. The Action runs it there so that its main thread keeps its
 * event loop while systems are checked: the HTTP client sees connections the server closes,
 * timers run, and the first post after a long check does not go down a dead socket. The CLI
 * runs it there on Node 22 and later, whose V8 lets the main thread's young generation grow to
 * some 130 MB (Node 20: about 34 MB) and which only a thread's creator can size: a 10,000-system
 * check peaked at 432 MB on Node 24, 278 MB on this thread. The worker runs
 * `evaluateGateListingAhead` (which starts its own system workers) with the remote packs fetched
 * before the run, or read from the local clones the CLI was given, and sends back the report and
 * what the report writers need of the policy; a usage error comes back as one.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Policy } from '../evaluate/policy.js';
import type { RemoteRef } from '../policy/reference.js';
import { FetchedPacks, remotePacksFromClones } from '../policy/remote.js';
import type { RemoteText } from '../policy/sources.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { Report } from '../report/report.js';
import { UsageError, type Location } from '../types.js';
import { evaluateGateListingAhead, type GateOptions } from './gate.js';
import { fromThreadError, GATE_WORKER_ARG, toThreadError, type ThreadError } from './protocol.js';
import { YOUNG_GENERATION_MB } from './threads.js';

interface GateWorkerData {
  modelgateGate: true;
  options: Omit<GateOptions, 'remote'>;
  fetched: Array<[RemoteRef, RemoteText]>;
  /** owner/repo → a local clone to read pinned remote packs from (the CLI's --policy-checkout), instead of `fetched`. */
  clones?: Array<[string, string]>;
}

/** What the report writers need of the policy the gate ran (SARIF's rules, the audit exports' exclusions). */
export type ReportPolicy = Pick<Policy, 'known'> & { resolved: Pick<ResolvedPolicy, 'exclusions'> };

type Outcome =
  | { ok: true; report: Report; known: Policy['known']; exclusions: ResolvedPolicy['exclusions']; threads: number }
  | { ok: false; usage?: { message: string; location?: Location }; error?: ThreadError };

export type GateResult = { report: Report; policy: ReportPolicy; threads: number };

/** Where the gate thread reads pinned remote packs: fetched before the run (the Action), or local clones (the CLI). */
export type OffThreadPacks = { fetched: FetchedPacks } | { clones: ReadonlyMap<string, string> };

/** Whether this thread was started by evaluateOffThread. */
export function isGateWorker(): boolean {
  return Boolean((workerData as Partial<GateWorkerData> | null)?.modelgateGate);
}

/** The worker's whole life: run the gate once (listing or walking the files as the CLI does), send the outcome. */
export async function runGateWorker(): Promise<void> {
  const data = workerData as GateWorkerData;
  let outcome: Outcome;
  try {
    const remote = data.clones ? remotePacksFromClones(new Map(data.clones)) : FetchedPacks.from(data.fetched);
    const { report, policy, threads } = await evaluateGateListingAhead({ ...data.options, remote });
    outcome = { ok: true, report, known: policy.known, exclusions: policy.resolved.exclusions, threads };
  } catch (error) {
    if (error instanceof UsageError) {
      const prefix = error.location ? `${error.location.file}:${error.location.line}:${error.location.column}: ` : '';
      outcome = { ok: false, usage: { message: error.message.slice(prefix.length), ...(error.location ? { location: error.location } : {}) } };
    } else outcome = { ok: false, error: toThreadError(error) };
  }
  parentPort?.postMessage(outcome);
}

/** The gate on a worker thread started from `script` (the Action's or the CLI's own bundle). */
export function evaluateOffThread(options: GateOptions, packs: OffThreadPacks, script: string): Promise<GateResult> {
  const { remote: _remote, ...plain } = options;
  const data: GateWorkerData = 'clones' in packs
    ? { modelgateGate: true, options: plain, fetched: [], clones: [...packs.clones] }
    : { modelgateGate: true, options: plain, fetched: packs.fetched.entries() };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { argv: [GATE_WORKER_ARG], workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let settled = false;
    worker.once('message', (outcome: Outcome) => {
      settled = true;
      void worker.terminate();
      if (outcome.ok) resolve({ report: outcome.report, policy: { known: outcome.known, resolved: { exclusions: outcome.exclusions } }, threads: outcome.threads });
      else if (outcome.usage) reject(new UsageError(outcome.usage.message, outcome.usage.location));
      else reject(fromThreadError(outcome.error ?? { message: 'the gate thread failed without saying why' }));
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
