/**
 * Data quality per dataset: Great Expectations validation results (0.x, 1.x, checkpoint
 * results) and Croissant RAI fields, the adapters on files as the tools write them, and each
 * rule on passing evidence and on each way it fails, with the exact finding and its line.
 */
import { describe, expect, it } from 'vitest';
import { comparableName } from '../../../src/evidence/data-quality/checks.js';
import { dataQuality } from '../../../src/evidence/data-quality/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';
import { check, failuresOf, MANIFEST, resultsOf, withManifest } from '../../helpers/system.js';

const RESULT = 'sys/evidence/train-validation.json';
const CROISSANT = 'sys/data/train.croissant.json';
const PASSED = fixture('data-quality/great-expectations-1x-validation.json');
const FAILED = fixture('data-quality/great-expectations-0x-failed.json');
const CHECKPOINT = fixture('data-quality/great-expectations-checkpoint.json');
const UNLISTED = fixture('data-quality/great-expectations-010-unlisted.json');
const RAI = fixture('data-quality/croissant-rai.json');

/** The compliant system whose training set cites `result` and `croissant` (undefined: the file is absent). */
const withEvidence = (result: string | undefined, croissant: string | undefined, quality: Record<string, string> = {}) =>
  withManifest(
    (m) => {
      Object.assign(m.data.datasets[0], { quality: { path: 'evidence/train-validation.json', format: 'great-expectations', ...quality }, croissant: 'data/train.croissant.json' });
    },
    { ...(result === undefined ? {} : { [RESULT]: result }), ...(croissant === undefined ? {} : { [CROISSANT]: croissant }) },
  );

