import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYaml } from '../../src/load/yaml.js';
import { loadPolicy } from '../../src/evaluate/policy.js';
import { CHECK_FUNCTIONS } from '../../src/evaluate/functions/index.js';
import { ruleCatalogue, validateBundledPolicies } from '../../src/policy/catalogue.js';
import { fromSnapshot } from '../../src/policy/snapshot.js';
import { parsePack } from '../../src/policy/sources.js';
import { UsageError, type PathSegment } from '../../src/types.js';
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
    supports: { iso42001: [A.9.4], euAiAct: [Art.13(3)(b)] }
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
    ['an unknown rule id', { 'pack.yaml': 'extends: baseline\nrules:\n  card/licence: error\n' }, 'pack.yaml:3:3: unknown rule "card/licence" (did you mean "card/license"?)'],
    ['an unknown rule id with a block', { 'pack.yaml': 'extends: baseline\nrules:\n  card/licence:\n    severity: warning\n' }, 'pack.yaml:3:3: unknown rule "card/licence" (did you mean "card/license"?)'],
    ['an unknown ISO/IEC 42001 control excluded', { 'pack.yaml': 'extends: baseline\nexclusions:\n  iso42001:\n    A.2.22: The AI policy is set by the group, not this repository.\n' }, 'pack.yaml:4:5: "A.2.22" is not an ISO/IEC 42001 Annex A control (did you mean "A.2.2"?)'],
    ['a justification under the 20 characters an exclusion needs', { 'pack.yaml': 'extends: baseline\nexclusions:\n  iso42001:\n    A.2.2: Not ours to run.\n' }, 'pack.yaml:4:12: exclusions.iso42001["A.2.2"]: must be at least 20 characters long, found 16'],
    ['a bad severity', { 'pack.yaml': 'rules:\n  card/license: fatal\n' }, 'pack.yaml:2:17: rules["card/license"]: "fatal" is not allowed; use one of: error, warning, notice, off'],
    ['malformed YAML', { 'pack.yaml': 'rules: [\n' }, 'pack.yaml:1:8: invalid YAML: '],
    ['a pack that is a list', { 'pack.yaml': '- baseline\n' }, 'pack.yaml:1:1: a policy pack must be a mapping'],
    ['an unknown top-level key, at the key', { 'pack.yaml': 'extends: baseline\nrule: card/license\n' }, 'pack.yaml:2:1: unknown field "rule" (did you mean "rules"?)'],
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
      { 'pack.yaml': 'rules:\n  org/x:\n    title: X\n    severity: error\n    remediation: Fix.\n    supports: {}\n' },
      'pack.yaml:2:3: unknown rule "org/x"; a new rule needs "given" and "then"',
    ],
    [
      'the control references written as before reportVersion 2 (controls:)',
      { 'pack.yaml': 'extends: baseline\nrules:\n  card/license:\n    controls: { iso42001: [A.7.3] }\n' },
      'pack.yaml:4:5: rules["card/license"]: unknown field "controls": a rule\'s control references are now "evidences" (its check judges content) and "supports" (a declaration or a file\'s presence)',
    ],
    [
      'a wrongly numbered control',
      { 'pack.yaml': 'extends: baseline\nrules:\n  card/license:\n    supports: { iso42001: [A.5.1.2] }\n' },
      'pack.yaml:4:28: rules["card/license"].supports.iso42001[0]: "A.5.1.2" is not allowed; use one of: A.2.2, A.2.3,',
    ],
    [
      'an unknown NIST AI RMF subcategory',
      { 'pack.yaml': 'extends: baseline\nrules:\n  card/license:\n    supports: { nistAiRmf: [MEASURE 9.9] }\n' },
      'pack.yaml:4:29: rules["card/license"].supports.nistAiRmf[0]: "MEASURE 9.9" is not allowed; use one of: GOVERN 1.1,',
    ],
    ...(
      [
        ['Art.999', 'is not in the EU AI Act: its articles are Art.1 to Art.113'],
        ['Art.10(99)', 'is not in the EU AI Act: Art.10 has (1) to (6)'],
        ['Art.10(2)(z)', 'is not in the EU AI Act: Art.10(2) has (a) to (h)'],
        ['Annex XIV', 'is not in the EU AI Act: its annexes are Annex I to Annex XIII'],
        ['Annex IV 99', 'is not in the EU AI Act: Annex IV has 1 to 9'],
      ] as const
    ).flatMap(([reference, problem]): Array<[string, Record<string, string>, string]> => [
      [
        `an EU AI Act reference that does not exist (${reference}), mapped onto a bundled rule`,
        { 'pack.yaml': `extends: baseline\nrules:\n  card/license:\n    evidences: { iso42001: [A.6.2.7], euAiAct: [Art.13, ${reference}] }\n` },
        `pack.yaml:4:57: rules["card/license"].evidences.euAiAct[1]: "${reference}" ${problem}`,
      ],
      [
        `an EU AI Act reference that does not exist (${reference}), in a pack's own rule`,
        {
          'pack.yaml': `rules:\n  org/x:\n    title: X\n    severity: error\n    given: $.manifest\n    then: { function: present }\n    remediation: Fix.\n    evidences:\n      euAiAct:\n        - Art.9(2)\n        - ${reference}\n`,
        },
        `pack.yaml:11:11: rules["org/x"].evidences.euAiAct[1]: "${reference}" ${problem}`,
      ],
    ]),
    [
      'a frameworks: list naming what the framework does not report',
      { 'pack.yaml': 'extends: baseline\nframeworks:\n  euAiAct: [Art.9, Art.10(2)]\n' },
      'pack.yaml:3:20: frameworks.euAiAct[1]: "Art.10(2)" is not a control that EU AI Act (Regulation (EU) 2024/1689) reports: it counts toward "Art.10"',
    ],
    [
      'a frameworks: list naming an article that does not exist',
      { 'pack.yaml': 'frameworks:\n  euAiAct: [Art.9, Art.999]\n' },
      'pack.yaml:2:20: frameworks.euAiAct[1]: "Art.999" is not in the EU AI Act: its articles are Art.1 to Art.113',
    ],
    [
      'a frameworks: list naming an unknown NIST subcategory',
      { 'pack.yaml': 'frameworks:\n  nistAiRmf:\n    - MAP 1.1\n    - MEASURE 9.9\n' },
      'pack.yaml:4:7: frameworks.nistAiRmf[1]: "MEASURE 9.9" is not a control that NIST AI RMF 1.0 reports (did you mean "MEASURE 2.9"?)',
    ],
    [
      'a frameworks: list naming an ISO/IEC 42001 clause instead of an Annex A control',
      { 'pack.yaml': 'frameworks:\n  iso42001: [A.6.2.4, "6.1"]\n' },
      'pack.yaml:2:23: frameworks.iso42001[1]: "6.1" is not a control that ISO/IEC 42001:2023 Annex A reports',
    ],
    [
      'an exclude glob whose wildcards take polynomial time to fail a path',
      { 'pack.yaml': 'extends: baseline\nexclude:\n  - docs/**\n  - "*a*a*a*a*a*a*a*a*a*a*a*a*c/**"\n' },
      'pack.yaml:4:5: glob "*a*a*a*a*a*a*a*a*a*a*a*a*c/**": the glob has 13 wildcards (* runs and {…} groups) between two "/"; at most 2 are allowed, as more make matching a path take time that grows as a power of its length',
    ],
    [
      'an override glob with too many wildcards across its segments',
      { 'pack.yaml': 'extends: baseline\noverrides:\n  - files: ["**/a*/**/a*/**/c"]\n    rules: { card/contact: off }\n' },
      'pack.yaml:3:13: glob "**/a*/**/a*/**/c": the glob has 5 wildcards (* runs and {…} groups); at most 4 are allowed',
    ],
    [
      'a glob over 500 characters, refused by the schema at its line (editors see it too)',
      { 'pack.yaml': `extends: baseline\noverrides:\n  - files: ["${'a/'.repeat(250)}b"]\n    rules: { card/contact: off }\n` },
      'pack.yaml:3:13: overrides[0].files[0]: must NOT have more than 500 characters',
    ],
    [
      'three ** in one glob (each spans folders: time grows as a power of the depth)',
      { 'pack.yaml': 'exclude: ["**/a/**/a/**/c"]\n' },
      'pack.yaml:1:11: glob "**/a/**/a/**/c": the glob has 3 "**"; at most 2 are allowed',
    ],
    [
      'an extglob in exclude',
      { 'pack.yaml': 'exclude: ["+(a|aa)c/**"]\n' },
      'pack.yaml:1:11: glob "+(a|aa)c/**": "+(…)" (an extglob) repeats or nests patterns',
    ],
    [
      'bare regular-expression groups, which picomatch passes through (forty (|a) took minutes a path)',
      { 'pack.yaml': `exclude: ["${'(|a)'.repeat(40)}c"]\n` },
      `pack.yaml:1:11: glob "${'(|a)'.repeat(20).slice(0, 79)}…": "(" makes a regular expression group or alternative`,
    ],
    [
      'an alternative outside a group',
      { 'pack.yaml': 'overrides:\n  - files: ["a|b/**"]\n    rules: { card/contact: off }\n' },
      'pack.yaml:2:13: glob "a|b/**": "|" makes a regular expression group or alternative',
    ],
    [
      'wildcards inside what could be read as a character class',
      { 'pack.yaml': 'exclude: ["[]*a*a*c]/**"]\n' },
      'pack.yaml:1:11: glob "[]*a*a*c]/**": the glob has 3 wildcards (* runs and {…} groups) between two "/"',
    ],
    [
      'a "/" inside a {…} group, which can be left out',
      { 'pack.yaml': 'exclude: ["*{/,}*a*"]\n' },
      'pack.yaml:1:11: glob "*{/,}*a*": the glob has 4 wildcards (* runs and {…} groups) between two "/"',
    ],
    [
      'brace groups in a row',
      { 'pack.yaml': 'exclude: ["{a,aa}{a,aa}{a,aa}b/**"]\n' },
      'pack.yaml:1:11: glob "{a,aa}{a,aa}{a,aa}b/**": the glob has 3 wildcards (* runs and {…} groups) between two "/"',
    ],
    [
      'packs that each extend the next twice (2^20 walks unbounded)',
      Object.fromEntries(Array.from({ length: 21 }, (_, i) => [i === 0 ? 'pack.yaml' : `p${i}.yaml`, i === 20 ? 'extends: baseline\n' : `extends: [./p${i + 1}.yaml, ./p${i + 1}.yaml]\n`])),
      ': the policy extends more than 200 packs, counting each time one is extended',
    ],
  ])('%s', (_, files, message) => {
    expect(() => load(files)).toThrow(message);
  });

  it('more than 50 packs of other repositories: refused at the 51st, which is never asked for', () => {
    const asked: string[] = [];
    const remote = { read: (ref: { path: string }) => (asked.push(ref.path), 'extends: baseline\n') };
    const pack = `extends:\n${Array.from({ length: 51 }, (_, i) => `  - acme/policies/p${i}.yaml@${'a'.repeat(40)}\n`).join('')}`;
    expect(() => loadPolicy('pack.yaml', { baseDir: makeRepo({ 'pack.yaml': pack }), remote })).toThrow('pack.yaml:52:5: the policy extends more than 50 packs of other repositories');
    expect(asked).toHaveLength(50);
  });
});

