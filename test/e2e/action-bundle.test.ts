/**
 * The committed Action bundle run exactly as the runner runs it: INPUT_* variables,
 * GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, RUNNER_TEMP.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { compliantFiles, compliantManifest, withManifest } from '../helpers/system.js';
import { annotations, ROOT, runActionBundle, runActionBundleAsync, type ActionRun } from './bundle.js';

describe('dist/index.js', () => {
  it('passes a compliant workspace: exit 0, outputs, summary, report', () => {
    const run = runActionBundle(makeRepo(compliantFiles()), { path: '.', policy: 'baseline', 'fail-on': 'error' });
    expect(run.code).toBe(0);
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.outputs).toMatchObject({ verdict: 'pass', errors: '0', warnings: '0', notices: '0' });
    expect(run.summary).toMatch(/^## ✅ modelgate: pass$/m);
    expect(JSON.parse(fs.readFileSync(run.outputs.report as string, 'utf8')).verdict).toBe('pass');
  });

  it('fails the step on a failing example, with error annotations at file and line', () => {
    const run = runActionBundle(ROOT, { path: 'examples', 'fail-on': 'error', 'as-of': '2026-11-22' });
    expect(run.code).toBe(1);
    const errors = annotations(run.stdout).filter((a) => a.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.properties.file).toMatch(/^examples\//);
      expect(Number(error.properties.line)).toBeGreaterThanOrEqual(1);
      expect(error.properties.title).toMatch(/^modelgate [a-z-]+\/[a-z0-9-]+$/);
    }
    expect(run.outputs.verdict).toBe('fail');
    expect(Number(run.outputs.errors)).toBe(JSON.parse(fs.readFileSync(run.outputs.report as string, 'utf8')).summary.errors);
    expect(run.summary).toMatch(/^## ❌ modelgate: fail$/m);
    expect(run.summary).toContain('| credit-risk-scorer | 2.3.0 | ✅ pass |');
  });

  it('annotates errors first, within the per-step caps, and counts what it left out', () => {
    // 30 systems each missing three things: 90 errors, far over the 10-error cap.
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      const manifest = compliantManifest();
      manifest.id = `system-${i}`;
      delete manifest.owner;
      delete manifest.risk.euAiAct;
      files[`s${i}/ai-system.yaml`] = stringify(manifest);
    }
    files['s0/ai-system.yaml'] = `${files['s0/ai-system.yaml']}unknownA: 1\n`;
    const run = runActionBundle(makeRepo(files), { path: '.' });
    const all = annotations(run.stdout);
    expect(all.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(all.filter((a) => a.level === 'warning').length).toBeLessThanOrEqual(10);
    const notices = all.filter((a) => a.level === 'notice');
    expect(notices.at(-1)?.message).toMatch(/^modelgate: \d+ more findings are not shown as annotations/);
    expect(run.code).toBe(1);
  });

  it('exits 2 with a clear error when an input is invalid', () => {
    const run = runActionBundle(makeRepo(compliantFiles()), { 'fail-on': 'sometimes' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('::error::modelgate: input fail-on must be one of error, warning, notice, never, not "sometimes"');
    expect(run.outputs.verdict).toBe('error');
  });

  it('exits 2 when the policy cannot be read, naming the file and line', () => {
    const run = runActionBundle(makeRepo({ ...compliantFiles(), 'policy.yaml': 'extends: [baseline, nope.yaml]\n' }), { policy: 'policy.yaml' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('::error::modelgate: policy.yaml:1:21: policy pack nope.yaml does not exist (extended from policy.yaml)');
  });

  it('never reads or echoes a file outside the workspace, and neutralises workflow commands in documents', () => {
    const outside = tempDir('modelgate-secret-');
    fs.writeFileSync(path.join(outside, 'secret.md'), '# Oversight\n\nSECRET-TOKEN-1234\n');
    const files = withManifest(
      (m) => {
        m.oversight.plan = 'docs/leak.md';
        m.data.datasets[0].source = 'TBD';
        m.version = '1.2.0\n::error::injected';
      },
      { 'sys/docs/leak.md': { symlink: path.join(outside, 'secret.md') } as never },
    );
    const run = runActionBundle(makeRepo(files), {});
    const everything = `${run.stdout}${run.stderr}${run.summary}${fs.readFileSync(run.outputs.report as string, 'utf8')}`;
    expect(everything).not.toContain('SECRET-TOKEN-1234');
    expect(everything).not.toContain(outside);
    expect(run.stdout).toContain('sys/docs/leak.md is a symbolic link (or lies under one) that leads outside the repository');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::injected'))).toEqual([]);
    expect(run.code).toBe(1);
  });
});

describe('dist/index.js on a pull request', () => {
  it('says so in the job summary and an annotation when the pull request changes the workflow that runs it', async () => {
    const WORKFLOW = '.github/workflows/modelgate.yml';
    const root = makeRepo({ ...compliantFiles(), [WORKFLOW]: 'on: pull_request\n' });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const baseSha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim();
    fs.writeFileSync(path.join(root, WORKFLOW), 'on: pull_request\n# fail-on: never\n');
    const event = { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: baseSha }, head: { sha: 'f'.repeat(40) } } } };
    const env = { GITHUB_REPOSITORY: 'acme/models', GITHUB_WORKFLOW_REF: `acme/models/${WORKFLOW}@refs/pull/7/merge` };
    const run = await runActionBundleAsync(root, { 'check-run': 'false', comment: 'false', scope: 'all' }, event, env);
    const message = `this pull request changes ${WORKFLOW}, the workflow that runs this gate`;
    expect(annotations(run.stdout).filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(expect.stringContaining(message));
    expect(run.summary).toContain(message);
    expect(run.code).toBe(0); // a warning: the change is shown, the verdict is the policy's
  });

  /** A repository whose base commit's policy keeps data/dataset-license, which fails, and a change that turns it off. */
  const policyTurnedOff = () => {
    const root = makeRepo({ ...withManifest((m) => delete m.data.datasets[0].license), '.modelgate/policy.yaml': 'extends: baseline\n' });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const baseSha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim();
    fs.writeFileSync(path.join(root, '.modelgate/policy.yaml'), 'extends: baseline\nrules:\n  data/dataset-license: off\n');
    return { root, baseSha };
  };
  /** The run failed the rule the base's policy keeps, and annotated the change as a notice. */
  const expectJudgedByBase = (run: ActionRun) => {
    const all = annotations(run.stdout);
    expect(all.filter((a) => a.level === 'error').map((a) => a.properties.title)).toContain('modelgate data/dataset-license');
    expect(all.filter((a) => a.level === 'notice').map((a) => a.message.split('\n')[0])).toContain(
      "once merged, this pull request turns off data/dataset-license (now error) (the base commit's policy applies to this run)",
    );
  };

  it('judges the pull request by its base commit\'s policy, and annotates the changes it makes', () => {
    const { root, baseSha } = policyTurnedOff();
    const run = runActionBundle(root, { policy: '.modelgate/policy.yaml' }, { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: baseSha }, head: { sha: 'f'.repeat(40) } } } });
    expect(run.code).toBe(1);
    expectJudgedByBase(run);
    // Opting into the head policy is explicit, and weaker.
    expect(runActionBundle(root, { policy: '.modelgate/policy.yaml', 'policy-from': 'head' }, { name: 'pull_request', payload: { pull_request: { base: { sha: baseSha } } } }).code).toBe(0);
  });

  // Fourth red team: a merge queue's run (merge_group, no pull_request in its payload) read the
  // policy the queued pull request wrote, with no base to compare with.
  it("judges a merge queue's group by the policy of the commit it is built on", () => {
    const { root, baseSha } = policyTurnedOff();
    const run = runActionBundle(root, {}, { name: 'merge_group', payload: { merge_group: { base_sha: baseSha, head_sha: 'f'.repeat(40), head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc' } } });
    expect(run.code).toBe(1);
    expectJudgedByBase(run);
    // One that names no base stops, rather than read the head's policy.
    const unnamed = runActionBundle(root, {}, { name: 'merge_group', payload: { merge_group: { head_sha: 'f'.repeat(40) } } });
    expect(unnamed.code).toBe(2);
    expect(unnamed.stdout + unnamed.stderr).toContain('this merge_group event names no base commit (merge_group.base_sha)');
  });
});
