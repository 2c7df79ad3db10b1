import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, type Files } from '../helpers/repo.js';
import { git, pullRequest } from '../helpers/git.js';
import { runGate } from '../../src/engine/gate.js';
import {
  check,
  compliantBiasReport,
  compliantFiles,
  daysAgo,
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

/** The finding for a report about another model than demo-scorer ("Demo Scorer"), given its quoted name. */
const OTHER_MODEL = (quoted: string) =>
  `sys/evidence/bias.json is the bias report of model ${quoted}, not of this system (id demo-scorer, name "Demo Scorer"): a report about another model shows nothing about this one; cite this model's own report`;

const cases: Case[] = [
  {
    rule: 'bias/sensitive-attributes',
    name: 'none declared',
    mutate: (m) => delete m.bias.sensitiveAttributes,
    expected: [{ file: MANIFEST, at: 'bias:', message: 'bias.sensitiveAttributes is missing' }],
  },
  // From a new user: the typo was only in manifest/unknown-field's warning, the error said "missing".
  ...(
    [
      ['misspelt', 'sensitiveAtributes'],
      ['in another case', 'SensitiveAttributes'],
    ] as const
  ).map(([how, key]) => ({
    rule: 'bias/sensitive-attributes',
    name: `declared under its name ${how}: the message names the key`,
    mutate: (m: Record<string, any>) => {
      m.bias[key] = m.bias.sensitiveAttributes;
      delete m.bias.sensitiveAttributes;
    },
    expected: [{ file: MANIFEST, at: 'bias:', message: `bias.sensitiveAttributes is missing: "${key}" beside it looks like a misspelling of it` }],
  })),
  {
    rule: 'bias/sensitive-attributes',
    name: "only init's marker: at the marker, worded as system/no-placeholders words it (one finding)",
    mutate: (m) => (m.bias.sensitiveAttributes = ['TODO: the attributes fairness is evaluated for']),
    expected: [{ file: MANIFEST, at: '- "TODO: the attributes', message: 'bias.sensitiveAttributes[0] is still a placeholder: "TODO: the attributes fairness is evaluated for"' }],
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
    // From a new user: the fault is the manifest's, and the finding was at line 1 of a good report.
    rule: 'bias/report-readable',
    name: 'a format modelgate does not read, declared: at the citation\'s format',
    mutate: (m) => (m.bias.reports[0].format = 'fairlern'),
    expected: [{ file: MANIFEST, at: 'format: fairlern', message: 'bias report format "fairlern" is not supported; supported: modelgate, fairlearn, aif360' }],
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
  // Red team: a report on an undeclared one-row set, or on the training data, passed.
  {
    rule: 'bias/report-dataset',
    name: 'the report was computed on a dataset the manifest does not declare',
    report: json(compliantBiasReport({ dataset: { id: 'synthetic-demo', rows: 1 } })),
    expected: [{ file: REPORT, at: '"id": "synthetic-demo"', message: 'sys/evidence/bias.json was computed on dataset "synthetic-demo", which data.datasets does not declare: the data a fairness result was measured on needs its provenance; declare it (role test, validation or evaluation) or cite the report on a declared dataset' }],
  },
  {
    rule: 'bias/report-dataset',
    name: 'the report was computed on the training data',
    report: json(compliantBiasReport({ dataset: { id: 'Train-2025', rows: 48210 } })),
    expected: [{ file: REPORT, at: '"id": "Train-2025"', message: 'sys/evidence/bias.json was computed on "Train-2025", the training data: fairness measured on the data the model was fitted to says little about the people it will score; evaluate on held-out data (a test, validation or evaluation dataset)' }],
  },
  // Red team: fine-tuning data, the training data declared again under another id, and another revision of a declared set passed.
  {
    rule: 'bias/report-dataset',
    name: 'the report was computed on the fine-tuning data',
    mutate: (m) => m.data.datasets.push({ ...m.data.datasets[0], id: 'tune-2026', role: 'fine-tuning' }),
    report: json(compliantBiasReport({ dataset: { id: 'tune-2026', rows: 48210 } })),
    expected: [{ file: REPORT, at: '"id": "tune-2026"', message: 'sys/evidence/bias.json was computed on "tune-2026", the fine-tuning data: fairness measured on the data the model was fitted to says little about the people it will score; evaluate on held-out data (a test, validation or evaluation dataset)' }],
  },
  {
    rule: 'bias/report-dataset',
    name: 'the report was computed on the training data declared again under another id',
    mutate: (m) => {
      m.data.datasets[0].sha256 = 'AB'.repeat(32);
      m.data.datasets.push({ ...m.data.datasets[0], id: 'eval-2025', role: 'evaluation', sha256: 'ab'.repeat(32) });
    },
    report: json(compliantBiasReport({ dataset: { id: 'eval-2025', rows: 48210 } })),
    expected: [{ file: REPORT, at: '"id": "eval-2025"', message: 'sys/evidence/bias.json was computed on "eval-2025", declared as evaluation dataset but with the sha256 of "train-2025", the training data: fairness measured on the data the model was fitted to says little about the people it will score; evaluate on held-out data (a test, validation or evaluation dataset)' }],
  },
  {
    rule: 'bias/report-dataset',
    name: 'the report was computed on another revision of the declared dataset',
    mutate: (m) => m.data.datasets.push({ ...m.data.datasets[0], id: 'holdout-2026', role: 'test', revision: '2026-07-01' }),
    report: json(compliantBiasReport({ dataset: { id: 'holdout-2026', revision: '2019-01-01', rows: 48210 } })),
    expected: [{ file: REPORT, at: '"revision": "2019-01-01"', message: 'sys/evidence/bias.json was computed on "holdout-2026" at revision "2019-01-01", but data.datasets declares it at "2026-07-01": the result is about other data than the dataset declared' }],
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
    rule: 'bias/report-model-version',
    name: "the report is about another model (a neighbouring system's, copied in), at its model name",
    report: json(compliantBiasReport({ model: { name: 'support-assistant', version: '1.2.0' } })),
    expected: [{ file: REPORT, at: '"name": "support-assistant"', message: OTHER_MODEL('"support-assistant"') }],
  },
  {
    rule: 'bias/report-model-version',
    name: 'the report is about another model and an older version: both, the name first',
    report: json(compliantBiasReport({ model: { name: 'support-assistant', version: '1.1.0' } })),
    expected: [
      { file: REPORT, at: '"name": "support-assistant"', message: OTHER_MODEL('"support-assistant"') },
      { file: REPORT, at: '"version": "1.1.0"', message: 'sys/evidence/bias.json is for model version 1.1.0, but the manifest describes version 1.2.0' },
    ],
  },
  {
    rule: 'bias/report-model-version',
    name: 'a name that only contains the id is another model (demo-scorer-v2)',
    report: json(compliantBiasReport({ model: { name: 'demo-scorer-v2', version: '1.2.0' } })),
    expected: [{ file: REPORT, at: '"name": "demo-scorer-v2"', message: OTHER_MODEL('"demo-scorer-v2"') }],
  },
  {
    rule: 'bias/report-model-version',
    name: 'a name with a right-to-left override, escaped (JSON leaves format characters as they are)',
    report: json(compliantBiasReport({ model: { name: 'evil\u202eredocs-omed', version: '1.2.0' } })),
    expected: [{ file: REPORT, at: '"name": "evil', message: OTHER_MODEL('"evil\\u202eredocs-omed"') }],
  },
  {
    rule: 'bias/report-model-version',
    name: "a long name with a line break, quoted and clipped (the report's text is untrusted)",
    report: json(compliantBiasReport({ model: { name: `evil\n${'x'.repeat(100)}`, version: '1.2.0' } })),
    expected: [{ file: REPORT, at: '"name": "evil', message: OTHER_MODEL(JSON.stringify(`evil\n${'x'.repeat(74)}…`)) }],
  },
  {
    rule: 'bias/report-model-version',
    name: 'a Fairlearn export whose model_name is another model',
    mutate: (m) => delete m.bias.reports[0].format,
    report: json({ model_name: 'support-assistant', model_version: '1.2.0', sensitive_feature: 'age_band', difference: { selection_rate: 0.04 } }),
    expected: [{ file: REPORT, at: '"model_name"', message: OTHER_MODEL('"support-assistant"') }],
  },
  {
    rule: 'bias/report-model-version',
    name: 'an AIF360 export whose model_name is another model, for an older version',
    mutate: (m) => (m.bias.reports[0].format = 'aif360'),
    report: json({ model_name: 'Support Assistant', model_version: '1.1.0', protected_attributes: { sex: { metrics: { disparate_impact: 0.91 } } } }),
    expected: [
      { file: REPORT, at: '"model_name"', message: OTHER_MODEL('"Support Assistant"') },
      { file: REPORT, at: '"model_version"', message: 'sys/evidence/bias.json is for model version 1.1.0, but the manifest describes version 1.2.0' },
    ],
  },
  {
    rule: 'bias/report-model-version',
    name: 'no model named, an older version: judged on the version alone',
    report: json(compliantBiasReport({ model: { version: '1.1.0' } })),
    expected: [{ file: REPORT, at: '"version": "1.1.0"', message: 'sys/evidence/bias.json is for model version 1.1.0, but the manifest describes version 1.2.0' }],
  },
  {
    rule: 'bias/report-covers-attributes',
    name: 'a declared attribute has no results',
    mutate: (m) => (m.bias.sensitiveAttributes = ['age_band', 'sex', 'region']),
    expected: [{ file: MANIFEST, at: '- region', message: 'sensitive attribute "region" has no results in sys/evidence/bias.json' }],
  },
  {
    rule: 'bias/report-covers-attributes',
    name: 'a declared attribute is named in the report with no metric value (not measured)',
    report: json(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.04 }, { attribute: 'sex', metric: 'demographic_parity_difference', value: null }] })),
    expected: [{ file: MANIFEST, at: '- sex', message: 'sensitive attribute "sex" is named in sys/evidence/bias.json but has no metric value there: it was not measured' }],
  },
  {
    // New user: init's placeholder was quoted as an attribute's name.
    rule: 'bias/report-covers-attributes',
    name: "an attribute still init's placeholder",
    mutate: (m) => (m.bias.sensitiveAttributes = ['age_band', 'TODO: the attributes fairness is evaluated for']),
    expected: [{ file: MANIFEST, at: '- "TODO', message: 'a sensitive attribute is still a placeholder, so whether sys/evidence/bias.json covers it cannot be checked' }],
  },
  {
    rule: 'bias/report-covers-attributes',
    name: 'no readable report to check against',
    mutate: (m) => (m.bias.reports[0].path = 'evidence/nope.json'),
    expected: [{ file: MANIFEST, at: 'reports:', message: 'no readable bias report to check sensitive-attribute coverage against (sys/evidence/nope.json does not exist)' }],
  },
  {
    rule: 'bias/thresholds-met',
    name: 'no readable report to check against, two cited',
    mutate: (m) => {
      m.bias.reports[0].path = 'evidence/nope.json';
      m.bias.reports.push({ path: 'evidence/gone.json', format: 'modelgate' });
    },
    expected: [
      {
        file: MANIFEST,
        at: 'reports:',
        message: 'no readable bias report to check fairness thresholds against (sys/evidence/nope.json does not exist; 1 more cited report cannot be read either)',
      },
    ],
  },
];

