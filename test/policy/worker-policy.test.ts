/**
 * Worker threads load the policy from what the engine's thread read, not from the files as they
 * are by then: a pack edited during a run must not give some systems another policy (or crash
 * the run when a worker knows a rule the engine does not).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerRun } from '../../src/engine.js';
import type { WorkerSetup } from '../../src/parallel.js';
import { loadPolicy, packFilesOnDisk, recordPacks, type PackReads } from '../../src/policy/load.js';
import { makeRepo } from '../helpers/repo.js';
import { compliantFiles } from '../helpers/system.js';

const POLICY = '.modelgate/policy.yaml';
const ORG = '.modelgate/org.yaml';

describe('the policy a worker thread runs', () => {
  it('is the one the engine read, even after its packs change on disk', () => {
    const root = makeRepo({ ...compliantFiles(), [POLICY]: 'extends: ./org.yaml\nrules:\n  card/contact: error\n', [ORG]: 'extends: baseline\nrules:\n  data/dataset-license: notice\n' });
    const reads: PackReads = { resolved: [], read: [] };
    const engine = loadPolicy(POLICY, { baseDir: root, files: recordPacks(packFilesOnDisk(root), reads) });
    // Both packs change after the engine read them.
    fs.writeFileSync(path.join(root, POLICY), 'extends: ./org.yaml\nrules:\n  card/contact: off\n');
    fs.writeFileSync(path.join(root, ORG), 'extends: baseline\nrules:\n  data/dataset-license: off\n  card/license: notice\n');

    const setup = { options: { root, policy: POLICY, policyBaseDir: root, now: new Date().toISOString(), locatePasses: true }, remoteTexts: [], packReads: reads };
    const worker = workerRun(setup as unknown as WorkerSetup).policy;
    const severities = (policy: typeof engine) => policy.rules.map((r) => `${r.id}=${r.severity}`);
    expect(severities(worker)).toEqual(severities(engine));
    expect(worker.byId.get('card/contact')?.severity).toBe('error');
    expect(worker.byId.get('data/dataset-license')?.severity).toBe('notice');
    // The files as they are now would have given another policy.
    expect(loadPolicy(POLICY, { baseDir: root }).byId.get('card/contact')).toBeUndefined();
  });
});
