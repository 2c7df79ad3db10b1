/** Our own normalised monitoring run result (`schemas/monitoring-run.schema.json`). */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { MonitoringRun, RunStatus } from './types.js';

const SCHEMA = 'monitoring-run.schema.json';

export const modelgateRun: Adapter<MonitoringRun> = {
  format: 'modelgate',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && value.schema === 'modelgate/monitoring-run@1',
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'monitoring run result');
    if (problem) return { ok: false, problem };
    const raw = doc.value as { ranAt: string; tests: Array<{ name: string; status: RunStatus; value?: number }> };
    const run: MonitoringRun = {
      format: 'modelgate',
      file: doc.file,
      ranAt: { value: raw.ranAt, at: at(doc, ['ranAt']) },
      tests: raw.tests.map((test, index) => ({ name: test.name, status: test.status, at: at(doc, ['tests', index, 'status']) })),
      values: raw.tests.flatMap((test, index) => (typeof test.value === 'number' ? [{ name: test.name, value: test.value, at: at(doc, ['tests', index, 'value']) }] : [])),
    };
    return { ok: true, value: run };
  },
};
