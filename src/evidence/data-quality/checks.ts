/**
 * Data quality judged per dataset (`data.datasets[*]`): its validation result (`quality.path`)
 * succeeded and is about that dataset, and its Croissant description (`croissant`) fills in the
 * Responsible-AI fields the policy asks for.
 */
import { describeAbsence, valueAbsence } from '../../load/placeholder.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, unusableEvidence, type CheckFunction, type Failure, type SystemContext } from '../check.js';
import { MAX_AGE_OPTIONS, notADate, staleness } from '../dates.js';
import type { EvidenceResult } from '../types.js';
import { dataQualityFormats } from './formats.js';
import type { CroissantDescription, DataQualityEvidence, SuiteRun, ValidationResult } from './types.js';

type Evidence = 'validation' | 'croissant';

interface Dataset {
  id?: unknown;
  role?: unknown;
  uri?: unknown;
  quality?: { path?: unknown; format?: unknown; asset?: unknown };
  croissant?: unknown;
}

const WHAT: Record<Evidence, string> = { validation: 'data validation result', croissant: 'Croissant dataset description' };

const datasetOf = (target: unknown): Dataset => (target && typeof target === 'object' ? (target as Dataset) : {});
const nameOf = (dataset: Dataset) => (typeof dataset.id === 'string' ? dataset.id : 'the dataset');

/** Where a dataset cites evidence of this kind, and in which format. */
function citation(dataset: Dataset, evidence: Evidence): { path: string; format?: string; field: PathSegment[] } | undefined {
  if (evidence === 'croissant') return typeof dataset.croissant === 'string' && dataset.croissant.trim() !== '' ? { path: dataset.croissant, format: 'croissant', field: ['croissant'] } : undefined;
  const quality = dataset.quality;
  if (!quality || typeof quality.path !== 'string' || quality.path.trim() === '') return undefined;
  return { path: quality.path, ...(typeof quality.format === 'string' ? { format: quality.format } : {}), field: ['quality', 'path'] };
}

function load(system: Pick<SystemContext, 'evidence'>, dataset: Dataset, evidence: Evidence): { result: EvidenceResult<DataQualityEvidence>; field: PathSegment[] } | undefined {
  const cited = citation(dataset, evidence);
  if (!cited) return undefined;
  return { result: system.evidence.evidence(dataQualityFormats, cited.path, cited.format), field: cited.field };
}

/**
 * How many rows a dataset has, as its cited validation result counted them (the most an
 * unconditional row count expectation observed), with the file; undefined when it cites none
 * that counts them, or one whose several runs count (a checkpoint's batches may each be a part
 * of the data: review).
 */
export function validatedRows(system: SystemContext, dataset: unknown): { rows: number; file: string } | undefined {
  const validation = loaded(system, datasetOf(dataset), 'validation');
  const counted = (validation?.runs ?? []).flatMap((run) => (run.rows ? [run.rows.value] : []));
  return validation && counted.length === 1 ? { rows: counted[0] as number, file: validation.file } : undefined;
}

function loaded<K extends DataQualityEvidence['kind']>(system: SystemContext, dataset: Dataset, kind: K): Extract<DataQualityEvidence, { kind: K }> | undefined {
  const found = load(system, dataset, kind === 'validation' ? 'validation' : 'croissant');
  return found?.result.ok && found.result.value.kind === kind ? (found.result.value as Extract<DataQualityEvidence, { kind: K }>) : undefined;
}

const DATA_EXTENSIONS = new Set(['csv', 'tsv', 'parquet', 'json', 'jsonl', 'arrow', 'feather', 'avro', 'orc', 'txt', 'gz', 'zip', 'zst', 'bz2']);

