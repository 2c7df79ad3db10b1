/** Model security scans (modelscan), cited by `assurance.security.scans[].path`, judged on the files the system ships (`artifacts`). */
import { citeAt, pathsAndFormats } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { SECURITY_SCAN_CHECKS } from './checks.js';
import { securityScans } from './formats.js';
import type { SecurityScan } from './types.js';

export const securityScan: EvidenceKind<SecurityScan> = {
  ...securityScans,
  citedBy: ['assurance.security.scans.*.path'],
  formatField: 'assurance.security.scans.*.format',
  checks: SECURITY_SCAN_CHECKS,
  docs: {
    heading: 'Model security scans (`assurance.security.scans[].format`)',
    readsHeading: 'Read from it',
    formats: [
      {
        format: 'modelgate',
        what: 'our own scan result, JSON or YAML, for a scanner without an adapter: the tool, when it scanned, the files it read and what it found in them',
        reads: 'everything',
      },
      {
        format: 'modelscan',
        link: 'https://github.com/protectai/modelscan',
        what: 'the JSON report of `modelscan -p PATH -r json -o report.json --show-skipped` (Protect AI; --show-skipped lists the files it has no scanner for)',
        reads: 'when it ran (`summary.timestamp`), the files scanned and skipped, each issue (severity, operator, module, source file), errors; the summary counts are checked against the issues list',
      },
    ],
  },
  init: {
    cite(manifest, found) {
      citeAt(manifest, ['assurance', 'security', 'scans'], pathsAndFormats(found));
    },
  },
};
