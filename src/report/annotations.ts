/**
 * Workflow-command annotations. GitHub keeps at most 10 errors, 10 warnings and 10 notices per
 * step and silently drops the rest, so we choose: errors first (then warnings, then notices),
 * each in file and line order, and when anything is left out, one notice that says how many
 * and where to find them. The message and title show control characters escaped (escape.ts);
 * @actions/core then encodes what a workflow command needs (`%`, line breaks, `:` and `,`).
 */
import { visibleText } from './escape.js';
import { failuresInPriorityOrder, rulesOfGroup, sameFailureGroups } from './report.js';
import type { Finding, Severity } from '../types.js';

export const ANNOTATION_CAPS: Record<Severity, number> = { error: 10, warning: 10, notice: 10 };

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file: string;
  startLine: number;
  startColumn?: number;
  endColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** How many failing findings the annotations show (one annotation may show several: sameFailureGroups). */
  shown: number;
  /** How many failing findings did not fit. */
  omitted: number;
  /** The closing notice when something was omitted. */
  overflowNotice?: string;
}

export function planAnnotations(findings: readonly Finding[], caps = ANNOTATION_CAPS): AnnotationPlan {
  // One annotation for what several rules found in the same words at the same place.
  const groups = sameFailureGroups(failuresInPriorityOrder(findings));
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  /** How many findings each annotation shows. */
  const sizes: number[] = [];
  let omitted = 0;
  for (const group of groups) {
    const finding = group[0] as Finding;
    if (used[finding.severity] >= caps[finding.severity]) {
      omitted += group.length;
      continue;
    }
    used[finding.severity]++;
    // The runner decodes only `%`, line breaks, `:` and `,` in a property; any other control
    // character would reach the log raw, so such a path is shown escaped (and attaches to no line).
    annotations.push({ ...toAnnotation(group), file: visibleText(finding.file) });
    sizes.push(group.length);
  }
  const shownCount = () => sizes.reduce((n, size) => n + size, 0);
  if (omitted === 0) return { annotations, shown: shownCount(), omitted };
  // The overflow notice needs a notice slot of its own.
  if (used.notice >= caps.notice) {
    const lastNotice = annotations.map((a) => a.level).lastIndexOf('notice');
    annotations.splice(lastNotice, 1);
    omitted += sizes.splice(lastNotice, 1)[0] ?? 0;
  }
  return {
    annotations,
    shown: shownCount(),
    omitted,
    overflowNotice:
      `modelgate: ${omitted} more finding${omitted === 1 ? ' is' : 's are'} not shown as annotations ` +
      `(GitHub shows at most ${caps.error} errors, ${caps.warning} warnings and ${caps.notice} notices per step); ` +
      'every finding is in the job summary and the JSON report.',
  };
}

/**
 * A failing finding as an annotation: message with its fix, rule as title, columns when on one
 * line. A group (sameFailureGroups) is one annotation: every rule in the title, each fix once.
 */
export function toAnnotation(findings: Finding | readonly Finding[]): Annotation {
  const group: readonly Finding[] = Array.isArray(findings) ? findings : [findings as Finding];
  const finding = group[0] as Finding;
  const fixes = [...new Set(group.flatMap((f) => (f.remediation ? [visibleText(f.remediation)] : [])))];
  const annotation: Annotation = {
    level: finding.severity,
    message: [visibleText(finding.message), ...fixes.map((fix) => `Fix: ${fix}`)].join('\n'),
    title: `modelgate ${rulesOfGroup(group).map(({ finding: f, count }) => `${visibleText(f.ruleId)}${count > 1 ? ` ×${count}` : ''}`).join(', ')}`,
    file: finding.file,
    startLine: finding.line,
    startColumn: finding.column,
  };
  // Columns only mean something on a single line; a finding on a block points at its first line.
  if (finding.endLine === finding.line && finding.endColumn !== undefined) annotation.endColumn = finding.endColumn;
  return annotation;
}
