/**
 * document-content: every cited document is read and judged, whether or not a #section is cited.
 * First the function itself, through a pack rule that names it with its options (the way a
 * governance team would); then the bundled rules that use it, each with a document of the wrong kind.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import { check, COMPLIANT_CARD, compliantBiasReport, daysAgo, failuresOf, IMPACT_ASSESSMENT, MANIFEST, OVERSIGHT_PLAN, resultsOf, RISK_REGISTER, withManifest } from '../helpers/system.js';

const PACK = `extends: baseline
rules:
  docs/register-content:
    title: The risk register reads as one
    severity: error
    given: $.manifest
    then:
      field: risk.register
      function: document-content
      options:
        kind: risk register
        minWords: 8
        topics:
          - { name: risks, terms: [risk, hazard] }
          - { name: owners, terms: [owner, accountable] }
    remediation: Write the register.
`;
const RULE = 'docs/register-content';

const REGISTER = `# Risk register

## Risks

Unfair scores for young applicants; the score drifts after an economic shock.

## Owners

The ML team owns both, and the Head of Lending is accountable for the treatment.
`;

/** The compliant system citing `cited` as its risk register, with `files` added and the pack above. */
function run(cited: string, files: Record<string, string | Uint8Array>) {
  const all = withManifest((m) => (m.risk.register = cited), { '.modelgate/policy.yaml': PACK, ...files });
  return { files: all, report: check(all, { policy: '.modelgate/policy.yaml' }) };
}

const citingLine = (files: Record<string, unknown>, cited: string) => lineOf(files[MANIFEST] as string, `register: ${cited}`);