/** "bureau_2024.csv", "s3://bucket/bureau/2024/" → "bureau2024", "2024": names compared without case, punctuation or extension. */
export function comparableName(name: string): string {
  let end = name.length;
  while (end > 0 && (name[end - 1] === '/' || name[end - 1] === '\\')) end--;
  const trimmed = name.slice(0, end);
  let base = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  // train-2025.csv.gz → train-2025: only data-file extensions, so "v1.2" keeps its dot's digits.
  for (let dot = base.lastIndexOf('.'); dot > 0 && DATA_EXTENSIONS.has(base.slice(dot + 1).toLowerCase()); dot = base.lastIndexOf('.')) base = base.slice(0, dot);
  return base.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The runs about this dataset: those whose data is named as it; all of them when none is. */
function runsFor(validation: ValidationResult, dataset: Dataset): SuiteRun[] {
  const names = datasetNames(dataset);
  const matching = validation.runs.filter((run) => run.assets.some((asset) => names.has(comparableName(asset))));
  return matching.length > 0 ? matching : validation.runs;
}

function datasetNames(dataset: Dataset): Set<string> {
  const names = [dataset.id, dataset.quality?.asset, dataset.uri].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return new Set(names.map(comparableName).filter((name) => name !== ''));
}

const noOptions = { type: 'object', additionalProperties: false };
const EVIDENCE_OPTION = { enum: ['validation', 'croissant'] };

export const dataQualityReadable = defineFunction<{ evidence: Evidence }>({
  name: 'data-quality-readable',
  description: "A dataset's cited data validation result (`evidence: validation`, `quality.path`) or Croissant description (`evidence: croissant`) exists, parses, is of that kind, and does not contradict itself.",
  optionsSchema: { type: 'object', required: ['evidence'], additionalProperties: false, properties: { evidence: EVIDENCE_OPTION } },
  check({ target, targetPath, options, system }) {
    const dataset = datasetOf(target);
    const found = load(system, dataset, options.evidence);
    if (!found) return { skip: `${nameOf(dataset)} cites no ${WHAT[options.evidence]}` };
    const where = [...targetPath, ...found.field];
    if (!found.result.ok) return [unusableEvidence(found.result.problem, where)];
    const value = found.result.value;
    const wanted = options.evidence === 'validation' ? 'validation' : 'croissant';
    if (value.kind !== wanted) return [{ message: `${value.file} is a ${WHAT[value.kind === 'validation' ? 'validation' : 'croissant']}, not a ${WHAT[options.evidence]}`, path: where }];
    return value.kind === 'validation' ? value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at })) : [];
  },
});

export const dataValidationPassed = defineFunction<Record<string, never>>({
  name: 'data-validation-passed',
  description: "A dataset's cited validation result succeeded: each failed expectation is a finding at its line, with its type and column.",
  optionsSchema: noOptions,
  check({ target, system }) {
    const dataset = datasetOf(target);
    const validation = loaded(system, dataset, 'validation');
    if (!validation) return { skip: `${nameOf(dataset)} cites no readable validation result` };
    const failures: Failure[] = [];
    for (const run of runsFor(validation, dataset)) {
      const suite = run.suite ? ` (suite ${run.suite})` : '';
      for (const failed of run.failed) {
        const column = failed.column ? ` on column ${failed.column}` : '';
        const why = failed.exception ? `: it raised ${failed.exception.length > 120 ? `${failed.exception.slice(0, 117)}...` : failed.exception}` : failed.observed ? `: ${failed.observed}` : '';
        failures.push({ message: `${nameOf(dataset)}: ${failed.type}${column} failed${why}${suite}`, at: failed.at });
      }
      // A suite that counted no rows ran on no data, however many expectations it met.
      if (run.success.value && run.noRows) {
        failures.push({ message: `${nameOf(dataset)}: the validation${suite} counted 0 rows in the data it ran on, so it shows nothing about the data`, at: run.noRows });
      }
      // A suite that evaluated nothing "succeeds" without looking at the data: it shows nothing.
      if (run.success.value && (run.statistics ? run.statistics.evaluated === 0 : run.listed === 0)) {
        failures.push({ message: `${nameOf(dataset)}: the validation${suite} evaluated no expectation, so it shows nothing about the data`, at: run.success.at });
      }
      if (!run.success.value && run.failed.length === 0) {
        const counted = run.statistics ? `: ${run.statistics.unsuccessful} of ${run.statistics.evaluated} expectations failed` : '';
        failures.push({ message: `${nameOf(dataset)}: the validation${suite} failed${counted}, and the file does not list which (save the full result)`, at: run.success.at });
      }
    }
    return failures;
  },
});

export const dataValidationForDataset = defineFunction<Record<string, never>>({
  name: 'data-validation-for-dataset',
  description: "A dataset's cited validation result ran on that dataset: the data it names (data asset, table or file) is the dataset's id, its `quality.asset`, or its uri's file.",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const dataset = datasetOf(target);
    const validation = loaded(system, dataset, 'validation');
    if (!validation) return { skip: `${nameOf(dataset)} cites no readable validation result` };
    const assets = [...new Set(validation.runs.flatMap((run) => run.assets))];
    if (assets.length === 0) return { skip: `${validation.file} does not name the data it validated` };
    const names = datasetNames(dataset);
    if (assets.some((asset) => names.has(comparableName(asset)))) return [];
    const shown = assets.slice(0, 3).map((asset) => JSON.stringify(asset.length > 80 ? `${asset.slice(0, 77)}...` : asset)).join(', ');
    return [{
      message: `${validation.file} validated ${shown}, not ${nameOf(dataset)}; cite the result for this dataset, or name its data asset under quality.asset`,
      path: [...targetPath, 'quality', 'path'],
    }];
  },
});

