/**
 * Transparency duties (EU AI Act Art. 50 and 53): which systems they apply to (tier, and the
 * manifest's interactsWithPeople / generatesContent), and each rule on a passing manifest and
 * on each way it fails, with the exact finding and its line.
 */
import { describe, expect, it } from 'vitest';
import { lineOf, type Files } from '../helpers/repo.js';
import { check, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

const AS_OF = new Date('2026-11-22T00:00:00Z');
const NOTICE = '# AI notice\n\nYou are chatting with an AI assistant. A person from our team reviews its answers; type "agent" to reach one.\n';
const MARKING = '# Marking\n\nEvery generated image carries C2PA content credentials naming the model and the time it was made, and an invisible watermark. The public verifier at verify.example.com detects both.\n';
const TECH_DOC = '# Technical documentation\n\n## Model\n\nA 7B parameter transformer; input and output modality text.\n\n## Training\n\nTrained for three epochs and evaluated on a held-out benchmark.\n\n## Use\n\nIntended task: drafting support answers; the acceptable use policy and licence list what is not allowed.\n';
const SUMMARY = '# Training content summary\n\nData sources: our help-centre articles and resolved tickets; no web crawling and no licensed datasets.\n\nCopyright: all content is our own, so no text and data mining opt-out applied.\n';

/** The compliant system made a limited-risk chatbot (or `tier`), with `transparency` and extra files. */
const system = (transparency: Record<string, unknown> | undefined, files: Record<string, string> = {}, tier = 'limited') =>
  withManifest((m) => {
    m.risk.euAiAct = { tier, basis: 'Art. 50(1): a customer chatbot' };
    if (transparency) m.transparency = transparency;
  }, files);

const run = (files: Files) => check(files, { now: AS_OF });

interface Case {
  rule: string;
  name: string;
  tier?: string;
  transparency: Record<string, unknown> | undefined;
  files?: Record<string, string>;
  expected: Array<{ file: string; at: string; message: string }>;
}

const CHATBOT = { interactsWithPeople: true, disclosure: 'docs/notice.md', generatesContent: false };
const GENERATOR = { interactsWithPeople: false, generatesContent: true, contentMarking: { method: 'c2pa', evidence: 'docs/marking.md' } };
const GPAI = { interactsWithPeople: false, generatesContent: false, technicalDocumentation: 'docs/tech.md', trainingContentSummary: 'docs/summary.md' };

const cases: Case[] = [
  {
    rule: 'transparency/duties-declared',
    name: 'a limited-risk system that declares neither',
    transparency: undefined,
    expected: [
      { file: MANIFEST, at: 'id: demo-scorer', message: 'transparency.interactsWithPeople is missing' },
      { file: MANIFEST, at: 'id: demo-scorer', message: 'transparency.generatesContent is missing' },
    ],
  },
  {
    rule: 'transparency/ai-disclosure',
    name: 'a chatbot citing no notice',
    transparency: { interactsWithPeople: true, generatesContent: false },
    expected: [{ file: MANIFEST, at: 'transparency:', message: 'transparency.disclosure is missing (required when transparency.interactsWithPeople is true)' }],
  },
  {
    rule: 'transparency/ai-disclosure',
    name: 'a notice that never says it is an AI system',
    transparency: CHATBOT,
    files: { 'sys/docs/notice.md': '# Welcome\n\nHello! Ask us anything about your order, delivery or returns and we will answer quickly.\n' },
    expected: [{ file: MANIFEST, at: 'disclosure: docs/notice.md', message: 'sys/docs/notice.md does not read as an AI interaction notice: no section or text about that the person is dealing with an AI system' }],
  },
  {
    rule: 'transparency/ai-disclosure',
    name: 'a placeholder notice',
    transparency: CHATBOT,
    files: { 'sys/docs/notice.md': '# AI notice\n\nTODO\n' },
    expected: [{ file: MANIFEST, at: 'disclosure: docs/notice.md', message: 'sys/docs/notice.md is a placeholder: only "AI notice TODO"' }],
  },
  {
    rule: 'transparency/content-marking',
    name: 'a generator that names no marking method',
    transparency: { interactsWithPeople: false, generatesContent: true },
    expected: [
      { file: MANIFEST, at: 'transparency:', message: 'transparency.contentMarking.method is missing (required when transparency.generatesContent is true)' },
      { file: MANIFEST, at: 'transparency:', message: 'transparency.contentMarking.evidence is missing (required when transparency.generatesContent is true)' },
    ],
  },
  {
    rule: 'transparency/content-marking',
    name: 'a marking document that says nothing of detection',
    transparency: GENERATOR,
    files: { 'sys/docs/marking.md': '# Marking\n\nEvery generated image carries C2PA content credentials naming the model and the time it was generated, and nothing else about it.\n' },
    expected: [{ file: MANIFEST, at: 'evidence: docs/marking.md', message: 'sys/docs/marking.md does not read as a content marking description: no section or text about how the mark is detected or verified' }],
  },
  // New user: a visible label, and "reads", passed as a machine-readable mark and its detection.
  {
    rule: 'transparency/content-marking',
    name: 'a marking document that describes only a visible label',
    transparency: GENERATOR,
    files: { 'sys/docs/marking.md': '# Marking\n\nEach chat message shows a header label that reads "AI assistant", so readers can tell the answer came from the assistant.\n' },
    expected: [
      { file: MANIFEST, at: 'evidence: docs/marking.md', message: 'sys/docs/marking.md does not read as a content marking description: no section or text about a machine-readable marking method, nor about how the mark is detected or verified' },
    ],
  },
  {
    rule: 'transparency/gpai-technical-documentation',
    name: 'a GPAI model without its technical documentation',
    tier: 'gpai',
    transparency: { ...GPAI, technicalDocumentation: undefined },
    files: { 'sys/docs/summary.md': SUMMARY },
    expected: [{ file: MANIFEST, at: 'transparency:', message: 'transparency.technicalDocumentation is missing' }],
  },
  {
    rule: 'transparency/training-content-summary',
    name: 'an empty training content summary',
    tier: 'gpai',
    transparency: GPAI,
    files: { 'sys/docs/tech.md': TECH_DOC, 'sys/docs/summary.md': '' },
    expected: [{ file: MANIFEST, at: 'trainingContentSummary: docs/summary.md', message: 'sys/docs/summary.md is empty' }],
  },
];

describe('transparency rules', () => {
  it.each([
    ['transparency/duties-declared', 'limited', CHATBOT, { 'sys/docs/notice.md': NOTICE }],
    ['transparency/ai-disclosure', 'limited', CHATBOT, { 'sys/docs/notice.md': NOTICE }],
    ['transparency/content-marking', 'limited', GENERATOR, { 'sys/docs/marking.md': MARKING }],
    ['transparency/gpai-technical-documentation', 'gpai', GPAI, { 'sys/docs/tech.md': TECH_DOC, 'sys/docs/summary.md': SUMMARY }],
    ['transparency/training-content-summary', 'gpai', GPAI, { 'sys/docs/tech.md': TECH_DOC, 'sys/docs/summary.md': SUMMARY }],
  ] as const)('%s passes for a %s system with what it needs', (rule, tier, transparency, files) => {
    expect(resultsOf(run(system(transparency, files, tier)), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(['transparency/duties-declared', 'transparency/ai-disclosure', 'transparency/content-marking', 'transparency/gpai-technical-documentation', 'transparency/training-content-summary'])(
    '%s does not apply to a minimal-risk system',
    (rule) => {
      expect(resultsOf(run(system(undefined, {}, 'minimal')), rule)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
    },
  );

  it('a chatbot needs no marking, and a generator no notice', () => {
    expect(resultsOf(run(system(CHATBOT, { 'sys/docs/notice.md': NOTICE })), 'transparency/content-marking')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
    expect(resultsOf(run(system(GENERATOR, { 'sys/docs/marking.md': MARKING })), 'transparency/ai-disclosure')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, tier, transparency, files, expected }) => {
    const all = system(transparency, files ?? {}, tier);
    expect(failuresOf(run(all), rule)).toEqual(expected.map(({ file, at, message }) => ({ file, line: lineOf(all[file] as string, at), message })));
  });
});

// Art. 50(1) (telling people) and 50(2) (marking outputs) bind providers; a deployer's Art. 50
// duties are 50(3) and 50(4) (emotion recognition, deep fakes, text published to inform the public).
describe('Art. 50(1) and 50(2) are provider duties', () => {
  const byRoles = (roles: string[] | undefined, transparency: Record<string, unknown>) =>
    withManifest((m) => {
      m.risk.euAiAct = { tier: 'limited', basis: 'Art. 50: generates text and talks to people', ...(roles ? { roles } : {}) };
      m.transparency = transparency;
    });
  const DEPLOYER = "this system's roles are deployer (a deployer's duties under Art.50 are Art.50(3), Art.50(4))";
  const cases: Array<{ rule: string; roles: string[] | undefined; transparency: Record<string, unknown>; missing?: string; reason?: string }> = [
    { rule: 'transparency/content-marking', roles: ['provider'], transparency: { interactsWithPeople: false, generatesContent: true }, missing: 'transparency.contentMarking.method is missing (required when transparency.generatesContent is true)' },
    { rule: 'transparency/content-marking', roles: ['provider', 'deployer'], transparency: { interactsWithPeople: false, generatesContent: true }, missing: 'transparency.contentMarking.method is missing (required when transparency.generatesContent is true)' },
    { rule: 'transparency/content-marking', roles: undefined, transparency: { interactsWithPeople: false, generatesContent: true }, missing: 'transparency.contentMarking.method is missing (required when transparency.generatesContent is true)' },
    { rule: 'transparency/content-marking', roles: ['deployer'], transparency: { interactsWithPeople: false, generatesContent: true }, reason: `Art.50(2) is an obligation of the provider alone; ${DEPLOYER}` },
    { rule: 'transparency/ai-disclosure', roles: ['provider'], transparency: { interactsWithPeople: true, generatesContent: false }, missing: 'transparency.disclosure is missing (required when transparency.interactsWithPeople is true)' },
    { rule: 'transparency/ai-disclosure', roles: ['deployer'], transparency: { interactsWithPeople: true, generatesContent: false }, reason: `Art.50(1) is an obligation of the provider alone; ${DEPLOYER}` },
  ];
  it.each(cases)('$rule for roles $roles', ({ rule, roles, transparency, missing, reason }) => {
    const files = byRoles(roles, transparency);
    const report = run(files);
    if (missing) {
      expect(failuresOf(report, rule)[0]).toEqual({ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'transparency:'), message: missing });
    } else {
      expect(resultsOf(report, rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: reason })]);
      // The article still applies to the deployer: it declares what it does (duties-declared passes).
      expect(resultsOf(report, 'transparency/duties-declared')).toEqual([expect.objectContaining({ status: 'pass' })]);
    }
  });

  it('a pull request dropping the provider role takes Art.50(1) and Art.50(2) away (governance sees it)', async () => {
    const { obligationsDropped } = await import('../../src/policy/obligations.js');
    const profile = { tier: 'limited', interactsWithPeople: true, generatesContent: true };
    expect(obligationsDropped({ ...profile, roles: ['provider', 'deployer'] }, { ...profile, roles: ['deployer'] }).articles).toEqual(expect.arrayContaining(['Art.50(1)', 'Art.50(2)']));
  });
});

describe('an open-source general-purpose model (Art. 53(2))', () => {
  const release = (license: string, tier = 'gpai', parametersPublic: unknown = true) =>
    withManifest((m) => {
      m.risk.euAiAct = { tier, basis: 'Art. 51: a general-purpose model', roles: ['provider'] };
      m.license = license;
      m.transparency = { ...GPAI, technicalDocumentation: undefined, parametersPublic };
    }, { 'sys/docs/summary.md': SUMMARY });

  it('is spared the technical documentation under an OSI licence with its parameters public, and says why', () => {
    expect(resultsOf(run(release('apache-2.0')), 'transparency/gpai-technical-documentation')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: 'Art.53(1)(a) does not apply (Art. 53(2)): the model is released under an open-source licence (apache-2.0) with its parameters public, and has no systemic risk' }),
    ]);
    // The training-content summary (Art. 53(1)(d)) is still due.
    expect(resultsOf(run(release('apache-2.0')), 'transparency/training-content-summary')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    ['a licence with use restrictions', 'llama3', 'gpai', true],
    ['systemic risk', 'apache-2.0', 'gpai-systemic', true],
    ['parameters not declared public', 'apache-2.0', 'gpai', false],
  ])('is not spared it with %s', (_name, license, tier, parametersPublic) => {
    const files = release(license, tier, parametersPublic);
    expect(failuresOf(run(files), 'transparency/gpai-technical-documentation')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'transparency:'), message: 'transparency.technicalDocumentation is missing' },
    ]);
  });
});

