/**
 * Checking systems on several cores: the engine's side of the worker pool (worker.ts is the
 * workers' side, protocol.ts what they say). Worker threads run this same bundle, compile the
 * same resolved policy and check systems too. Every thread takes the next unchecked system from a shared counter, so
 * a thread that started late, or met a large system, simply takes fewer. This thread takes every
 * result back in the order it gave the systems, synchronously (receiveMessageOnPort, woken through shared
 * counters), so the engine stays one synchronous pass whether it runs on one thread or several.
 * Memory stays flat on any repository: a worker runs at most WINDOW results ahead of this
 * thread, and this thread holds at most AHEAD results it cannot hand on yet. Workers start
 * loading before the systems are known (startSystemWorkers; early-workers.ts) and are sent their
 * setup here.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SystemCheck, SystemRun } from './check-system.js';
import { unpackCheck } from './check-system.js';
import { fromThreadError, heartbeat, NEXT, plainRun, SENT, SYSTEM_WORKER_ARG, taken, type WorkerBoot, type WorkerMessage, type WorkerSetup } from './protocol.js';
import { YOUNG_GENERATION_MB } from './threads.js';

/** Results this thread may hold while it waits for an earlier system's. */
export const AHEAD = 32;
/** A worker that starts no new system for this long is taken to be stuck (one system may hash
 *  several 1 GB data files, so this is generous). */
const STALL_MS = 600_000;

/** Worker threads started, loading or waiting for their setup; lane i + 1 is workers[i]. */
export interface StartedWorkers {
  readonly workers: Worker[];
  readonly ports: MessagePort[];
}

/**
 * Starts `count` worker threads running `script`: each loads the bundle, then waits for the setup
 * checkInWorkers sends it. Undefined when no thread can be had (a container's limit, say).
 */
export function startSystemWorkers(script: string, count: number): StartedWorkers | undefined {
  const started: StartedWorkers = { workers: [], ports: [] };
  try {
    for (let lane = 1; lane <= count; lane++) {
      const { port1, port2 } = new MessageChannel();
      const boot: WorkerBoot = { modelgateWorker: true, port: port2 };
      let worker: Worker;
      try {
        worker = new Worker(script, { argv: [SYSTEM_WORKER_ARG], workerData: boot, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      } catch (error) {
        port1.close();
        throw error;
      }
      // This thread is blocked while it waits, so a worker's error event is only seen after the run
      // has stopped on its own account (a stall); it must not then crash the process with exit 1.
      worker.on('error', () => undefined);
      worker.unref();
      started.workers.push(worker);
      started.ports.push(port1);
    }
  } catch {
    stopWorkers(started);
    return undefined;
  }
  return started;
}

/** Ends started workers, whatever they are doing. */
export function stopWorkers(started: StartedWorkers): void {
  for (const worker of started.workers) void worker.terminate();
  for (const port of started.ports) port.close();
}

/**
 * Checks `files` here (with `checkHere`) and on the `started` workers (or `count` new ones running
 * `script`); yields each system's check in the order of `files`, and ends the workers. When no
 * thread can be had, everything is checked here.
 */
export function* checkInWorkers(
  from: { script: string; count: number } | StartedWorkers,
  files: readonly string[],
  checkHere: (file: string) => SystemCheck,
  /** The run this thread checks with; workers are sent it as plain data. */
  run: SystemRun,
): Generator<SystemCheck> {
  const policy = run.policy;
  const started = 'script' in from ? startSystemWorkers(from.script, from.count) : from;
  if (!started) {
    for (const file of files) yield checkHere(file);
    return;
  }
  const { workers, ports } = started;
  const counters = new Int32Array(new SharedArrayBuffer(4 * (2 * workers.length + 2)));
  const owners = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, files.length)));
  try {
    const plain = plainRun(run);
    ports.forEach((port, i) => {
      const setup: Omit<WorkerSetup, 'port'> = { run: plain, files, counters, owners, lane: i + 1 };
      port.postMessage(setup);
    });
  } catch {
    // A setup that cannot be sent: the workers are ended and everything is checked here.
    stopWorkers(started);
    for (const file of files) yield checkHere(file);
    return;
  }
  const held = new Map<number, SystemCheck>();
  /** Moves the results waiting on the lanes' ports into `held`. */
  const take = (lanes: readonly number[]) => {
    for (const lane of lanes) {
      const port = ports[lane - 1] as MessagePort;
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const body = message.message as WorkerMessage;
        if ('error' in body) throw fromThreadError(body.error, 'a worker thread failed: ');
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
        // Read before taking, and before the owner: a result sent after this is one `take` may
        // have missed, and the wait below must then not sleep (read after taking, it slept its
        // whole second). A worker writes itself down as owner before it counts a result, so a
        // count read first that includes this system's result comes with its owner.
        const sent = Atomics.load(counters, SENT);
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
        watch.wait(owner, files[i] as string, sent);
      }
    }
  } finally {
    stopWorkers(started);
  }
}

/**
 * This thread's wait for a worker's result, noticing a worker that is stuck. (A worker that never
 * starts takes no system, so the others check them all.)
 */
export class Watch {
  private lane = -1;
  private beat = 0;
  private since = Date.now();

  constructor(private readonly counters: Int32Array) {}

  /**
   * Waits (up to a second) for any worker to send after `sent` (the count of messages sent, read
   * before this thread last looked for results); returns at once if one has. `lane` has the
   * system awaited; 0 while it has not written itself down as its owner (just after taking it, or
   * never, if it died right then), and then any worker's news counts as progress.
   */
  wait(lane: number, file: string, sent: number): 'ok' | 'not-equal' | 'timed-out' {
    const beat = Atomics.load(this.counters, lane > 0 ? heartbeat(lane) : SENT);
    if (lane !== this.lane || beat !== this.beat) {
      [this.lane, this.beat, this.since] = [lane, beat, Date.now()];
    } else if (Date.now() - this.since > STALL_MS) {
      throw new Error(`a worker thread stopped answering while checking ${file}`);
    }
    return Atomics.wait(this.counters, SENT, sent, 1000);
  }
}
