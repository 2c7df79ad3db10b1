/**
 * Evidently (0.7) run results, in both of the forms Evidently writes: a saved snapshot
 * (`snapshot.dumps()`, a `SnapshotModel`: timestamp, metric_results with their tests) or the
 * `snapshot.dict()` / `json()` / `save_json()` view (metrics and tests lists, no timestamp).
 * Test statuses are Evidently's SUCCESS, FAIL, WARNING, ERROR and SKIPPED. Shapes from
 * evidently/core/report.py (`Snapshot.dict`, `to_snapshot_model`) and core/metric_types.py
 * (`MetricResult.to_dict`, `CountValue`, `MetricTestResult`).
 */
import { asText, type SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, dateText, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { evidentlyMetricName, shortType } from '../monitoring/evidently.js';
import type { MonitoringRun, RunStatus } from './types.js';

const SCHEMA = 'evidently-snapshot.schema.json';

const STATUS: Record<string, RunStatus> = { SUCCESS: 'pass', FAIL: 'fail', WARNING: 'warn', ERROR: 'error', SKIPPED: 'skip' };

export const evidentlyRun: Adapter<MonitoringRun> = {
  format: 'evidently',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && (isRecord(value.metric_results) || (Array.isArray(value.tests) && Array.isArray(value.metrics))),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'Evidently run result');
    if (problem) return { ok: false, problem };
    const raw = doc.value as Record<string, unknown>;
    const run: MonitoringRun = { format: 'evidently', file: doc.file, tests: [], values: [] };
    const timestamp = dateText(raw.timestamp);
    if (timestamp) run.ranAt = { value: timestamp, at: at(doc, ['timestamp']) };
    const addTests = (tests: unknown, base: PathSegment[]) => {
      if (!Array.isArray(tests)) return;
      tests.forEach((test, index) => {
        if (!isRecord(test)) return;
        const name = asText(test.name ?? test.id ?? `test ${index + 1}`);
        // A SnapshotModel's test records the metric it tested (`metric_config`: its hash id and params).
        const params = isRecord(test.metric_config) && isRecord(test.metric_config.params) ? test.metric_config.params : undefined;
        const metric = params && typeof params.type === 'string' ? fromParams(params).name : undefined;
        run.tests.push({
          name,
          status: STATUS[String(test.status)] as RunStatus,
          at: at(doc, [...base, index, 'status']),
          ...(typeof test.id === 'string' ? { id: test.id } : {}),
          ...(metric !== undefined ? { metric } : {}),
        });
      });
    };
    addTests(raw.tests, ['tests']);
    // The dict view (`snapshot.dict()`, `json()`, `save_json()`): each top-level metric's result,
    // named by its params (`config`) or its explicit id (`metric_name` since Evidently 0.7.16,
    // `metric_id` before: "ValueDrift(column=age,method=psi)"); `id` is a hash. It has no timestamp.
    if (Array.isArray(raw.metrics)) {
      raw.metrics.forEach((metric, index) => {
        if (!isRecord(metric)) return;
        const named = isRecord(metric.config) && typeof metric.config.type === 'string' ? fromParams(metric.config) : fromExplicitId(metric.metric_name ?? metric.metric_id);
        const name = named?.name ?? (typeof metric.id === 'string' ? metric.id : undefined);
        if (name !== undefined) addValue(run, doc, name, named?.type, metric.value, (part) => ['metrics', index, 'value', ...(part ? [part] : [])]);
      });
      if (!run.ranAt && !isRecord(raw.metric_results)) run.undatedHint = "Evidently's snapshot.json() and save_json() write none: save the run with snapshot.dumps(), which keeps its timestamp";
    }
    // A saved snapshot (`snapshot.dumps()`, a SnapshotModel): results keyed by hashes, each with
    // its tests and, where Evidently records it, the metric it is for (`metric_value_location`).
    if (isRecord(raw.metric_results)) {
      for (const [id, result] of Object.entries(raw.metric_results)) {
        if (!isRecord(result)) continue;
        addTests(result.tests, ['metric_results', id, 'tests']);
        const location = result.metric_value_location;
        const params = isRecord(location) && isRecord(location.metric) && isRecord(location.metric.params) ? location.metric.params : undefined;
        const named = params && typeof params.type === 'string' ? fromParams(params) : undefined;
        if (!named) continue;
        // A SingleValue holds its number; a CountValue its count and share, each a SingleValue.
        const value = typeof result.value === 'number' ? result.value : { count: innerValue(result.count), share: innerValue(result.share) };
        addValue(run, doc, named.name, named.type, value, (part) => ['metric_results', id, ...(part ? [part] : []), 'value']);
      }
    }
    return { ok: true, value: run };
  },
};

interface Named {
  name: string;
  /** The metric's type, short ("DriftedColumnsCount"). */
  type: string;
}

/** A result named from its metric's params (`type`, `column`), as the config adapter names the metric. */
function fromParams(params: Record<string, unknown>): Named {
  const name = evidentlyMetricName(params.type as string, params.column);
  return { name, type: shortType(params.type as string) };
}

/** A result named from its explicit id ("ValueDrift(column=age,method=psi)" is "ValueDrift(age)"), or undefined. */
function fromExplicitId(id: unknown): Named | undefined {
  if (typeof id !== 'string') return undefined;
  const call = /^([\w.]+)\((.*)\)$/s.exec(id.trim());
  if (!call) return { name: id, type: id };
  const type = (call[1] as string).split('.').pop() as string;
  const column = /(?:^|,)\s*column\s*=\s*['"]?([^,'")]+)/.exec(call[2] as string)?.[1]?.trim();
  return { name: evidentlyMetricName(type, column), type };
}

/** The number a SingleValue holds, as a SnapshotModel writes it (`{ "value": 0.4, … }`). */
function innerValue(single: unknown): unknown {
  return isRecord(single) ? single.value : undefined;
}

/**
 * A result's value as the config's bounds read it: a number as it is; a count and share (a
 * CountValue) by its share for DriftedColumnsCount, whose bound is `drift_share`, and by its
 * count for any other metric, whose tests bound the count.
 */
function addValue(run: MonitoringRun, doc: SourceDoc, name: string, type: string | undefined, value: unknown, pathOf: (part?: 'count' | 'share') => PathSegment[]): void {
  if (typeof value === 'number') {
    run.values.push({ name, value, at: at(doc, pathOf()) });
    return;
  }
  if (!isRecord(value)) return;
  if (type === 'DriftedColumnsCount') {
    if (typeof value.share === 'number') run.values.push({ name, value: value.share, at: at(doc, pathOf('share')), share: true });
  } else if (typeof value.count === 'number') {
    run.values.push({ name, value: value.count, at: at(doc, pathOf('count')) });
  }
}
