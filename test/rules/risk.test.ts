import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runGate } from '../../src/engine/gate.js';
import { lineOf, makeRepo } from '../helpers/repo.js';
import { check, daysAgo, failuresOf, MANIFEST, resultsOf, RISK_REGISTER, withManifest } from '../helpers/system.js';

// These rules are selected by the framework packs; iso-42001 selects them all.
const policy = { policy: 'iso-42001' };
const complete = (m: Record<string, any>) => {
  m.risk.impactAssessment = { path: 'docs/impact.md', approver: 'CRO', date: daysAgo(30), nextReview: daysAgo(-60) };
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
      // Auditor: an assessment dated as approved two months ahead passed.
      rule: 'risk/impact-assessment',
      name: 'an approval dated after the run',
      mutate: (m: Record<string, any>) => (m.risk.impactAssessment.date = daysAgo(-30)),
      at: 'date:',
      message: `risk.impactAssessment.date is ${daysAgo(-30)}, after the run's day: a day that has not come is not when it was done`,
    },
    {
      rule: 'risk/impact-assessment',
      name: 'no approver',
      mutate: (m: Record<string, any>) => delete m.risk.impactAssessment.approver,
      at: 'impactAssessment:',
      message: 'risk.impactAssessment.approver is missing',
    },
    // Red team: an assessment "approved" by None passed, and A.5.3 counted evidenced.
    {
      rule: 'risk/impact-assessment',
      name: 'an approver who is no one',
      mutate: (m: Record<string, any>) => (m.risk.impactAssessment.approver = 'None'),
      at: 'approver: None',
      message: 'risk.impactAssessment.approver is "None", which names no one who holds the duty',
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
    expect(failuresOf(report, 'assurance/explainability').map((f) => f.message)).toEqual(['sys/docs/robustness.md has no section #lime; its sections: #robustness, #perturbations, #reason-codes']);
  });
});


