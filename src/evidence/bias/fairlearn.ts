/**
 * Fairlearn `MetricFrame` exports. Fairlearn has no file format of its own, so we read what its
 * API returns, written with pandas' `to_dict()` and `json.dump` (schemas/fairlearn-report.schema.json):
 *
 *   { "model_version": "2.3.0", "generated_at": "…", "fairlearn_version": "0.13.0",
 *     "sensitive_features": {
 *       "age_band": { "overall": {…}, "by_group": {metric: {group: value}},
 *                     "difference": {metric: value}, "ratio": {metric: value},
 *                     "metrics": {"demographic_parity_difference": 0.04} } } }
 *
 * or a single frame with `"sensitive_feature": "age_band"` at the top level. `by_group` may also
 * be written group → metric (`to_dict(orient="index")`): byGroupOrientation tells which. Fairlearn's
 * differences are unsigned (max − min) and its ratios min / max. A `selection_rate` difference
 * is the demographic parity difference, a `true_positive_rate` difference the equal opportunity
 * difference, and the larger of the TPR and FPR differences the equalized odds difference.
 *
 * An optional top-level `"model_name"` records which model the metrics are about
 * (bias/report-model-version holds it to the manifest's id or name).
 */
import type { SourceDoc } from '../../load/source-doc.js';
import { formatPath, type PathSegment } from '../../types.js';
import { at, dateAt, isRecord, schemaProblem, snakeCase, type Adapter } from '../adapter.js';
import type { BiasConvention, BiasReport, BiasResult } from './types.js';

const SCHEMA = 'fairlearn-report.schema.json';

const ALIASES: Record<string, string> = {
  selection_rate_difference: 'demographic_parity_difference',
  selection_rate_ratio: 'demographic_parity_ratio',
  true_positive_rate_difference: 'equal_opportunity_difference',
  true_positive_rate_ratio: 'equal_opportunity_ratio',
};

/** The metric a name stands for: Fairlearn's aliases name the same metrics as the defaults. */
export function canonicalMetric(name: string): string {
  return Object.hasOwn(ALIASES, name) ? (ALIASES[name] as string) : name;
}

const FRAME_KEYS = ['by_group', 'difference', 'ratio', 'metrics'];

/**
 * Metrics a MetricFrame is commonly given, by the names its `metrics` dict uses: Fairlearn's own
 * and scikit-learn's, as functions and as their short names. Only to tell which way round a
 * `by_group` is written when the frame names none of its metrics in overall, difference or ratio.
 */
const KNOWN_METRICS = new Set(
  [
    'selection_rate', 'true_positive_rate', 'true_negative_rate', 'false_positive_rate', 'false_negative_rate', 'mean_prediction', 'count',
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'auc', 'log_loss', 'brier_score_loss', 'zero_one_loss', 'error_rate',
    'mean_absolute_error', 'mean_squared_error', 'r2', 'tpr', 'fpr', 'tnr', 'fnr',
  ].flatMap((name) => [name, `${name}_score`]),
);

