/**
 * Worker threads run the policy the engine's thread resolved, sent to them as plain data: not
 * the packs as they are on disk by then (a pack edited during a run must not give some systems
 * another policy, or crash the run when a worker knows a rule the engine does not).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRun, plainRun } from '../../src/engine/protocol.js';
import { compilePolicy, loadPolicy, type Policy } from '../../src/evaluate/policy.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { makeRepo } from '../helpers/repo.js';
import { compliantFiles } from '../helpers/system.js';

const POLICY = '.modelgate/policy.yaml';
const ORG = '.modelgate/org.yaml';
const severities = (policy: Policy) => policy.rules.map((r) => `${r.id}=${r.severity}`);

describe('the policy a worker thread runs', () => {
  it('is the one the engine resolved, even after its packs change on disk', () => {
    const root = makeRepo({ ...compliantFiles(), [POLICY]: 'extends: ./org.yaml\nrules:\n  card/contact: error\n', [ORG]: 'extends: baseline\nrules:\n  data/dataset-license: notice\n' });
    const engine = loadPolicy(POLICY, { baseDir: root });
    // Both packs change after the engine read them.
    fs.writeFileSync(path.join(root, POLICY), 'extends: ./org.yaml\nrules:\n  card/contact: off\n');
    fs.writeFileSync(path.join(root, ORG), 'extends: baseline\nrules:\n  data/dataset-license: off\n  card/license: notice\n');

    // What a worker is sent crosses threads by structured clone, as postMessage copies it.
    const sent = structuredClone(plainRun({ repo: new RepoFs(root), policy: engine, now: new Date(), noBase: 'no base' }));
    const worker = openRun(sent).policy;
    expect(severities(worker)).toEqual(severities(engine));
    expect(worker.byId.get('card/contact')?.severity).toBe('error');
    expect(worker.byId.get('data/dataset-license')?.severity).toBe('notice');
    // The files as they are now would have given another policy.
    expect(loadPolicy(POLICY, { baseDir: root }).byId.get('card/contact')).toBeUndefined();
  });

  it('is plain data: it clones without a function in it, and compiles to the same rules and checks', () => {
    const root = makeRepo({ [POLICY]: 'extends: eu-ai-act-high-risk\noverrides:\n  - files: ["legacy/**"]\n    rules: { card/contact: off }\n' });
    const engine = loadPolicy(POLICY, { baseDir: root });
    const clone = structuredClone(engine.resolved); // throws DataCloneError on a function
    const compiled = compilePolicy(clone);
    expect(severities(compiled)).toEqual(severities(engine));
    expect(compiled.rules.map((r) => r.checks.map((c) => c.fn.name))).toEqual(engine.rules.map((r) => r.checks.map((c) => c.fn.name)));
    expect(compiled.overrides).toEqual(engine.overrides);
    expect([...compiled.known.keys()]).toEqual([...engine.known.keys()]);
  });
});
