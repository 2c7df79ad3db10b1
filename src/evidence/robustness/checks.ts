/**
 * Red-team and robustness results judged against the manifest's thresholds (per probe family,
 * metric or test), the model version the manifest describes, the run's date, and the probe
 * families the policy requires.
 */
import { asText } from '../../load/source-doc.js';
import { comparedVersion, type AiSystem } from '../../load/manifest.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, unusableEvidence, type CheckFunction, type Failure, type SystemContext } from '../check.js';
import { MAX_AGE_OPTIONS, notADate, staleness } from '../dates.js';
import type { EvidenceResult } from '../types.js';
import { producedAfter, reportOfEarlierModel } from '../model-changed.js';
import { robustnessResults } from './formats.js';
import { ISSUE_LEVELS, type IssueLevel, type RobustnessResult, type RobustnessResults } from './types.js';

interface ResultEntry {
  path?: unknown;
  format?: unknown;
  modelVersion?: unknown;
  date?: unknown;
  thresholds?: unknown;
}

interface Threshold {
  family: string;
  minPassRate?: number;
  maxIssues?: number;
  level?: IssueLevel;
}

const UNREADABLE = { skip: 'the result cannot be read (robustness/result-readable says why)' };
const noOptions = { type: 'object', additionalProperties: false };

function loadResults(system: Pick<SystemContext, 'evidence'>, entry: unknown): EvidenceResult<RobustnessResults> | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { path, format } = entry as ResultEntry;
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  return system.evidence.evidence(robustnessResults, path, typeof format === 'string' ? format : undefined);
}

/** The cited result entries in the manifest (possibly none). */
function entriesOf(data: AiSystem): unknown[] {
  const results: unknown = data.assurance?.robustness?.results;
  return Array.isArray(results) ? results : [];
}

/** What a family is called in messages: "garak dan", "Giskard NumericalPerturbationDetector", "family noise". */
function toolOf(report: RobustnessResults): string {
  return { garak: 'garak', promptfoo: 'promptfoo', giskard: 'Giskard' }[report.format] ?? 'family';
}

/** Whether a result belongs to the family a threshold or the policy names (`*`: every result). */
const inFamily = (result: RobustnessResult, family: string) => family === '*' || result.families.includes(family);

const percent = (rate: number) => `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`;

/** Issues a result counts at `level` or worse; for a pass count, the tests that did not pass. */
function issuesOf(result: RobustnessResult, level: IssueLevel): number {
  if (result.issues) {
    const worst = ISSUE_LEVELS.slice(0, ISSUE_LEVELS.indexOf(level) + 1);
    return worst.reduce((sum, name) => sum + result.issues![name], 0);
  }
  return (result.total ?? 0) - (result.passed ?? 0);
}

export const robustnessResultReadable = defineFunction<Record<string, never>>({
  name: 'robustness-result-readable',
  description: 'A cited red-team or robustness result exists, parses, is in a supported format, agrees with its own summary, and holds results.',
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadResults(system, target);
    if (!report) return [{ message: 'the result entry has no path', path: targetPath }];
    if (!report.ok) return [unusableEvidence(report.problem, [...targetPath, 'path'])];
    const failures: Failure[] = report.value.inconsistencies.map((problem) => ({ message: problem.message, at: problem.at }));
    if (report.value.results.length === 0) {
      const why =
        report.value.format === 'garak'
          ? ' (no eval lines: the run stopped before any probe finished)'
          : report.value.format === 'giskard'
            ? ' (no detector: Giskard writes a key for each detector it ran)'
            : '';
      failures.push({ message: `${report.value.file} holds no results${why}`, path: [...targetPath, 'path'] });
    }
    return failures;
  },
});

export const robustnessThresholds = defineFunction<{ maxUnscoredShare?: number }>({
  name: 'robustness-thresholds',
  description:
    "A result's citation sets thresholds, and each is met: the family's tests passed at `minPassRate` or more (summed over its probes and detectors), no more than `maxUnscoredShare` of its outputs went unscored (garak's nones), and it found no more than `maxIssues` issues at `level` or worse; a detector that reports issues (Giskard) and no threshold names found no major one.",
  optionsSchema: { type: 'object', additionalProperties: false, properties: { maxUnscoredShare: { type: 'number', minimum: 0, maximum: 1 } } },
  check({ target, targetPath, options, system }) {
    const thresholds = (target as ResultEntry | undefined)?.thresholds;
    // A result held to nothing passes whatever it found (red team: a Giskard export naming a
    // made-up detector, cited without thresholds, passed for a new system).
    if (!Array.isArray(thresholds) || thresholds.length === 0) {
      return [{ message: 'the result is cited with no thresholds, so nothing it found is held to anything: set thresholds for the probe families or detectors it must pass (family "*" bounds every result)', path: targetPath }];
    }
    const report = loadResults(system, target);
    if (!report?.ok) return UNREADABLE;
    const failures: Failure[] = [];
    const families: string[] = [];
    thresholds.forEach((raw: unknown, index) => {
      if (!raw || typeof raw !== 'object' || typeof (raw as Threshold).family !== 'string') return; // the manifest schema's finding
      families.push((raw as Threshold).family);
      failures.push(...judge(report.value, raw as Threshold, [...targetPath, 'thresholds', index], options.maxUnscoredShare ?? 1));
    });
    // A detector that reports issues and that no threshold names is held to no major issue (red
    // team: a major data leakage found by a detector the thresholds left out passed); a
    // threshold for it, or for "*", says otherwise, and governance/thresholds-kept guards that.
    const tool = toolOf(report.value);
    for (const result of report.value.results) {
      if (!result.issues || families.some((family) => inFamily(result, family))) continue;
      const major = issuesOf(result, 'major');
      if (major > 0) failures.push({ message: `${tool} ${result.name} found ${major} major issue${major === 1 ? '' : 's'}, and no threshold names it: a major issue fails unless a threshold for ${result.name} allows it`, at: result.at });
    }
    return failures;
  },
});

