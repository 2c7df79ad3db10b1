/**
 * Worker threads that misbehave: the engine, run in-process on 2 threads (one worker), with its
 * worker script swapped for small fakes (test/fixtures/workers/*.mjs) that get the real
 * boot data and setup (signals.mjs) and then fail in one way each. Whatever a worker does, the user gets either the
 * report a single thread gives or a clear error; never a wrong report.
 *
 * The engine's thread checks systems itself while it waits, and can take all 48 before a worker
 * has even started (about 30 ms), so a fake worker that must take a system first would race it.
 * Here the engine's first system is held (checkSystem is wrapped, see `runHeld`) until the fake
 * says what it did, as if that system were slow to check: the outcome does not depend on timing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BroadcastChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { checkSystem, forgetSystem, packCheck, type PackedCheck } from '../../src/engine/check-system.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import type { GateOptions } from '../../src/engine/gate.js';
import { openRun, plainRun } from '../../src/engine/protocol.js';
import { loadPolicy } from '../../src/evaluate/policy.js';
import type { Report } from '../../src/report/report.js';
import { makeRepo, type Files } from '../helpers/repo.js';
import { compliantFiles, compliantManifest, daysAgo } from '../helpers/system.js';

/** Runs before the engine's next checkSystem call, once (set by `runHeld`). */
const hooks = vi.hoisted(() => ({ beforeNextCheck: undefined as undefined | (() => void) }));
// The engine takes checkSystem from the module it loads on demand (engine/load.ts).
vi.mock('../../src/engine/checking.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/checking.js')>();
  return {
    ...actual,
    checkSystem: (...args: Parameters<typeof actual.checkSystem>) => {
      const hook = hooks.beforeNextCheck;
      hooks.beforeNextCheck = undefined;
      hook?.();
      return actual.checkSystem(...args);
    },
  };
});

// The test setup loaded the engine before this file's mock was made: load it again, mocked.
vi.resetModules();
const { evaluateGate, NO_BASE } = await import('../../src/engine/gate.js');
await (await import('../../src/engine/load.js')).loadEngine();

const FAKES = fileURLToPath(new URL('../fixtures/workers/', import.meta.url));
const fake = (name: string) => path.join(FAKES, name);

const SYSTEMS = 48; // the fewest that get a worker thread on 2 threads (2 × MIN_SYSTEMS_PER_WORKER)

