/** How a cited model security scan is read: by one of these adapters (the first to recognise the file). */
import type { EvidenceFormats } from '../adapter.js';
import { modelgateScan } from './modelgate.js';
import { modelscanReport } from './modelscan.js';
import type { SecurityScan } from './types.js';

export const securityScans: EvidenceFormats<SecurityScan> = {
  id: 'security-scan',
  what: 'model security scan',
  adapters: [modelgateScan, modelscanReport],
};
