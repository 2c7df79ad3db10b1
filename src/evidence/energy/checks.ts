/**
 * Energy and emissions of training (ISO/IEC TR 20226, NIST AI RMF MEASURE 2.12, AI Act Annex XI
 * Section 1 point 2(e) for GPAI): CodeCarbon files cited by `assurance.energy.reports`, and the
 * model card's `co2_eq_emissions` (grams: a number, or a mapping whose `emissions` is one). A
 * CodeCarbon file is in kilograms, so comparing the two converts, and a card value a thousand
 * times too small is named as kilograms written where grams belong.
 */
import type { Location, PathSegment } from '../../types.js';
import type { Card } from '../../load/model-card.js';
import { lazyLocation } from '../../load/source-doc.js';
import { defineFunction, unusableEvidence, type Failure, type SystemContext } from '../check.js';
import type { EvidenceResult } from '../types.js';
import { energyReports } from './formats.js';
import { totalEmissionsKg, type EnergyReport, type EnergyStage } from './types.js';

interface ReportEntry {
  path?: unknown;
  format?: unknown;
  stage?: unknown;
}

const TRAINING: readonly string[] = ['training', 'fine-tuning'];

function loadReport(system: Pick<SystemContext, 'evidence'>, entry: unknown): EvidenceResult<EnergyReport> | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { path, format } = entry as ReportEntry;
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  return system.evidence.evidence(energyReports, path, typeof format === 'string' ? format : undefined);
}

function entriesOf(system: SystemContext): ReportEntry[] {
  const energy = system.manifest.data.assurance?.energy;
  const reports = energy && typeof energy === 'object' ? (energy as { reports?: unknown }).reports : undefined;
  return Array.isArray(reports) ? reports.filter((r): r is ReportEntry => Boolean(r) && typeof r === 'object') : [];
}

/** The stage a citation declares (training when it says none). */
const stageOf = (entry: ReportEntry): EnergyStage | string => (typeof entry.stage === 'string' ? entry.stage : 'training');

/** The card's co2_eq_emissions, in grams, where it is in the card, and what else it says. */
export interface CardEmissions {
  grams?: number;
  /** Why the value is not a usable number, when it is not. */
  problem?: string;
  trainingType?: string;
  at: Location;
}

export function cardEmissions(card: Card | undefined): CardEmissions | undefined {
  if (!card || !Object.hasOwn(card.meta, 'co2_eq_emissions')) return undefined;
  const raw = card.meta.co2_eq_emissions;
  // Found only when a finding shows it: composing the front matter's positions was a tenth of a
  // passing check of 1,000 systems.
  const locate = (path: PathSegment[]): Location => lazyLocation(card.file, () => card.frontMatter?.locate(path) ?? { line: 1, column: 1 });
  if (typeof raw === 'number') return { grams: raw, at: locate(['co2_eq_emissions']) };
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const record = raw as Record<string, unknown>;
    const found: CardEmissions = { at: locate(['co2_eq_emissions', 'emissions']) };
    if (typeof record.training_type === 'string') found.trainingType = record.training_type;
    if (typeof record.emissions === 'number') found.grams = record.emissions;
    else found.problem = Object.hasOwn(record, 'emissions') ? 'its emissions is not a number (grams)' : 'it has no emissions (grams)';
    return found;
  }
  return { problem: 'it is neither a number of grams nor a mapping with emissions', at: locate(['co2_eq_emissions']) };
}

/** Whether every run of a report ended at zero emissions and zero (or unstated) energy. */
const measuredNothing = (report: EnergyReport) =>
  report.measurements.every((row) => row.emissionsKg === 0 && (row.energyKWh ?? 0) === 0);

const noOptions = { type: 'object', additionalProperties: false };
const kg = (n: number) => `${Number(n.toPrecision(4))} kg`;
const g = (n: number) => `${Number(n.toPrecision(4))} g`;

export const energyReportReadable = defineFunction<Record<string, never>>({
  name: 'energy-report-readable',
  description: 'A cited energy report exists, parses, is in a supported format, and every one of its rows can be read (a file with an unreadable row is not read at all: the row would change the total).',
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const report = loadReport(system, target);
    if (!report) return [{ message: 'the energy report entry has no path', path: targetPath }];
    if (!report.ok) return [unusableEvidence(report.problem, [...targetPath, 'path'])];
    return [];
  },
});

