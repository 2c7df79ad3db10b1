import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import { check, COMPLIANT_CARD, compliantFiles, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

const CARD = 'sys/README.md';

/** The compliant card with one section's body replaced (or the whole section removed). */
function cardWith(heading: string, body: string | null): string {
  const lines = COMPLIANT_CARD.split('\n');
  const start = lines.findIndex((l) => l.replace(/^#+\s*/, '') === heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  let end = start + 1;
  while (end < lines.length && !/^#/.test(lines[end] as string)) end++;
  const replacement = body === null ? [] : [lines[start] as string, '', body, ''];
  return [...lines.slice(0, start), ...replacement, ...lines.slice(end)].join('\n');
}

interface Case {
  rule: string;
  name: string;
  card: string;
  /** Text on the expected line of the card. */
  at: string;
  message: string;
}

const cases: Case[] = [
  {
    rule: 'card/intended-use',
    name: 'section missing',
    card: cardWith('Uses', null).replace('### Out-of-Scope Use', '## Out-of-Scope Use'),
    at: '---',
    message: 'the model card has no "Intended use" section (a heading such as "Intended use", "Uses", "Direct Use")',
  },
  {
    rule: 'card/intended-use',
    name: 'section is "[More Information Needed]"',
    card: cardWith('Uses', '[More Information Needed]').replace('### Out-of-Scope Use', '## Out-of-Scope Use'),
    at: '## Uses',
    message: 'the model card section "Uses" is a placeholder',
  },
  {
    rule: 'card/intended-use',
    name: 'section says only TODO',
    card: cardWith('Uses', 'TODO: describe').replace('### Out-of-Scope Use', '## Out-of-Scope Use'),
    at: '## Uses',
    message: 'the model card section "Uses" is a placeholder',
  },
  {
    rule: 'card/out-of-scope-use',
    name: 'section empty (next heading follows directly)',
    card: cardWith('Out-of-Scope Use', '').replace('\n\n\n', '\n\n'),
    at: '### Out-of-Scope Use',
    message: 'the model card section "Out-of-Scope Use" is empty',
  },
  {
    rule: 'card/limitations',
    name: 'section missing',
    card: cardWith('Bias, Risks, and Limitations', null),
    at: '---',
    message: 'the model card has no "Bias, Risks, and Limitations" section (a heading such as "Bias, Risks, and Limitations", "Risks, Limitations and Biases", "Limitations and Bias")',
  },
  {
    rule: 'card/evaluation',
    name: 'no evaluation section and no model-index',
    card: cardWith('Evaluation', null),
    at: '---',
    message: 'the model card has no "Evaluation" section (a heading such as "Evaluation", "Results", "Benchmarks", or model-index in the front matter)',
  },
  {
    rule: 'card/evaluation',
    name: 'model-index with empty results does not count',
    card: cardWith('Evaluation', null).replace('pipeline_tag', 'model-index:\n  - name: demo\n    results: []\npipeline_tag'),
    at: '---',
    message: 'the model card has no "Evaluation" section (a heading such as "Evaluation", "Results", "Benchmarks", or model-index in the front matter)',
  },
  {
    rule: 'card/license',
    name: 'no license key and no License section',
    card: COMPLIANT_CARD.replace('license: apache-2.0\n', ''),
    at: '---',
    message: 'the model card has no "License" section (a heading such as "License", "Licence", "Licensing", or license in the front matter)',
  },
  {
    rule: 'card/contact',
    name: 'contact section is TBD',
    card: cardWith('Model Card Contact', 'TBD'),
    at: '## Model Card Contact',
    message: 'the model card section "Model Card Contact" is a placeholder',
  },
];

describe('model card rules', () => {
  it.each([...new Set(cases.map((c) => c.rule))])('%s passes on the compliant card', (rule) => {
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, card, at, message }) => {
    const report = check({ ...compliantFiles(), [CARD]: card });
    expect(failuresOf(report, rule)).toEqual([{ file: CARD, line: lineOf(card, at), message }]);
  });

  it('accepts model-index metrics instead of an Evaluation section', () => {
    const card = cardWith('Evaluation', null).replace(
      'pipeline_tag',
      'model-index:\n  - name: demo\n    results:\n      - task: { type: tabular-classification }\n        dataset: { type: holdout, name: Holdout }\n        metrics:\n          - { type: roc_auc, value: 0.81 }\npipeline_tag',
    );
    expect(failuresOf(check({ ...compliantFiles(), [CARD]: card }), 'card/evaluation')).toEqual([]);
  });

  it('accepts a License section instead of front matter, and a freeform card without front matter', () => {
    const card = `# Demo\n\n**Intended Use** Ranking applications for review by officers.\n\n## Out of scope\n\nAutomatic rejection.\n\n## Limitations\n\nThin files.\n\n## Results\n\nAUC 0.81.\n\n## License\n\nApache 2.0\n\n## Contact\n\nml@example.com\n`;
    const report = check({ ...compliantFiles(), [CARD]: card });
    const cardRules = report.findings.filter((f) => f.ruleId.startsWith('card/'));
    expect(cardRules.filter((f) => f.status === 'fail')).toEqual([]);
    expect(cardRules.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining([
        'card/contact',
        'card/evaluation',
        'card/intended-use',
        'card/license',
        'card/limitations',
        'card/out-of-scope-use',
        'card/present',
      ]),
    );
  });

  it('ignores headings inside code fences', () => {
    const card = cardWith('Uses', null).replace('### Out-of-Scope Use', '```markdown\n## Uses\nFenced example text that is not a section.\n```\n\n## Out-of-Scope Use');
    expect(failuresOf(check({ ...compliantFiles(), [CARD]: card }), 'card/intended-use')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('has no "Intended use" section') }),
    ]);
  });

  describe('card/present', () => {
    it.each([
      {
        name: 'no modelCard in the manifest',
        mutate: (m: Record<string, any>) => delete m.modelCard,
        at: 'id: demo-scorer',
        message: 'modelCard is missing',
      },
      {
        name: 'the cited card does not exist',
        mutate: (m: Record<string, any>) => (m.modelCard = 'MODEL_CARD.md'),
        at: 'modelCard: MODEL_CARD.md',
        message: 'sys/MODEL_CARD.md does not exist',
      },
      {
        name: 'the card path leads outside the repository',
        mutate: (m: Record<string, any>) => (m.modelCard = '../../README.md'),
        at: 'modelCard: ../../README.md',
        message: '"../../README.md" leads outside the repository',
      },
    ])('fails when $name, at the manifest line', ({ mutate, at, message }) => {
      const files = withManifest(mutate);
      expect(failuresOf(check(files), 'card/present')).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
    });

    it('fails at the card line when its front matter does not parse, and card rules still read the body', () => {
      const card = COMPLIANT_CARD.replace('pipeline_tag: tabular-classification', 'pipeline_tag: [unclosed');
      const report = check({ ...compliantFiles(), [CARD]: card });
      expect(failuresOf(report, 'card/present')).toEqual([
        { file: CARD, line: expect.any(Number), message: expect.stringMatching(/^invalid YAML: /) },
      ]);
      expect(failuresOf(report, 'card/intended-use')).toEqual([]);
    });

    it('makes the other card rules not applicable when there is no card to read', () => {
      const report = check(withManifest((m) => (m.modelCard = 'MISSING.md')));
      expect(resultsOf(report, 'card/intended-use')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
    });
  });
});