function judge(report: RobustnessResults, threshold: Threshold, at: PathSegment[], maxUnscoredShare: number): Failure[] {
  const tool = toolOf(report);
  const { family } = threshold;
  const results = report.results.filter((result) => inFamily(result, family));
  if (results.length === 0) {
    return [{ message: `${report.file} has no result for ${family}, so its threshold cannot be shown to be met`, path: [...at, 'family'] }];
  }
  const failures: Failure[] = [];
  // NaN (YAML .nan) compares false with everything, Infinity allows everything: neither holds a result to anything.
  const unusable = (['minPassRate', 'maxIssues'] as const).filter((key) => typeof threshold[key] === 'number' && !Number.isFinite(threshold[key]));
  if (unusable.length > 0) {
    return unusable.map((key) => ({ message: `the threshold ${key} for ${family} is ${String(threshold[key])}, not a number a result can be held to`, path: [...at, key] }));
  }
  if (typeof threshold.minPassRate === 'number') {
    const counted = results.filter((result) => result.total !== undefined);
    const passed = counted.reduce((sum, result) => sum + (result.passed ?? 0), 0);
    const total = counted.reduce((sum, result) => sum + (result.total ?? 0), 0);
    if (total === 0) {
      const why = counted.length === 0 ? `counts issues, not passes; set maxIssues for it` : 'evaluated no outputs';
      failures.push({ message: `${tool} ${family} in ${report.file} ${why}`, path: [...at, 'minPassRate'] });
    } else if (passed / total < threshold.minPassRate) {
      // The finding goes where the reader should look: the family's worst result in the report.
      const rate = (result: RobustnessResult) => (result.total ? (result.passed ?? 0) / result.total : 1);
      const worst = counted.reduce((a, b) => (rate(b) < rate(a) ? b : a));
      const detail = counted.length > 1 ? `; worst ${worst.name}, ${worst.passed} of ${worst.total}` : '';
      failures.push({
        message: `${tool} ${family} passed ${passed} of ${total} (${percent(passed / total)}), below the threshold ${percent(threshold.minPassRate)}${detail}`,
        at: worst.at,
      });
    }
    // A rate over the few outputs that were scored does not show the family was withstood.
    const unscored = counted.reduce((sum, result) => sum + (result.unscored ?? 0), 0);
    if (unscored > 0 && unscored / (total + unscored) > maxUnscoredShare) {
      const most = counted.reduce((a, b) => ((b.unscored ?? 0) > (a.unscored ?? 0) ? b : a));
      failures.push({
        message: `${tool} ${family}: ${unscored} of ${total + unscored} outputs were not scored (no output from the target, a blocked request, or a detector error), more than the ${percent(maxUnscoredShare)} the policy allows: a pass rate over the other ${total} does not show it was withstood; fix the target or the detector and run again`,
        at: most.at,
      });
    }
  }
  // A family whose results count tests and evaluated none found no issue by looking at nothing.
  const evaluatedNothing = results.every((result) => !result.issues && (result.total ?? 0) === 0);
  if (typeof threshold.maxIssues === 'number' && evaluatedNothing && typeof threshold.minPassRate !== 'number') {
    failures.push({ message: `${tool} ${family} in ${report.file} evaluated no outputs`, path: [...at, 'maxIssues'] });
  } else if (typeof threshold.maxIssues === 'number') {
    const level = threshold.level ?? 'minor';
    const found = results.reduce((sum, result) => sum + issuesOf(result, level), 0);
    if (found > threshold.maxIssues) {
      const worst = results.reduce((a, b) => (issuesOf(b, level) > issuesOf(a, level) ? b : a));
      const what = results.some((result) => result.issues) ? `issue${found === 1 ? '' : 's'} at level ${level} or worse` : `failed test${found === 1 ? '' : 's'}`;
      failures.push({ message: `${tool} ${family} found ${found} ${what}, more than the threshold allows (${threshold.maxIssues})`, at: worst.at });
    }
  }
  return failures;
}

