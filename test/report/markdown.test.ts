/**
 * The job summary's size cap: what is left out is said, and `complete` (which the Action turns
 * into "every finding is listed above" or a pointer to the JSON report) is true only when
 * every failing finding is in the Markdown.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { formatComment } from '../../src/report/pr-comment.js';
import { formatStylish } from '../../src/report/stylish.js';

const root = path.resolve(__dirname, '../..');
const { report } = evaluateGate({ root, scanPath: 'examples', now: new Date('2026-06-01T00:00:00Z') });

// A new user read "47 errors in 15 systems" as every system failing: each summary says how many do.
describe('the summary line of the job summary, the pull request comment and the console', () => {
  const failing = report.systems.filter((s) => s.verdict === 'fail').length;
  it.each([
    ['job summary', () => renderMarkdown(report).markdown, `across ${report.systems.length} systems (${failing} failing)`],
    ['pull request comment', () => formatComment(report, { key: 'modelgate' }), `across ${report.systems.length} systems (${failing} failing)`],
    ['console', () => formatStylish(report, { color: false }), `in ${report.systems.length} systems (${failing} failing)`],
  ])('%s: the systems and how many fail', (_, render, phrase) => {
    expect(failing).toBeGreaterThan(0);
    expect(render()).toContain(phrase);
  });

  it('says nothing of failing systems when none fails', () => {
    const passing = { ...report, verdict: 'pass' as const, systems: report.systems.map((s) => ({ ...s, verdict: 'pass' as const })) };
    expect(renderMarkdown(passing).markdown).not.toContain('failing)');
  });
});

describe('renderMarkdown', () => {
  it('is complete under the step summary cap, with a section for every failing system', () => {
    const { markdown, complete } = renderMarkdown(report);
    expect(complete).toBe(true);
    for (const system of report.systems.filter((s) => s.verdict === 'fail')) expect(markdown).toContain(`### ${system.id}`);
    expect(markdown).not.toContain('not shown here');
  });

  it('one fact two rules found (a TODO marker) is one row naming both rules', () => {
    const [first] = report.findings.filter((f) => f.status === 'fail');
    const twin = { ...first!, ruleId: 'system/no-placeholders', remediation: 'Replace the placeholder.' };
    const { markdown } = renderMarkdown({ ...report, findings: [first!, twin] });
    const rows = markdown.split('\n').filter((l) => l.includes(`${first!.file}:${first!.line}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(first!.ruleId);
    expect(rows[0]).toContain('system/no-placeholders');
    expect(rows[0]).toContain('Replace the placeholder.');
  });

  it('under a small cap, leaves systems out, says how many, and is not complete', () => {
    const { markdown, complete } = renderMarkdown(report, { maxBytes: 12_000 });
    expect(complete).toBe(false);
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(12_000);
    const shown = report.systems.filter((s) => s.verdict === 'fail' && markdown.includes(`### ${s.id}`)).length;
    const failing = new Set(report.findings.filter((f) => f.status === 'fail').map((f) => f.system)).size;
    expect(shown).toBeLessThan(failing);
    expect(markdown).toMatch(/^> .*not shown.*every finding is in the JSON report\.$/m);
  });
});
