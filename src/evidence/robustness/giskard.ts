/**
 * Giskard's scan results as `ScanReport.to_json()` writes them (Giskard-AI/giskard,
 * giskard/scanner/report.py): one key per detector that ran (its class name, such as
 * `TextPerturbationDetector`), holding the issues it found grouped by level (`major`, `medium`,
 * `minor`: giskard/scanner/issues.py IssueLevel), each issue as its description. A detector
 * with no issues is `{}`, and so is one that failed with an error (giskard/scanner/scanner.py
 * logs the error and goes on, unless the scan is run with `raise_exceptions=True`): the export
 * cannot tell the two apart. `{}` alone is a scan that ran no detector. The export records
 * neither the model version nor when the scan ran: the manifest's citation says both.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { ISSUE_LEVELS, type IssueLevel, type RobustnessResults } from './types.js';

const SCHEMA = 'giskard-scan.schema.json';

export const giskardScan: Adapter<RobustnessResults> = {
  format: 'giskard',
  schema: SCHEMA,
  detect: (value) => {
    if (!isRecord(value)) return false;
    const detectors = Object.keys(value);
    return detectors.length > 0 && detectors.every((name) => /Detector$/.test(name) && isRecord(value[name]));
  },
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'Giskard scan export');
    if (problem) return { ok: false, problem };
    const raw = doc.value as Record<string, Partial<Record<IssueLevel, string[]>>>;
    const report: RobustnessResults = { format: 'giskard', file: doc.file, results: [], inconsistencies: [] };
    for (const [detector, levels] of Object.entries(raw)) {
      const issues = Object.fromEntries(ISSUE_LEVELS.map((level) => [level, levels[level]?.length ?? 0])) as Record<IssueLevel, number>;
      report.results.push({ families: [detector], name: detector, issues, at: at(doc, [detector]) });
    }
    return { ok: true, value: report };
  },
};
