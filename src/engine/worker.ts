/**
 * A system worker's side of the pool (pool.ts starts it; protocol.ts is what they say): rebuild
 * the run from the plain data it was sent, then take systems from the shared counter until none
 * is left, sending each check back.
 */
import { workerData } from 'node:worker_threads';
import { systemChecker } from './load.js';
import { heartbeat, NEXT, openRun, SENT, taken, WINDOW, type WorkerMessage, type WorkerSetup } from './protocol.js';

/** Whether this thread was started by the pool (checkInWorkers). */
export function isSystemWorker(): boolean {
  return Boolean((workerData as Partial<WorkerSetup> | null)?.modelgateWorker);
}

/** A worker's whole life. */
export function runSystemWorker(): void {
  const setup = workerData as WorkerSetup;
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
    const run = openRun(setup.run);
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
