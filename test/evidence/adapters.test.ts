/**
 * Each adapter on files shaped like the real tools' output, and on every kind of bad file: the
 * normalised values and their source lines, or a located problem (never a crash or a pass).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainedValue } from '../../src/evidence/bias/aif360.js';
import { bias } from '../../src/evidence/bias/kind.js';
import { monitoringRun } from '../../src/evidence/monitoring-run/kind.js';
import { monitoring } from '../../src/evidence/monitoring/kind.js';
import { EvidenceStore } from '../../src/evidence/store.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { loadManifest } from '../../src/load/manifest.js';
import { lineOf, makeRepo } from '../helpers/repo.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function storeWith(files: Record<string, string>, maxFileBytes?: number) {
  const root = makeRepo({ 'ai-system.yaml': 'id: x\nname: X\nversion: "1"\n', ...files });
  const repo = new RepoFs(root, maxFileBytes ? { maxFileBytes } : {});
  const loaded = loadManifest(repo, 'ai-system.yaml');
  if (!loaded.ok) throw new Error('manifest');
  return new EvidenceStore(repo, loaded.manifest);
}

describe('Fairlearn MetricFrame exports', () => {
  const text = fixture('fairlearn-metricframes.json');
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
    const single = storeWith({ 'f.json': fixture('fairlearn-single-frame.json') }).evidence(bias, 'f.json');
    if (!single.ok) throw new Error(single.problem.message);
    expect(single.value.results.find((r) => r.metric === 'demographic_parity_difference')).toMatchObject({ attribute: 'region', value: 0.16 });
  });

  it("reports Python's NaN (invalid JSON) at its line", () => {
    const text = fixture('fairlearn-nan.json');
    const nan = storeWith({ 'f.json': text }).evidence(bias, 'f.json');
    expect(nan).toEqual({
      ok: false,
      problem: { message: 'f.json: invalid JSON: invalid symbol', at: { file: 'f.json', line: lineOf(text, 'NaN'), column: expect.any(Number) } },
    });
  });
});

describe('AIF360 metric exports', () => {
  const text = fixture('aif360-metrics.json');
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

describe('monitoring configs', () => {
  it('Evidently: drift presets with tool defaults, explicit stat tests, and quality metrics with tests', () => {
    const text = fixture('evidently-report-config.json');
    const config = storeWith({ 'e.json': text }).evidence(monitoring, 'e.json');
    if (!config.ok) throw new Error(config.problem.message);
    expect(config.value.format).toBe('evidently');
    expect(config.value.metrics.map(({ at: _at, ...m }) => m)).toEqual([
      { name: 'DataDriftPreset', features: ['utilisation', 'months_on_book', 'inquiries_6m'], method: 'psi', threshold: 0.2, max: 0.5 },
      { name: 'ValueDrift(prediction)', method: 'jensenshannon', threshold: 0.1 },
      { name: 'RocAuc', method: 'RocAuc', min: 0.75 },
      { name: 'RowCount', method: 'RowCount' },
    ]);
    expect(config.value.reference).toBeUndefined();
  });

  it('NannyML: calculators, methods, thresholds and an interval schedule', () => {
    const text = fixture('nannyml.yaml');
    const config = storeWith({ 'nannyml.yaml': text }).evidence(monitoring, 'nannyml.yaml');
    if (!config.ok) throw new Error(config.problem.message);
    expect(config.value.format).toBe('nannyml');
    expect(config.value.metrics.map(({ at: _at, ...m }) => m)).toEqual([
      { name: 'feature drift', method: 'kolmogorov_smirnov, jensen_shannon, chi2', thresholdDefault: true, features: ['utilisation', 'months_on_book', 'inquiries_6m'] },
      { name: 'estimated performance', method: 'roc_auc', min: 0.75 },
    ]);
    expect(config.value.reference?.value).toEqual({ dataset: 's3://demo-monitoring/reference/holdout-2025q4.parquet' });
    expect(config.value.schedule).toMatchObject({ value: { everyMinutes: 30 * 1440 }, at: { line: lineOf(text, 'interval:') } });
  });

  it('WhyLabs: analyzers, a rolling baseline, the daily cadence and the alert target', () => {
    const text = fixture('whylabs-monitor.json');
    const config = storeWith({ 'w.json': text }).evidence(monitoring, 'w.json');
    if (!config.ok) throw new Error(config.problem.message);
    expect(config.value.format).toBe('whylogs');
    expect(config.value.metrics.map((m) => [m.name, m.method, m.threshold])).toEqual([
      ['frequent-items-drift-analyzer (frequent_items)', 'hellinger', 0.7],
      ['median-stddev-analyzer (median)', 'stddev', 2],
    ]);
    expect(config.value.reference?.value).toEqual({ dataset: 'TrailingWindow of 7', rolling: true });
    expect(config.value.schedule?.value).toEqual({ everyMinutes: 1440 });
    expect(config.value.alertRoute?.value).toBe('email:ml-oncall@example.com');
  });
});

describe('monitoring run results', () => {
  it('Evidently snapshot: timestamp and every test with its status, located', () => {
    const text = fixture('evidently-snapshot.json');
    const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    expect(run.value.ranAt?.value).toBe('2026-11-16T06:02:41.118204');
    expect(run.value.tests.map((t) => [t.name, t.status, t.at.line])).toEqual([
      ['Share of Drifted Columns: Less 0.5', 'pass', lineOf(text, '"status": "SUCCESS"')],
      ['Drift score for prediction: Less 0.1', 'fail', lineOf(text, '"status": "FAIL"')],
      ['ROC AUC: Greater 0.75', 'error', lineOf(text, '"status": "ERROR"')],
    ]);
  });
});

describe('bad evidence files: a located problem, never a crash or a pass', () => {
  const fairlearn = fixture('fairlearn-metricframes.json');
  const evidently = fixture('evidently-report-config.json');
  const nannyml = fixture('nannyml.yaml');

  it.each([
    ['bias', 'fairlearn', 'f.json', fairlearn.slice(0, Math.floor(fairlearn.length / 2)), /^f\.json: invalid JSON: /],
    ['bias', 'fairlearn', 'f.json', '', /^f\.json: invalid JSON: the file is empty$/],
    ['bias', 'fairlearn', 'f.json', '[1, 2, 3]', /^f\.json is not a valid Fairlearn MetricFrame export: must be a mapping, found a list$/],
    ['bias', 'fairlearn', 'f.json', '{"sensitive_feature": "sex", "by_group": {"selection_rate": 0.2}}', /^f\.json is not a valid Fairlearn MetricFrame export: by_group\.selection_rate: must be a mapping, found the number 0\.2$/],
    ['bias', 'fairlearn', 'f.json', evidently, /^f\.json is declared as a fairlearn bias report, but it looks like a evidently monitoring config$/],
    ['bias', 'aif360', 'a.json', '{"protected_attributes": {"sex": {"privileged_groups": []}}}', /^a\.json is not a valid AIF360 metrics export: protected_attributes\.sex: must be a protected attribute with metrics or explanations/],
    ['bias', 'aif360', 'a.json', fairlearn, /^a\.json is declared as a aif360 bias report, but it looks like a fairlearn bias report$/],
    ['bias', undefined, 'x.json', '{"accuracy": 0.91}', /^x\.json is not a bias report in a format modelgate reads/],
    ['monitoring', 'evidently', 'e.json', '{"metrics": [{"type": 42}]}', /^e\.json is not a valid Evidently report config: metrics\[0\]\.type: must be text, found the number 42/],
    ['monitoring', 'nannyml', 'n.yaml', nannyml.replace('calculators:', 'calculatorz:'), /^n\.yaml is declared as a nannyml monitoring config, but it looks like|^n\.yaml is not a valid NannyML config: missing required field "calculators"/],
    ['monitoring', 'nannyml', 'n.yaml', 'input: [\n', /^n\.yaml: invalid YAML: /],
    ['monitoring', 'whylogs', 'w.json', '{"analyzers": [], "monitors": []}', /^w\.json is not a valid WhyLabs monitor config: analyzers: must list at least 1 item$/],
    ['monitoring', undefined, 'm.yaml', fairlearn, /^m\.yaml is cited as a monitoring config, but it looks like a fairlearn bias report$/],
  ])('%s (%s) %s: %s', (kind, format, file, text, message) => {
    const store = storeWith({ [file]: text });
    const result = kind === 'bias' ? store.evidence(bias, file, format) : store.evidence(monitoring, file, format);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.message).toMatch(message);
      expect(result.problem.at?.file).toBe(file);
      expect(result.problem.at?.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses an oversized report without reading it', () => {
    const result = storeWith({ 'big.json': `{"x": "${'a'.repeat(3000)}"}` }, 1024).evidence(bias, 'big.json');
    expect(result).toEqual({ ok: false, problem: { message: 'big.json is 2.9 KB, over the 1 KB limit (max-file-size)' } });
  });
});
