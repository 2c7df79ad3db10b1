import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import { check, compliantFiles, failuresOf, MANIFEST, OVERSIGHT_PLAN, resultsOf, withManifest } from '../helpers/system.js';

interface Case {
  rule: string;
  name: string;
  mutate: (m: Record<string, any>) => void;
  expected: Array<{ at: string; message: string }>;
}

const cases: Case[] = [
  {
    rule: 'oversight/autonomy-level',
    name: 'no autonomy level',
    mutate: (m) => delete m.oversight.autonomy,
    expected: [{ at: 'oversight:', message: 'oversight.autonomy is missing' }],
  },
  {
    rule: 'oversight/accountable-owner',
    name: 'nobody accountable',
    mutate: (m) => (m.oversight.accountableOwner = 'TBD'),
    expected: [{ at: 'accountableOwner: TBD', message: 'oversight.accountableOwner is still a placeholder: "TBD"' }],
  },
  // Red team: "None" and "Nobody" are filled in, and name no one.
  {
    rule: 'oversight/accountable-owner',
    name: 'an accountable owner who is nobody',
    mutate: (m) => (m.oversight.accountableOwner = 'Nobody'),
    expected: [{ at: 'accountableOwner: Nobody', message: 'oversight.accountableOwner is "Nobody", which names no one who holds the duty' }],
  },
  {
    rule: 'oversight/accountable-owner',
    name: 'the model accountable',
    mutate: (m) => (m.oversight.accountableOwner = 'The model.'),
    expected: [{ at: 'accountableOwner: The model.', message: 'oversight.accountableOwner is "The model.", which names no one who holds the duty' }],
  },
  {
    rule: 'oversight/reviewer-qualifications',
    name: 'a reviewer trained "None" with authority "none"',
    mutate: (m) => Object.assign(m.oversight.reviewers[0], { training: 'None', authority: 'none' }),
    expected: [
      { at: 'authority: none', message: 'oversight.reviewers[0].authority (reviewer "credit officer") is "none", which states that there is none' },
      { at: 'training: None', message: 'oversight.reviewers[0].training (reviewer "credit officer") is "None", which states that there is none' },
    ],
  },
  {
    rule: 'oversight/override',
    name: 'override evidence does not exist',
    mutate: (m) => (m.oversight.capabilities.override.evidence = 'docs/missing.md#override'),
    expected: [{ at: 'evidence: docs/missing.md#override', message: 'sys/docs/missing.md does not exist' }],
  },
  {
    rule: 'oversight/stop',
    name: 'no stop capability at all',
    mutate: (m) => delete m.oversight.capabilities.stop,
    expected: [
      { at: 'capabilities:', message: 'oversight.capabilities.stop.mechanism is missing' },
      { at: 'capabilities:', message: 'oversight.capabilities.stop.evidence is missing' },
    ],
  },
  {
    rule: 'oversight/stop',
    name: 'a stop mechanism without evidence',
    mutate: (m) => delete m.oversight.capabilities.stop.evidence,
    expected: [{ at: 'stop:', message: 'oversight.capabilities.stop.evidence is missing' }],
  },
  {
    rule: 'oversight/stop',
    name: 'stop evidence is an absolute path',
    mutate: (m) => (m.oversight.capabilities.stop.evidence = '/etc/passwd'),
    expected: [{ at: 'evidence: /etc/passwd', message: '"/etc/passwd" is an absolute path; cite files relative to the manifest' }],
  },
];

describe('human oversight rules', () => {
  it.each([...new Set(cases.map((c) => c.rule))])('%s passes on the compliant system', (rule) => {
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, mutate, expected }) => {
    const files = withManifest(mutate);
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ at, message }) => ({ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message })),
    );
  });
});

describe('oversight evidence down to its section', () => {
  it.each([
    {
      rule: 'oversight/capability-evidence',
      name: 'a #section that does not exist',
      mutate: (m: Record<string, any>) => (m.oversight.capabilities.monitorAnomalies.evidence = 'docs/oversight.md#dashboards'),
      file: MANIFEST,
      at: 'evidence: docs/oversight.md#dashboards',
      message: 'sys/docs/oversight.md has no section #dashboards; its sections: #oversight, #limits, #anomalies, #automation-bias, #reading-the-score, #override',
    },
    {
      rule: 'oversight/capability-evidence',
      name: 'a file that does not exist',
      mutate: (m: Record<string, any>) => (m.oversight.capabilities.interpretOutput.evidence = 'docs/ui.md'),
      file: MANIFEST,
      at: 'evidence: docs/ui.md',
      message: 'sys/docs/ui.md does not exist',
    },
    {
      rule: 'oversight/override',
      name: 'override evidence whose section is a placeholder',
      extra: { 'sys/docs/oversight.md': OVERSIGHT_PLAN.replace(/^Officers decide every application.*$/m, 'TODO') },
      file: 'sys/docs/oversight.md',
      at: '## Override',
      message: 'sys/docs/oversight.md: section "Override" is a placeholder',
    },
    {
      rule: 'oversight/override',
      name: 'override evidence whose section is a long TODO naming the topic',
      extra: { 'sys/docs/oversight.md': OVERSIGHT_PLAN.replace(/^Officers decide every application.*$/m, 'TODO: describe how officers override or reverse a score in production, before the release review.') },
      file: 'sys/docs/oversight.md',
      at: '## Override',
      message: 'sys/docs/oversight.md: section "Override" is a placeholder',
    },
  ])('$rule fails on $name', ({ rule, mutate, extra, file, at, message }) => {
    const files = withManifest(mutate ?? (() => {}), extra ?? {});
    expect(failuresOf(check(files), rule)).toEqual([{ file, line: lineOf(files[file] as string, at), message }]);
  });

  it('matches a section by its GitHub anchor', () => {
    const files = withManifest((m) => (m.oversight.capabilities.avoidAutomationBias.evidence = 'docs/oversight.md#automation-bias'));
    expect(failuresOf(check(files), 'oversight/capability-evidence')).toEqual([]);
  });
});

