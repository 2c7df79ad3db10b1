/**
 * The console report, grouped by system then file, like ESLint's "stylish":
 *
 *   examples/loan-approval/ai-system.yaml  (loan-approval)
 *     34:7  error  … message …  bias/report-model-version
 *
 * Colour only when the stream is a terminal (or FORCE_COLOR is set) and NO_COLOR is not. Every
 * value from the repository goes through `terminalText`, so a name cannot print a newline, an
 * escape sequence or a line the Actions runner would read as a workflow command.
 */
import { terminalText as t } from './escape.js';
import { failingSuffix, failuresInPriorityOrder, groupBy, rulesOfGroup, sameFailureGroups, systemById, type Report } from './report.js';
import { failsAt, type Finding } from '../types.js';

export interface StylishOptions {
  color: boolean;
  /** Also list passing rules per system. */
  verbose?: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;

export function formatStylish(report: Report, options: StylishOptions): string {
  const paint = (style: keyof typeof CODES, text: string) => (options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  const severityText = (f: Finding) =>
    f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'notice ');
  const lines: string[] = [];

  const failures = failuresInPriorityOrder(report.findings);
  const waived = report.findings.filter((f) => f.status === 'waived');
  const bySystem = groupBy([...failures, ...waived], (f) => f.system);
  const passed = options.verbose ? groupBy(report.findings.filter((f) => f.status === 'pass'), (f) => f.system) : new Map<string, Finding[]>();

  // Maps, not searches: a monorepo report has thousands of systems.
  const order = [...report.systems.map((s) => s.id), ...[...bySystem.keys()].filter((id) => !systemById(report, id))];
  // Passing systems are one line each, one after another; the first after a block of lines (a
  // failing system, or what -v lists under one) is set off from it by a blank line.
  let lastPassed = -1;
  const passedHeading = (summary: NonNullable<ReturnType<typeof systemById>>) => {
    if (lines.length > 0 && lastPassed !== lines.length - 1) lines.push('');
    lines.push(`${paint('green', '✔')} ${t(summary.id)}${summary.version ? ` ${t(summary.version)}` : ''}  ${paint('dim', t(summary.manifest))}`);
    lastPassed = lines.length - 1;
  };
  for (const systemId of order) {
    const summary = systemById(report, systemId);
    const systemFailures = (bySystem.get(systemId) ?? []).sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    );
    if (systemFailures.every((f) => f.status === 'waived')) {
      if (summary) passedHeading(summary);
      let file = '';
      for (const finding of systemFailures) {
        if (finding.file !== file) {
          file = finding.file;
          lines.push(`  ${paint('underline', t(file))}`);
        }
        lines.push(waivedLine(finding, paint));
      }
      if (options.verbose) lines.push(...passes(passed.get(systemId) ?? [], paint));
      continue;
    }
    if (systemFailures.length === 0) {
      if (summary) passedHeading(summary);
      if (options.verbose) lines.push(...passes(passed.get(systemId) ?? [], paint));
      continue;
    }
    lines.push('');
    // A system with no usable id goes by its manifest's path, which a version after it would misread.
    const byPath = summary !== undefined && summary.manifest === summary.id;
    const title = t(summary ? `${summary.id}${summary.version && !byPath ? ` ${summary.version}` : ''}` : systemId);
    // ✖ when the system fails the gate; ▲ when what it has is below fail-on. A file that is no
    // system's (the policy, the waivers, a stray card) by its own findings' severities.
    const fails = summary ? summary.verdict === 'fail' : systemFailures.some((f) => f.status === 'fail' && failsAt(f.severity, report.failOn));
    const icon = fails ? paint('red', '✖') : paint('yellow', '▲');
    // A manifest that cannot be read has no id: the system goes by its path, shown once.
    lines.push(`${icon} ${paint('bold', title)}${summary && !byPath ? `  ${paint('dim', t(summary.manifest))}` : ''}`);
    let file = '';
    // What several rules found in the same words at the same place is one line naming them all.
    const waivedHere = systemFailures.filter((f) => f.status === 'waived');
    const failingHere = sameFailureGroups(systemFailures.filter((f) => f.status === 'fail'));
    const rows = [...failingHere, ...waivedHere.map((f) => [f])].sort(([a], [b]) => a!.file.localeCompare(b!.file) || a!.line - b!.line || a!.column - b!.column);
    for (const group of rows) {
      const finding = group[0] as Finding;
      if (finding.file !== file) {
        file = finding.file;
        lines.push(`  ${paint('underline', t(file))}`);
      }
      if (finding.status === 'waived') {
        lines.push(waivedLine(finding, paint));
        continue;
      }
      const position = `${finding.line}:${finding.column}`.padEnd(7);
      lines.push(`    ${paint('dim', position)} ${severityText(finding)}  ${t(finding.message)}  ${paint('dim', rulesOfGroup(group).map(({ finding: f, count }) => `${t(f.ruleId)}${count > 1 ? ` ×${count}` : ''}`).join(', '))}`);
    }
    if (options.verbose) lines.push(...passes(passed.get(systemId) ?? [], paint));
  }

