import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';
import { loadPolicy, ruleCatalogue, validateBundledPolicies } from '../../src/policy/load.js';
import { fromSnapshot } from '../../src/policy/snapshot.js';
import type { PathSegment } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';
import { check, compliantFiles, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

function load(files: Record<string, string>, ref = 'pack.yaml') {
  return loadPolicy(ref, { baseDir: makeRepo(files) });
}

describe('bundled packs', () => {
  it('baseline selects only catalogue rules, all active', () => {
    const policy = loadPolicy('baseline', { baseDir: process.cwd() });
    const catalogue = ruleCatalogue();
    expect(policy.packs).toEqual(['baseline']);
    expect(policy.rules.length).toBeGreaterThanOrEqual(39);
    for (const rule of policy.rules) expect(catalogue.has(rule.id)).toBe(true);
  });
});

describe('pack resolution', () => {
  it('lets a pack lower, raise and turn off rules it extends (the including pack wins)', () => {
    const policy = load({
      'pack.yaml': 'extends: baseline\nrules:\n  card/contact: error\n  card/license: warning\n  data/dataset-card: off\n',
    });
    expect(policy.byId.get('card/contact')?.severity).toBe('error');
    expect(policy.byId.get('card/license')?.severity).toBe('warning');
    expect(policy.byId.has('data/dataset-card')).toBe(false);
    expect(policy.packs).toEqual(['pack.yaml', 'baseline']);
  });

  it('reads a later entry of extends over an earlier one, and local packs relative to the including file', () => {
    const policy = load({
      'org/central.yaml': 'extends: [baseline, ./strict.yaml]\n',
      'org/strict.yaml': 'rules:\n  card/contact: error\n',
      'pack.yaml': 'extends: org/central.yaml\n',
    });
    expect(policy.byId.get('card/contact')?.severity).toBe('error');
    expect(policy.packs).toEqual(['pack.yaml', 'org/central.yaml', 'baseline', 'org/strict.yaml']);
  });

  it('adjusts a rule partially (when, message) without redefining it', () => {
    const policy = load({ 'pack.yaml': 'extends: baseline\nrules:\n  card/contact:\n    when: { tiers: [high] }\n    message: "Contact: {{error}}"\n' });
    const rule = policy.byId.get('card/contact');
    expect(rule?.when).toEqual({ tiers: ['high'] });
    expect(rule?.then?.[0]?.function).toBe('card-section');
  });

  it('runs a custom rule defined as data, with its message template', () => {
    const pack = `extends: baseline
rules:
  org/purpose-stated:
    title: The intended purpose is stated in the manifest
    severity: error
    given: $.manifest
    then: { field: intendedUse.purpose, function: present }
    message: "{{error}} (org policy AI-7)"
    remediation: Write intendedUse.purpose.
    controls: { iso42001: [A.9.4], euAiAct: [Art.13(3)(b)] }
`;
    const report = check({ ...compliantFiles(), 'pack.yaml': pack }, { policy: 'pack.yaml' });
    expect(failuresOf(report, 'org/purpose-stated')).toEqual([
      { file: MANIFEST, line: 1, message: 'intendedUse.purpose is missing (org policy AI-7)' },
    ]);
    // Not in docs/rules.md, so no link there (a pack can give its own with `docs`).
    expect(report.findings.find((f) => f.ruleId === 'org/purpose-stated')?.docs).toBe('');
    const passing = check({ ...withManifest((m) => (m.intendedUse = { purpose: 'Rank applications.' })), 'pack.yaml': pack }, { policy: 'pack.yaml' });
    expect(resultsOf(passing, 'org/purpose-stated')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    ['a declared tier outside the rule', (m: Record<string, any>) => (m.risk.euAiAct.tier = 'minimal'), 'not-applicable'],
    ['a misspelt tier ("High")', (m: Record<string, any>) => (m.risk.euAiAct.tier = 'High'), 'pass'],
    ['a declared stage outside the rule', (m: Record<string, any>) => (m.lifecycle = 'design'), 'not-applicable'],
    ['a misspelt stage ("production")', (m: Record<string, any>) => (m.lifecycle = 'production'), 'pass'],
  ])('when: %s → %s', (_, mutate, status) => {
    const pack = 'extends: baseline\nrules:\n  card/contact:\n    when: { tiers: [high], stages: [deployment] }\n';
    const report = check({ ...withManifest(mutate), 'pack.yaml': pack }, { policy: 'pack.yaml' });
    expect(resultsOf(report, 'card/contact')).toEqual([expect.objectContaining({ status })]);
  });

  it('applies when.labels', () => {
    const pack = 'extends: baseline\nrules:\n  card/contact:\n    when: { labels: [public] }\n';
    const report = check({ ...compliantFiles(), 'pack.yaml': pack }, { policy: 'pack.yaml' });
    expect(resultsOf(report, 'card/contact')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: 'applies to systems labelled public' }),
    ]);
  });
});

