/**
 * The Markdown report: the job summary (and, later, the PR comment). Leads with the verdict,
 * then one table of systems, then a table of failing findings per system. Text from documents
 * is escaped so it cannot break a table, inject HTML or @-mention anyone, and the whole report
 * stays under GitHub's 1 MiB step-summary cap.
 */
import { markdownTable } from 'markdown-table';
import { CONTROL_STATUSES, type ControlStatus } from './coverage.js';
import { failuresInPriorityOrder, groupBy, systemById, type Report } from './report.js';
import type { Finding } from '../types.js';

export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export interface MarkdownOptions {
  /** Largest output in bytes (UTF-8); defaults to the step summary cap with headroom. */
  maxBytes?: number;
}

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = (options.maxBytes ?? STEP_SUMMARY_LIMIT) - 4096;
  const { summary } = report;
  const parts: string[] = [];
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  parts.push(`## ${icon} modelgate: ${report.verdict === 'pass' ? 'pass' : 'fail'}`);
  parts.push(
    `${countText(summary.errors, 'error', true)}, ${countText(summary.warnings, 'warning')}, ${countText(summary.notices, 'notice')}${summary.waived ? `, ${summary.waived} waived` : ''} ` +
      `across ${countText(summary.systems, 'system')}${summary.unregistered ? ` and ${countText(summary.unregistered, 'unregistered model card')}` : ''}; ` +
      `${summary.passed} checks passed${summary.notApplicable ? `, ${summary.notApplicable} not applicable` : ''}. ` +
      `Policy \`${escapeCell(report.policy.packs[0] ?? '')}\` (${report.policy.rules} rules), fail-on \`${report.failOn}\`.`,
  );

  if (report.systems.length > 0) {
    parts.push(
      markdownTable([
        ['System', 'Version', 'Verdict', 'Errors', 'Warnings', 'Notices', 'Passed', 'Manifest'],
        ...report.systems.map((s) => [
          escapeCell(s.id),
          escapeCell(s.version ?? ''),
          s.verdict === 'pass' ? '✅ pass' : '❌ fail',
          String(s.counts.errors),
          String(s.counts.warnings),
          String(s.counts.notices),
          String(s.counts.passed),
          code(s.manifest),
        ]),
      ], { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'], alignDelimiters: false }),
    );
  }

  const scope = formatScope(report);
  if (scope) parts.push(scope);

  // Coverage counts always fit; the per-system control tables only where room is left at the end.
  const coverage = formatCoverage(report);
  if (coverage) parts.push(coverage.counts);
  const detailsAt = parts.length;

  const failures = failuresInPriorityOrder(report.findings);
  const groups = groupBy(failures, (f) => f.system);

  let size = byteLength(parts.join('\n\n'));
  let omittedSystems = 0;
  for (const [system, findings] of groups) {
    const known = systemById(report, system);
    const heading = `### ${sectionTitle(report, system, findings)}${known ? ` (${code(known.manifest)})` : ''}`;
    const table = markdownTable([
      ['Severity', 'Rule', 'Where', 'Finding', 'Fix'],
      ...findings.map((f) => [
        f.severity,
        ruleLink(f),
        code(`${f.file}:${f.line}`),
        escapeCell(f.message),
        escapeCell(f.remediation ?? ''),
      ]),
    ], { alignDelimiters: false });
    const section = `${heading}\n\n${table}`;
    const sectionSize = byteLength(section) + 2;
    if (size + sectionSize > limit) {
      omittedSystems++;
      continue;
    }
    parts.push(section);
    size += sectionSize;
  }
  const waived = report.findings.filter((f) => f.status === 'waived');
  if (waived.length > 0) {
    parts.push(
      `### Waived (${waived.length})\n\n${markdownTable(
        [
          ['System', 'Rule', 'Where', 'Approver', 'Until', 'Justification'],
          ...waived.map((f) => [
            escapeCell(f.system),
            code(f.ruleId),
            code(`${f.file}:${f.line}`),
            escapeCell(f.waiver?.approver ?? ''),
            escapeCell(f.waiver?.expires ?? ''),
            escapeCell(f.waiver?.justification ?? ''),
          ]),
        ],
        { alignDelimiters: false },
      )}`,
    );
  }
  if (omittedSystems > 0) {
    parts.push(
      `> ${omittedSystems} more system${omittedSystems === 1 ? ' is' : 's are'} not shown here to stay under GitHub's summary size limit; every finding is in the JSON report.`,
    );
  }
  size = byteLength(parts.join('\n\n'));
  const details: string[] = [];
  for (const block of coverage?.details ?? []) {
    const blockSize = byteLength(block) + 2;
    if (size + blockSize > limit) break;
    details.push(block);
    size += blockSize;
  }
  parts.splice(detailsAt, 0, ...details);
  return clipToBytes(`${parts.join('\n\n')}\n`, limit);
}

/** A last guard (a huge waivers table, say): cut at a line boundary and say so. */
function clipToBytes(text: string, limit: number): string {
  if (byteLength(text) <= limit) return text;
  const cut = Buffer.from(text, 'utf8').subarray(0, limit - 200).toString('utf8').replace(/\n[^\n]*$/, '').replace(/\uFFFD$/, '');
  return `${cut}\n\n> The rest is not shown, to stay under GitHub's size limit; every finding is in the JSON report.\n`;
}

/** Which systems a changed-files run skipped and why, or why it checked them all. */
function formatScope(report: Report): string | undefined {
  const scope = report.scope;
  if (!scope) return undefined;
  if (scope.all) return `Scope: every system was checked because ${escapeCell(scope.all)}.`;
  if (scope.skipped.length === 0) return `Scope: the ${countText(scope.changedFiles, 'changed file')} touch every system.`;
  const rows = scope.skipped.slice(0, 500).map((s) => [escapeCell(s.id ?? ''), code(s.manifest), escapeCell(s.reason)]);
  const more = scope.skipped.length > rows.length ? `\n\n…and ${scope.skipped.length - rows.length} more.` : '';
  return (
    `<details><summary>Scope: ${countText(scope.skipped.length, 'system')} not checked; the ${countText(scope.changedFiles, 'changed file')} do not touch them</summary>\n\n` +
    `${markdownTable([['System', 'Manifest', 'Why skipped'], ...rows], { alignDelimiters: false })}${more}\n\n</details>`
  );
}

const STATUS_LABEL: Record<ControlStatus, string> = {
  evidenced: '✅ evidenced',
  failing: '❌ failing',
  waived: '⚠️ waived',
  'not-applicable': '➖ not applicable',
  'not-covered': '⬜ not covered',
};

/**
 * Coverage per framework: a row per system with its counts; and the controls of each system in
 * collapsed blocks (for up to 25 systems), which the caller includes as far as the size cap allows.
 */
function formatCoverage(report: Report): { counts: string; details: string[] } | undefined {
  const frameworks = report.coverage[0]?.frameworks.map((f) => ({ key: f.framework, name: f.name })) ?? [];
  if (frameworks.length === 0) return undefined;
  const parts = ['### Coverage by framework'];
  const details: string[] = [];
  for (const { key, name } of frameworks) {
    const rows = report.coverage.map((system) => ({ system: system.system, coverage: system.frameworks.find((f) => f.framework === key) }));
    parts.push(
      `**${escapeCell(name)}**\n\n${markdownTable(
        [
          ['System', ...CONTROL_STATUSES.map((s) => STATUS_LABEL[s])],
          ...rows.map(({ system, coverage }) => [escapeCell(system), ...CONTROL_STATUSES.map((s) => String(coverage?.counts[s] ?? 0))]),
        ],
        { alignDelimiters: false },
      )}`,
    );
    if (rows.length <= 25) {
      for (const { system, coverage } of rows) {
        if (!coverage) continue;
        const table = markdownTable(
          [
            ['Control', 'Title', 'Status', 'Rules'],
            ...coverage.controls.map((c) => [code(c.id), escapeCell(c.title), STATUS_LABEL[c.status], c.rules.map((r) => code(r)).join(' ')]),
          ],
          { alignDelimiters: false },
        );
        details.push(`<details><summary>${escapeCell(system)}: ${escapeCell(name)} controls</summary>\n\n${table}\n\n</details>`);
      }
    }
  }
  return { counts: parts.join('\n\n'), details };
}

/** A system's name and version; a card no manifest registers; else what the findings are about. */
export function sectionTitle(report: Report, system: string, findings: readonly Finding[]): string {
  const known = systemById(report, system);
  if (known) return `${escapeCell(system)}${known.version ? ` ${escapeCell(known.version)}` : ''}`;
  if (findings.every((f) => f.ruleId === 'discovery/unregistered-system')) return `Unregistered model card ${escapeCell(system)}`;
  return `Policy and waivers (${escapeCell(system)})`;
}

/** A rule id, linked to its documentation when it has some. */
export function ruleLink(finding: Pick<Finding, 'ruleId' | 'docs'>): string {
  return finding.docs ? `[\`${finding.ruleId}\`](${finding.docs})` : `\`${finding.ruleId}\``;
}

export function countText(count: number, word: string, bold = false): string {
  const text = `${count} ${word}${count === 1 ? '' : 's'}`;
  return bold && count > 0 ? `**${text}**` : text;
}

/** Escapes text from documents for a Markdown table cell. */
export function escapeCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]|<>#~])/g, '\\$1')
    .replace(/@\b/g, '@\u200b');
}

function code(text: string): string {
  // Backticks inside a code span cannot be escaped; drop them (paths with backticks are rare).
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\``;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
