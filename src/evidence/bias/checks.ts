/**
 * Bias evaluation evidence: each cited report can be read, was made for the model (by the name it
 * records, if any) and model version the manifest describes, and together the reports cover
 * every declared sensitive attribute.
 */
import { comparedVersion, TRAINED_ON_ROLES, type AiSystem, type Dataset } from '../../load/manifest.js';
import { valueAbsence } from '../../load/placeholder.js';
import { asText, quoted } from '../../load/source-doc.js';
import { SuggestionBudget } from '../../text/closest.js';
import { sameRevision } from '../../text/revision.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, unusableEvidence, type Failure, type SystemContext } from '../check.js';
import { MAX_AGE_OPTIONS, notADate, staleness } from '../dates.js';
import { producedAfter, reportOfEarlierModel } from '../model-changed.js';
import type { EvidenceResult } from '../types.js';
import { validatedRows } from '../data-quality/checks.js';
import { biasReports } from './formats.js';
import { namesShippedModel } from '../shipped-model.js';
import type { BiasReport, BiasResult } from './types.js';

type ReportEntry = NonNullable<NonNullable<AiSystem['bias']>['reports']>[number];

function loadReport(system: Pick<SystemContext, 'evidence'>, entry: unknown): EvidenceResult<BiasReport> | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { path, format } = entry as Partial<ReportEntry>;
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  return system.evidence.evidence(biasReports, path, typeof format === 'string' ? format : undefined);
}

const noOptions = { type: 'object', additionalProperties: false };

type Bias = NonNullable<AiSystem['bias']>;

/** Every cited report that could be read (from the head, or from the base commit's evidence). */
export function readableReports(system: Pick<SystemContext, 'evidence'>, bias: Bias): BiasReport[] {
  return (Array.isArray(bias.reports) ? bias.reports : [])
    .map((entry) => loadReport(system, entry))
    .filter((r): r is { ok: true; value: BiasReport } => r?.ok === true)
    .map((r) => r.value);
}

/**
 * The failure of a check on what the reports say when none of the cited ones can be read, with
 * the first one's reason: that error (bias/report-readable's) is the cause, and it is written
 * lower in the manifest, at the citation, than this one at `reports:`.
 */
function noReadableReport(system: Pick<SystemContext, 'evidence'>, bias: Bias, checked: string, path: readonly PathSegment[]): Failure {
  const entries = Array.isArray(bias.reports) ? bias.reports : [];
  const reasons = entries.map((entry) => {
    const report = loadReport(system, entry);
    return !report ? 'a cited entry has no path' : report.ok ? undefined : report.problem.message;
  });
  const [first, ...others] = reasons.filter((reason): reason is string => reason !== undefined);
  const more = others.length > 0 ? `; ${others.length} more cited report${others.length === 1 ? '' : 's'} cannot be read either` : '';
  return {
    message: `no readable bias report to check ${checked} against${first ? ` (${first}${more})` : ''}`,
    path: [...path, 'reports'],
    remediation: "Make a cited report readable (bias/report-readable's finding says what is wrong); this check then judges what the report says.",
  };
}

/** Whether the manifest cites any bias report: with none, the checks on reports have nothing to check. */
function citesReports(bias: Bias): boolean {
  return Array.isArray(bias.reports) && bias.reports.length > 0;
}

// One error for one omission: bias/report-cited says that no report is cited.
const NONE_CITED = 'no bias report is cited';

/** "demographic_parity_difference for age_band group "18-25"" */
export function subject(result: BiasResult): string {
  return `${result.metric} for ${result.attribute}${result.group !== undefined ? ` group "${result.group}"` : ''}`;
}

export const biasReportReadable = defineFunction<Record<string, never>>({
  name: 'bias-report-readable',
  description: 'A cited bias report exists, parses, and is in a supported format with a valid shape.',
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadReport(system, target);
    if (!report) return [{ message: 'the bias report entry has no path', path: targetPath }];
    return report.ok ? [] : [unusableEvidence(report.problem, [...targetPath, 'path'])];
  },
});

/** A check of what a report says has nothing to check when it cannot be read (bias/report-readable's finding). */
const UNREADABLE = { skip: 'the bias report cannot be read (bias/report-readable says why)' };

export const biasReportModelVersion = defineFunction<Record<string, never>>({
  name: 'bias-report-model-version',
  description:
    "A bias report was made for this model and version: a model it names is the manifest's id or name (compared without case, each run of spaces or punctuation one separator), and its version the manifest's (the report's own record wins over the manifest's claim).",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadReport(system, target);
    if (!report?.ok) return UNREADABLE; // unreadable reports are bias/report-readable's finding
    return [...anotherModel(report.value, system), ...versionFailures(report.value, target as Partial<ReportEntry>, targetPath, system)];
  },
});

/**
 * The data a fairness result was measured on is data the manifest declares, with its provenance,
 * and not the training data (red team: a report naming an undeclared "synthetic-demo" set of one
 * row, or the training set, passed). A report that names no dataset is not judged here.
 */
