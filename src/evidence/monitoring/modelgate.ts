/** Our own normalised monitoring config (`schemas/monitoring.schema.json`), YAML or JSON. */
import { asText, type SourceDoc } from '../../load/source-doc.js';
import type { EvidenceResult } from '../types.js';
import type { MonitoredMetric, MonitoringConfig } from './types.js';
import { at, schemaProblem, type Adapter } from '../adapter.js';

const SCHEMA = 'monitoring.schema.json';

interface Raw {
  reference?: { dataset?: string; revision?: string; sha256?: string };
  metrics?: Array<{ name: string; method?: string; threshold?: number; min?: number; max?: number; features?: unknown }>;
  schedule?: string;
  alerts?: { route?: string; owner?: string };
}

export const modelgateMonitoring: Adapter<MonitoringConfig> = {
  format: 'modelgate',
  schema: SCHEMA,
  detect: (value) => typeof value === 'object' && value !== null && (value as { schema?: unknown }).schema === 'modelgate/monitoring@1',
  normalise(doc: SourceDoc): EvidenceResult<MonitoringConfig> {
    const problem = schemaProblem(SCHEMA, doc, 'monitoring config');
    if (problem) return { ok: false, problem };
    const raw = doc.value as Raw;
    const metrics: MonitoredMetric[] = (raw.metrics ?? []).map((metric, index) => {
      const out: MonitoredMetric = { name: metric.name, at: at(doc, ['metrics', index]) };
      if (metric.method !== undefined) out.method = metric.method;
      if (metric.threshold !== undefined) out.threshold = metric.threshold;
      if (metric.min !== undefined) out.min = metric.min;
      if (metric.max !== undefined) out.max = metric.max;
      if (Array.isArray(metric.features)) out.features = metric.features.map(asText); // pandas columns may be numbers; asText never throws (a column { toString: [] } made String throw)
      return out;
    });
    const config: MonitoringConfig = { format: 'modelgate', file: doc.file, metrics };
    if (raw.reference) config.reference = { value: raw.reference, at: at(doc, ['reference']) };
    if (raw.schedule !== undefined) config.schedule = { value: { cron: raw.schedule }, at: at(doc, ['schedule']) };
    if (raw.alerts?.route !== undefined) config.alertRoute = { value: raw.alerts.route, at: at(doc, ['alerts', 'route']) };
    if (raw.alerts?.owner !== undefined) config.alertOwner = { value: raw.alerts.owner, at: at(doc, ['alerts', 'owner']) };
    return { ok: true, value: config };
  },
};
