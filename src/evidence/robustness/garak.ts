/**
 * garak's report JSONL (`garak.<run>.report.jsonl`), as NVIDIA/garak writes it: a
 * `start_run setup` line (the run's configuration flattened to `plugins.target_name` and the
 * like, garak/command.py start_run), an `init` line (`garak_version`, `start_time`), `attempt`
 * lines, one `eval` line per probe and detector (`probe` as `module.Class`, `detector`,
 * `passed`, and `total_evaluated` since garak 0.14, `total` before:
 * garak/evaluators/base.py), then `completion` and `digest`. Only the setup, init and eval
 * lines are read; the probe family is the probe's module, as garak's own digest groups them.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, dateText, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { RobustnessResult, RobustnessResults } from './types.js';

const SCHEMA = 'garak-report.schema.json';

interface EvalEntry {
  entry_type: 'eval';
  probe: string;
  detector: string;
  passed: number;
  fails?: number;
  /** Outputs not scored: no output from the target, a blocked request, or a detector error. */
  nones?: number;
  total_evaluated?: number;
  total_processed?: number;
  total?: number;
}

const entryOf = (value: unknown, type: string) => isRecord(value) && value.entry_type === type;

export const garakReport: Adapter<RobustnessResults> = {
  format: 'garak',
  schema: SCHEMA,
  detect: (value) =>
    Array.isArray(value) &&
    value.some((entry) => entryOf(entry, 'start_run setup') || entryOf(entry, 'init')) &&
    value.every((entry) => isRecord(entry) && typeof entry.entry_type === 'string'),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'garak report');
    // The schema sees the lines as an array; say "line 6", not "[5]".
    if (problem) return { ok: false, problem: { ...problem, message: problem.message.replace(/: \[\d+\]\.?/, () => `: line ${problem.at?.line ?? 1}: `) } };
    const entries = doc.value as Array<Record<string, unknown>>;
    const report: RobustnessResults = { format: 'garak', file: doc.file, results: [], inconsistencies: [] };
    entries.forEach((entry, index) => {
      switch (entry.entry_type) {
        case 'start_run setup': {
          const target = entry['plugins.target_name'] ?? entry['plugins.model_name'];
          if (typeof target === 'string' && target !== '') report.target = target;
          // garak's test generators (test.Blank, test.Repeat, …) answer without a model: a run
          // against one passes its probes and tested nothing (red team: test.Blank passed).
          const key = entry['plugins.target_type'] !== undefined ? 'plugins.target_type' : 'plugins.model_type';
          const type = entry[key];
          if (typeof type === 'string' && /^test(?:\.|$)/i.test(type.trim())) {
            report.inconsistencies.push({ message: `${doc.file}: the run's target is garak's test generator "${type.trim()}", which answers without any model: it tested no model`, at: at(doc, [index, key]) });
          }
          const started = dateText(entry['transient.starttime_iso']);
          if (started && !report.runAt) report.runAt = { value: started, at: at(doc, [index, 'transient.starttime_iso']) };
          break;
        }
        case 'init': {
          if (typeof entry.garak_version === 'string') report.tool = `garak ${entry.garak_version}`;
          const started = dateText(entry.start_time);
          if (started) report.runAt = { value: started, at: at(doc, [index, 'start_time']) };
          break;
        }
        case 'eval':
          report.results.push(evalResult(doc, entry as unknown as EvalEntry, index, report));
          break;
        default:
      }
    });
    // garak writes its configuration first, and with it the target: without that line, what was
    // tested cannot be told (from a review: deleting it hid a run against a test generator).
    if (!entries.some((entry) => entry.entry_type === 'start_run setup')) {
      report.inconsistencies.push({ message: `${doc.file} has no start_run setup line, which garak writes first: what the run tested (its target) cannot be told`, at: at(doc, [0]) });
    }
    return { ok: true, value: report };
  },
};

function evalResult(doc: SourceDoc, entry: EvalEntry, index: number, report: RobustnessResults): RobustnessResult {
  const probe = entry.probe.replace(/^probes\./, '');
  const evaluated = entry.total_evaluated ?? entry.total ?? 0;
  const result: RobustnessResult = {
    families: [probe.split('.')[0] ?? probe, probe],
    name: `${probe} / ${entry.detector}`,
    passed: entry.passed,
    total: evaluated,
    at: at(doc, [index, 'passed']),
  };
  if (entry.passed > evaluated) {
    report.inconsistencies.push({ message: `${doc.file}: ${result.name} passed ${entry.passed} of ${evaluated} outputs, more than it evaluated`, at: result.at });
  } else if (typeof entry.fails === 'number' && entry.total_evaluated !== undefined && entry.passed + entry.fails !== entry.total_evaluated) {
    report.inconsistencies.push({ message: `${doc.file}: ${result.name} passed ${entry.passed} and failed ${entry.fails} outputs, but counts ${entry.total_evaluated} evaluated`, at: result.at });
  }
  // The rate is garak's, over the outputs scored; those it could not score (nones: no output, a
  // blocked request, a detector error) are kept beside it, for robustness-thresholds to bound
  // (red team: 48 of 50 outputs None, 2 passed, read as 100%).
  const unscored = typeof entry.nones === 'number' && entry.nones > 0 ? entry.nones : typeof entry.total_processed === 'number' && entry.total_processed > evaluated ? entry.total_processed - evaluated : 0;
  if (unscored > 0) result.unscored = unscored;
  return result;
}
