/**
 * Evidently (0.7) report configs, as `evidently report CONFIG …` reads them: a JSON or YAML
 * `ReportConfig` with `metrics` whose `type` names the metric or preset
 * ("evidently:metric_container:DataDriftPreset", "evidently:metric_v2:ValueDrift", …). A drift
 * method or threshold left null means Evidently's documented default for the column type; a
 * quality metric alerts only through its `tests`. The reference dataset is a CLI argument, so it
 * comes from the manifest's monitoring.reference.
 */
import { asText, type SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { MonitoredMetric, MonitoringConfig } from './types.js';

const SCHEMA = 'evidently-config.schema.json';

const DRIFT = new Set(['DataDriftPreset', 'ValueDrift', 'DriftedColumnsCount', 'DatasetDriftMetric', 'ColumnDriftMetric', 'DataDriftTable']);
const BOUND_KEYS = ['threshold', 'gt', 'gte', 'lt', 'lte', 'eq'];

/** `evidently:metric_v2:ValueDrift` → `ValueDrift`. */
export function shortType(type: string): string {
  return type.split(':').pop() ?? type;
}

/**
 * A metric's name as modelgate shows it and matches a run's values to it: its type, and its
 * column if it has one ("ValueDrift(prediction)"). The run adapter names Evidently's results the
 * same way, from their `type` and `column` params.
 */
export function evidentlyMetricName(type: string, column: unknown): string {
  const short = shortType(type);
  return typeof column === 'string' ? `${short}(${column})` : short;
}

export const evidentlyMonitoring: Adapter<MonitoringConfig> = {
  format: 'evidently',
  schema: SCHEMA,
  detect: (value) =>
    isRecord(value) &&
    Array.isArray(value.metrics) &&
    value.metrics.some((m) => isRecord(m) && typeof m.type === 'string' && m.type.startsWith('evidently:')),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'Evidently report config');
    if (problem) return { ok: false, problem };
    const raw = doc.value as { metrics: Array<Record<string, unknown>> };
    const metrics: MonitoredMetric[] = raw.metrics.map((item, index) => {
      const type = shortType(item.type as string);
      const metric: MonitoredMetric = { name: evidentlyMetricName(type, item.column), at: at(doc, ['metrics', index]) };
      if (Array.isArray(item.columns)) metric.features = item.columns.map(asText); // pandas columns may be numbers; asText never throws (a column { toString: [] } made String throw)
      if (DRIFT.has(type)) {
        const method = [item.method, item.num_method, item.cat_method, item.stattest].find((m) => typeof m === 'string');
        if (typeof method === 'string') metric.method = method;
        else metric.methodDefault = true; // Evidently picks a stat test per column type and size
        const threshold = [item.threshold, item.num_threshold, item.cat_threshold, item.stattest_threshold].find((t) => typeof t === 'number');
        if (typeof threshold === 'number') metric.threshold = threshold;
        else metric.thresholdDefault = true; // 0.05 p-value, or 0.1 distance, by stat test
        if (type === 'DriftedColumnsCount' || type === 'DataDriftPreset') {
          metric.maxShare = typeof item.drift_share === 'number' ? item.drift_share : 0.5; // Evidently's default
          // A preset is not a result: Evidently runs it as a DriftedColumnsCount (the share of its
          // columns that drifted) and a ValueDrift for each column.
          if (type === 'DataDriftPreset') metric.reportedAs = ['DriftedColumnsCount'];
        }
      } else {
        metric.method = type;
        const tests = Array.isArray(item.tests) ? item.tests.filter(isRecord) : [];
        for (const test of tests) {
          // "GreaterThanMetricTest" with threshold 0.75 is a minimum; "LessThan…" a maximum.
          const testType = typeof test.type === 'string' ? shortType(test.type) : '';
          const direction = /greater|^gt/i.test(testType) ? 'min' : /less|^lt/i.test(testType) ? 'max' : undefined;
          for (const key of BOUND_KEYS) {
            const bound = test[key];
            if (typeof bound !== 'number') continue;
            if (key.startsWith('g') || (key === 'threshold' && direction === 'min')) metric.min = bound;
            else if (key.startsWith('l') || (key === 'threshold' && direction === 'max')) metric.max = bound;
            else metric.threshold = bound;
          }
        }
      }
      return metric;
    });
    const config: MonitoringConfig = { format: 'evidently', file: doc.file, metrics };
    return { ok: true, value: config };
  },
};
