/** The monitoring-run adapters on an Evidently snapshot: when it ran, and every test with its status, located. */
import { describe, expect, it } from 'vitest';
import { monitoringRun } from '../../../src/evidence/monitoring-run/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';

describe('monitoring run results', () => {
  it('Evidently snapshot: timestamp and every test with its status, located', () => {
    const text = fixture('monitoring-run/evidently-snapshot.json');
    const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    expect(run.value.ranAt?.value).toBe('2026-11-16T06:02:41.118204');
    expect(run.value.tests.map((t) => [t.name, t.status, t.at.line])).toEqual([
      ['Share of Drifted Columns: Less 0.5', 'pass', lineOf(text, '"status": "SUCCESS"')],
      ['Drift score for prediction: Less 0.1', 'fail', lineOf(text, '"status": "FAIL"')],
      ['ROC AUC: Greater 0.75', 'error', lineOf(text, '"status": "ERROR"')],
    ]);
    // Each result's value, named by the metric its metric_value_location records.
    expect(run.value.values.map((v) => [v.name, v.value, v.share, v.at.line])).toEqual([
      ['DriftedColumnsCount', 0.3333333333333333, true, lineOf(text, '"display_name": "Share of Drifted Columns"')],
      ['ValueDrift(prediction)', 0.14, undefined, lineOf(text, '"value": 0.14')],
    ]);
    expect(run.value.undatedHint).toBeUndefined();
  });

  // As Evidently 0.7.16 and later write it (core/metric_types.py MetricResult.to_dict): one
  // line, each metric's explicit id as metric_name, its params as config, a hash as id.
  it('Evidently save_json(): every value named by its params and located at its column, tests, no timestamp', () => {
    const text = fixture('monitoring-run/evidently-dict.json');
    const run = storeWith({ 'run.json': text }).evidence(monitoringRun, 'run.json');
    if (!run.ok) throw new Error(run.problem.message);
    const columnOf = (needle: string) => text.indexOf(needle) + needle.length + 1;
    expect(run.value.values.map((v) => [v.name, v.value, v.share, v.at.line, v.at.column])).toEqual([
      ['DriftedColumnsCount', 0.6666666666666666, true, 1, columnOf('"share": ')],
      ['ValueDrift(utilisation)', 0.31, undefined, 1, text.indexOf('0.31') + 1],
      ['ValueDrift(months_on_book)', 0.04, undefined, 1, text.indexOf('0.04') + 1],
      ['ValueDrift(inquiries_6m)', 0.27, undefined, 1, text.indexOf('0.27') + 1],
      ['ValueDrift(prediction)', 0.37, undefined, 1, text.indexOf('0.37') + 1],
      ['RocAuc', 0.81, undefined, 1, columnOf('"value": 0.81') - 4],
      ['RowCount', 1840, undefined, 1, text.indexOf('1840.0') + 1],
    ]);
    expect(run.value.tests.map((t) => [t.name, t.status])).toEqual([
      ['Share of Drifted Columns: Less 0.5', 'fail'],
      ['Value drift for utilisation: Drift score is less than 0.2', 'fail'],
      ['Value drift for months_on_book: Drift score is less than 0.2', 'pass'],
      ['Value drift for inquiries_6m: Drift score is less than 0.2', 'fail'],
      ['Value drift for prediction: Drift score is less than 0.1', 'fail'],
      ['ROC AUC: Greater than 0.75', 'pass'],
    ]);
    expect(run.value.ranAt).toBeUndefined();
    expect(run.value.undatedHint).toMatch(/snapshot\.dumps\(\)/);
  });
});
