/** Our own normalised security scan (`schemas/security-scan.schema.json`), for scanners without an adapter. */
import { quoted, type SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import { toolFileKey } from '../same-file.js';
import type { ScanSeverity, SecurityScan } from './types.js';

const SCHEMA = 'security-scan.schema.json';

interface RawScan {
  tool: string;
  scannedAt: string;
  scanned: string[];
  issues: Array<{ severity: ScanSeverity; description: string; operator?: string; module?: string; source: string }>;
  errors?: Array<{ description: string; source?: string }>;
  skipped?: Array<{ source: string; description?: string }>;
}

export const modelgateScan: Adapter<SecurityScan> = {
  format: 'modelgate',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && value.schema === 'modelgate/security-scan@1',
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'security scan');
    if (problem) return { ok: false, problem };
    const raw = doc.value as RawScan;
    const scan: SecurityScan = {
      format: 'modelgate',
      file: doc.file,
      scannedAt: { value: raw.scannedAt, at: at(doc, ['scannedAt']) },
      scanned: raw.scanned,
      scannedCount: { value: raw.scanned.length, at: at(doc, ['scanned']) },
      issues: raw.issues.map((issue, index) => ({ ...issue, at: at(doc, ['issues', index, 'severity']) })),
      errors: (raw.errors ?? []).map((error, index) => ({ ...error, at: at(doc, ['errors', index]) })),
      skipped: (raw.skipped ?? []).map((skipped, index) => ({
        source: skipped.source,
        description: skipped.description ?? 'skipped',
        at: at(doc, ['skipped', index, 'source']),
      })),
      inconsistencies: [],
    };
    // An issue in a file the scan did not read was written in by hand, and security/scan-clean,
    // which judges issues in shipped files, could miss it (as in modelscan's reports).
    const files = new Set(raw.scanned.map(toolFileKey));
    raw.issues.forEach((issue, index) => {
      if (!files.has(toolFileKey(issue.source))) scan.inconsistencies.push({ message: `${doc.file}: an issue is in ${quoted(issue.source)}, which is not among the files the scan read (scanned)`, at: at(doc, ['issues', index, 'source']) });
    });
    return { ok: true, value: scan };
  },
};
