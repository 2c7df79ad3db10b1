/** The bias-report adapters on files shaped like Fairlearn's and AIF360's output: the normalised values and their source lines. */
import { describe, expect, it } from 'vitest';
import { explainedValue } from '../../../src/evidence/bias/aif360.js';
import { bias } from '../../../src/evidence/bias/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';

describe('Fairlearn MetricFrame exports', () => {
  const text = fixture('bias/fairlearn-metricframes.json');
  const report = storeWith({ 'f.json': text }).evidence(bias, 'f.json');

  it('is detected without a declared format and reads version, date and attributes', () => {
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.format).toBe('fairlearn');
    expect(report.value.modelVersion?.value).toBe('1.2.0');
    expect(report.value.generatedAt?.value).toBe('2026-10-20T08:15:00Z');
    expect([...report.value.attributes.keys()]).toEqual(['age_band', 'sex']);
  });

  it('reads differences as unsigned, maps selection-rate gaps to demographic parity, and derives equalized odds', () => {
    if (!report.ok) throw new Error(report.problem.message);
    const find = (attribute: string, metric: string) => report.value.results.find((r) => r.attribute === attribute && r.metric === metric);
    expect(find('age_band', 'demographic_parity_difference')).toMatchObject({ value: 0.046, convention: 'unsigned', aliases: ['selection_rate_difference'] });
    expect(find('age_band', 'demographic_parity_ratio')).toMatchObject({ value: 0.811, convention: 'ratio' });
    expect(find('age_band', 'equal_opportunity_difference')).toMatchObject({ value: 0.041 });
    // worst case of the TPR (0.041) and FPR (0.009) gaps, located at the TPR gap
    const eo = find('age_band', 'equalized_odds_difference');
    expect(eo).toMatchObject({ value: 0.041, convention: 'unsigned' });
    expect(eo?.at.line).toBe(lineOf(text, '"difference": { "selection_rate": 0.046'));
    // given explicitly for sex: not derived again
    expect(report.value.results.filter((r) => r.attribute === 'sex' && r.metric === 'equalized_odds_difference')).toHaveLength(1);
    const group = report.value.results.find((r) => r.group === '18-25' && r.metric === 'selection_rate');
    expect(group).toMatchObject({ value: 0.198, convention: 'value' });
    expect(group?.at.line).toBe(lineOf(text, '"selection_rate": { "18-25": 0.198'));
  });

  it('reads a single frame with sensitive_feature at the top', () => {
    const single = storeWith({ 'f.json': fixture('bias/fairlearn-single-frame.json') }).evidence(bias, 'f.json');
    if (!single.ok) throw new Error(single.problem.message);
    expect(single.value.results.find((r) => r.metric === 'demographic_parity_difference')).toMatchObject({ attribute: 'region', value: 0.16 });
  });

  it("reports Python's NaN (invalid JSON) at its line", () => {
    const text = fixture('bias/bad/fairlearn-nan.json');
    const nan = storeWith({ 'f.json': text }).evidence(bias, 'f.json');
    expect(nan).toEqual({
      ok: false,
      problem: { message: 'f.json: invalid JSON: invalid symbol', at: { file: 'f.json', line: lineOf(text, 'NaN'), column: expect.any(Number) } },
    });
  });
});

describe('AIF360 metric exports', () => {
  const text = fixture('bias/aif360-metrics.json');
  const report = storeWith({ 'a.json': text }).evidence(bias, 'a.json');

  it('reads method values and MetricJSONExplainer output (objects and JSON strings), signed', () => {
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.format).toBe('aif360');
    const sex = report.value.results.filter((r) => r.attribute === 'sex');
    expect(sex.find((r) => r.metric === 'statistical_parity_difference')).toMatchObject({ value: -0.142, convention: 'signed' });
    expect(sex.find((r) => r.metric === 'disparate_impact')).toMatchObject({ value: 0.874, convention: 'ratio' });
    const age = report.value.results.filter((r) => r.attribute === 'age_band');
    expect(age.map((r) => [r.metric, r.value])).toEqual([
      ['disparate_impact', 0.9134],
      ['statistical_parity_difference', -0.0217],
    ]);
  });

  it('does not read an explanation string with a repeated key (JSON.parse would take the last message)', () => {
    const forged = text.replace('{\\"metric\\": \\"Statistical Parity Difference\\", ', '{\\"metric\\": \\"Statistical Parity Difference\\", \\"message\\": \\"Statistical parity difference: -0.5\\", ');
    expect(forged).not.toBe(text);
    const read = storeWith({ 'a.json': forged }).evidence(bias, 'a.json');
    if (!read.ok) throw new Error(read.problem.message);
    const age = read.value.results.filter((r) => r.attribute === 'age_band');
    // Not the first message's -0.5 nor the second's -0.0217: the explanation is not read as a metric.
    expect(age.map((r) => r.metric)).toEqual(['disparate_impact', 'explanations[1]']);
  });

  it.each([
    ['Disparate impact (…): 0.7362', 0.7362],
    ['Statistical parity difference (…): -0.1', -0.1],
    ['Theil index: 1.2e-3', 0.0012],
    ['Disparate impact: nan', Number.NaN],
    ['no value here', 'no value here'],
  ])('takes the value from the end of "%s"', (message, value) => {
    expect(explainedValue(message)).toEqual(value);
  });
});