/** 48 systems: most compliant, some broken, two sharing an id, one unreadable, one waived. */
function monorepo(): { root: string; manifests: string[] } {
  const files: Files = {};
  const manifests: string[] = [];
  for (let i = 0; i < SYSTEMS - 1; i++) {
    const manifest = compliantManifest();
    manifest.id = i === 31 ? 'model-7' : `model-${i}`; // m31 sorts before m7: which one is "first" depends on order
    if (i % 5 === 1) delete manifest.oversight;
    if (i % 5 === 2) manifest.bias.sensitiveAttributes.push('disability');
    if (i % 5 === 3) manifest.data.datasets[0].license = 'not-a-licence';
    for (const [file, content] of Object.entries(compliantFiles(manifest))) files[file.replace(/^sys\//, `models/m${i}/`)] = content;
    manifests.push(`models/m${i}/ai-system.yaml`);
  }
  files[`models/m${SYSTEMS - 1}/ai-system.yaml`] = 'id: [unclosed\n';
  manifests.push(`models/m${SYSTEMS - 1}/ai-system.yaml`);
  files['.modelgate/waivers.yaml'] = stringify({
    waivers: [{ rule: 'data/dataset-license-known', system: 'model-3', justification: 'Licence review with legal is booked for next sprint (LEG-42).', approver: 'Head of ML', expires: daysAgo(-90) }],
  });
  return { root: makeRepo(files), manifests };
}

const { root, manifests } = monorepo();
const now = new Date();
const options: GateOptions = { root, policyBaseDir: root, now };
/** The report on one thread: what every run below must give, when it gives a report. */
const single = evaluateGate({ ...options, jobs: 1 }).report;
const expected = JSON.stringify(single);

/** Each system's failing and waived findings, in order: a short diff when a report differs. */
function outline(report: Report): string[] {
  return report.findings.filter((f) => f.status !== 'pass' && f.status !== 'not-applicable').map((f) => `${f.system} ${f.ruleId} ${f.status} ${f.file}:${f.line}`);
}

/** The report is the one-thread report, byte for byte (as JSON). */
function expectSameReport(report: Report): void {
  expect(report.systems.map((s) => s.manifest)).toEqual(single.systems.map((s) => s.manifest));
  expect(outline(report)).toEqual(outline(single));
  expect(JSON.stringify(report) === expected, 'the JSON report differs from the one-thread report').toBe(true);
}

/** What the fake workers signal (see test/fixtures/workers/signals.mjs), read synchronously. */
const channel = new BroadcastChannel(`modelgate-fake-worker:${root}`);
afterAll(() => channel.close());
const port = channel as unknown as MessagePort; // Node's receiveMessageOnPort takes a BroadcastChannel too; @types/node does not say so
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The fakes' signals received so far. */
function drain(): unknown[] {
  const messages: unknown[] = [];
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) messages.push(m.message);
  return messages;
}

/** Blocks this thread until a fake signals (at most 10 s); returns its first signal. */
function nextSignal(): unknown {
  const deadline = performance.now() + 10_000; // not Date.now: one test makes it jump
  for (;;) {
    const m = receiveMessageOnPort(port);
    if (m) return m.message;
    if (performance.now() > deadline) throw new Error('the fake worker sent no signal within 10 s');
    Atomics.wait(sleeper, 0, 0, 2);
  }
}

/**
 * Runs the gate on 2 threads with `script` as the worker, the engine's first system held until
 * the fake signals: that signal, and the run's result or the error it threw.
 */
function runHeld(script: string): { signal: unknown; outcome: ReturnType<typeof evaluateGate> | Error } {
  drain();
  let signal: unknown;
  hooks.beforeNextCheck = () => {
    signal = nextSignal();
  };
  let outcome: ReturnType<typeof evaluateGate> | Error;
  try {
    outcome = evaluateGate({ ...options, jobs: 2, workerScript: script });
  } catch (error) {
    outcome = error instanceof Error ? error : new Error(String(error));
  } finally {
    hooks.beforeNextCheck = undefined;
  }
  return { signal, outcome };
}

/**
 * Runs `run` with the engine's clock jumping 11 minutes at every reading, so the engine gives up on
 * a silent worker (after 10 minutes without news, engine/pool.ts STALL_MS) at its second look, one
 * 1-second wait later. Only Date.now jumps, and in the engine's run nothing else reads it. Used
 * where the engine must never wait for a worker: were it to wait (a regression), the test fails
 * in a second instead of blocking this thread for 10 minutes, which no test timeout can cut short.
 */
function withFastClock<T>(run: () => T): T {
  const realNow = Date.now.bind(Date);
  let readings = 0;
  const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + readings++ * 11 * 60_000);
  try {
    return run();
  } finally {
    clock.mockRestore();
  }
}

/** The run's result; a thrown error fails the test. */
function completed(outcome: ReturnType<typeof evaluateGate> | Error): ReturnType<typeof evaluateGate> {
  if (outcome instanceof Error) throw outcome;
  return outcome;
}

/** The error the run threw; a result fails the test. */
function failed(outcome: ReturnType<typeof evaluateGate> | Error): Error {
  expect(outcome, 'the run gave a report instead of failing').toBeInstanceOf(Error);
  return outcome as Error;
}

