/**
 * Checking systems on several cores. Worker threads run this same bundle, load the same policy
 * and check systems too. Every thread takes the next unchecked system from a shared counter, so
 * a thread that started late, or met a large system, simply takes fewer. This thread takes every
 * result back in discovery order, synchronously (receiveMessageOnPort, woken through shared
 * counters), so the engine stays one synchronous pass whether it runs on one thread or several.
 * Memory stays flat on any repository: a worker runs at most WINDOW results ahead of this
 * thread, and this thread holds at most AHEAD results it cannot hand on yet.
 * (Starting the workers before discovery, so they load meanwhile, measured no faster.)
 */
import * as os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { checkSystem, forgetSystem, packCheck, unpackCheck, type PackedCheck, type SystemCheck, type SystemRun } from './check-system.js';
import type { PackReads, RemoteRef } from './policy/load.js';
import type { Policy } from './policy/types.js';

/** Below this many systems per thread, starting a thread costs more than it saves. */
export const MIN_SYSTEMS_PER_WORKER = 24;
/** Results a worker may send before this thread has taken them. */
const WINDOW = 16;
/** Results this thread may hold while it waits for an earlier system's. */
const AHEAD = 32;
/**
 * A worker's young generation. V8's default let it grow to about 48 MB, which raised the peak
 * memory of a 10,000-system run by 10 to 30 MB and checked no faster (each system's documents
 * die young either way).
 */
const YOUNG_GENERATION_MB = 16;
/** A worker that starts no new system for this long is taken to be stuck (one system may hash
 *  several 1 GB data files, so this is generous). */
const STALL_MS = 600_000;

/** Slots of WorkerSetup.counters. */
const NEXT = 0; // the next system no thread has taken yet
const SENT = 1; // results sent by all workers (this thread waits on it)
const taken = (lane: number) => 2 * lane; // results of that worker this thread has taken
const heartbeat = (lane: number) => 2 * lane + 1; // that worker started, or began another system

/** What a worker needs to rebuild the run: everything the engine read, as plain data. */
export interface WorkerSetup {
  modelgateWorker: true;
  /** Options for the engine's own loading (see engine.ts workerRun). */
  options: object;
  /** The remote packs the engine read, so the worker loads the same policy without fetching. */
  remoteTexts: Array<[RemoteRef, string | { error: string }]>;
  /** The local packs the engine read, so the worker loads the same policy even if a file changed since. */
  packReads: PackReads;
  /** Every system's manifest, in discovery order. */
  files: readonly string[];
  port: MessagePort;
  /** Shared counters: see NEXT, SENT, taken() and heartbeat(). */
  counters: Int32Array;
  /** owners[i]: the lane (1, 2, …) of the worker that took system i; 0 until one does, and
   *  for the systems this thread checks. */
  owners: Int32Array;
  lane: number;
}

type Message = { index: number; check: PackedCheck } | { error: string };

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
 * Checks `files` here (with `checkHere`) and on `count` worker threads running `script`; yields
 * each system's check in the order of `files`. When no thread can be had (a container's limit,
 * say), everything is checked here.
 */
