import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import {
  check,
  compliantBiasReport,
  compliantFiles,
  failuresOf,
  MANIFEST,
  resultsOf,
  withManifest,
} from '../helpers/system.js';

const REPORT = 'sys/evidence/bias.json';
const json = (value: unknown) => JSON.stringify(value, null, 2);

interface Case {
  rule: string;
  name: string;
  mutate?: (m: Record<string, any>) => void;
  report?: string;
  /** `offset` moves the expected line from the line of `at` (e.g. -1 for the item's opening brace). */
  expected: Array<{ file: string; at: string; message: string; offset?: number }>;
}

const cases: Case[] = [
  {
    rule: 'bias/sensitive-attributes',
    name: 'none declared',
    mutate: (m) => delete m.bias.sensitiveAttributes,
    expected: [{ file: MANIFEST, at: 'bias:', message: 'bias.sensitiveAttributes is missing' }],
  },
  {
    rule: 'bias/report-cited',
    name: 'no reports',
    mutate: (m) => delete m.bias.reports,
    expected: [{ file: MANIFEST, at: 'bias:', message: 'bias.reports is missing' }],
  },
  {
    rule: 'bias/report-cited',
    name: 'no bias block at all',
    mutate: (m) => delete m.bias,
    expected: [{ file: MANIFEST, at: 'id: demo-scorer', message: 'bias.reports is missing' }],
  },
  {
    rule: 'bias/report-readable',
    name: 'the report does not exist',
    mutate: (m) => (m.bias.reports[0].path = 'evidence/nope.json'),
    expected: [{ file: MANIFEST, at: 'path: evidence/nope.json', message: 'sys/evidence/nope.json does not exist' }],
  },
  {
    rule: 'bias/report-readable',
    name: 'invalid JSON (trailing comma)',
    report: '{\n  "schema": "modelgate/bias-report@1",\n  "results": [],\n}\n',
    expected: [{ file: REPORT, at: '"results": [],', message: 'sys/evidence/bias.json: invalid JSON: trailing comma' }],
  },
  {
    rule: 'bias/report-readable',
    name: 'a result without a value',
    report: json(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference' }] })),
    expected: [
      {
        file: REPORT,
        at: '"attribute": "age_band"',
        offset: -1,
        message: 'sys/evidence/bias.json is not a valid bias report: results[0]: missing required field "value"',
      },
    ],
  },
  {
    rule: 'bias/report-readable',
    name: 'a file in no known format',
    report: json({ overall: { accuracy: 0.9 } }),
    mutate: (m) => delete m.bias.reports[0].format,
    expected: [
      {
        file: REPORT,
        at: '{',
        message: 'sys/evidence/bias.json is not a bias report in a format modelgate reads (modelgate, fairlearn, aif360); check the file or declare its format',
      },
    ],
  },
  {
    rule: 'bias/report-model-version',
    name: 'the report is for an older model version',
    report: json(compliantBiasReport({ model: { name: 'demo-scorer', version: '1.1.0' } })),
    expected: [
      {
        file: REPORT,
        at: '"version": "1.1.0"',
        message: 'sys/evidence/bias.json is for model version 1.1.0, but the manifest describes version 1.2.0',
      },
    ],
  },
  {
    rule: 'bias/report-covers-attributes',
    name: 'a declared attribute has no results',
    mutate: (m) => (m.bias.sensitiveAttributes = ['age_band', 'sex', 'region']),
    expected: [{ file: MANIFEST, at: '- region', message: 'sensitive attribute "region" has no results in sys/evidence/bias.json' }],
  },
  {
    rule: 'bias/report-covers-attributes',
    name: 'no readable report to check against',
    mutate: (m) => (m.bias.reports[0].path = 'evidence/nope.json'),
    expected: [{ file: MANIFEST, at: 'reports:', message: 'no readable bias report to check sensitive-attribute coverage against' }],
  },
];

describe('bias evaluation rules', () => {
  it.each([...new Set(cases.map((c) => c.rule))])('%s passes on the compliant system', (rule) => {
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, mutate, report, expected }) => {
    const files = withManifest(mutate ?? (() => {}), report ? { [REPORT]: report } : {});
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ file, at, message, offset }) => ({ file, line: lineOf(files[file] as string, at) + (offset ?? 0), message })),
    );
  });

  it('matches attribute names regardless of case, spaces and dashes', () => {
    const files = withManifest((m) => (m.bias.sensitiveAttributes = ['Age Band', 'SEX']));
    expect(failuresOf(check(files), 'bias/report-covers-attributes')).toEqual([]);
  });

  it('falls back to the manifest modelVersion when the report has none, and checks it', () => {
    // A YAML report in our format always records a version; the fallback matters for formats that do not.
    const files = withManifest((m) => (m.bias.reports[0].modelVersion = '1.2.0'));
    expect(failuresOf(check(files), 'bias/report-model-version')).toEqual([]);
  });

  it('reads a YAML report the same as JSON', () => {
    const yaml = `schema: modelgate/bias-report@1\nmodel: { version: "1.2.0" }\nresults:\n  - { attribute: age_band, metric: dpd, value: 0.01 }\n  - { attribute: sex, metric: dpd, value: 0.02 }\n`;
    const files = withManifest((m) => (m.bias.reports[0].path = 'evidence/bias.yaml'), { 'sys/evidence/bias.yaml': yaml });
    const report = check(files);
    for (const rule of ['bias/report-readable', 'bias/report-model-version', 'bias/report-covers-attributes']) {
      expect(failuresOf(report, rule)).toEqual([]);
    }
  });

  it('does not apply before verification', () => {
    const report = check(withManifest((m) => {
      m.lifecycle = 'development';
      delete m.bias;
    }));
    expect(resultsOf(report, 'bias/report-cited')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });
});