/** Up to three names, quoted, for a message. */
function someOf(names: readonly string[]): string {
  return names.slice(0, 3).map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 39)}…` : name)).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
}

/**
 * Which way round a frame's `by_group` is written. `mf.by_group.to_dict()` writes metric → group
 * (`{"selection_rate": {"female": 0.1}}`); `to_dict(orient="index")` group → metric, and read the
 * other way its groups were metrics with no bound, and its real per-group values went unread. The
 * side that names the frame's metrics (its overall, difference and ratio keys, else well-known
 * metric names) is the metrics; where neither side does, or both, the reader does not guess.
 */
function byGroupOrientation(frame: Record<string, unknown>): 'metric-group' | 'group-metric' | { problem: string } {
  const byGroup = frame.by_group as Record<string, Record<string, unknown>>;
  const outer = Object.keys(byGroup);
  const inner = [...new Set(Object.values(byGroup).flatMap((groups) => Object.keys(groups)))];
  const named = new Set(['overall', 'difference', 'ratio'].flatMap((key) => (isRecord(frame[key]) ? Object.keys(frame[key]) : [])));
  const isMetric = (name: string) => named.has(name) || KNOWN_METRICS.has(snakeCase(name));
  const outerMetrics = outer.some(isMetric);
  const innerMetrics = inner.some(isMetric);
  if (outerMetrics && !innerMetrics) return 'metric-group';
  if (innerMetrics && !outerMetrics) return 'group-metric';
  // An empty by_group, or groups with no values, has nothing to read either way.
  if (inner.length === 0) return 'metric-group';
  const cannot = 'cannot tell its groups from its metrics';
  if (outerMetrics) return { problem: `${cannot}: both its keys (${someOf(outer)}) and those inside them (${someOf(inner)}) name metrics; write it metric → group, as mf.by_group.to_dict() does` };
  return {
    problem: `${cannot}: neither its keys (${someOf(outer)}) nor those inside them (${someOf(inner)}) name a metric this frame gives in overall, difference or ratio, or one of Fairlearn's; write the frame's overall beside it (mf.overall.to_dict()) so its metrics are known`,
  };
}

function isFrame(value: unknown): boolean {
  return isRecord(value) && FRAME_KEYS.some((key) => isRecord(value[key]));
}

export const fairlearnBias: Adapter<BiasReport> = {
  format: 'fairlearn',
  schema: SCHEMA,
  detect: (value) =>
    isRecord(value) &&
    ((typeof value.sensitive_feature === 'string' && isFrame(value)) ||
      (isRecord(value.sensitive_features) && Object.values(value.sensitive_features).some(isFrame))),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'Fairlearn MetricFrame export');
    if (problem) return { ok: false, problem };
    const generated = dateAt(doc, ['generated_at'], 'Fairlearn MetricFrame export');
    if (!generated.ok) return generated;
    const raw = doc.value as Record<string, unknown>;
    const frames: Array<[string, Record<string, unknown>, PathSegment[]]> =
      typeof raw.sensitive_feature === 'string'
        ? [[raw.sensitive_feature, raw, []]]
        : Object.entries(raw.sensitive_features as Record<string, Record<string, unknown>>).map(([name, frame]) => [
            name,
            frame,
            ['sensitive_features', name],
          ]);

    const results: BiasResult[] = [];
    const attributes = new Map<string, BiasResult['at']>();
    for (const [attribute, frame, base] of frames) {
      attributes.set(attribute, at(doc, base.length ? base : ['sensitive_feature']));
      // MetricFrame.difference() and .ratio(), and the demographic parity functions, take a
      // method the export does not record: between groups by default, or to the overall value.
      const overall = isRecord(frame.overall) ? frame.overall.selection_rate : undefined;
      const mayBeToOverall = typeof overall === 'number' && Number.isFinite(overall) ? { overallSelectionRate: overall } : {};
      const add = (metric: string, value: unknown, convention: BiasConvention, path: PathSegment[], group?: string) => {
        // Own keys only: a metric named "constructor" must not become Object.prototype.constructor.
        const canonical = Object.hasOwn(ALIASES, metric) ? (ALIASES[metric] as string) : metric;
        const result: BiasResult = { attribute, metric: canonical, value, convention, at: at(doc, path) };
        if (canonical !== metric) result.aliases = [metric];
        if (group !== undefined) result.group = group;
        else if (convention === 'unsigned' || convention === 'ratio') result.mayBeToOverall = mayBeToOverall;
        results.push(result);
      };
      if (isRecord(frame.by_group)) {
        const orientation = byGroupOrientation(frame);
        if (typeof orientation === 'object') {
          return { ok: false, problem: { message: `${doc.file} is not a valid Fairlearn MetricFrame export: ${formatPath([...base, 'by_group'])}: ${orientation.problem}`, at: at(doc, [...base, 'by_group']) } };
        }
        for (const [outer, inner] of Object.entries(frame.by_group as Record<string, Record<string, unknown>>)) {
          for (const [key, value] of Object.entries(inner)) {
            const [metric, group] = orientation === 'metric-group' ? [outer, key] : [key, outer];
            add(snakeCase(metric), value, 'value', [...base, 'by_group', outer, key], group);
          }
        }
      }
      const difference = (frame.difference ?? {}) as Record<string, unknown>;
      for (const [metric, value] of Object.entries(difference)) add(`${snakeCase(metric)}_difference`, value, 'unsigned', [...base, 'difference', metric]);
      for (const [metric, value] of Object.entries((frame.ratio ?? {}) as Record<string, unknown>)) {
        add(`${snakeCase(metric)}_ratio`, value, 'ratio', [...base, 'ratio', metric]);
      }
      for (const [metric, value] of Object.entries((frame.metrics ?? {}) as Record<string, unknown>)) {
        const name = snakeCase(metric);
        add(name, value, name.endsWith('_ratio') ? 'ratio' : name.endsWith('_difference') ? 'unsigned' : 'value', [...base, 'metrics', metric]);
      }
      // Equalized odds (agg="worst_case") is the larger of the TPR and FPR gaps.
      const tpr = difference.true_positive_rate;
      const fpr = difference.false_positive_rate;
      const explicit = results.some((r) => r.attribute === attribute && r.metric === 'equalized_odds_difference');
      if (!explicit && typeof tpr === 'number' && typeof fpr === 'number') {
        const worst = tpr >= fpr ? 'true_positive_rate' : 'false_positive_rate';
        add('equalized_odds_difference', Math.max(tpr, fpr), 'unsigned', [...base, 'difference', worst]);
      }
    }

    const report: BiasReport = { format: 'fairlearn', file: doc.file, attributes, results };
    if (typeof raw.model_name === 'string') report.modelName = { value: raw.model_name, at: at(doc, ['model_name']) };
    if (typeof raw.model_version === 'string') report.modelVersion = { value: raw.model_version, at: at(doc, ['model_version']) };
    if (generated.value) report.generatedAt = generated.value;
    return { ok: true, value: report };
  },
};