describe('parallel checking when a worker thread fails', () => {
  it('has a worker thread to fail: 48 systems on 2 threads', () => {
    const { report, threads } = evaluateGate({ ...options, jobs: 2, workerScript: fake('throws-on-start.mjs') });
    expect(threads).toBe(2);
    expect(report.summary.systems).toBe(SYSTEMS);
    // The repository is varied enough for order to matter: a duplicate id, an unreadable manifest, a waiver.
    const failures = (rule: string) => single.findings.filter((f) => f.ruleId === rule && f.status === 'fail');
    expect(failures('manifest/duplicate-id').map((f) => f.message)).toEqual(['system id "model-7" is already used by models/m31/ai-system.yaml; ids must be unique']);
    expect(failures('manifest/readable').map((f) => f.file)).toEqual(['models/m47/ai-system.yaml']);
    expect(single.findings.filter((f) => f.status === 'waived').map((f) => f.system)).toEqual(['model-3']);
    expect(outline(single).length).toBeGreaterThan(SYSTEMS);
  });

  it('a worker that throws while starting, taking nothing: this thread checks every system, same report', () => {
    const { signal, outcome } = runHeld(fake('throws-on-start.mjs'));
    expect(signal).toEqual({ started: true }); // it did start, while the run was going on
    const { report, threads } = completed(outcome);
    expect(threads).toBe(2);
    expectSameReport(report);
  });

  it('a worker that takes a system and then reports an error: the run fails with that error', () => {
    const { signal, outcome } = withFastClock(() => runHeld(fake('takes-then-errors.mjs')));
    const { took, file } = signal as { took: number; file: string };
    expect(took).toBeGreaterThanOrEqual(0); // a real system
    expect(took).toBeLessThan(SYSTEMS);
    expect(manifests).toContain(file);
    expect(failed(outcome).message).toBe('a worker thread failed: boom');
    // The worker's stack stays its stack, for MODELGATE_DEBUG: not part of the message.
    expect(failed(outcome).stack).toBe('Error: boom\n    at the fake worker');
  });

  it('a worker that reports an error before taking any system: the run fails with that error', () => {
    // As the real worker does when it cannot rebuild the run. (Were this thread to finish every
    // system before that message came, the run would succeed with the right report instead.)
    const { signal, outcome } = withFastClock(() => runHeld(fake('errors-before-taking.mjs')));
    expect(signal).toEqual({ took: -1 });
    expect(failed(outcome).message).toBe('a worker thread failed: fake worker: cannot load the policy');
  });

  it('a worker script that does not exist: the run completes on this thread, same report', () => {
    const missing = fake('no-such-worker.mjs');
    expect(fs.existsSync(missing)).toBe(false);
    // The Worker starts, fails to load the module (an error event the engine ignores) and takes nothing.
    const { report, threads } = evaluateGate({ ...options, jobs: 2, workerScript: missing });
    expect(threads).toBe(2);
    expectSameReport(report);
  });

  it('a worker script path Node refuses outright: the run completes on this thread, same report', () => {
    // A bare relative name makes `new Worker` throw (ERR_WORKER_PATH): no thread is started at all.
    const { report, threads } = evaluateGate({ ...options, jobs: 2, workerScript: 'no-such-worker.mjs' });
    expect(threads).toBe(2);
    expectSameReport(report);
  });

  it('a worker that sends valid checks out of order: the report is the same, in discovery order', () => {
    // Every system's packed check, made as a real worker makes it, for the fake to send.
    // As a real worker runs it (engine/worker.ts): with every system's manifest, from its setup.
    const run = { ...openRun(plainRun({ repo: new RepoFs(root), policy: loadPolicy('baseline', { baseDir: root }), now, noBase: NO_BASE })), manifests };
    const checks: Record<string, PackedCheck> = {};
    for (const file of manifests) {
      checks[file] = packCheck(checkSystem(file, run));
      forgetSystem(run);
    }
    const checksFile = `${root}.checks.json`;
    fs.writeFileSync(checksFile, JSON.stringify(checks));
    try {
      const { signal, outcome } = runHeld(fake('out-of-order.mjs'));
      const pairs = [signal, ...drain()].map((m) => (m as { sending: number[] }).sending);
      const sent = pairs.flat();
      // The worker took (nearly) every system and sent each pair backwards.
      expect(sent.length).toBeGreaterThanOrEqual(2);
      const [later, earlier] = pairs[0] as number[];
      expect(later).toBe((earlier as number) + 1);
      expect(new Set(sent).size).toBe(sent.length);
      const { report, threads } = completed(outcome);
      expect(threads).toBe(2);
      expectSameReport(report);
    } finally {
      fs.rmSync(checksFile, { force: true });
    }
  });

  it('a worker that takes a system and dies without a word: the run stops, naming the system', () => {
    const { signal, outcome } = withFastClock(() => runHeld(fake('takes-then-exits.mjs')));
    const { took, file } = signal as { took: number; file: string };
    expect(took).toBeGreaterThanOrEqual(0);
    expect(took).toBeLessThan(SYSTEMS);
    expect(manifests).toContain(file);
    expect(failed(outcome).message).toBe(`a worker thread stopped answering while checking ${file}`);
  });

  it('a worker that dies between taking a system and writing down that it took it: the run stops, naming the system', () => {
    const { signal, outcome } = withFastClock(() => runHeld(fake('takes-without-owner.mjs')));
    const { took, file } = signal as { took: number; file: string };
    expect(took).toBeGreaterThanOrEqual(0);
    expect(took).toBeLessThan(SYSTEMS);
    expect(failed(outcome).message).toBe(`a worker thread stopped answering while checking ${file}`);
  });
});
