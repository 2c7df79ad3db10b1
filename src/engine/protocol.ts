/**
 * What the engine's thread and a system worker (worker.ts) say to each other. A worker starts
 * with a WorkerBoot (its port), loads the bundle, and waits there for one WorkerSetup: the run as
 * plain data (the resolved policy among it, compiled again there), the systems and shared
 * counters. It sends back one WorkerMessage per system it checks. The setup comes apart from the
 * start so that a worker can load while the engine is still finding the systems.
 */
import type { MessagePort } from 'node:worker_threads';
import { compilePolicy } from '../evaluate/policy.js';
import { GitTreeSource } from '../fs/git-tree.js';
import { RepoFs } from '../fs/repo-fs.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { PackedCheck, SystemRun } from './check-system.js';

/**
 * The argument a system worker is started with (the Worker's argv): the entry point looks for it
 * before it loads node:worker_threads to read its boot data, so the CLI's start-up need not.
 */
export const SYSTEM_WORKER_ARG = '--modelgate-system-worker';

/** The argument the gate's own thread is started with (gate-thread.ts), for the same reason. */
export const GATE_WORKER_ARG = '--modelgate-gate-worker';

/** A SystemRun as plain data. */
export interface PlainRun {
  root: string;
  maxFileBytes: number;
  policy: ResolvedPolicy;
  now: string;
  locatePasses: boolean;
  hashFiles: boolean;
  logAsked: boolean;
  /** The base commit's full id, when the engine opened one. */
  baseCommit?: string;
  noBase: string;
  baseMoved?: Array<[string, string]>;
  /** SystemRun.manifestsComplete (the manifests themselves come in WorkerSetup.files). */
  manifestsComplete?: boolean;
  modelFiles?: ReadonlyMap<string, readonly string[]>;
  discoveredModelFiles?: readonly string[];
}

/** A system worker's workerData: that it is one, and the port its setup will come on. */
export interface WorkerBoot {
  modelgateWorker: true;
  port: MessagePort;
}

/** The first message on a system worker's port (with the port itself). */
export interface WorkerSetup {
  run: PlainRun;
  /** Every system's manifest, in the order the engine checks them (gate.ts: not always discovery order). */
  files: readonly string[];
  port: MessagePort;
  /** Shared counters: see NEXT, SENT, taken() and heartbeat(). */
  counters: Int32Array;
  /** owners[i]: the lane (1, 2, …) of the worker that took system i; 0 until one does, and
   *  for the systems the engine's thread checks. */
  owners: Int32Array;
  lane: number;
}

/**
 * An error as a thread sends it: its message and stack apart, so the thread that receives it
 * prints it as it would its own (the stack only with MODELGATE_DEBUG), not a stack as a message.
 */
export interface ThreadError {
  message: string;
  stack?: string;
}

export function toThreadError(error: unknown): ThreadError {
  return error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) };
}

/** The error a thread sent, as an Error of this thread; `context` goes before its message. */
export function fromThreadError(sent: ThreadError, context = ''): Error {
  const error = new Error(`${context}${sent.message}`);
  if (sent.stack) error.stack = sent.stack;
  return error;
}

/** A system's check, or why the worker stopped. */
export type WorkerMessage = { index: number; check: PackedCheck } | { error: ThreadError };

/** Slots of WorkerSetup.counters. */
export const NEXT = 0; // the next system no thread has taken yet
export const SENT = 1; // results sent by all workers (the engine's thread waits on it)
export const taken = (lane: number) => 2 * lane; // results of that worker the engine's thread has taken
export const heartbeat = (lane: number) => 2 * lane + 1; // that worker started, or began another system

/** Results a worker may send before the engine's thread has taken them. */
export const WINDOW = 16;

export function plainRun(run: SystemRun): PlainRun {
  return {
    root: run.repo.root,
    maxFileBytes: run.repo.maxFileBytes,
    policy: run.policy.resolved,
    now: run.now.toISOString(),
    locatePasses: run.locatePasses !== false,
    hashFiles: run.hashFiles !== false,
    logAsked: run.logAsked === true,
    noBase: run.noBase,
    ...(run.base ? { baseCommit: run.base.commit } : {}),
    ...(run.baseMoved ? { baseMoved: [...run.baseMoved] } : {}),
    ...(run.manifestsComplete ? { manifestsComplete: true } : {}),
    ...(run.modelFiles ? { modelFiles: run.modelFiles } : {}),
    ...(run.discoveredModelFiles ? { discoveredModelFiles: run.discoveredModelFiles } : {}),
  };
}

/** The same run on a worker's thread: its own file readers, the same policy compiled again. */
export function openRun(plain: PlainRun): SystemRun {
  const repo = new RepoFs(plain.root, { maxFileBytes: plain.maxFileBytes });
  return {
    repo,
    policy: compilePolicy(plain.policy),
    now: new Date(plain.now),
    noBase: plain.noBase,
    locatePasses: plain.locatePasses,
    hashFiles: plain.hashFiles,
    logAsked: plain.logAsked,
    ...(plain.baseCommit ? { base: GitTreeSource.open(repo.root, plain.baseCommit, plain.maxFileBytes) } : {}),
    ...(plain.baseMoved ? { baseMoved: new Map(plain.baseMoved) } : {}),
    ...(plain.manifestsComplete ? { manifestsComplete: true } : {}),
    ...(plain.modelFiles ? { modelFiles: plain.modelFiles } : {}),
    ...(plain.discoveredModelFiles ? { discoveredModelFiles: plain.discoveredModelFiles } : {}),
  };
}
