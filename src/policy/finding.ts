/** A rule's finding: what every check (and the engine's own governance checks) reports. */
import type { Finding, Location, Status } from '../types.js';
import type { ActiveRule } from './types.js';

export function makeFinding(
  rule: Pick<ActiveRule, 'id' | 'severity' | 'evidences' | 'supports' | 'docs' | 'remediation'>,
  system: { id: string },
  status: Status,
  message: string,
  at: Location,
  path?: string,
): Finding {
  return {
    ruleId: rule.id,
    status,
    severity: rule.severity,
    system: system.id,
    message: singleLine(message),
    file: at.file,
    line: at.line,
    column: at.column,
    ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
    ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
    ...(path ? { path } : {}),
    evidences: rule.evidences,
    supports: rule.supports,
    docs: rule.docs,
    ...(status === 'fail' ? { remediation: rule.remediation } : {}),
  };
}

/** Messages quote text from documents; a newline there could start a workflow command in a log. */
export function singleLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}
