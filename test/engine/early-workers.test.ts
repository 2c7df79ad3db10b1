// Worker threads start while discovery is still finding systems: one as soon as there are
// enough systems to give it work (MIN_SYSTEMS_PER_WORKER each, this thread included), loading
// before it is sent anything; the pool is handed those it needs and the rest are stopped.
import { fileURLToPath } from 'node:url';
import { BroadcastChannel, Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { EarlyWorkers } from '../../src/engine/early-workers.js';
import { stopWorkers } from '../../src/engine/pool.js';
import { MIN_SYSTEMS_PER_WORKER } from '../../src/engine/threads.js';

const BOOTS = fileURLToPath(new URL('../fixtures/workers/boots.mjs', import.meta.url));

/** What the fixture worker says (boots.mjs), naming its thread. */
interface Heard {
  booted?: true;
  lane?: number;
  systems?: number;
  thread: number;
}

function exited(worker: Worker): Promise<number> {
  return new Promise((resolve) => worker.once('exit', resolve));
}

describe('workers started during discovery', () => {
  it('start as systems are found, load before they are sent anything, and the ones not needed are stopped', async () => {
    const channel = new BroadcastChannel('modelgate-early-workers-test');
    const heard: Heard[] = [];
    const booted = new Promise<void>((resolve) => {
      channel.onmessage = (event) => {
        heard.push((event as MessageEvent).data as Heard);
        if (heard.length === 1) resolve();
      };
    });
    const early = new EarlyWorkers(BOOTS, 3); // --jobs 3: this thread and up to two workers
    let taken: ReturnType<EarlyWorkers['take']>;
    try {
      const found = early.onManifest as (count: number) => void;
      for (let count = 1; count < 2 * MIN_SYSTEMS_PER_WORKER; count++) found(count);
      expect(early.size).toBe(0); // 47 systems: this thread alone
      found(2 * MIN_SYSTEMS_PER_WORKER);
      expect(early.size).toBe(1);
      await booted; // started and loaded, with no setup sent
      for (let count = 2 * MIN_SYSTEMS_PER_WORKER + 1; count <= 3 * MIN_SYSTEMS_PER_WORKER; count++) found(count);
      expect(early.size).toBe(2);
      // The pool takes one (as if the run needed only one); the other is stopped. The class hands
      // out only the workers taken (the gate has no use for the others' exits), so the stopped one
      // is seen where it is stopped: Worker.terminate, whose promise settles once its thread exits.
      const terminate = vi.spyOn(Worker.prototype, 'terminate');
      let stopped: { worker: Worker; exit: unknown }[];
      try {
        taken = early.take(1);
        stopped = terminate.mock.contexts.map((worker, i) => ({ worker: worker as Worker, exit: terminate.mock.results[i]?.value }));
      } finally {
        terminate.mockRestore(); // which also forgets the calls
      }
      const first = taken?.workers[0] as Worker;
      const firstThread = first.threadId; // read while it runs: -1 once it has exited
      expect(taken?.workers).toHaveLength(1);
      expect(early.size).toBe(0);
      expect(heard).toEqual([{ booted: true, thread: firstThread }]); // the first started is the one taken
      expect(stopped).toHaveLength(1);
      expect(stopped[0]?.worker).not.toBe(first);
      await stopped[0]?.exit; // its thread has ended (loaded or not yet), never sent a setup
      // The one taken gets its setup as the pool sends it, and says so.
      const setupHeard = new Promise<void>((resolve) => {
        channel.onmessage = (event) => {
          const data = (event as MessageEvent).data as Heard;
          heard.push(data);
          if (!data.booted) resolve(); // the setup's answer, not a late boot
        };
      });
      const firstEnded = exited(first); // before it can exit
      taken?.ports[0]?.postMessage({ lane: 1, files: ['a/ai-system.yaml', 'b/ai-system.yaml'] });
      await setupHeard;
      await firstEnded;
      expect(heard.filter((m) => !m.booted)).toEqual([{ lane: 1, systems: 2, thread: firstThread }]);
    } finally {
      // As the pool would; after a failure, also those still started, so no thread is left.
      if (taken) stopWorkers(taken);
      early.stop();
      channel.close();
    }
  });

  it('none start on one thread, or with no worker script (--timing checks on this one)', () => {
    expect(new EarlyWorkers(BOOTS, 1).onManifest).toBeUndefined();
    expect(new EarlyWorkers(undefined, 4).onManifest).toBeUndefined();
  });

  it('a stop with nothing started, or after the pool took them all, is nothing', () => {
    const early = new EarlyWorkers(BOOTS, 2);
    early.stop();
    expect(early.take(1)).toBeUndefined();
    expect(early.size).toBe(0);
  });
});
