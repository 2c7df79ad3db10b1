/**
 * WhyLabs monitor configs (whylogs profiles, monitored by WhyLabs), as the whylabs-toolkit's
 * `MonitorManager.dump()` writes them: `analyzers[]` (schedule, targetMatrix, config with
 * metric, type, algorithm, threshold, baseline) and `monitors[]` (analyzerIds, actions).
 * A `Reference` baseline is a pinned reference profile; a `TrailingWindow` baseline is rolling.
 */
import { asText, type SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { maxGapMinutes } from './schedule.js';
import type { MonitoredMetric, MonitoringConfig, Schedule } from './types.js';

const SCHEMA = 'whylabs-monitor.schema.json';

const CADENCE_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 44640 };

interface Analyzer {
  id: string;
  schedule?: { type: string; cadence?: string; cron?: string };
  targetMatrix?: { include?: string[] };
  config: Record<string, unknown> & { baseline?: { type: string; size?: number; profileId?: string } };
}

export const whylabsMonitoring: Adapter<MonitoringConfig> = {
  format: 'whylogs',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && Array.isArray(value.analyzers) && ('monitors' in value || 'schemaVersion' in value),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'WhyLabs monitor config');
    if (problem) return { ok: false, problem };
    const raw = doc.value as {
      granularity?: string;
      analyzers: Analyzer[];
      monitors?: Array<{ actions?: Array<{ type?: string; target?: string }> }>;
    };
    const metrics: MonitoredMetric[] = [];
    let schedule: MonitoringConfig['schedule'];
    let longest = -1;
    let reference: MonitoringConfig['reference'];
    raw.analyzers.forEach((analyzer, index) => {
      const { config } = analyzer;
      const metric: MonitoredMetric = { name: `${asText(analyzer.id)} (${asText(config.metric ?? config.type)})`, at: at(doc, ['analyzers', index]) };
      const method = config.algorithm ?? config.type;
      if (typeof method === 'string') metric.method = method;
      if (typeof config.threshold === 'number') metric.threshold = config.threshold;
      if (typeof config.factor === 'number') metric.threshold = config.factor;
      if (typeof config.lower === 'number') metric.min = config.lower;
      if (typeof config.upper === 'number') metric.max = config.upper;
      const include = analyzer.targetMatrix?.include;
      if (Array.isArray(include)) metric.features = include;
      metrics.push(metric);

      const base: PathSegment[] = ['analyzers', index, 'config', 'baseline'];
      const baseline = config.baseline;
      // One analyzer on a rolling window leaves the config unpinned, whatever the others use.
      if (baseline?.type === 'Reference' && typeof baseline.profileId === 'string') {
        if (!reference) reference = { value: { dataset: baseline.profileId, revision: baseline.profileId }, at: at(doc, base) };
      } else if (baseline && !reference?.value.rolling) {
        // size and an action's type are not typed by the schema: asText, never a throwing String().
        reference = { value: { dataset: `${baseline.type}${baseline.size ? ` of ${asText(baseline.size)}` : ''}`, rolling: true }, at: at(doc, base) };
      }

      const candidate = scheduleOf(analyzer, raw.granularity);
      const gap = candidate ? maxGapMinutes(candidate) : undefined;
      if (candidate && (gap ?? Infinity) > longest) {
        longest = gap ?? Infinity;
        schedule = { value: candidate, at: at(doc, analyzer.schedule ? ['analyzers', index, 'schedule'] : ['granularity']) };
      }
    });
    const config: MonitoringConfig = { format: 'whylogs', file: doc.file, metrics };
    if (reference) config.reference = reference;
    if (schedule) config.schedule = schedule;
    (raw.monitors ?? []).some((monitor, m) =>
      (monitor.actions ?? []).some((action, a) => {
        if (typeof action.target !== 'string' || action.target.trim() === '') return false;
        config.alertRoute = { value: `${asText(action.type ?? 'action')}:${action.target}`, at: at(doc, ['monitors', m, 'actions', a]) };
        return true;
      }),
    );
    return { ok: true, value: config };
  },
};

function scheduleOf(analyzer: Analyzer, granularity: string | undefined): Schedule | undefined {
  const schedule = analyzer.schedule;
  if (schedule?.type === 'cron' && typeof schedule.cron === 'string') return { cron: schedule.cron };
  const cadence = schedule?.cadence ?? granularity;
  const minutes = cadence ? CADENCE_MINUTES[cadence] : undefined;
  return minutes ? { everyMinutes: minutes } : undefined;
}
