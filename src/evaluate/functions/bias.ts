/**
 * Bias evaluation evidence: each cited report can be read, was made for the model version the
 * manifest describes, and together the reports cover every declared sensitive attribute.
 */
import type { AiSystem } from '../../load/manifest.js';
import type { BiasReport, EvidenceResult } from '../../evidence/types.js';
import { defineFunction, type Failure, type SystemContext } from '../function.js';

type ReportEntry = NonNullable<NonNullable<AiSystem['bias']>['reports']>[number];

function loadReport(system: SystemContext, entry: unknown): EvidenceResult<BiasReport> | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { path, format } = entry as Partial<ReportEntry>;
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  return system.evidence.biasReport(path, typeof format === 'string' ? format : undefined);
}

const noOptions = { type: 'object', additionalProperties: false };

export const biasReportReadable = defineFunction<Record<string, never>>({
  name: 'bias-report-readable',
  description: 'A cited bias report exists, parses, and is in a supported format with a valid shape.',
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadReport(system, target);
    if (!report) return [{ message: 'the bias report entry has no path', path: targetPath }];
    return report.ok ? [] : [{ message: report.problem.message, path: [...targetPath, 'path'], at: report.problem.at }];
  },
});

export const biasReportModelVersion = defineFunction<Record<string, never>>({
  name: 'bias-report-model-version',
  description: "A bias report was made for the model version the manifest describes (the report's own record wins over the manifest's claim).",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadReport(system, target);
    if (!report?.ok) return []; // unreadable reports are bias/report-readable's finding
    const expected = system.manifest.data.version;
    const claimed = (target as Partial<ReportEntry>).modelVersion;
    const recorded = report.value.modelVersion;
    const file = report.value.file;
    if (recorded) {
      if (String(recorded.value) === String(expected)) return [];
      return [{ message: `${file} is for model version ${recorded.value}, but the manifest describes version ${expected}`, at: recorded.at }];
    }
    if (typeof claimed === 'string') {
      if (claimed === String(expected)) return [];
      return [
        {
          message: `${file} is declared for model version ${claimed}, but the manifest describes version ${expected}`,
          path: [...targetPath, 'modelVersion'],
        },
      ];
    }
    return [{ message: `${file} does not say which model version it was made for; record it in the report or set modelVersion`, path: targetPath }];
  },
});

export const biasReportCoverage = defineFunction<Record<string, never>>({
  name: 'bias-report-coverage',
  description: 'Every sensitive attribute the manifest declares has results in at least one readable bias report.',
  optionsSchema: noOptions,
  check({ value, path, system }) {
    const bias = (value ?? {}) as NonNullable<AiSystem['bias']>;
    const declared = ([] as unknown[]).concat(bias.sensitiveAttributes ?? []).filter((a): a is string => typeof a === 'string');
    if (declared.length === 0) return []; // bias/sensitive-attributes reports the absence
    const reports = (Array.isArray(bias.reports) ? bias.reports : [])
      .map((entry) => loadReport(system, entry))
      .filter((r): r is { ok: true; value: BiasReport } => r?.ok === true)
      .map((r) => r.value);
    if (reports.length === 0) {
      return [{ message: 'no readable bias report to check sensitive-attribute coverage against', path: [...path, 'reports'] }];
    }
    const covered = new Set(reports.flatMap((report) => [...report.attributes.keys()].map(normaliseAttribute)));
    const files = reports.map((r) => r.file).join(', ');
    const failures: Failure[] = [];
    const listed = Array.isArray(bias.sensitiveAttributes);
    declared.forEach((attribute, index) => {
      if (!covered.has(normaliseAttribute(attribute))) {
        failures.push({
          message: `sensitive attribute "${attribute}" has no results in ${files}`,
          path: listed ? [...path, 'sensitiveAttributes', index] : [...path, 'sensitiveAttributes'],
        });
      }
    });
    return failures;
  },
});

/** "Age Band", "age-band" and "age_band" name the same attribute. */
export function normaliseAttribute(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
