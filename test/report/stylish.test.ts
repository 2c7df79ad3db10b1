// The console report says how to fix each rule that failed, once a rule: the fix was only in
// `explain`, SARIF and Markdown, and a new user ran `explain` once per rule.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { Finding } from '../../src/types.js';

const root = path.resolve(__dirname, '../..');
const report = evaluateGate({ root, scanPath: 'examples/credit-scoring', now: new Date('2026-11-22T00:00:00Z') }).report;

function failing(ruleId: string, remediation?: string, line = 1): Finding {
  return {
    ruleId, status: 'fail', severity: 'error', system: 'credit-risk-scorer', message: `${ruleId} failed`, file: 'examples/credit-scoring/ai-system.yaml', line, column: 1, docs: '',
    evidences: {}, supports: {}, ...(remediation ? { remediation } : {}),
  };
}
const fixes = (findings: Finding[]) => {
  const out = formatStylish({ ...report, findings }, { color: false });
  const at = out.indexOf('How to fix\n');
  return at < 0 ? [] : out.slice(at).split('\n\n')[0]!.split('\n').slice(1);
};

describe('the console report\'s "How to fix"', () => {
  it.each<[string, Finding[], string[]]>([
    ['nothing failed: no section', [], []],
    ['each failing rule once, in the order they fail, its fix beside it', [failing('a/x', 'Do x.', 1), failing('a/x', 'Do x.', 2), failing('b/y', 'Do y.', 3)], ['  a/x  Do x.', '  b/y  Do y.']],
    ['a rule with no remediation is left out', [failing('a/x'), failing('b/y', 'Do y.')], ['  b/y  Do y.']],
    [
      'past fifteen rules, the rest are counted and sent to explain',
      Array.from({ length: 17 }, (_, i) => failing(`r/${String(i).padStart(2, '0')}`, `Fix ${i}.`, i + 1)),
      [...Array.from({ length: 15 }, (_, i) => `  r/${String(i).padStart(2, '0')}  Fix ${i}.`), '  … and 2 more rules: modelgate explain <rule-id>'],
    ],
    ['a fix is terminal text: no escape sequence or line break gets through', [failing('a/x', 'Do\u001b[2J x.\nNext')], ['  a/x  Do\\x1b[2J x.\\nNext']],
  ])('%s', (_name, findings, expected) => {
    expect(fixes(findings)).toEqual(expected);
  });
});

// From a new user: a policy notice in a run that passed was headed ✖, as if something failed.
describe("the console report's icon for a file that is no system's", () => {
  const notice = (severity: Finding['severity']): Finding => ({ ...failing('policy/changed'), severity, system: '.modelgate/policy.yaml', file: '.modelgate/policy.yaml' });
  it.each<[string, Finding['severity'], 'error' | 'warning', string]>([
    ['a notice below fail-on: ▲', 'notice', 'error', '▲ .modelgate/policy.yaml'],
    ['an error at fail-on: ✖', 'error', 'error', '✖ .modelgate/policy.yaml'],
    ['a warning with fail-on warning: ✖', 'warning', 'warning', '✖ .modelgate/policy.yaml'],
  ])('%s', (_name, severity, failOn, heading) => {
    const out = formatStylish({ ...report, failOn, findings: [notice(severity)] }, { color: false });
    expect(out.split('\n')).toContain(heading);
  });
});

describe("the console report's heading of a system", () => {
  it('names a manifest that cannot be read once: it has no id, and goes by its path', () => {
    const system = { ...report.systems[0]!, id: 'sys/ai-system.yaml', manifest: 'sys/ai-system.yaml', version: undefined, verdict: 'fail' as const };
    const out = formatStylish({ ...report, systems: [system], findings: [{ ...failing('manifest/readable'), system: system.id, file: system.manifest }] }, { color: false });
    expect(out.split('\n')[0]).toBe('✖ sys/ai-system.yaml');
  });

  it('names one whose id is not usable by its path alone, without the version after it', () => {
    const system = { ...report.systems[0]!, id: 'sys/ai-system.yaml', manifest: 'sys/ai-system.yaml', version: '1', verdict: 'fail' as const };
    const out = formatStylish({ ...report, systems: [system], findings: [{ ...failing('manifest/schema'), system: system.id, file: system.manifest }] }, { color: false });
    expect(out.split('\n')[0]).toBe('✖ sys/ai-system.yaml');
  });

  it('names a readable one by its id and version, then its manifest', () => {
    const systems = [{ ...report.systems[0]!, verdict: 'fail' as const }];
    expect(formatStylish({ ...report, systems, findings: [failing('a/x')] }, { color: false }).split('\n')[0]).toBe('✖ credit-risk-scorer 2.3.0  examples/credit-scoring/ai-system.yaml');
  });
});

describe("the console report's passing systems", () => {
  it('are one line each, set off by a blank line from a failing system before them', () => {
    const base = report.systems[0]!;
    const systems = [
      { ...base, id: 'a', manifest: 'a/ai-system.yaml', verdict: 'fail' as const },
      { ...base, id: 'b', manifest: 'b/ai-system.yaml', verdict: 'pass' as const },
      { ...base, id: 'c', manifest: 'c/ai-system.yaml', verdict: 'pass' as const },
    ];
    const out = formatStylish({ ...report, systems, findings: [{ ...failing('a/x'), system: 'a', file: 'a/ai-system.yaml' }] }, { color: false });
    expect(out.split('\n').slice(0, 6)).toEqual([
      '✖ a 2.3.0  a/ai-system.yaml',
      '  a/ai-system.yaml',
      '    1:1     error    a/x failed  a/x',
      '',
      '✔ b 2.3.0  b/ai-system.yaml',
      '✔ c 2.3.0  c/ai-system.yaml',
    ]);
  });
});