describe('policy globs', () => {
  it('accepts the globs real policies write', () => {
    const globs = ['**/vendor/**', 'examples/**/*.md', '**/*-test-*/**', 'legacy/{a,b}/**', 'a/[*]x*/**', 'x\\*\\*\\*y*', 'models/v?.?/*.yaml', 'models/\\(legacy\\)/**'];
    const policy = load({ 'pack.yaml': `extends: baseline\nexclude: ${JSON.stringify(globs)}\noverrides:\n  - files: ${JSON.stringify(globs)}\n    rules: { card/contact: off }\n` });
    expect(policy.exclude).toEqual(globs);
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
    ['extends: baseline\noverrides:\n  - files: ["**"]\n    rules: { card/licence: off }\n', 'pack.yaml:4:14: unknown rule "card/licence" (did you mean "card/license"?)'],
    ['extends: baseline\noverrides:\n  - files: []\n    rules: { card/license: off }\n', 'pack.yaml:3:5: overrides[0].files: must list at least 1 item'],
  ])('refuses %j', (pack, message) => {
    expect(() => load({ 'pack.yaml': pack })).toThrow(message);
  });
});

// A locked rule runs, as written, on every system, whatever a pack that extends it says: each
// route a pack offers to switch it off is a configuration error at its line.
describe('locked rules cannot be weakened by any route', () => {
  const prohibited = () => withManifest((m) => (m.risk.euAiAct.tier = 'prohibited'));
  const rule = 'risk/not-prohibited';
  it.each([
    { route: 'severity off', pack: `extends: baseline\nrules:\n  ${rule}: off\n`, message: `pack.yaml:3:24: rule ${rule} is locked: it cannot be turned off or lowered below error` },
    { route: 'a lower severity', pack: `extends: baseline\nrules:\n  ${rule}: { severity: notice }\n`, message: `pack.yaml:3:3: rule ${rule} is locked: it cannot be turned off or lowered below error` },
    { route: 'a narrower when', pack: `extends: baseline\nrules:\n  ${rule}:\n    when: { tiers: [minimal] }\n`, message: `pack.yaml:4:5: rule ${rule} is locked: a pack cannot change its when` },
    { route: 'a later application date', pack: `extends: baseline\nrules:\n  ${rule}:\n    when: { from: "2099-01-01" }\n`, message: `pack.yaml:4:5: rule ${rule} is locked: a pack cannot change its when` },
    {
      route: 'redefining the id with a check that always passes',
      pack: `extends: baseline\nrules:\n  ${rule}:\n    title: Fine\n    severity: error\n    given: $.manifest\n    then: { field: id, function: present }\n    remediation: None.\n`,
      message: `pack.yaml:6:12: rule ${rule} is locked: a pack cannot change its given, then`,
    },
    { route: 'a path override', pack: `extends: baseline\noverrides:\n  - files: ["sys/**"]\n    rules: { ${rule}: off }\n`, message: `pack.yaml:4:35: rule ${rule} is locked: an override cannot turn it off or lower it` },
    { route: 'a pack two levels down', pack: 'extends: ./middle.yaml\n', middle: `extends: baseline\nrules:\n  ${rule}:\n    when: { stages: [retired] }\n`, message: `middle.yaml:4:5: rule ${rule} is locked: a pack cannot change its when` },
  ])('$route is refused at its line', ({ pack, middle, message }) => {
    expect(() => load({ 'pack.yaml': pack, ...(middle ? { 'middle.yaml': middle } : {}) })).toThrow(message);
  });

  it('a waiver for it is void, and the prohibited system still fails', () => {
    const waivers = stringify({ waivers: [{ rule, system: 'demo-scorer', justification: 'The board accepted this risk in writing (RISK-9).', approver: 'CEO', expires: '2099-01-01' }] });
    const report = check({ ...prohibited(), '.modelgate/waivers.yaml': waivers });
    expect(failuresOf(report, 'waiver/valid').map((f) => f.message)).toEqual([`waiver for ${rule} on demo-scorer is void: rule ${rule} cannot be waived under this policy`]);
    expect(failuresOf(report, rule)).toHaveLength(1);
    expect(report.verdict).toBe('fail');
  });

  it('a pack that does not select it still runs it', () => {
    const report = check({ ...prohibited(), 'pack.yaml': 'rules:\n  system/owner: error\n' }, { policy: 'pack.yaml' });
    expect(failuresOf(report, rule)).toHaveLength(1);
  });

  it('a governance pack can lock a rule it selects; a pack extending it cannot then turn it off', () => {
    const org = 'extends: baseline\nrules:\n  system/owner: { locked: true }\n';
    expect(() => load({ 'org.yaml': org, 'pack.yaml': 'extends: ./org.yaml\nrules:\n  system/owner: off\n' })).toThrow(
      'pack.yaml:3:17: rule system/owner is locked: it cannot be turned off or lowered below error',
    );
    // Raising its severity or adding mappings stays allowed.
    expect(() => load({ 'org.yaml': org, 'pack.yaml': 'extends: ./org.yaml\nrules:\n  system/owner: { supports: { nistAiRmf: [GOVERN 2.1] } }\n' })).not.toThrow();
  });

  it('a locked, required rule cannot stop being required', () => {
    const org = 'extends: baseline\nrules:\n  evidence/checksum: { locked: true, required: true }\n';
    expect(() => load({ 'org.yaml': org, 'pack.yaml': 'extends: ./org.yaml\nrules:\n  evidence/checksum: { required: false }\n' })).toThrow(
      'pack.yaml:3:34: rule evidence/checksum is locked: it cannot stop being required',
    );
    expect(() => load({ 'org.yaml': org, 'pack.yaml': 'extends: ./org.yaml\nrules:\n  evidence/checksum: { severity: error }\n' })).not.toThrow();
  });
});