// From a new user: AIF360 metrics exported flat (one protected attribute, its values at the top
// level, or a list of those) were refused for want of protected_attributes.
describe('flat AIF360 exports', () => {
  const read = (text: string, format?: string) => storeWith({ 'a.json': text }).evidence(bias, 'a.json', format);
  const metricsOf = (report: ReturnType<typeof read>, text: string) => {
    if (!report.ok) throw new Error(report.problem.message);
    return report.value.results.map((r) => [r.attribute, r.metric, r.value, r.convention, r.at.line === lineOf(text, `"${r.metric}": ${JSON.stringify(r.value)}`)]);
  };

  it('reads one protected attribute with its values at the top level, as protected_attributes.<attribute>.metrics', () => {
    const text = fixture('bias/aif360-flat.json');
    const report = read(text);
    expect(metricsOf(report, text)).toEqual([
      ['sex', 'statistical_parity_difference', -0.04312, 'signed', true],
      ['sex', 'disparate_impact', 0.93018, 'ratio', true],
      ['sex', 'equal_opportunity_difference', -0.021, 'signed', true],
      ['sex', 'average_odds_difference', -0.018, 'signed', true],
      ['sex', 'theil_index', 0.112, 'value', true],
    ]);
    if (!report.ok) return;
    expect(report.value.format).toBe('aif360');
    expect(report.value.attributes.get('sex')?.line).toBe(lineOf(text, '"protected_attribute"'));
    expect(report.value.modelName).toMatchObject({ value: 'risk-model', at: { line: lineOf(text, '"model"') } });
    expect(report.value.modelVersion).toMatchObject({ value: '3.1.0', at: { line: lineOf(text, '"model_version"') } });
    expect(report.value.generatedAt).toMatchObject({ value: '2026-11-02T10:41:07Z', at: { line: lineOf(text, '"timestamp"') } });
  });

  it('reads a list of them, one per attribute, as one report dated by its oldest item', () => {
    const text = fixture('bias/aif360-flat-list.json');
    const report = read(text);
    expect(metricsOf(report, text)).toEqual([
      ['sex', 'statistical_parity_difference', -0.04312, 'signed', true],
      ['sex', 'disparate_impact', 0.93018, 'ratio', true],
      ['age_band', 'statistical_parity_difference', -0.061, 'signed', true],
      ['age_band', 'disparate_impact', 0.8817, 'ratio', true],
    ]);
    if (!report.ok) return;
    expect([...report.value.attributes.keys()]).toEqual(['sex', 'age_band']);
    expect(report.value.generatedAt).toMatchObject({ value: '2026-11-02T10:39:55.004211', at: { line: lineOf(text, '"timestamp": "2026-11-02T10:39:55') } });
  });

  it.each([
    ['model_name and generated_at, as the nested form names them', { model_name: 'risk-model', generated_at: '2026-11-02' }, ['model_name', 'generated_at']],
    ['model_name and generated_at over model and timestamp', { model_name: 'risk-model', model: 'xgboost', generated_at: '2026-11-02', timestamp: '2026-11-01' }, ['model_name', 'generated_at']],
  ])('reads %s', (_name, fields, [nameAt, dateAt]) => {
    const text = JSON.stringify({ protected_attribute: 'sex', disparate_impact: 0.9, ...fields }, null, 2);
    const report = read(text);
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.modelName).toMatchObject({ value: 'risk-model', at: { line: lineOf(text, `"${nameAt}"`) } });
    expect(report.value.generatedAt?.at.line).toBe(lineOf(text, `"${dateAt}"`));
  });

  // A number (or a blank: to_json() writes NaN as null) is a measurement, and so is anything under
  // a fairness metric's name; other text, mappings and lists are the export's notes.
  it('takes numbers, blanks and anything named as a fairness metric for values, and leaves notes alone', () => {
    // A blank or numeric text that names no metric is a note (review: "run_id": null failed bias/values-valid).
    const text = JSON.stringify({ protected_attribute: 'sex', run_id: 'a41f07', job_id: null, random_seed: '42', dataset: 'holdout', config: { seed: 7 }, num_instances: 2000, theil_index: null, mean_difference: 'NaN', disparate_impact: 'n/a', smoothed_edf: [0.3] }, null, 2);
    const report = read(text);
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.results.map((r) => [r.metric, r.value])).toEqual([
      ['num_instances', 2000],
      ['theil_index', null],
      ['mean_difference', 'NaN'],
      ['disparate_impact', 'n/a'],
    ]);
  });

  it.each([
    ['both forms at once', { protected_attribute: 'sex', disparate_impact: 0.9, protected_attributes: { sex: { metrics: { disparate_impact: 0.9 } } } }, undefined, '{', 'must be protected_attributes (one entry per attribute), or a flat export: protected_attribute with its metric values beside it, or a list of flat exports, found a mapping'],
    ['neither form, declared', { model_version: '3.1.0', disparate_impact: 0.9 }, 'aif360', '{', 'must be protected_attributes (one entry per attribute), or a flat export: protected_attribute with its metric values beside it, or a list of flat exports, found a mapping'],
    ['no metric value', { protected_attribute: 'sex', run_id: 'a41f07' }, undefined, '"protected_attribute"', 'protected attribute "sex" has no metric values (numbers beside protected_attribute, or under metrics or explanations)'],
    ['an attribute that is not text', { protected_attribute: ['sex', 'race'], disparate_impact: 0.9 }, 'aif360', '"protected_attribute"', 'protected_attribute: must be text, found a list'],
    ['a model that is not text', { protected_attribute: 'sex', model: { name: 'risk-model' }, disparate_impact: 0.9 }, undefined, '"model"', 'model: must be text, found a mapping'],
    ['groups that are not a list', { protected_attribute: 'sex', privileged_groups: { sex: 1 }, disparate_impact: 0.9 }, undefined, '"privileged_groups"', 'privileged_groups: must be a list, found a mapping'],
    ['a timestamp that is no date', { protected_attribute: 'sex', disparate_impact: 0.9, timestamp: 'yesterday' }, undefined, '"timestamp"', 'timestamp: must be a date or date-time, found text "yesterday"'],
    // At the item's opening brace, the line before its first field.
    ['a list item without an attribute', [{ protected_attribute: 'sex', disparate_impact: 0.9 }, { disparate_impact: 0.8 }], 'aif360', '"disparate_impact": 0.8', '[1]: missing required field "protected_attribute"', -1],
    ['list items for two model versions', [{ protected_attribute: 'sex', model_version: '3.1.0', disparate_impact: 0.9 }, { protected_attribute: 'race', model_version: '3.0.0', disparate_impact: 0.8 }], undefined, '"model_version": "3.0.0"', '[1].model_version: "3.0.0" is not the "3.1.0" of [0].model_version: one report is about one model version; write each to its own file'],
    ['list items for two models', [{ protected_attribute: 'sex', model: 'risk-model', disparate_impact: 0.9 }, { protected_attribute: 'race', model: 'churn-model', disparate_impact: 0.8 }], undefined, '"model": "churn-model"', '[1].model: "churn-model" is not the "risk-model" of [0].model: one report is about one model; write each to its own file'],
    ['an empty list, declared', [], 'aif360', '[', 'must list at least 1 item'],
  ] as Array<[string, unknown, string | undefined, string, string, number?]>)('refuses %s, at the line at fault', (_name, value, format, at, message, offset = 0) => {
    const text = JSON.stringify(value, null, 2);
    expect(read(text, format)).toEqual({ ok: false, problem: { message: `a.json is not a valid AIF360 metrics export: ${message}`, at: expect.objectContaining({ file: 'a.json', line: lineOf(text, at) + offset }) } });
  });
});

