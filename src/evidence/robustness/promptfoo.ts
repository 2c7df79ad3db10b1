/**
 * promptfoo's eval output (`promptfoo eval -o results.json`), the `OutputFile` of promptfoo's
 * types: `results` (an `EvaluateSummary`, version 3 or 2) holds `timestamp`, one entry per test
 * and provider in `results` (`success`, `testCase`, `metadata`, `gradingResult` with each
 * assertion's outcome) and `stats` (`successes`, `failures`, `errors`); `metadata` says the
 * promptfoo version and when the eval was created. A test belongs to the families it names: its
 * red-team plugin (`metadata.pluginId`) and its assertions' `metric`s, and counts as passed in
 * each when the test passed (an errored test did not pass).
 */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, dateText, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { RobustnessResult, RobustnessResults } from './types.js';

const SCHEMA = 'promptfoo-output.schema.json';

interface Assertion {
  metric?: string;
}

interface RawResult {
  success: boolean;
  testIdx?: number;
  provider?: { id?: string; label?: string };
  metadata?: { pluginId?: string };
  testCase?: { description?: string; metadata?: { pluginId?: string }; assert?: Array<Assertion | null> };
  gradingResult?: { componentResults?: Array<{ assertion?: Assertion | null } | null> } | null;
}

interface RawOutput {
  results: {
    timestamp?: string;
    results: RawResult[];
    stats: { successes: number; failures: number; errors?: number };
  };
  metadata?: { promptfooVersion?: string; evaluationCreatedAt?: string };
}

/** The families a test names, each once: its red-team plugin, then its assertions' metrics. */
function familiesOf(result: RawResult): string[] {
  const names = [result.metadata?.pluginId, result.testCase?.metadata?.pluginId];
  for (const component of result.gradingResult?.componentResults ?? []) names.push(component?.assertion?.metric);
  for (const assertion of result.testCase?.assert ?? []) names.push(assertion?.metric);
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name !== ''))];
}

export const promptfooOutput: Adapter<RobustnessResults> = {
  format: 'promptfoo',
  schema: SCHEMA,
  detect: (value) =>
    isRecord(value) && isRecord(value.results) && Array.isArray(value.results.results) && isRecord(value.results.stats) && 'evalId' in value,
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'promptfoo eval output');
    if (problem) return { ok: false, problem };
    const raw = doc.value as RawOutput;
    const report: RobustnessResults = { format: 'promptfoo', file: doc.file, results: [], inconsistencies: [] };
    if (raw.metadata?.promptfooVersion) report.tool = `promptfoo ${raw.metadata.promptfooVersion}`;
    const created = dateText(raw.results.timestamp);
    if (created) report.runAt = { value: created, at: at(doc, ['results', 'timestamp']) };
    else if (dateText(raw.metadata?.evaluationCreatedAt)) {
      report.runAt = { value: raw.metadata?.evaluationCreatedAt as string, at: at(doc, ['metadata', 'evaluationCreatedAt']) };
    }
    const targets = new Set<string>();
    raw.results.results.forEach((test, index) => {
      const target = test.provider?.label ?? test.provider?.id;
      if (target) targets.add(target);
      const result: RobustnessResult = {
        families: familiesOf(test),
        name: test.testCase?.description ?? `test ${test.testIdx ?? index}`,
        passed: test.success ? 1 : 0,
        total: 1,
        at: at(doc, ['results', 'results', index, 'success']),
      };
      report.results.push(result);
    });
    if (targets.size === 1) report.target = [...targets][0];
    // The stats count what the results list holds; a list cut short disagrees with them.
    const { stats } = raw.results;
    const passed = raw.results.results.filter((test) => test.success).length;
    const notPassed = raw.results.results.length - passed;
    if (stats.successes !== passed) {
      report.inconsistencies.push({
        message: `${doc.file}: the stats count ${stats.successes} successes but the results list ${passed} passed tests`,
        at: at(doc, ['results', 'stats', 'successes']),
      });
    } else if (stats.failures + (stats.errors ?? 0) !== notPassed) {
      report.inconsistencies.push({
        message: `${doc.file}: the stats count ${stats.failures + (stats.errors ?? 0)} failures and errors but the results list ${notPassed} tests that did not pass`,
        at: at(doc, ['results', 'stats', 'failures']),
      });
    }
    return { ok: true, value: report };
  },
};