describe('remote pack references are checked before anything is fetched', () => {
  const sha = 'a'.repeat(40);
  it.each([
    { what: 'an owner with a double hyphen', ref: `ac--me/policies/ai.yaml@${sha}`, message: '"ac--me" is not a GitHub owner' },
    { what: 'an owner over 39 characters', ref: `${'a'.repeat(40)}/policies/ai.yaml@${sha}`, message: 'is not a GitHub owner' },
    { what: 'an owner starting with a hyphen', ref: `-acme/policies/ai.yaml@${sha}`, message: '"-acme" is not a GitHub owner' },
    { what: 'a repository named ..', ref: `acme/../ai.yaml@${sha}`, message: '".." is not a GitHub repository name' },
    { what: 'a repository with a space', ref: `acme/my policies/ai.yaml@${sha}`, message: '"my policies" is not a GitHub repository name' },
    { what: 'a path climbing out', ref: `acme/policies/ai/../../x.yaml@${sha}`, message: 'must be a plain path inside acme/policies' },
    { what: 'an empty path segment', ref: `acme/policies//ai.yaml@${sha}`, message: 'must be a plain path inside acme/policies' },
    { what: 'a backslash', ref: `acme/policies/ai\\..\\x.yaml@${sha}`, message: 'must be a plain path inside acme/policies' },
    { what: 'a short SHA', ref: 'acme/policies/ai.yaml@abc1234', message: 'is not pinned' },
    { what: 'an upper-case SHA', ref: `acme/policies/ai.yaml@${'A'.repeat(40)}`, message: 'is not pinned' },
    { what: 'a branch', ref: 'acme/policies/ai.yaml@main', message: 'is not pinned' },
  ])('$what is refused at the extends line', ({ ref, message }) => {
    expect(() => load({ 'pack.yaml': `extends: ${JSON.stringify(ref)}\n` })).toThrow(new RegExp(`^pack\\.yaml:1:10: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('a well-formed reference gets as far as asking for the pack', () => {
    expect(() => load({ 'pack.yaml': `extends: acme-corp/ai.policies_v2/packs/org.yaml@${sha}\n` })).toThrow('is in another repository');
  });
});

describe('the bundled policies', () => {
  // At run time they are trusted (not schema-checked, for start-up speed); here they are checked in full.
  it('the catalogue and every bundled pack pass the validation a user pack gets', () => {
    expect(() => validateBundledPolicies(CHECK_FUNCTIONS)).not.toThrow();
  });

  it('a catalogue rule citing an EU AI Act provision that does not exist fails that validation at its line', () => {
    const rule = 'rules:\n  data/x:\n    title: X\n    severity: error\n    given: $.manifest\n    then: { function: present }\n    remediation: Fix.\n    evidences:\n      iso42001: [A.7.5]\n      euAiAct: [Art.10(2)(b), Art.10(2)(i)]\n';
    expect(() => parsePack(rule, 'policies/rules/data.yaml')).toThrow(
      new UsageError('rules["data/x"].evidences.euAiAct[1]: "Art.10(2)(i)" is not in the EU AI Act: Art.10(2) has (a) to (h)', { file: 'policies/rules/data.yaml', line: 10, column: 31 }),
    );
    // Trusted (how modelgate reads its own files at run time): not checked, for start-up speed.
    expect(() => parsePack(rule, 'policies/rules/data.yaml', true)).not.toThrow();
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