describe('the model a report is about', () => {
  const read = (text: string) => storeWith({ 'r.json': text }).evidence(bias, 'r.json');

  it.each([
    ['our format (model.name)', '{\n  "schema": "modelgate/bias-report@1",\n  "model": {\n    "name": "support-assistant",\n    "version": "1.1.0"\n  },\n  "results": [{ "attribute": "sex", "metric": "dpd", "value": 0.01 }]\n}\n', '"name"'],
    ['a Fairlearn export (model_name)', '{\n  "model_version": "1.1.0",\n  "model_name": "support-assistant",\n  "sensitive_feature": "sex",\n  "difference": { "selection_rate": 0.01 }\n}\n', '"model_name"'],
    ['an AIF360 export (model_name)', '{\n  "model_version": "1.1.0",\n  "model_name": "support-assistant",\n  "protected_attributes": { "sex": { "metrics": { "disparate_impact": 0.9 } } }\n}\n', '"model_name"'],
  ])('is read from %s, with its line', (_name, text, at) => {
    const report = read(text);
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.modelName).toMatchObject({ value: 'support-assistant', at: { file: 'r.json', line: lineOf(text, at) } });
  });

  it('is absent where the report names none', () => {
    const report = read(fixture('bias/fairlearn-metricframes.json'));
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.modelName).toBeUndefined();
  });

  it.each([
    ['a Fairlearn export', '{"model_name": ["support-assistant"], "sensitive_feature": "sex", "difference": {"selection_rate": 0.01}}'],
    ['an AIF360 export', '{"model_name": 7, "protected_attributes": {"sex": {"metrics": {"disparate_impact": 0.9}}}}'],
  ])('must be text in %s (a model_name that is not cannot be compared, so the report is not read)', (_name, text) => {
    expect(read(text)).toMatchObject({ ok: false, problem: { message: expect.stringContaining('model_name') } });
  });
});
