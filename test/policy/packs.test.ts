/** Each bundled pack on the examples, with its coverage table asserted. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine/gate.js';
import type { Report } from '../../src/report/report.js';
import { makeRepo } from '../helpers/repo.js';
import { check, compliantFiles, failuresOf, withManifest } from '../helpers/system.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const AS_OF = new Date('2026-11-22T23:59:59Z');
const run = (example: string, policy: string) => runGate({ root: ROOT, scanPath: `examples/${example}`, policy, now: AS_OF });

/** Control ids by status, for one system and framework. */
function table(report: Report, framework: string, system?: string) {
  const coverage = (system ? report.coverage.find((c) => c.system === system) : report.coverage[0])?.frameworks.find((f) => f.framework === framework);
  if (!coverage) throw new Error(`no ${framework} coverage`);
  const by: Record<string, string[]> = {};
  for (const control of coverage.controls) (by[control.status] ??= []).push(control.id);
  return { by, counts: coverage.counts, controls: coverage.controls };
}

// Organisation-level controls: an AI policy, tooling, societal impact, external reporting…
// No file in a model repository shows them, so no rule claims them.
const ISO_ORGANISATIONAL = ['A.2.2', 'A.2.3', 'A.2.4', 'A.3.3', 'A.4.4', 'A.4.5', 'A.5.5', 'A.6.1.2', 'A.6.2.5', 'A.8.3', 'A.8.5', 'A.9.2', 'A.10.4'];
// Controls whose content a rule judges: a report's values, a cited document read, a card's sections.
// A.4.2 and A.4.3: the ML-BOM's model, datasets, licences and hashes agree with the manifest (ml-bom/*).
// A.6.2.8: the collector config it ships shows a persistent logs pipeline kept 400 days.
const ISO_EVIDENCED = ['A.4.2', 'A.4.3', 'A.5.3', 'A.5.4', 'A.6.2.4', 'A.6.2.6', 'A.6.2.8', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6', 'A.8.2', 'A.8.4', 'A.9.3', 'A.9.4'];
// Controls only declarations support (an owner named, a tier, a dataset listed;
// A.6.2.7: the card and the manifest agree, two declarations compared).
// A.10.3 (suppliers): the card and manifest name no base model to compare, so only the datasets'
// licences, which are declared, speak to it.
// A.10.2: the roles declared agree with who trained the model (risk/roles-match-data).
const ISO_SUPPORTED = ['A.3.2', 'A.4.6', 'A.5.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.7', 'A.7.2', 'A.10.2', 'A.10.3'];

describe('iso-42001', () => {
  const report = run('credit-scoring', 'iso-42001');

  it('passes the compliant example; evidenced only where content is judged, supported where declared', () => {
    expect(report.verdict).toBe('pass');
    const { by, counts } = table(report, 'iso42001');
    expect(by['not-covered']).toEqual(ISO_ORGANISATIONAL);
    expect(by.evidenced).toEqual(ISO_EVIDENCED);
    expect(by.supported).toEqual(ISO_SUPPORTED);
    expect(counts).toEqual({ evidenced: 15, supported: 10, failing: 0, waived: 0, 'not-applicable': 0, 'not-covered': 13 });
  });

  it('shows human oversight (A.9.3) failing for a system that cannot be stopped, with the rule that decided it', () => {
    const failing = table(run('triage-assistant', 'iso-42001'), 'iso42001');
    expect(failing.controls.find((c) => c.id === 'A.9.3')).toMatchObject({ status: 'failing', rules: expect.arrayContaining(['oversight/stop']) });
  });
});

describe('eu-ai-act-high-risk', () => {
  it('passes the compliant example: the articles whose content is judged evidenced, the rest only supported or not covered', () => {
    const report = run('credit-scoring', 'eu-ai-act-high-risk');
    expect(report.verdict).toBe('pass');
    const { by, controls } = table(report, 'euAiAct');
    expect(by.evidenced).toEqual(['Art.9', 'Art.10', 'Art.12', 'Art.13', 'Art.15', 'Art.19', 'Art.26', 'Art.72', 'Art.73']);
    expect(by.supported).toEqual(['Art.4', 'Art.5', 'Art.6', 'Art.11', 'Art.14', 'Art.27']);
    expect(by['not-covered']).toEqual(['Art.16', 'Art.17', 'Art.18', 'Art.20', 'Art.43', 'Art.47', 'Art.48', 'Art.49', 'Art.86']);
    expect(by['not-applicable']).toEqual(['Art.50', 'Art.53', 'Art.55']);
    // Art. 14(4)(a) to (c) are declared, not shown: the article is not evidenced, and the report says why.
    expect(controls.find((c) => c.id === 'Art.14')?.reason).toBe('partly evidenced: no passing rule evidences Art.14(4)(a), Art.14(4)(b), Art.14(4)(c) itself');
    expect(controls.find((c) => c.id === 'Art.50')?.reason).toBe('applies to limited, gpai, gpai-systemic systems; this one is high');
  });

  // Auditor: agreeing names, versions and checksums (ml-bom/model-version, artifacts/sha256) made
  // the technical documentation evidenced; Annex IV has nine sections, and the gate judges two.
  it('counts Art. 11 as supported, naming the sections of Annex IV nothing judged', () => {
    const { controls } = table(run('credit-scoring', 'eu-ai-act-high-risk'), 'euAiAct');
    expect(controls.find((c) => c.id === 'Art.11')).toMatchObject({
      status: 'supported',
      reason: 'partly evidenced: no passing rule evidences Annex IV 1, Annex IV 3, Annex IV 4, Annex IV 5, Annex IV 6, Annex IV 7, Annex IV 8, Annex IV 9 itself',
    });
  });

  // Auditor: under the baseline, which checks no risk register, the card's list of misuses and
  // the bias tests made the risk management system (Art. 9) evidenced.
  it('counts Art. 9 as evidenced only with a risk register judged, not by a card and bias tests alone', () => {
    expect(table(run('credit-scoring', 'eu-ai-act-high-risk'), 'euAiAct').controls.find((c) => c.id === 'Art.9')).toMatchObject({ status: 'evidenced', rules: expect.arrayContaining(['risk/register']) });
    expect(table(run('credit-scoring', 'baseline'), 'euAiAct').controls.find((c) => c.id === 'Art.9')).toMatchObject({ status: 'supported', reason: 'partly evidenced: no passing rule evidences Art.9(2) itself' });
  });

  it('counts Art. 15 as evidenced by accuracy, a security scan and robustness results together', () => {
    const { controls } = table(run('credit-scoring', 'iso-42001'), 'euAiAct');
    expect(controls.find((c) => c.id === 'Art.15')?.status).toBe('evidenced');
  });

  it('does not count Art. 15 as evidenced by accuracy and a security scan alone: robustness is a part of it', () => {
    // The compliant example without its Giskard scan: nothing judges robustness (Art. 15(4)).
    const example = path.join(ROOT, 'examples', 'credit-scoring');
    const files = Object.fromEntries(
      fs
        .readdirSync(example, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.relative(example, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
          return [`sys/${file}`, fs.readFileSync(path.join(example, file), 'utf8')];
        }),
    );
    files['sys/ai-system.yaml'] = (files['sys/ai-system.yaml'] as string).replace(/\n {4}# Giskard's scan[\s\S]*?level: major \}\n(?= {2}explainability)/, '\n');
    expect(files['sys/ai-system.yaml']).not.toContain('results:');
    const { controls } = table(runGate({ root: makeRepo(files), scanPath: 'sys', policy: 'iso-42001', now: AS_OF }), 'euAiAct');
    expect(controls.find((c) => c.id === 'Art.15')).toMatchObject({ status: 'supported', reason: 'partly evidenced: no passing rule evidences Art.15(4) itself' });
  });

  it('shows Art. 14 failing for oversight in name only', () => {
    const { controls } = table(run('benefits-eligibility', 'eu-ai-act-high-risk'), 'euAiAct');
    expect(controls.find((c) => c.id === 'Art.14')?.status).toBe('failing');
  });

  it('fails a prohibited system outright, before any application date, whatever the pack', () => {
    for (const policy of ['baseline', 'eu-ai-act-high-risk', 'iso-42001']) {
      const report = check(withManifest((m) => (m.risk.euAiAct.tier = 'prohibited')), { policy, now: new Date('2026-01-01T00:00:00Z') });
      expect(failuresOf(report, 'risk/not-prohibited').map((f) => f.message)).toEqual([
        'risk.euAiAct.tier is "prohibited", which this policy does not allow: a prohibited AI practice (EU AI Act Art. 5) cannot be deployed',
      ]);
    }
  });
});

describe('nist-ai-rmf', () => {
  it('passes the compliant example: of all 72 subcategories, 18 evidenced (MAP 4.1 and GOVERN 6.1 by the ML-BOM checks, MEASURE 2.12 by the CodeCarbon file its card agrees with), 7 supported, the rest not covered (MEASURE 4.3: regression, needs a base; MANAGE 3.2: no base model to compare)', () => {
    const report = run('credit-scoring', 'nist-ai-rmf');
    expect(report.verdict).toBe('pass');
    const { by, controls } = table(report, 'nistAiRmf');
    expect(controls).toHaveLength(72);
    expect(by['not-applicable']).toBeUndefined();
    expect(by.supported).toEqual(['GOVERN 1.4', 'GOVERN 1.6', 'GOVERN 2.1', 'GOVERN 3.2', 'GOVERN 5.1', 'MAP 3.4', 'MEASURE 2.6']);
    expect(by.evidenced).toHaveLength(18);
    expect(by.evidenced).toEqual(expect.arrayContaining(['GOVERN 6.1', 'MAP 4.1', 'MEASURE 2.12']));
    expect(by['not-covered']).toHaveLength(72 - 18 - 7);
    expect(controls.find((c) => c.id === 'MANAGE 3.2')).toMatchObject({ status: 'not-covered', reason: 'no rule that checks it applied to this system' });
    // The regression rules compare with a base commit; without one they checked nothing.
    expect(controls.find((c) => c.id === 'MEASURE 4.3')).toMatchObject({ status: 'not-covered', reason: 'no rule that checks it applied to this system' });
    expect(by['not-covered']).toEqual(expect.arrayContaining(['GOVERN 1.1', 'GOVERN 1.7', 'MAP 5.1']));
    expect(controls.find((c) => c.id === 'MEASURE 2.12')?.status).toBe('evidenced');
  });

  it('shows MEASURE 2.11 failing on a fairness gap', () => {
    const { controls } = table(run('insurance-pricing', 'nist-ai-rmf'), 'nistAiRmf');
    expect(controls.find((c) => c.id === 'MEASURE 2.11')).toMatchObject({ status: 'failing', rules: expect.arrayContaining(['bias/thresholds-met']) });
  });
});

describe('applicability: coverage counts only the obligations of each system', () => {
  // Under the baseline (every EU article reported), as of the examples' date.
  const applicable = (example: string) => {
    const { controls } = table(run(example, 'baseline'), 'euAiAct');
    return controls.filter((c) => c.status !== 'not-applicable').map((c) => c.id);
  };
  const HIGH_RISK_PROVIDER = ['Art.9', 'Art.10', 'Art.11', 'Art.12', 'Art.13', 'Art.14', 'Art.15', 'Art.16', 'Art.17', 'Art.18', 'Art.19', 'Art.20', 'Art.43', 'Art.47', 'Art.48', 'Art.49', 'Art.72', 'Art.73'];

  it.each([
    ['credit-scoring', 'high, Annex III, provider and deployer', ['Art.4', 'Art.5', 'Art.6', ...HIGH_RISK_PROVIDER.slice(0, 12), 'Art.26', 'Art.27', ...HIGH_RISK_PROVIDER.slice(12, 16), ...HIGH_RISK_PROVIDER.slice(16), 'Art.86']],
    ['demand-forecast', 'minimal', ['Art.4', 'Art.5', 'Art.6']],
    ['support-chatbot', 'limited (a chatbot)', ['Art.4', 'Art.5', 'Art.6', 'Art.50']],
    // A deployer only: Art. 6 (classification) is the provider's; Art. 50 is, for its 50(4).
    ['council-news-summariser', 'limited, deployer only', ['Art.4', 'Art.5', 'Art.50']],
    ['open-weights-llm', 'gpai, provider only', ['Art.4', 'Art.5', 'Art.6', 'Art.50', 'Art.53']],
  ])('%s (%s)', (example, _tier, expected) => {
    expect(applicable(example)).toEqual(expected);
  });

  it('says why an obligation does not apply', () => {
    const { controls } = table(run('open-weights-llm', 'baseline'), 'euAiAct');
    expect(controls.find((c) => c.id === 'Art.9')).toMatchObject({ status: 'not-applicable', rules: [], reason: 'applies to high systems; this one is gpai' });
    expect(controls.find((c) => c.id === 'Art.55')).toMatchObject({ status: 'not-applicable', reason: 'applies to gpai-systemic systems; this one is gpai' });
    // Art. 53 applies: its documentation (1)(a)(b), the training-content summary (1)(d) and the
    // training energy are judged on content; no rule judges a copyright policy (1)(c), so the
    // article is supported, and the report says which part is missing.
    expect(controls.find((c) => c.id === 'Art.53')).toMatchObject({
      status: 'supported',
      rules: ['energy/card-agrees', 'energy/training-reported', 'energy/values-sane', 'transparency/gpai-technical-documentation', 'transparency/training-content-summary'],
      reason: 'partly evidenced: no passing rule evidences Art.53(1)(c) itself',
    });
  });

  it('before 2026-08-02 a high-risk system has only the obligations already in force', () => {
    const report = runGate({ root: ROOT, scanPath: 'examples/credit-scoring', policy: 'baseline', now: new Date('2026-03-01T00:00:00Z') });
    const { controls } = table(report, 'euAiAct');
    expect(controls.filter((c) => c.status !== 'not-applicable').map((c) => c.id)).toEqual(['Art.4', 'Art.5']);
  });
});

describe('trustworthiness', () => {
  it('evidences all six dimensions on the compliant example', () => {
    const report = run('credit-scoring', 'trustworthiness');
    expect(report.verdict).toBe('pass');
    expect(table(report, 'iso24028').by).toEqual({
      evidenced: ['security', 'privacy', 'safety', 'reliability-robustness', 'transparency-explainability', 'accountability-ethics'],
    });
  });

  it('keeps a mapped rule\'s other frameworks, and fails the dimension its evidence is missing from', () => {
    const report = check(compliantFiles(), { policy: 'trustworthiness' });
    const { controls } = table(report, 'iso24028');
    expect(controls.find((c) => c.id === 'security')).toMatchObject({ status: 'failing', rules: expect.arrayContaining(['assurance/security-testing']) });
    const stop = report.findings.find((f) => f.ruleId === 'oversight/stop');
    expect(stop?.evidences).toEqual({ iso42001: ['A.9.3'], euAiAct: ['Art.14(4)(e)'], nistAiRmf: ['MANAGE 2.4'], iso24028: ['safety'] });
    expect(stop?.supports).toEqual({ iso42001: ['A.6.1.3'] });
  });
});

describe('coverage', () => {
  it('a control no rule in the policy maps to is "not covered", never "evidenced"', () => {
    const report = check(compliantFiles(), { policy: 'baseline' });
    const { controls } = table(report, 'iso42001');
    expect(controls.find((c) => c.id === 'A.2.2')).toEqual({ id: 'A.2.2', title: 'AI policy', status: 'not-covered', rules: [] });
  });

  it('a rule a pack lowers to a notice fails no control: what it found keeps the control from "evidenced", and the reason names it', () => {
    const files: Record<string, string> = { ...compliantFiles(), 'pack.yaml': 'extends: baseline\nrules:\n  card/limitations: notice\n' } as Record<string, string>;
    files['sys/README.md'] = (files['sys/README.md'] as string).replace(/## Bias, Risks, and Limitations\n\n.*\n/, '');
    const report = check(files, { policy: 'pack.yaml' });
    expect(report.findings.filter((f) => f.ruleId === 'card/limitations' && f.status === 'fail').map((f) => f.severity)).toEqual(['notice']);
    expect(report.verdict).toBe('pass');
    const iso = table(report, 'iso42001').controls;
    expect(iso.find((c) => c.id === 'A.8.2')).toMatchObject({ status: 'supported', reason: 'a notice was found about it (card/limitations)' });
    expect(table(report, 'nistAiRmf').controls.find((c) => c.id === 'MAP 2.2')).toMatchObject({ status: 'supported', reason: 'a notice was found about it (card/limitations)' });
    // At error, the same card fails both.
    const strict = check(files, { policy: 'baseline' });
    expect(table(strict, 'iso42001').controls.find((c) => c.id === 'A.8.2')?.status).toBe('failing');
  });

  it('a control whose only rules did not apply is "not covered": nothing checked it, and it still applies', () => {
    const report = check(withManifest((m) => (m.lifecycle = 'design')), { policy: 'baseline' });
    expect(table(report, 'nistAiRmf').controls.find((c) => c.id === 'MEASURE 2.4')).toMatchObject({
      status: 'not-covered',
      rules: expect.arrayContaining(['monitoring/config-cited']),
      reason: 'no rule that checks it applied to this system',
    });
  });
});
