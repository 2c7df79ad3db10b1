/**
 * A small AI system that passes every baseline rule, as a file map, plus helpers to break it
 * one way at a time and look at what a single rule found.
 */
import { parse, stringify } from 'yaml';
import { runGate, type GateOptions } from '../../src/engine/gate.js';
import type { Report } from '../../src/report/report.js';
import type { Finding } from '../../src/types.js';
import { makeRepo, type Files } from './repo.js';

export const MANIFEST = 'sys/ai-system.yaml';

export function compliantManifest(): Record<string, any> {
  return {
    id: 'demo-scorer',
    name: 'Demo Scorer',
    version: '1.2.0',
    owner: { team: 'ML Platform', contact: 'ml@example.com' },
    lifecycle: 'deployment',
    modelCard: 'README.md',
    risk: { euAiAct: { tier: 'high', basis: 'Annex III 5(b)' }, impactAssessment: { path: 'docs/impact.md' } },
    data: {
      datasets: [
        {
          id: 'train-2025',
          role: 'training',
          source: 'Internal application records',
          revision: 'v3',
          license: 'LicenseRef-Internal',
          collection: 'Online applications 2023-2025',
          personalData: { present: true, purpose: 'scoring', legalBasis: 'contract', handling: 'pseudonymised' },
          card: 'data/train.md',
        },
      ],
    },
    bias: {
      sensitiveAttributes: ['age_band', 'sex'],
      reports: [{ path: 'evidence/bias.json', format: 'modelgate' }],
    },
    monitoring: { config: 'monitoring/drift.yaml', format: 'modelgate' },
    oversight: {
      autonomy: 'human-in-the-loop',
      accountableOwner: 'Head of Lending',
      plan: 'docs/oversight.md',
      capabilities: {
        understandLimits: { evidence: 'docs/oversight.md#limits' },
        monitorAnomalies: { evidence: 'docs/oversight.md#anomalies' },
        avoidAutomationBias: { evidence: 'docs/oversight.md#automation-bias' },
        interpretOutput: { evidence: 'docs/oversight.md#reading-the-score' },
        override: { mechanism: 'Officers decide; the score is advisory.', evidence: 'docs/oversight.md#override' },
        stop: { mechanism: 'Feature flag SCORER_ENABLED=false.', evidence: 'runbooks/stop.md' },
      },
      reviewers: [{ role: 'credit officer', authority: 'Decides every application.', training: 'Model literacy course.' }],
    },
  };
}

export const COMPLIANT_CARD = `---
license: apache-2.0
pipeline_tag: tabular-classification
---

# Demo Scorer

## Uses

Ranks applications for manual review by credit officers.

### Out-of-Scope Use

Automatic rejection of applicants without review.

## Bias, Risks, and Limitations

Thin-file applicants get less reliable scores.

## Evaluation

ROC AUC 0.81 on the 2025 hold-out set.

## Model Card Contact

ml@example.com
`;

export function compliantBiasReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'modelgate/bias-report@1',
    model: { name: 'demo-scorer', version: '1.2.0' },
    generatedAt: daysAgo(30),
    results: [
      { attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.04 },
      { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.02 },
    ],
    ...overrides,
  };
}

export const COMPLIANT_MONITORING = `schema: modelgate/monitoring@1
reference: { dataset: train-2025, revision: v3 }
metrics:
  - { name: feature_drift, method: psi, threshold: 0.2 }
  - { name: roc_auc, method: performance, min: 0.75 }
schedule: "0 6 * * 1"
alerts:
  route: pagerduty:ml
  owner: ml on-call
`;

export const DATASET_CARD = `---
license: other
size_categories: [10K<n<100K]
---
# Train 2025

## Source Data

Internal application records, 2023-2025.

## Annotations

Labels come from the repayment ledger.

## Personal and Sensitive Information

Pseudonymised applicant records.

## Bias, Risks, and Limitations

Young applicants are under-represented.
`;

export const OVERSIGHT_PLAN = `# Oversight

## Limits

Officers are trained on where the score is weak.

## Anomalies

A dashboard shows the daily score distribution.

## Automation bias

The score is shown after the officer's own assessment.

## Reading the score

Each score comes with its three main reasons.

## Override

Officers decide every application and may disregard the score; an applicant can appeal any decision.
`;

/** Evidence documents that say what their kind says (document-content judges each one). */
export const IMPACT_ASSESSMENT = `# Impact assessment

Affected persons: loan applicants. The main risk is unfair treatment of young applicants with
short credit histories. Mitigations: advisory use only, reweighting, and an appeal to a senior officer.
`;

export const STOP_RUNBOOK = `# Stop

Set SCORER_ENABLED=false in the scoring service; within a minute every application goes to full manual review.
`;

export const RISK_REGISTER = `# Risk register

| Risk | Likelihood | Treatment | Owner | Residual |
|---|---|---|---|---|
| Unfair scores for young applicants | medium | reweighting and bias thresholds | ML team | low |
| Officers rubber-stamp the score | medium | score hidden until the file is opened | Head of Lending | medium |
`;

/** An ISO date this many days before now: evidence in fixtures must not go stale as time passes. */
export function daysAgo(days: number): string {
  return timeAgo(days).slice(0, 10);
}

/** An ISO date-time exactly this many days before now (ages computed from it are whole days). */
export function timeAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
}

export function compliantFiles(manifest: Record<string, any> = compliantManifest()): Files {
  return {
    [MANIFEST]: stringify(manifest),
    'sys/README.md': COMPLIANT_CARD,
    'sys/data/train.md': DATASET_CARD,
    // Named for the system, so two systems in one repository have reports of their own (a copy is another's: evidence/own-system).
    'sys/evidence/bias.json': JSON.stringify(compliantBiasReport(manifest.id === undefined || manifest.id === 'demo-scorer' ? {} : { model: { name: manifest.id, version: '1.2.0' } }), null, 2),
    'sys/monitoring/drift.yaml': COMPLIANT_MONITORING,
    'sys/docs/oversight.md': OVERSIGHT_PLAN,
    'sys/docs/impact.md': IMPACT_ASSESSMENT,
    'sys/runbooks/stop.md': STOP_RUNBOOK,
  };
}

/** The compliant files with the manifest changed by `mutate`. */
export function withManifest(mutate: (manifest: Record<string, any>) => void, extra: Files = {}): Files {
  const manifest = compliantManifest();
  mutate(manifest);
  return { ...compliantFiles(manifest), ...extra };
}

/** Runs the gate on a fresh repository; a relative `policy` is read from that repository. */
export function check(files: Files, options: Partial<GateOptions> = {}): Report {
  const root = makeRepo(files);
  return runGate({ root, policyBaseDir: root, ...options });
}

export interface Seen {
  status: Finding['status'];
  file: string;
  line: number;
  message: string;
}

/** What one rule reported: its failures, or its single pass / not-applicable result. */
export function resultsOf(report: Report, ruleId: string): Seen[] {
  return report.findings
    .filter((f) => f.ruleId === ruleId)
    .map(({ status, file, line, message }) => ({ status, file, line, message }));
}

export function failuresOf(report: Report, ruleId: string): Array<Omit<Seen, 'status'>> {
  return resultsOf(report, ruleId)
    .filter((f) => f.status === 'fail')
    .map(({ file, line, message }) => ({ file, line, message }));
}

export function failingRuleIds(report: Report): string[] {
  return [...new Set(report.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId))].sort();
}

export function manifestText(files: Files): string {
  return files[MANIFEST] as string;
}

export { parse };
