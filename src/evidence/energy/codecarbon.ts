/**
 * CodeCarbon's emissions.csv, one row per tracker flush or stop, with the columns of
 * `EmissionsData` (mlco2/codecarbon, codecarbon/output_methods/emissions_data.py): timestamp,
 * project_name, run_id, experiment_id, duration (s), emissions (kg CO2eq), emissions_rate
 * (kg/s), cpu/gpu/ram power and energy, energy_consumed (kWh), country_iso_code, region, …
 * Columns are read by name: their order and set changed between CodeCarbon versions.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import type { CsvTable } from '../../load/csv.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { EnergyMeasurement, EnergyReport } from './types.js';

const SCHEMA = 'codecarbon-emissions.schema.json';
/** Without these a row says nothing modelgate can judge. */
const REQUIRED = ['run_id', 'duration', 'emissions'] as const;
/** The numeric columns read, and where each goes. */
const NUMERIC = [
  ['duration', 'duration'],
  ['emissionsKg', 'emissions'],
  ['emissionsRate', 'emissions_rate'],
  ['energyKWh', 'energy_consumed'],
] as const;

/** A cell as a number: empty is undefined; anything else not a finite decimal is NaN, so a check reports it. */
function numberOf(cell: string | undefined): number | undefined {
  if (cell === undefined || cell.trim() === '') return undefined;
  return /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(cell) ? Number(cell) : Number.NaN;
}

export const codecarbonEmissions: Adapter<EnergyReport> = {
  format: 'codecarbon',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && Array.isArray(value.columns) && value.columns.includes('emissions') && value.columns.includes('run_id'),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'CodeCarbon emissions file');
    if (problem) return { ok: false, problem };
    const table = doc.value as CsvTable;
    const absent = [...REQUIRED, 'energy_consumed'].filter((column) => !table.columns.includes(column));
    if (absent.length > 0) {
      return { ok: false, problem: { message: `${doc.file} is not a CodeCarbon emissions file: its header has no ${absent.join(', ')} column${absent.length === 1 ? '' : 's'}`, at: { file: doc.file, line: 1, column: 1 } } };
    }
    // A file with an unreadable row is not read at all: a row left out would change the total.
    // Only the first problem is shown, so of the unreadable rows (in line order) only the first is
    // described: two million of them took 800 MB as messages.
    const problems: Array<{ message: string; at: EnergyMeasurement['at'] }> = [];
    const [bad] = table.invalid;
    if (bad) problems.push({ message: `line ${bad.line} has ${bad.fields} field${bad.fields === 1 ? '' : 's'}, the header ${table.columns.length}`, at: { file: doc.file, line: bad.line, column: 1 } });
    const uncounted = Math.max(0, table.invalid.length - 1);
    const report: EnergyReport = { format: 'codecarbon', file: doc.file, measurements: [] };
    table.rows.forEach((row, index) => {
      const where = at(doc, ['rows', index]);
      const missing = REQUIRED.filter((column) => (row[column] ?? '').trim() === '');
      if (missing.length > 0) {
        problems.push({ message: `a row has no ${missing.join(', ')}`, at: where });
        return;
      }
      const numbers: Partial<Record<(typeof NUMERIC)[number][1], number>> = {};
      const notNumbers: string[] = [];
      for (const [, column] of NUMERIC) {
        const value = numberOf(row[column]);
        if (value === undefined) continue;
        if (Number.isNaN(value)) notNumbers.push(column);
        else numbers[column] = value;
      }
      if (notNumbers.length > 0) {
        problems.push({ message: `run ${(row.run_id as string).trim()}: ${notNumbers.join(', ')} ${notNumbers.length === 1 ? 'is not a number' : 'are not numbers'}`, at: where });
        return;
      }
      const measurement: EnergyMeasurement = { runId: (row.run_id as string).trim(), emissionsKg: numbers.emissions as number, at: where };
      for (const [field, column] of NUMERIC) {
        if (field !== 'emissionsKg' && numbers[column] !== undefined) measurement[field] = numbers[column];
      }
      if (row.timestamp) measurement.timestamp = row.timestamp;
      if (row.country_iso_code) measurement.country = row.country_iso_code;
      report.measurements.push(measurement);
    });
    const first = problems.sort((a, b) => a.at.line - b.at.line)[0];
    if (first) {
      const others = problems.length - 1 + uncounted;
      const more = others > 0 ? ` (and ${others} more unreadable row${others > 1 ? 's' : ''})` : '';
      return { ok: false, problem: { message: `${doc.file}: ${first.message}${more}`, at: first.at } };
    }
    if (report.measurements.length === 0) return { ok: false, problem: { message: `${doc.file} holds no measurement, only its header`, at: { file: doc.file, line: 1, column: 1 } } };
    return { ok: true, value: report };
  },
};
