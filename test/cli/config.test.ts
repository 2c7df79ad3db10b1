/**
 * One configuration, found the same way everywhere: with no --policy (no `policy` input), the
 * CLI and the Action use the repository's .modelgate/policy.yaml (the base commit's, with
 * policy-from base), else the bundled baseline; and say which.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { runActionBundle } from '../e2e/bundle.js';
import { makeRepo, writeFiles } from '../helpers/repo.js';
import { withManifest } from '../helpers/system.js';
import { commitAll } from '../helpers/git.js';


// The system fails data/dataset-license only; the repository's policy turns that rule off.
const failing = withManifest((m) => delete m.data.datasets[0].license);
const POLICY = { '.modelgate/policy.yaml': 'extends: baseline\nrules:\n  data/dataset-license: off\n' };

describe('the policy when none is named', () => {
  it('is .modelgate/policy.yaml in the repository root, from any folder, and the report says so', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', ...failing, ...POLICY });
    for (const cwd of [root, path.join(root, 'sys')]) {
      const { code, stdout } = await cli(['check'], cwd);
      expect(code).toBe(0);
      expect(stdout).toMatch(/\(policy: \.modelgate\/policy\.yaml → baseline, fail-on: error\)$/m);
    }
    const rules = await cli(['rules', '--format', 'json'], path.join(root, 'sys'));
    expect(JSON.parse(rules.stdout).map((r: { id: string }) => r.id)).not.toContain('data/dataset-license');
  });

  it('is baseline when the repository has none; --policy names another', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', ...failing });
    const { code, stdout } = await cli(['check'], root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/\(policy: baseline, fail-on: error\)$/m);
    writeFiles(root, POLICY);
    expect((await cli(['check', '--policy', 'baseline'], root)).code).toBe(1);
  });

  it('is never baseline by accident: a policy file that is a link out of the repository stops the run', async () => {
    const outside = makeRepo({ 'policy.yaml': 'extends: baseline\nrules:\n  data/dataset-license: off\n' });
    const root = makeRepo({ '.git/HEAD': 'x', ...failing, '.modelgate/policy.yaml': { symlink: path.join(outside, 'policy.yaml') } });
    const { code, stderr } = await cli(['check'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.modelgate\/policy\.yaml/);
  });

  it("with policy-from base, is the base commit's: a pull request cannot delete it to fall back to baseline", async () => {
    const root = makeRepo({ ...withManifest((m) => m), '.modelgate/policy.yaml': 'extends: baseline\nrules:\n  card/contact: error\n' });
    commitAll(root);
    fs.rmSync(path.join(root, '.modelgate/policy.yaml'));
    const { stdout } = await cli(['check', '--base', 'main', '--policy-from', 'base'], root);
    expect(stdout).toMatch(/\(policy: \.modelgate\/policy\.yaml → baseline, fail-on: error\)$/m);
  });

  it('the Action finds it the same way', () => {
    const root = makeRepo({ '.git/HEAD': 'x', ...failing, ...POLICY });
    const run = runActionBundle(root, {});
    expect(run.outputs.verdict).toBe('pass');
    expect(run.stdout).toMatch(/\(policy: \.modelgate\/policy\.yaml → baseline, fail-on: error\)/);
  });
});