export const energyValuesSane = defineFunction<{ maxKgPerKWh: number; minKgPerKWh?: number; maxAverageKW: number }>({
  name: 'energy-values-sane',
  description:
    "A cited energy report's numbers are physical: durations, emissions and energy finite and not negative, the carbon intensity (emissions / energy) at most `maxKgPerKWh` (and at least `minKgPerKWh` for a run of 0.01 kWh or more), the average power (energy / duration) at most `maxAverageKW`, and the emissions rate the tool wrote equal to emissions / duration.",
  optionsSchema: {
    type: 'object',
    required: ['maxKgPerKWh', 'maxAverageKW'],
    additionalProperties: false,
    properties: { maxKgPerKWh: { type: 'number', exclusiveMinimum: 0 }, minKgPerKWh: { type: 'number', minimum: 0 }, maxAverageKW: { type: 'number', exclusiveMinimum: 0 } },
  },
  check({ target, options, system }) {
    const report = loadReport(system, target);
    if (!report?.ok) return { skip: 'the energy report cannot be read (energy/report-readable says why)' };
    const failures: Failure[] = [];
    // A tracker that measured nothing proves nothing: every run at zero emissions and energy.
    if (measuredNothing(report.value)) {
      const first = report.value.measurements[0] as EnergyReport['measurements'][number];
      failures.push({ message: `${report.value.file} measured nothing: every run has zero emissions and energy`, at: first.at });
    }
    for (const row of report.value.measurements) {
      const bad = (
        [
          ['duration', row.duration],
          ['emissions', row.emissionsKg],
          ['energy_consumed', row.energyKWh],
          ['emissions_rate', row.emissionsRate],
        ] as const
      ).filter(([, value]) => value !== undefined && (!Number.isFinite(value) || value < 0));
      if (bad.length > 0) {
        failures.push({ message: `run ${row.runId}: ${bad.map(([name, value]) => `${name} ${Number.isNaN(value) ? 'is not a number' : `is ${value}`}`).join(', ')}; each must be a finite, non-negative number`, at: row.at });
        continue;
      }
      if (row.energyKWh !== undefined && row.energyKWh > 0) {
        const intensity = row.emissionsKg / row.energyKWh;
        const shown = `run ${row.runId}: ${kg(row.emissionsKg)} CO2eq for ${row.energyKWh} kWh is ${Number(intensity.toPrecision(3))} kg/kWh`;
        if (intensity > options.maxKgPerKWh) failures.push({ message: `${shown}, above any grid's ${options.maxKgPerKWh}; are the emissions in grams?`, at: row.at });
        // Below any grid's intensity (CodeCarbon counts even hydro and wind at about 26 g/kWh): the
        // energy was inflated or the emissions cut. Tiny first flushes are left alone.
        else if (options.minKgPerKWh !== undefined && row.energyKWh >= MIN_KWH_JUDGED && intensity < options.minKgPerKWh) {
          failures.push({ message: `${shown}, below any grid's ${options.minKgPerKWh}; check the energy and the emissions`, at: row.at });
        }
      }
      if (row.energyKWh !== undefined && row.duration !== undefined && row.duration > 0) {
        const kw = (row.energyKWh * 3600) / row.duration;
        if (kw > options.maxAverageKW) failures.push({ message: `run ${row.runId}: ${row.energyKWh} kWh in ${row.duration} s is an average of ${Math.round(kw)} kW, above ${options.maxAverageKW} kW; check the units`, at: row.at });
      }
      if (row.emissionsRate !== undefined && row.duration !== undefined && row.duration > 0) {
        const rate = row.emissionsKg / row.duration;
        // CodeCarbon writes both from the same numbers; a rate off by more than 1% is an edited row.
        if (Math.abs(rate - row.emissionsRate) > 0.01 * Math.max(rate, row.emissionsRate) + 1e-15) {
          failures.push({ message: `run ${row.runId}: emissions_rate ${row.emissionsRate} is not emissions / duration (${Number(rate.toPrecision(4))} kg/s)`, at: row.at });
        }
      }
    }
    return failures;
  },
});

/** The least energy a run's carbon intensity is judged on from below: rounding moves tiny figures a lot. */
const MIN_KWH_JUDGED = 0.01;

