/**
 * Remote packs are fetched before the run (fetchRemotePacks, what the Action calls with the
 * GitHub API), then the engine runs on what was fetched: it never waits on the network and
 * never asks for a pack twice. In-process, with the fetch recorded.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGate, fetchRemotePacks } from '../../src/engine/gate.js';
import type { RemoteRef } from '../../src/policy/reference.js';
import type { RemoteText } from '../../src/policy/sources.js';
import { UsageError } from '../../src/types.js';
import { commitAll, git } from '../helpers/git.js';
import { makeRepo, writeFiles } from '../helpers/repo.js';
import { withManifest } from '../helpers/system.js';

const SHA = 'c'.repeat(40);
const CENTRAL: Record<string, string> = {
  'ai/org.yaml': 'extends: [baseline, ./strict.yaml, ./strict.yaml]\nrules:\n  card/contact: error\n',
  'ai/strict.yaml': 'rules:\n  system/lifecycle-stage: error\n',
  'ai/other.yaml': 'extends: baseline\n',
};

/** A fetch that answers from CENTRAL at SHA and writes down every request. */
function recordingFetch(answers: Record<string, RemoteText> = CENTRAL) {
  const asked: string[] = [];
  const fetch = async (ref: RemoteRef): Promise<RemoteText> => {
    asked.push(`${ref.owner}/${ref.repo}/${ref.path}@${ref.sha.slice(0, 4)}`);
    return ref.sha === SHA ? (answers[ref.path] ?? { error: 'it does not exist at that commit' }) : { error: 'unknown commit' };
  };
  return { asked, fetch };
}

describe('remote packs fetched before the run', () => {
  it('fetches each pack the policy extends once, relative extends inside it included, and the run reads only those', async () => {
    const root = makeRepo({ ...withManifest((m) => delete m.lifecycle), 'policy.yaml': `extends: acme/policies/ai/org.yaml@${SHA}\n` });
    const { asked, fetch } = recordingFetch();
    const options = { root, policy: 'policy.yaml', policyBaseDir: root };
    const remote = await fetchRemotePacks(options, fetch);
    expect(asked).toEqual(['acme/policies/ai/org.yaml@cccc', 'acme/policies/ai/strict.yaml@cccc']);

    const { report, policy } = evaluateGate({ ...options, remote });
    expect(policy.packs).toEqual(['policy.yaml', `acme/policies/ai/org.yaml@${SHA.slice(0, 12)}`, 'baseline', `acme/policies/ai/strict.yaml@${SHA.slice(0, 12)}`, `acme/policies/ai/strict.yaml@${SHA.slice(0, 12)}`]);
    expect(report.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId)).toContain('system/lifecycle-stage');
    expect(asked).toHaveLength(2); // nothing more was asked for during the run
  });

  it('an answer that is an error stops the run before any system is checked, at the extends line that names it', async () => {
    const root = makeRepo({ ...withManifest(() => undefined), 'policy.yaml': `name: org\nextends:\n  - baseline\n  - acme/policies/ai/gone.yaml@${SHA}\n` });
    const { fetch } = recordingFetch();
    const options = { root, policy: 'policy.yaml', policyBaseDir: root };
    const error = await fetchRemotePacks(options, fetch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(`policy.yaml:4:5: policy pack acme/policies/ai/gone.yaml@${SHA.slice(0, 12)}: it does not exist at that commit`);
  });

  it('on a pull request, fetches what the base commit\'s policy names, never a pack only the pull request names', async () => {
    const root = makeRepo({ ...withManifest(() => undefined), '.modelgate/policy.yaml': `extends: acme/policies/ai/org.yaml@${SHA}\n` });
    const base = commitAll(root);
    writeFiles(root, { '.modelgate/policy.yaml': `extends: acme/policies/ai/other.yaml@${SHA}\n` });
    const { asked, fetch } = recordingFetch();
    const options = { root, policyBaseDir: root, base: { ref: base, required: true }, policyFrom: 'base' as const };
    const remote = await fetchRemotePacks(options, fetch);
    expect(asked).toEqual(['acme/policies/ai/org.yaml@cccc', 'acme/policies/ai/strict.yaml@cccc']);

    const { report } = evaluateGate({ ...options, remote });
    const changed = report.findings.filter((f) => f.ruleId === 'policy/changed').map((f) => f.message);
    expect(changed).toEqual([expect.stringContaining(`extends acme/policies/ai/other.yaml@${SHA.slice(0, 12)}, a pack the base commit's policy does not use`)]);
    expect(asked).toHaveLength(2);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(base);
  });
});