describe('bias evaluation rules', () => {
  // bias/report-dataset has nothing to check there (the report names no dataset): its cases are below.
  it.each([...new Set(cases.map((c) => c.rule))].filter((rule) => rule !== 'bias/report-dataset'))('%s passes on the compliant system', (rule) => {
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, mutate, report, expected }) => {
    const files = withManifest(mutate ?? (() => {}), report ? { [REPORT]: report } : {});
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ file, at, message, offset }) => ({ file, line: lineOf(files[file] as string, at) + (offset ?? 0), message })),
    );
  });

  it('a missing report: the checks of what it says tell to make it readable, not to mitigate a gap (new user)', () => {
    const report = check(withManifest((m) => (m.bias.reports[0].path = 'evidence/nope.json')));
    const fixes = report.findings.filter((f) => f.status === 'fail' && f.ruleId.startsWith('bias/')).map((f) => [f.ruleId, f.remediation]);
    const own = "Make a cited report readable (bias/report-readable's finding says what is wrong); this check then judges what the report says.";
    expect(fixes).toEqual([
      ['bias/report-covers-attributes', own],
      ['bias/report-readable', expect.stringMatching(/^Fix the path/)],
      ['bias/thresholds-met', own],
    ]);
  });

  it('a report that names no dataset is not applicable to bias/report-dataset (no coverage from nothing checked)', () => {
    expect(resultsOf(check(compliantFiles()), 'bias/report-dataset')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it('a report computed on a declared held-out dataset passes bias/report-dataset', () => {
    const files = withManifest((m) => m.data.datasets.push({ ...m.data.datasets[0], id: 'holdout-2026', role: 'test' }), { [REPORT]: json(compliantBiasReport({ dataset: { id: 'holdout-2026', rows: 48210 } })) });
    expect(resultsOf(check(files), 'bias/report-dataset')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    ['at the revision declared, written in another case', { revision: 'V3' }, {}],
    ['from the same uri as the training data at another revision (another snapshot)', { revision: '2026-07-01' }, { uri: 'hf://datasets/acme/loans', revision: '2026-07-01' }],
    // From a review: the training and test splits of one Hugging Face dataset share its uri and revision.
    ['from the same uri and revision as the training data (another split)', {}, { uri: 'hf://datasets/acme/loans' }],
  ])('passes a report computed on a held-out dataset %s', (_name, named, holdout) => {
    const files = withManifest(
      (m) => {
        m.data.datasets[0].uri = 'hf://datasets/acme/loans/';
        m.data.datasets.push({ ...m.data.datasets[0], id: 'holdout-2026', role: 'test', uri: 'hf://datasets/acme/holdout', ...holdout });
      },
      { [REPORT]: json(compliantBiasReport({ dataset: { id: 'holdout-2026', rows: 48210, ...named } })) },
    );
    expect(resultsOf(check(files), 'bias/report-dataset')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  // From a review: the example's report was on 48,210 rows of a hold-out its validation counted 38,402 rows in.
  describe("the rows a report was computed on, against the dataset's validation result", () => {
    const VALIDATION = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'data-quality/great-expectations-1x-validation.json'), 'utf8');
    const files = (validation: string | undefined) => {
      const built = withManifest(
        (m) => m.data.datasets.push({ ...m.data.datasets[0], id: 'holdout-2026', role: 'test', ...(validation ? { quality: { path: 'evidence/holdout-validation.json', format: 'great-expectations' } } : {}) }),
        { [REPORT]: json(compliantBiasReport({ dataset: { id: 'holdout-2026', rows: 48210 } })) },
      );
      return validation ? { ...built, 'sys/evidence/holdout-validation.json': validation } : built;
    };

    it.each([
      ['the dataset holds more rows (a sample)', VALIDATION],
      ['it holds as many', VALIDATION.replace('"observed_value": 48211', '"observed_value": 48210')],
      ['the only count is of a part (a row_condition)', VALIDATION.replace('"min_value": 10000', '"min_value": 10000, "row_condition": "age >= 18"').replace('"observed_value": 48211', '"observed_value": 12')],
      ['the validation counts no rows', VALIDATION.replace('"expect_table_row_count_to_be_between"', '"expect_column_to_exist"')],
      ['the dataset cites no validation', undefined],
      // Review: a checkpoint's runs may each validate a part (a month's batch).
      ['the validation is of several runs, each counting rows', fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'data-quality/great-expectations-checkpoint.json'), 'utf8').replaceAll('"observed_value": 48211', '"observed_value": 24000')],
    ])('passes bias/report-dataset when %s', (_name, validation) => {
      expect(resultsOf(check(files(validation)), 'bias/report-dataset')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });

    it('fails bias/report-dataset at the rows when the report was computed on more rows than the validation counted', () => {
      const repo = files(VALIDATION.replace('"observed_value": 48211', '"observed_value": 38402'));
      expect(failuresOf(check(repo), 'bias/report-dataset')).toEqual([
        {
          file: REPORT,
          line: lineOf(repo[REPORT] as string, '"rows": 48210'),
          message: 'sys/evidence/bias.json was computed on 48,210 rows of "holdout-2026", but its validation result sys/evidence/holdout-validation.json counted 38,402: more rows than the dataset has, so the result is about other data, or one of the two is wrong',
        },
      ]);
    });
  });

  it('with no report cited, only bias/report-cited fails: the checks on reports have nothing to check', () => {
    const files = withManifest((m) => delete m.bias.reports);
    const report = check(files);
    const failing = report.findings.filter((f) => f.status === 'fail' && f.ruleId.startsWith('bias/')).map((f) => f.ruleId);
    expect(failing).toEqual(['bias/report-cited']);
    for (const rule of ['bias/report-covers-attributes', 'bias/thresholds-met']) {
      expect(resultsOf(report, rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'no bias report is cited' })]);
    }
  });

  it('matches attribute names regardless of case, spaces and dashes', () => {
    const files = withManifest((m) => (m.bias.sensitiveAttributes = ['Age Band', 'SEX']));
    expect(failuresOf(check(files), 'bias/report-covers-attributes')).toEqual([]);
  });

  // A report names this system by its id or its name, without case and with any run of spaces
  // or punctuation as one separator; a report that names no model is judged on its version.
  it.each([
    ['the id', { schema: 'modelgate/bias-report@1', model: { name: 'demo-scorer', version: '1.2.0' } }, 'modelgate'],
    ['the display name', { schema: 'modelgate/bias-report@1', model: { name: 'Demo Scorer', version: '1.2.0' } }, 'modelgate'],
    ['the display name in another case and spelling', { schema: 'modelgate/bias-report@1', model: { name: ' DEMO__scorer ', version: '1.2.0' } }, 'modelgate'],
    ['no model at all', { schema: 'modelgate/bias-report@1', model: { version: '1.2.0' } }, 'modelgate'],
    ['a blank name (no model)', { schema: 'modelgate/bias-report@1', model: { name: '  ', version: '1.2.0' } }, 'modelgate'],
    // From a review: names written with their version, and names that name nothing.
    ['the display name with the version', { schema: 'modelgate/bias-report@1', model: { name: 'Demo Scorer 1.2.0', version: '1.2.0' } }, 'modelgate'],
    ['the id with the version after an at sign and a v', { schema: 'modelgate/bias-report@1', model: { name: 'demo-scorer@v1.2.0', version: '1.2.0' } }, 'modelgate'],
    ['punctuation alone (no model)', { schema: 'modelgate/bias-report@1', model: { name: '—', version: '1.2.0' } }, 'modelgate'],
    ['a placeholder (no model)', { schema: 'modelgate/bias-report@1', model: { name: 'TODO', version: '1.2.0' } }, 'modelgate'],
    // From a red-team helper: the same letters in another Unicode form ("Demo Scórer": ó as o and an accent).
    ['the display name in another Unicode form', { schema: 'modelgate/bias-report@1', model: { name: 'Demo Sco\u0301rer', version: '1.2.0' } }, 'modelgate', { name: 'Demo Sc\u00f3rer' }],
    // From a red-team helper: an id that itself ends in the version.
    ['an id that ends in the version', { schema: 'modelgate/bias-report@1', model: { name: 'demo-scorer-v1-2-0', version: '1.2.0' } }, 'modelgate', { id: 'demo-scorer-v1-2-0' }],
    ['the id, as a Fairlearn model_name', { model_name: 'Demo-Scorer', model_version: '1.2.0', sensitive_feature: 'age_band', difference: { selection_rate: 0.04 } }, 'fairlearn'],
    ['the display name, as an AIF360 model_name', { model_name: 'demo_scorer', model_version: '1.2.0', protected_attributes: { sex: { metrics: { disparate_impact: 0.91 } } } }, 'aif360'],
    ['no model_name in an AIF360 export', { model_version: '1.2.0', protected_attributes: { sex: { metrics: { disparate_impact: 0.91 } } } }, 'aif360'],
  ])('passes a report of this version naming %s', (_name, content, format, manifest: Record<string, string> = {}) => {
    const body = format === 'modelgate' ? { ...compliantBiasReport(), ...content } : content;
    const files = withManifest((m) => Object.assign(m, manifest, { bias: { ...m.bias, reports: [{ ...m.bias.reports[0], format }] } }), { [REPORT]: json(body) });
    expect(resultsOf(check(files), 'bias/report-model-version')).toEqual([expect.objectContaining({ status: 'pass' })]);
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

describe('bias/thresholds-met', () => {
  const fairlearn = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'bias/fairlearn-metricframes.json'), 'utf8');
  const aif360 = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'bias/aif360-metrics.json'), 'utf8');
  const withReport = (file: string, text: string, mutate: (m: Record<string, any>) => void = () => {}) =>
    withManifest(
      (m) => {
        m.bias.reports = [{ path: `evidence/${file}` }];
        mutate(m);
      },
      { [`sys/evidence/${file}`]: text },
    );

  it('passes when every metric is within the defaults', () => {
    expect(resultsOf(check(compliantFiles()), 'bias/thresholds-met')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    {
      name: 'a manifest threshold exceeded',
      files: () =>
        withManifest((m) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.03 }])),
      file: REPORT,
      at: '"value": 0.04',
      message: 'demographic_parity_difference for age_band is 0.04, above the maximum 0.03 (bias.thresholds[0])',
    },
    {
      name: 'a pack default exceeded (Fairlearn, unsigned)',
      files: () =>
        withReport(
          'single.json',
          '{"sensitive_feature": "age_band", "model_version": "1.2.0", "generated_at": "2026-11-01",\n "difference": {"selection_rate": 0.16},\n "metrics": {"sex_gap": 0.01}}',
          (m) => (m.bias.sensitiveAttributes = ['age_band']),
        ),
      file: 'sys/evidence/single.json',
      at: '"difference"',
      message: 'demographic_parity_difference for age_band is 0.16, above the maximum 0.1 (policy default)',
    },
    {
      name: 'a signed AIF360 gap in favour of the privileged group',
      files: () => withReport('aif360.json', aif360.replace('"2026-10-21"', `"${daysAgo(5)}"`), (m) => (m.bias.sensitiveAttributes = ['sex', 'age_band'])),
      file: 'sys/evidence/aif360.json',
      at: '"statistical_parity_difference": -0.142',
      message: 'statistical_parity_difference for sex is -0.142 (a gap of 0.142), above the maximum 0.1 (policy default)',
    },
    {
      name: 'a per-group minimum (Fairlearn by_group)',
      files: () =>
        withReport('fairlearn.json', fairlearn.replace('"2026-10-20T08:15:00Z"', `"${daysAgo(5)}"`), (m) => (m.bias.thresholds = [{ metric: 'selection_rate', min: 0.2, attribute: 'age_band' }])),
      file: 'sys/evidence/fairlearn.json',
      at: '"selection_rate": { "18-25": 0.198',
      message: 'selection_rate for age_band group "18-25" is 0.198, below the minimum 0.2 (bias.thresholds[0])',
    },
    {
      name: 'a disparate impact below the four-fifths default',
      files: () =>
        withReport(
          'aif.json',
          `{"model_version": "1.2.0", "generated_at": "${daysAgo(5)}", "protected_attributes": {"age_band": {"metrics": {"disparate_impact": 0.71}}, "sex": {"metrics": {"disparate_impact": 1.02}}}}`,
        ),
      file: 'sys/evidence/aif.json',
      at: '"disparate_impact": 0.71',
      message: 'disparate_impact for age_band is 0.71, below the minimum 0.8 (policy default)',
    },
    {
      name: 'a declared threshold with no results to check',
      files: () => withManifest((m) => (m.bias.thresholds = [{ metric: 'equalized_odds_difference', max: 0.1 }])),
      file: MANIFEST,
      at: '- metric: equalized_odds_difference',
      message: 'no results for equalized_odds_difference in sys/evidence/bias.json, so bias.thresholds[0] cannot be checked (reported: demographic_parity_difference)',
    },
    {
      name: 'a declared threshold whose metric is a typo of one reported',
      files: () => withManifest((m) => (m.bias.thresholds = [{ metric: 'demographic_parity_diference', max: 0.1 }])),
      file: MANIFEST,
      at: '- metric: demographic_parity_diference',
      message: 'no results for demographic_parity_diference in sys/evidence/bias.json, so bias.thresholds[0] cannot be checked (did you mean demographic_parity_difference?)',
    },
    {
      name: 'a declared threshold with no results, beside more metrics than are listed',
      files: () =>
        withManifest((m) => (m.bias.thresholds = [{ metric: 'equalized_odds_difference', max: 0.1 }]), {
          [REPORT]: json(compliantBiasReport({ results: ['demographic_parity_difference', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((metric) => ({ attribute: 'age_band', metric, value: 0.04 })) })),
        }),
      file: MANIFEST,
      at: '- metric: equalized_odds_difference',
      message: 'no results for equalized_odds_difference in sys/evidence/bias.json, so bias.thresholds[0] cannot be checked (reported: demographic_parity_difference, m1, m2, m3, m4, and 2 more)',
    },
    {
      name: 'a threshold for no attribute, with one declared attribute not measured for its metric',
      files: () =>
        withManifest((m) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.1 }]), {
          [REPORT]: json(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.04 }, { attribute: 'sex', metric: 'equalized_odds_difference', value: 0.02 }] })),
        }),
      file: MANIFEST,
      at: '- metric: demographic_parity_difference',
      message: 'no results for demographic_parity_difference for sex in sys/evidence/bias.json, so bias.thresholds[0] cannot be checked for it',
    },
    {
      name: "the pack default for an attribute the manifest's threshold does not name",
      files: () =>
        withManifest((m) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.2, attribute: 'age_band' }]), {
          [REPORT]: json(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.15 }, { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.16 }] })),
        }),
      file: REPORT,
      at: '"value": 0.16',
      message: 'demographic_parity_difference for sex is 0.16, above the maximum 0.1 (policy default)',
    },
  ])('fails on $name, at the value', ({ files, file, at, message }) => {
    const built = files();
    expect(failuresOf(check(built), 'bias/thresholds-met')).toEqual([{ file, line: lineOf(built[file] as string, at), message }]);
  });

  it('lets a manifest threshold replace the default for its metric', () => {
    const files = withManifest((m) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.2 }]), {
      [REPORT]: json(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.15 }, { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.01 }] })),
    });
    expect(failuresOf(check(files), 'bias/thresholds-met')).toEqual([]);
  });
});