export const biasReportDataset = defineFunction<Record<string, never>>({
  name: 'bias-report-dataset',
  description: 'A dataset the bias report names (our format\'s dataset.id) is one data.datasets declares, not one the model was trained or fine-tuned on (nor the same data, by sha256, under another id), at the revision declared, and on no more rows than the dataset\'s validation result counted.',
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadReport(system, target);
    if (!report?.ok) return UNREADABLE;
    const named = report.value.dataset;
    // Nothing to check is no evidence of anything: not applicable, so coverage counts nothing.
    if (!named || valueAbsence(named.value) !== undefined) {
      // Unless the report named one at the base commit: dropping the name took a report on the
      // training data past this rule (red team). The base's report is the one at this path, else
      // the one cited in this place of the list (renamed in the same pull request); only our
      // format can name a dataset, so only a report in it is asked to.
      const was = report.value.format === 'modelgate' ? baseDataset(system, target, targetPath) : undefined;
      if (was && valueAbsence(was.value) === undefined) {
        return [{ message: `${report.value.file} no longer names the dataset it was computed on; it named ${quoted(was.value.trim())} at the base commit ${system.base?.commit}: say which data the result is about`, ...(named ? { at: named.at } : { path: [...targetPath, 'path'] }) }];
      }
      return { skip: `${report.value.file} names no dataset it was computed on` };
    }
    const declared = (system.manifest.data as { data?: { datasets?: unknown } }).data?.datasets;
    const datasets = Array.isArray(declared) ? (declared as Array<Partial<Record<keyof Dataset, unknown>> | null>).filter((d) => d !== null && typeof d === 'object') : [];
    const key = named.value.trim().toLowerCase();
    const dataset = datasets.find((d) => typeof d?.id === 'string' && d.id.trim().toLowerCase() === key);
    if (!dataset) {
      return [{ message: `${report.value.file} was computed on dataset ${quoted(named.value.trim())}, which data.datasets does not declare: the data a fairness result was measured on needs its provenance; declare it (role test, validation or evaluation) or cite the report on a declared dataset`, at: named.at }];
    }
    const fitted = 'fairness measured on the data the model was fitted to says little about the people it will score; evaluate on held-out data (a test, validation or evaluation dataset)';
    if (TRAINED_ON_ROLES.includes(dataset.role as string)) {
      return [{ message: `${report.value.file} was computed on ${quoted(named.value.trim())}, the ${dataset.role} data: ${fitted}`, at: named.at }];
    }
    // Red team: the training data declared a second time under another id, role evaluation.
    const same = datasets.find((d) => d !== dataset && TRAINED_ON_ROLES.includes(d.role as string) && sameData(d, dataset));
    if (same) {
      return [{ message: `${report.value.file} was computed on ${quoted(named.value.trim())}, declared as ${typeof dataset.role === 'string' ? dataset.role : 'a'} dataset but with the sha256 of ${quoted(String(same.id))}, the ${same.role} data: ${fitted}`, at: named.at }];
    }
    const revision = report.value.datasetRevision;
    const pinned = typeof dataset.revision === 'string' ? dataset.revision.trim() : '';
    if (revision && pinned !== '' && !sameRevision(revision.value, pinned)) {
      return [{ message: `${report.value.file} was computed on ${quoted(named.value.trim())} at revision ${quoted(revision.value.trim())}, but data.datasets declares it at ${quoted(pinned)}: the result is about other data than the dataset declared`, at: revision.at }];
    }
    // From a review: a report on 48,210 rows of a dataset its validation counted 38,402 rows in is
    // about other data (or one of the two was written by hand). Fewer rows is a sample.
    const { rows } = report.value;
    const validated = rows ? validatedRows(system, dataset) : undefined;
    if (rows && validated && rows.value > validated.rows) {
      return [{ message: `${report.value.file} was computed on ${rows.value.toLocaleString('en-US')} rows of ${quoted(named.value.trim())}, but its validation result ${validated.file} counted ${validated.rows.toLocaleString('en-US')}: more rows than the dataset has, so the result is about other data, or one of the two is wrong`, at: rows.at }];
    }
    return [];
  },
});

export const biasSampleSize = defineFunction<{ minGroupSize: number }>({
  name: 'bias-sample-size',
  description: 'A bias report was computed on at least two groups\' worth of rows (dataset.rows ≥ 2 × minGroupSize), and no group it counts (a per-group "count") has fewer than minGroupSize people. Not applicable when the report gives neither.',
  optionsSchema: { type: 'object', required: ['minGroupSize'], additionalProperties: false, properties: { minGroupSize: { type: 'integer', minimum: 1 } } },
  check({ target, options, system }) {
    const report = loadReport(system, target);
    if (!report?.ok) return UNREADABLE;
    const { file, rows, results } = report.value;
    const least = options.minGroupSize;
    const counts = results.filter((r) => r.metric === 'count' && r.group !== undefined && typeof r.value === 'number' && Number.isFinite(r.value));
    if (!rows && counts.length === 0) return { skip: `${file} gives neither the rows it was computed on nor its groups' counts` };
    const failures: Failure[] = [];
    // Zero rows is bias/values-valid's finding: nothing was measured at all.
    if (rows && rows.value > 0 && rows.value < 2 * least) {
      failures.push({ message: `${file} was computed on ${rows.value} row${rows.value === 1 ? '' : 's'}, fewer than two groups of ${least}: a rate measured on so few people is noise, not evidence of fairness`, at: rows.at });
    }
    for (const count of counts) {
      const people = count.value as number;
      if (people < least) failures.push({ message: `${file} counts ${people} in group ${quoted(count.group as string)} of ${count.attribute}, fewer than ${least}: its results for that group are noise; merge it with another or evaluate on more data`, at: count.at });
    }
    return failures;
  },
});

