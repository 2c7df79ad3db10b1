/**
 * AIF360 metric output. AIF360 metrics are method calls (`metric.disparate_impact()`) and its
 * `MetricJSONExplainer` returns JSON whose `message` ends with the value; neither names the
 * protected attribute, so the export records it (schemas/aif360-report.schema.json):
 *
 *   { "model_version": "2.3.0", "generated_at": "…", "aif360_version": "0.6.1",
 *     "protected_attributes": {
 *       "sex": { "privileged_groups": [{"sex": 1}], "unprivileged_groups": [{"sex": 0}],
 *                "metrics": { "disparate_impact": 0.91, "statistical_parity_difference": -0.04 },
 *                "explanations": [ <MetricJSONExplainer output, as an object or its JSON string> ] } } }
 *
 * An optional top-level `"model_name"` records which model the metrics are about
 * (bias/report-model-version holds it to the manifest's id or name).
 *
 * Many export flat instead: one protected attribute named at the top level, its metric values
 * beside it, or a list of such objects, one per attribute:
 *
 *   { "model": "risk-model", "model_version": "3.1.0", "protected_attribute": "sex",
 *     "privileged_groups": [{"sex": 1}], "unprivileged_groups": [{"sex": 0}],
 *     "statistical_parity_difference": -0.043, "disparate_impact": 0.93, "timestamp": "…" }
 *
 * read as `protected_attributes.sex.metrics`, with `model` and `timestamp` where `model_name`
 * and `generated_at` are not given.
 *
 * AIF360's differences are signed (unprivileged − privileged): -0.14 is as large a gap as 0.14.
 * Disparate impact and the *_ratio metrics are ratios (1 is parity).
 */
import { parseJson } from '../../load/json.js';
import type { SourceDoc } from '../../load/source-doc.js';
import { formatPath, type PathSegment } from '../../types.js';
import { at, dateAt, isRecord, schemaProblem, snakeCase, type Adapter } from '../adapter.js';
import { parseDate } from '../dates.js';
import type { EvidenceResult, Located } from '../types.js';
import type { BiasConvention, BiasReport, BiasResult } from './types.js';

const SCHEMA = 'aif360-report.schema.json';

function conventionOf(metric: string): BiasConvention {
  if (metric === 'disparate_impact' || metric.endsWith('_ratio')) return 'ratio';
  if (metric.endsWith('_difference')) return 'signed';
  return 'value';
}

/** The value at the end of an explainer message ("…: 0.7362"), or NaN when it says nan. */
export function explainedValue(message: string): number | string {
  const match = message.match(/:\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|-?nan|-?inf)\s*$/i);
  if (!match) return message;
  const text = (match[1] as string).toLowerCase();
  if (text.endsWith('nan')) return Number.NaN;
  if (text.endsWith('inf')) return text.startsWith('-') ? -Infinity : Infinity;
  return Number(text);
}

/** AIF360's metrics whose names say no difference or ratio (aif360.metrics: ClassificationMetric, BinaryLabelDatasetMetric). */
const AIF360_METRICS = new Set(['theil_index', 'generalized_entropy_index', 'coefficient_of_variation', 'consistency', 'between_all_groups_theil_index', 'between_group_theil_index', 'between_group_generalized_entropy_index', 'between_all_groups_generalized_entropy_index', 'between_group_coefficient_of_variation', 'smoothed_empirical_differential_fairness', 'differential_fairness_bias_amplification']);

/** Keys of a flat export that are not metric values: what it is about, and the groups compared. */
const FLAT_FIELDS = new Set(['protected_attribute', 'privileged_groups', 'unprivileged_groups', 'model', 'model_name', 'model_version', 'timestamp', 'generated_at', 'aif360_version', 'dataset', 'metrics', 'explanations']);


/**
 * Whether a top-level key of a flat export is a metric value. A number is a measurement; so is
 * anything under a fairness metric's name (a difference, a ratio, disparate impact: a blank,
 * which `to_json()` writes for NaN, or text), which bias/values-valid then judges. Other text,
 * blanks, mappings and lists (a run id, a seed, the dataset's description) are the export's own notes.
 */
function isFlatMetric(key: string, value: unknown): boolean {
  if (FLAT_FIELDS.has(key)) return false;
  if (typeof value === 'number') return true;
  // A blank or text only under a fairness metric's name, or one of AIF360's own metrics:
  // "run_id": null and "random_seed": "42" are notes (review).
  const name = snakeCase(key);
  return conventionOf(name) !== 'value' || AIF360_METRICS.has(name);
}

/** Where an export records its model, version and date: the nested form's names, and a flat export's own. */
const NESTED_FIELDS = { modelName: ['model_name'], modelVersion: ['model_version'], generatedAt: ['generated_at'] };
const FLAT_NAMES = { modelName: ['model_name', 'model'], modelVersion: ['model_version'], generatedAt: ['generated_at', 'timestamp'] };

type Part = { entry: Record<string, unknown>; base: PathSegment[] };

const WHAT = 'AIF360 metrics export';

