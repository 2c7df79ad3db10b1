/** How a cited bias report is read: by one of these adapters (the first to recognise an undeclared file). */
import type { EvidenceFormats } from '../adapter.js';
import { aif360Bias } from './aif360.js';
import { fairlearnBias } from './fairlearn.js';
import { modelgateBias } from './modelgate.js';
import type { BiasReport } from './types.js';

export const biasReports: EvidenceFormats<BiasReport> = {
  id: 'bias',
  what: 'bias report',
  adapters: [modelgateBias, fairlearnBias, aif360Bias],
};