/** The dataset the base commit's report named: at this citation's path, else at its place in bias.reports. */
function baseDataset(system: SystemContext, target: unknown, targetPath: readonly PathSegment[]): { value: string } | undefined {
  const base = system.base;
  if (!base) return undefined;
  const atPath = loadReport(base, target);
  if (atPath?.ok) return atPath.value.dataset;
  const index = targetPath.at(-1);
  const entries = (base.manifest.data as AiSystem).bias?.reports;
  const entry = typeof index === 'number' && Array.isArray(entries) ? entries[index] : undefined;
  const inPlace = entry === undefined ? undefined : loadReport(base, entry);
  return inPlace?.ok ? inPlace.value.dataset : undefined;
}

/**
 * Whether two declared datasets are the same data: the same sha256. (A uri is not enough: the
 * training and test splits of one Hugging Face dataset share its uri and revision.)
 */
function sameData(a: Partial<Record<keyof Dataset, unknown>>, b: Partial<Record<keyof Dataset, unknown>>): boolean {
  const digest = (d: typeof a) => (typeof d.sha256 === 'string' && d.sha256.trim() !== '' ? d.sha256.trim().toLowerCase() : undefined);
  return digest(a) !== undefined && digest(a) === digest(b);
}

/**
 * A report that names a model other than this system is that model's report (a neighbouring
 * system's, copied into this one's folder): whatever its version, it says nothing about this
 * model. A report that names no model is judged on its version alone.
 */
function anotherModel(report: BiasReport, system: SystemContext): Failure[] {
  const named = report.modelName;
  // Punctuation alone, or a placeholder ("TODO"), names no model.
  if (!named || modelKey(named.value) === '' || valueAbsence(named.value) !== undefined) return [];
  const data = system.manifest.data as { id?: unknown; name?: unknown };
  const ours = (['id', 'name'] as const).flatMap((field) => {
    const text = data[field];
    return typeof text === 'string' && modelKey(text) !== '' ? [{ field, text: text.trim(), key: modelKey(text) }] : [];
  });

  if (ours.length === 0) return []; // the manifest names nothing to compare with (manifest/schema says so)
  // "Credit Risk Scorer 2.3.0" and "credit-risk-scorer@v2.3.0" name the model and its version.
  const versions = [comparedVersion(system.manifest.data).value, report.modelVersion?.value].filter((v): v is string => typeof v === 'string' && modelKey(v) !== '');
  const written = modelKey(named.value);
  const name = withoutVersion(written, versions);
  // The name as written first: an id may itself end in the version (credit-scorer-v2 at version 2).
  // A service's report may name the model it serves from another folder (new user: "risk-model").
  if (ours.some(({ key }) => key === written || key === name) || namesShippedModel(system, named.value)) return [];
  const described = ours.map(({ field, text }) => (field === 'id' && text === system.id ? `id ${text}` : `${field} ${quoted(text)}`));
  return [
    {
      message: `${report.file} is the bias report of model ${quoted(named.value.trim())}, not of this system (${described.join(', ')}): a report about another model shows nothing about this one; cite this model's own report`,
      at: named.at,
    },
  ];
}

/**
 * "Credit Risk Scorer", "credit-risk-scorer" and "credit_risk_scorer" name the same model: one
 * Unicode form (an é written as e and an accent is é), lower case, each run of other characters
 * one separator.
 */
function modelKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

/** A model key without a trailing version (`-2-3-0` or `-v2-3-0`) of those given. */
function withoutVersion(key: string, versions: readonly string[]): string {
  for (const version of versions) {
    const suffix = modelKey(version).replace(/^v(?=\d)/, '');
    for (const written of [`-${suffix}`, `-v${suffix}`]) if (key.endsWith(written) && key.length > written.length) return key.slice(0, -written.length);
  }
  return key;
}

function versionFailures(report: BiasReport, entry: Partial<ReportEntry>, targetPath: PathSegment[], system: Pick<SystemContext, 'manifest'>): Failure[] {
  const { value: expected, described } = comparedVersion(system.manifest.data);
  const claimed = entry.modelVersion;
  const recorded = report.modelVersion;
  const file = report.file;
  if (recorded) {
    if (asText(recorded.value) === expected) return [];
    return [{ message: `${file} is for model version ${recorded.value}, but ${described}`, at: recorded.at }];
  }
  if (typeof claimed === 'string') {
    if (claimed === expected) return [];
    return [
      {
        message: `${file} is declared for model version ${claimed}, but ${described}`,
        path: [...targetPath, 'modelVersion'],
      },
    ];
  }
  return [{ message: `${file} does not say which model version it was made for; record it in the report or set modelVersion`, path: targetPath }];
}

