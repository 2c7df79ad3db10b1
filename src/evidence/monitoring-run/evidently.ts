/**
 * Evidently (0.7) run results, in both of the forms Evidently writes: a saved snapshot
 * (`snapshot.dumps()`, a `SnapshotModel`: timestamp, metric_results with their tests) or the
 * `snapshot.dict()` / `json()` / `save_json()` view (metrics and tests lists, no timestamp).
 * Test statuses are Evidently's SUCCESS, FAIL, WARNING, ERROR and SKIPPED. Shapes from
 * evidently/core/report.py (`Snapshot.dict`, `to_snapshot_model`) and core/metric_types.py
 * (`MetricResult.to_dict`, `CountValue`, `MetricTestResult`).
 *
 * And the legacy API's (Evidently 0.4 to 0.6, `evidently.legacy` since 0.7), which teams that
 * run Evidently from Python still write (new user: a 0.4 `Report.json()` was "not a monitoring
 * run result"): a Report's `metrics` as `{metric, result}` (ColumnDriftMetric, DataDriftTable:
 * each column's drift_detected a test; DatasetDriftMetric: the share of drifted columns a value
 * and dataset_drift a test; named as the 0.7 metrics that replace them are, ValueDrift and
 * DriftedColumnsCount), and a TestSuite's `tests` (name, status, group) with its `summary`.
 */
import { asText, type SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, dateText, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { evidentlyIdentity, shortType, type EvidentlyIdentity } from '../monitoring/evidently.js';
import type { MonitoringRun, RunStatus } from './types.js';

const SCHEMA = 'evidently-snapshot.schema.json';

const LEGACY_UNDATED = "this legacy Evidently report records none: add the time of the run as its timestamp, or save runs with Evidently 0.7's snapshot.dumps(), which keeps it";

const STATUS: Record<string, RunStatus> = { SUCCESS: 'pass', FAIL: 'fail', WARNING: 'warn', ERROR: 'error', SKIPPED: 'skip' };

export const evidentlyRun: Adapter<MonitoringRun> = {
  format: 'evidently',
  schema: SCHEMA,
  detect: (value) =>
    isRecord(value) &&
    (isRecord(value.metric_results) ||
      (Array.isArray(value.tests) && (Array.isArray(value.metrics) || isRecord(value.summary))) ||
      (Array.isArray(value.metrics) && value.metrics.some((metric) => isRecord(metric) && typeof metric.metric === 'string' && isRecord(metric.result)))),
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
        const metric = params && typeof params.type === 'string' ? fromParams(params) : undefined;
        run.tests.push({
          name,
          status: STATUS[String(test.status)] as RunStatus,
          at: at(doc, [...base, index, 'status']),
          ...(typeof test.id === 'string' ? { id: test.id } : {}),
          ...(metric !== undefined ? { metric: metric.name } : {}),
          ...(metric?.key !== undefined ? { metricKey: metric.key } : {}),
        });
      });
    };
    addTests(raw.tests, ['tests']);
    if (!run.ranAt && Array.isArray(raw.tests) && isRecord(raw.summary)) run.undatedHint = LEGACY_UNDATED;
    // The dict view (`snapshot.dict()`, `json()`, `save_json()`): each top-level metric's result,
    // named by its params (`config`) or its explicit id (`metric_name` since Evidently 0.7.16,
    // `metric_id` before: "ValueDrift(column=age,method=psi)"); `id` is a hash. It has no timestamp.
    // A metric over a list of columns is named by them too (evidentlyIdentity), in every form.
    if (Array.isArray(raw.metrics)) {
      // Named once a report (review: built again for each of 8,000 DatasetDriftMetrics, it ran minutes):
      // of the columns its DataDriftTable reports, as a DataDriftPreset runs the two over the same columns.
      const columns = driftTableColumns(raw.metrics);
      const counted = evidentlyIdentity('DriftedColumnsCount', columns ? { columns } : {});
      raw.metrics.forEach((metric, index) => {
        if (!isRecord(metric)) return;
        if (typeof metric.metric === 'string' && isRecord(metric.result)) {
          addLegacyResult(run, doc, metric.metric, metric.result, ['metrics', index, 'result'], counted);
          return;
        }
        const named = isRecord(metric.config) && typeof metric.config.type === 'string' ? fromParams(metric.config) : fromExplicitId(metric.metric_name ?? metric.metric_id);
        const identity = named ?? (typeof metric.id === 'string' ? { name: metric.id } : undefined);
        if (identity !== undefined) addValue(run, doc, identity, named?.type, metric.value, (part) => ['metrics', index, 'value', ...(part ? [part] : [])]);
      });
      const legacy = raw.metrics.some((metric) => isRecord(metric) && typeof metric.metric === 'string');
      if (!run.ranAt && !isRecord(raw.metric_results)) {
        run.undatedHint = legacy
          ? LEGACY_UNDATED
          : "Evidently's snapshot.json() and save_json() write none: save the run with snapshot.dumps(), which keeps its timestamp";
      }
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
        addValue(run, doc, named, named.type, value, (part) => ['metric_results', id, ...(part ? [part] : []), 'value']);
      }
    }
    return { ok: true, value: run };
  },
};

/**
 * A legacy Report's result (`{metric, result}`), as the 0.7 metric that replaces it: a column's
 * drift score as ValueDrift(column), and its drift_detected as a test of it; the dataset's share
 * of drifted columns as DriftedColumnsCount, and dataset_drift as a test of it. Other legacy
 * metrics carry no drift result modelgate compares.
 */