// From a new user: AIF360 metrics exported flat were refused. Flat, or as a list of flat
// exports, a report gets the findings the nested form gets, each at the value's own line.
describe('AIF360 exports written flat', () => {
  interface Written {
    model?: string;
    version?: string;
    date?: string;
    metrics: Record<string, unknown>;
  }
  const SHAPES = {
    nested: (w: Written) =>
      json({ model_name: w.model, model_version: w.version, generated_at: w.date, protected_attributes: { sex: { privileged_groups: [{ sex: 1 }], unprivileged_groups: [{ sex: 0 }], metrics: w.metrics } } }),
    flat: (w: Written) => json({ model: w.model, model_version: w.version, protected_attribute: 'sex', privileged_groups: [{ sex: 1 }], unprivileged_groups: [{ sex: 0 }], ...w.metrics, timestamp: w.date }),
    list: (w: Written) => json([{ model: w.model, model_version: w.version, protected_attribute: 'sex', ...w.metrics, timestamp: w.date }]),
  };
  const DATE_KEY = { nested: '"generated_at"', flat: '"timestamp"', list: '"timestamp"' };
  const MODEL_KEY = { nested: '"model_name"', flat: '"model"', list: '"model"' };
  const good: Written = { model: 'demo-scorer', version: '1.2.0', date: `${daysAgo(5)}T10:41:07.112345`, metrics: { statistical_parity_difference: -0.04312, disparate_impact: 0.93018, equal_opportunity_difference: -0.021 } };
  const cited = (text: string) =>
    withManifest(
      (m) => {
        m.bias.sensitiveAttributes = ['sex'];
        m.bias.reports = [{ path: 'evidence/bias.json', format: 'aif360' }];
      },
      { [REPORT]: text },
    );
  const shapes = Object.keys(SHAPES) as Array<keyof typeof SHAPES>;

  it.each(shapes)('%s: every bias rule passes on a report within the defaults', (shape) => {
    const report = check(cited(SHAPES[shape](good)));
    expect(report.findings.filter((f) => f.ruleId.startsWith('bias/') && f.status === 'fail')).toEqual([]);
    for (const rule of ['bias/report-readable', 'bias/report-model-version', 'bias/report-fresh', 'bias/report-covers-attributes', 'bias/thresholds-met', 'bias/values-valid']) {
      expect(resultsOf(report, rule), rule).toEqual([expect.objectContaining({ status: 'pass' })]);
    }
  });

  const cases: Array<{ name: string; written: Written; rule: string; at: string | Record<keyof typeof SHAPES, string>; message: string }> = [
    {
      name: 'a signed gap in favour of the privileged group',
      written: { ...good, metrics: { ...good.metrics, statistical_parity_difference: -0.142 } },
      rule: 'bias/thresholds-met',
      at: '"statistical_parity_difference": -0.142',
      message: 'statistical_parity_difference for sex is -0.142 (a gap of 0.142), above the maximum 0.1 (policy default)',
    },
    {
      name: 'a disparate impact below four fifths',
      written: { ...good, metrics: { ...good.metrics, disparate_impact: 0.71 } },
      rule: 'bias/thresholds-met',
      at: '"disparate_impact": 0.71',
      message: 'disparate_impact for sex is 0.71, below the minimum 0.8 (policy default)',
    },
    {
      name: 'a value that is text',
      written: { ...good, metrics: { ...good.metrics, disparate_impact: 'n/a' } },
      rule: 'bias/values-valid',
      at: '"disparate_impact": "n/a"',
      message: `${REPORT}: disparate_impact for sex is text "n/a", not a number`,
    },
    {
      name: 'another model version',
      written: { ...good, version: '1.1.0' },
      rule: 'bias/report-model-version',
      at: '"model_version"',
      message: `${REPORT} is for model version 1.1.0, but the manifest describes version 1.2.0`,
    },
    {
      name: 'another model',
      written: { ...good, model: 'churn-model' },
      rule: 'bias/report-model-version',
      at: MODEL_KEY,
      message: OTHER_MODEL('"churn-model"'),
    },
    {
      name: 'a stale date without a zone',
      written: { ...good, date: `${daysAgo(120)}T00:00:00.000001` },
      rule: 'bias/report-fresh',
      at: DATE_KEY,
      message: `${REPORT} was generated on ${daysAgo(120)}, 120 days ago; the policy allows 90`,
    },
  ];
  it.each(shapes.flatMap((shape) => cases.map((c) => ({ shape, ...c }))))('$shape: $rule fails on $name, at its line', ({ shape, written, rule, at, message }) => {
    const text = SHAPES[shape](written);
    expect(failuresOf(check(cited(text)), rule)).toEqual([{ file: REPORT, line: lineOf(text, typeof at === 'string' ? at : at[shape]), message }]);
  });
});

