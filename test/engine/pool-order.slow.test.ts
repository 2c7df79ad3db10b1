/**
 * The order in which the engine's thread reads the shared counters while it waits for a worker
 * (checkInWorkers, src/engine/pool.ts). A worker writes itself down as a system's owner, posts
 * its result, then counts it in SENT; the engine reads SENT, then the owner, then looks on the
 * ports, and sleeps on SENT only if the count has not moved since it read it. Read in another
 * order, a result posted at the wrong moment left the engine asleep for the wait's whole second.
 *
 * Here the test plays the worker itself, on this thread, at the exact moment that used to be
 * lost: right after the engine has read a counter or looked on a port. No worker thread runs and
 * nothing is timed: a wait that times out (a lost wake-up) is what fails the test. In the slow
 * project because it mocks node:worker_threads (the fast project shares one module cache).
 */
import type { MessagePort, Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Run once, by the mocked receiveMessageOnPort, right after the engine finds a port empty. */
const hooks = vi.hoisted(() => ({ afterEmptyLook: undefined as undefined | (() => void) }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  return {
    ...actual,
    receiveMessageOnPort: (port: MessagePort) => {
      const message = actual.receiveMessageOnPort(port);
      const hook = hooks.afterEmptyLook;
      if (!message && hook) {
        hooks.afterEmptyLook = undefined;
        hook();
      }
      return message;
    },
  };
});

// The test setup loaded the engine before this file's mock was made: load it again, mocked.
vi.resetModules();
const { AHEAD, checkInWorkers, Watch } = await import('../../src/engine/pool.js');
const { NEXT, SENT, heartbeat } = await import('../../src/engine/protocol.js');
const { packCheck } = await import('../../src/engine/check-system.js');
const { RepoFs } = await import('../../src/fs/repo-fs.js');
const { loadPolicy } = await import('../../src/evaluate/policy.js');
const { NO_BASE } = await import('../../src/engine/gate.js');
const { MessageChannel, receiveMessageOnPort } = await import('node:worker_threads');
const { makeRepo } = await import('../helpers/repo.js');
type SystemCheck = import('../../src/engine/check-system.js').SystemCheck;
type WorkerSetup = import('../../src/engine/protocol.js').WorkerSetup;

const root = makeRepo({ 'README.md': 'empty\n' });
const run = { repo: new RepoFs(root), policy: loadPolicy('baseline', { baseDir: root }), now: new Date(), noBase: NO_BASE };

/** A system's check with nothing found: what passes between the threads does not matter here. */
function checked(file: string): SystemCheck {
  return { file, findings: [], summary: { id: file, manifest: file } as SystemCheck['summary'] };
}

/**
 * One fake worker (lane 1) on a real message channel: the engine gets its end as if the worker
 * had been started early; the test reads the setup and sends results from the other end.
 */
function fakeWorker() {
  const { port1, port2 } = new MessageChannel();
  const terminated: number[] = [];
  const worker = { terminate: () => (terminated.push(1), Promise.resolve(0)) } as unknown as Worker;
  let setup: Omit<WorkerSetup, 'port'> | undefined;
  return {
    started: { workers: [worker], ports: [port1] },
    terminated,
    /** Reads the setup the engine sent (it sends it before it checks anything). */
    setup(): Omit<WorkerSetup, 'port'> {
      setup ??= receiveMessageOnPort(port2)?.message as Omit<WorkerSetup, 'port'>;
      return setup;
    },
    /** Takes the next system, as worker.ts does: claims it, says it started; returns its index. */
    take(writeOwner: boolean): number {
      const { counters, owners } = this.setup();
      const index = Atomics.add(counters, NEXT, 1);
      if (writeOwner) Atomics.store(owners, index, 1);
      Atomics.add(counters, heartbeat(1), 1);
      return index;
    },
    /** Sends a system's result, as worker.ts does: owner first, then the message, then the count. */
    send(index: number): void {
      const { counters, owners, files } = this.setup();
      Atomics.store(owners, index, 1);
      port2.postMessage({ index, check: packCheck(checked(files[index] as string)) });
      Atomics.add(counters, SENT, 1);
      Atomics.notify(counters, SENT);
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  hooks.afterEmptyLook = undefined;
});

describe('the engine waiting for a worker it shares counters with', () => {
  it('a result sent just after the engine found the port empty wakes it at once', () => {
    const files = ['a/ai-system.yaml', 'b/ai-system.yaml'];
    const worker = fakeWorker();
    const waits = vi.spyOn(Watch.prototype, 'wait');
    let second = -1;
    const checks = checkInWorkers(worker.started, files, (file) => {
      second = worker.take(true); // while the engine checks the first system, the worker takes the second
      return checked(file);
    }, run);
    expect(checks.next().value?.file).toBe('a/ai-system.yaml');
    expect(second).toBe(1);
    // The engine now needs the second system: it looks on the worker's port, finds nothing, and
    // the worker sends it right then, before the engine goes to sleep.
    hooks.afterEmptyLook = () => worker.send(second);
    expect(checks.next().value?.file).toBe('b/ai-system.yaml');
    expect(hooks.afterEmptyLook).toBeUndefined(); // the moment was played
    expect(waits.mock.results.map((r) => r.value)).toEqual(['not-equal']); // woken, not timed out
    expect(checks.next().done).toBe(true);
    expect(worker.terminated).toHaveLength(1);
  });

  it('a result sent just after the engine read its owner wakes it at once, with many results held', () => {
    // The worker takes the second system and says nothing more; the engine checks the rest itself
    // until it holds AHEAD results, and from then on looks only on the owner's port, once the owner
    // is known. The worker then writes itself down and sends, right after the engine read the
    // owner (still none): the count the engine read before the owner must then differ.
    const files = Array.from({ length: AHEAD + 2 }, (_, i) => `m${String(i).padStart(2, '0')}/ai-system.yaml`);
    const worker = fakeWorker();
    const waits = vi.spyOn(Watch.prototype, 'wait');
    let second = -1;
    let checkedHere = 0;
    const load = Atomics.load.bind(Atomics);
    let played = false;
    vi.spyOn(Atomics, 'load').mockImplementation(((array: Int32Array, index: number) => {
      const value = load(array, index);
      // The engine's read of the owners of system 1 once it holds AHEAD results.
      if (!played && checkedHere === AHEAD + 1 && array.length === files.length && index === second) {
        played = true;
        worker.send(second);
      }
      return value;
    }) as typeof Atomics.load);
    const checks = checkInWorkers(worker.started, files, (file) => {
      if (checkedHere++ === 0) second = worker.take(false);
      return checked(file);
    }, run);
    const order = [...checks].map((c) => c.file);
    expect(order).toEqual(files);
    expect(checkedHere).toBe(AHEAD + 1); // every system but the worker's
    expect(played).toBe(true);
    expect(waits.mock.results.map((r) => r.value)).toEqual(['not-equal']);
  });
});
