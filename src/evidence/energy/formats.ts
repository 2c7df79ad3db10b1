/** How a cited energy report is read: CodeCarbon's emissions.csv, by the CSV reader. */
import { parseCsv } from '../../load/csv.js';
import type { EvidenceFormats } from '../adapter.js';
import { codecarbonEmissions } from './codecarbon.js';
import type { EnergyReport } from './types.js';

export const energyReports: EvidenceFormats<EnergyReport> = {
  id: 'energy',
  what: 'energy report',
  adapters: [codecarbonEmissions],
  parse: (file, text) => (file.toLowerCase().endsWith('.csv') ? parseCsv(text, file) : undefined),
  extensions: ['csv'],
};