describe('the data-quality adapters', () => {
  it('reads a 1.x validation result: success, statistics, the data asset', () => {
    const read = storeWith({ 'r.json': PASSED }).evidence(dataQuality, 'r.json');
    expect(read).toMatchObject({ ok: true, value: { kind: 'validation', format: 'great-expectations', inconsistencies: [] } });
    if (!read.ok || read.value.kind !== 'validation') throw new Error('not read');
    expect(read.value.runs).toHaveLength(1);
    expect(read.value.runs[0]).toMatchObject({ suite: 'train-2025-quality', success: { value: true }, statistics: { evaluated: 3, successful: 3, unsuccessful: 0 }, listed: 3, failed: [] });
    expect(read.value.runs[0]?.assets).toEqual(['train-2025', 'data/train-2025.parquet']);
  });

  it('reads a 0.x result: each failed expectation with its type, column and what was observed, at its line', () => {
    const read = storeWith({ 'r.json': FAILED }).evidence(dataQuality, 'r.json');
    if (!read.ok || read.value.kind !== 'validation') throw new Error('not read');
    const failed = read.value.runs[0]?.failed ?? [];
    expect(failed.map(({ type, column, observed }) => ({ type, column, observed }))).toEqual([
      { type: 'expect_column_values_to_not_be_null', column: 'income', observed: '312 unexpected, 0.65% of rows' },
      { type: 'expect_column_min_to_be_between', column: 'age', observed: 'observed 16' },
    ]);
  });

  it.each([
    ['a 1.x result: meta.validation_time, in the compact form', PASSED, '2026-10-20T08:15:02.131905Z', '"validation_time"'],
    ['a 0.10 result: its timestamp run_id', UNLISTED, '2026-10-20T08:15:02.104812Z', '"run_id"'],
    ['a result without validation_time: meta.run_id.run_time', PASSED.replace(/,\n {4}"validation_time": "[^"]*"/, ''), '2026-10-20T08:15:02.104812+00:00', '"run_time"'],
  ])('reads when %s ran', (_name, text, value, line) => {
    const read = storeWith({ 'r.json': text }).evidence(dataQuality, 'r.json');
    if (!read.ok || read.value.kind !== 'validation') throw new Error('not read');
    const ran = read.value.runs[0]?.ranAt;
    expect(ran?.value).toBe(value);
    expect(ran?.at.line).toBe(lineOf(text, line));
  });

  it('reads every run of a checkpoint result', () => {
    const read = storeWith({ 'r.json': CHECKPOINT }).evidence(dataQuality, 'r.json');
    if (!read.ok || read.value.kind !== 'validation') throw new Error('not read');
    expect(read.value.runs.map((run) => [run.assets[0], run.success.value])).toEqual([['train_2025', false], ['test-2026', true]]);
  });

  it('reads the RAI fields of a Croissant description, by prefix or full IRI', () => {
    const read = storeWith({ 'r.json': RAI.replace('"rai:dataUseCases"', '"http://mlcommons.org/croissant/RAI/dataUseCases"') }).evidence(dataQuality, 'r.json');
    if (!read.ok || read.value.kind !== 'croissant') throw new Error('not read');
    expect([...read.value.rai.keys()]).toEqual(['dataCollection', 'dataCollectionType', 'dataLimitations', 'dataBiases', 'personalSensitiveInformation', 'dataUseCases']);
    expect(read.value.rai.get('personalSensitiveInformation')?.texts).toEqual(['Age band', 'Sex', 'Postcode district (pseudonymised)']);
  });

  it.each([
    ['train_2025.csv', 'train-2025', true],
    ['/data/credit/Train-2025.parquet', 'train_2025', true],
    ['s3://bucket/credit/train-2025/', 'train-2025', true],
    ['train-2025.csv.gz', 'train-2025', true],
    ['test-2026', 'train-2025', false],
  ])('compares the data asset %s with %s: %s', (asset, dataset, same) => {
    expect(comparableName(asset) === comparableName(dataset)).toBe(same);
  });
});

interface Case {
  rule: string;
  name: string;
  result: string | undefined;
  croissant?: string;
  quality?: Record<string, string>;
  expected: Array<{ file: string; at: string; nth?: number; message: string }>;
}

const cases: Case[] = [
  {
    rule: 'data-quality/validation-readable',
    name: 'the result does not exist',
    result: undefined,
    expected: [{ file: MANIFEST, at: 'path: evidence/train-validation.json', message: 'sys/evidence/train-validation.json does not exist' }],
  },
  {
    rule: 'data-quality/validation-readable',
    name: 'an expectation without its type',
    result: PASSED.replace('"type": "expect_column_values_to_be_between"', '"kind": "expect_column_values_to_be_between"'),
    expected: [{ file: RESULT, at: '"expectation_config": {', nth: 2, message: expect.stringMatching(/^sys\/evidence\/train-validation\.json is not a valid Great Expectations validation result: results\[1\]\.expectation_config/) as unknown as string }],
  },
  // Red team: an expectation marked successful with more unexpected values than it allows.
  {
    rule: 'data-quality/validation-readable',
    name: 'an expectation marked successful with 60% of its values unexpected and no mostly',
    result: PASSED.replace('"unexpected_count": 0,\n        "unexpected_percent": 0.0,', '"unexpected_count": 28926,\n        "unexpected_percent": 60.0,'),
    expected: [{ file: RESULT, at: '"success": true', nth: 2, message: 'sys/evidence/train-validation.json: expect_column_values_to_not_be_null on income says it succeeded, but 60% of its values were unexpected, and it allows no unexpected value (it sets no mostly)' }],
  },
  {
    rule: 'data-quality/validation-readable',
    name: 'an expectation marked successful with more unexpected values than its mostly allows',
    result: PASSED.replace('"column": "income"\n', '"column": "income",\n          "mostly": 0.95\n').replace('"unexpected_count": 0,\n        "unexpected_percent": 0.0,', '"unexpected_count": 2893,\n        "unexpected_percent": 6.0,'),
    expected: [{ file: RESULT, at: '"success": true', nth: 2, message: 'sys/evidence/train-validation.json: expect_column_values_to_not_be_null on income says it succeeded, but 6% of its values were unexpected, and it allows at most 5% (mostly 0.95)' }],
  },
  {
    rule: 'data-quality/validation-readable',
    name: 'it says it succeeded but lists a failed expectation',
    result: FAILED.replace('"success": false,\n  "meta"', '"success": true,\n  "meta"'),
    expected: [{ file: RESULT, at: '"success": true', message: 'sys/evidence/train-validation.json says it succeeded but lists 2 failed expectations' }],
  },
  {
    rule: 'data-quality/validation-readable',
    name: 'its statistics count fewer failures than it lists (edited)',
    result: FAILED.replace('"unsuccessful_expectations": 2', '"unsuccessful_expectations": 1'),
    expected: [{ file: RESULT, at: '"unsuccessful_expectations": 1', message: 'sys/evidence/train-validation.json: its statistics count 1 unsuccessful expectation but it lists 2' }],
  },
  {
    rule: 'data-quality/validation-readable',
    name: 'a Croissant file cited as the validation result',
    result: RAI,
    expected: [{ file: RESULT, at: '{', message: 'sys/evidence/train-validation.json is declared as a great-expectations data quality file, but it looks like a croissant data quality file' }],
  },
  {
    rule: 'data-quality/validation-readable',
    name: 'it says it succeeded, lists nothing, and its statistics count a failure',
    result: UNLISTED.replace('"success": false', '"success": true'),
    expected: [{ file: RESULT, at: '"unsuccessful_expectations": 1', message: 'sys/evidence/train-validation.json says it succeeded but its statistics count 1 unsuccessful expectation' }],
  },
  {
    rule: 'data-quality/validation-readable',
    name: 'its statistics do not add up (evaluated is not successful + unsuccessful)',
    result: UNLISTED.replace('"evaluated_expectations": 12', '"evaluated_expectations": 40'),
    expected: [{ file: RESULT, at: '"evaluated_expectations": 40', message: 'sys/evidence/train-validation.json: its statistics count 40 evaluated expectations but 11 successful and 1 unsuccessful' }],
  },
  {
    rule: 'data-quality/validation-passed',
    name: 'a successful validation that evaluated no expectation (statistics 0)',
    result: JSON.stringify({ success: true, results: [], suite_name: 'train-2025-quality', statistics: { evaluated_expectations: 0, successful_expectations: 0, unsuccessful_expectations: 0 }, meta: { active_batch_definition: { data_asset_name: 'train-2025' } } }, null, 2),
    expected: [{ file: RESULT, at: '"success": true', message: 'train-2025: the validation (suite train-2025-quality) evaluated no expectation, so it shows nothing about the data' }],
  },
  // Found by an auditor helper: one row-count expectation with min_value 0 that observed 0 rows passed.
  {
    rule: 'data-quality/validation-passed',
    name: 'a successful validation whose row count expectation observed 0 rows',
    result: PASSED.replace('"min_value": 10000', '"min_value": 0').replace('"observed_value": 48211', '"observed_value": 0'),
    expected: [{ file: RESULT, at: '"observed_value": 0', message: 'train-2025: the validation (suite train-2025-quality) counted 0 rows in the data it ran on, so it shows nothing about the data' }],
  },
  {
    rule: 'data-quality/validation-passed',
    name: 'a row count of 0 under a row_condition ("no applicant under 18") beside the table\'s own row count',
    result: PASSED.replace(
      '"type": "expect_table_row_count_to_be_between",',
      '"type": "expect_table_row_count_to_equal",\n        "kwargs": { "value": 0, "row_condition": "age < 18", "condition_parser": "pandas" }\n      },\n      "result": { "observed_value": 0 },\n      "meta": {},\n      "exception_info": { "raised_exception": false, "exception_message": null, "exception_traceback": null }\n    },\n    {\n      "success": true,\n      "expectation_config": {\n        "type": "expect_table_row_count_to_be_between",',
    ),
    expected: [],
  },
  {
    rule: 'data-quality/validation-passed',
    name: 'a successful validation that lists no result and has no statistics',
    result: JSON.stringify({ success: true, results: [], suite_name: 'train-2025-quality', meta: { active_batch_definition: { data_asset_name: 'train-2025' } } }, null, 2),
    expected: [{ file: RESULT, at: '"success": true', message: 'train-2025: the validation (suite train-2025-quality) evaluated no expectation, so it shows nothing about the data' }],
  },
  {
    rule: 'data-quality/validation-passed',
    name: 'two expectations failed on the training set',
    result: FAILED,
    expected: [
      { file: RESULT, at: '"success": false,\n      "result"', message: 'train-2025: expect_column_values_to_not_be_null on column income failed: 312 unexpected, 0.65% of rows (suite train_2025.warning)' },
      { file: RESULT, at: '"success": false,\n      "result"', nth: 2, message: 'train-2025: expect_column_min_to_be_between on column age failed: observed 16 (suite train_2025.warning)' },
    ],
  },
  {
    rule: 'data-quality/validation-passed',
    name: 'a failed result that does not list its expectations',
    result: UNLISTED,
    expected: [{ file: RESULT, at: '"success": false', message: 'train-2025: the validation (suite train_2025.warning) failed: 1 of 12 expectations failed, and the file does not list which (save the full result)' }],
  },
  {
    rule: 'data-quality/validation-passed',
    name: "a checkpoint result: only this dataset's run is judged",
    result: CHECKPOINT,
    expected: [
      { file: RESULT, at: '"success": false,\n            "result"', message: 'train-2025: expect_column_values_to_not_be_null on column income failed: 312 unexpected, 0.65% of rows (suite train_2025.warning)' },
      { file: RESULT, at: '"success": false,\n            "result"', nth: 2, message: 'train-2025: expect_column_min_to_be_between on column age failed: observed 16 (suite train_2025.warning)' },
    ],
  },
  {
    rule: 'data-quality/validation-for-dataset',
    name: "the result is another dataset's",
    result: PASSED.replaceAll('train-2025', 'test-2026'),
    expected: [{ file: MANIFEST, at: 'path: evidence/train-validation.json', message: 'sys/evidence/train-validation.json validated "test-2026", "data/test-2026.parquet", not train-2025; cite the result for this dataset, or name its data asset under quality.asset' }],
  },
  {
    rule: 'data-quality/croissant-readable',
    name: 'the Croissant file does not exist',
    result: PASSED,
    croissant: undefined,
    expected: [{ file: MANIFEST, at: 'croissant: data/train.croissant.json', message: 'sys/data/train.croissant.json does not exist' }],
  },
  {
    rule: 'data-quality/croissant-readable',
    name: 'a validation result cited as the Croissant description',
    result: PASSED,
    croissant: PASSED,
    expected: [{ file: CROISSANT, at: '{', message: 'sys/data/train.croissant.json is declared as a croissant data quality file, but it looks like a great-expectations data quality file' }],
  },
  {
    rule: 'data-quality/croissant-rai',
    name: 'limitations missing, biases a placeholder, personal data empty',
    result: PASSED,
    croissant: RAI.replace(/ {2}"rai:dataLimitations": \[[^\]]*\],\n/, '').replace(/"rai:dataBiases": "[^"]*"/, '"rai:dataBiases": "TODO"').replace(/"rai:personalSensitiveInformation": \[[^\]]*\]/, '"rai:personalSensitiveInformation": []'),
    expected: [
      { file: CROISSANT, at: '{', message: 'sys/data/train.croissant.json has no rai:dataLimitations' },
      { file: CROISSANT, at: '"rai:dataBiases"', message: 'sys/data/train.croissant.json: rai:dataBiases is a placeholder' },
      { file: CROISSANT, at: '"rai:personalSensitiveInformation"', message: 'sys/data/train.croissant.json: rai:personalSensitiveInformation is empty' },
    ],
  },
];

