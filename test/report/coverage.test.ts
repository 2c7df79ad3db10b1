/** How findings decide a control's coverage status, one finding shape at a time. */
import { describe, expect, it } from 'vitest';
import { meaningOf } from '../../src/report/conformance.js';
import { computeCoverage, foldIntoCoverage, type ControlCoverage } from '../../src/report/coverage.js';
import type { Finding, Severity, Status } from '../../src/types.js';

// A new scope each time: coverage is remembered per scope and set of results (rule, status, severity).
const context = () => ({ scope: new Map([['iso42001' as const, ['A.6.2.4']]]), timeline: 'regulation' as const, asOf: new Date('2026-11-22') });

function finding(ruleId: string, status: Status, severity: Severity, strength: 'evidences' | 'supports' = 'evidences'): Finding {
  const controls = { iso42001: ['A.6.2.4'] };
  return {
    ruleId, status, severity, system: 's', message: 'm', file: 'f', line: 1, column: 1, docs: '',
    evidences: strength === 'evidences' ? controls : {}, supports: strength === 'supports' ? controls : {},
  };
}

function controlFrom(findings: Finding[]): Omit<ControlCoverage, 'title'> {
  const [system] = computeCoverage([{ id: 's' }], findings, context());
  const { title: _title, ...control } = system!.frameworks[0]!.controls[0]!;
  return control;
}