describe('document-content', () => {
  it('passes a document of its kind, long enough, addressing each topic (headings count)', () => {
    expect(resultsOf(run('docs/r.md', { 'sys/docs/r.md': REGISTER }).report, RULE)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    { name: 'an empty file', doc: '', message: 'sys/docs/r.md is empty' },
    { name: 'only blank lines', doc: '\n\n  \n', message: 'sys/docs/r.md is empty' },
    { name: 'a "# TODO" placeholder', doc: '# TODO\n', message: 'sys/docs/r.md is a placeholder: only "TODO"' },
    { name: 'headings over template markers', doc: '# Risk register\n\n## Risks\n\nTBD\n\n## Owners\n\n[More Information Needed]\n', message: 'sys/docs/r.md is a placeholder: only "Risk register Risks TBD Owners [More Information Needed]"' },
    { name: 'a template left in comments', doc: '# Risk register\n\n<!-- list each risk, its owner and treatment -->\n', message: 'sys/docs/r.md is a placeholder: only "Risk register <!-- list each risk, its owner and treatment …"' },
    { name: 'front matter and nothing else', doc: '---\ntitle: Risk register\n---\n', message: 'sys/docs/r.md is empty after its front matter' },
    { name: 'only code', doc: '```\nrisk,owner\ndrift,ml\n```\n', message: 'sys/docs/r.md holds only code, which states nothing about it' },
    {
      name: 'too few words',
      doc: '# Risks\n\nDrift. Owner: ML team.\n',
      message: 'sys/docs/r.md says too little to be a risk register: 4 words of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least 8 expected',
    },
    {
      name: 'one line pasted until it is long enough',
      doc: '# Risks\n\nDrift, owned by the ML team.\nDrift, owned by the ML team.\nDrift, owned by the ML team.\n\n## Owners\n\ndrift,  OWNED by the ML team!\n',
      message: 'sys/docs/r.md says too little to be a risk register: 6 words of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least 8 expected',
    },
    {
      name: 'one sentence repeated within a paragraph',
      doc: '# Risks\n\n## Owners\n\nThe risk is owned by the team. The risk is owned by the team. The risk is owned by the team.\n',
      message: 'sys/docs/r.md says too little to be a risk register: 7 words of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least 8 expected',
    },
    // Red team: one word written until the count was met, and text only a comment shows.
    {
      name: 'two words written until it is long enough',
      doc: `# Risks\n\n${'risk '.repeat(12)}owner owner\n`,
      message: 'sys/docs/r.md says too little to be a risk register: 4 words of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least 8 expected',
    },
    {
      name: 'text written as link reference definitions, which are never shown',
      doc: '# Risk register\n\n## Risks\n[//]: # (Unfair scores for young applicants; the score drifts after an economic shock.)\n\n## Owners\n[//]: # (The ML team owns both, and the Head of Lending is accountable.)\n',
      message: 'sys/docs/r.md is a placeholder: only "Risk register Risks [//]: # (Unfair scores for young applic…"',
    },
    {
      name: 'a document of another kind',
      doc: '# Monitoring\n\nDrift is measured weekly against the pinned reference dataset, and alerts page the on-call engineer.\n',
      message: 'sys/docs/r.md does not read as a risk register: no section or text about risks, nor about owners',
    },
    {
      name: 'one topic missing',
      doc: '# Risks\n\nUnfair scores for young applicants, and drift of the score after an economic shock.\n',
      message: 'sys/docs/r.md does not read as a risk register: no section or text about owners',
    },
    {
      name: 'a term only inside a longer word',
      doc: '# Risks\n\nUnfair scores for young applicants, and drift after an economic shock; the landowners are told.\n',
      message: 'sys/docs/r.md does not read as a risk register: no section or text about owners',
    },
    {
      name: 'a topic named only in an HTML comment',
      doc: '# Risks\n\nUnfair scores for young applicants, and drift after an economic shock; the register is reviewed each quarter. <!-- owner -->\n',
      message: 'sys/docs/r.md does not read as a risk register: no section or text about owners',
    },
    {
      name: 'a topic named only in an empty heading',
      doc: '# Risks\n\nUnfair scores for young applicants, and drift after an economic shock; the register is reviewed each quarter.\n\n## Owners\n',
      message: 'sys/docs/r.md does not read as a risk register: no section or text about owners',
    },
    {
      name: 'a topic named only in a heading over a TODO',
      doc: '# Risks\n\nUnfair scores for young applicants, and drift after an economic shock; the register is reviewed each quarter.\n\nOwners\n------\n\nTODO\n\n## Next review\n\nIn March, with the credit committee.\n',
      message: 'sys/docs/r.md does not read as a risk register: no section or text about owners',
    },
  ])('fails $name at the citing line', ({ doc, message }) => {
    const { files, report } = run('docs/r.md', { 'sys/docs/r.md': doc });
    expect(failuresOf(report, RULE)).toEqual([{ file: MANIFEST, line: citingLine(files, 'docs/r.md'), message }]);
  });

  it('counts each sentence that is not the same as another, though they share words', () => {
    const doc = '# Risks\n\nDrift is a risk.\nBias is a risk.\n\n## Owners\n\nThe owner is the ML team; the Head of Lending is accountable. Drift is a risk, reviewed weekly.\n';
    expect(resultsOf(run('docs/r.md', { 'sys/docs/r.md': doc }).report, RULE)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('counts a heading whose section is filled in only by its subsections', () => {
    const doc = '# Risk register\n\n## Risks\n\nUnfair scores for young applicants; drift after a shock.\n\n## Owners\n\n### Scoring model\n\nThe ML team, with the Head of Lending.\n';
    expect(resultsOf(run('docs/r.md', { 'sys/docs/r.md': doc }).report, RULE)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('fails a binary file where a document is expected', () => {
    const { files, report } = run('docs/r.pdf', { 'sys/docs/r.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]) });
    expect(failuresOf(report, RULE)).toEqual([
      { file: MANIFEST, line: citingLine(files, 'docs/r.pdf'), message: 'sys/docs/r.pdf is a binary file, not text: a risk register must be a Markdown or text document modelgate can read (keep a signed PDF beside it, and cite the text)' },
    ]);
  });

  it('fails a file that does not exist', () => {
    const { files, report } = run('docs/none.md', {});
    expect(failuresOf(report, RULE)).toEqual([{ file: MANIFEST, line: citingLine(files, 'docs/none.md'), message: 'sys/docs/none.md does not exist' }]);
  });

  it('with a #section cited: passes when it is there and filled in, and still judges the whole document', () => {
    expect(resultsOf(run('docs/r.md#owners', { 'sys/docs/r.md': REGISTER }).report, RULE)).toEqual([expect.objectContaining({ status: 'pass' })]);
    const { files, report } = run('docs/r.md#owners', { 'sys/docs/r.md': '# TODO\n' });
    expect(failuresOf(report, RULE)).toEqual([{ file: MANIFEST, line: citingLine(files, 'docs/r.md#owners'), message: 'sys/docs/r.md is a placeholder: only "TODO"' }]);
  });

  it('with a #section cited: fails when it is absent (at the citing line) or a placeholder (at its heading)', () => {
    const absent = run('docs/r.md#treatments', { 'sys/docs/r.md': REGISTER });
    expect(failuresOf(absent.report, RULE)).toEqual([{ file: MANIFEST, line: citingLine(absent.files, 'docs/r.md#treatments'), message: 'sys/docs/r.md has no section #treatments; its sections: #risk-register, #risks, #owners' }]);
    const doc = `${REGISTER}\n## Treatments\n\nTODO\n`;
    const placeholder = run('docs/r.md#treatments', { 'sys/docs/r.md': doc });
    expect(failuresOf(placeholder.report, RULE)).toEqual([{ file: 'sys/docs/r.md', line: lineOf(doc, '## Treatments'), message: 'sys/docs/r.md: section "Treatments" is a placeholder' }]);
  });

  it.each([
    ['a typo of an anchor there', 'docs/r.md#onwers', REGISTER, 'sys/docs/r.md has no section #onwers; did you mean #owners?'],
    ['a typo of a repeated heading\'s anchor', 'docs/r.md#risk-2', `${REGISTER}\n## Risks\n\nMore.\n\n## Risks\n\nMore still.\n`, 'sys/docs/r.md has no section #risk-2; did you mean #risks-2?'],
    ['nothing close, and more sections than are listed', 'docs/r.md#treatments', Array.from({ length: 10 }, (_, i) => `## Part ${i}\n\nText of part ${i}.\n`).join('\n'), 'sys/docs/r.md has no section #treatments; its sections: #part-0, #part-1, #part-2, #part-3, #part-4, #part-5, #part-6, #part-7, and 2 more'],
    ['a document with no headings', 'docs/r.md#owners', 'The ML team owns the register and reviews it every quarter with the Head of Lending.\n', 'sys/docs/r.md has no section #owners: it has no headings'],
  ])('with a #section cited that is not there: %s', (_, cited, doc, message) => {
    const { files, report } = run(cited, { 'sys/docs/r.md': doc });
    expect(failuresOf(report, RULE).filter((f) => f.message.includes('has no section'))).toEqual([{ file: MANIFEST, line: citingLine(files, cited), message }]);
  });

  describe('a cited #section is the heading its anchor names, judged itself', () => {
    const FILLED = 'The ML team owns both, and the Head of Lending is accountable for the treatment.';
    const HEAD = '# Risk register\n\n## Risks\n\nUnfair scores for young applicants; the score drifts after an economic shock.\n\n';
    /** The line of the n-th (1-based) line of `doc` that is exactly `heading`. */
    const nth = (doc: string, heading: string, n: number) => doc.split('\n').reduce<number[]>((at, line, i) => (line === heading ? [...at, i + 1] : at), [])[n - 1];
    it.each([
      {
        name: 'a filled-in decoy with a longer name above the cited, empty one',
        doc: `${HEAD}## Owners (summary)\n\n${FILLED}\n\n## Owners\n\nTODO\n`,
        cited: 'docs/r.md#owners',
        failures: [{ heading: '## Owners', n: 1, message: 'sys/docs/r.md: section "Owners" is a placeholder' }],
      },
      {
        name: 'a filled-in decoy of the same name above the cited, numbered one',
        doc: `${HEAD}## Owners\n\n${FILLED}\n\n## 2. Owners\n\nTODO\n`,
        cited: 'docs/r.md#2-owners',
        failures: [{ heading: '## 2. Owners', n: 1, message: 'sys/docs/r.md: section "2. Owners" is a placeholder' }],
      },
      {
        name: 'the second of two same-named headings (-1), the first an empty decoy',
        doc: `${HEAD}## Owners\n\n## Owners\n\n${FILLED}\n`,
        cited: 'docs/r.md#owners-1',
        failures: [],
      },
      {
        name: 'the second of two same-named headings (-1), empty after a filled-in one',
        doc: `${HEAD}## Owners\n\n${FILLED}\n\n## Owners\n\nTODO\n`,
        cited: 'docs/r.md#owners-1',
        failures: [{ heading: '## Owners', n: 2, message: 'sys/docs/r.md: section "Owners" is a placeholder' }],
      },
      {
        name: 'the second "Owners" after an "Owners 1" (-2: GitHub skips the anchor that heading took)',
        doc: `${HEAD}## Owners\n\nTODO\n\n## Owners 1\n\nTODO\n\n## Owners\n\n${FILLED}\n`,
        cited: 'docs/r.md#owners-2',
        failures: [],
      },
    ])('$name', ({ doc, cited, failures }) => {
      const { report } = run(cited, { 'sys/docs/r.md': doc });
      expect(failuresOf(report, RULE)).toEqual(failures.map(({ heading, n, message }) => ({ file: 'sys/docs/r.md', line: nth(doc, heading, n), message })));
    });
  });

  it('judges one document for each citation as if alone: a section reported by one rule still fails another rule\'s topic', () => {
    // Judgements of a document are kept for the rules after the first; what a rule reported
    // (the unfilled "Owners" section) must not count as addressing "owners" for another.
    const pack = `${PACK}  docs/assessment-content:
    title: The impact assessment names owners
    severity: error
    given: $.manifest
    then:
      field: risk.impactAssessment.path
      function: document-content
      options:
        kind: risk register
        minWords: 8
        topics:
          - { name: owners, terms: [owner] }
    remediation: Write the owners.
`;
    const doc = '# Risk register\n\n## Risks\n\nUnfair scores for young applicants; the score drifts after an economic shock.\n\n## Owners\n\nTODO\n';
    const files = withManifest(
      (m) => {
        m.risk.register = 'docs/r.md#owners';
        m.risk.impactAssessment.path = 'docs/r.md';
      },
      { '.modelgate/policy.yaml': pack, 'sys/docs/r.md': doc },
    );
    const report = check(files, { policy: '.modelgate/policy.yaml' });
    expect(failuresOf(report, RULE)).toEqual([{ file: 'sys/docs/r.md', line: lineOf(doc, '## Owners'), message: 'sys/docs/r.md: section "Owners" is a placeholder' }]);
    expect(failuresOf(report, 'docs/assessment-content')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'path: docs/r.md'), message: 'sys/docs/r.md does not read as a risk register: no section or text about owners' },
    ]);
  });

  it('is not applicable when nothing is cited (whether it must be is present\'s job)', () => {
    const files = withManifest((m) => delete m.risk.register, { '.modelgate/policy.yaml': PACK });
    expect(resultsOf(check(files, { policy: '.modelgate/policy.yaml' }), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'no document is cited' })]);
  });

  it('refuses options that are not its own, at their line', () => {
    const pack = PACK.replace('minWords: 8', 'minWords: 8\n        terms: [risk]');
    const files = withManifest(() => {}, { '.modelgate/policy.yaml': pack });
    expect(() => check(files, { policy: '.modelgate/policy.yaml' })).toThrow(/options for document-content: unknown field "terms"/);
  });
});

describe('the bundled rules that cite documents judge what the document is', () => {
  const iso = { policy: 'iso-42001' };
  const complete = (m: Record<string, any>) => {
    m.risk.impactAssessment = { path: 'docs/impact.md', approver: 'CRO', nextReview: daysAgo(-60) };
    m.risk.register = 'docs/risks.md';
    m.intendedUse = { purpose: 'Rank applications for review.', users: ['credit officers'], foreseeableMisuse: ['sole basis for decline'], accuracy: [{ metric: 'roc_auc', min: 0.7 }] };
    m.monitoring.postMarketPlan = 'docs/pmm.md';
  };
  const PLAN = '# Post-market monitoring\n\nWeekly drift and performance checks, a monthly review of override rates; serious incidents are reported within 15 days.\n';
  const docs = { 'sys/docs/risks.md': RISK_REGISTER, 'sys/docs/pmm.md': PLAN };
  const RELEASE_NOTES = '# Release notes\n\nVersion 1.2.0 retrains the model on data up to March, adds two bureau features and moves the service to the new cluster; latency fell by a third.\n';

  it('passes each with a document of its kind', () => {
    const report = check(withManifest(complete, docs), iso);
    for (const rule of ['risk/impact-assessment', 'risk/register', 'monitoring/post-market-plan', 'oversight/stop', 'oversight/override', 'oversight/capability-evidence', 'evidence/path-resolves']) {
      expect(failuresOf(report, rule), rule).toEqual([]);
    }
  });

  it.each([
    {
      rule: 'risk/impact-assessment',
      swap: { 'sys/docs/impact.md': RELEASE_NOTES },
      at: 'path: docs/impact.md',
      message: 'sys/docs/impact.md does not read as an impact assessment: no section or text about affected persons or rights, nor about impacts or harms, nor about measures that address them',
    },
    {
      rule: 'risk/register',
      swap: { 'sys/docs/risks.md': OVERSIGHT_PLAN },
      at: 'register: docs/risks.md',
      message: 'sys/docs/risks.md does not read as a risk register: no section or text about risks, nor about how each risk is treated, nor about who owns each risk',
    },
    {
      rule: 'monitoring/post-market-plan',
      swap: { 'sys/docs/pmm.md': IMPACT_ASSESSMENT },
      at: 'postMarketPlan: docs/pmm.md',
      message: 'sys/docs/pmm.md does not read as a post-market monitoring plan: no section or text about what is monitored, nor about how often, nor about incidents and corrective action',
    },
    {
      rule: 'oversight/stop',
      swap: { 'sys/runbooks/stop.md': RISK_REGISTER.replace('rubber-stamp', 'ignore') },
      at: 'evidence: runbooks/stop.md',
      message: 'sys/runbooks/stop.md does not read as a stop procedure: no section or text about stopping or disabling the system',
    },
  ] as Array<{ rule: string; swap: Record<string, string>; at: string; message: string }>)('$rule fails a document of another kind, at the citing line', ({ rule, swap, at, message }) => {
    const files = withManifest(complete, { ...docs, ...swap });
    expect(failuresOf(check(files, iso), rule)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
  });

  // Found by an auditor helper: the card ("flagged for full review", "drift monitoring watches
  // for it weekly") passed as the stop runbook, the post-market plan and the robustness evaluation.
  it.each([
    { rule: 'oversight/stop', edit: (m: any) => (m.oversight.capabilities.stop.evidence = 'README.md'), at: 'evidence: README.md', kind: 'a stop procedure', cite: 'stop procedure' },
    { rule: 'monitoring/post-market-plan', edit: (m: any) => (m.monitoring.postMarketPlan = 'README.md'), at: 'postMarketPlan: README.md', kind: 'a post-market monitoring plan', cite: 'post-market monitoring plan' },
    { rule: 'risk/register', edit: (m: any) => (m.risk.register = 'README.md'), at: 'register: README.md', kind: 'a risk register', cite: 'risk register' },
    // By its title, whose section is the whole card (found by a review helper).
    { rule: 'oversight/stop', edit: (m: any) => (m.oversight.capabilities.stop.evidence = 'README.md#demo-scorer'), at: 'evidence: README.md#demo-scorer', kind: 'a stop procedure', cite: 'stop procedure' },
  ])("$rule fails the system's own model card cited whole, at the citing line", ({ rule, edit, at, kind, cite }) => {
    const files = withManifest((m) => {
      complete(m);
      edit(m);
    }, docs);
    expect(failuresOf(check(files, iso), rule)).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message: `sys/README.md is this system's model card, not ${kind}: cite the ${cite}, or the section of the card that holds it (sys/README.md#…)` },
    ]);
  });

  it('oversight/capability-evidence takes a section of the card (its limitations) for understanding the limits, not the whole card', () => {
    const LIMITS = 'Thin-file applicants get less reliable scores. Credit officers learn in their model literacy course where the score is weak and what it was not built for, and review every thin file by hand.';
    const citing = (evidence: string, limits = LIMITS) =>
      failuresOf(
        check(withManifest((m) => {
          complete(m);
          m.oversight.capabilities.understandLimits.evidence = evidence;
        }, { ...docs, 'sys/README.md': COMPLIANT_CARD.replace('Thin-file applicants get less reliable scores.', limits) }), iso),
        'oversight/capability-evidence',
      ).map((f) => f.message);
    expect(citing('README.md#bias-risks-and-limitations')).toEqual([]);
    // Judged alone: the card's other sections do not fill in a section that says too little (a second review's).
    expect(citing('README.md#bias-risks-and-limitations', 'Thin-file applicants get less reliable scores.')).toEqual([
      'sys/README.md says too little to be a human oversight document: 6 words of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least 15 expected',
      'sys/README.md does not read as a human oversight document: no section or text about the people who oversee the system',
    ]);
    expect(citing('README.md')).toEqual([expect.stringMatching(/^sys\/README\.md is this system's model card, not a human oversight document/)]);
  });

  // Stopping and overriding are capabilities: a document that names them only to deny them
  // (topics marked `affirmed`) does not evidence them. Headings name a topic and deny nothing.
  const OVERRIDE_SECTION = 'Officers decide every application and may disregard the score; an applicant can appeal any decision.';
  it.each([
    ['steps under a stop heading that never say "stop", beside a denial', "# Runbook\n\nThe scorer cannot be paused mid-batch.\n\n## Stopping the scorer\n\n1. Open the admin console.\n2. Set SCORER_ENABLED to false; applications go to the officers' queue within a minute.\n"],
    ['a stop that needs an approval ("cannot … without")', "# Stop\n\nThe scorer cannot be stopped without the duty manager's approval; once approved, on-call sets SCORER_ENABLED=false and traffic moves to manual review.\n"],
    ['"not only … but also halt"', '# Stop\n\nOperators not only watch the dashboard but also halt the scorer with the feature flag when drift alerts fire.\n'],
    ['a denial in another clause', '# Stop\n\nIf the scorer does not respond, on-call stops it with the kill switch and applications are routed to officers.\n'],
    ['a denial that a condition ends ("not … until … halts")', '# Stop\n\nThe old scorer is not retired until on-call halts it, so officers score every application by hand meanwhile.\n'],
    ['a denial beside a stop that is described', '# Stop\n\nThe model cannot be retrained in production. On-call disables it with the feature flag, and officers score by hand.\n'],
  ])('oversight/stop passes %s', (_name, runbook) => {
    expect(failuresOf(check(withManifest(complete, { ...docs, 'sys/runbooks/stop.md': runbook }), iso), 'oversight/stop')).toEqual([]);
  });

  it.each([
    ['a stop denied', '# Stop\n\nThe scorer cannot be stopped or paused by operators; it runs continuously for every application in every region.\n', 'cannot be stopped or paused by operators'],
    ['every stop term denied', "# Stop\n\nThere is no kill switch and no fallback: the model scores every application, and staff can't switch it off at any time.\n", 'no kill switch and no fallback'],
    ['a stop denied after it', '# Stop\n\nShutdown is not possible: the service has to keep scoring every application it receives, day and night.\n', 'shutdown is not possible'],
  ])('oversight/stop fails %s, quoting the denial', (_name, runbook, quoted) => {
    const files = withManifest(complete, { ...docs, 'sys/runbooks/stop.md': runbook });
    expect(failuresOf(check(files, iso), 'oversight/stop')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'evidence: runbooks/stop.md'), message: `sys/runbooks/stop.md does not read as a stop procedure: it mentions stopping or disabling the system only to say it cannot be done ("${quoted}")` },
    ]);
  });

  it.each([
    ['a denial', 'The score cannot be overridden by officers, and the model output is final for every application.', 'cannot be overridden by officers'],
    ["a denial with can't", "Officers can't overrule or amend the score; the model output is final for every application.", "can't overrule or amend the score"],
  ])('oversight/override fails %s in the cited section', (_name, section, quoted) => {
    const files = withManifest(complete, { ...docs, 'sys/docs/oversight.md': OVERSIGHT_PLAN.replace(OVERRIDE_SECTION, section) });
    expect(OVERSIGHT_PLAN).toContain(OVERRIDE_SECTION);
    expect(failuresOf(check(files, iso), 'oversight/override')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'evidence: docs/oversight.md#override'), message: `sys/docs/oversight.md does not read as a human oversight document: it mentions overriding or reversing an output only to say it cannot be done ("${quoted}")` },
    ]);
  });

  it('oversight/override passes a section that denies one thing and describes the override', () => {
    const files = withManifest(complete, { ...docs, 'sys/docs/oversight.md': OVERSIGHT_PLAN.replace(OVERRIDE_SECTION, 'No decision is final until an officer approves it; officers may reverse any score.') });
    expect(failuresOf(check(files, iso), 'oversight/override')).toEqual([]);
  });

  it('evidence/path-resolves accepts a binary evidence file (a signed PDF) but not a placeholder', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    const binary = withManifest((m) => (m.evidence = [{ path: 'docs/approval.pdf' }]), { 'sys/docs/approval.pdf': pdf });
    expect(failuresOf(check(binary), 'evidence/path-resolves')).toEqual([]);
    const placeholder = withManifest((m) => (m.evidence = [{ path: 'docs/approval.md' }]), { 'sys/docs/approval.md': 'TBD\n' });
    expect(failuresOf(check(placeholder), 'evidence/path-resolves')).toEqual([
      { file: MANIFEST, line: lineOf(placeholder[MANIFEST] as string, 'path: docs/approval.md'), message: 'sys/docs/approval.md is a placeholder: only "TBD"' },
    ]);
  });

  it('a dataset card that is only a placeholder fails data/dataset-card and data/dataset-card-sections once each, at the citing line', () => {
    const files = withManifest(() => {}, { 'sys/data/train.md': '---\nlicense: other\n---\n# Train 2025\n\nTODO\n' });
    const report = check(files);
    const expected = [{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'card: data/train.md'), message: 'sys/data/train.md is a placeholder: only "Train 2025 TODO"' }];
    expect(failuresOf(report, 'data/dataset-card')).toEqual(expected);
    expect(failuresOf(report, 'data/dataset-card-sections')).toEqual(expected);
  });

  it('a model card that is only a placeholder fails card/present at the citing line', () => {
    const files = withManifest(() => {}, { 'sys/README.md': '# TODO\n' });
    expect(failuresOf(check(files), 'card/present')).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'modelCard: README.md'), message: 'sys/README.md is a placeholder: only "TODO"' }]);
  });
});

