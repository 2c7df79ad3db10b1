/**
 * A gate a pull request cannot weaken: the policy and waivers in force come from the base
 * commit; the pull request's own changes are listed as notices and apply once merged.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runGate } from '../../src/engine/gate.js';
import { lineOf, type Files } from '../helpers/repo.js';
import { check, COMPLIANT_MONITORING, daysAgo, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';
import { pullRequest } from '../helpers/git.js';


const POLICY = '.modelgate/policy.yaml';
const WAIVERS = '.modelgate/waivers.yaml';
const system = withManifest((m) => delete m.data.datasets[0].license); // data/dataset-license fails
const basePolicy = 'extends: baseline\n';
const weakened = 'extends: baseline\nrules:\n  data/dataset-license: off\n  card/contact: notice\n';
const selfWaiver = stringify({
  waivers: [{ rule: 'data/dataset-license', system: 'demo-scorer', justification: 'Approved by myself in this very pull request.', approver: 'the PR author', expires: daysAgo(-30) }],
});

const gate = (root: string, policyFrom: 'base' | 'head') =>
  runGate({ root, policy: POLICY, policyBaseDir: root, base: { ref: 'main', required: true }, policyFrom });

describe('policy-from: base', () => {
  const root = pullRequest({ ...system, [POLICY]: basePolicy }, { [POLICY]: weakened, [WAIVERS]: selfWaiver });

  it('keeps failing a rule the pull request turns off, and lists each change as a notice', () => {
    const report = gate(root, 'base');
    expect(failuresOf(report, 'data/dataset-license')).toHaveLength(1);
    expect(report.verdict).toBe('fail');
    expect(failuresOf(report, 'policy/changed').map((f) => [f.file, f.line, f.message])).toEqual([
      // A rule change is pointed at in the pull request's pack, at the line that sets the rule.
      [POLICY, 4, 'once merged, this pull request lowers card/contact from warning to notice (the base commit\'s policy applies to this run)'],
      [POLICY, 3, 'once merged, this pull request turns off data/dataset-license (now error) (the base commit\'s policy applies to this run)'],
    ]);
    expect(report.findings.find((f) => f.ruleId === 'policy/changed')?.severity).toBe('notice');
    // A waiver the pull request adds is a governance error at its entry in the waivers file.
    const added = report.findings.filter((f) => f.ruleId === 'governance/waiver-added' && f.status === 'fail');
    expect(added.map((f) => [f.file, f.line, f.severity, f.message])).toEqual([
      [WAIVERS, 2, 'error', `this pull request adds a waiver for data/dataset-license on demo-scorer until ${daysAgo(-30)}, approved by the PR author; it takes effect once merged, so it needs the policy owners' review`],
    ]);
  });

  it('lists a rule the pull request stops requiring as a weakening change, at its line', () => {
    const required = 'extends: baseline\nrules:\n  evidence/checksum: { required: true }\n';
    const dropped = pullRequest({ ...system, [POLICY]: required }, { [POLICY]: 'extends: baseline\nrules:\n  evidence/checksum: { required: false }\n' });
    const report = gate(dropped, 'base');
    expect(failuresOf(report, 'policy/changed').map((f) => [f.file, f.line, f.message])).toEqual([
      [POLICY, 3, "once merged, this pull request stops requiring evidence/checksum (a system with nothing for it to check would no longer fail it) (the base commit's policy applies to this run)"],
    ]);
    // The base commit's policy applies: the system declares no evidence checksum, so the required rule fails.
    expect(failuresOf(report, 'evidence/checksum').map((f) => f.message)).toEqual(['required by the policy, but nothing to check: $.manifest.evidence[*] is not in this system']);
  });

  // From a new user's adoption pull request: the base commit has no policy file yet, the pull
  // request adds one, and no policy is named. The bundled baseline judges it, and says so.
  it('shows what a policy file the pull request adds would change, when the base commit has none', () => {
    const adding = pullRequest(system, { [POLICY]: weakened });
    const report = runGate({ root: adding, policyBaseDir: adding, base: { ref: 'main', required: true }, policyFrom: 'base' });
    expect(failuresOf(report, 'data/dataset-license')).toHaveLength(1);
    expect(failuresOf(report, 'policy/changed').map((f) => [f.file, f.line, f.message])).toEqual([
      [
        POLICY,
        1,
        "once merged, this pull request adds .modelgate/policy.yaml, which then replaces the bundled baseline pack; until it is merged, baseline judges this pull request, so what the new policy scopes, lowers or turns off still fails here (the base commit's policy applies to this run)",
      ],
      [POLICY, 4, "once merged, this pull request lowers card/contact from warning to notice (the base commit's policy applies to this run)"],
      [POLICY, 3, "once merged, this pull request turns off data/dataset-license (now error) (the base commit's policy applies to this run)"],
    ]);
    // A policy named on the command line is the one compared: the repository's file is not looked for.
    const named = runGate({ root: adding, policy: 'baseline', policyBaseDir: adding, base: { ref: 'main', required: true }, policyFrom: 'base' });
    expect(failuresOf(named, 'policy/changed')).toEqual([]);
  });

  // From a new user: the notice for an `exclude` in a policy file the pull request adds named
  // .modelgate/waivers.yaml, a file that did not exist, at line 1.
  it.each([
    ['added by the pull request (the base commit has none)', system, 'extends: baseline\nexclude: ["experiments/**"]\n', 2, 'excludes experiments/** from discovery (no system there would be checked)'],
    ['changed by the pull request (at the glob)', { ...system, [POLICY]: basePolicy }, `${basePolicy}\nexclude:\n  - experiments/**\n`, basePolicy.split('\n').length + 2, 'excludes experiments/** from discovery (no system there would be checked)'],
    ['the timeline, changed', { ...system, [POLICY]: basePolicy }, `${basePolicy}euAiAct:\n  timeline: digital-omnibus\n`, 2, 'reads the EU AI Act by the digital-omnibus timeline (was regulation): high-risk obligations apply later'],
    ['waiver settings, changed', { ...system, [POLICY]: basePolicy }, `${basePolicy}\nwaivers: { maxDays: 400 }\n`, basePolicy.split('\n').length + 1, 'allows waivers of up to 400 days (was 180)'],
  ])('points a change the pack makes, not a rule, at its setting in the policy file: %s', (_name, before, policy, line, change) => {
    const report = runGate({ root: pullRequest(before, { [POLICY]: policy }), policyBaseDir: undefined, base: { ref: 'main', required: true }, policyFrom: 'base' });
    expect(failuresOf(report, 'policy/changed').map((f) => [f.file, f.line, f.message])).toContainEqual([POLICY, line, `once merged, this pull request ${change} (the base commit's policy applies to this run)`]);
    expect(report.findings.filter((f) => f.file === WAIVERS)).toEqual([]);
  });

  // Fourth red team: a pull request weakened the policy in ways policy/changed did not list, each
  // taking effect once merged: per-path overrides for every folder, a rule's `given` moved to a
  // field no manifest has (so it is not applicable everywhere), a rule unlocked.
  it.each([
    [
      'per-path overrides added for every folder, at the override',
      basePolicy,
      `${basePolicy}overrides:\n  - files: ["**"]\n    rules:\n      oversight/stop: off\n      card/contact: notice\n      data/dataset-license: error\n`,
      [
        [3, 'changes the per-path overrides that set oversight/stop, the last that matches a system winning (was: none; now: off for **)'],
        [3, 'changes the per-path overrides that set card/contact, the last that matches a system winning (was: none; now: notice for **)'],
        [3, 'changes the per-path overrides that set data/dataset-license, the last that matches a system winning (was: none; now: error for **)'],
      ],
    ],
    [
      'a per-path override widened from one folder to all',
      `${basePolicy}overrides:\n  - files: ["legacy/**"]\n    rules: { card/contact: off }\n`,
      `${basePolicy}overrides:\n  - files: ["**"]\n    rules: { card/contact: off }\n`,
      [[3, 'changes the per-path overrides that set card/contact, the last that matches a system winning (was: off for legacy/**; now: off for **)']],
    ],
    [
      // Review: the last override that matches sets the rule, so swapping two turned it off for prod/.
      'the same per-path overrides in another order',
      `${basePolicy}overrides:\n  - files: ["**"]\n    rules: { card/contact: off }\n  - files: ["prod/**"]\n    rules: { card/contact: error }\n`,
      `${basePolicy}overrides:\n  - files: ["prod/**"]\n    rules: { card/contact: error }\n  - files: ["**"]\n    rules: { card/contact: off }\n`,
      [[3, 'changes the per-path overrides that set card/contact, the last that matches a system winning (was: off for **, error for prod/**; now: error for prod/**, off for **)']],
    ],
    [
      // Review: swapped, with a rule at its own severity added to one of them so no entry is the same.
      'the same overrides in another order, one given another rule',
      `${basePolicy}overrides:\n  - files: ["**"]\n    rules: { card/contact: off }\n  - files: ["prod/**"]\n    rules: { card/contact: error }\n`,
      `${basePolicy}overrides:\n  - files: ["prod/**"]\n    rules: { card/contact: error, data/dataset-license: error }\n  - files: ["**"]\n    rules: { card/contact: off }\n`,
      [
        [3, 'changes the per-path overrides that set card/contact, the last that matches a system winning (was: off for **, error for prod/**; now: error for prod/**, off for **)'],
        [3, 'changes the per-path overrides that set data/dataset-license, the last that matches a system winning (was: none; now: error for prod/**)'],
      ],
    ],
    [
      // Fifth red team: an override appended at the rule's own severity undid a base override's error for prod/.
      'an override at the rule\'s own severity appended after one that raised it',
      `extends: baseline\nrules:\n  card/contact: warning\noverrides:\n  - files: ["prod/**"]\n    rules: { card/contact: error }\n`,
      `extends: baseline\nrules:\n  card/contact: warning\noverrides:\n  - files: ["prod/**"]\n    rules: { card/contact: error }\n  - files: ["**"]\n    rules: { card/contact: warning }\n`,
      [[5, 'changes the per-path overrides that set card/contact, the last that matches a system winning (was: error for prod/**; now: error for prod/**, warning for **)']],
    ],
    [
      'a rule redefined, what it checks the same, to look where no manifest has anything',
      `${basePolicy}rules:\n  acme/purpose-stated:\n    title: The purpose is stated\n    severity: error\n    given: $.manifest.intendedUse\n    then: { field: purpose, function: present }\n    remediation: State it.\n`,
      `${basePolicy}rules:\n  acme/purpose-stated:\n    title: The purpose is stated\n    severity: error\n    given: $.manifest.intendedUse.none\n    then: { field: purpose, function: present }\n    remediation: State it.\n`,
      [[3, 'changes where acme/purpose-stated looks (given: $.manifest.intendedUse → $.manifest.intendedUse.none)']],
    ],
    [
      // Fifth red team: what a rule supports is what the coverage table counts as supported.
      'a rule made to support another control',
      `${basePolicy}rules:\n  acme/purpose-stated:\n    title: The purpose is stated\n    severity: error\n    given: $.manifest.intendedUse\n    then: { field: purpose, function: present }\n    remediation: State it.\n    supports: { iso42001: [A.6.2.2] }\n`,
      `${basePolicy}rules:\n  acme/purpose-stated:\n    title: The purpose is stated\n    severity: error\n    given: $.manifest.intendedUse\n    then: { field: purpose, function: present }\n    remediation: State it.\n    supports: { iso42001: [A.6.2.2, A.9.4] }\n`,
      [[3, 'counts acme/purpose-stated as support of iso42001 A.9.4 (coverage shows what it maps to as supported)']],
    ],
    [
      'a locked rule of the repository unlocked',
      `${basePolicy}rules:\n  acme/purpose-stated:\n    title: The purpose is stated\n    severity: error\n    locked: true\n    given: $.manifest.intendedUse\n    then: { field: purpose, function: present }\n    remediation: State it.\n`,
      `${basePolicy}rules:\n  acme/purpose-stated:\n    title: The purpose is stated\n    severity: error\n    given: $.manifest.intendedUse\n    then: { field: purpose, function: present }\n    remediation: State it.\n`,
      [[3, 'unlocks acme/purpose-stated (a pack or a per-path override could then turn it off)']],
    ],
  ])('lists %s as a policy change', (_name, before, after, expected) => {
    const report = runGate({ root: pullRequest({ ...system, [POLICY]: before }, { [POLICY]: after }), policyBaseDir: undefined, base: { ref: 'main', required: true }, policyFrom: 'base' });
    expect(failuresOf(report, 'policy/changed').map((f) => [f.line, f.message])).toEqual(
      (expected as Array<[number, string]>).map(([line, change]) => [line, `once merged, this pull request ${change} (the base commit's policy applies to this run)`]),
    );
  });

  // Fourth red team: a copy of an approved waiver with a later end, put before it, went unreported.
  it.each([
    ['a copy with a later end put before the approved entry', (w: Record<string, string>) => [{ ...w, expires: daysAgo(-200) }, w], 2, `adds a waiver for data/dataset-license on demo-scorer until ${daysAgo(-200)}, approved by Head of Data`],
    ['its end moved later', (w: Record<string, string>) => [{ ...w, expires: daysAgo(-200) }], 2, `changes the waiver for data/dataset-license on demo-scorer to end on ${daysAgo(-200)} (was ${daysAgo(-30)})`],
  ])('flags a waiver extended by %s', (_name, edit, line, change) => {
    const approved = { rule: 'data/dataset-license', system: 'demo-scorer', justification: 'Licence terms are being renegotiated (LEGAL-142).', approver: 'Head of Data', expires: daysAgo(-30) };
    const root = pullRequest({ ...system, [POLICY]: basePolicy, [WAIVERS]: stringify({ waivers: [approved] }) }, { [WAIVERS]: stringify({ waivers: edit(approved) }) });
    const report = gate(root, 'base');
    expect(failuresOf(report, 'governance/waiver-added').map((f) => [f.file, f.line, f.message])).toEqual([[WAIVERS, line, `this pull request ${change}; it takes effect once merged, so it needs the policy owners' review`]]);
  });

  // The review: the policy file's own `exclude:` (unchanged) was named for a glob an extended pack added.
  it('points a setting an extended pack of the pull request changes at that pack, at the item', () => {
    const TEAM = '.modelgate/team.yaml';
    const top = 'extends: ./team.yaml\nexclude: ["archive/**"]\n';
    const root = pullRequest({ ...system, [POLICY]: top, [TEAM]: 'extends: baseline\n' }, { [TEAM]: 'extends: baseline\nexclude:\n  - vendor/**\n  - experiments/**\n' });
    const report = runGate({ root, policyBaseDir: undefined, base: { ref: 'main', required: true }, policyFrom: 'base' });
    expect(failuresOf(report, 'policy/changed').map((f) => [f.file, f.line, f.message])).toEqual([
      [TEAM, 3, "once merged, this pull request excludes vendor/** from discovery (no system there would be checked) (the base commit's policy applies to this run)"],
      [TEAM, 4, "once merged, this pull request excludes experiments/** from discovery (no system there would be checked) (the base commit's policy applies to this run)"],
    ]);
  });

  it('policy-from: head is weaker: the pull request turns the rule off for itself', () => {
    const report = gate(root, 'head');
    expect(resultsOf(report, 'data/dataset-license')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('reads the extends chain from the base too', () => {
    const chained = pullRequest(
      { ...system, [POLICY]: 'extends: ./org.yaml\n', '.modelgate/org.yaml': 'extends: baseline\nrules:\n  card/contact: error\n' },
      { '.modelgate/org.yaml': 'extends: baseline\nrules:\n  data/dataset-license: off\n' },
    );
    const report = gate(chained, 'base');
    expect(failuresOf(report, 'data/dataset-license')).toHaveLength(1);
    expect(report.policy.packs).toEqual([POLICY, '.modelgate/org.yaml', 'baseline']);
    expect(failuresOf(report, 'policy/changed').map((f) => [f.file, f.line, f.message])).toContainEqual([
      '.modelgate/org.yaml',
      3,
      "once merged, this pull request turns off data/dataset-license (now error) (the base commit's policy applies to this run)",
    ]);
  });

  it('points a change the pull request makes by switching bundled packs at its policy file', () => {
    // The stricter pack set the rule; the pull request's own file only names the pack.
    const switched = pullRequest({ ...system, [POLICY]: 'extends: eu-ai-act-high-risk\n' }, { [POLICY]: basePolicy });
    const changes = failuresOf(gate(switched, 'base'), 'policy/changed');
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((f) => `${f.file}:${f.line}`))).toEqual(new Set([`${POLICY}:1`]));
  });

  it('flags a pull request whose policy no longer loads, and still judges it by the base policy', () => {
    const broken = pullRequest({ ...system, [POLICY]: basePolicy }, { [POLICY]: 'extends: baseline\nrules:\n  data/dataset-licence: off\n' });
    const report = gate(broken, 'base');
    expect(failuresOf(report, 'policy/head-loads')).toEqual([
      {
        file: POLICY,
        line: 3,
        message: 'this pull request\'s policy does not load, so every run after it is merged would stop: unknown rule "data/dataset-licence" (did you mean "data/dataset-license"?)',
      },
    ]);
    expect(failuresOf(report, 'data/dataset-license')).toHaveLength(1);
  });

  it('flags a pull request that adds an exclude glob picomatch would take minutes a path to match, at its line', () => {
    const glob = '*a*a*a*a*a*a*a*a*a*a*a*a*c/**';
    const stalling = pullRequest({ ...system, [POLICY]: basePolicy }, { [POLICY]: `${basePolicy}exclude:\n  - "${glob}"\n` });
    const report = gate(stalling, 'base');
    expect(failuresOf(report, 'policy/head-loads')).toEqual([
      {
        file: POLICY,
        line: basePolicy.split('\n').length + 1,
        message: `this pull request's policy does not load, so every run after it is merged would stop: glob "${glob}": the glob has 13 wildcards (* runs and {…} groups) between two "/"; at most 2 are allowed, as more make matching a path take time that grows as a power of its length`,
      },
    ]);
  });

  it.each([
    ['a link to a file outside the repository', (outside: string) => ({ [POLICY]: { symlink: outside } })],
    ['an extends that climbs out with ..', () => ({ [POLICY]: 'extends: ../../../../../../../../tmp/modelgate-secret-pack.yaml\n' })],
  ])('a pull request policy that is %s is not read: head-loads says so without its content', (_, head) => {
    const outside = path.join(os.tmpdir(), 'modelgate-secret-pack.yaml');
    fs.writeFileSync(outside, 'token: hunter2-secret\n');
    const report = gate(pullRequest({ ...system, [POLICY]: basePolicy }, head(outside) as Files), 'base');
    const [finding] = failuresOf(report, 'policy/head-loads');
    expect(finding?.message).toMatch(/does not load/);
    expect(JSON.stringify(report)).not.toContain('hunter2');
    expect(JSON.stringify(report)).not.toContain('token');
  });

  // With the policy read from the files (the CLI, or policy-from: head), `extends` is still text
  // an author chose: it never opens a file outside the repository, however it is written.
  it.each([
    { route: 'an absolute path', extends: () => path.join(os.tmpdir(), 'modelgate-secret-pack.yaml'), problem: 'is an absolute path' },
    { route: '/proc/self/environ', extends: () => '/proc/self/environ', problem: 'is an absolute path' },
    { route: 'a climb out with ..', extends: () => '../../../../../../../../tmp/modelgate-secret-pack.yaml', problem: 'leads outside the repository' },
    { route: 'a link to a file outside', extends: () => 'linked.yaml', problem: 'outside' },
  ])('policy-from: head refuses an extends that is $route, without reading it', ({ extends: target, problem }) => {
    const outside = path.join(os.tmpdir(), 'modelgate-secret-pack.yaml');
    fs.writeFileSync(outside, 'token: hunter2-secret\n');
    const root = pullRequest({ ...system, [POLICY]: basePolicy }, { [POLICY]: `extends: ${JSON.stringify(target())}\n`, '.modelgate/linked.yaml': { symlink: outside } } as Files);
    let message = '';
    try {
      gate(root, 'head');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^\\.modelgate/policy\\.yaml:1:10: policy pack .* cannot be read: .*${problem}`));
    expect(message).not.toContain('hunter2');
  });

  describe('the workflow that runs the gate', () => {
    const WORKFLOW = '.github/workflows/modelgate.yml';
    const workflow = 'on: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: modelgate/modelgate@v1\n';
    const run = (base: Files, head: Files, policyFrom: 'base' | 'head' = 'base') => {
      const root = pullRequest({ ...system, [POLICY]: basePolicy, ...base }, head);
      return runGate({ root, policy: POLICY, policyBaseDir: root, base: { ref: 'main', required: true }, policyFrom, workflowFile: WORKFLOW });
    };

    it.each([
      { change: 'changes', base: { [WORKFLOW]: workflow }, head: { [WORKFLOW]: workflow.replace('@v1', '@v1\n        with: { fail-on: never }') } },
      { change: 'adds', base: {}, head: { [WORKFLOW]: workflow } },
    ])('a pull request that $change it is told so at its first line, whichever policy is in force', ({ change, base, head }) => {
      for (const policyFrom of ['base', 'head'] as const) {
        expect(failuresOf(run(base as Files, head, policyFrom), 'policy/workflow-changed')).toEqual([
          {
            file: WORKFLOW,
            line: 1,
            message: `this pull request ${change} ${WORKFLOW}, the workflow that runs this gate; its inputs (policy, policy-from, fail-on, scope, path) come from the pull request, so this run may not be the gate the base branch sets`,
          },
        ]);
      }
    });

    it('an unchanged workflow says nothing', () => {
      expect(failuresOf(run({ [WORKFLOW]: workflow }, {}), 'policy/workflow-changed')).toEqual([]);
    });
  });

  it('a pull request waiver whose fields are hostile mappings is listed, not a crash', () => {
    const hostile = 'waivers:\n  - rule: { toString: 1 }\n    system: { valueOf: 2 }\n    expires: { toString: x }\n';
    const report = gate(pullRequest({ ...system, [POLICY]: basePolicy }, { [WAIVERS]: hostile }), 'base');
    expect(failuresOf(report, 'governance/waiver-added').map((f) => f.message)).toEqual([
      expect.stringContaining('adds a waiver for {"toString":1} on {"valueOf":2} until {"toString":"x"}'),
    ]);
  });

  it('a new policy file the base does not have is an error to read from the base', () => {
    const fresh = pullRequest(system, { [POLICY]: basePolicy });
    expect(() => gate(fresh, 'base')).toThrow(`policy pack ${POLICY} does not exist at the base commit`);
  });

  it('needs a base commit', () => {
    expect(() => runGate({ root, policy: POLICY, policyBaseDir: root, policyFrom: 'base' })).toThrow(/no base commit was given/);
  });
});

// A waiver outlives the system it was written for; a pull request that adds a new system under
// the same id must not inherit it (nor a baseline entry for it).
describe('a waiver for a system the base commit does not have', () => {
  const oldWaiver = stringify({
    waivers: [{ rule: 'data/dataset-license', system: 'demo-scorer', justification: 'Licence terms were renegotiated for the old scorer (LEGAL-142).', approver: 'Head of Data Governance', expires: daysAgo(-60) }],
  });

  it('excuses nothing of a new system that reuses the id: the finding fails and says why, and the waiver is unused', () => {
    const root = pullRequest({ 'README.md': '# repo\n', [POLICY]: basePolicy, [WAIVERS]: oldWaiver }, system);
    const report = gate(root, 'base');
    expect(report.verdict).toBe('fail');
    expect(failuresOf(report, 'data/dataset-license').map((f) => f.message)).toEqual([
      'data.datasets[0].license (dataset "train-2025") is missing (not waived: the waiver at .modelgate/waivers.yaml:2 names demo-scorer, which the base commit does not have; a new system is not excused by it)',
    ]);
    expect(failuresOf(report, 'waiver/unused')).toHaveLength(1);
  });

  it('still excuses the system it was written for, and one that only moved', () => {
    const kept = gate(pullRequest({ ...system, [POLICY]: basePolicy, [WAIVERS]: oldWaiver }, { 'sys/notes.md': 'x\n' }), 'base');
    expect(failuresOf(kept, 'data/dataset-license')).toEqual([]);
    const moved = Object.fromEntries(Object.entries(system).map(([file, text]) => [file.replace(/^sys\//, 'models/scorer/'), text]));
    const root = pullRequest({ ...system, [POLICY]: basePolicy, [WAIVERS]: oldWaiver }, moved);
    fs.rmSync(path.join(root, 'sys'), { recursive: true });
    const report = gate(root, 'base');
    expect(report.systems.map((s) => s.manifest)).toEqual(['models/scorer/ai-system.yaml']);
    expect(failuresOf(report, 'data/dataset-license')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'data/dataset-license' && f.status === 'waived')).toHaveLength(1);
  });
});

// A rule a policy applies by label (when.labels) must not be switched off by removing the label.
describe('governance/labels-kept', () => {
  const labelled = (labels: string | undefined) =>
    withManifest((m) => {
      if (labels === undefined) delete m.labels;
      else m.labels = labels === '' ? [] : labels.split(',');
    });
  const byLabel = `${basePolicy}rules:\n  local/high-impact-accountable:\n    title: High-impact systems name an accountable person\n    severity: error\n    when: { labels: [high-impact] }\n    given: $.manifest.owner\n    then: { field: accountable, function: present }\n    remediation: Name the accountable person.\n`;
  const run = (head: Files) => gate(pullRequest({ ...labelled('credit,high-impact'), [POLICY]: byLabel }, head), 'base');
  const text = (report: ReturnType<typeof gate>) => report.findings.filter((f) => f.ruleId === 'governance/labels-kept' || f.ruleId === 'local/high-impact-accountable').map((f) => [f.ruleId, f.status, f.line, f.message]);

  it.each([
    ['emptied', 'credit'],
    ['removed with the labels key', undefined],
  ])('a label %s: the rule still applies, and the removal is an error at the labels', (_how, labels) => {
    const head = labelled(labels);
    const report = run(head);
    const line = labels === undefined ? 1 : lineOf(head[MANIFEST] as string, 'labels:');
    expect(text(report)).toEqual([
      ['local/high-impact-accountable', 'fail', lineOf(head[MANIFEST] as string, 'owner:'), 'owner.accountable is missing'],
      ['governance/labels-kept', 'fail', line, expect.stringMatching(/^this pull request removes the label "high-impact" \(on the system at the base commit [0-9a-f]{12}\), which local\/high-impact-accountable applies by; it still applies to this run, and would stop once merged$/)],
    ]);
  });

  it("a new id at the path, with a compliant copy under the old id elsewhere, is a governance error at the path: the swap would shed the label's rule", () => {
    const base = labelled('credit,high-impact');
    const renamed = withManifest((m) => {
      m.id = 'demo-scorer-v2';
      m.labels = ['credit'];
      delete m.owner.accountable;
    });
    const stub = Object.fromEntries(Object.entries(base).map(([file, text]) => [file.replace(/^sys\//, 'stub/'), text]));
    const report = gate(pullRequest({ ...base, [POLICY]: byLabel }, { ...renamed, ...stub }), 'base');
    expect(report.verdict).toBe('fail');
    expect(failuresOf(report, 'governance/system-removed').map((f) => [f.file, f.line, f.message])).toEqual([
      [MANIFEST, 1, expect.stringMatching(/^system "demo-scorer" \(sys\/ai-system\.yaml at the base commit [0-9a-f]{12}\) is now described by stub\/ai-system\.yaml, and sys\/ai-system\.yaml describes "demo-scorer-v2": the system at sys\/ai-system\.yaml took a new id, so it is judged as new \(its labels, risk tier, stage and waivers at the base are not compared\), and its old id went to another manifest$/)],
    ]);
  });

  it('passes when the label stays, and a label no rule applies by may go', () => {
    const report = run(labelled('high-impact'));
    expect(text(report).map(([rule, status]) => [rule, status])).toEqual([
      ['local/high-impact-accountable', 'fail'],
      ['governance/labels-kept', 'pass'],
    ]);
  });
});

// A per-path override lowers rules for one folder: moving a system there must not lower them
// before the move is merged (and reviewed), and a new system there is the override's own case.
describe('a system moved under a lenient per-path override', () => {
  const lenient = `${basePolicy}overrides:\n  - files: ["experiments/**"]\n    rules: { data/dataset-license: off, card/contact: notice }\n  - files: ["strict/**"]\n    rules: { card/contact: error }\n`;
  const movedTo = (folder: string, files: Files = system) => Object.fromEntries(Object.entries(files).map(([file, text]) => [file.replace(/^sys\//, `${folder}/`), text]));
  const run = (base: Files, head: Files, remove?: string) => {
    const root = pullRequest({ ...base, [POLICY]: lenient }, head);
    if (remove) fs.rmSync(path.join(root, remove), { recursive: true });
    return gate(root, 'base');
  };
  const judged = (report: ReturnType<typeof gate>) => report.findings.filter((f) => f.status === 'fail' && (f.ruleId === 'data/dataset-license' || f.ruleId === 'card/contact')).map((f) => [f.ruleId, f.severity, f.file, f.message]);
  const noContact = (files: Files) => ({ ...files, 'sys/README.md': (files['sys/README.md'] as string).replace('\n## Model Card Contact\n\nml@example.com\n', '\n') });

  it.each([
    ['moved from sys/ to experiments/: judged as at sys/', system, movedTo('experiments'), 'sys', [
      ['data/dataset-license', 'error', 'experiments/ai-system.yaml', 'data.datasets[0].license (dataset "train-2025") is missing (judged as at sys/ai-system.yaml, where the base commit has this system: until the move is merged, a per-path override of its new path cannot turn this rule off)'],
    ]],
    ['new in experiments/: the override applies', { 'README.md': '# repo\n' }, movedTo('experiments'), undefined, []],
    ['moved from experiments/ to sys/: judged by sys/ (the stricter)', movedTo('experiments'), system, 'experiments', [
      ['data/dataset-license', 'error', 'sys/ai-system.yaml', 'data.datasets[0].license (dataset "train-2025") is missing'],
    ]],
    ['unmoved in experiments/: the override applies', movedTo('experiments'), { ...movedTo('experiments'), 'experiments/notes.md': 'x\n' }, undefined, []],
  ] as const)('%s', (_case, base, head, remove, expected) => {
    expect(judged(run(base as Files, head as Files, remove))).toEqual(expected);
  });

  it('a lowered severity keeps the stricter one, and a raised one at the new path applies', () => {
    const bare = noContact(system);
    const lowered = judged(run(movedTo('strict', bare), movedTo('experiments', bare), 'strict'));
    expect(lowered.filter(([rule]) => rule === 'card/contact').map(([, severity, , message]) => [severity, message])).toEqual([
      ['error', expect.stringMatching(/ \(judged as at strict\/ai-system\.yaml, where the base commit has this system: until the move is merged, a per-path override of its new path cannot lower this rule to notice\)$/)],
    ]);
    const raised = judged(run(movedTo('experiments', bare), movedTo('strict', bare), 'experiments'));
    expect(raised.filter(([rule]) => rule === 'card/contact').map(([, severity, , message]) => [severity, (message as string).includes('judged as at')])).toEqual([['error', false]]);
  });
});

// The manifest's own bounds decide what its evidence must meet: relaxing one in a pull request
// turns a failing report green with no policy change.
describe('governance/thresholds-kept', () => {
  const manifest = (mutate: (m: Record<string, any>) => void) =>
    withManifest((m) => {
      m.bias.thresholds = [{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.05 }];
      m.intendedUse = { ...(m.intendedUse ?? {}), accuracy: [{ metric: 'roc_auc', min: 0.8, dataset: 'holdout' }] };
      m.assurance = { robustness: { results: [{ path: 'evidence/garak.jsonl', thresholds: [{ family: 'dan', minPassRate: 0.95 }, { family: 'promptinject', maxIssues: 0, level: 'minor' }] }] } };
      mutate(m);
    });
  const kept = (head: Files) => {
    const report = gate(pullRequest({ ...manifest(() => {}), [POLICY]: basePolicy }, head), 'base');
    return report.findings.filter((f) => f.ruleId === 'governance/thresholds-kept' && f.status === 'fail').map((f) => [f.line, f.message.replace(/ \(at the base commit [0-9a-f]{12}\)/, '')]);
  };
  const SUFFIX = '; once merged it would be in force, so the policy owners review it';

  it.each([
    ['a bias max raised', (m: any) => (m.bias.thresholds[0].max = 0.5), '- metric: demographic_parity_difference', 'this pull request relaxes the bound bias.thresholds sets on demographic_parity_difference for sex: it raises max from 0.05 to 0.5'],
    ['a bias max dropped', (m: any) => (m.bias.thresholds[0] = { metric: 'demographic_parity_difference', attribute: 'sex', min: 0 }), '- metric: demographic_parity_difference', 'this pull request relaxes the bound bias.thresholds sets on demographic_parity_difference for sex: it drops max 0.05'],
    ['a bias threshold removed', (m: any) => delete m.bias.thresholds, 'bias:', 'this pull request removes the bound bias.thresholds sets on demographic_parity_difference for sex'],
    // Red team: dropping a sensitive attribute cleared the bias rules that asked for it.
    ['a sensitive attribute dropped', (m: any) => (m.bias.sensitiveAttributes = ['age_band']), 'sensitiveAttributes:', 'this pull request no longer declares the sensitive attribute "sex" in bias.sensitiveAttributes: the bias reports need no longer measure it, nor the thresholds bound it'],
    ['an accuracy min lowered', (m: any) => (m.intendedUse.accuracy[0].min = 0.5), '- metric: roc_auc', 'this pull request relaxes the bound intendedUse.accuracy sets on roc_auc on holdout: it lowers min from 0.8 to 0.5'],
    ['a robustness pass rate lowered', (m: any) => (m.assurance.robustness.results[0].thresholds[0].minPassRate = 0.5), '- family: dan', 'this pull request relaxes the robustness bound on family dan: it lowers minPassRate from 0.95 to 0.5'],
    // Located at the threshold as written, past a results entry that is not a mapping.
    ['a robustness pass rate lowered behind an entry that is not a mapping', (m: any) => {
      m.assurance.robustness.results[0].thresholds[0].minPassRate = 0.5;
      m.assurance.robustness.results.unshift('evidence/other.jsonl');
    }, '- family: dan', 'this pull request relaxes the robustness bound on family dan: it lowers minPassRate from 0.95 to 0.5'],
    ['a robustness level that counts fewer issues', (m: any) => (m.assurance.robustness.results[0].thresholds[1].level = 'major'), '- family: promptinject', 'this pull request relaxes the robustness bound on family promptinject: it counts only issues at major or worse (was minor)'],
    ['a bias threshold added that replaces a stricter default', (m: any) => m.bias.thresholds.push({ metric: 'equalized_odds_difference', max: 0.4 }), '- metric: equalized_odds_difference', 'this pull request adds bias.thresholds[1] on equalized_odds_difference, which replaces the policy\'s default bound for equalized_odds_difference and raises max from 0.1 to 0.4'],
    // A Fairlearn alias names the default's metric: it replaces the 0.1 default just the same.
    ['an alias of a defaulted metric added, looser than the default', (m: any) => m.bias.thresholds.push({ metric: 'selection_rate_difference', max: 0.5 }), '- metric: selection_rate_difference', 'this pull request adds bias.thresholds[1] on selection_rate_difference, which replaces the policy\'s default bound for demographic_parity_difference and raises max from 0.1 to 0.5'],
    // A made-up metric with a bound of its own satisfies bias/thresholds-met's "held to some bound".
    ['a bound added on a metric no default names', (m: any) => m.bias.thresholds.push({ metric: 'count', attribute: 'sex', max: 100 }), '- metric: count', 'this pull request adds bias.thresholds[1] on count for sex, a metric no default of the policy bounds: the system would be held to a bound it chose'],
    // The result re-cited by another spelling of its path, its thresholds gone: the family's bound is still owed.
    ['a robustness result re-cited as ./ with one family\'s threshold dropped', (m: any) => (m.assurance.robustness.results = [{ path: './evidence/garak.jsonl', thresholds: [{ family: 'promptinject', maxIssues: 0, level: 'minor' }] }]), 'robustness:', 'this pull request removes the robustness bound on family dan'],
    // Found by a red-team helper: a rerun cited beside the old result, allowed five issues, passed while the old bound was kept.
    ['a second result cited with a looser bound on a family, the old one kept', (m: any) => m.assurance.robustness.results.push({ path: 'evidence/garak-rerun.jsonl', thresholds: [{ maxIssues: 5, family: 'promptinject', level: 'minor' }] }), '- maxIssues: 5', 'this pull request holds a result to a looser robustness bound on family promptinject than the base\'s: it raises maxIssues from 0 to 5'],
    // From a review helper: the same results bounded by a probe of the family, or by every family.
    ['a second result with a looser bound on a probe of the family', (m: any) => m.assurance.robustness.results.push({ path: 'evidence/garak-rerun.jsonl', thresholds: [{ maxIssues: 5, family: 'promptinject.HijackHateHumansMini', level: 'minor' }] }), '- maxIssues: 5', 'this pull request holds a result to a looser robustness bound on family promptinject.HijackHateHumansMini than the base\'s: it raises maxIssues from 0 to 5'],
    ['a second result with a looser bound on every family', (m: any) => m.assurance.robustness.results.push({ path: 'evidence/garak-rerun.jsonl', thresholds: [{ maxIssues: 5, family: '*', level: 'minor' }] }), '- maxIssues: 5', 'this pull request holds a result to a looser robustness bound on family * than the base\'s: it drops minPassRate 0.95'],
    // From a second review: a * that keeps dan's pass rate still relaxes promptinject's issues.
    ['a second result on every family keeping one family\'s bound and relaxing another\'s', (m: any) => m.assurance.robustness.results.push({ path: 'evidence/garak-rerun.jsonl', thresholds: [{ maxIssues: 5, family: '*', level: 'minor', minPassRate: 0.95 }] }), '- maxIssues: 5', 'this pull request holds a result to a looser robustness bound on family * than the base\'s: it raises maxIssues from 0 to 5'],
  ])('%s is an error at the bound', (_what, mutate, at, message) => {
    const head = manifest(mutate);
    expect(kept(head)).toEqual([[lineOf(head[MANIFEST] as string, at), `${message}${SUFFIX}`]]);
  });

  it.each([
    ['the same bounds', { family: 'promptinject', maxIssues: 0, level: 'minor' }, { family: 'dan', minPassRate: 0.95 }],
    ['stricter bounds', { family: 'promptinject', maxIssues: 0, level: 'minor' }, { family: 'dan', minPassRate: 0.99 }],
  ])('a second result cited with %s passes', (_what, ...thresholds) => {
    expect(kept(manifest((m) => m.assurance.robustness.results.push({ path: 'evidence/garak-rerun.jsonl', thresholds })))).toEqual([]);
  });

  // The monitoring config's bounds (feature_drift: psi, threshold 0.2; roc_auc: min 0.75) are the system's own words too.
  const CONFIG = 'sys/monitoring/drift.yaml';
  it.each([
    ['a drift threshold raised', (c: string) => c.replace('threshold: 0.2', 'threshold: 0.9'), 'name: feature_drift', 'this pull request relaxes the monitoring bound on "feature_drift" in sys/monitoring/drift.yaml: it raises threshold from 0.2 to 0.9'],
    ['a minimum lowered', (c: string) => c.replace('min: 0.75', 'min: 0.5'), 'name: roc_auc', 'this pull request relaxes the monitoring bound on "roc_auc" in sys/monitoring/drift.yaml: it lowers min from 0.75 to 0.5'],
    ['the method swapped for one on another scale', (c: string) => c.replace('method: psi, threshold: 0.2', 'method: wasserstein, threshold: 5'), 'name: feature_drift', 'this pull request relaxes the monitoring bound on "feature_drift" in sys/monitoring/drift.yaml: it changes its method from psi to wasserstein'],
    ['a metric no longer monitored', (c: string) => c.replace('  - { name: roc_auc, method: performance, min: 0.75 }\n', ''), 'schema:', 'this pull request stops monitoring "roc_auc", which sys/monitoring/drift.yaml monitored'],
  ])('%s in the monitoring config is an error there', (_what, edit, at, message) => {
    const config = edit(COMPLIANT_MONITORING);
    expect(config).not.toBe(COMPLIANT_MONITORING);
    const report = gate(pullRequest({ ...manifest(() => {}), [POLICY]: basePolicy }, { ...manifest(() => {}), [CONFIG]: config }), 'base');
    const failures = report.findings.filter((f) => f.ruleId === 'governance/thresholds-kept' && f.status === 'fail');
    expect(failures.map((f) => [f.file, f.line, f.message.replace(/ \(at the base commit [0-9a-f]{12}\)/, '')])).toEqual([[CONFIG, lineOf(config, at), `${message}${SUFFIX}`]]);
  });

  const monitoringKept = (baseConfig: string, headConfig: string) => {
    const report = gate(pullRequest({ ...manifest(() => {}), [POLICY]: basePolicy, [CONFIG]: baseConfig }, { ...manifest(() => {}), [CONFIG]: headConfig }), 'base');
    return report.findings.filter((f) => f.ruleId === 'governance/thresholds-kept' && f.status === 'fail').map((f) => f.message.replace(/ \(at the base commit [0-9a-f]{12}\)/, '').replace(SUFFIX, ''));
  };
  const second = (line: string) => COMPLIANT_MONITORING.replace('metrics:\n', `metrics:\n  - ${line}\n`);

  // Found by a review helper: drift_share moved from max to maxShare, and its relaxation went unseen.
  it("an Evidently preset's drift_share raised fails; kept, it passes", () => {
    const EVIDENTLY = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'monitoring', 'evidently-report-config.json'), 'utf8');
    const cite = (m: Record<string, any>) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently' });
    const files = (config: string) => ({ ...manifest(cite), 'sys/monitoring/evidently.json': config });
    const relaxed = (head: string) =>
      gate(pullRequest({ ...files(EVIDENTLY), [POLICY]: basePolicy }, files(head)), 'base')
        .findings.filter((f) => f.ruleId === 'governance/thresholds-kept' && f.status === 'fail')
        .map((f) => f.message.replace(/ \(at the base commit [0-9a-f]{12}\)/, '').replace(SUFFIX, ''));
    expect(relaxed(EVIDENTLY)).toEqual([]);
    expect(relaxed(EVIDENTLY.replace('"drift_share": 0.5', '"drift_share": 0.99'))).toEqual([
      'this pull request relaxes the monitoring bound on "DataDriftPreset(utilisation, months_on_book, inquiries_6m)" in sys/monitoring/evidently.json: it raises drift_share from 0.5 to 0.99',
    ]);
  });

  // Two DriftedColumnsCount over different columns are two metrics: each drift_share is kept or
  // relaxed on its own, whichever the other is (the columns are a set: their order is no change).
  describe('Evidently metrics over lists of columns', () => {
    const DEMOGRAPHIC = ['age_band', 'region', 'employment_type'];
    const BEHAVIOURAL = ['utilisation', 'months_on_book', 'inquiries_6m'];
    const counted = (columns: string[], drift_share: number) => ({ type: 'evidently:metric_v2:DriftedColumnsCount', columns, drift_share });
    const config = (...metrics: object[]) => JSON.stringify({ metrics }, null, 2);
    const BASE = config(counted(DEMOGRAPHIC, 0.3), counted(BEHAVIOURAL, 0.5));
    const cite = (m: Record<string, any>) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently' });
    const files = (text: string) => ({ ...manifest(cite), 'sys/monitoring/evidently.json': text });
    const relaxed = (head: string) =>
      gate(pullRequest({ ...files(BASE), [POLICY]: basePolicy }, files(head)), 'base')
        .findings.filter((f) => f.ruleId === 'governance/thresholds-kept' && f.status === 'fail')
        .map((f) => [metricAt(head, f.line), f.message.replace(/ \(at the base commit [0-9a-f]{12}\)/, '').replace(SUFFIX, '')]);
    // Which of the config's metrics a line is in (each begins a line of its own, "    {").
    const metricAt = (text: string, line: number | undefined) => text.split('\n').slice(0, line).filter((l) => l === '    {').length - 1;
    const on = (name: string, change: string) => `this pull request relaxes the monitoring bound on "${name}" in sys/monitoring/evidently.json: it ${change}`;
    const SHOWN_DEMOGRAPHIC = 'DriftedColumnsCount(age_band, region, employment_type)';
    const SHOWN_BEHAVIOURAL = 'DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)';

    // Each a finding on the one metric relaxed, and none on the other: reordering the metrics or
    // their columns, or adding a column, relaxes nothing.
    it.each([
      // The demographic 0.3 kept does not keep the behavioural 0.5.
      ['the second share raised', config(counted(DEMOGRAPHIC, 0.3), counted(BEHAVIOURAL, 0.6)), [[1, on(SHOWN_BEHAVIOURAL, 'raises drift_share from 0.5 to 0.6')]]],
      ['the second share raised, the metrics and the columns of each reordered', config(counted([...BEHAVIOURAL].reverse(), 0.6), counted([...DEMOGRAPHIC].reverse(), 0.3)), [[0, on(SHOWN_BEHAVIOURAL, 'raises drift_share from 0.5 to 0.6')]]],
      ['the first share raised', config(counted(DEMOGRAPHIC, 0.4), counted(BEHAVIOURAL, 0.5)), [[0, on(SHOWN_DEMOGRAPHIC, 'raises drift_share from 0.3 to 0.4')]]],
      ['the two shares swapped', config(counted(DEMOGRAPHIC, 0.5), counted(BEHAVIOURAL, 0.3)), [[0, on(SHOWN_DEMOGRAPHIC, 'raises drift_share from 0.3 to 0.5')]]],
      // One whose columns changed is judged against the metric of its type the base did not have, not the one it did.
      ['a column added to the second and its share raised', config(counted(DEMOGRAPHIC, 0.3), counted([...BEHAVIOURAL, 'income'], 0.6)), [[1, on(SHOWN_BEHAVIOURAL, 'raises drift_share from 0.5 to 0.6')]]],
      ['a column added to the first, the second share raised', config(counted([...DEMOGRAPHIC, 'income'], 0.3), counted(BEHAVIOURAL, 0.6)), [[1, on(SHOWN_BEHAVIOURAL, 'raises drift_share from 0.5 to 0.6')]]],
      ['a column dropped from the second', config(counted(DEMOGRAPHIC, 0.3), counted(BEHAVIOURAL.slice(0, 2), 0.5)), [[1, on(SHOWN_BEHAVIOURAL, 'stops watching inquiries_6m')]]],
    ])('%s', (_what, head, expected) => {
      expect(relaxed(head)).toEqual(expected);
    });
  });

  it('a metric name written twice, unchanged, passes; its stricter one relaxed fails', () => {
    const twice = second('{ name: feature_drift, method: psi, threshold: 0.3, features: [b] }');
    expect(monitoringKept(twice, twice)).toEqual([]);
    expect(monitoringKept(twice, twice.replace('threshold: 0.2', 'threshold: 0.5'))).toEqual([
      // Told against the first of that name now: the other, at 0.5, is no closer.
      'this pull request relaxes the monitoring bound on "feature_drift" in sys/monitoring/drift.yaml: it raises threshold from 0.2 to 0.3 and stops watching every feature but those listed',
    ]);
  });

  it("a tool's default method made explicit is no swap", () => {
    const defaulted = COMPLIANT_MONITORING.replace('method: psi, threshold: 0.2', 'threshold: 0.2');
    expect(monitoringKept(defaulted, COMPLIANT_MONITORING.replace('threshold: 0.2', 'threshold: 0.1'))).toEqual([]);
  });

  it.each([
    ['a features list narrowed', '{ name: feature_drift, method: psi, threshold: 0.2, features: [a, b, c] }', '{ name: feature_drift, method: psi, threshold: 0.2, features: [a] }', 'it stops watching the features b, c'],
    ['every feature narrowed to a list', '{ name: feature_drift, method: psi, threshold: 0.2 }', '{ name: feature_drift, method: psi, threshold: 0.2, features: [a] }', 'it stops watching every feature but those listed'],
  ])('%s is an error', (_what, before, after, change) => {
    const config = (metric: string) => COMPLIANT_MONITORING.replace('{ name: feature_drift, method: psi, threshold: 0.2 }', metric);
    expect(monitoringKept(config(before), config(after))).toEqual([`this pull request relaxes the monitoring bound on "feature_drift" in sys/monitoring/drift.yaml: ${change}`]);
  });

  it('a monitoring threshold tightened passes', () => {
    const config = COMPLIANT_MONITORING.replace('threshold: 0.2', 'threshold: 0.1').replace('min: 0.75', 'min: 0.8');
    const report = gate(pullRequest({ ...manifest(() => {}), [POLICY]: basePolicy }, { ...manifest(() => {}), [CONFIG]: config }), 'base');
    expect(resultsOf(report, 'governance/thresholds-kept').map((f) => f.status)).toEqual(['pass']);
  });

  it('a system the pull request adds is held to what it chose too: a bound looser than the default it replaces is an error', () => {
    const added = manifest((m) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.9 }]));
    const report = gate(pullRequest({ 'README.md': '# repo\n', [POLICY]: basePolicy }, added), 'base');
    expect(failuresOf(report, 'governance/thresholds-kept').map((f) => [f.line, f.message])).toEqual([
      [lineOf(added[MANIFEST] as string, '- metric: demographic_parity_difference'), `this pull request adds bias.thresholds[0] on demographic_parity_difference, which replaces the policy's default bound for demographic_parity_difference and raises max from 0.1 to 0.9${SUFFIX}`],
    ]);
    // Within the defaults, it passes; with no base commit at all (not a pull request), nothing is compared.
    const strict = gate(pullRequest({ 'README.md': '# repo\n', [POLICY]: basePolicy }, manifest(() => {})), 'base');
    expect(resultsOf(strict, 'governance/thresholds-kept').map((f) => f.status)).toEqual(['pass']);
    expect(resultsOf(check(added), 'governance/thresholds-kept').map((f) => f.status)).toEqual(['not-applicable']);
  });

  it.each([
    ['unchanged', () => {}],
    ['tightened everywhere', (m: any) => {
      m.bias.thresholds[0].max = 0.02;
      m.intendedUse.accuracy[0].min = 0.9;
      m.assurance.robustness.results[0].thresholds[0].minPassRate = 0.99;
    }],
    ['reordered, with a stricter bias threshold added', (m: any) => {
      m.bias.thresholds.unshift({ metric: 'equalized_odds_difference', max: 0.05 });
      m.intendedUse.accuracy.unshift({ metric: 'f1', min: 0.7 });
    }],
  ])('passes when the bounds are %s', (_what, mutate) => {
    const report = gate(pullRequest({ ...manifest(() => {}), [POLICY]: basePolicy }, manifest(mutate)), 'base');
    expect(resultsOf(report, 'governance/thresholds-kept').map((f) => f.status)).toEqual(['pass']);
  });
});
