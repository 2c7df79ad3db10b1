/**
 * Workflow-command annotations within GitHub's per-step caps (10 errors, 10 warnings, 10
 * notices): the Action's own warnings hold their slots, so they never take a finding's place,
 * and the closing notice counts exactly what was left out.
 */
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { checkAnnotations, truncateBytes } from '../../src/github/check-run.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { Finding } from '../../src/types.js';
import { runnerLog } from '../../src/action/io.js';
import { reportWorkflowCommands } from '../../src/report/workflow-commands.js';

const root = path.resolve(__dirname, '../..');

function written(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split(/\r?\n/).filter(Boolean));
    return true;
  });
  return run().then(
    () => (spy.mockRestore(), lines),
    (error) => {
      spy.mockRestore();
      throw error;
    },
  );
}

describe('workflow-command annotations', () => {
  it("leave the Action's own warnings their slots and count what they leave out exactly", async () => {
    const { report } = evaluateGate({ root, scanPath: 'examples', now: new Date('2026-06-01T00:00:00Z') });
    // Every failing finding as a warning: more than the 10 GitHub shows.
    for (const finding of report.findings) if (finding.status === 'fail') finding.severity = 'warning';
    const failing = report.findings.filter((f) => f.status === 'fail').length;
    expect(failing).toBeGreaterThan(12);

    const lines = await written(async () => {
      runnerLog.annotation('warning', 'modelgate: the Action warns about itself', {});
      runnerLog.annotation('warning', 'modelgate: and again', {});
      reportWorkflowCommands(report.findings, runnerLog.annotation, { warningsShown: 2 });
    });
    const warnings = lines.filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(10);
    expect(warnings.slice(0, 2)).toEqual(['::warning::modelgate: the Action warns about itself', '::warning::modelgate: and again']);
    const notices = lines.filter((l) => l.startsWith('::notice'));
    expect(notices).toEqual([expect.stringContaining(`modelgate: ${failing - 8} more findings are not shown as annotations`)]);
  });
});

describe('one fact found by two rules', () => {
  const marker = (ruleId: string, remediation: string, system = 'm'): Finding => ({
    ruleId, status: 'fail', severity: 'error', system, message: 'owner.team is still a placeholder: "TODO: the owning team"',
    file: 'm/ai-system.yaml', line: 16, column: 9, endLine: 16, endColumn: 32, docs: '', remediation, evidences: {}, supports: {},
  });
  const findings = [marker('system/owner', 'Name the owning team.'), marker('system/no-placeholders', 'Replace the placeholder.'), marker('system/owner', 'Name the owning team.', 'other')];

  it('is one workflow-command annotation naming both rules, each fix once; another system\'s is its own', () => {
    const plan = planAnnotations(findings, { error: 1, warning: 10, notice: 10 });
    expect(plan.annotations).toEqual([
      {
        level: 'error', file: 'm/ai-system.yaml', startLine: 16, startColumn: 9, endColumn: 32,
        title: 'modelgate system/owner, system/no-placeholders',
        message: 'owner.team is still a placeholder: "TODO: the owning team"\nFix: Name the owning team.\nFix: Replace the placeholder.',
      },
    ]);
    // What did not fit is counted in findings, as the closing notice says.
    expect(plan).toMatchObject({ shown: 2, omitted: 1 });
  });

  it('counts in findings when the closing notice takes the slot of a notice that showed two', () => {
    const notice = (line: number, ruleId: string, message = `m${line}`): Finding => ({ ...marker(ruleId, ''), severity: 'notice', line, message, remediation: undefined });
    const notices = [...Array.from({ length: 9 }, (_, i) => notice(i + 1, 'a/x')), notice(10, 'a/x'), notice(10, 'b/y'), notice(11, 'a/x')];
    const plan = planAnnotations(notices);
    expect(plan.annotations).toHaveLength(9);
    expect(plan).toMatchObject({ shown: 9, omitted: 3 });
    expect(plan.overflowNotice).toMatch(/^modelgate: 3 more findings are not shown/);
  });

  it('is one check run annotation', () => {
    expect(checkAnnotations(findings).map((a) => a.title)).toEqual(['modelgate system/owner, system/no-placeholders (m)', 'modelgate system/owner (other)']);
  });

  it('the same rule twice in a group (two datasets citing one card) is named once, with how many', () => {
    const twice = [marker('data/dataset-card-sections', 'Fill in the card.'), marker('data/dataset-card-sections', 'Fill in the card.')];
    expect(planAnnotations(twice).annotations.map((a) => a.title)).toEqual(['modelgate data/dataset-card-sections ×2']);
    expect(formatStylish({ ...evaluateGate({ root, scanPath: 'examples/credit-scoring', now: new Date('2026-11-22T00:00:00Z') }).report, findings: twice }, { color: false, verbose: false })).toContain('owner.team is still a placeholder: "TODO: the owning team"  data/dataset-card-sections ×2\n');
  });

  it('a different message at the same place stays apart', () => {
    const other = { ...marker('data/x', 'Fix x.'), message: 'owner.team is missing' };
    expect(planAnnotations([findings[0] as Finding, other]).annotations).toHaveLength(2);
  });
});

describe('truncateBytes', () => {
  it.each([
    ['ASCII under the cap', 'abc', 10, 'abc'],
    ['ASCII over the cap', 'abcdefghijkl', 10, 'abcdefg…'],
    ['a 3-byte character not split', '€€€€', 10, '€€…'],
    ['a 4-byte character not split', '😀😀😀', 9, '😀…'],
  ])('%s', (_label, text, max, expected) => {
    const cut = truncateBytes(text, max);
    expect(cut).toBe(expected);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(max);
  });

  it('keeps a 64 KB annotation message of multi-byte text under 65,536 bytes', () => {
    const cut = truncateBytes('é'.repeat(40_000), 64 * 1024);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(64 * 1024);
    expect(cut.length).toBeGreaterThan(32_000);
  });
});