/**
 * A validation shows the data as it was when the suite ran: each run about the dataset says when
 * (the result's own `meta`, not the manifest), and that is neither in the future nor older than
 * maxAgeDays before the run's date (`--as-of`).
 */
export const dataValidationFresh = defineFunction<{ maxAgeDays: number }>({
  name: 'data-validation-fresh',
  description:
    "A dataset's cited validation result ran no more than maxAgeDays before the run's date (`--as-of`): the time the result itself records (`meta.validation_time`, else `meta.run_id.run_time`, else a 0.x timestamp `run_id`). A result that records none, or not as a date, fails.",
  optionsSchema: MAX_AGE_OPTIONS,
  check({ target, options, system }) {
    const dataset = datasetOf(target);
    const validation = loaded(system, dataset, 'validation');
    if (!validation) return { skip: `${nameOf(dataset)} cites no readable validation result` };
    const failures: Failure[] = [];
    for (const run of runsFor(validation, dataset)) {
      const suite = run.suite ? ` (suite ${run.suite})` : '';
      const ran = run.ranAt;
      if (!ran) {
        failures.push({ message: `${validation.file}: the validation${suite} does not say when it ran (no meta.validation_time or meta.run_id.run_time); cite the result as Great Expectations saved it`, at: run.at });
        continue;
      }
      const stale = staleness(ran.value, system.now, options.maxAgeDays);
      const day = ran.value.slice(0, 10);
      if (stale === 'not-a-date') {
        const shown = ran.value.length > 60 ? `${ran.value.slice(0, 57)}...` : ran.value;
        failures.push({ message: `${validation.file}: the validation${suite} is dated "${shown}", which is ${notADate(ran.value)}`, at: ran.at });
      } else if (stale === 'future') {
        failures.push({ message: `${validation.file}: the validation${suite} is dated ${day}, in the future`, at: ran.at });
      } else if (stale) {
        failures.push({ message: `${validation.file}: the validation${suite} ran on ${day}, ${stale.daysOld} days ago; the policy allows ${options.maxAgeDays}`, at: ran.at });
      }
    }
    return failures;
  },
});

export const croissantRaiFields = defineFunction<{ fields: string[] }>({
  name: 'croissant-rai-fields',
  description: "A dataset's cited Croissant description fills in each of the given Responsible-AI fields (`rai:dataLimitations`, …): present, and not empty or a placeholder.",
  optionsSchema: {
    type: 'object',
    required: ['fields'],
    additionalProperties: false,
    properties: { fields: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z]+$' } } },
  },
  check({ target, system, options }) {
    const dataset = datasetOf(target);
    const description: CroissantDescription | undefined = loaded(system, dataset, 'croissant');
    if (!description) return { skip: `${nameOf(dataset)} cites no readable Croissant description` };
    return options.fields.flatMap((field) => {
      const found = description.rai.get(field);
      if (!found) return [{ message: `${description.file} has no rai:${field}`, at: description.at }];
      const absence = valueAbsence(found.texts);
      return absence ? [{ message: `${description.file}: rai:${field} ${describeAbsence(absence)}`, at: found.at }] : [];
    });
  },
});

export const dataQualityCited = defineFunction<{ evidence: Evidence; roles: string[] }>({
  name: 'data-quality-cited',
  description: 'Each dataset whose `role` is one of `roles` cites a data validation result (`evidence: validation`, `quality.path`) or a Croissant description (`evidence: croissant`).',
  optionsSchema: {
    type: 'object',
    required: ['evidence', 'roles'],
    additionalProperties: false,
    properties: { evidence: EVIDENCE_OPTION, roles: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } },
  },
  check({ value, path, options }) {
    const datasets = Array.isArray(value) ? value : [];
    const failures: Failure[] = [];
    datasets.forEach((item, index) => {
      const dataset = datasetOf(item);
      if (typeof dataset.role !== 'string' || !options.roles.includes(dataset.role)) return;
      if (citation(dataset, options.evidence)) return;
      const field = options.evidence === 'validation' ? 'quality.path' : 'croissant';
      failures.push({ message: `${nameOf(dataset)} (${dataset.role} data) cites no ${WHAT[options.evidence]} under ${field}`, path: [...path, index] });
    });
    return failures;
  },
});

export const DATA_QUALITY_CHECKS: ReadonlyArray<CheckFunction<never>> = [dataQualityReadable, dataValidationPassed, dataValidationForDataset, dataValidationFresh, croissantRaiFields, dataQualityCited];
