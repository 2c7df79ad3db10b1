/** Waivers, with an injected clock: expired yesterday, ending today, in 13 days, malformed. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { daysLeft } from '../../src/policy/waivers.js';
import { lineOf } from '../helpers/repo.js';
import { check, failuresOf, resultsOf, withManifest } from '../helpers/system.js';

const NOW = new Date('2026-11-22T15:30:00Z');
const WAIVERS = '.modelgate/waivers.yaml';
const broken = () => withManifest((m) => delete m.data.datasets[0].license); // data/dataset-license fails

function withWaivers(entries: Array<Record<string, unknown>>, files = broken()) {
  return { ...files, [WAIVERS]: stringify({ waivers: entries }) };
}

const waiver = (overrides: Record<string, unknown> = {}) => ({
  rule: 'data/dataset-license',
  system: 'demo-scorer',
  justification: 'Licence terms are being renegotiated with the bureau (LEGAL-142).',
  approver: 'Head of Data Governance',
  expires: '2027-01-15',
  ...overrides,
});

describe('a valid waiver', () => {
  it('waives the matching finding, records who and until when, and the gate passes', () => {
    const report = check(withWaivers([waiver()]), { now: NOW });
    const waived = report.findings.filter((f) => f.status === 'waived');
    expect(waived).toEqual([
      expect.objectContaining({
        ruleId: 'data/dataset-license',
        waiver: { justification: waiver().justification, approver: 'Head of Data Governance', expires: '2027-01-15', file: WAIVERS, line: 2 },
      }),
    ]);
    expect(report.summary).toMatchObject({ errors: 0, waived: 1 });
    expect(report.verdict).toBe('pass');
    expect(report.systems[0]?.counts.waived).toBe(1);
  });

  it('narrows to a manifest path or a file glob, and leaves other findings failing', () => {
    const files = withManifest((m) => {
      delete m.data.datasets[0].license;
      m.data.datasets.push({ id: 'extra', role: 'test', source: 's', revision: 'r', collection: 'c', personalData: { present: false } });
    });
    const report = check(withWaivers([waiver({ path: 'data.datasets[1]' })], files), { now: NOW });
    expect(resultsOf(report, 'data/dataset-license').map((f) => [f.status, f.message])).toEqual([
      ['fail', 'data.datasets[0].license (dataset "train-2025") is missing'],
      ['waived', 'data.datasets[1].license (dataset "extra") is missing'],
    ]);
    const byFile = check(withWaivers([waiver({ path: 'sys/*.yaml' })], files), { now: NOW });
    expect(byFile.findings.filter((f) => f.status === 'waived')).toHaveLength(2);
  });
});

describe('expiry (UTC days; `expires` is the last day the waiver holds)', () => {
  it.each([
    ['2026-11-21', -1],
    ['2026-11-22', 0],
    ['2026-12-05', 13],
  ])('%s is %i days away', (date, days) => expect(daysLeft(date, NOW)).toBe(days));

  it('expired yesterday: void, the finding fails and says why, and the waiver is a finding at its expiry', () => {
    const files = withWaivers([waiver({ expires: '2026-11-21' })]);
    const report = check(files, { now: NOW });
    expect(failuresOf(report, 'data/dataset-license').map((f) => f.message)).toEqual([
      `data.datasets[0].license (dataset "train-2025") is missing (not waived: the waiver at ${WAIVERS}:6 is void)`,
    ]);
    expect(failuresOf(report, 'waiver/valid')).toEqual([
      { file: WAIVERS, line: lineOf(files[WAIVERS] as string, 'expires:'), message: 'waiver for data/dataset-license on demo-scorer is void: it expired on 2026-11-21' },
    ]);
    expect(report.verdict).toBe('fail');
  });

  // Fourth red team: a finding another entry excused said "not waived" beside the expired one.
  it('a finding a second, valid entry excuses is waived, and says nothing of the expired one', () => {
    const report = check(withWaivers([waiver({ expires: '2026-11-21' }), waiver({ expires: '2027-01-15' })]), { now: NOW });
    expect(report.findings.filter((f) => f.ruleId === 'data/dataset-license').map((f) => [f.status, f.message, f.waiver?.expires])).toEqual([
      ['waived', 'data.datasets[0].license (dataset "train-2025") is missing', '2027-01-15'],
    ]);
    expect(failuresOf(report, 'waiver/valid').map((f) => f.message)).toEqual(['waiver for data/dataset-license on demo-scorer is void: it expired on 2026-11-21']);
  });

  it('ending today: still holds, with a notice', () => {
    const report = check(withWaivers([waiver({ expires: '2026-11-22' })]), { now: NOW });
    expect(report.summary.waived).toBe(1);
    expect(failuresOf(report, 'waiver/expiring').map((f) => f.message)).toEqual([
      'waiver for data/dataset-license on demo-scorer expires today (2026-11-22); 1 finding will fail again',
    ]);
    expect(report.findings.find((f) => f.ruleId === 'waiver/expiring')?.severity).toBe('notice');
    expect(report.verdict).toBe('pass');
  });

  it('ending in 13 days: holds, with a notice; in 15 days: no notice', () => {
    expect(failuresOf(check(withWaivers([waiver({ expires: '2026-12-05' })]), { now: NOW }), 'waiver/expiring').map((f) => f.message)).toEqual([
      'waiver for data/dataset-license on demo-scorer expires in 13 days (2026-12-05); 1 finding will fail again',
    ]);
    expect(failuresOf(check(withWaivers([waiver({ expires: '2026-12-07' })]), { now: NOW }), 'waiver/expiring')).toEqual([]);
  });

  it('coverage: the waived finding\'s controls are waived; the expiring waiver\'s own control (A.6.1.3) is not failing (a notice fails nothing) but names the notice', () => {
    const control = (report: ReturnType<typeof check>, id: string) =>
      report.coverage.find((c) => c.system === 'demo-scorer')?.frameworks.find((f) => f.framework === 'iso42001')?.controls.find((c) => c.id === id);
    const expiring = check(withWaivers([waiver({ expires: '2026-12-05' })]), { now: NOW });
    expect(control(expiring, 'A.7.3')?.status).toBe('waived');
    // The expiring notice counts for its system as it does in the summary.
    expect(expiring.systems.find((s) => s.id === 'demo-scorer')?.counts.notices).toBe(expiring.summary.notices);
    expect(expiring.verdict).toBe('pass');
    expect(control(expiring, 'A.6.1.3')).toEqual({
      id: 'A.6.1.3',
      title: expect.any(String),
      status: 'supported',
      rules: expect.arrayContaining(['oversight/override', 'waiver/expiring']),
      reason: 'a notice was found about it (waiver/expiring)',
    });
    const lasting = check(withWaivers([waiver({ expires: '2026-12-07' })]), { now: NOW });
    expect(control(lasting, 'A.6.1.3')).toMatchObject({ status: 'supported' });
    expect(control(lasting, 'A.6.1.3')?.reason).toBeUndefined();
  });

  it.each([
    ['2027-13-01', 'waiver for data/dataset-license on demo-scorer is void: expires: "2027-13-01" is no date: there is no month 13 (written YYYY-MM-DD)'],
    ['next quarter', 'waiver for data/dataset-license on demo-scorer is void: expires: "next quarter" is not a date written YYYY-MM-DD'],
    ['2027-12-31', 'waiver for data/dataset-license on demo-scorer is void: it runs 404 days, longer than the 180 days this policy allows; renew it closer to the time'],
  ])('a malformed or too-long expiry (%s) is void: fails closed', (expires, message) => {
    const report = check(withWaivers([waiver({ expires })]), { now: NOW });
    expect(failuresOf(report, 'waiver/valid').map((f) => f.message)).toEqual([message]);
    expect(failuresOf(report, 'data/dataset-license')).toHaveLength(1);
  });
});

describe('malformed waivers, each a located finding', () => {
  it.each([
    [{ approver: undefined }, 'missing required field "approver"'],
    [{ justification: 'because' }, 'the justification is shorter than 20 characters; say why the exception is acceptable'],
    [{ rule: 'data/dataset-licence' }, 'rule "data/dataset-licence" is not a rule this policy knows (did you mean "data/dataset-license"?)'],
    [{ rule: 'team/house-style' }, 'rule "team/house-style" is not a rule this policy knows'],
    [{ rule: 'risk/not-prohibited' }, 'rule risk/not-prohibited cannot be waived under this policy'],
    [{ rule: 'manifest/readable' }, 'rule manifest/readable cannot be waived under this policy'],
    [
      { path: '*a*a*a*a*a*a*a*a*a*a*a*a*c/**' },
      'its path is not a glob modelgate matches: the glob has 13 wildcards (* runs and {…} groups) between two "/"; at most 2 are allowed, as more make matching a path take time that grows as a power of its length',
    ],
  ])('%j', (change, reason) => {
    const entry: Record<string, unknown> = waiver(change);
    for (const key of Object.keys(entry)) if (entry[key] === undefined) delete entry[key];
    const report = check(withWaivers([entry]), { now: NOW });
    expect(failuresOf(report, 'waiver/valid').map((f) => f.message)).toEqual([`waiver for ${String(entry.rule)} on demo-scorer is void: ${reason}`]);
  });

  it('an unknown field in a waiver is located at its key', () => {
    const text = stringify({ waivers: [{ ...waiver(), aprover: 'Head of Data Governance' }] });
    const report = check({ ...broken(), [WAIVERS]: text }, { now: NOW });
    const [finding] = report.findings.filter((f) => f.ruleId === 'waiver/valid' && f.status === 'fail');
    expect(finding?.message).toMatch(/unknown field "aprover"/);
    const line = text.split('\n').findIndex((l) => l.includes('aprover:'));
    expect(finding).toMatchObject({ line: line + 1, column: (text.split('\n')[line] as string).indexOf('aprover') + 1 });
  });

  it('a waivers file that does not parse waives nothing, and says where', () => {
    const report = check({ ...broken(), [WAIVERS]: 'waivers:\n  - rule: [\n' }, { now: NOW });
    expect(failuresOf(report, 'waiver/valid')).toEqual([{ file: WAIVERS, line: expect.any(Number), message: expect.stringMatching(/^invalid YAML: .*; no waiver applies$/) }]);
    expect(failuresOf(report, 'data/dataset-license')).toHaveLength(1);
  });

  it.each([
    ['an id no system has', 'other-system', 'waiver for data/dataset-license on other-system matches no failing finding; no system has the id other-system; remove it or correct it'],
    // A folder name or a typo for the id: the likeliest mistake, named with the id meant.
    ['a near miss of a system id', 'demo-scorrer', 'waiver for data/dataset-license on demo-scorrer matches no failing finding; no system has the id demo-scorrer (did you mean "demo-scorer"?); remove it or correct it'],
  ])('a waiver that matches nothing is flagged as stale: %s', (_what, system, message) => {
    const report = check(withWaivers([waiver({ system })]), { now: NOW });
    expect(failuresOf(report, 'waiver/unused').map((f) => f.message)).toEqual([message]);
  });

  // A run over part of the repository cannot tell whether another system's waiver is in use.
  it.each([
    { scope: 'the scanned folder', options: { scanPath: 'sys' } },
    { scope: '--include', options: { include: ['sys/**'] } },
  ])('a waiver for a system outside $scope is not judged', ({ options }) => {
    const report = check(withWaivers([waiver(), waiver({ system: 'other-system' })]), { now: NOW, ...options });
    expect(failuresOf(report, 'waiver/unused')).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, waived: 1 });
  });

  it('within the scanned folder, a waiver that matches nothing is still flagged', () => {
    const report = check(withWaivers([waiver({ rule: 'data/dataset-source' })]), { now: NOW, scanPath: 'sys' });
    expect(failuresOf(report, 'waiver/unused').map((f) => f.message)).toEqual([
      'waiver for data/dataset-source on demo-scorer matches no failing finding; remove it or correct it',
    ]);
  });

  it('a pack can forbid waivers for a rule, and set the horizon', () => {
    const pack = 'extends: baseline\nwaivers: { maxDays: 30 }\nrules:\n  data/dataset-license: { waivable: false }\n';
    const report = check({ ...withWaivers([waiver()]), 'pack.yaml': pack }, { now: NOW, policy: 'pack.yaml' });
    expect(failuresOf(report, 'waiver/valid').map((f) => f.message)).toEqual([
      'waiver for data/dataset-license on demo-scorer is void: rule data/dataset-license cannot be waived under this policy',
    ]);
    const horizon = check({ ...withWaivers([waiver({ rule: 'data/dataset-license' })]), 'pack.yaml': 'extends: baseline\nwaivers: { maxDays: 30 }\n' }, { now: NOW, policy: 'pack.yaml' });
    expect(failuresOf(horizon, 'waiver/valid').map((f) => f.message)).toEqual([
      'waiver for data/dataset-license on demo-scorer is void: it runs 54 days, longer than the 30 days this policy allows; renew it closer to the time',
    ]);
  });
});