describe('a high-risk system that talks to people or generates content (Art. 50(6))', () => {
  it('has the Art. 50 duties too: a high-risk chatbot without a notice fails', () => {
    const files = system({ interactsWithPeople: true, generatesContent: false }, {}, 'high');
    expect(failuresOf(run(files), 'transparency/ai-disclosure')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'transparency:'), message: 'transparency.disclosure is missing (required when transparency.interactsWithPeople is true)' },
    ]);
  });

  it('and passes with one; a high-risk system declaring neither has no Art. 50 rule', () => {
    expect(resultsOf(run(system(CHATBOT, { 'sys/docs/notice.md': NOTICE }, 'high')), 'transparency/ai-disclosure')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(resultsOf(run(system({ interactsWithPeople: false, generatesContent: false }, {}, 'high')), 'transparency/duties-declared')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: expect.stringContaining('Art.50 applies to limited, gpai, gpai-systemic systems') as unknown as string }),
    ]);
  });

  it('coverage counts Art.50 for it', () => {
    const report = run(system(CHATBOT, { 'sys/docs/notice.md': NOTICE }, 'high'));
    const art50 = report.coverage[0]?.frameworks.find((f) => f.framework === 'euAiAct')?.controls.find((c) => c.id === 'Art.50');
    expect(art50).toBeDefined();
    expect(art50?.status).not.toBe('not-applicable');
  });
});

