/**
 * bias.notApplicable: { reason }: a system whose output concerns no natural person (a new user's
 * contract-clause classifier) declares why, and the bias rules are not applicable at the
 * declaration, with its reason; a declaration the manifest itself contradicts is refused at its
 * line, and the bias rules apply; a pull request that makes it, or rewrites its reason, is
 * governance/exemptions-kept's finding for the policy owners.
 */
import * as path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine/gate.js';
import { formatRuleExplanation } from '../../src/report/rules-doc.js';
import { ruleCatalogue } from '../../src/policy/catalogue.js';
import { git, pullRequest } from '../helpers/git.js';
import { lineOf, type Files } from '../helpers/repo.js';
import { check, compliantFiles, compliantManifest, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

const REASON = 'Classifies clauses of commercial contracts for the legal team; no natural person is scored, ranked or described by its output.';
const SPARED = (reason: string) => `bias.notApplicable declares that the system's output concerns no natural person: ${reason}`;

/** Every rule of policies/rules/bias.yaml that the declaration spares (all but the one that judges it). */
const SPARED_RULES = [
  'bias/no-regression',
  'bias/report-cited',
  'bias/report-covers-attributes',
  'bias/report-dataset',
  'bias/report-fresh',
  'bias/report-model-version',
  'bias/report-readable',
  'bias/sample-size',
  'bias/sensitive-attributes',
  'bias/thresholds-met',
  'bias/values-valid',
];

/** The new user's system: a contract-clause classifier, minimal risk, no personal data, no bias block but the declaration. */
function contractClassifier(m: Record<string, any>): void {
  m.risk.euAiAct = { tier: 'minimal', basis: 'Art. 6: classifies clauses of commercial contracts, in no Annex III area' };
  m.data.datasets[0].personalData = { present: false };
  m.bias = { notApplicable: { reason: REASON } };
}

const classifier = (mutate: (m: Record<string, any>) => void = () => {}) =>
  withManifest((m) => {
    contractClassifier(m);
    mutate(m);
  });

const failing = (files: Files) => check(files).findings.filter((f) => f.status === 'fail');

describe('bias.notApplicable honoured', () => {
  it.each([
    ['the reason as written', (_m: Record<string, any>) => {}, JSON.stringify(REASON)],
    ['intendedUse.affectedPersons saying there are none', (m: Record<string, any>) => (m.intendedUse = { affectedPersons: ['none (the parties are companies)'] }), JSON.stringify(REASON)],
    ['intendedUse.affectedPersons: "No natural persons"', (m: Record<string, any>) => (m.intendedUse = { affectedPersons: 'No natural persons' }), JSON.stringify(REASON)],
    // Review: ordinary wordings of "none".
    ['intendedUse.affectedPersons: "No natural persons are affected."', (m: Record<string, any>) => (m.intendedUse = { affectedPersons: 'No natural persons are affected.' }), JSON.stringify(REASON)],
    ['personalData.categories saying there are none beside present: false', (m: Record<string, any>) => (m.data.datasets[0].personalData = { present: false, categories: ['None (anonymised)'] }), JSON.stringify(REASON)],
    ['a high-risk basis about critical infrastructure (Annex III 2), not about persons', (m: Record<string, any>) => (m.risk.euAiAct = { tier: 'high', basis: 'Annex III 2(a): safety component in the management of the gas network' }), JSON.stringify(REASON)],
    // The reason is the repository's text: quoted and escaped, clipped to 300 characters.
    [
      'a reason with a right-to-left override and a line break, escaped',
      (m: Record<string, any>) => (m.bias.notApplicable.reason = `Sorts\u202e invoices by supplier;\nno natural person is scored, ranked or described.`),
      '"Sorts\\u202e invoices by supplier;\\nno natural person is scored, ranked or described."',
    ],
  ])('%s: every bias rule is not applicable at the declaration, quoting its reason; nothing fails', (_name, mutate, quotedReason) => {
    const files = classifier(mutate);
    const report = check(files);
    const at = lineOf(files[MANIFEST] as string, 'notApplicable:');
    for (const rule of SPARED_RULES) {
      expect(resultsOf(report, rule), rule).toEqual([{ status: 'not-applicable', file: MANIFEST, line: at, message: SPARED(quotedReason) }]);
    }
    expect(resultsOf(report, 'bias/not-applicable-justified')).toEqual([{ status: 'pass', file: MANIFEST, line: at, message: 'A declaration that the bias rules do not apply can be made' }]);
    expect(report.findings.filter((f) => f.status === 'fail').map((f) => [f.ruleId, f.message])).toEqual([]);
  });

  it('coverage: the controls only the bias rules check are supported by the declaration, never evidenced', () => {
    const report = check(classifier());
    const frameworks = report.coverage[0]?.frameworks ?? [];
    const control = (framework: string, id: string) => frameworks.find((f) => f.framework === framework)?.controls.find((c) => c.id === id);
    // MEASURE 2.11 (fairness and bias evaluated) is evidenced by bias reports alone.
    expect(control('nistAiRmf', 'MEASURE 2.11')).toMatchObject({ status: 'supported', rules: ['bias/not-applicable-justified'] });
    // With reports, the same control is evidenced by the rules that judged them.
    const evaluated = check(compliantFiles()).coverage[0]?.frameworks.find((f) => f.framework === 'nistAiRmf')?.controls.find((c) => c.id === 'MEASURE 2.11');
    expect(evaluated?.status).toBe('evidenced');
  });

  it('a pack that sets when.affectsPersons false on a rule takes the declaration away from it', () => {
    const files: Files = { ...classifier(), '.modelgate/policy.yaml': 'extends: baseline\nrules:\n  bias/report-cited: { when: { affectsPersons: false } }\n' };
    const report = check(files, { policy: '.modelgate/policy.yaml' });
    expect(resultsOf(report, 'bias/report-cited')).toEqual([{ status: 'fail', file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'bias:'), message: 'bias.reports is missing' }]);
    expect(resultsOf(report, 'bias/sensitive-attributes')[0]?.status).toBe('not-applicable');
  });

  it('without the declaration, the bias rules fail as before, and bias/not-applicable-justified has nothing to check', () => {
    const files = classifier((m) => (m.bias = {}));
    const report = check(files);
    expect(resultsOf(report, 'bias/report-cited')).toEqual([{ status: 'fail', file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'bias:'), message: 'bias.reports is missing' }]);
    expect(resultsOf(report, 'bias/not-applicable-justified')).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'nothing to check: $.manifest.bias.notApplicable is not in this system' })]);
  });
});