  lines.push(...fixLines(failures, paint));
  lines.push(...coverageLines(report, paint));

  const { summary } = report;
  const problems = summary.errors + summary.warnings + summary.notices;
  lines.push('');
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice'),
  ].join(', ');
  const waivedCount = summary.waived ? `, ${summary.waived} waived` : '';
  const systems = `${plural(summary.systems, 'system')}${failingSuffix(report)}${summary.unregistered ? ` and ${plural(summary.unregistered, 'unregistered model')}` : ''}`;
  const verdict = report.verdict === 'pass' ? paint('green', 'PASS') : paint('red', 'FAIL');
  lines.push(
    `${verdict}  ${problems === 0 ? 'no problems' : counts} in ${systems}; ${summary.passed} checks passed` +
      `${summary.notApplicable ? `, ${summary.notApplicable} not applicable` : ''}${waivedCount} (policy: ${t(policyChain(report.policy.packs))}, fail-on: ${report.failOn})`,
  );
  if (problems > 0) lines.push(paint('dim', 'modelgate explain <rule-id> says what a rule checks, why, and how to fix it'));
  if (report.scope?.skipped.length) {
    lines.push(paint('dim', `${plural(report.scope.skipped.length, 'system')} left out: the ${plural(report.scope.changedFiles, 'changed file')} touch nothing their checks read`));
  } else if (report.scope?.all) {
    lines.push(paint('dim', `every system checked: ${t(report.scope.all)}`));
  }
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

function waivedLine(finding: Finding, paint: (s: keyof typeof CODES, t: string) => string): string {
  const waiver = finding.waiver;
  const position = `${finding.line}:${finding.column}`.padEnd(7);
  const by = waiver ? ` (waived by ${t(waiver.approver)} until ${t(waiver.expires)}, ${t(waiver.file)}:${waiver.line})` : '';
  return `    ${paint('dim', position)} ${paint('yellow', 'waived ')}  ${t(finding.message)}${by}  ${paint('dim', t(finding.ruleId))}`;
}

function passes(findings: readonly Finding[], paint: (s: keyof typeof CODES, t: string) => string): string[] {
  return findings.map((f) => `    ${paint('green', 'pass   ')}  ${t(f.message)}  ${paint('dim', t(f.ruleId))}`);
}

/** One line per framework: how many controls each status has, over all systems. */
function coverageLines(report: Report, paint: (s: keyof typeof CODES, t: string) => string): string[] {
  const totals = new Map<string, { name: string; counts: Map<string, number> }>();
  for (const system of report.coverage) {
    for (const framework of system.frameworks) {
      const total = totals.get(framework.framework) ?? { name: framework.name, counts: new Map() };
      for (const [status, count] of Object.entries(framework.counts)) total.counts.set(status, (total.counts.get(status) ?? 0) + count);
      totals.set(framework.framework, total);
    }
  }
  if (totals.size === 0) return [];
  const lines = ['', paint('bold', 'Coverage (each control counted once for each system)')];
  for (const { name, counts } of totals.values()) {
    const parts = [...counts].filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`);
    lines.push(`  ${t(name)}: ${parts.join(', ')}`);
  }
  return lines;
}

/** The policy file and the packs it extends, outermost first: `.modelgate/policy.yaml → baseline`. */
function policyChain(packs: readonly string[]): string {
  if (packs.length === 0) return '?';
  return packs.length <= 4 ? packs.join(' → ') : `${packs.slice(0, 3).join(' → ')} → … (${packs.length} packs)`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** How many failing rules the report says how to fix; `explain` says it for the rest. */
const FIXES_SHOWN = 15;

/**
 * What to do about each rule that failed, once a rule, in the order they first fail: the console
 * is where an engineer fixes findings, and the fix was only in `explain`, SARIF and Markdown.
 */
function fixLines(failures: readonly Finding[], paint: (s: keyof typeof CODES, t: string) => string): string[] {
  const fixes = new Map<string, string>();
  for (const finding of failures) if (finding.status === 'fail' && finding.remediation && !fixes.has(finding.ruleId)) fixes.set(finding.ruleId, finding.remediation);
  if (fixes.size === 0) return [];
  const shown = [...fixes].slice(0, FIXES_SHOWN);
  const lines = ['', paint('bold', 'How to fix')];
  for (const [rule, fix] of shown) lines.push(`  ${paint('dim', t(rule))}  ${t(fix)}`);
  if (fixes.size > shown.length) lines.push(paint('dim', `  … and ${fixes.size - shown.length} more rules: modelgate explain <rule-id>`));
  return lines;
}