describe('bias/values-valid', () => {
  it.each([
    [null, 'has no value'],
    ['low', 'is text "low", not a number'],
    [[0.1], 'is a list, not a number'],
  ])('fails on a value of %j', (value, problem) => {
    const text = json(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'dpd', value }, { attribute: 'sex', metric: 'dpd', value: 0.01 }] }));
    const files = withManifest(() => {}, { [REPORT]: text });
    expect(failuresOf(check(files), 'bias/values-valid')).toEqual([
      { file: REPORT, line: lineOf(text, '"value": '), message: `sys/evidence/bias.json: dpd for age_band ${problem}` },
    ]);
  });

  it('fails on a YAML .nan, which parses as a number that is not one', () => {
    const yaml = `schema: modelgate/bias-report@1\nmodel: { version: "1.2.0" }\ngeneratedAt: "${daysAgo(3)}"\nresults:\n  - { attribute: age_band, metric: dpd, value: .nan }\n  - { attribute: sex, metric: dpd, value: 0.02 }\n`;
    const files = withManifest((m) => (m.bias.reports[0].path = 'evidence/bias.yaml'), { 'sys/evidence/bias.yaml': yaml });
    expect(failuresOf(check(files), 'bias/values-valid')).toEqual([
      { file: 'sys/evidence/bias.yaml', line: 5, message: 'sys/evidence/bias.yaml: dpd for age_band is NaN: the metric was not computed' },
    ]);
  });

  it('passes on the compliant report', () => {
    expect(resultsOf(check(compliantFiles()), 'bias/values-valid')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  // Found by an auditor helper: ratios of 3.7 and 1.9, with no selection rates to contradict them, passed.
  it.each([
    [{ metric: 'demographic_parity_ratio', value: 3.7 }, "demographic_parity_ratio for age_band is 3.7, but it is the smallest group's rate over the largest's, so at most 1"],
    [{ metric: 'equalized_odds_ratio', value: 1.9 }, "equalized_odds_ratio for age_band is 1.9, but it is the smallest group's rate over the largest's, so at most 1"],
    [{ metric: 'disparate_impact', value: -0.2 }, 'disparate_impact for age_band is -0.2, but a ratio of rates cannot be negative'],
  ])('fails an impossible ratio, %j', (stated, message) => {
    const text = json(compliantBiasReport({ results: [{ attribute: 'age_band', ...stated }, { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.01 }] }));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), 'bias/values-valid')).toEqual([{ file: REPORT, line: lineOf(text, `"value": ${stated.value}`), message: `sys/evidence/bias.json: ${message}` }]);
  });

  it.each([
    ['a Fairlearn ratio of exactly 1 (parity)', { metric: 'demographic_parity_ratio', value: 1 }],
    ['a disparate impact above 1 (AIF360: unprivileged over privileged)', { metric: 'disparate_impact', value: 1.25 }],
  ])('passes %s', (_name, stated) => {
    const text = json(compliantBiasReport({ results: [{ attribute: 'age_band', ...stated }, { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.01 }] }));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), 'bias/values-valid')).toEqual([]);
  });

  it('fails a report computed on 0 rows, at its row count', () => {
    const text = json(compliantBiasReport({ dataset: { id: 'holdout', rows: 0 } }));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), 'bias/values-valid')).toEqual([
      { file: REPORT, line: lineOf(text, '"rows": 0'), message: 'sys/evidence/bias.json was computed on 0 rows, so none of its metrics measured anything' },
    ]);
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: json(compliantBiasReport({ dataset: { id: 'holdout', rows: 48210 } })) })), 'bias/values-valid')).toEqual([]);
  });

  // A gap stated narrower than the report's own selection rates allow (a group left out can only widen it).
  const rates = (values: number[]) => values.map((value, i) => ({ attribute: 'age_band', metric: 'selection_rate', group: `g${i}`, value }));
  it.each([
    ['a difference below max − min', { metric: 'demographic_parity_difference', value: 0.041 }, [0.05, 0.6, 0.62, 0.58], 'demographic_parity_difference for age_band is 0.041, but its own selection rates for age_band run from 0.05 to 0.62, a difference of at least 0.57'],
    ['a ratio above min / max', { metric: 'demographic_parity_ratio', value: 0.9 }, [0.31, 0.62], 'demographic_parity_ratio for age_band is 0.9, but its own selection rates for age_band run from 0.31 to 0.62, a ratio of at most 0.5'],
  ])('fails on %s, at the stated gap', (_name, stated, groups, message) => {
    const text = json(compliantBiasReport({ results: [{ attribute: 'age_band', ...stated }, ...rates(groups), { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.01 }] }));
    const files = withManifest(() => {}, { [REPORT]: text });
    expect(failuresOf(check(files), 'bias/values-valid')).toEqual([{ file: REPORT, line: lineOf(text, `"value": ${stated.value}`), message: `sys/evidence/bias.json: ${message}` }]);
  });

  // Red team: with two groups, a signed difference is their gap and a disparate impact their ratio, either way round.
  it.each([
    ['a signed difference nearer 0 than the two groups\' gap', 'signed', { metric: 'demographic_parity_difference', value: -0.01 }, [0.2, 0.5], 'demographic_parity_difference for age_band is -0.01, but its own selection rates for age_band run from 0.2 to 0.5, and with two groups a signed difference is that gap either way (0.3 or -0.3)'],
    ['a disparate impact nearer 1 than the two groups\' ratio', 'unsigned', { metric: 'disparate_impact', value: 0.95 }, [0.2, 0.5], 'disparate_impact for age_band is 0.95, but its own selection rates for age_band run from 0.2 to 0.5, and with two groups their ratio is 0.4 one way up or 2.5 the other'],
  ])('fails %s, at the stated gap', (_name, convention, stated, groups, message) => {
    const text = json(compliantBiasReport({ convention, results: [{ attribute: 'age_band', ...stated }, ...rates(groups), { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.01 }] }));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), 'bias/values-valid')).toEqual([{ file: REPORT, line: lineOf(text, `"value": ${stated.value}`), message: `sys/evidence/bias.json: ${message}` }]);
  });

  it.each([
    ['a signed difference equal to the two groups\' gap', 'signed', { metric: 'demographic_parity_difference', value: -0.3 }, [0.2, 0.5]],
    ['a signed difference between two of three groups', 'signed', { metric: 'demographic_parity_difference', value: -0.02 }, [0.2, 0.22, 0.5]],
    ['a disparate impact of low / high', 'unsigned', { metric: 'disparate_impact', value: 0.4 }, [0.2, 0.5]],
    ['a disparate impact of high / low', 'unsigned', { metric: 'disparate_impact', value: 2.5 }, [0.2, 0.5]],
    ['a disparate impact between two of three groups', 'unsigned', { metric: 'disparate_impact', value: 0.95 }, [0.2, 0.21, 0.5]],
  ])('passes %s', (_name, convention, stated, groups) => {
    const text = json(compliantBiasReport({ convention, results: [{ attribute: 'age_band', ...stated }, ...rates(groups), { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.01 }] }));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), 'bias/values-valid')).toEqual([]);
  });

  it.each([
    ['equal to max − min, rounded', { metric: 'demographic_parity_difference', value: 0.57 }, [0.05, 0.6, 0.624]],
    ['wider than the groups listed (others may be left out)', { metric: 'demographic_parity_difference', value: 0.3 }, [0.2, 0.25]],
    ['a ratio within min / max', { metric: 'demographic_parity_ratio', value: 0.5 }, [0.31, 0.62]],
    // 0.012 and 0.013 are rounded: unrounded they may be 0.0124 and 0.0125, a ratio of 0.992.
    ['a ratio of small rates within their rounding', { metric: 'demographic_parity_ratio', value: 0.992 }, [0.012, 0.013]],
  ])('passes a stated gap %s', (_name, stated, groups) => {
    const text = json(compliantBiasReport({ results: [{ attribute: 'age_band', ...stated }, ...rates(groups), { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.01 }] }));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), 'bias/values-valid')).toEqual([]);
  });

  // Fairlearn's exports do not say whether a gap was taken between groups or to the overall
  // rate (method="to_overall"), which is narrower: a gap is held to the looser of the two.
  const fairlearnFrame = (frame: Record<string, unknown>) =>
    JSON.stringify({ sensitive_feature: 'age_band', model_version: '1.2.0', generated_at: daysAgo(5), ...frame }, null, 2);
  // Three decimals, so rounding hardly widens the bounds: min / max 0.2, its square root 0.4472.
  const byGroup = { selection_rate: { a: 0.125, b: 0.375, c: 0.625 } };
  const FAIRLEARN = 'sys/evidence/fairlearn.json';
  const fairlearnFiles = (text: string) => withManifest((m) => (m.bias.reports = [{ path: 'evidence/fairlearn.json' }]), { [FAIRLEARN]: text });
  it.each([
    ['between groups', { difference: { selection_rate: 0.5 }, ratio: { selection_rate: 0.2 } }],
    ['to the overall rate 0.425 (0.3 from the lowest group; 0.125 / 0.425)', { overall: { selection_rate: 0.425 }, difference: { selection_rate: 0.3 }, ratio: { selection_rate: 0.294 } }],
    ['to an overall rate not given (half of max − min, the square root of min / max)', { difference: { selection_rate: 0.25 }, ratio: { selection_rate: 0.447 } }],
    ['by demographic_parity_difference, to the overall rate', { overall: { selection_rate: 0.425 }, metrics: { demographic_parity_difference: 0.3 } }],
    // 0.9 is far from every group listed, so to_overall would ask 0.775; between groups asks 0.5.
    ['between groups, beside an overall rate outside the groups listed (others left out)', { overall: { selection_rate: 0.9 }, difference: { selection_rate: 0.5 } }],
    ['on true positive rates, and equalized odds the larger gap', { by_group: { ...byGroup, true_positive_rate: { a: 0.3, b: 0.6, c: 0.9 } }, difference: { true_positive_rate: 0.6 }, metrics: { equalized_odds_difference: 0.6 } }],
  ])('passes a Fairlearn gap taken %s', (_name, frame) => {
    expect(failuresOf(check(fairlearnFiles(fairlearnFrame({ by_group: byGroup, ...frame }))), 'bias/values-valid')).toEqual([]);
  });

  it.each([
    ['a difference below either method', { overall: { selection_rate: 0.425 }, difference: { selection_rate: 0.25 } }, '"selection_rate": 0.25', 'demographic_parity_difference for age_band is 0.25, but its own selection rates for age_band run from 0.125 to 0.625, a difference of at least 0.5, or 0.3 taken to the overall rate 0.425'],
    ['a difference below half of max − min, the overall rate not given', { difference: { selection_rate: 0.2 } }, '"selection_rate": 0.2', 'demographic_parity_difference for age_band is 0.2, but its own selection rates for age_band run from 0.125 to 0.625, a difference of at least 0.5, or 0.25 taken to the overall rate'],
    ['a ratio above either method', { ratio: { selection_rate: 0.4 }, overall: { selection_rate: 0.425 } }, '"selection_rate": 0.4', 'demographic_parity_ratio for age_band is 0.4, but its own selection rates for age_band run from 0.125 to 0.625, a ratio of at most 0.2, or 0.2941 taken to the overall rate 0.425'],
    ['a ratio above the square root of min / max, the overall rate not given', { ratio: { selection_rate: 0.5 } }, '"selection_rate": 0.5', 'demographic_parity_ratio for age_band is 0.5, but its own selection rates for age_band run from 0.125 to 0.625, a ratio of at most 0.2, or 0.4472 taken to the overall rate'],
    // Red team: any metric listed by group and stated as a gap, and equalized odds stated outright.
    ['a false positive rate difference below max − min', { by_group: { ...byGroup, false_positive_rate: { a: 0.1, b: 0.2, c: 0.6 } }, difference: { false_positive_rate: 0.05 } }, '"false_positive_rate": 0.05', 'false_positive_rate_difference for age_band is 0.05, but its own false_positive_rate values for age_band run from 0.1 to 0.6, a difference of at least 0.5, or 0.25 taken to the overall rate'],
    ['an equalized odds difference below its own rates\' gaps', { by_group: { ...byGroup, true_positive_rate: { a: 0.3, b: 0.6, c: 0.9 }, false_positive_rate: { a: 0.1, b: 0.1, c: 0.2 } }, metrics: { equalized_odds_difference: 0.01 } }, '"equalized_odds_difference": 0.01', 'equalized_odds_difference for age_band is 0.01, but its own true and false positive rates for age_band differ by up to 0.6 between groups, so equalized odds (the larger gap) is at least 0.3 even taken to the overall rate'],
  ])('fails a Fairlearn gap that is %s, at the stated gap', (_name, frame, at, message) => {
    const text = fairlearnFrame({ by_group: byGroup, ...frame });
    expect(failuresOf(check(fairlearnFiles(text)), 'bias/values-valid')).toEqual([{ file: FAIRLEARN, line: lineOf(text, at), message: `${FAIRLEARN}: ${message}` }]);
  });
});

