/** Our own normalised bias report (`schemas/bias-report.schema.json`), JSON or YAML. */
import type { SourceDoc } from '../../load/source-doc.js';
import type { EvidenceResult } from '../types.js';
import type { BiasConvention, BiasReport, BiasResult } from './types.js';
import { at, schemaProblem, type Adapter } from '../adapter.js';

const SCHEMA = 'bias-report.schema.json';

interface Raw {
  model: { name?: string; version: string };
  generatedAt?: string;
  dataset?: { id?: string; revision?: string; rows?: number };
  convention?: 'unsigned' | 'signed';
  results: Array<{ attribute: string; metric: string; value: unknown; group?: string }>;
}

export const modelgateBias: Adapter<BiasReport> = {
  format: 'modelgate',
  schema: SCHEMA,
  detect: (value) => typeof value === 'object' && value !== null && (value as { schema?: unknown }).schema === 'modelgate/bias-report@1',
  normalise(doc: SourceDoc): EvidenceResult<BiasReport> {
    const problem = schemaProblem(SCHEMA, doc, 'bias report');
    if (problem) return { ok: false, problem };
    const raw = doc.value as Raw;
    const results: BiasResult[] = raw.results.map((row, index) => {
      const result: BiasResult = {
        attribute: row.attribute,
        metric: row.metric,
        value: row.value,
        convention: conventionOf(row.metric, raw.convention ?? 'unsigned'),
        at: at(doc, ['results', index, 'value']),
      };
      if (row.group !== undefined) result.group = row.group;
      return result;
    });
    const attributes = new Map<string, BiasResult['at']>();
    raw.results.forEach((row, index) => {
      if (!attributes.has(row.attribute)) attributes.set(row.attribute, at(doc, ['results', index, 'attribute']));
    });
    const report: BiasReport = {
      format: 'modelgate',
      file: doc.file,
      modelVersion: { value: raw.model.version, at: at(doc, ['model', 'version']) },
      attributes,
      results,
    };
    if (typeof raw.model.name === 'string') report.modelName = { value: raw.model.name, at: at(doc, ['model', 'name']) };
    if (raw.generatedAt !== undefined) report.generatedAt = { value: raw.generatedAt, at: at(doc, ['generatedAt']) };
    if (typeof raw.dataset?.rows === 'number') report.rows = { value: raw.dataset.rows, at: at(doc, ['dataset', 'rows']) };
    if (typeof raw.dataset?.id === 'string') report.dataset = { value: raw.dataset.id, at: at(doc, ['dataset', 'id']) };
    if (typeof raw.dataset?.revision === 'string') report.datasetRevision = { value: raw.dataset.revision, at: at(doc, ['dataset', 'revision']) };
    return { ok: true, value: report };
  },
};

/** Differences read as the report declares them (unsigned unless it says signed). */
function conventionOf(metric: string, differences: 'unsigned' | 'signed'): BiasConvention {
  if (metric === 'disparate_impact' || metric.endsWith('_ratio')) return 'ratio';
  if (metric.endsWith('_difference')) return differences;
  return 'value';
}