export const biasReportCoverage = defineFunction<Record<string, never>>({
  name: 'bias-report-coverage',
  description: 'Every sensitive attribute the manifest declares has results in at least one readable bias report.',
  optionsSchema: noOptions,
  check({ value, path, system }) {
    const bias = (value ?? {}) as NonNullable<AiSystem['bias']>;
    const declared = ([] as unknown[]).concat(bias.sensitiveAttributes ?? []).filter((a): a is string => typeof a === 'string');
    if (declared.length === 0) return { skip: 'no sensitive attribute is declared' }; // bias/sensitive-attributes reports the absence
    if (!citesReports(bias)) return { skip: NONE_CITED };
    const reports = readableReports(system, bias);
    if (reports.length === 0) {
      return [noReadableReport(system, bias, 'sensitive-attribute coverage', path)];
    }
    // Covered means measured: at least one metric value (a number) for the attribute. A report
    // that only names it (its groups, an empty entry, values that are NaN or text) is not an
    // evaluation of it.
    const measured = new Set(reports.flatMap((report) => report.results.filter(isMeasured).map((r) => normaliseAttribute(r.attribute))));
    const named = new Set(reports.flatMap((report) => [...report.attributes.keys()].map(normaliseAttribute)));
    const files = reports.map((r) => r.file).join(', ');
    const failures: Failure[] = [];
    const listed = Array.isArray(bias.sensitiveAttributes);
    declared.forEach((attribute, index) => {
      const at = listed ? [...path, 'sensitiveAttributes', index] : [...path, 'sensitiveAttributes'];
      // init's "TODO: …" is no attribute's name; its text stays out of the message (new user;
      // system/no-placeholders quotes it), and it still fails, whatever that rule's setting.
      if (valueAbsence(attribute) === 'placeholder') {
        failures.push({ message: `a sensitive attribute is still a placeholder, so whether ${files} ${reports.length === 1 ? 'covers' : 'cover'} it cannot be checked`, path: at });
        return;
      }
      const key = normaliseAttribute(attribute);
      if (measured.has(key)) return;
      failures.push({
        message: named.has(key) ? `sensitive attribute "${attribute}" is named in ${files} but has no metric value there: it was not measured` : `sensitive attribute "${attribute}" has no results in ${files}`,
        path: at,
      });
    });
    return failures;
  },
});