// From a new user: mf.by_group.to_dict(orient="index") writes group → metric, the transpose of
// the metric → group the reader took, and groups were read as metrics: a selection-rate gap the
// metric → group form fails passed with nothing reported. Either orientation, the same findings.
describe('a Fairlearn by_group written either way round', () => {
  const rates = { female_terms: { accuracy: 0.91, selection_rate: 0.1 }, male_terms: { accuracy: 0.89, selection_rate: 0.35 } };
  // Each way round, and where female_terms' selection rate is: the line after the first needle with the second.
  const ORIENTATIONS = [
    { orientation: 'metric → group (to_dict())', byGroup: { accuracy: { female_terms: 0.91, male_terms: 0.89 }, selection_rate: { female_terms: 0.1, male_terms: 0.35 } }, femaleRate: ['"selection_rate": {', '"female_terms": 0.1'] },
    { orientation: 'group → metric (to_dict(orient="index"))', byGroup: rates, femaleRate: ['"female_terms": {', '"selection_rate": 0.1'] },
  ] as const;
  const FAIRLEARN = 'sys/evidence/fairlearn.json';
  const frame = (byGroup: unknown, rest: Record<string, unknown>) =>
    JSON.stringify({ sensitive_feature: 'sex', model_version: '1.2.0', generated_at: daysAgo(5), by_group: byGroup, ...rest }, null, 2);
  const cited = (text: string, mutate: (m: Record<string, any>) => void = () => {}) =>
    withManifest(
      (m) => {
        m.bias.sensitiveAttributes = ['sex'];
        m.bias.reports = [{ path: 'evidence/fairlearn.json' }];
        mutate(m);
      },
      { [FAIRLEARN]: text },
    );

  it.each(ORIENTATIONS)("$orientation: a stated gap narrower than the groups' own selection rates fails bias/values-valid, at the gap", ({ byGroup }) => {
    const text = frame(byGroup, { overall: { accuracy: 0.9, selection_rate: 0.2 }, difference: { accuracy: 0.02, selection_rate: 0.05 } });
    expect(failuresOf(check(cited(text)), 'bias/values-valid')).toEqual([
      {
        file: FAIRLEARN,
        line: lineOf(text, '"selection_rate": 0.05'),
        message: `${FAIRLEARN}: demographic_parity_difference for sex is 0.05, but its own selection rates for sex run from 0.1 to 0.35, a difference of at least 0.25, or 0.15 taken to the overall rate 0.2`,
      },
    ]);
  });

  it.each(ORIENTATIONS)('$orientation: a group below a per-group minimum fails bias/thresholds-met, at its value', ({ byGroup, femaleRate: [after, at] }) => {
    const text = frame(byGroup, { difference: { accuracy: 0.02, selection_rate: 0.25 } });
    const files = cited(text, (m) => (m.bias.thresholds = [{ metric: 'selection_rate', min: 0.2 }, { metric: 'demographic_parity_difference', max: 0.3 }]));
    expect(failuresOf(check(files), 'bias/thresholds-met')).toEqual([
      { file: FAIRLEARN, line: lineOf(text, at, lineOf(text, after)), message: 'selection_rate for sex group "female_terms" is 0.1, below the minimum 0.2 (bias.thresholds[0])' },
    ]);
  });

  it('reads the group → metric form by group and metric, each value at its own line', () => {
    const text = frame(rates, { overall: { accuracy: 0.9, selection_rate: 0.2 } });
    const report = check(cited(text, (m) => (m.bias.thresholds = [{ metric: 'accuracy', min: 0.95 }])));
    expect(failuresOf(report, 'bias/thresholds-met')).toEqual([
      { file: FAIRLEARN, line: lineOf(text, '"accuracy": 0.91'), message: 'accuracy for sex group "female_terms" is 0.91, below the minimum 0.95 (bias.thresholds[0])' },
      { file: FAIRLEARN, line: lineOf(text, '"accuracy": 0.89'), message: 'accuracy for sex group "male_terms" is 0.89, below the minimum 0.95 (bias.thresholds[0])' },
    ]);
  });

  // Never guessed: where the names say nothing, or both ways, the report is not read.
  it.each([
    [
      'neither its keys nor those inside them name a metric the frame or Fairlearn knows',
      { f: { m1: 0.1 }, m: { m1: 0.3 } },
      'by_group: cannot tell its groups from its metrics: neither its keys ("f", "m") nor those inside them ("m1") name a metric this frame gives in overall, difference or ratio, or one of Fairlearn\'s; write the frame\'s overall beside it (mf.overall.to_dict()) so its metrics are known',
    ],
    [
      'both its keys and those inside them name metrics',
      { selection_rate: { accuracy: 0.1 }, accuracy: { selection_rate: 0.3 } },
      'by_group: cannot tell its groups from its metrics: both its keys ("selection_rate", "accuracy") and those inside them ("accuracy", "selection_rate") name metrics; write it metric → group, as mf.by_group.to_dict() does',
    ],
  ])('refuses a by_group where %s, at by_group', (_name, byGroup, message) => {
    const text = frame(byGroup, { difference: { selection_rate: 0.01 } });
    expect(failuresOf(check(cited(text)), 'bias/report-readable')).toEqual([
      { file: FAIRLEARN, line: lineOf(text, '"by_group"'), message: `${FAIRLEARN} is not a valid Fairlearn MetricFrame export: ${message}` },
    ]);
  });
});

