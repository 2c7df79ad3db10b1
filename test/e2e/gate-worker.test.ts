/**
 * The Action runs the gate on a worker thread started from its own bundle, so its main thread's
 * event loop keeps running while systems are checked (timers fire, sockets are read). Same
 * report as in-process; a usage error comes back as one, with its location.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { evaluateOffThread } from '../../src/engine/gate-thread.js';
import { FetchedPacks } from '../../src/policy/remote.js';
import { UsageError } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist/index.js');
const options = { root: ROOT, scanPath: 'examples', now: new Date('2026-11-22T00:00:00Z'), keepPasses: false };

describe('the gate on a worker thread', () => {
  it('gives the in-process report while the main thread keeps running its timers', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const { report, policy } = await evaluateOffThread(options, new FetchedPacks(), BUNDLE);
      expect(ticks).toBeGreaterThan(0);
      expect(report).toEqual(evaluateGate(options).report);
      expect(policy.known.get('bias/report-fresh')?.title).toBeTruthy();
    } finally {
      clearInterval(timer);
    }
    // In-process, the same work holds the event loop: no tick can happen during it.
    const before = ticks;
    evaluateGate(options);
    expect(ticks).toBe(before);
  });

  it('sends back a usage error with its location; a remote pack not fetched before the run is one too', async () => {
    const root = makeRepo({ 'policy.yaml': 'extends: baseline\nrules:\n  no/such-rule: error\n' });
    const usage = await evaluateOffThread({ root, policy: 'policy.yaml', policyBaseDir: root }, new FetchedPacks(), BUNDLE).catch((e: unknown) => e);
    expect(usage).toBeInstanceOf(UsageError);
    expect((usage as UsageError).location).toMatchObject({ file: 'policy.yaml', line: 3 });

    const sha = 'a'.repeat(40);
    const remote = makeRepo({ 'policy.yaml': `extends: acme/policies/base.yaml@${sha}\n` });
    const missing = await evaluateOffThread({ root: remote, policy: 'policy.yaml', policyBaseDir: remote }, new FetchedPacks(), BUNDLE).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UsageError);
    expect((missing as UsageError).message).toBe(`policy.yaml:1:10: policy pack acme/policies/base.yaml@${sha.slice(0, 12)}: it was not fetched before the run`);
  });
});
