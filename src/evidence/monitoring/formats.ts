/** How a cited monitoring config is read: by one of these adapters (the first to recognise an undeclared file). */
import type { EvidenceFormats } from '../adapter.js';
import { evidentlyMonitoring } from './evidently.js';
import { modelgateMonitoring } from './modelgate.js';
import { nannymlMonitoring } from './nannyml.js';
import type { MonitoringConfig } from './types.js';
import { whylabsMonitoring } from './whylabs.js';

export const monitoringConfigs: EvidenceFormats<MonitoringConfig> = {
  id: 'monitoring',
  what: 'monitoring config',
  adapters: [modelgateMonitoring, evidentlyMonitoring, nannymlMonitoring, whylabsMonitoring],
};
