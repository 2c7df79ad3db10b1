/** How a cited ML-BOM is read: by one of these adapters (the first to recognise the file). */
import type { EvidenceFormats } from '../adapter.js';
import { cycloneDxMlBom } from './cyclonedx.js';
import { spdxAiBom } from './spdx.js';
import type { MlBom } from './types.js';

export const mlBoms: EvidenceFormats<MlBom> = {
  id: 'ml-bom',
  what: 'model bill of materials',
  adapters: [cycloneDxMlBom, spdxAiBom],
};
