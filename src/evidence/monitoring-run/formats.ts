/** How a cited monitoring run result is read: by one of these adapters (the first to recognise the file). */
import type { EvidenceFormats } from '../adapter.js';
import { evidentlyRun } from './evidently.js';
import { modelgateRun } from './modelgate.js';
import type { MonitoringRun } from './types.js';

export const monitoringRuns: EvidenceFormats<MonitoringRun> = {
  id: 'monitoring-run',
  what: 'monitoring run result',
  adapters: [modelgateRun, evidentlyRun],
  // A job writes a file a run (`runs/drift-2026-11-30.json`): latestRun may name them all.
  newest: { field: ['monitoring', 'latestRun'], madeAt: (run) => run.ranAt?.value },
};
