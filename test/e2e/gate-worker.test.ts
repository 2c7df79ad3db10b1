/**
 * The Action runs the gate on a worker thread started from its own bundle, so its main thread's
 * event loop keeps running while systems are checked (timers fire, sockets are read). Same
 * report as in-process; a usage error comes back as one, with its location.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate, GateHandOff } from '../../src/engine/gate.js';
import { evaluateOffThread } from '../../src/engine/gate-thread.js';
import { FetchedPacks } from '../../src/policy/remote.js';
import { UsageError } from '../../src/types.js';
import { commitAll } from '../helpers/git.js';
import { makeRepo } from '../helpers/repo.js';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist/index.js');
const options = { root: ROOT, scanPath: 'examples', now: new Date('2026-11-22T00:00:00Z'), keepPasses: false };

describe('the gate on a worker thread', () => {
  it('gives the in-process report while the main thread keeps running its timers', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const { report, policy } = await evaluateOffThread(options, { fetched: new FetchedPacks() }, BUNDLE);
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
    const usage = await evaluateOffThread({ root, policy: 'policy.yaml', policyBaseDir: root }, { fetched: new FetchedPacks() }, BUNDLE).catch((e: unknown) => e);
    expect(usage).toBeInstanceOf(UsageError);
    expect((usage as UsageError).location).toMatchObject({ file: 'policy.yaml', line: 3 });

    const sha = 'a'.repeat(40);
    const remote = makeRepo({ 'policy.yaml': `extends: acme/policies/base.yaml@${sha}\n` });
    const missing = await evaluateOffThread({ root: remote, policy: 'policy.yaml', policyBaseDir: remote }, { fetched: new FetchedPacks() }, BUNDLE).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UsageError);
    expect((missing as UsageError).message).toBe(`policy.yaml:1:10: policy pack acme/policies/base.yaml@${sha.slice(0, 12)}: it was not fetched before the run`);
  });
});

describe('handOffAbove', () => {
  it('stops before checking when more systems are found than it allows, and says how many', () => {
    const systems = evaluateGate(options).report.summary.systems;
    let handOff: unknown;
    try {
      evaluateGate({ ...options, handOffAbove: systems - 1 });
    } catch (error) {
      handOff = error;
    }
    expect(handOff).toBeInstanceOf(GateHandOff);
    const { discovery } = handOff as GateHandOff;
    expect(discovery.manifests).toHaveLength(systems);
    // Handed what was found, the gate does not look again, and reports the same.
    expect(evaluateGate({ ...options, discovered: { ...discovery, manifests: discovery.manifests.slice(0, 2) } }).report.summary.systems).toBe(2);
    expect(evaluateGate({ ...options, handOffAbove: systems }).report).toEqual(evaluateGate(options).report);
  });
});

describe('the CLI on the gate thread (the default on Node 22 and later; MODELGATE_GATE_THREAD=on|off decides on any version)', () => {
  const CLI = path.join(ROOT, 'dist/cli/index.js');
  const run = (args: string[], thread: 'on' | 'off', cwd = ROOT) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, MODELGATE_GATE_THREAD: thread, NO_COLOR: '1' } });

  it.each([
    [['check', 'examples', '--as-of', '2026-11-22', '--verbose']],
    [['check', 'examples', '--as-of', '2026-11-22', '--format', 'sarif']],
    [['check', 'examples/credit-scoring', '--as-of', '2026-11-22', '--format', 'soa-csv', '--policy', 'examples/credit-scoring/audit/policy.yaml']],
  ])('%j: the same output and exit code as on the main thread', (args) => {
    const off = run(args, 'off');
    const on = run(args, 'on');
    expect(on.stdout.length).toBeGreaterThan(1000);
    expect(on.stdout).toBe(off.stdout);
    expect(on.status).toBe(off.status);
    // --verbose says how many threads checked systems, and where the gate ran.
    if (args.includes('--verbose')) {
      expect(off.stderr).toMatch(/^modelgate: \d+ systems checked on \d threads?\n$/);
      expect(on.stderr).toBe(off.stderr.replace('\n', ', the gate on a thread of its own\n'));
    } else expect(on.stderr).toBe(off.stderr);
  });

  it('reads a pinned remote pack from the local clone it is given, and a usage error keeps its location', () => {
    const packs = makeRepo({ 'base.yaml': 'extends: baseline\nrules:\n  card/contact: off\n' });
    const sha = commitAll(packs, 'packs');
    const repo = makeRepo({ '.git/HEAD': 'x', 'policy.yaml': `extends: acme/policies/base.yaml@${sha}\n` });
    fs.cpSync(path.join(ROOT, 'examples/credit-scoring'), path.join(repo, 'credit-scoring'), { recursive: true });
    const args = ['check', '.', '--as-of', '2026-11-22', '--policy', 'policy.yaml', '--policy-checkout', `acme/policies=${packs}`, '--format', 'json'];
    const on = run(args, 'on', repo);
    expect(on.stderr).toBe('');
    expect(JSON.parse(on.stdout).policy.packs).toEqual(['policy.yaml', `acme/policies/base.yaml@${sha.slice(0, 12)}`, 'baseline']);
    expect(JSON.parse(on.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'card/contact')).toBe(false);

    fs.writeFileSync(path.join(repo, 'policy.yaml'), 'extends: baseline\nrules:\n  card/contcat: error\n');
    const broken = run(['check', '.', '--as-of', '2026-11-22', '--policy', 'policy.yaml'], 'on', repo);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe('modelgate: policy.yaml:3:3: unknown rule "card/contcat" (did you mean "card/contact"?)\n');
  });
});
