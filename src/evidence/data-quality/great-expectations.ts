/**
 * Great Expectations validation results, as `ExpectationSuiteValidationResult.to_json_dict()`
 * writes them (great-expectations/great_expectations, great_expectations/core/
 * expectation_validation_result.py): `success`, `statistics` (evaluated, successful and
 * unsuccessful expectations), `results[]` (each with `success` and `expectation_config`:
 * `expectation_type` in 0.x, `type` in 1.x, and its `kwargs`), and `meta` naming the data
 * (`active_batch_definition.data_asset_name` since 0.13, `batch_kwargs` before, `batch_spec`).
 * A checkpoint result holds one per run under `run_results` (0.x: `{validation_result: …}`).
 * When a suite ran is in its `meta`: `validation_time` (the validator's clock), `run_id.run_time`
 * (since 0.11), or a string `run_id` (before 0.11, a timestamp unless the user named the run).
 */
import type { SourceDoc } from '../../load/source-doc.js';
import { checkSchema, moreProblems } from '../../load/schema.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord, type Adapter } from '../adapter.js';
import type { EvidenceProblem, Located } from '../types.js';
import type { DataQualityEvidence, FailedExpectation, SuiteRun, ValidationResult } from './types.js';

const SCHEMA = 'great-expectations-result.schema.json';

/** Expectations on a table's row count: the row count they observe is how much data the suite saw. */
const ROW_COUNT = new Set(['expect_table_row_count_to_be_between', 'expect_table_row_count_to_equal']);

const isSuiteResult = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && typeof value.success === 'boolean' && Array.isArray(value.results) && (isRecord(value.statistics) || 'suite_name' in value || 'evaluation_parameters' in value || 'suite_parameters' in value);

