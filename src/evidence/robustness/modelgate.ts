/** Our own normalised red-team or robustness results (`schemas/robustness-results.schema.json`), for tools without an adapter. */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { ISSUE_LEVELS, type IssueLevel, type RobustnessResults } from './types.js';

const SCHEMA = 'robustness-results.schema.json';

interface RawResults {
  tool?: string;
  modelVersion?: string;
  target?: string;
  runAt?: string;
  results: Array<{ family: string; name?: string; passed?: number; total?: number; issues?: Partial<Record<IssueLevel, number>> }>;
}

export const modelgateResults: Adapter<RobustnessResults> = {
  format: 'modelgate',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && value.schema === 'modelgate/robustness-results@1',
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'robustness result');
    if (problem) return { ok: false, problem };
    const raw = doc.value as RawResults;
    const report: RobustnessResults = { format: 'modelgate', file: doc.file, results: [], inconsistencies: [] };
    if (raw.tool) report.tool = raw.tool;
    if (raw.target) report.target = raw.target;
    if (raw.modelVersion !== undefined) report.modelVersion = { value: raw.modelVersion, at: at(doc, ['modelVersion']) };
    if (raw.runAt !== undefined) report.runAt = { value: raw.runAt, at: at(doc, ['runAt']) };
    raw.results.forEach((result, index) => {
      const where = at(doc, ['results', index, result.issues ? 'issues' : 'passed']);
      report.results.push({
        families: [result.family],
        name: result.name ?? result.family,
        ...(result.passed !== undefined ? { passed: result.passed, total: result.total ?? 0 } : {}),
        ...(result.issues
          ? { issues: Object.fromEntries(ISSUE_LEVELS.map((level) => [level, result.issues?.[level] ?? 0])) as Record<IssueLevel, number> }
          : {}),
        at: where,
      });
      if (result.passed !== undefined && result.total !== undefined && result.passed > result.total) {
        report.inconsistencies.push({ message: `${doc.file}: ${result.family} passed ${result.passed} of ${result.total}, more than it ran`, at: where });
      }
    });
    return { ok: true, value: report };
  },
};
