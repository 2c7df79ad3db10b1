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
    const report: EnergyReport = { format: 'codecarbon', file: doc.file, measurements: [], problems: [] };
    for (const bad of table.invalid) {
      report.problems.push({ message: `${doc.file}: line ${bad.line} has ${bad.fields} field${bad.fields === 1 ? '' : 's'}, the header ${table.columns.length}`, at: { file: doc.file, line: bad.line, column: 1 } });
    }
    table.rows.forEach((row, index) => {
      const where = at(doc, ['rows', index]);
      const missing = REQUIRED.filter((column) => (row[column] ?? '').trim() === '');
      const emissions = numberOf(row.emissions);
      if (missing.length > 0 || emissions === undefined) {
        report.problems.push({ message: `${doc.file}: a row has no ${missing.join(', ') || 'emissions'}`, at: where });
        return;
      }
      const measurement: EnergyMeasurement = { runId: (row.run_id as string).trim(), emissionsKg: emissions, at: where };
      const optional: Array<[keyof EnergyMeasurement, string]> = [['duration', 'duration'], ['emissionsRate', 'emissions_rate'], ['energyKWh', 'energy_consumed']];
      for (const [field, column] of optional) {
        const value = numberOf(row[column]);
        if (value !== undefined) (measurement as unknown as Record<string, number>)[field] = value;
      }
      if (row.timestamp) measurement.timestamp = row.timestamp;
      if (row.country_iso_code) measurement.country = row.country_iso_code;
      report.measurements.push(measurement);
    });
    return { ok: true, value: report };
  },
};