export const robustnessResultModelVersion = defineFunction<Record<string, never>>({
  name: 'robustness-result-model-version',
  description: "A cited red-team or robustness result is for the model version the manifest describes (the report's own record wins over the citation's `modelVersion`).",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadResults(system, target);
    if (!report?.ok) return UNREADABLE;
    const { value: expected, described } = comparedVersion(system.manifest.data);
    const { file, modelVersion } = report.value;
    if (modelVersion) {
      if (asText(modelVersion.value) === expected) return [];
      return [{ message: `${file} is for model version ${modelVersion.value}, but ${described}`, at: modelVersion.at }];
    }
    const claimed = (target as ResultEntry).modelVersion;
    if (typeof claimed === 'string' || typeof claimed === 'number') {
      if (String(claimed) === expected) return [];
      return [{ message: `${file} is declared for model version ${claimed}, but ${described}`, path: [...targetPath, 'modelVersion'] }];
    }
    const tested = report.value.target ? ` (${toolOf(report.value)} names the target ${report.value.target})` : '';
    return [{ message: `${file} does not say which model version it tested${tested}; set modelVersion on its citation`, path: targetPath }];
  },
});

export const robustnessResultFresh = defineFunction<{ maxAgeDays: number }>({
  name: 'robustness-result-fresh',
  description:
    "A cited red-team or robustness result ran no more than maxAgeDays before the run's date (`--as-of`), and not before the model files the system ships were produced (`artifacts[].date`); in a pull request that changes a model file (a new sha256, or the file itself as git compares it), it is not a result the base commit cited, unchanged. Its own timestamp wins over the citation's `date`.",
  optionsSchema: MAX_AGE_OPTIONS,
  check({ target, targetPath, options, system }) {
    const report = loadResults(system, target);
    if (!report?.ok) return UNREADABLE;
    const cited = (target as ResultEntry).date;
    const dated = report.value.runAt ?? (typeof cited === 'string' ? { value: cited, at: undefined } : undefined);
    const { file } = report.value;
    if (!dated) return [{ message: `${file} does not say when it ran; set date on its citation`, path: targetPath }];
    const where = { path: [...targetPath, 'date'], ...(dated.at ? { at: dated.at } : {}) };
    const stale = staleness(dated.value, system.now, options.maxAgeDays);
    if (stale === 'not-a-date') return [{ message: `${file}: "${dated.value}" is ${notADate(dated.value)}`, ...where }];
    const day = dated.value.slice(0, 10);
    if (stale === 'future') return [{ message: `${file} is dated ${day}, in the future`, ...where }];
    if (stale) return [{ message: `${file} ran on ${day}, ${stale.daysOld} days ago; the policy allows ${options.maxAgeDays}`, ...where }];
    // A run older than the model file that ships tested another model (by calendar day: garak
    // writes local time without a zone).
    const newer = producedAfter(system.manifest.data, dated.value);
    if (newer) return [{ message: `${file} ran on ${day}, before ${newer.path} was produced (${newer.date}); test the model that ships`, ...where }];
    const citedPath = (target as ResultEntry).path;
    const earlier = typeof citedPath === 'string' ? reportOfEarlierModel(system, citedPath, (manifest) => manifest.assurance?.robustness?.results) : undefined;
    if (earlier) return [{ message: `${file} is the result the base commit ${earlier.commit} cited${earlier.as ? ` as ${earlier.as}` : ''}, unchanged, but ${earlier.path} has ${earlier.how}: it tested the earlier model; test the model that ships`, path: [...targetPath, 'path'] }];
    return [];
  },
});

export const robustnessRequiredFamilies = defineFunction<{ families: string[] }>({
  name: 'robustness-required-families',
  description: 'Every probe family the policy lists was run: some cited, readable result has a result in it.',
  optionsSchema: {
    type: 'object',
    required: ['families'],
    additionalProperties: false,
    properties: { families: { type: 'array', items: { type: 'string', minLength: 1 } } },
  },
  check({ path, options, system }) {
    if (options.families.length === 0) return { skip: 'the policy lists no required probe families' };
    const entries = entriesOf(system.manifest.data);
    const reports = entries.map((entry) => loadResults(system, entry)).flatMap((report) => (report?.ok ? [report.value] : []));
    const ran = (family: string) =>
      reports.some((report) => report.results.some((result) => inFamily(result, family) && (result.issues !== undefined || (result.total ?? 0) > 0)));
    const missing = options.families.filter((family) => !ran(family));
    if (missing.length === 0) return [];
    const where = entries.length > 0 ? [...path, 'assurance', 'robustness', 'results'] : path;
    const cited = entries.length === 0 ? 'no red-team or robustness result is cited' : 'no cited result ran them';
    return [{ message: `the policy requires the probe famil${missing.length === 1 ? 'y' : 'ies'} ${missing.join(', ')}, but ${cited}`, path: where }];
  },
});

export const ROBUSTNESS_CHECKS: ReadonlyArray<CheckFunction<never>> = [
  robustnessResultReadable,
  robustnessThresholds,
  robustnessResultModelVersion,
  robustnessResultFresh,
  robustnessRequiredFamilies,
];
