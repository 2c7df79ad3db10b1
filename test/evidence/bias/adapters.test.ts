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