interface Refusal {
  name: string;
  mutate: (m: Record<string, any>) => void;
  /** Each finding of bias/not-applicable-justified: the text its line holds, and its message. */
  expected: Array<{ at: string; message: string }>;
  /** Other rules failing at the same line with the same message (system/no-placeholders). */
  alongside?: string[];
}

const REFUSED = 'bias.notApplicable cannot be honoured: ';

const refusals: Refusal[] = [
  {
    name: 'intendedUse.affectedPersons names people',
    mutate: (m) => (m.intendedUse = { affectedPersons: ['contract counterparties'] }),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}intendedUse.affectedPersons names "contract counterparties", a person the system's output affects` }],
  },
  // Review: an answer that opens with "None" and goes on names people.
  {
    name: 'intendedUse.affectedPersons opens with "None" and names people after it',
    mutate: (m) => (m.intendedUse = { affectedPersons: 'None directly; tenants whose leases are flagged are affected' }),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}intendedUse.affectedPersons names "None directly; tenants whose leases are flagged are affected", a person the system's output affects` }],
  },
  // Red team: present: false beside categories of personal data, and a basis citing "section 5(b)".
  {
    name: 'a dataset says it holds no personal data and lists categories of it',
    mutate: (m) => (m.data.datasets[0].personalData = { present: false, categories: ['financial history', 'age band'] }),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}data.datasets[0] ("train-2025") lists "financial history" under personalData.categories, though personalData.present is not true: data with categories of personal data is data about people` }],
  },
  {
    name: 'the basis cites Annex III "section 5(b)"',
    mutate: (m) => (m.risk.euAiAct.basis = 'Annex III section 5(b): evaluates the creditworthiness of natural persons'),
    expected: [{ at: 'notApplicable:', message: expect.stringContaining(`${REFUSED}risk.euAiAct.basis cites Annex III 5 (`) as unknown as string }],
  },
  {
    name: 'a dataset declares personal data',
    mutate: (m) => (m.data.datasets[0].personalData = { present: true, purpose: 'clause extraction', legalBasis: 'contract', handling: 'names redacted' }),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}data.datasets[0] ("train-2025") holds personal data (personalData.present: true): a model trained or evaluated on data about people can treat them unequally` }],
  },
  {
    name: 'bias.sensitiveAttributes is not empty',
    mutate: (m) => (m.bias.sensitiveAttributes = ['age_band']),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}bias.sensitiveAttributes lists "age_band", an attribute of the people the system's fairness is evaluated for` }],
  },
  {
    name: 'a bias report is cited',
    mutate: (m) => (m.bias.reports = [{ path: 'evidence/bias.json', format: 'modelgate' }]),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}bias.reports cites a bias report, which the bias rules judge; remove it if no natural person is affected` }],
  },
  {
    name: 'a fairness threshold is set',
    mutate: (m) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.1 }]),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}bias.thresholds bounds a fairness metric, which only a system that affects people has` }],
  },
  {
    name: 'a high-risk tier whose basis is about natural persons (Annex III 4, employment)',
    mutate: (m) => (m.risk.euAiAct = { tier: 'high', basis: 'Annex III 4(a): filters job applications' }),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}risk.euAiAct.basis cites Annex III 4 (employment, workers' management and access to self-employment), an area where the system's output concerns natural persons` }],
  },
  {
    name: 'a basis citing credit and law enforcement: each area once',
    mutate: (m) => (m.risk.euAiAct = { tier: 'high', basis: 'Annex III 5(b) and 6(d), point 5(c) of Annex III' }),
    expected: [
      { at: 'notApplicable:', message: `${REFUSED}risk.euAiAct.basis cites Annex III 5 (access to essential private services and essential public services and benefits), an area where the system's output concerns natural persons` },
      { at: 'notApplicable:', message: `${REFUSED}risk.euAiAct.basis cites Annex III 6 (law enforcement), an area where the system's output concerns natural persons` },
    ],
  },
  {
    name: 'emotion recognition declared',
    mutate: (m) => (m.transparency = { recognisesEmotions: true }),
    expected: [{ at: 'notApplicable:', message: `${REFUSED}transparency.recognisesEmotions is true: emotion recognition infers the emotions of natural persons` }],
  },
  {
    name: 'a placeholder reason: worded as system/no-placeholders words it, at the reason',
    mutate: (m) => (m.bias.notApplicable.reason = 'TODO: say why'),
    expected: [{ at: 'reason: "TODO', message: 'bias.notApplicable.reason is still a placeholder: "TODO: say why"' }],
    alongside: ['system/no-placeholders'],
  },
  {
    name: 'a reason that is "N/A"',
    mutate: (m) => (m.bias.notApplicable.reason = 'N/A'),
    expected: [{ at: 'reason: N/A', message: 'bias.notApplicable.reason is still a placeholder: "N/A"' }],
  },
  {
    name: 'a reason too short to say why',
    mutate: (m) => (m.bias.notApplicable.reason = 'No persons are affected.'),
    expected: [{ at: 'reason: No persons', message: `bias.notApplicable.reason says too little to spare the system the bias rules: 4 words ("No persons are affected."), at least 8 expected; say why no natural person is scored, ranked or described by the system's output` }],
  },
  {
    name: 'a reason that does not speak of people',
    mutate: (m) => (m.bias.notApplicable.reason = 'Classifies clauses of commercial contracts into forty categories for the legal team.'),
    expected: [{ at: 'reason: Classifies', message: 'bias.notApplicable.reason does not say why no natural person is affected: it speaks of no person, people or individual ("Classifies clauses of commercial contracts into forty categories for the legal team.")' }],
  },
  {
    name: 'no reason',
    mutate: (m) => (m.bias.notApplicable = {}),
    expected: [{ at: 'notApplicable:', message: "bias.notApplicable.reason is missing: say why no natural person is scored, ranked or described by the system's output" }],
    alongside: ['manifest/schema'],
  },
  {
    name: 'not a mapping',
    mutate: (m) => (m.bias.notApplicable = true),
    expected: [{ at: 'notApplicable:', message: 'bias.notApplicable is not a mapping with a reason: write bias.notApplicable: { reason: "…" }, saying why no natural person is scored, ranked or described by the system\'s output' }],
    alongside: ['manifest/schema'],
  },
];