describe('coverage status of one control', () => {
  it.each<[string, Finding[], Omit<ControlCoverage, 'title'>]>([
    ['a passing rule that judged content: evidenced', [finding('a/x', 'pass', 'error')], { id: 'A.6.2.4', status: 'evidenced', rules: ['a/x'] }],
    ['a passing declaration: supported', [finding('a/x', 'pass', 'error', 'supports')], { id: 'A.6.2.4', status: 'supported', rules: ['a/x'] }],
    ['an error failing beside a pass: failing', [finding('a/x', 'pass', 'error'), finding('a/y', 'fail', 'error')], { id: 'A.6.2.4', status: 'failing', rules: ['a/x', 'a/y'] }],
    ['a warning failing: failing', [finding('a/y', 'fail', 'warning')], { id: 'A.6.2.4', status: 'failing', rules: ['a/y'] }],
    [
      'a notice beside a pass that judged content: supported, not evidenced, and the reason names it',
      [finding('a/x', 'pass', 'error'), finding('a/n', 'fail', 'notice')],
      { id: 'A.6.2.4', status: 'supported', rules: ['a/n', 'a/x'], reason: 'a notice was found about it (a/n)' },
    ],
    ['only a notice: nothing checked it, and the reason says so', [finding('a/n', 'fail', 'notice')], { id: 'A.6.2.4', status: 'not-covered', rules: ['a/n'], reason: 'only a notice was found about it (a/n)' }],
    ['a notice beside an error: failing', [finding('a/n', 'fail', 'notice'), finding('a/y', 'fail', 'error')], { id: 'A.6.2.4', status: 'failing', rules: ['a/n', 'a/y'] }],
    ['a rule that did not apply: not covered', [finding('a/x', 'not-applicable', 'error')], { id: 'A.6.2.4', status: 'not-covered', rules: ['a/x'], reason: 'no rule that checks it applied to this system' }],
    // From a new user: bias rules scoped away by the policy were named as if they had evidenced the control.
    ['a pass beside rules that did not apply: evidenced, naming only the rule that checked it', [finding('a/x', 'pass', 'error'), finding('b/1', 'not-applicable', 'error'), finding('b/2', 'not-applicable', 'error')], { id: 'A.6.2.4', status: 'evidenced', rules: ['a/x'] }],
  ])('%s', (_name, findings, expected) => {
    expect(controlFrom(findings)).toEqual(expected);
  });

  it('two systems with the same results but for severity (a per-path override made it a notice for one) do not share coverage', () => {
    const error = finding('a/y', 'fail', 'error');
    const notice = { ...finding('a/y', 'fail', 'notice'), system: 't' };
    const [s, t] = computeCoverage([{ id: 's' }, { id: 't' }], [error, notice], context());
    expect(s!.frameworks[0]!.controls[0]?.status).toBe('failing');
    expect(t!.frameworks[0]!.controls[0]?.status).toBe('not-covered');
  });

  it.each<[string, Finding[]]>([
    ['a rule that did not apply', [finding('a/x', 'not-applicable', 'error')]],
    ['nothing at all', []],
  ])('a notice folded in later over %s reads as one computed with it: not covered, naming the notice', (_what, earlier) => {
    const [folded] = computeCoverage([{ id: 's' }], earlier, context());
    foldIntoCoverage(folded!, finding('waiver/expiring', 'fail', 'notice', 'supports'));
    const [direct] = computeCoverage([{ id: 's' }], [...earlier, finding('waiver/expiring', 'fail', 'notice', 'supports')], context());
    expect(folded!.frameworks[0]!.controls[0]).toEqual(direct!.frameworks[0]!.controls[0]);
    expect(folded!.frameworks[0]!.controls[0]).toMatchObject({ status: 'not-covered', reason: 'only a notice was found about it (waiver/expiring)' });
  });

  it('under --fail-on notice a notice fails the gate, and so its controls, computed or folded', () => {
    const [computed] = computeCoverage([{ id: 's' }], [finding('a/x', 'pass', 'error'), finding('a/n', 'fail', 'notice')], { ...context(), failOn: 'notice' });
    expect(computed!.frameworks[0]!.controls[0]).toMatchObject({ status: 'failing', rules: ['a/n', 'a/x'] });
    expect(computed!.frameworks[0]!.controls[0]?.reason).toBeUndefined();
    const [folded] = computeCoverage([{ id: 's' }], [finding('a/x', 'pass', 'error')], { ...context(), failOn: 'notice' });
    foldIntoCoverage(folded!, finding('waiver/expiring', 'fail', 'notice', 'supports'), 'notice');
    expect(folded!.frameworks[0]!.controls[0]).toMatchObject({ status: 'failing' });
  });

  it.each<[Pick<ControlCoverage, 'status' | 'reason'>, string]>([
    [{ status: 'supported', reason: 'a notice was found about it (waiver/expiring)' }, 'supported (a notice was found about it (waiver/expiring))'],
    [{ status: 'not-covered', reason: 'only a notice was found about it (a/n)' }, 'not covered (only a notice was found about it (a/n))'],
    [{ status: 'supported' }, 'supported (declared or present; content not judged)'],
  ])('the audit exports give the reason coverage gave: %j', (control, soa) => {
    expect(meaningOf(control)).toMatchObject({ soa, conformance: 'not-met', ...(control.reason ? { rationale: control.reason } : {}) });
  });

  it('a notice folded in later (an expiring waiver) lowers "evidenced" to "supported" and names each notice; it never makes the control failing', () => {
    const [system] = computeCoverage([{ id: 's' }], [finding('a/x', 'pass', 'error')], context());
    foldIntoCoverage(system!, finding('waiver/expiring', 'fail', 'notice', 'supports'));
    foldIntoCoverage(system!, finding('baseline/fixed', 'fail', 'notice', 'supports'));
    expect(system!.frameworks[0]!.controls[0]).toMatchObject({ status: 'supported', reason: 'a notice was found about it (baseline/fixed, waiver/expiring)' });
    expect(system!.frameworks[0]!.counts).toMatchObject({ evidenced: 0, supported: 1, failing: 0 });
    foldIntoCoverage(system!, finding('waiver/valid', 'fail', 'error', 'supports'));
    expect(system!.frameworks[0]!.controls[0]).toMatchObject({ status: 'failing' });
    expect(system!.frameworks[0]!.controls[0]?.reason).toBeUndefined();
  });
});
