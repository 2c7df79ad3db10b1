/**
 * The Action run in process against the local GitHub API: pull request and push runs, the fork
 * fallback, scope, SARIF, and two runs side by side. (The shipped bundle keeps its own smoke
 * tests in test/e2e/.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runningWorkflow } from '../../src/action/gate.js';
import { annotationCount, FakeGitHub, HEAD_SHA, MERGE_SHA, pullRequestEvent, system } from '../e2e/fake-github.js';
import { gitRepo } from '../helpers/git.js';
import { withManifest } from '../helpers/system.js';
import { tempDir, writeFiles, type Files } from '../helpers/repo.js';
import { closeServers, runInProcess } from './harness.js';

afterEach(closeServers);

const threeSystems = (): Files => ({ ...system('a', 'model-a', false), ...system('b', 'model-b', true), ...system('c', 'model-c', true) });
const manyBroken = (): Files => Object.assign({}, ...Array.from({ length: 19 }, (_, i) => system(`models/m${i}`, `model-${i}`, true))) as Files;

describe('on a pull request', () => {
  it("judges it by the base commit's policy, posts the check run on its head and the sticky comment", async () => {
    const { root, sha } = gitRepo({ ...system('sys', 'demo-scorer', true), '.modelgate/policy.yaml': 'extends: baseline\n' });
    writeFiles(root, { '.modelgate/policy.yaml': 'extends: baseline\nrules:\n  oversight/stop: off\n' });
    const github = new FakeGitHub();
    github.pullFiles = ['.modelgate/policy.yaml'];
    const result = await runInProcess(root, github, {}, pullRequestEvent(sha));

    expect(result.api.violations).toEqual([]);
    // The base policy is in force: the rule the pull request turns off still fails, and the change is a notice.
    const failing = result.report?.findings.filter((f) => f.status === 'fail') ?? [];
    expect(failing.map((f) => f.ruleId)).toContain('oversight/stop');
    expect(failing.map((f) => f.message)).toContainEqual(expect.stringContaining('once merged, this pull request turns off oversight/stop'));
    expect(github.checkRuns).toEqual([expect.objectContaining({ name: 'modelgate', head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' })]);
    expect(annotationCount(github)).toBe(failing.length);
    expect(result.annotated).toMatchObject({ via: 'check-run', shown: failing.length });
    expect(github.comments).toEqual([expect.objectContaining({ user: expect.objectContaining({ login: 'github-actions[bot]' }) })]);
    expect(github.comments[0]?.body).toContain('## ❌ modelgate: fail');
    expect(result.log).toContainEqual(expect.stringMatching(/^modelgate: pull request comment posted/));
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]); // all on the check run
    expect(result.summary).toContain(`Annotations: all ${failing.length} findings on the check run`);
    expect(result.summaryFile).toBe(result.summary);
    expect(result.outputFile).toEqual(result.outputs);
    expect(result.outputs).toMatchObject({ verdict: 'fail' });
    expect(result.exitCode).toBe(1);
  });

  it('checks only the systems the pull request touches (scope: changed, the default)', async () => {
    const { root, sha } = gitRepo(threeSystems());
    const github = new FakeGitHub();
    github.pullFiles = ['c/notes/retraining.md'];
    const result = await runInProcess(root, github, { 'check-run': 'false', comment: 'false' }, pullRequestEvent(sha));
    expect(result.api.requests.map((r) => r.operation)).toEqual(['pulls/list-files']);
    expect(result.report?.systems.map((s) => s.id)).toEqual(['model-c']);
    expect(result.report?.scope?.skipped.map((s) => s.id)).toEqual(['model-a', 'model-b']);
    expect(result.log).toContain('modelgate: the pull request changes 1 file; checking the systems they touch');
    expect(result.exitCode).toBe(1);
  });

  it('scope: all checks every system, and lists no files', async () => {
    const { root, sha } = gitRepo(threeSystems());
    const github = new FakeGitHub();
    github.pullFiles = ['docs/index.md'];
    const result = await runInProcess(root, github, { scope: 'all', 'check-run': 'false', comment: 'false' }, pullRequestEvent(sha));
    expect(result.api.requests).toEqual([]);
    expect(result.report?.systems.map((s) => s.id)).toEqual(['model-a', 'model-b', 'model-c']);
    expect(result.exitCode).toBe(1);
  });

  it('from a fork, every write refused: workflow-command annotations within the caps, the verdict unchanged', async () => {
    const { root, sha } = gitRepo(manyBroken());
    const github = new FakeGitHub();
    github.refuse = new Set(['checks/create', 'issues/create-comment', 'issues/update-comment']);
    const result = await runInProcess(root, github, { scope: 'all' }, pullRequestEvent(sha, { fork: true }));

    expect(result.api.violations).toEqual([]);
    expect(github.checkRuns).toEqual([]);
    expect(github.comments).toEqual([]);
    const findings = result.annotations.filter((a) => a.properties.file);
    expect(findings.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(findings.every((a) => a.properties.title?.startsWith('modelgate '))).toBe(true);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([expect.stringContaining('Grant "permissions: checks: write"'), expect.stringContaining('Grant "permissions: pull-requests: write"')]);
    expect(result.annotations.filter((a) => a.level === 'notice')).toEqual([expect.objectContaining({ message: expect.stringContaining('294 more findings are not shown') })]);
    expect(result.annotated).toMatchObject({ via: 'workflow-commands', shown: 10, fallback: expect.stringContaining('could not create a check run (403') });
    expect(result.summary).toMatch(/Annotations: 10 of 304 findings shown as workflow commands .*no check run because could not create a check run \(403/);
    expect(result.outputs).toMatchObject({ verdict: 'fail', errors: '304' });
    expect(result.exitCode).toBe(1);
  });
});

describe('one marker two rules find', () => {
  it('is one workflow-command annotation naming both, and the summary counts both findings as shown', async () => {
    const { root } = gitRepo(withManifest((m) => (m.owner.team = 'TODO: the owning team')));
    const result = await runInProcess(root, new FakeGitHub(), { 'check-run': 'false', comment: 'false' });
    const marker = result.annotations.filter((a) => a.message.startsWith('owner.team is still a placeholder'));
    expect(marker.map((a) => a.properties.title)).toEqual(['modelgate system/no-placeholders, system/owner']);
    expect(result.summary).toContain('Annotations: 2 of 2 findings shown as workflow commands');
  });
});

describe("the Action's own warnings", () => {
  it('keep their slots among the ten warning annotations GitHub shows per step: none is crowded out by findings', async () => {
    // Twelve failing systems with no lifecycle: twelve system/lifecycle-stage warnings, more than GitHub shows.
    const files = Object.fromEntries(
      Object.entries(Object.assign({}, ...Array.from({ length: 12 }, (_, i) => system(`models/m${i}`, `model-${i}`, true))) as Files).map(([file, text]) => [file, file.endsWith('ai-system.yaml') ? String(text).replace(/^lifecycle: .*\n/m, '') : text]),
    ) as Files;
    const { root, sha } = gitRepo(files);
    const github = new FakeGitHub();
    github.refuse = new Set(['checks/create', 'issues/create-comment', 'issues/update-comment']);
    const result = await runInProcess(root, github, { scope: 'all', 'sarif-file': '../x.sarif' }, pullRequestEvent(sha, { fork: true }));

    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(result.report?.summary.warnings).toBe(12);
    expect(warnings).toHaveLength(10);
    const own = warnings.filter((a) => !a.properties.file).map((a) => a.message);
    expect(own).toEqual([
      expect.stringContaining('could not write the SARIF file ../x.sarif'),
      expect.stringContaining('Grant "permissions: checks: write"'),
      expect.stringContaining('Grant "permissions: pull-requests: write"'),
    ]);
    expect(warnings.filter((a) => a.properties.file)).toHaveLength(7);
    expect(result.outputs.verdict).toBe('fail');
  });
});

describe('on push', () => {
  it('posts a check run on GITHUB_SHA and makes no pull request call', async () => {
    const { root } = gitRepo(system('sys', 'demo-scorer', true));
    const github = new FakeGitHub();
    const result = await runInProcess(root, github, {}, { name: 'push', payload: { ref: 'refs/heads/main', after: MERGE_SHA } });
    expect(result.api.violations).toEqual([]);
    expect(result.api.requests.map((r) => r.operation)).toEqual(['checks/create']);
    expect(github.checkRuns[0]).toMatchObject({ head_sha: MERGE_SHA, conclusion: 'failure' });
    expect(result.report?.scope).toBeUndefined();
    // The report's provenance names the commit the runner checked out, and the files read.
    const report = JSON.parse(fs.readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.provenance).toMatchObject({ commit: MERGE_SHA, commitSource: 'GITHUB_SHA' });
    expect(report.systems[0].files.map((f: { path: string }) => f.path)).toContain('sys/ai-system.yaml');
    expect(result.exitCode).toBe(1);
  });

  it('without a token: workflow commands, and the summary says why there is no check run', async () => {
    const { root } = gitRepo(system('sys', 'demo-scorer', false));
    const result = await runInProcess(root, new FakeGitHub(), { token: '' });
    expect(result.api.requests).toEqual([]);
    expect(result.annotated).toEqual({ via: 'workflow-commands', shown: 0, fallback: 'no token was given' });
    expect(result.outputs.verdict).toBe('pass');
    expect(result.exitCode).toBe(0);
  });
});

describe('the SARIF file', () => {
  it('is written where sarif-file says, and its path is an output', async () => {
    const { root } = gitRepo(system('sys', 'demo-scorer', true));
    const result = await runInProcess(root, new FakeGitHub(), { 'sarif-file': 'results/modelgate.sarif', 'check-run': 'false' });
    expect(result.outputs.sarif).toBe(path.join(fs.realpathSync(root), 'results/modelgate.sarif'));
    const sarif = JSON.parse(fs.readFileSync(result.outputs.sarif as string, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(16);
    expect(Object.keys(result.outputFile).sort()).toEqual(['errors', 'notices', 'report', 'sarif', 'verdict', 'waived', 'warnings']);
  });

  it.each([
    ['through a linked folder', 'results/modelgate.sarif', 'a folder on its path is a symbolic link'],
    ['outside the workspace', '../modelgate.sarif', 'it must be a file inside the workspace'],
  ])('is refused %s, with a warning; the verdict stands', async (_, target, why) => {
    const outside = tempDir('modelgate-outside-');
    const { root } = gitRepo({ ...system('sys', 'demo-scorer', true), results: { symlink: outside } });
    const result = await runInProcess(root, new FakeGitHub(), { 'sarif-file': target, 'check-run': 'false' });
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(result.outputs.sarif).toBeUndefined();
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([`modelgate: could not write the SARIF file ${target}: ${why}`]);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.exitCode).toBe(1);
  });
});

describe('two runs in one process', () => {
  it('share nothing: outputs, summaries and the warning count are each their own', async () => {
    const failing = gitRepo(manyBroken());
    const passing = gitRepo(system('sys', 'demo-scorer', false));
    // The passing run warns about its SARIF file; the failing run must still get all 10 warning slots' worth of errors.
    const [a, b] = await Promise.all([
      runInProcess(failing.root, new FakeGitHub(), { scope: 'all', 'check-run': 'false' }),
      runInProcess(passing.root, new FakeGitHub(), { 'check-run': 'false', 'sarif-file': '../x.sarif' }),
    ]);
    expect(a.outputFile.verdict).toBe('fail');
    expect(b.outputFile.verdict).toBe('pass');
    expect(a.annotations.filter((x) => x.level === 'warning')).toEqual([]);
    expect(b.annotations.filter((x) => x.level === 'warning')).toHaveLength(1);
    expect(a.summaryFile).toMatch(/^## ❌ modelgate: fail$/m);
    expect(b.summaryFile).toMatch(/^## ✅ modelgate: pass$/m);
    expect(a.outputFile.report).not.toBe(b.outputFile.report);
    expect([a.exitCode, b.exitCode]).toEqual([1, 0]);
  });
});

describe('runningWorkflow', () => {
  it.each([
    [{ GITHUB_REPOSITORY: 'acme/models', GITHUB_WORKFLOW_REF: 'acme/models/.github/workflows/gate.yml@refs/heads/main' }, '.github/workflows/gate.yml'],
    [{ GITHUB_REPOSITORY: 'acme/models', GITHUB_WORKFLOW_REF: 'other/repo/.github/workflows/gate.yml@refs/heads/main' }, undefined],
    [{ GITHUB_REPOSITORY: 'acme/models', GITHUB_WORKFLOW_REF: 'acme/models/.github/workflows/../../README.md@x' }, undefined],
    [{ GITHUB_REPOSITORY: 'acme/models' }, undefined],
  ])('from %j is %s', (env, file) => {
    expect(runningWorkflow(env)).toBe(file);
  });
});