export const energyCardValid = defineFunction<Record<string, never>>({
  name: 'energy-card-valid',
  description: "The model card's co2_eq_emissions, when present, is a finite, non-negative number of grams (or a mapping whose emissions is one).",
  optionsSchema: noOptions,
  check({ system }) {
    const card = cardEmissions(system.card);
    if (!card) return { skip: system.card ? 'the model card states no co2_eq_emissions' : 'no readable model card' };
    if (card.problem) return [{ message: `the model card's co2_eq_emissions cannot be read: ${card.problem}`, at: card.at }];
    const grams = card.grams as number;
    return Number.isFinite(grams) && grams >= 0 ? [] : [{ message: `the model card's co2_eq_emissions is ${grams}; it must be a non-negative number of grams`, at: card.at }];
  },
});

export const energyTrainingReported = defineFunction<Record<string, never>>({
  name: 'energy-training-reported',
  description: "The emissions of training are reported: a cited energy report for training or fine-tuning that can be read, or the model card's co2_eq_emissions.",
  optionsSchema: noOptions,
  check({ path, system }) {
    const entries = entriesOf(system);
    const training = entries.filter((entry) => TRAINING.includes(stageOf(entry))).map((entry) => loadReport(system, entry));
    const readable = training.filter((r): r is { ok: true; value: EnergyReport } => r?.ok === true);
    if (readable.some((r) => !measuredNothing(r.value))) return [];
    const card = cardEmissions(system.card);
    const cardStates = card?.grams !== undefined && card.trainingType?.toLowerCase() !== 'inference';
    if (cardStates && (card.grams as number) !== 0) return [];
    // Zero measured and zero stated is not a report of what training emitted.
    if (readable.length > 0 || cardStates) {
      return [
        {
          message: `${readable.length > 0 ? 'the cited training energy reports measured no emissions' : 'no readable energy report is for training'}, and the model card states ${cardStates ? 'none (0 g)' : 'no co2_eq_emissions'}; report what training emitted`,
          path: [...path, 'assurance'],
        },
      ];
    }
    return [
      {
        message: entries.length > 0 ? 'no readable energy report is for training (stage: training or fine-tuning), and the model card states no co2_eq_emissions' : 'the emissions of training are not reported: cite a CodeCarbon emissions.csv as assurance.energy.reports, or state co2_eq_emissions in the model card',
        path: [...path, 'assurance'],
      },
    ];
  },
});

export const energyCardAgrees = defineFunction<{ tolerance: number }>({
  name: 'energy-card-agrees',
  description: "The model card's co2_eq_emissions (grams) is the total of the cited training energy reports (kilograms, each run counted by its last row), within a relative `tolerance`.",
  optionsSchema: { type: 'object', required: ['tolerance'], additionalProperties: false, properties: { tolerance: { type: 'number', minimum: 0, maximum: 1 } } },
  check({ options, system }) {
    const card = cardEmissions(system.card);
    if (card?.grams === undefined || !Number.isFinite(card.grams)) return { skip: 'the model card states no co2_eq_emissions to compare' };
    const reports = entriesOf(system)
      .filter((entry) => TRAINING.includes(stageOf(entry)))
      .map((entry) => loadReport(system, entry))
      .filter((r): r is { ok: true; value: EnergyReport } => r?.ok === true);
    if (reports.length === 0) return { skip: 'no readable training energy report is cited to compare with the card' };
    const fileGrams = reports.reduce((sum, r) => sum + totalEmissionsKg(r.value), 0) * 1000;
    const cardGrams = card.grams;
    const larger = Math.max(fileGrams, cardGrams);
    if (larger === 0 || Math.abs(fileGrams - cardGrams) <= options.tolerance * larger) return [];
    const ratio = fileGrams / cardGrams;
    const units = ratio > 900 && ratio < 1100 ? '; the card looks to state kilograms, but co2_eq_emissions is in grams' : '';
    return [
      {
        message: `the model card states ${g(cardGrams)} CO2eq but the cited training report${reports.length === 1 ? ' totals' : 's total'} ${kg(fileGrams / 1000)} (${g(fileGrams)})${units}`,
        at: card.at,
      },
    ];
  },
});

export const ENERGY_CHECKS = [energyReportReadable, energyValuesSane, energyCardValid, energyTrainingReported, energyCardAgrees] as const;