describe('nothing to check is not applicable, and a policy can require it', () => {
  const data = 'id,income\n1,42000\n';
  const sha = createHash('sha256').update(data).digest('hex');
  const required = (rule: string) => ({ '.modelgate/policy.yaml': `extends: baseline\nrules:\n  ${rule}: { required: true }\n` });
  const policy = { policy: '.modelgate/policy.yaml' };

  it.each([
    {
      rule: 'evidence/checksum',
      name: 'no evidence entry declares a sha256',
      mutate: (m: Record<string, any>) => (m.evidence = [{ path: 'docs/impact.md' }]),
      reason: 'no entry declares a sha256',
      at: '- path: docs/impact.md',
    },
    {
      rule: 'data/dataset-checksum',
      name: 'no dataset declares a sha256',
      mutate: () => {},
      reason: 'no entry declares a sha256',
      at: '- id: train-2025',
    },
    {
      rule: 'data/dataset-checksum',
      name: 'the one declared sha256 is of a remote file',
      mutate: (m: Record<string, any>) => Object.assign(m.data.datasets[0], { uri: 's3://bucket/train.csv', sha256: 'b'.repeat(64) }),
      reason: 'no declared sha256 is of a file in this repository (s3://bucket/train.csv is remote)',
      at: '- id: train-2025',
    },
    {
      rule: 'evidence/checksum',
      name: 'there is no evidence registry',
      mutate: () => {},
      reason: 'nothing to check: $.manifest.evidence[*] is not in this system',
      at: undefined,
    },
  ])('$rule when $name: not applicable, and with required: true a failure saying so', ({ rule, mutate, reason, at }) => {
    const files = withManifest(mutate);
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: reason })]);
    const strict = { ...files, ...required(rule) };
    expect(failuresOf(check(strict, policy), rule)).toEqual([
      {
        file: MANIFEST,
        line: at ? lineOf(files[MANIFEST] as string, at) : 1,
        message: `required by the policy, but nothing to check: ${reason.replace(/^nothing to check: /, '')}`,
      },
    ]);
  });

  it('bias/thresholds-met fails an attribute measured only by metrics no bound names (a number alone is not a judged fairness result)', () => {
    const report = { ...compliantBiasReport(), results: [{ attribute: 'age_band', metric: 'selection_rate', group: '18-25', value: 0.31 }, { attribute: 'sex', metric: 'mean_prediction', value: 1 }] };
    const files = withManifest(() => {}, { 'sys/evidence/bias.json': JSON.stringify(report) });
    const manifest = files[MANIFEST] as string;
    const bounds = 'neither bias.thresholds nor the policy\'s defaults (demographic_parity_difference, equalized_odds_difference, equal_opportunity_difference, and 5 more) hold it to a bound';
    expect(failuresOf(check(files), 'bias/thresholds-met')).toEqual([
      { file: MANIFEST, line: lineOf(manifest, '- age_band'), message: `age_band is measured in sys/evidence/bias.json only by metrics with no bound (selection_rate): ${bounds}` },
      { file: MANIFEST, line: lineOf(manifest, '- sex'), message: `sex is measured in sys/evidence/bias.json only by metrics with no bound (mean_prediction): ${bounds}` },
    ]);
    // A bound of its own for the metric holds it.
    const bounded = withManifest((m) => (m.bias.thresholds = [{ metric: 'selection_rate', attribute: 'age_band', min: 0.2 }, { metric: 'mean_prediction', attribute: 'sex', min: 1 }]), { 'sys/evidence/bias.json': JSON.stringify(report) });
    expect(resultsOf(check(bounded), 'bias/thresholds-met').map((r) => r.status)).toEqual(['pass']);
  });

  it('bias/thresholds-met: a threshold whose bound is not a number (max: .nan) holds nothing and leaves the default in force', () => {
    const report = { ...compliantBiasReport(), results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.04 }, { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.3 }] };
    const files = withManifest((m) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', attribute: 'sex', max: Number.NaN }]), { 'sys/evidence/bias.json': JSON.stringify(report) });
    expect(failuresOf(check(files), 'bias/thresholds-met').map((f) => f.message)).toEqual(['demographic_parity_difference for sex is 0.3, above the maximum 0.1 (policy default)']);
  });

  it('a required rule with something to check passes or fails on it as before', () => {
    const files = withManifest((m) => Object.assign(m.data.datasets[0], { uri: 'data/train.csv', sha256: sha }), { 'sys/data/train.csv': data, ...required('data/dataset-checksum') });
    expect(resultsOf(check(files, policy), 'data/dataset-checksum')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('one entry with a checksum to verify is enough for a pass; the others are not counted as passes', () => {
    const files = withManifest(
      (m) => {
        Object.assign(m.data.datasets[0], { uri: 'data/train.csv', sha256: sha });
        m.data.datasets.push({ ...m.data.datasets[0], id: 'holdout', uri: 's3://bucket/holdout.csv', sha256: undefined });
        delete m.data.datasets[1].sha256;
      },
      { 'sys/data/train.csv': data },
    );
    expect(resultsOf(check(files), 'data/dataset-checksum')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });
});