describe('policy errors (exit code 2, with file, line and column)', () => {
  it.each([
    ['a cycle in extends', { 'pack.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: pack.yaml\n' }, 'b.yaml:1:10: policy packs extend each other in a cycle: pack.yaml → b.yaml → pack.yaml'],
    ['an unknown bundled pack', { 'pack.yaml': 'extends: basline\n' }, 'pack.yaml:1:10: unknown policy pack "basline" (did you mean "baseline"?)'],
    ['a missing local pack', { 'pack.yaml': 'extends: ./org.yaml\n' }, 'pack.yaml:1:10: policy pack ./org.yaml does not exist (extended from pack.yaml)'],
    ['an unpinned remote pack', { 'pack.yaml': 'extends: acme/policies/ai.yaml@main\n' }, 'pack.yaml:1:10: remote policy pack acme/policies/ai.yaml is not pinned: \"@main\" can change under you'],
    ['an unknown rule id', { 'pack.yaml': 'extends: baseline\nrules:\n  card/licence: error\n' }, 'pack.yaml:3:17: unknown rule "card/licence" (did you mean "card/license"?)'],
    ['a bad severity', { 'pack.yaml': 'rules:\n  card/license: fatal\n' }, 'pack.yaml:2:17: rules["card/license"]: "fatal" is not allowed; use one of: error, warning, notice, off'],
    ['malformed YAML', { 'pack.yaml': 'rules: [\n' }, 'pack.yaml:1:8: invalid YAML: '],
    ['a pack that is a list', { 'pack.yaml': '- baseline\n' }, 'pack.yaml:1:1: a policy pack must be a mapping'],
    [
      'an unknown check function',
      { 'pack.yaml': 'rules:\n  org/x:\n    title: X\n    severity: error\n    given: $.manifest\n    then: { function: presnet }\n    remediation: Fix.\n' },
      'pack.yaml:6:23: rule org/x: unknown check function "presnet" (did you mean "present"?)',
    ],
    [
      'invalid options for a check function',
      { 'pack.yaml': 'rules:\n  org/x:\n    title: X\n    severity: error\n    given: $.manifest\n    then: { function: any-present, options: { fields: [a] } }\n    remediation: Fix.\n' },
      'pack.yaml:6:47: rule org/x: options for any-present: fields: must list at least 2 items',
    ],
    [
      'a bad given path',
      { 'pack.yaml': 'rules:\n  org/x:\n    title: X\n    severity: error\n    given: $..manifest\n    then: { function: present }\n    remediation: Fix.\n' },
      'pack.yaml:5:12: rule org/x: given cannot read "$..manifest" at "..manifest"',
    ],
    [
      'an unknown message variable',
      { 'pack.yaml': 'rules:\n  org/x:\n    title: X\n    severity: error\n    given: $.manifest\n    then: { function: present }\n    message: "{{value}}"\n    remediation: Fix.\n' },
      'pack.yaml:7:14: rule org/x: unknown message variable {{value}}',
    ],
    [
      'a new rule without given/then',
      { 'pack.yaml': 'rules:\n  org/x:\n    title: X\n    severity: error\n    remediation: Fix.\n    controls: {}\n' },
      'pack.yaml:2:3: unknown rule "org/x"; a new rule needs "given" and "then"',
    ],
    [
      'a wrongly numbered control',
      { 'pack.yaml': 'extends: baseline\nrules:\n  card/license:\n    controls: { iso42001: [A.5.1.2] }\n' },
      'pack.yaml:4:28: rules["card/license"].controls.iso42001[0]: "A.5.1.2" is not allowed; use one of: A.2.2, A.2.3,',
    ],
  ])('%s', (_, files, message) => {
    expect(() => load(files)).toThrow(message);
  });
});