/** "Age Band", "age-band" and "age_band" name the same attribute. */
export function normaliseAttribute(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

interface Threshold {
  metric: string;
  min?: number;
  max?: number;
  attribute?: string;
}

/**
 * Fairness metrics within their bounds: the manifest's bias.thresholds, and the pack's defaults
 * for metrics the manifest does not bound. A signed difference (AIF360: unprivileged − privileged)
 * is held to `max` by the size of the gap, whichever group it favours; an unsigned one (Fairlearn:
 * max − min) as written; ratios and per-group values as written. A bound the manifest declares
 * must have results to check; a default applies only where the metric is reported.
 */
export const biasThresholds = defineFunction<{ defaults?: Threshold[] }>({
  name: 'bias-thresholds',
  description: "Fairness metrics in the cited reports are within the manifest's thresholds, or the pack's defaults.",
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      defaults: {
        type: 'array',
        items: {
          type: 'object',
          required: ['metric'],
          additionalProperties: false,
          properties: { metric: { type: 'string', minLength: 1 }, min: { type: 'number' }, max: { type: 'number' }, attribute: { type: 'string' } },
        },
      },
    },
  },
  check({ value, path, options, system }) {
    const bias = (value ?? {}) as Bias;
    if (!citesReports(bias)) return { skip: NONE_CITED };
    const reports = readableReports(system, bias);
    if (reports.length === 0) {
      return [noReadableReport(system, bias, 'fairness thresholds', path)];
    }
    const results = reports.flatMap((report) => report.results);
    const files = reports.map((r) => r.file).join(', ');
    // An attribute that is not text (a schema finding) bounds every attribute rather than crash.
    const declared = (Array.isArray(bias.thresholds) ? bias.thresholds : [])
      .filter((t) => t && typeof t.metric === 'string')
      .map((t) => (t.attribute === undefined || typeof t.attribute === 'string' ? t : { ...t, attribute: undefined }));
    const failures: Failure[] = [];
    const sensitive = ([] as unknown[]).concat(bias.sensitiveAttributes ?? []).filter((a): a is string => typeof a === 'string' && a.trim() !== '');
    const hintFor = metricHints(results);
    declared.forEach((threshold, index) => {
      const where: PathSegment[] = [...path, 'thresholds', index];
      const matching = results.filter((r) => matches(r, threshold));
      if (matching.length === 0) {
        failures.push({
          message: `no results for ${threshold.metric}${threshold.attribute ? ` for ${threshold.attribute}` : ''} in ${files}, so bias.thresholds[${index}] cannot be checked${hintFor(threshold.metric)}`,
          path: where,
        });
      } else if (!threshold.attribute) {
        // A bound for no attribute in particular is a bound for each declared one: one attribute
        // within it says nothing of another that was not measured.
        for (const attribute of sensitive) {
          if (matching.some((r) => normaliseAttribute(r.attribute) === normaliseAttribute(attribute))) continue;
          failures.push({ message: `no results for ${threshold.metric} for ${attribute} in ${files}, so bias.thresholds[${index}] cannot be checked for it`, path: where });
        }
      }
      for (const result of matching) failures.push(...outOfBounds(result, threshold, `bias.thresholds[${index}]`));
    });
    const defaults = options.defaults ?? [];
    // A threshold whose bounds are not finite numbers (`max: .nan`) holds nothing, and replaces nothing.
    const holds = (t: Threshold) => Number.isFinite(t.min) || Number.isFinite(t.max);
    for (const threshold of defaults) {
      // The manifest's bound replaces the default only where it applies: a threshold for one
      // attribute leaves the default in force for the others.
      for (const result of results.filter((r) => matches(r, threshold) && !declared.some((t) => holds(t) && matches(r, t)))) {
        failures.push(...outOfBounds(result, threshold, 'policy default'));
      }
    }
    // No bound at all (no bias.thresholds, a pack without defaults): nothing to hold a metric to.
    if (declared.length === 0 && defaults.length === 0) return { skip: 'no bias.thresholds, and this policy sets no default bound' };
    // Each measured attribute is held to some bound: a number reported for a metric no bound
    // names (a count, a made-up metric) is not a fairness measurement this rule can judge. (One
    // with no number at all is bias/report-covers-attributes' finding.)
    const bounded = (r: BiasResult) => declared.some((t) => holds(t) && matches(r, t)) || defaults.some((t) => holds(t) && matches(r, t));
    const listed = Array.isArray(bias.sensitiveAttributes);
    const metrics = [...new Set([...declared, ...defaults].map((t) => t.metric))];
    sensitive.forEach((attribute, index) => {
      const measured = results.filter((r) => isMeasured(r) && normaliseAttribute(r.attribute) === normaliseAttribute(attribute));
      if (measured.length === 0 || measured.some(bounded)) return;
      failures.push({
        message: `${attribute} is measured in ${files} only by metrics with no bound (${[...new Set(measured.map((r) => r.metric))].slice(0, 3).join(', ')}): neither bias.thresholds nor the policy's defaults (${metrics.slice(0, 3).join(', ')}${metrics.length > 3 ? `, and ${metrics.length - 3} more` : ''}) hold it to a bound`,
        path: listed ? [...path, 'sensitiveAttributes', index] : [...path, 'sensitiveAttributes'],
      });
    });
    return failures;
  },
});

/** A metric value that is a number: what measuring an attribute leaves in a report. */
function isMeasured(result: BiasResult): boolean {
  return typeof result.value === 'number' && Number.isFinite(result.value) && !GROUP_SIZES.has(result.metric);
}

/** How many people a group had, and its gaps (Fairlearn's count by group): sizes, not a fairness measure. */
const GROUP_SIZES = new Set(['count', 'count_difference', 'count_ratio']);

/** The most metrics a message about an unreported one lists. */
const LISTED_METRICS = 5;

/**
 * For a threshold's metric no report has: the reported metric it most likely meant
 * (" (did you mean demographic_parity_difference?)"), else the ones reported. Nothing when the
 * metric is reported (for another attribute: the message says which it is not reported for).
 * The reported names are gathered once, on the first hint, and the hints share one budget.
 */
function metricHints(results: readonly BiasResult[]): (metric: string) => string {
  let reported: string[] | undefined;
  let known = new Set<string>();
  let listed = '';
  const budget = new SuggestionBudget();
  return (metric) => {
    if (reported === undefined) {
      known = new Set(results.flatMap((r) => [r.metric, ...(r.aliases ?? [])]));
      reported = [...known];
      const names = [...new Set(results.map((r) => r.metric))];
      const shown = names.slice(0, LISTED_METRICS).map((name) => (name.length > 60 ? `${name.slice(0, 59)}…` : name));
      listed = ` (reported: ${shown.join(', ')}${names.length > LISTED_METRICS ? `, and ${names.length - LISTED_METRICS} more` : ''})`;
    }
    if (reported.length === 0 || known.has(metric)) return '';
    const near = budget.closestWithin(metric, reported);
    return near === undefined ? listed : ` (did you mean ${near}?)`;
  };
}

function matches(result: BiasResult, threshold: Threshold): boolean {
  const names = [result.metric, ...(result.aliases ?? [])];
  if (!names.includes(threshold.metric)) return false;
  return !threshold.attribute || normaliseAttribute(threshold.attribute) === normaliseAttribute(result.attribute);
}