describe('bias.notApplicable refused', () => {
  it.each(refusals)('$name: an error at its line, and the bias rules apply', ({ mutate, expected, alongside }) => {
    const files = classifier(mutate);
    const report = check(files);
    const text = files[MANIFEST] as string;
    expect(resultsOf(report, 'bias/not-applicable-justified')).toEqual(expected.map(({ at, message }) => ({ status: 'fail', file: MANIFEST, line: lineOf(text, at), message })));
    // Refused, it spares nothing: no bias rule is not applicable for its sake.
    const spared = report.findings.filter((f) => f.ruleId.startsWith('bias/') && f.message.startsWith('bias.notApplicable declares'));
    expect(spared).toEqual([]);
    expect(resultsOf(report, 'bias/report-cited')[0]?.status).not.toBe('not-applicable');
    // What another rule finds at the same line (a placeholder, a schema error) is found too.
    const first = expected[0] as { at: string };
    for (const rule of alongside ?? []) {
      expect(report.findings.filter((f) => f.ruleId === rule && f.status === 'fail' && f.line === lineOf(text, first.at)), rule).toHaveLength(1);
    }
  });

  it('a refused declaration leaves the fix for a missing report saying what to do for a system that affects no person', () => {
    const files = classifier((m) => (m.intendedUse = { affectedPersons: ['borrowers'] }));
    const found = failing(files).filter((f) => f.ruleId === 'bias/report-cited' || f.ruleId === 'bias/sensitive-attributes');
    expect(found.map((f) => [f.ruleId, f.message])).toEqual([
      ['bias/report-cited', 'bias.reports is missing'],
      ['bias/sensitive-attributes', 'bias.sensitiveAttributes is missing'],
    ]);
    for (const finding of found) expect(finding.remediation).toMatch(/declare bias\.notApplicable with a reason saying why instead \(docs\/manifest\.md\)\.$/);
  });
});

