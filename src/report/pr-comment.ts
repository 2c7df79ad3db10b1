/**
 * The pull request comment: the verdict first, then each failing rule grouped by system with a
 * one-line fix, under GitHub's 65,536-character body cap. The full detail is in the job summary;
 * the comment is what a reviewer reads without leaving the conversation.
 */
import { createHash } from 'node:crypto';
import { clip } from '../fs/repo-fs.js';
import { countText as plural, escapeCell } from './markdown.js';
import { failuresInPriorityOrder, type Report } from './report.js';
import type { Finding } from '../types.js';

export const COMMENT_BODY_LIMIT = 65_536;

export interface CommentOptions {
  /** Identifies the comment of one workflow and path, so each has its own sticky comment. */
  key: string;
  /** The commit the findings describe. */
  commit?: string;
  /** This run's page, where the job summary is. */
  runUrl?: string;
  /** Largest body in characters; GitHub's cap by default. */
  maxChars?: number;
}

/** The hidden first line that finds the comment again: `<!-- modelgate:sticky key digest -->`. */
export function commentMarker(key: string): string {
  return `<!-- modelgate:sticky ${key.replace(/[^\w./@:=-]+/g, '_')} `;
}

/** The content digest recorded in a comment body, to tell an unchanged comment. */
export function commentDigest(body: string): string | undefined {
  return body.match(/^<!-- modelgate:sticky \S+ digest=([0-9a-f]{16}) -->/)?.[1];
}

export function formatComment(report: Report, options: CommentOptions): string {
  const limit = (options.maxChars ?? COMMENT_BODY_LIMIT) - 200; // room for the marker and the pointer
  const { summary } = report;
  const icon = report.verdict === 'pass' ? '✅' : '❌';
  const head = [
    `## ${icon} modelgate: ${report.verdict}`,
    `${plural(summary.errors, 'error', true)}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}` +
      `${summary.waived ? `, ${summary.waived} waived` : ''} across ${plural(summary.systems, 'system')}` +
      `${options.commit ? ` at commit ${options.commit.slice(0, 7)}` : ''}.`,
  ];
  if (report.scope && report.scope.skipped.length > 0) {
    head.push(`Only systems this pull request touches were checked; ${plural(report.scope.skipped.length, 'other system')} skipped.`);
  }

  const sections: string[] = [];
  const failures = failuresInPriorityOrder(report.findings);
  const bySystem = new Map<string, Finding[]>();
  for (const finding of failures) bySystem.set(finding.system, [...(bySystem.get(finding.system) ?? []), finding]);
  for (const [system, findings] of bySystem) {
    const known = report.systems.find((s) => s.id === system);
    const title = known ? `${escapeCell(system)}${known.version ? ` ${escapeCell(known.version)}` : ''}` : `Unregistered model card ${escapeCell(system)}`;
    sections.push([`### ${title}`, ...ruleLines(findings)].join('\n'));
  }

  const summaryLink = options.runUrl ? `[the job summary](${options.runUrl})` : 'the job summary';
  let body = head.join('\n\n');
  let shown = 0;
  for (const section of sections) {
    if (body.length + section.length + 2 > limit) break;
    body += `\n\n${section}`;
    shown++;
  }
  if (shown < sections.length) {
    body += `\n\n> ${sections.length - shown} more system${sections.length - shown === 1 ? '' : 's'} with failures not shown (GitHub caps a comment's length); every finding is in ${summaryLink}.`;
  } else {
    body += `\n\n<sub>Details, coverage and waivers: ${summaryLink}.</sub>`;
  }
  const digest = createHash('sha256').update(body.replace(summaryLink, '')).digest('hex').slice(0, 16);
  return `${commentMarker(options.key)}digest=${digest} -->\n${body}\n`;
}

/** One line per failing rule: where it first fails, how many more, and the fix. */
function ruleLines(findings: readonly Finding[]): string[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  return [...byRule.values()].map((group) => {
    const first = group[0] as Finding;
    const icon = first.severity === 'error' ? '❌' : first.severity === 'warning' ? '⚠️' : 'ℹ️';
    const more = group.length > 1 ? ` (+${group.length - 1} more)` : '';
    const fix = first.remediation ? ` **Fix:** ${escapeCell(clip(first.remediation, 300))}` : '';
    return `- ${icon} [\`${first.ruleId}\`](${first.docs}) \`${first.file.replace(/`/g, "'")}:${first.line}\`${more}: ${escapeCell(clip(first.message, 300))}${fix}`;
  });
}