// Red team: a pull request that dropped dataset.id from a report made bias/report-dataset not applicable.
describe('bias/report-dataset in a pull request', () => {
  const onHoldout = (dataset?: Record<string, unknown>) =>
    withManifest((m) => m.data.datasets.push({ ...m.data.datasets[0], id: 'holdout-2026', role: 'test', revision: 'v4' }), { [REPORT]: json(compliantBiasReport(dataset ? { dataset } : {})) });
  const onPullRequest = (base: Files, head: Files) => {
    const root = pullRequest(base, head);
    const report = runGate({ root, base: { ref: 'main', required: true } });
    return { sha: git(root, 'rev-parse', 'HEAD').slice(0, 12), results: report.findings.filter((f) => f.ruleId === 'bias/report-dataset').map((f) => [f.status, f.file, f.line, f.message]) };
  };

  it('fails a report that named its dataset at the base and names none now, at its citation', () => {
    const head = onHoldout();
    const { sha, results } = onPullRequest(onHoldout({ id: 'holdout-2026', rows: 4800 }), head);
    expect(results).toEqual([['fail', MANIFEST, lineOf(head[MANIFEST] as string, 'path: evidence/bias.json'), `sys/evidence/bias.json no longer names the dataset it was computed on; it named "holdout-2026" at the base commit ${sha}: say which data the result is about`]]);
  });

  it('fails it when the report was also renamed (compared with the report cited in its place at the base)', () => {
    const head = withManifest(
      (m) => {
        m.data.datasets.push({ ...m.data.datasets[0], id: 'holdout-2026', role: 'test', revision: 'v4' });
        m.bias.reports[0].path = 'evidence/bias-v2.json';
      },
      { 'sys/evidence/bias-v2.json': json(compliantBiasReport()) },
    );
    const { sha, results } = onPullRequest(onHoldout({ id: 'holdout-2026', rows: 4800 }), head);
    expect(results.map(([status, , , message]) => [status, message])).toEqual([['fail', `sys/evidence/bias-v2.json no longer names the dataset it was computed on; it named "holdout-2026" at the base commit ${sha}: say which data the result is about`]]);
  });

  it('leaves a report that named none at the base not applicable', () => {
    expect(onPullRequest(onHoldout(), onHoldout()).results.map(([status]) => status)).toEqual(['not-applicable']);
  });
});

