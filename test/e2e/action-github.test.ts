/**
 * The Action's GitHub side, end to end: dist/index.js runs as the runner runs it, against a local
 * API server that enforces GitHub's OpenAPI contract. Check run annotations in batches of 50,
 * the fork-PR fallback, the sticky comment, changed-files scope and retries. (The same run in
 * process, and what needs no bundle: test/action/.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotations, runActionBundleAsync, type ActionRun } from './bundle.js';
import { githubErrors, startGitHubApi, type GitHubApi } from './github-api.js';
import { annotationCount, FakeGitHub, HEAD_SHA, MERGE_SHA, pullRequestEvent, runnerEnv, system } from './fake-github.js';
import { writeFiles, type Files } from '../helpers/repo.js';
import { stringify } from 'yaml';
import { expectSafeMarkdown } from '../helpers/markdown-safety.js';
import { git, gitRepo as sharedGitRepo } from '../helpers/git.js';

/** Control characters bar line breaks and the SGR colour codes the Action's own log uses. */
// eslint-disable-next-line no-control-regex
const INVISIBLE_EXCEPT_COLOUR = /[\u0000-\u0009\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\u001b(?!\[\d+m)/u;


/** A repository with one commit (the pull request's base); returns its path and the commit. */
function gitRepo(files: Files): { dir: string; sha: string } {
  const { root, sha } = sharedGitRepo(files);
  return { dir: root, sha };
}

let api: GitHubApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(github: FakeGitHub): Promise<GitHubApi> {
  api = await startGitHubApi(github.handler);
  return api;
}

async function run(
  dir: string,
  github: FakeGitHub,
  inputs: Record<string, string>,
  event?: { name: string; payload: unknown },
  env: Record<string, string> = {},
): Promise<ActionRun & { api: GitHubApi }> {
  const server = api ?? (await start(github));
  const result = await runActionBundleAsync(dir, { token: 'ghs_test', ...inputs }, event, { ...runnerEnv(server), ...env });
  return { ...result, api: server };
}


describe('check run annotations', () => {
  it('posts every one of 304 annotations through the check run API, 50 per request, and completes the run with the verdict', async () => {
    const files: Files = {};
    for (let i = 0; i < 19; i++) Object.assign(files, system(`models/m${i}`, `model-${i}`, true));
    const repo = gitRepo(files);
    const github = new FakeGitHub();
    const result = await run(repo.dir, github, { scope: 'all' }, pullRequestEvent(repo.sha));

    expect(result.api.violations).toEqual([]);
    expect(result.outputs.errors).toBe('304');
    const writes = result.api.requests.filter((r) => r.operation.startsWith('checks/'));
    expect(writes.map((r) => r.operation)).toEqual(['checks/create', ...Array(6).fill('checks/update')]);
    expect(writes.map((r) => ((r.body as any).output.annotations ?? []).length)).toEqual([50, 50, 50, 50, 50, 50, 4]);
    expect(github.checkRuns).toHaveLength(1);
    const [checkRun] = github.checkRuns;
    expect(checkRun).toMatchObject({ name: 'modelgate', head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
    expect(annotationCount(github)).toBe(304);
    // Every annotation is a distinct finding, on its file and line.
    const keys = new Set(checkRun?.annotations.map((a: any) => `${a.path}:${a.start_line}:${a.title}:${a.message}`));
    expect(keys.size).toBe(304);
    expect(checkRun?.annotations[0]).toMatchObject({ path: 'models/m0/ai-system.yaml', annotation_level: 'failure', title: expect.stringContaining('modelgate ') });
    // Nothing doubled as workflow commands, and the summary says where the annotations are.
    expect(annotations(result.stdout)).toEqual([]);
    expect(result.summary).toContain('Annotations: all 304 findings on the check run');
    expect(result.code).toBe(1);
  });

  it('a fork pull request: every post refused, annotations fall back to workflow commands within the caps, and the step still fails', async () => {
    const files: Files = {};
    for (let i = 0; i < 19; i++) Object.assign(files, system(`models/m${i}`, `model-${i}`, true));
    const repo = gitRepo(files);
    const github = new FakeGitHub();
    github.refuse = new Set(['checks/create', 'issues/create-comment', 'issues/update-comment']);
    const result = await run(repo.dir, github, { scope: 'all' }, pullRequestEvent(repo.sha, { fork: true }));

    expect(result.api.violations).toEqual([]);
    const shown = annotations(result.stdout);
    expect(shown.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(shown.filter((a) => a.level === 'notice')).toEqual([expect.objectContaining({ message: expect.stringContaining('294 more findings are not shown') })]);
    expect(result.stdout).toContain('Grant "permissions: checks: write"');
    expect(result.stdout).toContain('Grant "permissions: pull-requests: write"');
    expect(result.summary).toMatch(/Annotations: 10 of 304 findings shown as workflow commands .*no check run because could not create a check run \(403/);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.code).toBe(1);
  });

  it('a 422 from the Checks API is not retried; the annotations fall back and the verdict stands', async () => {
    const repo = gitRepo(system('sys', 'demo-scorer', true));
    const github = new FakeGitHub();
    github.failures.set('checks/create', [githubErrors.unprocessable]);
    const result = await run(repo.dir, github, { scope: 'all', comment: 'false' }, pullRequestEvent(repo.sha));
    expect(result.api.violations).toEqual([]);
    expect(result.api.requests.filter((r) => r.operation === 'checks/create')).toHaveLength(1);
    expect(annotations(result.stdout).filter((a) => a.level === 'error')).toHaveLength(10);
    expect(result.stdout).toContain('could not create a check run (422: Validation Failed');
    expect(result.code).toBe(1);
  });

  it('retries a 502 and a secondary rate limit, then posts', async () => {
    const repo = gitRepo(system('sys', 'demo-scorer', true));
    const github = new FakeGitHub();
    github.failures.set('checks/create', [githubErrors.badGateway]);
    github.failures.set('issues/list-comments', [githubErrors.secondaryRateLimit]);
    const result = await run(repo.dir, github, { scope: 'all' }, pullRequestEvent(repo.sha));
    expect(result.api.violations).toEqual([]);
    expect(result.api.requests.map((r) => r.operation)).toEqual(['checks/create', 'checks/create', 'issues/list-comments', 'issues/list-comments', 'issues/create-comment']);
    expect(result.stdout).toContain("GitHub answered 502 to the check run's creation; trying again in 1s (attempt 2 of 3)");
    expect(result.stdout).toContain('GitHub answered 403 (secondary rate limit) to GET /repos/acme/models/issues/7/comments?per_page=100; trying again in 1s (attempt 2 of 3)');
    expect(annotationCount(github)).toBe(16);
    expect(result.code).toBe(1);
  });

  it('a creation whose answer is lost (done, then a 500) is found by its external id, not repeated', async () => {
    const files: Files = {};
    for (let i = 0; i < 4; i++) Object.assign(files, system(`models/m${i}`, `model-${i}`, true));
    const repo = gitRepo(files);
    const github = new FakeGitHub();
    github.doneThenLost.set('checks/create', 1);
    github.doneThenLost.set('checks/update', 1);
    const result = await run(repo.dir, github, { scope: 'all', comment: 'false' }, pullRequestEvent(repo.sha), { GITHUB_RUN_ATTEMPT: '2' });
    expect(result.api.violations).toEqual([]);
    expect(result.api.requests.map((r) => r.operation)).toEqual(['checks/create', 'checks/list-for-ref', 'checks/update', 'checks/get']);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]).toMatchObject({ external_id: 'modelgate:4242.2:modelgate', status: 'completed', conclusion: 'failure' });
    // Every annotation once: the lost batch was checked by count, not sent twice.
    expect(annotationCount(github)).toBe(64);
    expect(result.stdout).toContain("GitHub answered 500 to the check run's creation, but it was done; carrying on");
    expect(annotations(result.stdout)).toEqual([]);
    expect(result.code).toBe(1);
  });

  it('a connection reset after the comment and the check run were made (a stale keep-alive): nothing is posted twice', async () => {
    const repo = gitRepo(system('sys', 'demo-scorer', true));
    const github = new FakeGitHub();
    github.lostAs = 'reset';
    github.doneThenLost.set('checks/create', 1);
    github.doneThenLost.set('issues/create-comment', 1);
    const result = await run(repo.dir, github, { scope: 'all' }, pullRequestEvent(repo.sha));
    expect(result.api.violations).toEqual([]);
    expect(github.checkRuns).toHaveLength(1);
    expect(annotationCount(github)).toBe(16);
    expect(github.comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(result.stdout).toContain('pull request comment posted');
    expect(annotations(result.stdout)).toEqual([]);
  });

  it('a creation that got a 500 and was not done is created again, once', async () => {
    const repo = gitRepo(system('sys', 'demo-scorer', true));
    const github = new FakeGitHub();
    github.failures.set('checks/create', [{ status: 500, body: { message: 'Server Error' } }]);
    const result = await run(repo.dir, github, { scope: 'all', comment: 'false' }, pullRequestEvent(repo.sha));
    expect(result.api.requests.map((r) => r.operation)).toEqual(['checks/create', 'checks/list-for-ref', 'checks/create']);
    expect(github.checkRuns).toHaveLength(1);
    expect(annotationCount(github)).toBe(16);
    expect(result.code).toBe(1);
  });

  it('sends the summary once, with the last request; the batches before carry a progress line', async () => {
    const files: Files = {};
    for (let i = 0; i < 4; i++) Object.assign(files, system(`models/m${i}`, `model-${i}`, true));
    const repo = gitRepo(files);
    const github = new FakeGitHub();
    const result = await run(repo.dir, github, { scope: 'all', comment: 'false' }, pullRequestEvent(repo.sha));
    const summaries = result.api.requests.filter((r) => r.operation.startsWith('checks/')).map((r) => (r.body as any).output.summary as string);
    expect(summaries).toHaveLength(2);
    expect(summaries[0]).toBe('Posting 64 annotations: 50 so far. The summary follows with the last batch.');
    expect(summaries[1]).toContain('## ❌ modelgate: fail');
  });

  it('gives up on a server that keeps failing after 3 tries, and the verdict is unchanged', async () => {
    const repo = gitRepo(system('sys', 'demo-scorer', false));
    const github = new FakeGitHub();
    github.failures.set('checks/create', Array(5).fill(githubErrors.badGateway));
    const result = await run(repo.dir, github, { scope: 'all', comment: 'false' }, pullRequestEvent(repo.sha));
    expect(result.api.requests.filter((r) => r.operation === 'checks/create')).toHaveLength(3);
    expect(result.stdout).toContain('could not create a check run (502');
    expect(result.outputs.verdict).toBe('pass');
    expect(result.code).toBe(0);
  });

  it('on push: a check run on GITHUB_SHA, no pull request calls', async () => {
    const repo = gitRepo(system('sys', 'demo-scorer', true));
    const github = new FakeGitHub();
    const result = await run(repo.dir, github, {}, { name: 'push', payload: { ref: 'refs/heads/main', after: MERGE_SHA } });
    expect(result.api.violations).toEqual([]);
    expect(result.api.requests.map((r) => r.operation)).toEqual(['checks/create']);
    expect(github.checkRuns[0]).toMatchObject({ head_sha: MERGE_SHA, conclusion: 'failure' });
    expect(result.code).toBe(1);
  });
});

describe('the sticky pull request comment', () => {
  it('is created once, left alone on an identical re-run, edited in place when findings change; others\' comments with the marker are never touched', async () => {
    const repo = gitRepo({ ...system('a', 'model-a', true), ...system('b', 'model-b', true) });
    const github = new FakeGitHub();
    // 120 earlier comments (two pages), one of them a user's copy of a modelgate comment.
    for (let i = 0; i < 120; i++) github.comments.push({ id: i + 1, body: `comment ${i}`, user: { login: 'dev', type: 'User' } });
    github.comments[5] = { id: 6, body: '<!-- modelgate:sticky model_gate/. digest=0000000000000000 -->\nall good!', user: { login: 'mallory', type: 'User' } };
    const event = pullRequestEvent(repo.sha);

    const first = await run(repo.dir, github, { scope: 'all' }, event);
    expect(first.api.violations).toEqual([]);
    const created = github.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(created).toHaveLength(1);
    const body = created[0]?.body ?? '';
    expect(body.split('\n')[0]).toMatch(/^<!-- modelgate:sticky model_gate\/\. digest=[0-9a-f]{16} -->$/);
    expect(body).toContain('## ❌ modelgate: fail');
    expect(body).toContain(`at commit ${HEAD_SHA.slice(0, 7)}`);
    expect(body).toContain('### model-a 1.2.0');
    expect(body).toMatch(/- ❌ \[`oversight\/stop`\]\([^)]+\) `a\/ai-system.yaml:\d+` \(\+1 more\): .* \*\*Fix:\*\* /);
    expect(body).toContain('[the job summary](https://github.com/acme/models/actions/runs/4242)');

    const again = await run(repo.dir, github, { scope: 'all' }, event);
    expect(github.writes(again.api).filter((op) => op.startsWith('issues/'))).toEqual(['issues/create-comment']); // nothing new
    expect(again.stdout).toContain('pull request comment left unchanged');

    // Fix system b: the same comment is edited; the user's look-alike is untouched.
    writeFiles(repo.dir, system('b', 'model-b', false));
    const third = await run(repo.dir, github, { scope: 'all' }, event);
    expect(github.writes(third.api).filter((op) => op.startsWith('issues/'))).toEqual(['issues/create-comment', 'issues/update-comment']);
    const updated = github.comments.find((c) => c.id === created[0]?.id);
    expect(updated?.body).not.toContain('model-b');
    expect(updated?.body).toContain('### model-a');
    expect(github.comments[5]?.body).toContain('all good!');
    expect(github.comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('stays under GitHub\'s 65,536-character cap with a pointer to the job summary, with a long workflow name and run URL', async () => {
    const files: Files = {};
    for (let i = 0; i < 400; i++) Object.assign(files, system(`models/m${i}`, `model-with-a-long-identifier-${i}`, true));
    const repo = gitRepo(files);
    const github = new FakeGitHub();
    const long = { GITHUB_WORKFLOW: `Model governance gate ${'x'.repeat(300)}`, GITHUB_SERVER_URL: `https://github.example.com/${'y'.repeat(300)}` };
    const result = await run(repo.dir, github, { scope: 'all', 'check-run': 'false' }, pullRequestEvent(repo.sha), long);
    expect(result.api.violations).toEqual([]);
    const body = github.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/> \d+ more systems with failures not shown \(GitHub caps a comment's length\); every finding is in \[the job summary\]/);
  });

  it('a passing pull request gets no comment; comment: false posts none', async () => {
    const repo = gitRepo(system('sys', 'demo-scorer', false));
    const github = new FakeGitHub();
    github.pullFiles = ['sys/docs/oversight.md'];
    const passing = await run(repo.dir, github, {}, pullRequestEvent(repo.sha));
    expect(JSON.parse(fs.readFileSync(passing.outputs.report as string, 'utf8')).summary.systems).toBe(1); // it was checked
    expect(passing.code).toBe(0);
    expect(github.comments).toEqual([]);
    expect(passing.stdout).toContain('pull request comment not needed (the gate passes)');

    writeFiles(repo.dir, system('sys', 'demo-scorer', true));
    const failing = await run(repo.dir, github, { comment: 'false' }, pullRequestEvent(repo.sha));
    expect(failing.code).toBe(1);
    expect(github.comments).toEqual([]);
  });
});

describe('changed-files scope', () => {
  const threeSystems = () => ({ ...system('a', 'model-a', false), ...system('b', 'model-b', true), ...system('c', 'model-c', true) });

  it.each([
    ['an evidence file of one system', ['b/evidence/bias.json'], ['model-b'], ['model-a', 'model-c']],
    ['a file in a system\'s folder', ['c/notes/retraining.md'], ['model-c'], ['model-a', 'model-b']],
    ['only the compliant system', ['a/ai-system.yaml'], ['model-a'], ['model-b', 'model-c']],
    ['nothing any system uses', ['docs/index.md'], [], ['model-a', 'model-b', 'model-c']],
    ['the waivers file, which governs all', ['.modelgate/waivers.yaml'], ['model-a', 'model-b', 'model-c'], []],
  ])('a pull request changing %s checks %j', async (_, changed, checked, skipped) => {
    const repo = gitRepo(threeSystems());
    const github = new FakeGitHub();
    // 150 unrelated files first, so the list takes two pages.
    github.pullFiles = [...Array.from({ length: 150 }, (_, i) => `site/page-${i}.html`), ...changed];
    const result = await run(repo.dir, github, { 'check-run': 'false', comment: 'false' }, pullRequestEvent(repo.sha));
    expect(result.api.violations).toEqual([]);
    expect(result.api.requests.filter((r) => r.operation === 'pulls/list-files').map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    const report = JSON.parse(fs.readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.systems.map((s: { id: string }) => s.id)).toEqual(checked);
    expect(report.scope.skipped.map((s: { id: string }) => s.id)).toEqual(skipped);
    if (skipped.length > 0) expect(result.summary).toContain(`Scope: ${skipped.length} system${skipped.length === 1 ? '' : 's'} left out`);
    expect(result.code).toBe(checked.some((id) => id !== 'model-a') ? 1 : 0);
  });

  it('a waiver for a system the scope skipped is not called unused', async () => {
    const waivers = stringify({ waivers: [{ rule: 'oversight/stop', system: 'model-b', justification: 'The stop runbook moves to the platform team this sprint (PLAT-7).', approver: 'Head of ML', expires: '2026-12-31' }] });
    const repo = gitRepo({ ...threeSystems(), '.modelgate/waivers.yaml': waivers });
    const github = new FakeGitHub();
    github.pullFiles = ['a/docs/impact.md'];
    const result = await run(repo.dir, github, { 'check-run': 'false', comment: 'false', 'as-of': '2026-11-22' }, pullRequestEvent(repo.sha));
    const report = JSON.parse(fs.readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.systems.map((s: { id: string }) => s.id)).toEqual(['model-a']);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('waiver/'))).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('a new system reusing an untouched system\'s id: both are checked, and the duplicate fails', async () => {
    const repo = gitRepo(threeSystems());
    writeFiles(repo.dir, system('d', 'model-a', false));
    const github = new FakeGitHub();
    github.pullFiles = ['d/ai-system.yaml'];
    const result = await run(repo.dir, github, { 'check-run': 'false', comment: 'false' }, pullRequestEvent(repo.sha));
    const report = JSON.parse(fs.readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.systems.map((s: { manifest: string }) => s.manifest)).toEqual(['a/ai-system.yaml', 'd/ai-system.yaml']);
    expect(report.findings.filter((f: { ruleId: string; status: string }) => f.ruleId === 'manifest/duplicate-id' && f.status === 'fail')).toHaveLength(1);
    expect(result.code).toBe(1);
  });

  it('a pull request deleting a manifest leaves its model card unregistered, and says so', async () => {
    const repo = gitRepo(threeSystems());
    fs.rmSync(path.join(repo.dir, 'a/ai-system.yaml'));
    const github = new FakeGitHub();
    github.pullFiles = ['a/ai-system.yaml'];
    const result = await run(repo.dir, github, { 'check-run': 'false', comment: 'false' }, pullRequestEvent(repo.sha));
    const report = JSON.parse(fs.readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'discovery/unregistered-system').map((f: { file: string }) => f.file)).toEqual(['a/README.md']);
    // The system itself is gone from the gate: an error at its manifest's path at the base commit.
    expect(annotations(result.stdout).filter((a) => a.properties.title === 'modelgate governance/system-removed')).toEqual([
      expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'a/ai-system.yaml', line: '1' }) }),
    ]);
    expect(result.code).toBe(1);
  });

  it('a pull request that lowers a tier and moves a system under node_modules/ is judged against the base', async () => {
    const repo = gitRepo(threeSystems());
    const manifestA = path.join(repo.dir, 'a/ai-system.yaml');
    fs.writeFileSync(manifestA, fs.readFileSync(manifestA, 'utf8').replace('tier: high', 'tier: minimal'));
    git(repo.dir, 'mv', 'b', 'node_modules');
    const github = new FakeGitHub();
    github.pullFiles = ['a/ai-system.yaml', 'node_modules/ai-system.yaml'];
    const result = await run(repo.dir, github, { 'check-run': 'false', comment: 'false' }, pullRequestEvent(repo.sha));
    const titles = annotations(result.stdout).map((a) => `${a.properties.title} ${a.properties.file}`);
    expect(titles).toContain('modelgate governance/risk-not-lowered a/ai-system.yaml');
    const report = JSON.parse(fs.readFileSync(result.outputs.report as string, 'utf8'));
    // Tracked under node_modules/, the moved system is still found and checked.
    expect(report.systems.map((s: { manifest: string }) => s.manifest)).toContain('node_modules/ai-system.yaml');
    expect(result.code).toBe(1);
  });

  it('a waivers file given as ./config/waivers.yaml still governs every system', async () => {
    const repo = gitRepo(threeSystems());
    const github = new FakeGitHub();
    github.pullFiles = ['config/waivers.yaml'];
    const result = await run(repo.dir, github, { 'check-run': 'false', comment: 'false', waivers: './config/waivers.yaml', 'policy-from': 'head' }, pullRequestEvent(repo.sha));
    const report = JSON.parse(fs.readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.scope.all).toBe('the change touches config/waivers.yaml, which governs every system');
    expect(report.systems).toHaveLength(3);
  });
});

// The SARIF file (written, and refused through a link or outside the workspace) is tested in
// process: test/action/run.test.ts.

describe('hostile folder names, through every GitHub surface', () => {
  // A blank line (ends a code span), raw HTML, a mention, a table pipe, an issue reference, an
  // escape sequence; and a folder whose name would start a workflow command at a line start.
  // (A folder name cannot hold `/`.)
  const HOSTILE_DIR = 'm\n\n<img src=x onerror=alert(1)>@acme-security | #1 \u001b[2K';
  const COMMAND_DIR = '::warning title=forged::all checks passed';

  it('the check run, the comment, the job summary and the log show the names escaped; annotations keep the real paths', async () => {
    const repo = gitRepo({ ...system(HOSTILE_DIR, 'model-a', true), ...system(COMMAND_DIR, 'model-b', true) });
    const github = new FakeGitHub();
    const result = await run(repo.dir, github, { scope: 'all' }, pullRequestEvent(repo.sha));

    expect(result.api.violations).toEqual([]);
    expect(result.outputs.errors).toBe('32');
    const [checkRun] = github.checkRuns;
    // The API matches annotations to files by path, so paths are sent as they are (JSON is safe).
    expect(new Set(checkRun?.annotations.map((a: any) => a.path))).toEqual(new Set([`${HOSTILE_DIR}/ai-system.yaml`, `${COMMAND_DIR}/ai-system.yaml`]));
    const summary = (result.api.requests.find((r) => r.operation === 'checks/create')?.body as any).output.summary as string;
    expectSafeMarkdown(summary, undefined, HOSTILE_DIR);
    expectSafeMarkdown(github.comments[0]?.body ?? '', undefined, HOSTILE_DIR);
    expectSafeMarkdown(result.summary, undefined, HOSTILE_DIR);
    // The log: no line a runner would read as a command but ours.
    const commands = result.stdout.split('\n').filter((line) => /^\s*::/.test(line));
    for (const line of commands) expect(line).toMatch(/^::(stop-commands::[\w-]+$|[0-9a-f-]{16,}::$|set-output|debug::|error|warning|notice|group|endgroup)/);
    expect(result.stdout).not.toMatch(/^\s*::warning title=forged/m);
    expect(result.stdout).not.toMatch(INVISIBLE_EXCEPT_COLOUR);
    expect(result.code).toBe(1);
  });

  it('with checks refused, the workflow-command annotations are one line each and forge nothing', async () => {
    const repo = gitRepo({ ...system(HOSTILE_DIR, 'model-a', true), ...system(COMMAND_DIR, 'model-b', true) });
    const github = new FakeGitHub();
    github.refuse = new Set(['checks/create', 'issues/create-comment', 'issues/update-comment']);
    const result = await run(repo.dir, github, { scope: 'all' }, pullRequestEvent(repo.sha, { fork: true }));

    const shown = annotations(result.stdout);
    expect(shown.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(shown.filter((a) => a.level === 'warning').map((a) => a.message)).not.toContainEqual(expect.stringContaining('all checks passed'));
    for (const annotation of shown) expect(annotation.properties.file ?? '').not.toMatch(INVISIBLE_EXCEPT_COLOUR);
    expect(result.stdout).not.toMatch(/^\s*::warning title=forged/m);
    expectSafeMarkdown(result.summary, undefined, HOSTILE_DIR);
    expect(result.code).toBe(1);
  });
});