describe('a pull request that makes the declaration', () => {
  const manifestOf = (mutate: (m: Record<string, any>) => void) => {
    const m = compliantManifest();
    mutate(m);
    return stringify(m);
  };
  const exemptions = (base: ReturnType<typeof compliantFiles>, head: Record<string, string>) => {
    const root = pullRequest(base, head);
    const report = runGate({ root, base: { ref: 'main', required: true } });
    const sha = git(root, 'rev-parse', 'HEAD').slice(0, 12);
    return { sha, results: resultsOf(report, 'governance/exemptions-kept'), report };
  };
  const filesOf = (mutate: (m: Record<string, any>) => void) => {
    const m = compliantManifest();
    mutate(m);
    return compliantFiles(m);
  };
  const withDeclaration = filesOf(contractClassifier);

  it.each([
    {
      name: 'to a system whose base commit cited a bias report: at the declaration',
      base: filesOf((m) => (m.data.datasets[0].personalData = { present: false })),
      head: manifestOf(contractClassifier),
      at: 'notApplicable:',
      message: (sha: string) =>
        `bias.notApplicable is newly declared, which it was not at the base commit ${sha}, where the system cited a bias report: the bias rules (bias/report-cited, bias/sensitive-attributes and the rules that judge a report) stop applying to the system on its word that its output concerns no natural person; the policy owners review the claim`,
    },
    {
      name: 'to a system whose base commit had no bias block',
      base: filesOf((m) => {
        contractClassifier(m);
        delete m.bias;
      }),
      head: manifestOf(contractClassifier),
      at: 'notApplicable:',
      message: (sha: string) =>
        `bias.notApplicable is newly declared, which it was not at the base commit ${sha}: the bias rules (bias/report-cited, bias/sensitive-attributes and the rules that judge a report) stop applying to the system on its word that its output concerns no natural person; the policy owners review the claim`,
    },
    {
      name: 'with its reason rewritten: at the reason, quoting the old one',
      base: withDeclaration,
      head: manifestOf((m) => {
        contractClassifier(m);
        m.bias.notApplicable.reason = 'Sorts supplier invoices by cost centre; no person, natural or not, is scored or described.';
      }),
      at: 'reason: Sorts',
      message: (sha: string) =>
        `bias.notApplicable.reason is rewritten: it was ${JSON.stringify(`${REASON.slice(0, 119)}…`)} at the base commit ${sha}; the bias rules (bias/report-cited, bias/sensitive-attributes and the rules that judge a report) stop applying to the system on its word that its output concerns no natural person, and the new reason needs the policy owners' review`,
    },
  ])('is flagged for the policy owners: $name', ({ base, head, at, message }) => {
    const { sha, results, report } = exemptions(base, { [MANIFEST]: head });
    expect(results).toEqual([{ status: 'fail', file: MANIFEST, line: lineOf(head, at), message: message(sha) }]);
    // The declaration is honoured in the pull request, as a lowered tier is: the finding is the review.
    expect(resultsOf(report, 'bias/report-cited')[0]?.status).toBe('not-applicable');
  });

  it.each([
    ['kept as it was', withDeclaration, manifestOf(contractClassifier)],
    // Refused, it spares nothing, and its own rule says why: not a second finding here.
    ['added where the manifest refuses it (the base cited reports, and still does)', compliantFiles(), manifestOf((m) => (m.bias.notApplicable = { reason: REASON }))],
  ])('passes when the declaration is %s', (_name, base, head) => {
    const { results } = exemptions(base, { [MANIFEST]: head });
    expect(results).toEqual([expect.objectContaining({ status: 'pass' })]);
  });
});

