/** How a cited monitoring run result is read: by one of these adapters (the first to recognise the file). */
import type { EvidenceFormats } from '../adapter.js';
import { evidentlyRun } from './evidently.js';
import { modelgateRun } from './modelgate.js';
import type { MonitoringRun } from './types.js';

export const monitoringRuns: EvidenceFormats<MonitoringRun> = {
  id: 'monitoring-run',
  what: 'monitoring run result',
  adapters: [modelgateRun, evidentlyRun],
};
