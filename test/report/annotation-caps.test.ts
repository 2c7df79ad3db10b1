/**
 * Workflow-command annotations within GitHub's per-step caps (10 errors, 10 warnings, 10
 * notices): the Action's own warnings hold their slots, so they never take a finding's place,
 * and the closing notice counts exactly what was left out.
 */
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { truncateBytes } from '../../src/github/check-run.js';
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
