/**
 * The Markdown report: the job summary (and, later, the PR comment). Leads with the verdict,
 * then one table of systems, then a table of failing findings per system. Text from documents
 * goes through escape.ts (Markdown text, inline code, or HTML inside `<details>`), so it cannot
 * break a table, inject HTML or @-mention anyone; and the whole report stays under GitHub's 1 MiB step-summary cap.
 */
import { markdownTable } from 'markdown-table';
import { CONTROL_STATUSES, type ControlStatus } from './coverage.js';
import { failingSuffix, failuresInPriorityOrder, groupBy, rulesOfGroup, sameFailureGroups, systemById, type Report } from './report.js';
import type { Finding } from '../types.js';
import { htmlText, markdownCode, markdownText, markdownUrl } from './escape.js';

export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export interface MarkdownOptions {
  /** Largest output in bytes (UTF-8); defaults to the step summary cap with headroom. */
  maxBytes?: number;
}

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return renderMarkdown(report, options).markdown;
}

/** The report as Markdown, and whether every failing finding made it in under the size cap. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): { markdown: string; complete: boolean } {
  const limit = (options.maxBytes ?? STEP_SUMMARY_LIMIT) - 4096;
  const { summary } = report;
  const parts: string[] = [];
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  parts.push(`## ${icon} modelgate: ${report.verdict === 'pass' ? 'pass' : 'fail'}`);
  parts.push(
    `${countText(summary.errors, 'error', true)}, ${countText(summary.warnings, 'warning')}, ${countText(summary.notices, 'notice')}${summary.waived ? `, ${summary.waived} waived` : ''} ` +
      `across ${countText(summary.systems, 'system')}${failingSuffix(report)}${summary.unregistered ? ` and ${countText(summary.unregistered, 'unregistered model')}` : ''}; ` +
      `${summary.passed} checks passed${summary.notApplicable ? `, ${summary.notApplicable} not applicable` : ''}. ` +
      `Policy ${markdownCode(report.policy.packs[0] ?? '')} (${report.policy.rules} rules), fail-on \`${report.failOn}\`.`,
  );

  parts.push(formatProvenance(report));

  if (report.systems.length > 0) {
    parts.push(
      markdownTable([
        ['System', 'Version', 'Verdict', 'Errors', 'Warnings', 'Notices', 'Passed', 'Manifest'],
        ...report.systems.map((s) => [
          markdownText(s.id),
          markdownText(s.version ?? ''),
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
    const heading = `### ${sectionTitle(report, system, findings)}${known ? ` (${markdownCode(known.manifest)})` : ''}`;
    const table = markdownTable([
      ['Severity', 'Rule', 'Where', 'Finding', 'Fix'],
      // What several rules found in the same words at the same place is one row naming them all.
      ...sameFailureGroups(findings).map((group) => {
        const f = group[0] as Finding;
        return [
          f.severity,
          rulesOfGroup(group).map(({ finding: g, count }) => `${ruleLink(g, { inTable: true })}${count > 1 ? ` ×${count}` : ''}`).join(', '),
          code(`${f.file}:${f.line}`),
          markdownText(f.message),
          markdownText([...new Set(group.flatMap((g) => (g.remediation ? [g.remediation] : [])))].join(' ')),
        ];
      }),
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
            markdownText(f.system),
            code(f.ruleId),
            code(`${f.file}:${f.line}`),
            markdownText(f.waiver?.approver ?? ''),
            markdownText(f.waiver?.expires ?? ''),
            markdownText(f.waiver?.justification ?? ''),
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
  // Last, as room allows: the files each system's check read, with their digests.
  for (const block of fileDigests(report)) {
    const blockSize = byteLength(block) + 2;
    if (size + blockSize > limit) break;
    parts.push(block);
    size += blockSize;
  }
  const whole = `${parts.join('\n\n')}\n`;
  const markdown = clipToBytes(whole, limit);
  return { markdown, complete: omittedSystems === 0 && markdown === whole };
}

/** A last guard (a huge waivers table, say): cut at a line boundary and say so. */
function clipToBytes(text: string, limit: number): string {
  if (byteLength(text) <= limit) return text;
  const cut = Buffer.from(text, 'utf8').subarray(0, limit - 200).toString('utf8').replace(/\n[^\n]*$/, '').replace(/\uFFFD$/, '');
  return `${cut}\n\n> The rest is not shown, to stay under GitHub's size limit; every finding is in the JSON report.\n`;
}

