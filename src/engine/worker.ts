/**
 * A system worker's side of the pool (pool.ts starts it; protocol.ts is what they say): rebuild
 * the run from the plain data it was sent, then take systems from the shared counter until none
 * is left, sending each check back.
 */
import { systemChecker } from './load.js';
import { once } from 'node:events';
import { heartbeat, NEXT, openRun, SENT, SYSTEM_WORKER_ARG, taken, toThreadError, WINDOW, type WorkerBoot, type WorkerMessage, type WorkerSetup } from './protocol.js';

/**
 * This thread's boot data, if the pool started it (startSystemWorkers); else undefined. Only a
 * thread started with SYSTEM_WORKER_ARG loads node:worker_threads to read it, so the CLI's
 * start-up does not (it was a thirtieth of it); an argument typed on the command line is not
 * enough.
 */
export async function systemWorkerBoot(): Promise<WorkerBoot | undefined> {
  if (!process.argv.includes(SYSTEM_WORKER_ARG)) return undefined;
  const { isMainThread, workerData } = await import('node:worker_threads');
  const boot = workerData as Partial<WorkerBoot> | null;
  return !isMainThread && boot?.modelgateWorker && boot.port ? (boot as WorkerBoot) : undefined;
}

/** The setup the engine sends a started worker, once it knows the systems. */
export async function setupOf(boot: WorkerBoot): Promise<WorkerSetup> {
  const [setup] = (await once(boot.port, 'message')) as [Omit<WorkerSetup, 'port'>];
  return { ...setup, port: boot.port };
}

/** A worker's whole life. */
export function runSystemWorker(setup: WorkerSetup): void {
  const { counters, owners, lane, files } = setup;
  const { checkSystem, forgetSystem, packCheck } = systemChecker(); // the entry point awaited loadEngine
  const beat = () => {
    Atomics.add(counters, heartbeat(lane), 1);
    Atomics.notify(counters, SENT);
  };
  let sent = 0;
  const send = (message: WorkerMessage) => {
    setup.port.postMessage(message);
    sent++;
    Atomics.add(counters, SENT, 1);
    Atomics.notify(counters, SENT);
  };
  try {
    const run = { ...openRun(setup.run), manifests: files };
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
    send({ error: toThreadError(error) });
  }
  setup.port.close();
}