function outOfBounds(result: BiasResult, threshold: Threshold, source: string): Failure[] {
  const value = result.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return []; // bias/values-valid reports it
  const signedGap = result.convention === 'signed';
  const size = signedGap ? Math.abs(value) : value;
  const shown = signedGap && value < 0 ? `${format(value)} (a gap of ${format(size)})` : format(value);
  // A bound that is not a number (max: "0.1") is manifest/schema's finding; comparing with it
  // coerced text and then crashed formatting it.
  // A bound that is not a finite number (`.nan`) holds nothing (manifest/schema says so).
  if (typeof threshold.max === 'number' && Number.isFinite(threshold.max) && size > threshold.max) {
    return [{ message: `${subject(result)} is ${shown}, above the maximum ${format(threshold.max)} (${source})`, at: result.at }];
  }
  if (typeof threshold.min === 'number' && Number.isFinite(threshold.min) && value < threshold.min) {
    return [{ message: `${subject(result)} is ${format(value)}, below the minimum ${format(threshold.min)} (${source})`, at: result.at }];
  }
  return [];
}

export function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

/** Every reported value is a finite number: NaN, text and blanks mean the metric was not computed. */
export const biasReportValues = defineFunction<Record<string, never>>({
  name: 'bias-report-values',
  description: 'Every value in a bias report is a finite number (not NaN, infinite, text or empty).',
  optionsSchema: noOptions,
  check({ target, system }) {
    const report = loadReport(system, target);
    if (!report?.ok) return UNREADABLE;
    if (report.value.results.length === 0) return { skip: `${report.value.file} reports no metric values` };
    const failures: Failure[] = [];
    for (const result of report.value.results) {
      const value = result.value;
      let problem: string | undefined;
      if (value === null || value === undefined) problem = 'has no value';
      else if (typeof value === 'number' && Number.isNaN(value)) problem = 'is NaN: the metric was not computed';
      else if (typeof value === 'number' && !Number.isFinite(value)) problem = `is ${value > 0 ? '' : 'negative '}infinity`;
      else if (typeof value === 'string') problem = `is text "${value.length > 40 ? `${value.slice(0, 39)}…` : value}", not a number`;
      else if (typeof value !== 'number') problem = `is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value}, not a number`;
      // An unsigned difference is max − min: a negative one is a signed gap read the wrong way,
      // and would pass any maximum however wide the gap.
      else if (result.convention === 'unsigned' && value < 0) {
        const hint = report.value.format === 'modelgate' ? '; a signed gap (unprivileged − privileged) needs "convention": "signed"' : '';
        problem = `is ${format(value)}, but an unsigned difference (max − min) cannot be negative${hint}`;
      }
      // A ratio of rates cannot be negative; Fairlearn's (smallest group's over largest's) cannot exceed 1.
      else if (result.convention === 'ratio' && value < 0) problem = `is ${format(value)}, but a ratio of rates cannot be negative`;
      else if (MIN_OVER_MAX.has(result.metric) && value > 1) problem = `is ${format(value)}, but it is the smallest group's rate over the largest's, so at most 1`;
      if (problem) failures.push({ message: `${report.value.file}: ${subject(result)} ${problem}`, at: result.at });
    }
    failures.push(...understatedGaps(report.value));
    const rows = report.value.rows;
    if (rows && rows.value === 0) failures.push({ message: `${report.value.file} was computed on 0 rows, so none of its metrics measured anything`, at: rows.at });
    return failures;
  },
});

/** Fairlearn's ratios, each the smallest group's value over the largest's (AIF360's disparate impact, unprivileged over privileged, may exceed 1). */
const MIN_OVER_MAX = new Set(['demographic_parity_ratio', 'equalized_odds_ratio', 'equal_opportunity_ratio']);

/** Rounding a report may do (three decimals, say) before a stated gap counts as contradicting its groups. */
const GAP_TOLERANCE = 0.01;

/** Half a unit in the last decimal `value` is written to (0.012 → 0.0005): how far rounding may have moved it. */
function roundingOf(value: number): number {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return 0.5 * 10 ** -Math.min(decimals, 12);
}

/**
 * Gaps stated narrower than the report's own per-group values allow. An unsigned difference is
 * max − min over every group and a ratio min / max, so selection rates listed at 0.05 and 0.62
 * rule out a demographic parity difference of 0.041 or a ratio of 0.9 whatever other groups there
 * are (a group left out can only widen the gap); the same holds for any metric a report lists by
 * group and states as a difference or ratio (Fairlearn's `difference.false_positive_rate` beside
 * its `by_group.false_positive_rate`), and for equalized odds, the larger of the TPR and FPR gaps.
 * A wider stated gap is not questioned: groups may be left out. A Fairlearn gap may have been
 * taken to the overall value instead, which is narrower: it is held to what that method allows
 * (at least half of max − min; with the overall selection rate known, the farthest group from
 * it). Where an attribute has exactly two groups, a signed difference (unprivileged −
 * privileged) is their gap either way, and a disparate impact their ratio either way up.
 */
