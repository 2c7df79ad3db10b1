import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import { check, compliantFiles, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

interface Case {
  rule: string;
  name: string;
  mutate: (m: Record<string, any>) => void;
  expected: Array<{ at: string; message: string }>;
}

const cases: Case[] = [
  {
    rule: 'oversight/autonomy-level',
    name: 'no autonomy level',
    mutate: (m) => delete m.oversight.autonomy,
    expected: [{ at: 'oversight:', message: 'oversight.autonomy is missing' }],
  },
  {
    rule: 'oversight/accountable-owner',
    name: 'nobody accountable',
    mutate: (m) => (m.oversight.accountableOwner = 'TBD'),
    expected: [{ at: 'accountableOwner: TBD', message: 'oversight.accountableOwner is a placeholder' }],
  },
  {
    rule: 'oversight/override',
    name: 'override evidence does not exist',
    mutate: (m) => (m.oversight.capabilities.override.evidence = 'docs/missing.md#override'),
    expected: [{ at: 'evidence: docs/missing.md#override', message: 'sys/docs/missing.md does not exist' }],
  },
  {
    rule: 'oversight/stop',
    name: 'no stop capability at all',
    mutate: (m) => delete m.oversight.capabilities.stop,
    expected: [
      { at: 'capabilities:', message: 'oversight.capabilities.stop.mechanism is missing' },
      { at: 'capabilities:', message: 'oversight.capabilities.stop.evidence is missing' },
    ],
  },
  {
    rule: 'oversight/stop',
    name: 'a stop mechanism without evidence',
    mutate: (m) => delete m.oversight.capabilities.stop.evidence,
    expected: [{ at: 'stop:', message: 'oversight.capabilities.stop.evidence is missing' }],
  },
  {
    rule: 'oversight/stop',
    name: 'stop evidence is an absolute path',
    mutate: (m) => (m.oversight.capabilities.stop.evidence = '/etc/passwd'),
    expected: [{ at: 'evidence: /etc/passwd', message: '"/etc/passwd" is an absolute path; cite files relative to the manifest' }],
  },
];

describe('human oversight rules', () => {
  it.each([...new Set(cases.map((c) => c.rule))])('%s passes on the compliant system', (rule) => {
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, mutate, expected }) => {
    const files = withManifest(mutate);
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ at, message }) => ({ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message })),
    );
  });
});
