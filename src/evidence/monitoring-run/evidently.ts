/**
 * Evidently run results: a saved snapshot (`SnapshotModel`: timestamp, metric_results with their
 * tests) or the `snapshot.dict()` / `json()` view (metrics and tests lists). Test statuses are
 * Evidently's SUCCESS, FAIL, WARNING, ERROR and SKIPPED.
 */
import { asText, type SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, dateText, isRecord, schemaProblem, type Adapter } from '../adapter.js';
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
        run.tests.push({ name, status: STATUS[String(test.status)] as RunStatus, at: at(doc, [...base, index, 'status']), ...(typeof test.id === 'string' ? { id: test.id } : {}) });
      });
    };
    addTests(raw.tests, ['tests']);
    // The dict view's metrics: their values are compared with the config's bounds, named as the
    // config names them (`metric_id` "ValueDrift(column=age,method=psi)" is "ValueDrift(age)"; `id` is a hash).
    if (Array.isArray(raw.metrics)) {
      raw.metrics.forEach((metric, index) => {
        if (!isRecord(metric) || typeof metric.value !== 'number') return;
        const name = typeof metric.metric_id === 'string' ? configName(metric.metric_id) : metric.id;
        if (typeof name === 'string') run.values.push({ name, value: metric.value, at: at(doc, ['metrics', index, 'value']) });
      });
    }
    if (isRecord(raw.metric_results)) {
      for (const [id, result] of Object.entries(raw.metric_results)) {
        if (isRecord(result)) addTests(result.tests, ['metric_results', id, 'tests']);
      }
    }
    return { ok: true, value: run };
  },
};

/** An Evidently `metric_id` as the config adapter names the metric: its type, and its column if it has one. */
function configName(metricId: string): string {
  const call = /^([\w.]+)\((.*)\)$/s.exec(metricId.trim());
  if (!call) return metricId;
  const type = (call[1] as string).split('.').pop() as string;
  const column = /(?:^|,)\s*column\s*=\s*['"]?([^,'")]+)/.exec(call[2] as string)?.[1]?.trim();
  return column ? `${type}(${column})` : type;
}
