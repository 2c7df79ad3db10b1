/**
 * Energy and emissions measured for a training (or inference) run, normalised: CodeCarbon's
 * emissions.csv. Emissions are kilograms of CO2-equivalent, as CodeCarbon writes them; the
 * Hugging Face card's `co2_eq_emissions` is in grams, and is read from the card, not here.
 */
import type { Location } from '../../types.js';

export const ENERGY_STAGES = ['training', 'fine-tuning', 'inference'] as const;
export type EnergyStage = (typeof ENERGY_STAGES)[number];

/** One measurement (a CodeCarbon row): cumulative since its tracker started. */
export interface EnergyMeasurement {
  runId: string;
  timestamp?: string;
  /** Seconds. */
  duration?: number;
  /** kg CO2eq. */
  emissionsKg: number;
  /** kg CO2eq per second, as the tool computed it. */
  emissionsRate?: number;
  /** kWh. */
  energyKWh?: number;
  country?: string;
  /** The row's line. */
  at: Location;
}

export interface EnergyReport {
  format: string;
  file: string;
  measurements: EnergyMeasurement[];
}

/**
 * The report's total emissions in kg: CodeCarbon appends a row each time a tracker flushes or
 * stops, each holding the totals since that tracker started, so a run counts once, by its last
 * row (the longest duration), and runs add up.
 */
export function totalEmissionsKg(report: EnergyReport): number {
  const last = new Map<string, EnergyMeasurement>();
  for (const row of report.measurements) {
    const seen = last.get(row.runId);
    if (!seen || (row.duration ?? 0) >= (seen.duration ?? 0)) last.set(row.runId, row);
  }
  let total = 0;
  for (const row of last.values()) total += row.emissionsKg;
  return total;
}
