/**
 * What a baseline entry may excuse: only a finding of a rule a waiver could excuse, and only
 * the one its own rule, system, file and path name. Any other entry excuses nothing and is a
 * `baseline/valid` finding at its line; the finding it aimed at still fails.
 */
import { describe, expect, it } from 'vitest';
import { findingIdentity } from '../../src/policy/baseline.js';
import type { Finding } from '../../src/types.js';
import type { Files } from '../helpers/repo.js';
import { check, failuresOf, MANIFEST, withManifest } from '../helpers/system.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const BASELINE = '.modelgate/baseline.json';
type Entry = { fingerprint: string; count: number; rule: string; system: string; file: string; path?: string };

/** The baseline file with these entries; written as `modelgate baseline` does, the first entry is at line 6. */
function withBaseline(files: Files, findings: Entry[]): Files {
  return { ...files, [BASELINE]: `${JSON.stringify({ schema: 'modelgate/baseline@1', created: '2026-11-01', expires: '2027-04-30', findings }, null, 2)}\n` };
}

/** An entry for a finding as `modelgate baseline` writes it: its fingerprint agrees with its fields. */
function entryOf(finding: Pick<Finding, 'ruleId' | 'system' | 'file' | 'path'>): Entry {
  return { fingerprint: findingIdentity(finding), count: 1, rule: finding.ruleId, system: finding.system, file: finding.file, ...(finding.path ? { path: finding.path } : {}) };
}

/** The one failing finding of `rule` in a run without a baseline. */
function failing(files: Files, rule: string, options: Parameters<typeof check>[1] = {}): Finding {
  const found = check(files, { now: NOW, ...options }).findings.filter((f) => f.ruleId === rule && f.status === 'fail');
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

const licenceMissing = () => withManifest((m) => delete m.data.datasets[0].license); // data/dataset-license fails
const unreadable = (): Files => ({ ...withManifest(() => {}), [MANIFEST]: 'id: demo-scorer\nname: [unclosed\n' }); // manifest/readable, locked
const UNWAIVABLE_PACK = 'extends: baseline\nrules:\n  data/dataset-license: { waivable: false }\n';

describe('a baseline entry that may not excuse its finding', () => {
  const MISLABELLED = 'excuses nothing: its fingerprint is not that of the rule, system, file and path it names';
  it.each([
    {
      name: 'for a locked rule (manifest/readable)',
      files: unreadable,
      rule: 'manifest/readable',
      options: {},
      entry: (f: Finding) => entryOf(f),
      message: `the baseline entry for manifest/readable on ${MANIFEST} (${MANIFEST}) excuses nothing: rule manifest/readable is locked, so no baseline excuses it`,
    },
    {
      name: 'for a rule the policy makes unwaivable',
      files: () => ({ ...licenceMissing(), 'pack.yaml': UNWAIVABLE_PACK }),
      rule: 'data/dataset-license',
      options: { policy: 'pack.yaml' },
      entry: (f: Finding) => entryOf(f),
      message: `the baseline entry for data/dataset-license on demo-scorer (${MANIFEST}) excuses nothing: rule data/dataset-license cannot be waived under this policy, so no baseline excuses it`,
    },
    {
      name: "labelled with another rule than its fingerprint's",
      files: licenceMissing,
      rule: 'data/dataset-license',
      options: {},
      entry: (f: Finding) => ({ ...entryOf(f), rule: 'card/license' }),
      message: `the baseline entry for card/license on demo-scorer (${MANIFEST}) ${MISLABELLED}`,
    },
    {
      name: "labelled with another system than its fingerprint's",
      files: licenceMissing,
      rule: 'data/dataset-license',
      options: {},
      entry: (f: Finding) => ({ ...entryOf(f), system: 'other-scorer' }),
      message: `the baseline entry for data/dataset-license on other-scorer (${MANIFEST}) ${MISLABELLED}`,
    },
    {
      name: "labelled with another file than its fingerprint's",
      files: licenceMissing,
      rule: 'data/dataset-license',
      options: {},
      entry: (f: Finding) => ({ ...entryOf(f), file: 'other/ai-system.yaml' }),
      message: `the baseline entry for data/dataset-license on demo-scorer (other/ai-system.yaml) ${MISLABELLED}`,
    },
    {
      name: "labelled with another path than its fingerprint's",
      files: licenceMissing,
      rule: 'data/dataset-license',
      options: {},
      entry: (f: Finding) => ({ ...entryOf(f), path: 'data.datasets[1].license' }),
      message: `the baseline entry for data/dataset-license on demo-scorer (${MANIFEST}) ${MISLABELLED}`,
    },
  ])('$name: the finding still fails, and the entry is a finding at its line', ({ files, rule, options, entry, message }) => {
    const finding = failing(files(), rule, options);
    const report = check(withBaseline(files(), [entry(finding)]), { now: NOW, ...options });
    expect(failuresOf(report, rule).map((f) => f.line)).toEqual([finding.line]);
    expect(report.findings.some((f) => f.status === 'waived')).toBe(false);
    expect(report.verdict).toBe('fail');
    expect(failuresOf(report, 'baseline/valid')).toEqual([{ file: BASELINE, line: 6, message }]);
    // Refused, not unused: no notice says the baseline can shrink by it.
    expect(failuresOf(report, 'baseline/fixed')).toEqual([]);
  });

  it('a relabelled entry among good ones is the only one refused, at its own line', () => {
    const files = withManifest((m) => {
      delete m.data.datasets[0].license;
      delete m.data.datasets[0].source;
    });
    const licence = failing(files, 'data/dataset-license');
    const source = failing(files, 'data/dataset-source');
    // The source finding's entry, labelled as the licence one (second entry: line 14).
    const report = check(withBaseline(files, [entryOf(licence), { ...entryOf(source), rule: 'data/dataset-license', path: licence.path as string }]), { now: NOW });
    expect(report.findings.filter((f) => f.status === 'waived').map((f) => [f.ruleId, f.waiver?.line])).toEqual([['data/dataset-license', 6]]);
    expect(failuresOf(report, 'data/dataset-source').map((f) => f.line)).toEqual([source.line]);
    expect(failuresOf(report, 'baseline/valid').map((f) => [f.line, f.message])).toEqual([
      [14, `the baseline entry for data/dataset-license on demo-scorer (${MANIFEST}) excuses nothing: its fingerprint is not that of the rule, system, file and path it names`],
    ]);
  });
});