describe('the examples and the docs', () => {
  it('no example declares it: bias/not-applicable-justified has nothing to check, and no bias finding is spared', () => {
    const report = runGate({ root: path.join(import.meta.dirname, '..', '..'), scanPath: 'examples', now: new Date('2026-11-22T23:59:59Z') });
    const judged = report.findings.filter((f) => f.ruleId === 'bias/not-applicable-justified');
    expect(judged.length).toBeGreaterThan(10);
    expect(new Set(judged.map((f) => f.status))).toEqual(new Set(['not-applicable']));
    expect(report.findings.filter((f) => f.message.includes('bias.notApplicable declares'))).toEqual([]);
  });

  it('modelgate explain of the bias rules says when they do not apply, and how to declare it', () => {
    const catalogue = ruleCatalogue();
    for (const id of ['bias/report-cited', 'bias/sensitive-attributes']) {
      const text = formatRuleExplanation(catalogue.get(id) as never);
      expect(text).toContain('systems whose output may concern natural persons (not one that declares bias.notApplicable with its reason, which bias/not-applicable-justified judges)');
      expect(text).toContain('declare bias.notApplicable with a reason saying why instead');
    }
    const own = formatRuleExplanation(catalogue.get('bias/not-applicable-justified') as never);
    expect(own).toContain('Supports:  ISO/IEC 42001 A.5.4; EU AI Act Art.10(2)(f); NIST AI RMF MAP 1.1, MEASURE 2.11');
    expect(own).toContain('Evidences: none');
  });
});