// Red team: a report computed on one row passed as evidence of fairness.
describe('bias/sample-size', () => {
  const RULE = 'bias/sample-size';
  const counted = (n: Record<string, number>) => Object.entries(n).map(([group, value]) => ({ attribute: 'sex', metric: 'count', group, value }));
  it.each([
    ['computed on one row', { dataset: { id: 'holdout', rows: 1 } }, '"rows": 1', 'sys/evidence/bias.json was computed on 1 row, fewer than two groups of 30: a rate measured on so few people is noise, not evidence of fairness'],
    ['computed on 59 rows', { dataset: { id: 'holdout', rows: 59 } }, '"rows": 59', 'sys/evidence/bias.json was computed on 59 rows, fewer than two groups of 30: a rate measured on so few people is noise, not evidence of fairness'],
    ['counting 12 people in a group', { results: [...(compliantBiasReport().results as unknown[]), ...counted({ F: 12, M: 4100 })] }, '"value": 12', 'sys/evidence/bias.json counts 12 in group "F" of sex, fewer than 30: its results for that group are noise; merge it with another or evaluate on more data'],
  ])('fails a report %s, at the count', (_name, overrides, at, message) => {
    const text = json(compliantBiasReport(overrides));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), RULE)).toEqual([{ file: REPORT, line: lineOf(text, at), message }]);
  });

  it.each([
    ['computed on 60 rows', { dataset: { id: 'holdout', rows: 60 } }, 'pass'],
    ['counting 30 or more in every group', { dataset: { id: 'holdout', rows: 48210 }, results: [...(compliantBiasReport().results as unknown[]), ...counted({ F: 30, M: 4100 })] }, 'pass'],
    ['giving neither rows nor counts', {}, 'not-applicable'],
  ])('a report %s: %s', (_name, overrides, status) => {
    expect(resultsOf(check(withManifest(() => {}, { [REPORT]: json(compliantBiasReport(overrides)) })), RULE)).toEqual([expect.objectContaining({ status })]);
  });

  it('does not take a count for a measure: an attribute given only counts is not covered', () => {
    const text = json(compliantBiasReport({ dataset: { id: 'holdout', rows: 4200 }, results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.04 }, ...counted({ F: 2100, M: 2100 })] }));
    expect(failuresOf(check(withManifest(() => {}, { [REPORT]: text })), 'bias/report-covers-attributes').map((f) => f.message)).toEqual(['sensitive attribute "sex" is named in sys/evidence/bias.json but has no metric value there: it was not measured']);
  });

  it("reads a Fairlearn frame's by_group.count", () => {
    const text = JSON.stringify({ sensitive_feature: 'sex', model_version: '1.2.0', generated_at: daysAgo(5), by_group: { selection_rate: { F: 0.2, M: 0.21 }, count: { F: 9, M: 812 } }, difference: { selection_rate: 0.01 } }, null, 2);
    const files = withManifest((m) => (m.bias.reports = [{ path: 'evidence/fairlearn.json' }]), { 'sys/evidence/fairlearn.json': text });
    expect(failuresOf(check(files), RULE)).toEqual([{ file: 'sys/evidence/fairlearn.json', line: lineOf(text, '"F": 9'), message: 'sys/evidence/fairlearn.json counts 9 in group "F" of sex, fewer than 30: its results for that group are noise; merge it with another or evaluate on more data' }]);
  });
});