export function* checkInWorkers(
  script: string,
  count: number,
  files: readonly string[],
  checkHere: (file: string) => SystemCheck,
  setup: Pick<WorkerSetup, 'options' | 'remoteTexts' | 'packReads'>,
  /** The policy the workers load too, to unpack their checks with. */
  policy: Policy,
): Generator<SystemCheck> {
  const counters = new Int32Array(new SharedArrayBuffer(4 * (2 * count + 2)));
  const owners = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, files.length)));
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  try {
    for (let lane = 1; lane <= count; lane++) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerSetup = { modelgateWorker: true, ...setup, files, port: port2, counters, owners, lane };
      const worker = new Worker(script, { workerData: data, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
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
  const held = new Map<number, SystemCheck>();
  /** Moves the results waiting on the lanes' ports into `held`. */
  const take = (lanes: readonly number[]) => {
    for (const lane of lanes) {
      const port = ports[lane - 1] as MessagePort;
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const body = message.message as Message;
        if ('error' in body) throw new Error(`a worker thread failed: ${body.error}`);
        held.set(body.index, unpackCheck(body.check, policy));
        Atomics.add(counters, taken(lane), 1);
        Atomics.notify(counters, taken(lane));
      }
    }
  };
  const allLanes = workers.map((_, i) => i + 1);
  const watch = new Watch(counters);
  try {
    for (let i = 0; i < files.length; i++) {
      for (;;) {
        const owner = Atomics.load(owners, i);
        // With many results held, only the awaited system's worker is read (its results come in
        // the order it took them, so the next one is this system's), and none until it is known:
        // a stuck worker cannot make this thread hold the rest of the repository.
        take(held.size < AHEAD ? allLanes : owner > 0 ? [owner] : []);
        const ready = held.get(i);
        if (ready) {
          held.delete(i);
          yield ready;
          break;
        }
        // Rather than wait, check the next system here.
        if (held.size < AHEAD && Atomics.load(counters, NEXT) < files.length) {
          const next = Atomics.add(counters, NEXT, 1);
          if (next < files.length) held.set(next, checkHere(files[next] as string));
          continue;
        }
        watch.wait(owner, files[i] as string);
      }
    }
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const port of ports) port.close();
  }
}

/**
 * This thread's wait for a worker's result, noticing a worker that is stuck. (A worker that never
 * starts takes no system, so the others check them all.)
 */
class Watch {
  private lane = -1;
  private beat = 0;
  private since = Date.now();

  constructor(private readonly counters: Int32Array) {}

  /**
   * Waits (up to a second) for any worker to send. `lane` has the system awaited; 0 while it has
   * not written itself down as its owner (just after taking it, or never, if it died right then),
   * and then any worker's news counts as progress.
   */
  wait(lane: number, file: string): void {
    const sent = Atomics.load(this.counters, SENT);
    const beat = Atomics.load(this.counters, lane > 0 ? heartbeat(lane) : SENT);
    if (lane !== this.lane || beat !== this.beat) {
      [this.lane, this.beat, this.since] = [lane, beat, Date.now()];
    } else if (Date.now() - this.since > STALL_MS) {
      throw new Error(`a worker thread stopped answering while checking ${file}`);
    }
    Atomics.wait(this.counters, SENT, sent, 1000);
  }
}

/** Whether this thread was started by checkInWorkers. */
export function isSystemWorker(): boolean {
  return Boolean((workerData as Partial<WorkerSetup> | null)?.modelgateWorker);
}

/** A worker's whole life: rebuild the run, then take systems until none is left, sending each result. */
export function runSystemWorker(build: (setup: WorkerSetup) => SystemRun): void {
  const setup = workerData as WorkerSetup;
  const { counters, owners, lane, files } = setup;
  const beat = () => {
    Atomics.add(counters, heartbeat(lane), 1);
    Atomics.notify(counters, SENT);
  };
  let sent = 0;
  const send = (message: Message) => {
    setup.port.postMessage(message);
    sent++;
    Atomics.add(counters, SENT, 1);
    Atomics.notify(counters, SENT);
  };
  try {
    const run = build(setup);
    beat();
    for (;;) {
      // Wait while the engine has not taken the last WINDOW results.
      for (let took = Atomics.load(counters, taken(lane)); sent - took >= WINDOW; took = Atomics.load(counters, taken(lane))) {
        Atomics.wait(counters, taken(lane), took, 1000);
      }
      const index = Atomics.add(counters, NEXT, 1);
      if (index >= files.length) break;
      Atomics.store(owners, index, lane);
      beat();
      send({ index, check: packCheck(checkSystem(files[index] as string, run)) });
      forgetSystem(run);
    }
  } catch (error) {
    send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  setup.port.close();
}