/** The line of the nth occurrence of `needle` (1-based). */
function nthLine(text: string, needle: string, nth = 1): number {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  return index < 0 ? lineOf(text, needle) : text.slice(0, index).split('\n').length;
}

describe('data quality rules', () => {
  const RULES = ['data-quality/validation-readable', 'data-quality/validation-passed', 'data-quality/validation-for-dataset', 'data-quality/croissant-readable', 'data-quality/croissant-rai'];

  it.each(RULES)('%s passes on a passing result and a complete Croissant description', (rule) => {
    expect(resultsOf(check(withEvidence(PASSED, RAI)), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(RULES)('%s does not apply when the dataset cites neither', (rule) => {
    expect(resultsOf(check(withManifest(() => {})), rule)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it.each([
    ['within its mostly', '"mostly": 0.95', '4.0'],
    ['at its mostly, written to two decimals', '"mostly": 0.95', '5.0'],
    // From a review: Great Expectations allows mostly 0, and an evaluation parameter cannot be read here.
    ['with mostly 0', '"mostly": 0', '60.0'],
    ['with mostly an evaluation parameter', '"mostly": {"$PARAMETER": "min_share"}', '60.0'],
  ])('passes an expectation with unexpected values %s', (_name, mostly, percent) => {
    const result = PASSED.replace('"column": "income"\n', `"column": "income",\n          ${mostly}\n`).replace('"unexpected_percent": 0.0,', `"unexpected_percent": ${percent},`);
    expect(failuresOf(check(withEvidence(result, RAI)), 'data-quality/validation-readable')).toEqual([]);
  });

  it('a result naming the data otherwise is matched through quality.asset', () => {
    const files = withEvidence(PASSED.replaceAll('train-2025', 'applications_2025'), RAI, { asset: 'applications_2025' });
    expect(resultsOf(check(files), 'data-quality/validation-for-dataset')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, result, croissant, quality, expected }) => {
    // The Croissant description is the complete one unless the case is about it.
    const files = withEvidence(result, rule.startsWith('data-quality/croissant') ? croissant : RAI, quality);
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ file, at, nth, message }) => ({ file, line: nthLine(files[file] as string, at, nth), message })),
    );
  });
});

describe('data-quality/validation-cited (eu-ai-act-high-risk)', () => {
  const AS_OF = new Date('2026-11-22T00:00:00Z');

  it('fails for a training set without a validation result, at the dataset', () => {
    const files = withManifest((m) => m.data.datasets.push({ id: 'holdout', role: 'test', quality: { path: 'evidence/holdout.json' } }));
    expect(failuresOf(check(files, { policy: 'eu-ai-act-high-risk', now: AS_OF }), 'data-quality/validation-cited')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, '- id: train-2025'), message: 'train-2025 (training data) cites no data validation result under quality.path' },
    ]);
  });

  // Red team: a held-out set re-declared as evaluation (or validation) escaped the rule, while a bias report was computed on it.
  it.each(['validation', 'evaluation', 'fine-tuning'])('fails for a %s set without a validation result, at the dataset', (role) => {
    const files = withManifest((m) => {
      m.data.datasets[0].quality = { path: 'evidence/train.json' };
      m.data.datasets.push({ id: 'holdout', role });
    });
    expect(failuresOf(check(files, { policy: 'eu-ai-act-high-risk', now: AS_OF }), 'data-quality/validation-cited')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, '- id: holdout'), message: `holdout (${role} data) cites no data validation result under quality.path` },
    ]);
  });

  it('passes when every training, validation and test set cites one; other splits need none', () => {
    const files = withManifest((m) => {
      m.data.datasets[0].quality = { path: 'evidence/train.json' };
      m.data.datasets.push({ id: 'reference', role: 'reference' });
    });
    expect(resultsOf(check(files, { policy: 'eu-ai-act-high-risk', now: AS_OF }), 'data-quality/validation-cited')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('does not apply to a system that is not high-risk', () => {
    const files = withManifest((m) => (m.risk.euAiAct.tier = 'minimal'));
    expect(resultsOf(check(files, { policy: 'eu-ai-act-high-risk', now: AS_OF }), 'data-quality/validation-cited')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });
});

describe('data-quality/result-fresh', () => {
  const RULE = 'data-quality/result-fresh';
  // The fixtures ran on 2026-10-20 (33 days before this date); the run's date is fixed so they never go stale.
  const AS_OF = new Date('2026-11-22T00:00:00Z');
  const run = (result: string) => check(withEvidence(result, RAI), { now: AS_OF });
  const WITHOUT_VALIDATION_TIME = (text: string) => text.replace(/,\n {4}"validation_time": "[^"]*"/, '');
  const WITHOUT_RUN_ID = (text: string) => text.replace(/ {4}"run_id": \{[^}]*\},\n/, '');

  it.each([
    ['a 1.x result (meta.validation_time, compact)', PASSED],
    ['a 0.x result', FAILED],
    ['a 0.10 result dated only by its timestamp run_id', UNLISTED],
    ['a result dated only by meta.run_id.run_time', WITHOUT_VALIDATION_TIME(PASSED)],
    ['a checkpoint result', CHECKPOINT],
    ['a result 12 hours ahead of the run (clock skew)', PASSED.replace('"20261020T081502.131905Z"', '"20261122T120000.000000Z"')],
    ['a result exactly 180 days old', PASSED.replace('"20261020T081502.131905Z"', '"20260526T000000Z"')],
  ])('passes on %s', (_name, result) => {
    expect(resultsOf(run(result), RULE)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('does not apply when the dataset cites no validation result', () => {
    expect(resultsOf(check(withManifest(() => {}), { now: AS_OF }), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it('does not apply to a result that cannot be read (data-quality/validation-readable reports it)', () => {
    expect(resultsOf(run(RAI), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  const failing: Array<{ name: string; result: string; at: string; message: string }> = [
    {
      name: 'no date: neither validation_time nor run_id',
      result: WITHOUT_RUN_ID(WITHOUT_VALIDATION_TIME(PASSED)),
      at: '"meta": {\n',
      message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) does not say when it ran (no meta.validation_time or meta.run_id.run_time); cite the result as Great Expectations saved it',
    },
    {
      name: 'no date: a 0.10 run_id that names the run, not its time',
      result: UNLISTED.replace('"run_id": "20261020T081502.104812Z"', '"run_id": "nightly"'),
      at: '"meta": {\n',
      message: 'sys/evidence/train-validation.json: the validation (suite train_2025.warning) does not say when it ran (no meta.validation_time or meta.run_id.run_time); cite the result as Great Expectations saved it',
    },
    {
      name: 'an unparseable validation_time (a readable run_time does not stand in for it)',
      result: PASSED.replace('"20261020T081502.131905Z"', '"last Tuesday"'),
      at: '"validation_time"',
      message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) is dated "last Tuesday", which is not a date',
    },
    {
      name: 'a stale date with a word after it, which Date.parse alone reads as another day ("2026-01-05 nov" is 1 November to V8)',
      result: PASSED.replace('"20261020T081502.131905Z"', '"2026-01-05 nov"'),
      at: '"validation_time"',
      message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) is dated "2026-01-05 nov", which is not a date',
    },
    {
      name: 'a day not on the calendar, which Date.parse rolls over to a fresh one ("2026-09-31" is 1 October)',
      result: WITHOUT_VALIDATION_TIME(PASSED).replace('"2026-10-20T08:15:02.104812+00:00"', '"2026-09-31T08:15:02+00:00"'),
      at: '"run_time"',
      message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) is dated "2026-09-31T08:15:02+00:00", which is not a real date',
    },
    {
      name: 'a date in the future beyond a day of clock skew',
      result: PASSED.replace('"20261020T081502.131905Z"', '"20270301T081502.131905Z"'),
      at: '"validation_time"',
      message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) is dated 2027-03-01, in the future',
    },
    {
      name: 'a validation two years old',
      result: PASSED.replace('"20261020T081502.131905Z"', '"20241120T081502.131905Z"'),
      at: '"validation_time"',
      message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) ran on 2024-11-20, 731 days ago; the policy allows 180',
    },
    {
      name: 'a run_time (no validation_time) 181 days old',
      result: WITHOUT_VALIDATION_TIME(PASSED).replace('"2026-10-20T08:15:02.104812+00:00"', '"2026-05-24T12:00:00+00:00"'),
      at: '"run_time"',
      message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) ran on 2026-05-24, 181 days ago; the policy allows 180',
    },
  ];

  it.each(failing)('fails: $name', ({ result, at, message }) => {
    const files = withEvidence(result, RAI);
    expect(failuresOf(check(files, { now: AS_OF }), RULE)).toEqual([{ file: RESULT, line: nthLine(files[RESULT] as string, at), message }]);
  });

  it("judges only this dataset's runs of a checkpoint result", () => {
    // The run on test-2026 (its data files renamed to match) is two years old; the training set's own run is recent.
    const second = CHECKPOINT.indexOf('"ValidationResultIdentifier::test_2026');
    const tail = CHECKPOINT.slice(second).replaceAll('data/train-2025.parquet', 'data/test-2026.parquet').replace('"20261020T081502.131905Z"', '"20241120T081502.131905Z"');
    const stale = CHECKPOINT.slice(0, second) + tail;
    expect(resultsOf(run(stale), RULE)).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(failuresOf(run(stale.replaceAll('test-2026', 'train-2025')), RULE)).toEqual([
      { file: RESULT, line: nthLine(stale, '"validation_time"', 2), message: 'sys/evidence/train-validation.json: the validation (suite train-2025-quality) ran on 2024-11-20, 731 days ago; the policy allows 180' },
    ]);
  });
});