function understatedGaps(report: BiasReport): Failure[] {
  // Each attribute's lowest and highest value of each metric listed by group, and how many groups gave one.
  const ranges = new Map<string, SelectionRates>();
  const keyOf = (attribute: string, metric: string) => `${normaliseAttribute(attribute)}\u0000${metric}`;
  for (const result of report.results) {
    if (result.group === undefined || typeof result.value !== 'number' || !Number.isFinite(result.value)) continue;
    const key = keyOf(result.attribute, result.metric);
    const range = ranges.get(key);
    const rounding = roundingOf(result.value);
    if (range) Object.assign(range, { low: Math.min(range.low, result.value), high: Math.max(range.high, result.value), groups: range.groups + 1, rounding: Math.max(range.rounding, rounding) });
    else ranges.set(key, { low: result.value, high: result.value, groups: 1, rounding });
  }
  const failures: Failure[] = [];
  for (const result of report.results) {
    if (result.group !== undefined || typeof result.value !== 'number' || !Number.isFinite(result.value)) continue;
    const value = result.value;
    const understated = (reason: string) => failures.push({ message: `${report.file}: ${subject(result)} is ${format(value)}, but ${reason}`, at: result.at });
    const perGroup = groupMetricOf(result.metric);
    if (result.metric === 'equalized_odds_difference' && result.convention === 'unsigned') {
      const tpr = ranges.get(keyOf(result.attribute, 'true_positive_rate'));
      const fpr = ranges.get(keyOf(result.attribute, 'false_positive_rate'));
      const gaps = [tpr, fpr].filter((r): r is SelectionRates => r !== undefined && r.groups >= 2).map((r) => r.high - r.low);
      const least = Math.max(0, ...gaps) / (result.mayBeToOverall ? 2 : 1);
      if (gaps.length > 0 && value < least - GAP_TOLERANCE) {
        understated(`its own true and false positive rates for ${result.attribute} differ by up to ${format(Math.max(...gaps))} between groups, so equalized odds (the larger gap) is at least ${format(least)}${result.mayBeToOverall ? ' even taken to the overall rate' : ''}`);
      }
      continue;
    }
    if (!perGroup) continue;
    const range = ranges.get(keyOf(result.attribute, perGroup.metric));
    if (!range || range.groups < 2) continue;
    const values = perGroup.metric === 'selection_rate' ? 'selection rates' : `${perGroup.metric} values`;
    const between = `its own ${values} for ${result.attribute} run from ${format(range.low)} to ${format(range.high)}`;
    const least = range.high - range.low;
    const toOverall = result.mayBeToOverall;
    // Only the selection rate's overall value is known; any other metric's is bounded as if unknown.
    const overallRate = perGroup.metric === 'selection_rate' ? toOverall?.overallSelectionRate : undefined;
    const toTheOverall = overallRate === undefined ? 'to the overall rate' : `to the overall rate ${format(overallRate)}`;
    if (perGroup.kind === 'difference' && result.convention === 'unsigned') {
      const leastToOverall = toOverall && differenceToOverall(range, overallRate);
      // The looser of the two: an overall rate outside the listed groups can ask more of to_overall than of max − min.
      if (value < Math.min(least, leastToOverall ?? least) - GAP_TOLERANCE) {
        understated(`${between}, a difference of at least ${format(least)}${leastToOverall === undefined ? '' : `, or ${format(leastToOverall)} taken ${toTheOverall}`}`);
      }
    } else if (perGroup.kind === 'difference' && result.convention === 'signed' && range.groups === 2) {
      if (Math.abs(value) < least - GAP_TOLERANCE) understated(`${between}, and with two groups a signed difference is that gap either way (${format(least)} or ${format(-least)})`);
    } else if (perGroup.kind === 'ratio' && (MIN_OVER_MAX.has(result.metric) || (report.format === 'fairlearn' && result.convention === 'ratio'))) {
      const most = widestRatio(range.low, range.high, range.rounding);
      const mostToOverall = toOverall && ratioToOverall(range, overallRate, range.rounding);
      if (most !== undefined && value > Math.max(most, mostToOverall ?? 0) + GAP_TOLERANCE) {
        // The message gives the ratios of the values as written; the comparison allowed for their rounding.
        const written = toOverall && ratioToOverall(range, overallRate, 0);
        understated(`${between}, a ratio of at most ${format(range.low / range.high)}${written === undefined ? '' : `, or ${format(written)} taken ${toTheOverall}`}`);
      }
    } else if (perGroup.kind === 'ratio' && result.metric === 'disparate_impact' && range.groups === 2) {
      // Unprivileged over privileged: low / high, or high / low the other way up; nearer 1 is neither.
      const most = widestRatio(range.low, range.high, range.rounding);
      if (most !== undefined && value > most + GAP_TOLERANCE && value < 1 / most - GAP_TOLERANCE) {
        understated(`${between}, and with two groups their ratio is ${format(range.low / range.high)} one way up or ${format(range.high / range.low)} the other`);
      }
    }
  }
  return failures;
}

/**
 * The per-group metric a stated gap is taken over, and whether it is a difference or a ratio:
 * demographic parity over selection rates, equal opportunity over true positive rates, Fairlearn's
 * `<metric>_difference` and `<metric>_ratio` over `<metric>`.
 */
