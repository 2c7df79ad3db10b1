/**
 * NannyML CLI configs (`nml run` with nannyml.yaml): `input.reference_data.path`, one entry per
 * `calculators[]` (type, params), and `scheduling` as an interval or a crontab. Calculators that
 * set no methods or thresholds use NannyML's documented defaults.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { MonitoredMetric, MonitoringConfig } from './types.js';

const SCHEMA = 'nannyml-config.schema.json';

interface Calculator {
  type: string;
  name?: string;
  enabled?: boolean;
  params?: Record<string, unknown>;
}

export const nannymlMonitoring: Adapter<MonitoringConfig> = {
  format: 'nannyml',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && isRecord(value.input) && Array.isArray(value.calculators),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'NannyML config');
    if (problem) return { ok: false, problem };
    const raw = doc.value as {
      input: { reference_data: { path: string } };
      calculators: Calculator[];
      scheduling?: { interval?: Record<string, number>; cron?: { crontab: string } };
    };
    const metrics: MonitoredMetric[] = [];
    raw.calculators.forEach((calculator, index) => {
      if (calculator.enabled === false) return;
      const params = calculator.params ?? {};
      const metric: MonitoredMetric = { name: calculator.name ?? calculator.type, at: at(doc, ['calculators', index]) };
      const methods = ['continuous_methods', 'categorical_methods', 'methods', 'metrics']
        .flatMap((key) => (Array.isArray(params[key]) ? (params[key] as unknown[]) : []))
        .filter((m): m is string => typeof m === 'string');
      if (methods.length > 0) metric.method = [...new Set(methods)].join(', ');
      else metric.methodDefault = true;
      if (isRecord(params.thresholds) && Object.keys(params.thresholds).length > 0) {
        const first = Object.values(params.thresholds).find(isRecord) ?? {};
        if (typeof first.lower === 'number') metric.min = first.lower;
        if (typeof first.upper === 'number') metric.max = first.upper;
        if (metric.min === undefined && metric.max === undefined) metric.thresholdDefault = true; // standard deviation band
      } else {
        metric.thresholdDefault = true;
      }
      const columns = params.column_names ?? params.feature_column_names;
      if (Array.isArray(columns)) metric.features = columns.filter((c): c is string => typeof c === 'string');
      metrics.push(metric);
    });
    const config: MonitoringConfig = {
      format: 'nannyml',
      file: doc.file,
      metrics,
      reference: { value: { dataset: raw.input.reference_data.path }, at: at(doc, ['input', 'reference_data']) },
    };
    const scheduling = raw.scheduling;
    if (scheduling?.cron) {
      config.schedule = { value: { cron: scheduling.cron.crontab }, at: at(doc, ['scheduling', 'cron', 'crontab']) };
    } else if (scheduling?.interval) {
      const { weeks = 0, days = 0, hours = 0, minutes = 0 } = scheduling.interval;
      config.schedule = { value: { everyMinutes: weeks * 10080 + days * 1440 + hours * 60 + minutes }, at: at(doc, ['scheduling', 'interval']) };
    }
    return { ok: true, value: config };
  },
};