// Art. 50(3) and 50(4) bind deployers: informing the people exposed to emotion recognition or
// biometric categorisation, and disclosing deep fakes and AI-generated text published to inform
// the public (not due for text under human editorial control with someone editorially
// responsible). Declaring any of them gives a system of any tier Art. 50 (Art. 50(6)).
describe("a deployer's own Art. 50 duties: 50(3) and 50(4)", () => {
  const EXPOSURE =
    '# Notice at the entrance\n\nThe cameras in this store run an emotion recognition system: it infers from facial expressions whether a visitor looks frustrated, so staff can offer help.\n\n## Your personal data\n\nFrames are processed on the camera and deleted after ten seconds; nothing is stored. Controller: Example Retail GmbH, privacy@example.com.\n';
  const LABEL = '# Label\n\nEvery video the tool makes is shown with the words "This video was generated with AI" in its corner and at the start of its description.\n';
  const TEXT_NOTICE = "# Disclosure\n\nEach summary ends with the line: \"This text was generated by AI from the council's published minutes.\"\n";
  const EDITORIAL =
    '# Editorial process\n\nAn editor reviews and corrects every AI-drafted article before it is published; nothing goes out without their sign-off. Editorial responsibility lies with the editor-in-chief of Example News GmbH.\n';

  /** The compliant system as the deployer (or `roles`) of a `tier` system, with `transparency` and extra files. */
  const deployer = (transparency: Record<string, unknown> | undefined, files: Record<string, string> = {}, tier = 'minimal', roles: string[] = ['deployer']) =>
    withManifest((m) => {
      m.risk.euAiAct = { tier, basis: 'Not an Annex III use', roles };
      if (transparency) m.transparency = transparency;
    }, files);

  const NONE = { interactsWithPeople: false, generatesContent: false, recognisesEmotions: false, categorisesBiometrically: false, generatesDeepFakes: false, publishesPublicInterestText: false };
  const EMOTIONS = { ...NONE, recognisesEmotions: true, exposureNotice: 'docs/exposure.md' };
  const CATEGORISER = { ...NONE, categorisesBiometrically: true, exposureNotice: 'docs/exposure.md' };
  const DEEP_FAKES = { ...NONE, generatesDeepFakes: true, deepFakeDisclosure: 'docs/label.md' };
  const NEWS = { ...NONE, publishesPublicInterestText: true, textDisclosure: 'docs/text-notice.md' };
  const EDITED = { ...NONE, publishesPublicInterestText: true, editorialControl: { reviewed: true, responsible: 'Example News GmbH (editor-in-chief)', process: 'docs/editorial.md' } };
  const ALL_FILES = { 'sys/docs/exposure.md': EXPOSURE, 'sys/docs/label.md': LABEL, 'sys/docs/text-notice.md': TEXT_NOTICE, 'sys/docs/editorial.md': EDITORIAL };

  it.each([
    ['transparency/deployer-duties-declared', 'a limited-risk deployer that declares all four false', 'limited', NONE],
    ['transparency/deployer-duties-declared', 'a minimal-risk emotion recognition system', 'minimal', EMOTIONS],
    ['transparency/exposure-notice', 'a minimal-risk emotion recognition system with its notice', 'minimal', EMOTIONS],
    ['transparency/exposure-notice', 'a minimal-risk biometric categorisation system with its notice', 'minimal', CATEGORISER],
    ['transparency/deep-fake-disclosure', 'a minimal-risk deep-fake generator with its label', 'minimal', DEEP_FAKES],
    ['transparency/public-interest-text-disclosure', 'a minimal-risk news summariser with its disclosure', 'minimal', NEWS],
    ['transparency/public-interest-text-disclosure', 'a news summariser under editorial control, with no disclosure (the Art. 50(4) exemption)', 'minimal', EDITED],
  ] as const)('%s passes for %s', (rule, _name, tier, transparency) => {
    expect(resultsOf(run(deployer(transparency, ALL_FILES, tier)), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('the editorial exemption asks for no disclosure, and is judged on its own evidence', () => {
    const report = run(deployer(EDITED, ALL_FILES));
    expect(report.findings.filter((f) => f.message.includes('textDisclosure'))).toEqual([]);
    // The same system, not under editorial control, fails for want of the disclosure.
    expect(failuresOf(run(deployer({ ...EDITED, editorialControl: undefined }, ALL_FILES)), 'transparency/public-interest-text-disclosure')).toHaveLength(1);
  });

  const DEPLOYER_DUTY = ": Art. 50(3) and 50(4) bind the system's deployer (risk.euAiAct.roles names deployer, or is not declared and counts as both); declare it true or false";
  const failing: Array<Omit<Case, 'tier'>> = [
    {
      rule: 'transparency/deployer-duties-declared',
      name: 'an emotion recognition system that declares nothing else of what its deployer does',
      transparency: { interactsWithPeople: false, generatesContent: false, recognisesEmotions: true, exposureNotice: 'docs/exposure.md' },
      files: ALL_FILES,
      expected: [
        { file: MANIFEST, at: 'transparency:', message: `transparency.categorisesBiometrically is missing${DEPLOYER_DUTY}` },
        { file: MANIFEST, at: 'transparency:', message: `transparency.generatesDeepFakes is missing${DEPLOYER_DUTY}` },
        { file: MANIFEST, at: 'transparency:', message: `transparency.publishesPublicInterestText is missing${DEPLOYER_DUTY}` },
      ],
    },
    {
      rule: 'transparency/exposure-notice',
      name: 'an emotion recognition system citing no notice',
      transparency: { ...EMOTIONS, exposureNotice: undefined },
      expected: [{ file: MANIFEST, at: 'transparency:', message: 'transparency.exposureNotice is missing (required when transparency.recognisesEmotions is true)' }],
    },
    {
      rule: 'transparency/exposure-notice',
      name: 'a system that does both, citing no notice: one finding, naming both',
      transparency: { ...EMOTIONS, categorisesBiometrically: true, exposureNotice: undefined },
      expected: [{ file: MANIFEST, at: 'transparency:', message: 'transparency.exposureNotice is missing (required when transparency.recognisesEmotions is true and transparency.categorisesBiometrically is true)' }],
    },
    {
      rule: 'transparency/exposure-notice',
      name: 'a notice that says nothing of personal data',
      transparency: CATEGORISER,
      files: { 'sys/docs/exposure.md': '# Notice\n\nThe gate camera estimates the age band and sex of each visitor from their face, a biometric categorisation system, to count who comes in.\n' },
      expected: [{ file: MANIFEST, at: 'exposureNotice: docs/exposure.md', message: 'sys/docs/exposure.md does not read as a notice to the persons exposed: no section or text about how their personal data is processed' }],
    },
    {
      rule: 'transparency/exposure-notice',
      name: 'a privacy notice that never says the system is in operation',
      transparency: EMOTIONS,
      files: { 'sys/docs/exposure.md': '# Privacy\n\nWe process your personal data under the GDPR for security purposes; recordings are deleted after 72 hours. Controller: Example Retail GmbH.\n' },
      expected: [
        { file: MANIFEST, at: 'exposureNotice: docs/exposure.md', message: 'sys/docs/exposure.md does not read as a notice to the persons exposed: no section or text about that an emotion recognition or biometric categorisation system is in operation' },
      ],
    },
    {
      rule: 'transparency/deep-fake-disclosure',
      name: 'a deep-fake generator citing no disclosure',
      transparency: { ...DEEP_FAKES, deepFakeDisclosure: undefined },
      expected: [{ file: MANIFEST, at: 'transparency:', message: 'transparency.deepFakeDisclosure is missing (required when transparency.generatesDeepFakes is true)' }],
    },
    {
      rule: 'transparency/deep-fake-disclosure',
      name: 'a label that never says the content is generated',
      transparency: DEEP_FAKES,
      files: { 'sys/docs/label.md': '# Label\n\nEvery video carries our logo in the corner and a link to the campaign page in its description.\n' },
      expected: [{ file: MANIFEST, at: 'deepFakeDisclosure: docs/label.md', message: 'sys/docs/label.md does not read as a deep fake disclosure: no section or text about that the content is artificially generated or manipulated' }],
    },
    {
      rule: 'transparency/deep-fake-disclosure',
      name: 'a placeholder label',
      transparency: DEEP_FAKES,
      files: { 'sys/docs/label.md': '# Label\n\nTBD\n' },
      expected: [{ file: MANIFEST, at: 'deepFakeDisclosure: docs/label.md', message: 'sys/docs/label.md is a placeholder: only "Label TBD"' }],
    },
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'published text with neither a disclosure nor editorial control',
      transparency: { ...NEWS, textDisclosure: undefined },
      expected: [
        {
          file: MANIFEST,
          at: 'transparency:',
          message: 'transparency.textDisclosure is missing (required when transparency.publishesPublicInterestText is true, unless transparency.editorialControl.reviewed is true)',
        },
      ],
    },
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'editorial control declared as not reviewing: the disclosure is still due',
      transparency: { ...EDITED, editorialControl: { reviewed: false } },
      expected: [
        {
          file: MANIFEST,
          at: 'transparency:',
          message: 'transparency.textDisclosure is missing (required when transparency.publishesPublicInterestText is true, unless transparency.editorialControl.reviewed is true)',
        },
      ],
    },
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'reviewed, but no one named as editorially responsible and no process cited',
      transparency: { ...EDITED, editorialControl: { reviewed: true } },
      expected: [
        { file: MANIFEST, at: 'editorialControl:', message: 'transparency.editorialControl.responsible is missing (required when transparency.editorialControl.reviewed is true)' },
        { file: MANIFEST, at: 'editorialControl:', message: 'transparency.editorialControl.process is missing (required when transparency.editorialControl.reviewed is true)' },
      ],
    },
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'editorial responsibility held by "None"',
      transparency: { ...EDITED, editorialControl: { ...EDITED.editorialControl, responsible: ' None ' } },
      files: { 'sys/docs/editorial.md': EDITORIAL },
      expected: [{ file: MANIFEST, at: 'responsible: " None "', message: 'transparency.editorialControl.responsible is " None ", which names no one (required when transparency.editorialControl.reviewed is true)' }],
    },
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'editorial responsibility held by "n.a." (an answer that answers nothing)',
      transparency: { ...EDITED, editorialControl: { ...EDITED.editorialControl, responsible: 'n.a.' } },
      files: { 'sys/docs/editorial.md': EDITORIAL },
      expected: [{ file: MANIFEST, at: 'responsible:', message: 'transparency.editorialControl.responsible is still a placeholder: "n.a." (required when transparency.editorialControl.reviewed is true)' }],
    },
    ...['None.', 'no-one', 'nobody (yet)', 'Not yet assigned', 'the model'].map((responsible) => ({
      rule: 'transparency/public-interest-text-disclosure',
      name: `editorial responsibility held by ${JSON.stringify(responsible)}`,
      transparency: { ...EDITED, editorialControl: { ...EDITED.editorialControl, responsible } },
      files: { 'sys/docs/editorial.md': EDITORIAL },
      expected: [{ file: MANIFEST, at: 'responsible:', message: `transparency.editorialControl.responsible is ${JSON.stringify(responsible)}, which names no one (required when transparency.editorialControl.reviewed is true)` }],
    })),
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'a process that makes someone responsible for something else, not for publication',
      transparency: EDITED,
      files: { 'sys/docs/editorial.md': '# Editorial process\n\nA member of the desk reads, reviews and corrects every AI-drafted article before it is published. The reporter is responsible for getting the names right.\n' },
      expected: [
        { file: MANIFEST, at: 'process: docs/editorial.md', message: 'sys/docs/editorial.md does not read as an editorial control process: no section or text about who holds editorial responsibility for the publication' },
      ],
    },
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'an editorial process that says no one holds editorial responsibility',
      transparency: EDITED,
      files: { 'sys/docs/editorial.md': '# Editorial process\n\nA member of the desk reads, reviews and corrects every AI-drafted article before it is published on the website or in the weekly newsletter.\n' },
      expected: [
        { file: MANIFEST, at: 'process: docs/editorial.md', message: 'sys/docs/editorial.md does not read as an editorial control process: no section or text about who holds editorial responsibility for the publication' },
      ],
    },
    {
      rule: 'transparency/public-interest-text-disclosure',
      name: 'a disclosure that never says the text is generated',
      transparency: NEWS,
      files: { 'sys/docs/text-notice.md': "# Sources\n\nEach summary links to the council's published minutes and the date of the meeting it covers.\n" },
      expected: [{ file: MANIFEST, at: 'textDisclosure: docs/text-notice.md', message: 'sys/docs/text-notice.md does not read as an AI-generated text disclosure: no section or text about that the text is artificially generated or manipulated' }],
    },
  ];

  it.each(failing)('$rule fails: $name', ({ rule, transparency, files, expected }) => {
    const all = deployer(transparency, files ?? {});
    expect(failuresOf(run(all), rule)).toEqual(expected.map(({ file, at, message }) => ({ file, line: lineOf(all[file] as string, at), message })));
  });

  it('a deployer declaring none of them: nothing to disclose, and each rule says why', () => {
    const report = run(deployer(NONE, {}, 'limited'));
    expect(resultsOf(report, 'transparency/deployer-duties-declared')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(resultsOf(report, 'transparency/exposure-notice')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: 'transparency.recognisesEmotions is not true and transparency.categorisesBiometrically is not true; no document is cited' }),
    ]);
    expect(resultsOf(report, 'transparency/deep-fake-disclosure')).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'transparency.generatesDeepFakes is not true; no document is cited' })]);
    expect(resultsOf(report, 'transparency/public-interest-text-disclosure')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: 'transparency.publishesPublicInterestText is not true; transparency.editorialControl.reviewed is not true; no document is cited' }),
    ]);
  });

  it('a minimal-risk system declaring none of them has no Art. 50 at all', () => {
    const report = run(deployer(undefined));
    for (const rule of ['transparency/deployer-duties-declared', 'transparency/exposure-notice', 'transparency/deep-fake-disclosure', 'transparency/public-interest-text-disclosure']) {
      expect(resultsOf(report, rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: expect.stringContaining('applies to limited, gpai, gpai-systemic systems; this one is minimal') as unknown as string })]);
    }
  });

  const PROVIDER = "is an obligation of the deployer alone; this system's roles are provider (a provider's duties under Art.50 are Art.50(1), Art.50(2))";
  it.each([
    ['transparency/deployer-duties-declared', 'Art.50(3)'],
    ['transparency/exposure-notice', 'Art.50(3)'],
    ['transparency/deep-fake-disclosure', 'Art.50(4)'],
    ['transparency/public-interest-text-disclosure', 'Art.50(4)'],
  ])('%s does not apply to a provider only, and says why', (rule, part) => {
    // Everything declared and nothing cited: the provider of such a system has other duties.
    const declared = { ...NONE, recognisesEmotions: true, categorisesBiometrically: true, generatesDeepFakes: true, publishesPublicInterestText: true };
    expect(resultsOf(run(deployer(declared, {}, 'limited', ['provider'])), rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: `${part} ${PROVIDER}` })]);
  });

  it('apply whatever the tier: a high-risk emotion recognition system (Art. 50(6)) needs its notice', () => {
    const files = deployer({ ...EMOTIONS, exposureNotice: undefined }, {}, 'high', ['provider', 'deployer']);
    expect(failuresOf(run(files), 'transparency/exposure-notice')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'transparency:'), message: 'transparency.exposureNotice is missing (required when transparency.recognisesEmotions is true)' },
    ]);
  });

  it.each([
    ['Annex III 1(c): emotion recognition of callers', 'recognisesEmotions', 'Annex III 1(c), emotion recognition'],
    ['Annex III, point 1(b): biometric categorisation', 'categorisesBiometrically', 'Annex III 1(b), biometric categorisation'],
    ['Annex III 1(a) and 1(c): identification and emotion recognition', 'recognisesEmotions', 'Annex III 1(c), emotion recognition'],
    ['Annex III 1\u0001(c): a control character between', 'recognisesEmotions', 'Annex III 1(c), emotion recognition'],
  ])('a high-risk deployer whose basis cites %s is asked for Art. 50(3), however it declares its flags', (basis, flag, what) => {
    for (const transparency of [undefined, { ...NONE }]) {
      const files = withManifest((m) => {
        m.risk.euAiAct = { tier: 'high', basis, roles: ['provider', 'deployer'] };
        if (transparency) m.transparency = transparency;
      });
      const report = run(files);
      expect(report.verdict).toBe('fail');
      const text = files[MANIFEST] as string;
      const declared = transparency ? `transparency.${flag} is false` : `transparency.${flag} is not declared`;
      expect(failuresOf(report, 'transparency/declarations-match-basis')).toEqual([
        {
          file: MANIFEST,
          line: lineOf(text, transparency ? `${flag}: false` : 'basis:'),
          message: `risk.euAiAct.basis cites ${what}, but ${declared}: the deployer of such a system informs the people exposed to it (Art. 50(3)); set it to true and cite the notice as transparency.exposureNotice`,
        },
      ]);
    }
    // Declared true, the notice is asked for as for any emotion recognition system.
    const honest = withManifest((m) => {
      m.risk.euAiAct = { tier: 'high', basis, roles: ['provider', 'deployer'] };
      m.transparency = { ...NONE, [flag]: true };
    });
    expect(failuresOf(run(honest), 'transparency/exposure-notice').map((f) => f.message)).toEqual([`transparency.exposureNotice is missing (required when transparency.${flag} is true)`]);
  });

  describe('coverage counts Art.50 for a minimal-risk deployer that declares one of them', () => {
    const art50 = (files: Files) => run(files).coverage[0]?.frameworks.find((f) => f.framework === 'euAiAct')?.controls.find((c) => c.id === 'Art.50');
    it.each([
      ['an emotion recognition system', EMOTIONS, 'transparency/exposure-notice'],
      ['a biometric categorisation system', CATEGORISER, 'transparency/exposure-notice'],
      ['a deep-fake generator', DEEP_FAKES, 'transparency/deep-fake-disclosure'],
      ['a news summariser', NEWS, 'transparency/public-interest-text-disclosure'],
    ] as const)('%s', (_name, transparency, rule) => {
      const control = art50(deployer(transparency, ALL_FILES));
      expect(control).toEqual(expect.objectContaining({ status: 'evidenced', rules: expect.arrayContaining([rule, 'transparency/deployer-duties-declared']) as unknown as string[] }));
    });

    it('and failing when the notice is missing', () => {
      expect(art50(deployer({ ...EMOTIONS, exposureNotice: undefined }))).toEqual(expect.objectContaining({ status: 'failing' }));
    });

    it('and not at all when it declares none', () => {
      expect(art50(deployer({ ...NONE }))).toEqual(expect.objectContaining({ status: 'not-applicable', reason: 'applies to limited, gpai, gpai-systemic systems; this one is minimal' }));
    });
  });
});
