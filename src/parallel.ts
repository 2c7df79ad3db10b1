/**
 * Checking systems on several cores. Worker threads run this same bundle, load the same policy
 * and check their share of the systems; this thread checks a share too, and takes every result
 * back in discovery order, synchronously (receiveMessageOnPort, woken through shared counters),
 * so the engine stays one synchronous pass whether it runs on one thread or several. A worker
 * runs at most WINDOW results ahead of this thread, so memory stays flat on any repository.
 * (Starting the workers before discovery, so they load meanwhile, measured no faster.)
 */
import * as os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { checkSystem, forgetSystem, type SystemCheck, type SystemRun } from './check-system.js';
import type { RemoteRef } from './policy/load.js';

/** Below this many systems per thread, starting a thread costs more than it saves. */
export const MIN_SYSTEMS_PER_WORKER = 24;
/** Results a worker may send before this thread has taken them. */
const WINDOW = 16;
/** A worker that has not started after this long is taken to have failed: the run stops (exit 2). */
const START_MS = 30_000;
/** A worker that starts no new system for this long is taken to be stuck (one system may hash
 *  several 1 GB data files, so this is generous). */
const STALL_MS = 600_000;

/** What a worker needs to rebuild the run: everything the engine read, as plain data. */
export interface WorkerSetup {
  modelgateWorker: true;
  /** Options for the engine's own loading (see engine.ts workerRun). */
  options: object;
  /** The remote packs the engine read, so the worker loads the same policy without fetching. */
  remoteTexts: Array<[RemoteRef, string | { error: string }]>;
  files: string[];
  port: MessagePort;
  /**
   * [0]: results sent by all workers; [lane]: results of that worker this thread has taken;
   * [workers + lane]: that worker's heartbeat (it started, or began another system).
   */
  counters: Int32Array;
  workers: number;
  lane: number;
}

type Message = { check: SystemCheck } | { error: string };

/**
 * How many worker threads to start besides this one: `jobs` threads in all if given, else one
 * per core (at most 4); none for small runs.
 */
export function workerCount(systems: number, jobs: number | undefined): number {
  const threads = jobs ?? Math.min(os.availableParallelism(), 4);
  if (threads < 2 || systems < MIN_SYSTEMS_PER_WORKER * 2) return 0;
  return Math.min(threads, Math.floor(systems / MIN_SYSTEMS_PER_WORKER)) - 1;
}

/**
 * Checks `files` here (with `checkHere`) and on `count` worker threads running `script`, round
 * robin; yields each system's check in the order of `files`. When no thread can be had (a
 * container's limit, say), everything is checked here.
 */
export function* checkInWorkers(
  script: string,
  count: number,
  files: readonly string[],
  checkHere: (file: string) => SystemCheck,
  setup: Pick<WorkerSetup, 'options' | 'remoteTexts'>,
): Generator<SystemCheck> {
  const lanes = count + 1;
  const laneOf = (i: number) => i % lanes;
  const counters = new Int32Array(new SharedArrayBuffer(4 * (2 * count + 1)));
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  try {
    for (let lane = 1; lane <= count; lane++) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerSetup = { modelgateWorker: true, ...setup, files: files.filter((_, i) => laneOf(i) === lane), port: port2, counters, workers: count, lane };
      const worker = new Worker(script, { workerData: data, transferList: [port2] });
      // This thread is blocked while it waits, so a worker's error event is only seen after the run
      // has stopped on its own account (a stall); it must not then crash the process with exit 1.
      worker.on('error', () => undefined);
      worker.unref();
      workers.push(worker);
      ports.push(port1);
    }
  } catch {
    for (const worker of workers) void worker.terminate();
    for (const file of files) yield checkHere(file);
    return;
  }
  try {
    for (let i = 0; i < files.length; i++) {
      const lane = laneOf(i);
      if (lane === 0) {
        yield checkHere(files[i] as string);
        continue;
      }
      const body = receive(ports[lane - 1] as MessagePort, counters, count + lane, files[i] as string);
      Atomics.add(counters, lane, 1);
      Atomics.notify(counters, lane);
      if ('error' in body) throw new Error(`a worker thread failed: ${body.error}`);
      yield body.check;
    }
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const port of ports) port.close();
  }
}

/** The next message on `port`, blocking this thread until a worker sends one (or is stuck). */
function receive(port: MessagePort, counters: Int32Array, heartbeatAt: number, file: string): Message {
  let heartbeat = Atomics.load(counters, heartbeatAt);
  let since = Date.now();
  for (;;) {
    const sent = Atomics.load(counters, 0);
    const message = receiveMessageOnPort(port);
    if (message) return message.message as Message;
    Atomics.wait(counters, 0, sent, 1000);
    const now = Atomics.load(counters, heartbeatAt);
    if (now !== heartbeat) {
      heartbeat = now;
      since = Date.now();
    } else if (Date.now() - since > (heartbeat === 0 ? START_MS : STALL_MS)) {
      throw new Error(heartbeat === 0 ? 'a worker thread did not start' : `a worker thread stopped answering while checking ${file}`);
    }
  }
}

/** Whether this thread was started by checkInWorkers. */
export function isSystemWorker(): boolean {
  return Boolean((workerData as Partial<WorkerSetup> | null)?.modelgateWorker);
}

/** A worker's whole life: rebuild the run, check each of its systems, send each result. */
export function runSystemWorker(build: (setup: WorkerSetup) => SystemRun): void {
  const setup = workerData as WorkerSetup;
  const { counters, lane, workers } = setup;
  const beat = () => {
    Atomics.add(counters, workers + lane, 1);
    Atomics.notify(counters, 0);
  };
  let sent = 0;
  const send = (message: Message) => {
    setup.port.postMessage(message);
    sent++;
    Atomics.add(counters, 0, 1);
    Atomics.notify(counters, 0);
  };
  try {
    const run = build(setup);
    beat();
    for (const file of setup.files) {
      // Wait while the engine has not taken the last WINDOW results.
      for (let taken = Atomics.load(counters, lane); sent - taken >= WINDOW; taken = Atomics.load(counters, lane)) {
        Atomics.wait(counters, lane, taken, 1000);
      }
      beat();
      send({ check: checkSystem(file, run) });
      forgetSystem(run);
    }
  } catch (error) {
    send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  setup.port.close();
}