function addLegacyResult(run: MonitoringRun, doc: SourceDoc, metric: string, result: Record<string, unknown>, base: PathSegment[], counted: EvidentlyIdentity): void {
  // Each column's verdict by the stat test Evidently chose (stattest_name), not its score: the
  // score of a K-S p-value read against a config's distance threshold is no drift (review).
  const column = (name: unknown, drift: Record<string, unknown>, path: PathSegment[]) => {
    const identity = evidentlyIdentity('ValueDrift', { column: asText(name) });
    if (typeof drift.drift_detected === 'boolean') {
      run.tests.push({ name: `Drift in ${asText(name)}`, status: drift.drift_detected ? 'fail' : 'pass', at: at(doc, [...path, 'drift_detected']), metric: identity.name });
    }
  };
  if (metric === 'ColumnDriftMetric') column(result.column_name, result, base);
  else if (metric === 'DataDriftTable' && isRecord(result.drift_by_columns)) {
    for (const [name, drift] of Object.entries(result.drift_by_columns)) if (isRecord(drift)) column(drift.column_name ?? name, drift, [...base, 'drift_by_columns', name]);
  } else if (metric === 'DatasetDriftMetric') {
    const key = counted.key !== undefined ? { key: counted.key } : {};
    if (typeof result.share_of_drifted_columns === 'number') run.values.push({ name: counted.name, ...key, value: result.share_of_drifted_columns, at: at(doc, [...base, 'share_of_drifted_columns']), share: true });
    if (typeof result.dataset_drift === 'boolean') {
      run.tests.push({ name: 'Dataset drift', status: result.dataset_drift ? 'fail' : 'pass', at: at(doc, [...base, 'dataset_drift']), metric: counted.name, ...(counted.key !== undefined ? { metricKey: counted.key } : {}) });
    }
  }
}

/** The columns a legacy Report's first DataDriftTable reports on, in its order; undefined without one. */
function driftTableColumns(metrics: unknown[]): string[] | undefined {
  const table = metrics.find((metric) => isRecord(metric) && metric.metric === 'DataDriftTable' && isRecord(metric.result) && isRecord(metric.result.drift_by_columns));
  if (!isRecord(table) || !isRecord(table.result) || !isRecord(table.result.drift_by_columns)) return undefined;
  return Object.entries(table.result.drift_by_columns).map(([name, drift]) => asText(isRecord(drift) && drift.column_name !== undefined ? drift.column_name : name));
}

interface Named extends EvidentlyIdentity {
  /** The metric's type, short ("DriftedColumnsCount"). */
  type: string;
}

/** A result named from its metric's params (`type`, `column`, `columns`), as the config adapter names the metric. */
function fromParams(params: Record<string, unknown>): Named {
  return { ...evidentlyIdentity(params.type as string, params), type: shortType(params.type as string) };
}

/**
 * A result named from its explicit id, or undefined: "ValueDrift(column=age,method=psi)" is
 * "ValueDrift(age)", and "DriftedColumnsCount(columns=a,b,drift_share=0.5)" the
 * DriftedColumnsCount of the columns a and b, as its params would name it.
 */
function fromExplicitId(id: unknown): Named | undefined {
  if (typeof id !== 'string') return undefined;
  const call = explicitId(id);
  if (!call) return { name: id, type: id };
  const column = call.params.get('column')?.join(',').trim();
  return { ...evidentlyIdentity(call.type, { column, columns: call.params.get('columns') }), type: call.type };
}

/** A param's name, as Evidently writes one (a metric's field, or a value location's key). */
const PARAM = /^[a-z_]\w*$/i;

/**
 * An explicit id read into its type and params, each param as the comma-separated pieces of its
 * value; undefined when it is not `Type(…)`. Evidently writes it (MetricResult.explicit_metric_id)
 * as each param that is set, `field=value`, joined by commas, a list's items joined by commas
 * with nothing around them: `DriftedColumnsCount(columns=a,b,drift_share=0.5)`. So a piece that
 * reads `name=` begins the next param and any other piece continues the list; a column named
 * `x=1`, or with a comma in its name, cannot be told apart there (the params of `config` and
 * `metric_value_location` can). One pass over the pieces: an id of any length or content is read
 * in linear time.
 */
function explicitId(id: string): { type: string; params: Map<string, string[]> } | undefined {
  const text = id.trim();
  const open = text.indexOf('(');
  if (open <= 0 || !text.endsWith(')')) return undefined;
  const qualified = text.slice(0, open);
  if (!/^[\w.]+$/.test(qualified)) return undefined;
  const params = new Map<string, string[]>();
  const body = text.slice(open + 1, -1);
  let current: string[] | undefined;
  for (const piece of body === '' ? [] : body.split(',')) {
    const equals = piece.indexOf('=');
    const name = equals > 0 ? piece.slice(0, equals).trim() : '';
    if (PARAM.test(name)) {
      current = [piece.slice(equals + 1)];
      if (!params.has(name)) params.set(name, current); // the metric's own param before a value location's of that name
    } else {
      current?.push(piece);
    }
  }
  return { type: qualified.split('.').pop() as string, params };
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
function addValue(run: MonitoringRun, doc: SourceDoc, identity: EvidentlyIdentity, type: string | undefined, value: unknown, pathOf: (part?: 'count' | 'share') => PathSegment[]): void {
  const named = { name: identity.name, ...(identity.key !== undefined ? { key: identity.key } : {}) };
  if (typeof value === 'number') {
    run.values.push({ ...named, value, at: at(doc, pathOf()) });
    return;
  }
  if (!isRecord(value)) return;
  if (type === 'DriftedColumnsCount') {
    if (typeof value.share === 'number') run.values.push({ ...named, value: value.share, at: at(doc, pathOf('share')), share: true });
  } else if (typeof value.count === 'number') {
    run.values.push({ ...named, value: value.count, at: at(doc, pathOf('count')) });
  }
}
