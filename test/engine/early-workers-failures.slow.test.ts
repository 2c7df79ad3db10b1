/**
 * Worker threads started during discovery (src/engine/early-workers.ts) when things go wrong: a
 * thread that cannot be started (a container's limit on threads: `new Worker` throws), and a run
 * that fails after discovery, with threads already started. The gate, run in-process on 2 or 3
 * threads over 72 systems (48 get a worker, 72 a second), with node:worker_threads' Worker
 * wrapped to count the threads started and stopped, or to refuse them. In the slow project
 * because it mocks modules (the fast project shares one module cache).
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Worker as NodeWorker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';

const hooks = vi.hoisted(() => ({
  /** `new Worker` throws once this many threads are started, as Node's does when no more can be had. */
  refuseAfter: Number.POSITIVE_INFINITY,
  refused: 0,
  started: [] as NodeWorker[],
  terminated: new Set<NodeWorker>(),
  /** The gate's limitHeapGrowth, called once discovery is done, throws while a worker runs. */
  failAfterDiscovery: false,
}));

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class Worker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      if (hooks.started.length >= hooks.refuseAfter) {
        hooks.refused++;
        throw Object.assign(new Error('Worker initialization failure: EAGAIN'), { code: 'ERR_WORKER_INIT_FAILED' });
      }
      super(...args);
      hooks.started.push(this);
    }
    override terminate(): Promise<number> {
      hooks.terminated.add(this);
      return super.terminate();
    }
  }
  return { ...actual, Worker };
});

vi.mock('../../src/engine/checking.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/checking.js')>();
  return {
    ...actual,
    // Early workers call it before the first thread; the gate calls it again once discovery is
    // done, before it hands the pool its threads. Thrown there, it stands for any error between
    // the two (git failing to read the base commit, say).
    limitHeapGrowth: () => {
      if (hooks.failAfterDiscovery && hooks.started.length > 0) throw new Error('failed after discovery');
      actual.limitHeapGrowth();
    },
  };
});

// The test setup loaded the engine before this file's mocks were made: load it again, mocked.
vi.resetModules();
const { evaluateGate, evaluateGateListingAhead } = await import('../../src/engine/gate.js');
await (await import('../../src/engine/load.js')).loadEngine();
const { makeRepo } = await import('../helpers/repo.js');
const { compliantFiles, compliantManifest } = await import('../helpers/system.js');

const WAITS = fileURLToPath(new URL('../fixtures/workers/waits-for-setup.mjs', import.meta.url));
const SYSTEMS = 72;

/** 72 compliant systems but for one broken manifest, under models/. */
function monorepo(): string {
  const files: import('../helpers/repo.js').Files = {};
  for (let i = 0; i < SYSTEMS; i++) {
    const manifest = compliantManifest();
    manifest.id = `model-${i}`;
    for (const [file, content] of Object.entries(compliantFiles(manifest))) files[file.replace(/^sys\//, `models/m${i}/`)] = content;
  }
  files['models/m7/ai-system.yaml'] = 'id: [unclosed\n';
  return makeRepo(files);
}

const root = monorepo();
const now = new Date();
const options = { root, policyBaseDir: root, now };

afterEach(() => {
  hooks.refuseAfter = Number.POSITIVE_INFINITY;
  hooks.refused = 0;
  hooks.started.length = 0;
  hooks.terminated.clear();
  hooks.failAfterDiscovery = false;
});

describe('workers started during discovery, when things go wrong', () => {
  it('a thread that cannot be started is asked for once; every system is checked here, same report', async () => {
    const single = evaluateGate({ ...options, jobs: 1 });
    hooks.refuseAfter = 0;
    const { report, threads } = await evaluateGateListingAhead({ ...options, jobs: 2, workerScript: WAITS });
    // Once, at the 48th system found: not again at each later one, nor by the pool after discovery.
    expect(hooks.refused).toBe(1);
    expect(threads).toBe(1);
    expect(report.summary.systems).toBe(SYSTEMS);
    expect(report.findings.filter((f) => f.status === 'fail').map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['manifest/readable models/m7/ai-system.yaml:1']);
    expect(JSON.stringify(report)).toBe(JSON.stringify(single.report));
  });

  it('a second thread that cannot be started: the first, started, checks beside this one, same report', async () => {
    const single = evaluateGate({ ...options, jobs: 1 });
    hooks.refuseAfter = 1;
    const script = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
    const { report, threads } = await evaluateGateListingAhead({ ...options, jobs: 3, workerScript: script });
    expect(hooks.refused).toBe(1); // the second, at the 72nd system found; not asked for again
    expect(hooks.started).toHaveLength(1);
    expect(threads).toBe(2); // this one and the worker that started, which was not thrown away
    expect(hooks.terminated.has(hooks.started[0] as NodeWorker)).toBe(true); // ended when the run was done
    expect(JSON.stringify(report)).toBe(JSON.stringify(single.report));
  });

  it('threads started during discovery are stopped when the run fails after it', async () => {
    hooks.failAfterDiscovery = true;
    await expect(evaluateGateListingAhead({ ...options, jobs: 2, workerScript: WAITS })).rejects.toThrow('failed after discovery');
    expect(hooks.started).toHaveLength(1); // 2 threads: this one and one worker, started at the 48th system
    const [worker] = hooks.started as [NodeWorker];
    expect(hooks.terminated.has(worker)).toBe(true);
    await once(worker, 'exit'); // ended; left alone, with its port open, it would wait for its setup for ever
  });

  it('on a run that succeeds, the threads started during discovery are the ones that check, and all end', async () => {
    const single = evaluateGate({ ...options, jobs: 1 });
    const script = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
    const { report, threads } = await evaluateGateListingAhead({ ...options, jobs: 2, workerScript: script });
    expect(threads).toBe(2);
    expect(hooks.started).toHaveLength(1); // the early one, handed to the pool: none started after
    expect(hooks.terminated.has(hooks.started[0] as NodeWorker)).toBe(true);
    expect(JSON.stringify(report)).toBe(JSON.stringify(single.report));
  });
});