/** Tool, commit, as-of day and policy digest: what an auditor needs to tie the report to its inputs. */
function formatProvenance(report: Report): string {
  const { provenance } = report;
  const files = report.systems.reduce((n, s) => n + (s.files?.length ?? 0), 0);
  return (
    `Provenance: modelgate ${markdownText(provenance.tool.version)}; commit ${provenance.commit ? markdownCode(provenance.commit) : 'none'} (${markdownText(provenance.commitSource)}); ` +
    `as of ${provenance.asOf}; policy digest ${markdownCode(provenance.policy.digest)}` +
    (files > 0 ? `; ${countText(files, 'file')} read, each with its SHA-256 ${report.systems.length <= 25 ? 'below (as room allows) and ' : ''}in the JSON report.` : '.')
  );
}

/** The files each system's check read, with their SHA-256 (for up to 25 systems, as room allows). */
function fileDigests(report: Report): string[] {
  if (report.systems.length > 25) return [];
  return report.systems.flatMap((system) => {
    if (!system.files?.length) return [];
    const table = markdownTable([['File', 'SHA-256'], ...system.files.map((f) => [code(f.path), code(f.sha256)])], { alignDelimiters: false });
    return [`<details><summary>${htmlText(system.id)}: ${countText(system.files.length, 'file')} read</summary>\n\n${table}\n\n</details>`];
  });
}

/** Which systems a changed-files run left out of the report and why, or why it reports them all. */
function formatScope(report: Report): string | undefined {
  const scope = report.scope;
  if (!scope) return undefined;
  if (scope.all) return `Scope: every system was checked because ${markdownText(scope.all)}.`;
  if (scope.skipped.length === 0) return `Scope: the ${countText(scope.changedFiles, 'changed file')} touch every system.`;
  const rows = scope.skipped.slice(0, 500).map((s) => [markdownText(s.id ?? ''), code(s.manifest), markdownText(s.reason)]);
  const more = scope.skipped.length > rows.length ? `\n\n…and ${scope.skipped.length - rows.length} more.` : '';
  return (
    `<details><summary>Scope: ${countText(scope.skipped.length, 'system')} left out; the ${countText(scope.changedFiles, 'changed file')} touch nothing their checks read</summary>\n\n` +
    `${markdownTable([['System', 'Manifest', 'Why left out'], ...rows], { alignDelimiters: false })}${more}\n\n</details>`
  );
}

const STATUS_LABEL: Record<ControlStatus, string> = {
  evidenced: '✅ evidenced',
  supported: '☑️ supported',
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
      `**${markdownText(name)}**\n\n${markdownTable(
        [
          ['System', ...CONTROL_STATUSES.map((s) => STATUS_LABEL[s])],
          ...rows.map(({ system, coverage }) => [markdownText(system), ...CONTROL_STATUSES.map((s) => String(coverage?.counts[s] ?? 0))]),
        ],
        { alignDelimiters: false },
      )}`,
    );
    if (rows.length <= 25) {
      for (const { system, coverage } of rows) {
        if (!coverage) continue;
        const table = markdownTable(
          [
            ['Control', 'Title', 'Status', 'Rules', 'Why'],
            ...coverage.controls.map((c) => [code(c.id), markdownText(c.title), STATUS_LABEL[c.status], c.rules.map((r) => code(r)).join(' '), c.reason ? markdownText(c.reason) : '']),
          ],
          { alignDelimiters: false },
        );
        details.push(`<details><summary>${htmlText(system)}: ${htmlText(name)} controls</summary>\n\n${table}\n\n</details>`);
      }
    }
  }
  return { counts: parts.join('\n\n'), details };
}

/** A system's name and version; a card no manifest registers; else what the findings are about. */
export function sectionTitle(report: Report, system: string, findings: readonly Finding[]): string {
  const known = systemById(report, system);
  if (known) return `${markdownText(system)}${known.version ? ` ${markdownText(known.version)}` : ''}`;
  if (findings.every((f) => f.ruleId === 'discovery/unregistered-system')) return `Unregistered model ${markdownText(system)}`;
  return `Policy and waivers (${markdownText(system)})`;
}

/** A rule id, linked to its documentation when that is an http(s) URL. */
export function ruleLink(finding: Pick<Finding, 'ruleId' | 'docs'>, options: { inTable?: boolean } = {}): string {
  const id = markdownCode(finding.ruleId, options);
  const url = markdownUrl(finding.docs);
  return url ? `[${id}](${url})` : id;
}

export function countText(count: number, word: string, bold = false): string {
  const text = `${count} ${word}${count === 1 ? '' : 's'}`;
  return bold && count > 0 ? `**${text}**` : text;
}

/** Inline code inside a table cell. */
function code(text: string): string {
  return markdownCode(text, { inTable: true });
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