function groupMetricOf(metric: string): { metric: string; kind: 'difference' | 'ratio' } | undefined {
  switch (metric) {
    case 'demographic_parity_difference':
    case 'statistical_parity_difference':
      return { metric: 'selection_rate', kind: 'difference' };
    case 'demographic_parity_ratio':
    case 'disparate_impact':
      return { metric: 'selection_rate', kind: 'ratio' };
    case 'equal_opportunity_difference':
      return { metric: 'true_positive_rate', kind: 'difference' };
    case 'equal_opportunity_ratio':
      return { metric: 'true_positive_rate', kind: 'ratio' };
  }
  const named = /^(.+)_(difference|ratio)$/.exec(metric);
  return named?.[1] && !named[1].startsWith('equalized_odds') ? { metric: named[1], kind: named[2] as 'difference' | 'ratio' } : undefined;
}

interface SelectionRates {
  low: number;
  high: number;
  groups: number;
  /** The most rounding any of the rates may carry (roundingOf). */
  rounding: number;
}

/**
 * The widest ratio of two rounded rates, smaller over larger: rates rounded to a few decimals move
 * a ratio of small rates a lot (0.012 / 0.013 may be 0.0124 / 0.0125, a ratio of 0.992).
 */
function widestRatio(a: number, b: number, rounding: number): number | undefined {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return high - rounding > 0 ? Math.min(1, (low + rounding) / (high - rounding)) : undefined;
}

/** The least a difference taken to the overall rate can be: the farthest group from it, or half of max − min where the rate is not given. */
function differenceToOverall(range: SelectionRates, overall: number | undefined): number {
  return overall === undefined ? (range.high - range.low) / 2 : Math.max(Math.abs(range.high - overall), Math.abs(overall - range.low));
}

/** The most a ratio taken to the overall rate can be: the lower of the two end groups' ratios to it, or the square root of min / max where the rate is not given. */
function ratioToOverall(range: SelectionRates, overall: number | undefined, rounding: number): number | undefined {
  if (overall === undefined) {
    const most = widestRatio(range.low, range.high, rounding);
    return most === undefined ? undefined : Math.sqrt(most);
  }
  const low = widestRatio(range.low, overall, rounding && Math.max(rounding, roundingOf(overall)));
  const high = widestRatio(range.high, overall, rounding && Math.max(rounding, roundingOf(overall)));
  return low === undefined || high === undefined ? undefined : Math.min(low, high);
}

/** A report generated within the pack's maximum age, dated by the report itself or the manifest. */
export const biasReportFresh = defineFunction<{ maxAgeDays: number }>({
  name: 'bias-report-fresh',
  description: 'A bias report was generated no more than maxAgeDays ago (its own date, else the date in the manifest), and not before the model files it is about were built (the newest artifacts[].date, a day of grace), nor, in a pull request that changes a model file (a new sha256, or the file itself as git compares it), a report the base commit cited, unchanged.',
  optionsSchema: MAX_AGE_OPTIONS,
  check({ target, targetPath, options, system }) {
    const report = loadReport(system, target);
    if (!report?.ok) return UNREADABLE;
    const entry = target as Partial<ReportEntry>;
    const dated = report.value.generatedAt ?? (typeof entry.date === 'string' ? { value: entry.date, at: undefined } : undefined);
    const file = report.value.file;
    if (!dated) {
      // The key as the report's own format spells it (new user: a Fairlearn export was told generatedAt).
      const key = report.value.format === 'modelgate' ? 'generatedAt' : 'generated_at';
      return [{ message: `${file} has no date: record when it was generated (${key}) or set date in the manifest`, path: targetPath }];
    }
    const where = { path: [...targetPath, 'date'], at: dated.at };
    const stale = staleness(dated.value, system.now, options.maxAgeDays);
    if (stale === 'not-a-date') return [{ message: `${file}: "${dated.value}" is ${notADate(dated.value)}`, ...where }];
    if (stale === 'future') return [{ message: `${file} is dated ${dated.value}, in the future`, ...where }];
    if (stale) return [{ message: `${file} was generated on ${dated.value.slice(0, 10)}, ${stale.daysOld} days ago; the policy allows ${options.maxAgeDays}`, ...where }];
    // Red team: a report from before the model was built evaluated an earlier build, however recent.
    const built = producedAfter(system.manifest.data as AiSystem, dated.value, 1);
    if (built) {
      return [{ message: `${file} was generated on ${dated.value.slice(0, 10)}, before the model files it is about were built (${built.path}, dated ${built.date} in artifacts): it evaluated an earlier build; rerun it on the model as shipped`, ...where }];
    }
    // A new model file whose date was left alone: the report the base cited, unchanged, is of the earlier one.
    const earlier = typeof entry.path === 'string' ? reportOfEarlierModel(system, entry.path, (manifest) => manifest.bias?.reports) : undefined;
    if (earlier) {
      return [{ message: `${file} is the bias report the base commit ${earlier.commit} cited${earlier.as ? ` as ${earlier.as}` : ''}, unchanged, but ${earlier.path} has ${earlier.how}: it evaluated the earlier model; rerun it on the model as shipped`, path: [...targetPath, 'path'] }];
    }
    return [];
  },
});
