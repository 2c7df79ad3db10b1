/** Energy and emissions reports (CodeCarbon's emissions.csv), cited by `assurance.energy.reports[].path`, with the card's co2_eq_emissions. */
import { citeAt, pathsAndFormats } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { ENERGY_CHECKS } from './checks.js';
import { energyReports } from './formats.js';
import type { EnergyReport } from './types.js';

export const energy: EvidenceKind<EnergyReport> = {
  ...energyReports,
  citedBy: ['assurance.energy.reports.*.path'],
  formatField: 'assurance.energy.reports.*.format',
  checks: ENERGY_CHECKS,
  docs: {
    heading: 'Energy reports (`assurance.energy.reports[].format`)',
    readsHeading: 'Read from it',
    formats: [
      {
        format: 'codecarbon',
        link: 'https://mlco2.github.io/codecarbon/output.html',
        what: "CodeCarbon's `emissions.csv` (one row each time a tracker flushes or stops)",
        reads: 'by column name: `run_id`, `timestamp`, `duration` (s), `emissions` (kg CO2eq), `emissions_rate` (kg/s), `energy_consumed` (kWh), `country_iso_code`; a run counts once, by its last row (rows are cumulative)',
      },
    ],
  },
  init: {
    // Which stage a run measured (training, inference) is the team's to declare (the gate asks).
    cite(manifest, found) {
      citeAt(manifest, ['assurance', 'energy', 'reports'], pathsAndFormats(found));
    },
  },
};