describe('bias/report-fresh', () => {
  // Red team: a recent report generated before the model files it is about were built.
  it.each([
    [daysAgo(40), daysAgo(20), [{ message: `sys/evidence/bias.json was generated on ${daysAgo(40)}, before the model files it is about were built (model/scorer.onnx, dated ${daysAgo(20)} in artifacts): it evaluated an earlier build; rerun it on the model as shipped` }]],
    [daysAgo(21), daysAgo(20), []],
    [daysAgo(10), daysAgo(20), []],
  ])('a report generated on %s, the model built on %s', (generated, built, expected) => {
    const text = json(compliantBiasReport({ generatedAt: generated }));
    const files = withManifest((m) => (m.artifacts = [{ path: 'model/tokenizer.json', date: daysAgo(60) }, { path: 'model/scorer.onnx', date: built }]), { [REPORT]: text });
    expect(failuresOf(check(files), 'bias/report-fresh')).toEqual(expected.map(({ message }) => ({ file: REPORT, line: lineOf(text, '"generatedAt"'), message })));
  });

  it.each([
    {
      name: 'a report older than 90 days',
      report: compliantBiasReport({ generatedAt: daysAgo(120) }),
      at: '"generatedAt"',
      message: `sys/evidence/bias.json was generated on ${daysAgo(120)}, 120 days ago; the policy allows 90`,
    },
    {
      name: 'a report dated in the future',
      report: compliantBiasReport({ generatedAt: daysAgo(-30) }),
      at: '"generatedAt"',
      message: `sys/evidence/bias.json is dated ${daysAgo(-30)}, in the future`,
    },
  ])('fails on $name, at its date', ({ report, at, message }) => {
    const text = json(report);
    const files = withManifest(() => {}, { [REPORT]: text });
    expect(failuresOf(check(files), 'bias/report-fresh')).toEqual([{ file: REPORT, line: lineOf(text, at), message }]);
  });

  it('fails when nothing dates the report, at the citing entry', () => {
    const report = compliantBiasReport();
    delete report.generatedAt;
    const files = withManifest(() => {}, { [REPORT]: json(report) });
    expect(failuresOf(check(files), 'bias/report-fresh')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, '- path: evidence/bias.json'), message: 'sys/evidence/bias.json has no date: record when it was generated (generatedAt) or set date in the manifest' },
    ]);
  });

  it('names the date key as a Fairlearn export spells it', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'bias/fairlearn-single-frame.json'), 'utf8').replace(/\s*"generated_at": "[^"]*",/, '');
    const files = withManifest((m) => (m.bias.reports = [{ path: 'evidence/bias.json', format: 'fairlearn' }]), { [REPORT]: text });
    expect(failuresOf(check(files), 'bias/report-fresh').map((f) => f.message)).toEqual(['sys/evidence/bias.json has no date: record when it was generated (generated_at) or set date in the manifest']);
  });

  // From a new user: Python's datetime.utcnow().isoformat() writes no zone, and both exports were refused.
  const exportDated = (format: 'aif360' | 'fairlearn', stamp: string) =>
    json({
      model_version: '1.2.0',
      generated_at: stamp,
      ...(format === 'aif360'
        ? { protected_attributes: { age_band: { metrics: { disparate_impact: 0.91 } }, sex: { metrics: { disparate_impact: 0.95 } } } }
        : { sensitive_features: { age_band: { difference: { selection_rate: 0.04 } }, sex: { difference: { selection_rate: 0.02 } } } }),
    });
  const citing = (format: string, text: string) => withManifest((m) => (m.bias.reports = [{ path: 'evidence/bias.json', format }]), { [REPORT]: text });
  const WHAT = { aif360: 'AIF360 metrics export', fairlearn: 'Fairlearn MetricFrame export' };
  const FORMATS = ['aif360', 'fairlearn'] as const;

  it.each(FORMATS.flatMap((format) => ['T10:41:07.112345', 'T10:41:07', ' 10:41:07'].map((time) => [format, time] as const)))(
    'reads an export (%s) dated without a zone (%j after the day) as UTC',
    (format, time) => {
      const report = check(citing(format, exportDated(format, `${daysAgo(5)}${time}`)));
      expect(failuresOf(report, 'bias/report-readable')).toEqual([]);
      expect(resultsOf(report, 'bias/report-fresh')).toEqual([expect.objectContaining({ status: 'pass' })]);
    },
  );

  it.each(FORMATS)('fails a stale export (%s) dated without a zone, at its generated_at', (format) => {
    const text = exportDated(format, `${daysAgo(120)}T00:00:00.000001`);
    expect(failuresOf(check(citing(format, text)), 'bias/report-fresh')).toEqual([
      { file: REPORT, line: lineOf(text, '"generated_at"'), message: `${REPORT} was generated on ${daysAgo(120)}, 120 days ago; the policy allows 90` },
    ]);
  });

  it.each(
    FORMATS.flatMap((format) =>
      [
        ['yesterday', ''],
        ['2026-01-05 nov', ''],
        ['2026-11-02T10:41:07 UTC', ''],
        ['2026-11-31T10:41:07', ' (not a real date)'],
        ['2026-11-02T25:00:00', ' (not a real date)'],
      ].map(([stamp, why]) => [format, stamp as string, why as string] as const),
    ),
  )('still refuses an export (%s) dated %j, at its generated_at', (format, stamp, why) => {
    const text = exportDated(format, stamp);
    expect(failuresOf(check(citing(format, text)), 'bias/report-readable')).toEqual([
      { file: REPORT, line: lineOf(text, '"generated_at"'), message: `${REPORT} is not a valid ${WHAT[format]}: generated_at: must be a date or date-time, found text "${stamp}"${why}` },
    ]);
  });

  it('uses the date in the manifest when the report has none', () => {
    const report = compliantBiasReport();
    delete report.generatedAt;
    const files = withManifest((m) => (m.bias.reports[0].date = daysAgo(200)), { [REPORT]: json(report) });
    expect(failuresOf(check(files), 'bias/report-fresh')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'date:'), message: `sys/evidence/bias.json was generated on ${daysAgo(200)}, 200 days ago; the policy allows 90` },
    ]);
  });
});
