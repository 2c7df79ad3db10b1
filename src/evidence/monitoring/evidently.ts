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
import { metricKey } from './methods.js';
import type { MonitoredMetric, MonitoringConfig } from './types.js';

const SCHEMA = 'evidently-config.schema.json';

const DRIFT = new Set(['DataDriftPreset', 'ValueDrift', 'DriftedColumnsCount', 'DatasetDriftMetric', 'ColumnDriftMetric', 'DataDriftTable']);
const BOUND_KEYS = ['threshold', 'gt', 'gte', 'lt', 'lte', 'eq'];

/** `evidently:metric_v2:ValueDrift` → `ValueDrift`. */
export function shortType(type: string): string {
  return type.split(':').pop() ?? type;
}

/** How modelgate names an Evidently metric, and what it matches a run's results to it by. */
export interface EvidentlyIdentity {
  /** As messages show it: "DriftedColumnsCount(utilisation, months_on_book, inquiries_6m)", long lists cut short. */
  name: string;
  /**
   * What a run's result is matched by, for a metric over a list of columns: its type and the set
   * of its columns (each once, in any order, case and outer spaces aside), whole, however long
   * the list or odd the names. Other metrics are matched by their name (metricKey).
   */
  key?: string;
  /** The key of every metric of its type, for a metric over a list of columns (its key tells one of them apart). */
  family?: string;
}

/** How many of a metric's columns its name shows, and how much of each. */
const SHOWN_COLUMNS = 4;
const SHOWN_COLUMN_CHARS = 40;

/** A column name that could be read as two, or as the end of the list, is shown quoted. */
const NEEDS_QUOTES = /[,()"\\\p{Cc}]/u;

/**
 * A metric's name and key: its type, and its column if it has one ("ValueDrift(prediction)"); a
 * metric over a list of columns (`columns`: a DriftedColumnsCount, a DataDriftPreset) is also
 * named and keyed by them, since two of one type over different columns are different metrics,
 * each with its own drift_share. One with no list (every column) keeps its type alone. The run
 * adapter names Evidently's results the same way, from their params or their explicit id.
 */
export function evidentlyIdentity(type: string, params: { column?: unknown; columns?: unknown }): EvidentlyIdentity {
  const short = shortType(type);
  if (!Array.isArray(params.columns)) return { name: typeof params.column === 'string' ? `${short}(${params.column})` : short };
  // pandas columns may be numbers; asText never throws (a column { toString: [] } made String throw)
  const columns = params.columns.map(asText);
  const set = [...new Set(columns.map(metricKey))].sort();
  const written = [...new Set(columns)];
  const shown = written.slice(0, SHOWN_COLUMNS).map(shownColumn);
  if (written.length > SHOWN_COLUMNS) shown.push(`and ${written.length - SHOWN_COLUMNS} more`);
  const family = metricKey(short);
  return { name: `${short}(${shown.length > 0 ? shown.join(', ') : 'no columns'})`, key: `${family}(columns=${JSON.stringify(set)})`, family };
}

/** A column as a name shows it: cut short when long, quoted when it could be misread. */
function shownColumn(column: string): string {
  const cut = column.length > SHOWN_COLUMN_CHARS ? `${column.slice(0, SHOWN_COLUMN_CHARS - 1)}…` : column;
  return NEEDS_QUOTES.test(cut) || cut.trim() !== cut || cut === '' ? JSON.stringify(cut) : cut;
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
      const metric: MonitoredMetric = { ...evidentlyIdentity(type, item), at: at(doc, ['metrics', index]) };
      if (Array.isArray(item.columns)) metric.features = item.columns.map(asText);
      if (DRIFT.has(type)) {
        const method = [item.method, item.num_method, item.cat_method, item.stattest].find((m) => typeof m === 'string');
        if (typeof method === 'string') metric.method = method;
        else metric.methodDefault = true; // Evidently picks a stat test per column type and size
        const threshold = [item.threshold, item.num_threshold, item.cat_threshold, item.stattest_threshold].find((t) => typeof t === 'number');
        if (typeof threshold === 'number') metric.threshold = threshold;
        else metric.thresholdDefault = true; // 0.05 p-value, or 0.1 distance, by stat test
        if (type === 'DriftedColumnsCount' || type === 'DataDriftPreset') {
          metric.maxShare = typeof item.drift_share === 'number' ? item.drift_share : 0.5; // Evidently's default
          // A preset is not a result: Evidently runs it as a DriftedColumnsCount of its columns (the
          // share of them that drifted) and a ValueDrift for each column.
          if (type === 'DataDriftPreset') {
            const counted = evidentlyIdentity('DriftedColumnsCount', { columns: item.columns });
            metric.reportedAs = [counted.key ?? counted.name];
          }
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