describe('risk/tier-matches-basis', () => {
  const withTier = (euAiAct: Record<string, unknown>, extraFiles = {}) => withManifest((m) => (m.risk.euAiAct = euAiAct), extraFiles);
  const assessment = {
    'sys/docs/art-6-4.md':
      '# Art. 6(4) assessment\n\nThe system only sorts incoming applications into the queue of the team that handles their product. It performs a narrow procedural task (Art. 6(3)(a)): it scores no one, and the credit officer who decides sees every application whatever its place in the queue.\n\n## Profiling\n\nIt does not profile natural persons: it reads the product field of the form and nothing about the applicant.\n',
  };

  it.each([
    ['high with an Annex III basis', { tier: 'high', basis: 'Annex III 5(b): creditworthiness' }],
    ['minimal with prose that mentions Annex III without citing it', { tier: 'minimal', basis: 'Not an Annex III use: forecasts aggregate demand' }],
    ['limited with an Art. 50 basis', { tier: 'limited', basis: 'Art. 50(1): people are told they talk to an AI system' }],
    ['minimal, Annex III, with the Art. 6(4) assessment cited', { tier: 'minimal', basis: 'Annex III 5(b): prepares files; a narrow procedural task (Art. 6(3)(a))', notHighRiskAssessment: 'docs/art-6-4.md' }],
    ['high without a basis (nothing is relieved)', { tier: 'high' }],
  ])('passes: %s', (_name, euAiAct) => {
    expect(resultsOf(check(withTier(euAiAct, assessment)), 'risk/tier-matches-basis').map((r) => r.status)).toEqual(['pass']);
  });

  it.each([
    {
      name: 'minimal with an Annex III basis and no assessment',
      euAiAct: { tier: 'minimal', basis: 'Annex III 5(b): evaluates the creditworthiness of natural persons' },
      message: 'risk.euAiAct.tier is "minimal", but the basis cites Annex III, a high-risk area (Art. 6(2)); without the documented Art. 6(4) assessment that it is not high-risk (risk.euAiAct.notHighRiskAssessment), it is high',
    },
    {
      name: 'minimal without a basis',
      euAiAct: { tier: 'minimal' },
      message: 'risk.euAiAct.tier is "minimal", but risk.euAiAct.basis does not say why: state the provision it rests on (e.g. "Art. 50(1): …", or why no Annex III area applies)',
    },
    {
      name: 'minimal, the Annex III point cited mid-sentence and spelt otherwise',
      euAiAct: { tier: 'minimal', basis: 'Creditworthiness of natural persons (Annex 3, point 5(b))' },
      message: 'risk.euAiAct.tier is "minimal", but the basis cites Annex III, a high-risk area (Art. 6(2)); without the documented Art. 6(4) assessment that it is not high-risk (risk.euAiAct.notHighRiskAssessment), it is high',
    },
    {
      name: 'limited with an Annex I basis',
      euAiAct: { tier: 'limited', basis: 'Annex I Section A 11: safety component of a medical device' },
      message: 'risk.euAiAct.tier is "limited", but the basis cites Annex I: an AI system that is, or is a safety component of, a product of Annex I is high-risk (Art. 6(1))',
    },
    {
      name: 'minimal, Annex III, assessed, but profiling',
      euAiAct: { tier: 'minimal', basis: 'Annex III 4(a): profiling of applicants to rank them', notHighRiskAssessment: 'docs/art-6-4.md' },
      message: 'risk.euAiAct.tier is "minimal", but the basis says the system profiles natural persons: an Annex III system that profiles is always high-risk (Art. 6(3), last subparagraph)',
    },
  ])('fails at the tier: $name', ({ euAiAct, message }) => {
    const files = withTier(euAiAct, assessment);
    expect(failuresOf(check(files), 'risk/tier-matches-basis')).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, `tier: ${euAiAct.tier}`), message }]);
  });

  it('fails when the cited assessment does not address the Art. 6(3) condition and profiling (the model card cited instead)', () => {
    const files = withTier({ tier: 'minimal', basis: 'Annex III 5(b): prepares files', notHighRiskAssessment: 'README.md' });
    const [failure] = failuresOf(check(files), 'risk/tier-matches-basis');
    expect(failure?.message).toBe("sys/README.md is this system's model card, not an Art. 6(4) assessment: cite the Art. 6(4) assessment, or the section of the card that holds it (sys/README.md#…)");
  });

  it('fails when the cited assessment is missing', () => {
    const files = withTier({ tier: 'minimal', basis: 'Annex III 5(b): prepares files', notHighRiskAssessment: 'docs/none.md' });
    expect(failuresOf(check(files), 'risk/tier-matches-basis')).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'notHighRiskAssessment:'), message: 'sys/docs/none.md does not exist' }]);
  });

  it('fails the credit-scoring example declared minimal with its Annex III 5(b) basis kept (it passed the baseline before)', () => {
    const root = makeRepo({});
    cpSync(path.join(import.meta.dirname, '..', '..', 'examples', 'credit-scoring'), root, { recursive: true });
    const file = path.join(root, 'ai-system.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('tier: high', 'tier: minimal'));
    const report = runGate({ root, now: new Date('2026-11-22T12:00:00Z') });
    expect(report.verdict).toBe('fail');
    expect(report.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId)).toEqual(['risk/tier-matches-basis']);
  });
});

describe('no pass on a tier or basis still to declare', () => {
  it('a TODO tier: risk/not-prohibited and risk/tier-matches-basis judge nothing (system/risk-tier reports it)', () => {
    const report = check(withManifest((m) => (m.risk.euAiAct.tier = 'TODO: the tier')));
    expect(resultsOf(report, 'risk/not-prohibited')).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'risk.euAiAct.tier is still a placeholder' })]);
    expect(resultsOf(report, 'risk/tier-matches-basis')).toEqual([expect.objectContaining({ status: 'not-applicable', message: expect.stringContaining('risk.euAiAct.tier is not declared') })]);
  });

  it('a minimal tier over a TBD basis says nothing of why', () => {
    const files = withManifest((m) => (m.risk.euAiAct = { tier: 'minimal', basis: 'TBD' }));
    expect(failuresOf(check(files), 'risk/tier-matches-basis').map((f) => f.message)).toEqual([
      'risk.euAiAct.tier is "minimal", but risk.euAiAct.basis does not say why: state the provision it rests on (e.g. "Art. 50(1): …", or why no Annex III area applies)',
    ]);
  });
});