describe('high-risk oversight', () => {
  it('oversight/art14-capabilities: every capability needs evidence, at the capabilities block', () => {
    const files = withManifest((m) => delete m.oversight.capabilities.avoidAutomationBias);
    expect(failuresOf(check(files), 'oversight/art14-capabilities')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'capabilities:'), message: 'oversight.capabilities.avoidAutomationBias.evidence is missing' },
    ]);
  });

  it('oversight/not-fully-automated: fails a fully automated high-risk system, and not a minimal-risk one', () => {
    const high = withManifest((m) => (m.oversight.autonomy = 'fully-automated'));
    expect(failuresOf(check(high), 'oversight/not-fully-automated')).toEqual([
      {
        file: MANIFEST,
        line: lineOf(high[MANIFEST] as string, 'autonomy: fully-automated'),
        message: 'oversight.autonomy is "fully-automated", which this policy does not allow: a high-risk system needs effective human oversight (EU AI Act Art. 14)',
      },
    ]);
    const minimal = withManifest((m) => {
      m.oversight.autonomy = 'fully-automated';
      m.risk.euAiAct.tier = 'minimal';
    });
    expect(resultsOf(check(minimal), 'oversight/not-fully-automated')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: 'applies to risk tiers high; this system is minimal' }),
    ]);
  });

  it('oversight/reviewers and reviewer-qualifications', () => {
    const none = withManifest((m) => delete m.oversight.reviewers);
    expect(failuresOf(check(none), 'oversight/reviewers').map((f) => f.message)).toEqual(['oversight.reviewers is missing']);
    const untrained = withManifest((m) => delete m.oversight.reviewers[0].training);
    expect(failuresOf(check(untrained), 'oversight/reviewer-qualifications')).toEqual([
      {
        file: MANIFEST,
        line: lineOf(untrained[MANIFEST] as string, '- role: credit officer'),
        message: 'oversight.reviewers[0].training (reviewer "credit officer") is missing',
      },
    ]);
  });
});

// Found by an auditor helper: every capability cited the override section, and each passed.
describe('oversight/capability-sections-distinct', () => {
  const citing = (edit: (capabilities: Record<string, any>) => void) => withManifest((m) => edit(m.oversight.capabilities));

  it.each([
    ['the compliant system (a section each, the stop runbook whole)', () => {}],
    ['one runbook cited whole for stopping and overriding', (c: Record<string, any>) => (c.override.evidence = 'runbooks/stop.md')],
  ])('passes %s', (_name, edit) => {
    expect(failuresOf(check(citing(edit)), 'oversight/capability-sections-distinct')).toEqual([]);
  });

  it('is not applicable where fewer than two capabilities cite a section', () => {
    const files = citing((c) => {
      for (const name of ['understandLimits', 'monitorAnomalies', 'avoidAutomationBias', 'interpretOutput']) delete c[name];
    });
    expect(resultsOf(check(files), 'oversight/capability-sections-distinct').map((r) => r.status)).toEqual(['not-applicable']);
  });

  it('fails each capability that cites a section another capability cites, at its citation', () => {
    const files = citing((c) => {
      c.monitorAnomalies.evidence = 'docs/oversight.md#override';
      c.avoidAutomationBias.evidence = './docs/oversight.md#Override';
    });
    const text = files[MANIFEST] as string;
    expect(failuresOf(check(files), 'oversight/capability-sections-distinct')).toEqual([
      { file: MANIFEST, line: lineOf(text, 'evidence: docs/oversight.md#override', lineOf(text, 'monitorAnomalies:')), message: 'oversight.capabilities.monitorAnomalies.evidence cites docs/oversight.md#override, the section oversight.capabilities.override.evidence cites: each needs the section that describes it' },
      { file: MANIFEST, line: lineOf(text, 'evidence: ./docs/oversight.md#Override'), message: 'oversight.capabilities.avoidAutomationBias.evidence cites ./docs/oversight.md#Override, the section oversight.capabilities.override.evidence cites: each needs the section that describes it' },
    ]);
  });
});