export const aif360Bias: Adapter<BiasReport> = {
  format: 'aif360',
  schema: SCHEMA,
  detect: (value) =>
    (isRecord(value) && (isRecord(value.protected_attributes) || typeof value.protected_attribute === 'string')) ||
    (Array.isArray(value) && value.length > 0 && value.every(isRecord) && value.some((item) => typeof item.protected_attribute === 'string')),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, WHAT);
    if (problem) return { ok: false, problem };
    const results: BiasResult[] = [];
    /** Each attribute and metric read, so an explanation of one read already is skipped at once (a scan of the results was quadratic, review). */
    const readKeys = new Set<string>();
    const attributes = new Map<string, BiasResult['at']>();
    /** One attribute's values: a flat export's top level (when `flat`), then `metrics`, then `explanations`. */
    const read = (attribute: string, entry: Record<string, unknown>, base: PathSegment[], flat: boolean) => {
      const add = (metric: string, value: unknown, path: PathSegment[]) => {
        readKeys.add(`${attribute}\u0000${metric}`);
        results.push({ attribute, metric, value, convention: conventionOf(metric), at: at(doc, path) });
      };
      if (flat) for (const [key, value] of Object.entries(entry)) if (isFlatMetric(key, value)) add(snakeCase(key), value, [...base, key]);
      for (const [metric, value] of Object.entries((entry.metrics ?? {}) as Record<string, unknown>)) {
        add(snakeCase(metric), value, [...base, 'metrics', metric]);
      }
      ((entry.explanations ?? []) as unknown[]).forEach((item, index) => {
        let explanation = item;
        if (typeof item === 'string') {
          // As a JSON document: one with a repeated key (the last would win in JSON.parse) is not read.
          const parsed = parseJson(item, doc.file);
          explanation = parsed.ok ? parsed.doc.value : undefined;
        }
        const path = [...base, 'explanations', index];
        if (!isRecord(explanation) || typeof explanation.metric !== 'string' || typeof explanation.message !== 'string') {
          add(`explanations[${index}]`, item, path);
          return;
        }
        const metric = snakeCase(explanation.metric);
        // A metric given both ways is counted once, from `metrics` (or a flat export's top level).
        if (!readKeys.has(`${attribute}\u0000${metric}`)) add(metric, explainedValue(explanation.message), path);
      });
    };

    const raw = doc.value;
    // A flat export, or a list of them (the schema has made sure every item is one).
    const flat: Part[] = Array.isArray(raw)
      ? raw.map((entry, index) => ({ entry: entry as Record<string, unknown>, base: [index] }))
      : isRecord(raw) && typeof raw.protected_attribute === 'string'
        ? [{ entry: raw, base: [] }]
        : [];
    if (flat.length === 0) {
      for (const [attribute, entry] of Object.entries((raw as Record<string, unknown>).protected_attributes as Record<string, Record<string, unknown>>)) {
        const base: PathSegment[] = ['protected_attributes', attribute];
        attributes.set(attribute, at(doc, base));
        read(attribute, entry, base, false);
      }
      return described(doc, [{ entry: raw as Record<string, unknown>, base: [] }], NESTED_FIELDS, { format: 'aif360', file: doc.file, attributes, results });
    }
    for (const { entry, base } of flat) {
      const attribute = entry.protected_attribute as string;
      if (!attributes.has(attribute)) attributes.set(attribute, at(doc, [...base, 'protected_attribute']));
      const before = results.length;
      read(attribute, entry, base, true);
      // The nested form's schema refuses an attribute with neither metrics nor explanations; a
      // flat export's metrics are known only once read.
      if (results.length === before) {
        const where = base.length > 0 ? `${formatPath(base)}: ` : '';
        return { ok: false, problem: { message: `${doc.file} is not a valid ${WHAT}: ${where}protected attribute "${attribute}" has no metric values (numbers beside protected_attribute, or under metrics or explanations)`, at: at(doc, [...base, 'protected_attribute']) } };
      }
    }
    return described(doc, flat, FLAT_NAMES, { format: 'aif360', file: doc.file, attributes, results });
  },
};

/**
 * The model, version and date the export records, under `names`. A list of flat exports is one
 * report: its items name one model and one version (another is refused, not picked), and it is
 * as old as its oldest item.
 */
function described(doc: SourceDoc, parts: Part[], names: typeof FLAT_NAMES, report: BiasReport): EvidenceResult<BiasReport> {
  for (const field of ['modelName', 'modelVersion'] as const) {
    let seen: Located<string> & { path: PathSegment[] } | undefined;
    for (const { entry, base } of parts) {
      const key = names[field].find((k) => typeof entry[k] === 'string');
      if (key === undefined) continue;
      const value = entry[key] as string;
      const path = [...base, key];
      if (seen && seen.value.trim() !== value.trim()) {
        const what = field === 'modelName' ? 'model' : 'model version';
        const message = `${doc.file} is not a valid ${WHAT}: ${formatPath(path)}: "${value}" is not the "${seen.value}" of ${formatPath(seen.path)}: one report is about one ${what}; write each to its own file`;
        return { ok: false, problem: { message, at: at(doc, path) } };
      }
      seen ??= { value, at: at(doc, path), path };
    }
    if (seen) report[field] = { value: seen.value, at: seen.at };
  }
  for (const { entry, base } of parts) {
    const key = names.generatedAt.find((k) => entry[k] !== undefined);
    if (key === undefined) continue;
    const dated = dateAt(doc, [...base, key], WHAT);
    if (!dated.ok) return dated;
    const when = dated.value as Located<string>;
    if (!report.generatedAt || (parseDate(when.value) as Date) < (parseDate(report.generatedAt.value) as Date)) report.generatedAt = when;
  }
  return { ok: true, value: report };
}