describe('risk/roles-match-data', () => {
  const RULE = 'risk/roles-match-data';
  const withRoles = (roles: string[] | undefined, datasetRole = 'training', more: (m: any) => void = () => {}) =>
    withManifest((m) => {
      if (roles) m.risk.euAiAct.roles = roles;
      m.data.datasets[0].role = datasetRole;
      more(m);
    });
  const named = (provider: string, baseModel?: string) => (m: any) => {
    m.risk.euAiAct.provider = provider;
    if (baseModel) m.baseModel = baseModel;
  };

  it('does not apply where no roles are declared: nothing was allocated, so nothing supports A.10.2', () => {
    const files = withManifest((m) => {
      delete m.risk.euAiAct.roles;
      m.data.datasets[0].role = 'training';
    });
    expect(resultsOf(check(files), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'risk.euAiAct.roles is not declared (it counts as provider and deployer)' })]);
  });

  it.each([
    ['provider', ['provider'], 'training'],
    ['provider and deployer', ['provider', 'deployer'], 'fine-tuning'],
    ['deployer, with data it only evaluates on, naming its provider', ['deployer'], 'evaluation', named('Acme Scoring Ltd')],
    ['deployer, naming a provider that is not the maker of its base model', ['deployer'], 'evaluation', named('Acme Chat Ltd', 'openai/gpt-4o')],
  ])('passes: %s', (_what, roles, datasetRole, more?: (m: any) => void) => {
    expect(resultsOf(check(withRoles(roles, datasetRole, more)), RULE).map((r) => r.status)).toEqual(['pass']);
  });

  // New user: a chatbot built on a hosted GPT-4o declared roles [deployer], and Art. 50(1)'s AI
  // notice and 50(2)'s marking were never asked for.
  it.each<[string, (m: any) => void, string, string]>([
    ['names no provider', () => {}, 'roles:', 'risk.euAiAct.roles leaves out provider, so another organisation provides this system, but risk.euAiAct.provider does not name it: name the organisation that puts the system into service under its own name (Art. 3(3)); one that builds a system on another\'s model and runs it under its own name is the system\'s provider'],
    ['names a placeholder', named('TBD'), 'provider: TBD', 'risk.euAiAct.roles leaves out provider, so another organisation provides this system, but risk.euAiAct.provider does not name it: name the organisation that puts the system into service under its own name (Art. 3(3)); one that builds a system on another\'s model and runs it under its own name is the system\'s provider'],
    ['names the maker of the model it is built on', named('OpenAI', 'openai/gpt-4o'), 'provider: OpenAI', 'risk.euAiAct.provider names "OpenAI", the maker of the model the system is built on (baseModel "openai/gpt-4o"): that organisation provides the model, not this system; who builds a system on it and puts it into service under its own name is the system\'s provider (Art. 3(3)), with its duties (Art. 50(1), 50(2))'],
    ['names the maker under a longer Hub owner', named('Meta', 'meta-llama/Llama-3.1-8B-Instruct'), 'provider: Meta', expect.stringContaining('risk.euAiAct.provider names "Meta", the maker of the model') as unknown as string],
  ])('fails a deployer-only system that %s', (_what, more, at, message) => {
    const files = withRoles(['deployer'], 'evaluation', more);
    expect(failuresOf(check(files), RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
  });

  it.each([
    ['training', 'training data'],
    ['fine-tuning', 'fine-tuning data'],
  ])('fails a deployer-only system with %s data of its own, at its roles', (datasetRole, what) => {
    const files = withRoles(['deployer'], datasetRole);
    expect(failuresOf(check(files), RULE)).toEqual([
      {
        file: MANIFEST,
        line: lineOf(files[MANIFEST] as string, 'roles:'),
        message: `risk.euAiAct.roles leaves out provider, but data.datasets[0] is ${what} of this system: who trains or fine-tunes a model develops it and is its provider (Art. 3(3), Art. 25(1)), with the provider's duties`,
      },
    ]);
  });
});
