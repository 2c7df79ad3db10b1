/**
 * The card's model-index results meet the manifest's accuracy thresholds
 * (intendedUse.accuracy: metric, min or max, optional dataset). A declared metric the card does
 * not report is a finding; a reported value outside its bound is one at the card's line.
 */
import { defineFunction, type Failure } from '../function.js';

interface Accuracy {
  metric?: unknown;
  min?: unknown;
  max?: unknown;
  dataset?: unknown;
}

interface Reported {
  value: unknown;
  /** The dataset's type and name, normalised, for matching a manifest's `dataset`. */
  dataset: string;
  /** What identifies the data across commits: its type, config and split (its display name may change). */
  datasetKey: string;
  /** The same with its display name: results on two datasets of one type (`custom`) told apart. */
  datasetFullKey: string;
  path: Array<string | number>;
}

export const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9@]+/g, '');

/** A model-index value as a number: YAML may give it as text ("0.79"); anything else is none. */
export function reportedNumber(value: unknown): number | undefined {
  const v = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export const cardAccuracy = defineFunction<Record<string, never>>({
  name: 'card-accuracy',
  description: "Each accuracy threshold in the manifest is met by a result in the model card's model-index.",
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const card = system.card;
    if (!card) return { skip: 'no model card was read' };
    const wanted = (value ?? {}) as Accuracy;
    if (typeof wanted.metric !== 'string') return { skip: 'the accuracy entry names no metric' };
    const dataset = typeof wanted.dataset === 'string' ? wanted.dataset : undefined;
    const reported = modelIndexResults(card.meta['model-index']).filter(
      (r) => r.metricKeys.includes(norm(wanted.metric as string)) && (!dataset || r.dataset.includes(norm(dataset))),
    );
    const on = dataset ? ` on ${dataset}` : '';
    if (reported.length === 0) {
      return [{ message: `the model card reports no ${wanted.metric} result${on} in its model-index, so intendedUse.accuracy cannot be checked` , path }];
    }
    const failures: Failure[] = [];
    for (const result of reported) {
      // Located only when it fails: locating composes the front matter's positions (yaml's document API).
      const at = () => ({ file: card.file, ...(card.frontMatter?.locate(result.path) ?? { line: 1, column: 1 }) });
      const v = reportedNumber(result.value);
      if (v === undefined) {
        failures.push({ message: `the model card's ${wanted.metric}${on} is not a number`, at: at() });
      } else if (typeof wanted.min === 'number' && v < wanted.min) {
        failures.push({ message: `the model card reports ${wanted.metric} ${v}${on}, below the manifest's minimum ${wanted.min}`, at: at() });
      } else if (typeof wanted.max === 'number' && v > wanted.max) {
        failures.push({ message: `the model card reports ${wanted.metric} ${v}${on}, above the manifest's maximum ${wanted.max}`, at: at() });
      }
    }
    return failures;
  },
});

export function modelIndexResults(index: unknown): Array<Reported & { metricKeys: string[] }> {
  const out: Array<Reported & { metricKeys: string[] }> = [];
  if (!Array.isArray(index)) return out;
  index.forEach((entry, i) => {
    const results = (entry as { results?: unknown } | null)?.results;
    if (!Array.isArray(results)) return;
    results.forEach((result, j) => {
      const r = (result ?? {}) as { dataset?: { type?: unknown; name?: unknown; config?: unknown; split?: unknown }; metrics?: unknown };
      const dataset = [r.dataset?.type, r.dataset?.name].filter((d): d is string => typeof d === 'string').map(norm).join(' ');
      const datasetKey = [r.dataset?.type, r.dataset?.config, r.dataset?.split].map((d) => (typeof d === 'string' ? norm(d) : '')).join('\u0000');
      const datasetFullKey = `${datasetKey}\u0000${typeof r.dataset?.name === 'string' ? norm(r.dataset.name) : ''}`;
      if (!Array.isArray(r.metrics)) return;
      r.metrics.forEach((metric, k) => {
        const m = (metric ?? {}) as { type?: unknown; name?: unknown; value?: unknown };
        const metricKeys = [m.type, m.name].filter((x): x is string => typeof x === 'string').map(norm);
        out.push({ value: m.value, dataset, datasetKey, datasetFullKey, metricKeys, path: ['model-index', i, 'results', j, 'metrics', k, 'value'] });
      });
    });
  });
  return out;
}
