/** The monitoring-config adapters on Evidently, NannyML and WhyLabs configs: metrics, methods, thresholds, reference, schedule and alerts, located. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { monitoring } from '../../../src/evidence/monitoring/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');

describe('monitoring configs', () => {
  it('Evidently: drift presets with tool defaults, explicit stat tests, and quality metrics with tests', () => {
    const text = fixture('monitoring/evidently-report-config.json');
    const config = storeWith({ 'e.json': text }).evidence(monitoring, 'e.json');
    if (!config.ok) throw new Error(config.problem.message);
    expect(config.value.format).toBe('evidently');
    expect(config.value.metrics.map(({ at: _at, ...m }) => m)).toEqual([
      // Named by its columns too, and reported as the DriftedColumnsCount of the same columns.
      {
        name: 'DataDriftPreset(utilisation, months_on_book, inquiries_6m)',
        key: 'datadriftpreset(columns=["inquiries_6m","months_on_book","utilisation"])',
        family: 'datadriftpreset',
        features: ['utilisation', 'months_on_book', 'inquiries_6m'],
        method: 'psi',
        threshold: 0.2,
        maxShare: 0.5,
        reportedAs: ['driftedcolumnscount(columns=["inquiries_6m","months_on_book","utilisation"])'],
      },
      { name: 'ValueDrift(prediction)', method: 'jensenshannon', threshold: 0.1 },
      { name: 'RocAuc', method: 'RocAuc', min: 0.75 },
      { name: 'RowCount', method: 'RowCount' },
    ]);
    expect(config.value.reference).toBeUndefined();
  });

  it("Evidently: the example in the kind's docs (docs/manifest.md) is read as it says", () => {
    const docs = fs.readFileSync(path.join(ROOT, 'src/evidence/monitoring/docs.md'), 'utf8');
    const example = [...docs.matchAll(/```yaml\n([^`]*)```/g)].map((m) => m[1] as string).find((block) => block.includes('evidently:metric_container'));
    const config = storeWith({ 'e.yaml': example ?? '' }).evidence(monitoring, 'e.yaml', 'evidently');
    if (!config.ok) throw new Error(config.problem.message);
    expect(config.value.metrics.map(({ name, method, threshold, min }) => ({ name, method, threshold, min }))).toEqual([
      { name: 'DataDriftPreset(utilisation, months_on_book, inquiries_6m)', method: 'psi', threshold: 0.2, min: undefined },
      { name: 'ValueDrift(prediction)', method: 'jensenshannon', threshold: 0.1, min: undefined },
      { name: 'RocAuc', method: 'RocAuc', threshold: undefined, min: 0.75 },
    ]);
  });

  // Found by the engine property with a random seed: String() threw on a column written as a mapping with a toString key.
  it.each([
    ['Evidently', 'e.json', (column: unknown) => JSON.stringify({ metrics: [{ type: 'evidently:metric_container:DataDriftPreset', columns: [column, 3, 'age'], num_method: 'psi', num_threshold: 0.2 }] })],
    ['our own format', 'm.yaml', (column: unknown) => `schema: modelgate/monitoring@1\nmetrics:\n  - { name: drift, method: psi, threshold: 0.2, features: [${JSON.stringify(column)}, 3, age] }\n`],
  ])('%s: features that are not text are read as text, never thrown on', (_, file, text) => {
    const config = storeWith({ [file]: text({ toString: [] }) }).evidence(monitoring, file);
    if (config.ok) expect(config.value.metrics[0]?.features).toEqual(['{"toString":[]}', '3', 'age']);
    else expect(config.problem.message).not.toMatch(/internal error|primitive/);
  });

  it('NannyML: calculators, methods, thresholds and an interval schedule', () => {
    const text = fixture('monitoring/nannyml.yaml');
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
    const text = fixture('monitoring/whylogs-monitor.json');
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
