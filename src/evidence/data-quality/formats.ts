/** How a dataset's cited data-quality evidence is read: a validation result or a Croissant description. */
import type { EvidenceFormats } from '../adapter.js';
import { croissantDescription } from './croissant.js';
import { greatExpectationsResult } from './great-expectations.js';
import type { DataQualityEvidence } from './types.js';

export const dataQualityFormats: EvidenceFormats<DataQualityEvidence> = {
  id: 'data-quality',
  what: 'data quality file',
  adapters: [greatExpectationsResult, croissantDescription],
};