describe('per-path overrides', () => {
  const legacy = { 'legacy/old/ai-system.yaml': 'id: old\nname: Old\nversion: "0.1"\nlifecycle: design\nowner: { team: x }\n' };

  it('changes severities for systems whose manifest matches the glob (repository-relative), later entries winning', () => {
    const pack = `extends: baseline
overrides:
  - files: ["legacy/**"]
    rules: { system/owner: off, system/risk-tier: warning }
  - files: ["legacy/old/*"]
    rules: { system/risk-tier: notice }
`;
    const report = check({ ...compliantFiles(), ...legacy, 'pack.yaml': pack }, { policy: 'pack.yaml' });
    const old = report.findings.filter((f) => f.system === 'old');
    expect(old.filter((f) => f.ruleId === 'system/owner')).toEqual([]);
    expect(old.find((f) => f.ruleId === 'system/risk-tier')).toMatchObject({ status: 'fail', severity: 'notice' });
    // Other systems keep the pack's severities.
    expect(resultsOf(report, 'system/owner').filter((f) => f.status === 'pass')).toHaveLength(1);
  });

  it.each([
    ['extends: baseline\noverrides:\n  - files: ["**"]\n    rules: { manifest/readable: off }\n', 'pack.yaml:4:33: rule manifest/readable is locked: an override cannot turn it off or lower it'],
    ['extends: baseline\noverrides:\n  - files: ["**"]\n    rules: { card/licence: off }\n', 'pack.yaml:4:28: unknown rule "card/licence" (did you mean "card/license"?)'],
    ['extends: baseline\noverrides:\n  - files: []\n    rules: { card/license: off }\n', 'pack.yaml:3:5: overrides[0].files: must list at least 1 item'],
  ])('refuses %j', (pack, message) => {
    expect(() => load({ 'pack.yaml': pack })).toThrow(message);
  });
});

describe('the bundled policies', () => {
  // At run time they are trusted (not schema-checked, for start-up speed); here they are checked in full.
  it('the catalogue and every bundled pack pass the validation a user pack gets', () => {
    expect(() => validateBundledPolicies()).not.toThrow();
  });
});

describe('the bundled policies snapshot (dist/policies.json)', () => {
  const files = [
    ...fs.readdirSync('policies').filter((f) => f.endsWith('.yaml')).map((f) => `policies/${f}`),
    ...fs.readdirSync('policies/rules').filter((f) => f.endsWith('.yaml')).map((f) => `policies/rules/${f}`),
  ];

  it.each(files)('%s: the snapshot is current and locates every node (and missing ones) as the YAML does', (file) => {
    const text = fs.readFileSync(file, 'utf8');
    const snapshot = fromSnapshot(text, file);
    expect(snapshot, 'dist/policies.json is stale: run npm run build').toBeDefined();
    const parsed = parseYaml(text, { file });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(snapshot?.value).toEqual(parsed.doc.value);
    const paths: PathSegment[][] = [];
    const walk = (value: unknown, at: PathSegment[]) => {
      paths.push(at, [...at, 'no-such-key'], [...at, 99_999]);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
    };
    walk(parsed.doc.value, []);
    for (const at of paths) expect(snapshot?.locate(at), at.join('.')).toEqual(parsed.doc.locate(at));
  });

  it('a changed file is not served from the snapshot', () => {
    expect(fromSnapshot(`${fs.readFileSync('policies/baseline.yaml', 'utf8')}# edited\n`, 'policies/baseline.yaml')).toBeUndefined();
  });
});
