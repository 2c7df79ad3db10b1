/**
 * modelscan's JSON report (`modelscan -p PATH -r json -o report.json`), as written by
 * `ModelScan._generate_results` (protectai/modelscan, modelscan/modelscan.py): `summary`
 * (issue counts by severity, `timestamp` in the scanning machine's local time, `scanned.scanned_files`,
 * `skipped.skipped_files` when run with --show-skipped), `issues` and `errors`. Paths are
 * relative to the folder it scanned, which `absolute_path` names.
 */
import { quoted, type SourceDoc } from '../../load/source-doc.js';
import { at, dateText, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { toolFileKey } from '../same-file.js';
import { codeFreeExtension } from './code-free.js';
import { SCAN_SEVERITIES, type ScanSeverity, type SecurityScan } from './types.js';

const SCHEMA = 'modelscan-report.schema.json';

interface RawReport {
  summary: {
    total_issues_by_severity: Partial<Record<ScanSeverity, number>>;
    absolute_path?: string;
    input_path?: string;
    total_issues?: number;
    timestamp?: string;
    modelscan_version?: string;
    scanned: { total_scanned: number; scanned_files?: string[] };
    skipped?: { total_skipped: number; skipped_files?: Array<{ category?: string; description?: string; source: string }> };
  };
  issues: Array<{ description: string; operator?: string; module?: string; source: string; severity: ScanSeverity }>;
  errors: Array<{ category?: string; description: string; source?: string }>;
}

export const modelscanReport: Adapter<SecurityScan> = {
  format: 'modelscan',
  schema: SCHEMA,
  detect: (value) =>
    isRecord(value) && isRecord(value.summary) && isRecord(value.summary.total_issues_by_severity) && Array.isArray(value.issues),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'modelscan report');
    if (problem) return { ok: false, problem };
    const raw = doc.value as RawReport;
    const scan: SecurityScan = {
      format: 'modelscan',
      file: doc.file,
      scanned: raw.summary.scanned.scanned_files ?? [],
      scannedCount: { value: raw.summary.scanned.total_scanned, at: at(doc, ['summary', 'scanned', 'total_scanned']) },
      issues: raw.issues.map((issue, index) => ({
        severity: issue.severity,
        description: issue.description,
        ...(issue.operator !== undefined ? { operator: issue.operator } : {}),
        ...(issue.module !== undefined ? { module: issue.module } : {}),
        source: issue.source,
        at: at(doc, ['issues', index, 'severity']),
      })),
      errors: raw.errors.map((error, index) => ({
        description: error.description,
        ...(error.source !== undefined ? { source: error.source } : {}),
        at: at(doc, ['errors', index]),
      })),
      skipped: (raw.summary.skipped?.skipped_files ?? []).map((skipped, index) => ({
        source: skipped.source,
        description: skipped.description ?? skipped.category ?? 'skipped',
        at: at(doc, ['summary', 'skipped', 'skipped_files', index, 'source']),
      })),
      inconsistencies: [],
    };
    // modelscan 0.5.2 on writes every path relative to this folder (ModelScan._generate_results);
    // without it, the path it was given (-p), which may be the one file it scanned.
    const folder = raw.summary.absolute_path?.trim() || raw.summary.input_path?.trim();
    if (folder) scan.folder = folder;
    // Red team: absolute_path taken out of a scan of a decoy folder, the rest left as written;
    // review: and input_path and the version with it (every modelscan writes input_path).
    if (!raw.summary.absolute_path?.trim() && writesAbsolutePath(raw.summary.modelscan_version)) {
      scan.inconsistencies.push({ message: `${doc.file} says modelscan ${raw.summary.modelscan_version} wrote it, which writes the folder it scanned (summary.absolute_path), but it has none: this report was not written by modelscan as it is`, at: at(doc, ['summary', 'modelscan_version']) });
    } else if (!folder) {
      scan.inconsistencies.push({ message: `${doc.file} does not say what modelscan scanned (summary.input_path), which modelscan writes: this report was not written by modelscan as it is`, at: at(doc, ['summary']) });
    }
    const timestamp = dateText(raw.summary.timestamp);
    if (timestamp) scan.scannedAt = { value: timestamp, at: at(doc, ['summary', 'timestamp']) };
    // The summary counts what the issues list holds; a list cut short disagrees with it.
    for (const severity of SCAN_SEVERITIES) {
      const counted = raw.summary.total_issues_by_severity[severity];
      const listed = scan.issues.filter((issue) => issue.severity === severity).length;
      if (counted !== undefined && counted !== listed) {
        scan.inconsistencies.push({
          message: `${doc.file}: the summary counts ${counted} ${severity} issue${counted === 1 ? '' : 's'} but the report lists ${listed}`,
          at: at(doc, ['summary', 'total_issues_by_severity', severity]),
        });
      }
    }
    const total = raw.summary.scanned.total_scanned;
    if (raw.summary.scanned.scanned_files && total !== raw.summary.scanned.scanned_files.length) {
      scan.inconsistencies.push({
        message: `${doc.file}: the summary counts ${total} scanned files but lists ${raw.summary.scanned.scanned_files.length}`,
        at: at(doc, ['summary', 'scanned', 'total_scanned']),
      });
    }
    // modelscan lists every file it found an issue in among the files it scanned, written the
    // same way (an archive's member as "archive:member"): an issue elsewhere was written in by
    // hand, and security/scan-clean, which judges issues in shipped files, would not see it (red
    // team: "Scorer-2.3.0.onnx" beside a scanned "scorer-2.3.0.onnx").
    const listed = raw.summary.scanned.scanned_files;
    // modelscan has no scanner for safetensors or ONNX (its DEFAULT_SETTINGS): it lists them
    // as skipped, never scanned (red team: a report claiming to have scanned an .onnx file).
    // Nor for Python source (review: a report listing modeling code as scanned covered it).
    (listed ?? []).forEach((file, index) => {
      const extension = codeFreeExtension(file) ?? (/\.py$/i.test(toolFileKey(file)) ? '.py' : undefined);
      if (extension) scan.inconsistencies.push({ message: `${doc.file} lists ${quoted(file)} as scanned, but modelscan has no scanner for ${extension} files: it lists them as skipped (SCAN_NOT_SUPPORTED), so this report was not written by modelscan as it is`, at: at(doc, ['summary', 'scanned', 'scanned_files', index]) });
    });
    if (listed && listed.length > 0) {
      // As the files are compared elsewhere (an archive's member counts as the archive), but case kept.
      const files = new Set(listed.map(toolFileKey));
      raw.issues.forEach((issue, index) => {
        if (!files.has(toolFileKey(issue.source))) scan.inconsistencies.push({ message: `${doc.file}: an issue is in ${quoted(issue.source)}, which is not among the files the report scanned (scanned_files): modelscan lists each file it finds an issue in`, at: at(doc, ['issues', index, 'source']) });
      });
    }
    return { ok: true, value: scan };
  },
};

/** Whether a modelscan version writes `summary.absolute_path`: 0.5.2 and later. */
function writesAbsolutePath(version: string | undefined): boolean {
  const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version?.trim() ?? '');
  if (!parts) return false;
  const [major, minor, patch] = parts.slice(1).map(Number) as [number, number, number];
  return major > 0 || minor > 5 || (minor === 5 && patch >= 2);
}
