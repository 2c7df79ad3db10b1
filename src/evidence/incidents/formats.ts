/** How a cited serious-incident log is read. */
import type { EvidenceFormats } from '../adapter.js';
import { modelgateIncidentLog } from './modelgate.js';
import type { IncidentLog } from './types.js';

export const incidentLogs: EvidenceFormats<IncidentLog> = {
  id: 'incidents',
  what: 'serious incident log',
  adapters: [modelgateIncidentLog],
};
