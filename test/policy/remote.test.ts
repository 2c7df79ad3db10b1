/** Pinned remote packs: from a local clone in the CLI, from the GitHub contents API in the Action. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { annotations, runActionBundleAsync } from '../e2e/bundle.js';
import { startGitHubApi, type GitHubApi } from '../e2e/github-api.js';
import { makeRepo } from '../helpers/repo.js';
import { compliantFiles, withManifest } from '../helpers/system.js';
import { commitAll, git } from '../helpers/git.js';


/** A central policy repository with one commit; returns its path and the commit. */
function centralRepo(): { dir: string; sha: string } {
  const dir = makeRepo({
    'ai/pack.yaml': 'extends: [baseline, ./strict.yaml]\nrules:\n  card/contact: error\n',
    'ai/strict.yaml': 'rules:\n  system/lifecycle-stage: error\n',
  });
  commitAll(dir, 'central policy');
  return { dir, sha: git(dir, 'rev-parse', 'HEAD') };
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

describe('CLI: a pinned remote pack from a local clone', () => {
  const central = centralRepo();

  it('reads the pack and its relative extends at the pinned commit', async () => {
    const repo = makeRepo({ ...withManifest((m) => delete m.lifecycle), 'policy.yaml': `extends: acme/policies/ai/pack.yaml@${central.sha}\n` });
    // The clone's working tree is ignored: only the pinned commit counts.
    fs.writeFileSync(path.join(central.dir, 'ai/strict.yaml'), 'rules:\n  system/lifecycle-stage: off\n');
    const { code, stdout } = await cli(['check', '--policy', 'policy.yaml', '--policy-checkout', `acme/policies=${central.dir}`, '--format', 'json'], repo);
    const report = JSON.parse(stdout);
    expect(report.policy.packs).toEqual(['policy.yaml', `acme/policies/ai/pack.yaml@${central.sha.slice(0, 12)}`, 'baseline', `acme/policies/ai/strict.yaml@${central.sha.slice(0, 12)}`]);
    expect(report.findings.find((f: { ruleId: string; status: string }) => f.ruleId === 'system/lifecycle-stage' && f.status === 'fail')).toMatchObject({ severity: 'error' });
    expect(code).toBe(1);
  });

  it('policy validate reads a pinned remote pack from the clone too', async () => {
    const repo = makeRepo({ 'policy.yaml': `extends: acme/policies/ai/pack.yaml@${central.sha}\n` });
    const without = await cli(['policy', 'validate', 'policy.yaml'], repo);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--policy-checkout acme/policies=<dir>');
    const withClone = await cli(['policy', 'validate', 'policy.yaml', '--policy-checkout', `acme/policies=${central.dir}`], repo);
    expect(withClone.stdout).toContain(`policy.yaml: valid;`);
    expect(withClone.code).toBe(0);
  });

  it.each([
    [`extends: acme/policies/ai/pack.yaml@main\n`, [], 'policy.yaml:1:10: remote policy pack acme/policies/ai/pack.yaml is not pinned: "@main" can change under you; use the full commit SHA (…@<40 hex characters>)'],
    [`extends: acme/policies/ai/pack.yaml@${'a'.repeat(40)}\n`, [], 'no local clone of acme/policies was given (--policy-checkout acme/policies=<dir>)'],
    [`extends: acme/policies/ai/pack.yaml@${'a'.repeat(40)}\n`, ['--policy-checkout', 'acme/policies=CENTRAL'], `commit ${'a'.repeat(40)} is not in the clone at`],
    [`extends: acme/policies/../escape.yaml@${'a'.repeat(40)}\n`, ['--policy-checkout', 'acme/policies=CENTRAL'], 'policy.yaml:1:10: remote policy pack path "../escape.yaml" must be a plain path inside acme/policies'],
  ])('exit 2: %s', async (policy, extra, message) => {
    const repo = makeRepo({ ...compliantFiles(), 'policy.yaml': policy });
    const args = extra.map((a) => a.replace('CENTRAL', central.dir));
    const { code, stderr } = await cli(['check', '--policy', 'policy.yaml', ...args], repo);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('Action: a pinned remote pack from the GitHub contents API', () => {
  const central = centralRepo();
  let api: GitHubApi;

  // GitHub's contents API, held to its published contract: the raw file at the pinned commit.
  beforeAll(async () => {
    api = await startGitHubApi((request) => {
      const { owner, repo, path: file } = request.params;
      if (request.operation !== 'repos/get-content' || `${owner}/${repo}` !== 'acme/policies' || request.query.get('ref') !== central.sha) return undefined;
      if (!fs.existsSync(path.join(central.dir, file ?? ''))) return undefined;
      return { status: 200, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' }, body: execFileSync('git', ['show', `${central.sha}:${file}`], { cwd: central.dir }).toString() };
    });
  });
  afterAll(() => api.close());

  it('fetches the pack and its relative extends at the pinned commit, with the token', async () => {
    const repo = makeRepo({ ...withManifest((m) => delete m.lifecycle), 'policy.yaml': `extends: acme/policies/ai/pack.yaml@${central.sha}\n` });
    const run = await runActionBundleAsync(repo, { policy: 'policy.yaml', token: 'ghs_test' }, undefined, { GITHUB_API_URL: api.url });
    expect(api.violations).toEqual([]);
    expect(api.requests.map((r) => [r.method, r.path, r.query.toString()])).toEqual([
      ['GET', '/repos/acme/policies/contents/ai%2Fpack.yaml', `ref=${central.sha}`],
      ['GET', '/repos/acme/policies/contents/ai%2Fstrict.yaml', `ref=${central.sha}`],
    ]);
    expect(api.requests.every((r) => r.headers.authorization === 'token ghs_test' && r.headers.accept === 'application/vnd.github.v3.raw')).toBe(true);
    expect(annotations(run.stdout).map((a) => a.properties.title)).toContain('modelgate system/lifecycle-stage');
    expect(run.code).toBe(1);
  });

  // On a pull request the token fetches only what the base commit's policy names.
  describe('on a pull request', () => {
    const POLICY = '.modelgate/policy.yaml';
    const pullRequest = (basePolicy: string, headPolicy: string) => {
      const root = makeRepo({ ...compliantFiles(), [POLICY]: basePolicy });
      commitAll(root);
      const baseSha = git(root, 'rev-parse', 'HEAD');
      fs.writeFileSync(path.join(root, POLICY), headPolicy);
      const event = { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: baseSha }, head: { sha: 'f'.repeat(40) } } } };
      return runActionBundleAsync(root, { policy: POLICY, token: 'ghs_test', scope: 'all', 'check-run': 'false', comment: 'false' }, event, { GITHUB_API_URL: api.url });
    };

    it('a remote pack only the pull request names is never fetched, and the change is shown', async () => {
      const before = api.requests.length;
      const run = await pullRequest('extends: baseline\n', `extends: [baseline, acme/policies/ai/pack.yaml@${central.sha}]\n`);
      expect(api.requests.slice(before)).toEqual([]);
      expect(annotations(run.stdout).filter((a) => a.level === 'notice').map((a) => a.message.split('\n')[0])).toContain(
        `once merged, this pull request extends acme/policies/ai/pack.yaml@${central.sha.slice(0, 12)}, a pack the base commit's policy does not use; a pull request never fetches a pack only it names, so its rules are compared once this is merged (the base commit's policy applies to this run)`,
      );
      expect(run.code).toBe(0);
    });

    it("a remote pack the base commit's policy names is fetched", async () => {
      const before = api.requests.length;
      const policy = `extends: acme/policies/ai/pack.yaml@${central.sha}\n`;
      const run = await pullRequest(policy, policy);
      expect(api.requests.slice(before).map((r) => r.path)).toEqual(['/repos/acme/policies/contents/ai%2Fpack.yaml', '/repos/acme/policies/contents/ai%2Fstrict.yaml']);
      expect(run.code).toBe(0);
    });
  });

  it('exit 2 with the reason when the pack does not exist at that commit', async () => {
    const repo = makeRepo({ ...compliantFiles(), 'policy.yaml': `extends: acme/policies/ai/nope.yaml@${central.sha}\n` });
    const run = await runActionBundleAsync(repo, { policy: 'policy.yaml', token: 'ghs_test' }, undefined, { GITHUB_API_URL: api.url });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`::error::modelgate: policy.yaml:1:10: policy pack acme/policies/ai/nope.yaml@${central.sha.slice(0, 12)}: it does not exist at that commit, or the token cannot see acme/policies`);
  });
});
