import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import { check, daysAgo, failuresOf, MANIFEST, resultsOf, RISK_REGISTER, withManifest } from '../helpers/system.js';

// These rules are selected by the framework packs; iso-42001 selects them all.
const policy = { policy: 'iso-42001' };
const complete = (m: Record<string, any>) => {
  m.risk.impactAssessment = { path: 'docs/impact.md', approver: 'CRO', nextReview: daysAgo(-60) };
  m.risk.register = 'docs/risks.md';
  m.intendedUse = { purpose: 'Rank applications for review.', users: ['credit officers'], foreseeableMisuse: ['sole basis for decline'], accuracy: [{ metric: 'roc_auc', min: 0.7 }] };
};
const extra = { 'sys/docs/risks.md': RISK_REGISTER };

describe('risk rules', () => {
  it.each(['risk/impact-assessment', 'risk/register', 'risk/foreseeable-misuse', 'risk/not-prohibited'])('%s passes on a complete system', (rule) => {
    expect(resultsOf(check(withManifest(complete, extra), policy), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    {
      rule: 'risk/impact-assessment',
      name: 'a review date that has passed',
      mutate: (m: Record<string, any>) => (m.risk.impactAssessment.nextReview = daysAgo(10)),
      at: 'nextReview:',
      message: `risk.impactAssessment.nextReview was ${daysAgo(10)}, 10 days ago: it is overdue`,
    },
    {
      rule: 'risk/impact-assessment',
      name: 'no approver',
      mutate: (m: Record<string, any>) => delete m.risk.impactAssessment.approver,
      at: 'impactAssessment:',
      message: 'risk.impactAssessment.approver is missing',
    },
    {
      rule: 'risk/register',
      name: 'a register that does not exist',
      mutate: (m: Record<string, any>) => (m.risk.register = 'docs/nope.md'),
      at: 'register: docs/nope.md',
      message: 'sys/docs/nope.md does not exist',
    },
    {
      rule: 'risk/foreseeable-misuse',
      name: 'no misuse stated',
      mutate: (m: Record<string, any>) => delete m.intendedUse.foreseeableMisuse,
      at: 'intendedUse:',
      message: 'intendedUse.foreseeableMisuse is missing',
    },
  ])('$rule fails: $name', ({ rule, mutate, at, message }) => {
    const files = withManifest((m) => {
      complete(m);
      mutate(m);
    }, extra);
    expect(failuresOf(check(files, policy), rule)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
  });
});

describe('intended use in the manifest', () => {
  it('system/intended-purpose and system/accuracy-declared', () => {
    const files = withManifest((m) => {
      complete(m);
      delete m.intendedUse.users;
      delete m.intendedUse.accuracy;
    }, extra);
    const report = check(files, policy);
    expect(failuresOf(report, 'system/intended-purpose').map((f) => f.message)).toEqual(['intendedUse.users is missing']);
    expect(failuresOf(report, 'system/accuracy-declared').map((f) => f.message)).toEqual(['intendedUse.accuracy is missing']);
  });
});

describe('monitoring/event-logging (equals and threshold)', () => {
  it.each([
    [undefined, 'monitoring.logging.enabled is missing (must be true)'],
    [{ enabled: false, retentionDays: 400 }, 'monitoring.logging.enabled is false, not true'],
    [{ enabled: true, retentionDays: 90 }, 'monitoring.logging.retentionDays is 90, below the minimum 183'],
    [{ enabled: true }, 'monitoring.logging.retentionDays is missing'],
  ])('%j fails: %s', (logging, message) => {
    const files = withManifest((m) => {
      complete(m);
      if (logging) m.monitoring.logging = logging;
    }, extra);
    expect(failuresOf(check(files, policy), 'monitoring/event-logging').map((f) => f.message)).toContain(message);
  });

  it('passes with logging kept 183 days or more', () => {
    const files = withManifest((m) => {
      complete(m);
      m.monitoring.logging = { enabled: true, retentionDays: 183 };
    }, extra);
    expect(failuresOf(check(files, policy), 'monitoring/event-logging')).toEqual([]);
  });
});

describe('data preparation and known bias', () => {
  it('data/dataset-preparation asks training datasets only', () => {
    const files = withManifest((m) => {
      complete(m);
      m.data.datasets.push({ id: 'holdout', role: 'test', source: 's', revision: 'r', license: 'MIT', collection: 'c', personalData: { present: false }, knownBias: 'none known' });
    }, extra);
    expect(failuresOf(check(files, policy), 'data/dataset-preparation').map((f) => f.message)).toEqual([
      'data.datasets[0].preprocessing (dataset "train-2025") is missing (required when role is "training")',
      'data.datasets[0].labeling (dataset "train-2025") is missing (required when role is "training")',
    ]);
  });

  it('data/dataset-known-bias', () => {
    expect(failuresOf(check(withManifest(complete, extra), policy), 'data/dataset-known-bias').map((f) => f.message)).toEqual([
      'data.datasets[0].knownBias (dataset "train-2025") is missing',
    ]);
  });
});

describe('assurance rules', () => {
  const nist = { policy: 'nist-ai-rmf' };
  const assured = (m: Record<string, any>) => {
    complete(m);
    m.assurance = {
      security: { evidence: 'docs/security.md' },
      robustness: { evidence: 'docs/robustness.md#perturbations' },
      explainability: { method: 'SHAP', evidence: 'docs/robustness.md#reason-codes' },
      privacy: { evidence: 'docs/dpia.md' },
    };
  };
  const docs = {
    ...extra,
    'sys/docs/security.md': '# Threat model\n\nThe scoring API is internal only. Tested: feature manipulation by applicants (inputs are bounded), training-data poisoning (the data is signed) and model extraction.\n',
    'sys/docs/robustness.md':
      '# Robustness\n\n## Perturbations\n\nTests: scores move by less than one band under 5% noise on any income feature.\n\n## Reason codes\n\nTreeSHAP gives the three features that moved each score most; officers agreed with the reasons in 94% of 500 sampled cases.\n',
    'sys/docs/dpia.md': '# DPIA\n\nPersonal data: financial history and age band of applicants, pseudonymised at ingestion. Risks: re-identification and unfair decisions; measures: access control and appeal. Approved by the DPO.\n',
  };

  it.each(['assurance/security-testing', 'assurance/robustness-evaluation', 'assurance/explainability', 'assurance/privacy-assessment'])('%s passes with its evidence', (rule) => {
    expect(resultsOf(check(withManifest(assured, docs), nist), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('fails on missing evidence and on a section that does not exist', () => {
    const files = withManifest((m) => {
      assured(m);
      delete m.assurance.security;
      m.assurance.explainability.evidence = 'docs/robustness.md#lime';
    }, docs);
    const report = check(files, nist);
    expect(failuresOf(report, 'assurance/security-testing').map((f) => f.message)).toEqual(['assurance.security.evidence is missing']);
    expect(failuresOf(report, 'assurance/explainability').map((f) => f.message)).toEqual(['sys/docs/robustness.md has no section #lime']);
  });
});

