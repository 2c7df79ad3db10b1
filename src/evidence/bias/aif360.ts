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
 * AIF360's differences are signed (unprivileged − privileged): -0.14 is as large a gap as 0.14.
 * Disparate impact and the *_ratio metrics are ratios (1 is parity).
 */
import { parseJson } from '../../load/json.js';
import type { SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, dateAt, isRecord, schemaProblem, snakeCase, type Adapter } from '../adapter.js';
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

export const aif360Bias: Adapter<BiasReport> = {
  format: 'aif360',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && isRecord(value.protected_attributes),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'AIF360 metrics export');
    if (problem) return { ok: false, problem };
    const generated = dateAt(doc, ['generated_at'], 'AIF360 metrics export');
    if (!generated.ok) return generated;
    const raw = doc.value as Record<string, unknown>;
    const results: BiasResult[] = [];
    const attributes = new Map<string, BiasResult['at']>();
    for (const [attribute, entry] of Object.entries(raw.protected_attributes as Record<string, Record<string, unknown>>)) {
      const base: PathSegment[] = ['protected_attributes', attribute];
      attributes.set(attribute, at(doc, base));
      const add = (metric: string, value: unknown, path: PathSegment[]) =>
        results.push({ attribute, metric, value, convention: conventionOf(metric), at: at(doc, path) });
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
        // A metric given both ways is counted once, from `metrics`.
        if (!results.some((r) => r.attribute === attribute && r.metric === metric)) add(metric, explainedValue(explanation.message), path);
      });
    }
    const report: BiasReport = { format: 'aif360', file: doc.file, attributes, results };
    if (typeof raw.model_name === 'string') report.modelName = { value: raw.model_name, at: at(doc, ['model_name']) };
    if (typeof raw.model_version === 'string') report.modelVersion = { value: raw.model_version, at: at(doc, ['model_version']) };
    if (generated.value) report.generatedAt = generated.value;
    return { ok: true, value: report };
  },
};