/** Where each suite result is in the document: the document itself, or each run of a checkpoint result. */
function suitesOf(value: unknown): Array<{ path: PathSegment[]; value: unknown }> {
  if (!isRecord(value)) return [];
  if (!isRecord(value.run_results)) return [{ path: [], value }];
  return Object.entries(value.run_results).map(([key, run]) =>
    isRecord(run) && 'validation_result' in run ? { path: ['run_results', key, 'validation_result'], value: run.validation_result } : { path: ['run_results', key], value: run },
  );
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The names the tool gives the data a suite ran on. */
function assetsOf(meta: unknown): string[] {
  if (!isRecord(meta)) return [];
  const names: Array<string | undefined> = [];
  for (const key of ['active_batch_definition', 'batch_spec', 'batch_kwargs']) {
    const part = meta[key];
    if (!isRecord(part)) continue;
    names.push(text(part.data_asset_name), text(part.table), text(part.path), text(part.s3), text(part.reader_options && isRecord(part.reader_options) ? part.reader_options.path : undefined));
  }
  names.push(text(meta.data_asset_name));
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}

/** The column (or columns) an expectation is about. */
function columnOf(kwargs: Record<string, unknown>): string | undefined {
  const one = text(kwargs.column);
  if (one) return one;
  const pair = [text(kwargs.column_A), text(kwargs.column_B)].filter(Boolean);
  if (pair.length > 0) return pair.join(', ');
  const list = Array.isArray(kwargs.column_list) ? kwargs.column_list.map(text).filter(Boolean) : [];
  return list.length > 0 ? list.join(', ') : undefined;
}

/** Great Expectations' own compact timestamp (`strftime("%Y%m%dT%H%M%S.%fZ")`), as 0.x and 1.x write `validation_time`. */
const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/;

/** `20261020T081502.131905Z` → `2026-10-20T08:15:02.131905Z`; any other text as it is. */
export function isoTime(text: string): string {
  const parts = COMPACT_TIME.exec(text);
  if (!parts) return text;
  const [, year, month, day, hour, minute, second, fraction] = parts;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction ?? ''}Z`;
}

/**
 * When a suite ran, from its `meta`: `validation_time` first (when the validator ran), else
 * `run_id.run_time`, else a string `run_id` that is a timestamp (0.10 and before; another string
 * is only the run's name). The first one present is the date, readable or not: a date the file
 * garbles is not skipped for another.
 */
function ranAtOf(doc: SourceDoc, base: PathSegment[], meta: Record<string, unknown>): Located<string> | undefined {
  const runId = meta.run_id;
  const candidates: Array<[PathSegment[], unknown]> = [
    [['validation_time'], meta.validation_time],
    [['run_id', 'run_time'], isRecord(runId) ? runId.run_time : undefined],
    [['run_id'], typeof runId === 'string' && (COMPACT_TIME.test(runId.trim()) || /^\d{4}-\d{2}-\d{2}/.test(runId.trim())) ? runId : undefined],
  ];
  for (const [path, value] of candidates) {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const written = typeof value === 'string' ? value.trim() : JSON.stringify(value);
    return { value: isoTime(written), at: at(doc, [...base, 'meta', ...path]) };
  }
  return undefined;
}

function observedOf(result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  if (typeof result.unexpected_percent === 'number') {
    const count = typeof result.unexpected_count === 'number' ? `${result.unexpected_count} unexpected, ` : '';
    return `${count}${Number(result.unexpected_percent.toFixed(2))}% of rows`;
  }
  const observed = result.observed_value;
  if (typeof observed === 'number' || typeof observed === 'boolean') return `observed ${String(observed)}`;
  if (typeof observed === 'string') return `observed ${observed.length > 60 ? `${observed.slice(0, 57)}...` : observed}`;
  return undefined;
}

/**
 * Why an expectation marked successful cannot have been: more of its values were unexpected
 * than its `mostly` allows (1, all of them, when it sets none), which is how Great Expectations
 * decides success (red team: `success: true` beside 60% unexpected). The share is of the values
 * that were not missing, as Great Expectations counts it.
 */
function passedOverMostly(config: Record<string, unknown>, result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  const share = typeof result.unexpected_percent_nonmissing === 'number' ? result.unexpected_percent_nonmissing : result.unexpected_percent;
  if (typeof share !== 'number' || !Number.isFinite(share)) return undefined;
  // Absent, mostly is 1 (every value); 0 is allowed; one that is not a number (an evaluation
  // parameter, {"$PARAMETER": …}) cannot be checked here.
  const written = isRecord(config.kwargs) ? config.kwargs.mostly : undefined;
  if (written !== undefined && (typeof written !== 'number' || !(written >= 0 && written <= 1))) return undefined;
  const mostly = written ?? 1;
  const allowed = (1 - mostly) * 100;
  // Half a hundredth of a percent: results are often written to two decimals.
  if (share <= allowed + 0.005) return undefined;
  const allows = mostly === 1 ? 'no unexpected value (it sets no mostly)' : `at most ${Number(allowed.toFixed(4))}% (mostly ${mostly})`;
  return `says it succeeded, but ${Number(share.toFixed(4))}% of its values were unexpected, and it allows ${allows}`;
}

function problemAt(doc: SourceDoc, base: PathSegment[]): EvidenceProblem | undefined {
  const suite = base.reduce<unknown>((value, key) => (isRecord(value) ? value[key as string] : undefined), doc.value);
  const issues = checkSchema(SCHEMA, suite);
  const first = issues[0];
  if (!first) return undefined;
  const more = moreProblems(issues);
  return { message: `${doc.file} is not a valid Great Expectations validation result: ${first.message}${more}`, at: at(doc, [...base, ...first.path]) };
}

export const greatExpectationsResult: Adapter<DataQualityEvidence> = {
  format: 'great-expectations',
  schema: SCHEMA,
  detect: (value) => isSuiteResult(value) || (isRecord(value) && isRecord(value.run_results) && Object.values(value.run_results).some((run) => isSuiteResult(run) || (isRecord(run) && isSuiteResult(run.validation_result)))),
  normalise(doc: SourceDoc) {
    const suites = suitesOf(doc.value);
    if (suites.length === 0) return { ok: false, problem: { message: `${doc.file} is not a valid Great Expectations validation result: its run_results is empty`, at: at(doc, ['run_results']) } };
    const validation: ValidationResult = { kind: 'validation', format: 'great-expectations', file: doc.file, runs: [], inconsistencies: [] };
    for (const { path: base } of suites) {
      const problem = problemAt(doc, base);
      if (problem) return { ok: false, problem };
    }
    for (const { path: base, value } of suites) {
      const suite = value as Record<string, unknown>;
      const meta = isRecord(suite.meta) ? suite.meta : {};
      const results = suite.results as Array<Record<string, unknown>>;
      const failed: FailedExpectation[] = [];
      // The table's row count as its unconditional row count expectations saw it: 0 in every one
      // is a suite run on no data. One with a row_condition ("no applicant under 18") counts a part.
      let noRows: PathSegment[] | undefined;
      let someRows = false;
      let rows: { value: number; path: PathSegment[] } | undefined;
      const contradicted: ValidationResult['inconsistencies'] = [];
      results.forEach((result, index) => {
        const config = result.expectation_config as Record<string, unknown>;
        const type = text(config.type) ?? text(config.expectation_type);
        // Great Expectations filters only on a condition that is not empty (`if row_condition:`).
        const conditional = isRecord(config.kwargs) && typeof config.kwargs.row_condition === 'string' && config.kwargs.row_condition.trim() !== '';
        if (type && ROW_COUNT.has(type) && !conditional && isRecord(result.result) && typeof result.result.observed_value === 'number') {
          const observed = result.result.observed_value;
          if (observed === 0) noRows ??= [...base, 'results', index, 'result', 'observed_value'];
          else someRows = true;
          if (!rows || observed > rows.value) rows = { value: observed, path: [...base, 'results', index, 'result', 'observed_value'] };
        }
        if (result.success === true) {
          const overMostly = passedOverMostly(config, result.result);
          const column = isRecord(config.kwargs) ? columnOf(config.kwargs) : undefined;
          if (overMostly) contradicted.push({ message: `${doc.file}: ${type ?? 'an expectation'}${column ? ` on ${column}` : ''} ${overMostly}`, at: at(doc, [...base, 'results', index, 'success']) });
          return;
        }
        const kwargs = config.kwargs as Record<string, unknown>;
        const exception = isRecord(result.exception_info) && result.exception_info.raised_exception === true ? text(result.exception_info.exception_message) ?? 'an exception' : undefined;
        const column = columnOf(kwargs);
        const observed = observedOf(result.result);
        failed.push({
          type: (text(config.type) ?? text(config.expectation_type)) as string,
          ...(column ? { column } : {}),
          ...(observed ? { observed } : {}),
          ...(exception ? { exception } : {}),
          at: at(doc, [...base, 'results', index, 'success']),
        });
      });
      const stats = isRecord(suite.statistics) ? suite.statistics : undefined;
      const count = (key: string) => (stats && typeof stats[key] === 'number' ? (stats[key] as number) : undefined);
      const evaluated = count('evaluated_expectations');
      const successful = count('successful_expectations');
      const unsuccessful = count('unsuccessful_expectations');
      const suiteName = text(suite.suite_name) ?? text(meta.expectation_suite_name);
      const ranAt = ranAtOf(doc, base, meta);
      const run: SuiteRun = {
        ...(suiteName ? { suite: suiteName } : {}),
        assets: assetsOf(meta),
        success: { value: suite.success as boolean, at: at(doc, [...base, 'success']) },
        ...(evaluated !== undefined && successful !== undefined && unsuccessful !== undefined ? { statistics: { evaluated, successful, unsuccessful } } : {}),
        listed: results.length,
        failed,
        ...(ranAt ? { ranAt } : {}),
        ...(noRows && !someRows ? { noRows: at(doc, noRows) } : {}),
        ...(rows ? { rows: { value: rows.value, at: at(doc, rows.path) } } : {}),
        at: at(doc, isRecord(suite.meta) ? [...base, 'meta'] : base),
      };
      validation.runs.push(run);
      validation.inconsistencies.push(...contradicted);
      // A result that says it succeeded while listing failures, or statistics that disagree with
      // the list (a list cut short or edited), cannot be relied on.
      if (run.success.value && failed.length > 0) {
        validation.inconsistencies.push({ message: `${doc.file} says it succeeded but lists ${failed.length} failed expectation${failed.length === 1 ? '' : 's'}`, at: run.success.at });
      }
      // Statistics without the list (a result saved without its details) are all there is to
      // judge: they must agree with the result's own success and add up.
      if (run.success.value && failed.length === 0 && unsuccessful !== undefined && unsuccessful > 0) {
        validation.inconsistencies.push({
          message: `${doc.file} says it succeeded but its statistics count ${unsuccessful} unsuccessful expectation${unsuccessful === 1 ? '' : 's'}`,
          at: at(doc, [...base, 'statistics', 'unsuccessful_expectations']),
        });
      }
      if (results.length === 0 && evaluated !== undefined && successful !== undefined && unsuccessful !== undefined && evaluated !== successful + unsuccessful) {
        validation.inconsistencies.push({
          message: `${doc.file}: its statistics count ${evaluated} evaluated expectation${evaluated === 1 ? '' : 's'} but ${successful} successful and ${unsuccessful} unsuccessful`,
          at: at(doc, [...base, 'statistics', 'evaluated_expectations']),
        });
      }
      if (results.length > 0 && unsuccessful !== undefined && unsuccessful !== failed.length) {
        validation.inconsistencies.push({ message: `${doc.file}: its statistics count ${unsuccessful} unsuccessful expectation${unsuccessful === 1 ? '' : 's'} but it lists ${failed.length}`, at: at(doc, [...base, 'statistics', 'unsuccessful_expectations']) });
      }
      if (results.length > 0 && evaluated !== undefined && evaluated !== results.length) {
        validation.inconsistencies.push({ message: `${doc.file}: its statistics count ${evaluated} evaluated expectation${evaluated === 1 ? '' : 's'} but it lists ${results.length}`, at: at(doc, [...base, 'statistics', 'evaluated_expectations']) });
      }
    }
    return { ok: true, value: validation };
  },
};
