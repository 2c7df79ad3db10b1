import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import { check, compliantFiles, failuresOf, manifestText, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

type Mutation = (m: Record<string, any>) => void;
const dataset = (m: Record<string, any>) => m.data.datasets[0];

interface Case {
  rule: string;
  name: string;
  mutate: Mutation;
  extra?: Record<string, string>;
  /** Expected failures; `at` is text on the expected line of the manifest (or of `file`). */
  expected: Array<{ at: string; message: string; file?: string }>;
}

const cases: Case[] = [
  {
    rule: 'data/datasets-declared',
    name: 'no data block',
    mutate: (m) => delete m.data,
    expected: [{ at: 'id: demo-scorer', message: 'data.datasets is missing' }],
  },
  {
    rule: 'data/datasets-declared',
    name: 'an empty list',
    mutate: (m) => (m.data.datasets = []),
    expected: [{ at: 'datasets: []', message: 'data.datasets is empty' }],
  },
  {
    rule: 'data/dataset-source',
    name: 'source missing',
    mutate: (m) => delete dataset(m).source,
    expected: [{ at: '- id: train-2025', message: 'data.datasets[0].source (dataset "train-2025") is missing' }],
  },
  {
    rule: 'data/dataset-source',
    name: 'source left as TBD',
    mutate: (m) => (dataset(m).source = 'TBD'),
    expected: [{ at: 'source: TBD', message: 'data.datasets[0].source (dataset "train-2025") is a placeholder' }],
  },
  {
    rule: 'data/dataset-license',
    name: 'license is "[More Information Needed]"',
    mutate: (m) => (dataset(m).license = '[More Information Needed]'),
    expected: [{ at: 'license: "[More Information Needed]"', message: 'data.datasets[0].license (dataset "train-2025") is a placeholder' }],
  },
  {
    rule: 'data/dataset-license',
    name: 'license empty',
    mutate: (m) => (dataset(m).license = ''),
    expected: [{ at: 'license: ""', message: 'data.datasets[0].license (dataset "train-2025") is empty' }],
  },
  {
    rule: 'data/dataset-collection',
    name: 'collection missing',
    mutate: (m) => delete dataset(m).collection,
    expected: [{ at: '- id: train-2025', message: 'data.datasets[0].collection (dataset "train-2025") is missing' }],
  },
  {
    rule: 'data/dataset-personal-data',
    name: 'no personal-data statement',
    mutate: (m) => delete dataset(m).personalData,
    expected: [{ at: '- id: train-2025', message: 'data.datasets[0].personalData.present (dataset "train-2025") is missing' }],
  },
  {
    rule: 'data/dataset-pinned',
    name: 'neither revision nor sha256',
    mutate: (m) => delete dataset(m).revision,
    expected: [{ at: '- id: train-2025', message: 'data.datasets[0] (dataset "train-2025") needs "revision" or "sha256"' }],
  },
  {
    rule: 'data/dataset-card',
    name: 'cited dataset card does not exist',
    mutate: (m) => (dataset(m).card = 'data/missing.md'),
    expected: [{ at: 'card: data/missing.md', message: 'sys/data/missing.md does not exist' }],
  },
  {
    rule: 'data/dataset-card',
    name: 'dataset card front matter is a list',
    mutate: () => {},
    extra: { 'sys/data/train.md': '---\n- a\n- b\n---\n# Train\n' },
    expected: [{ at: '- a', file: 'sys/data/train.md', message: 'front matter is a list, not a mapping of metadata keys' }],
  },
];

describe('data provenance rules', () => {
  it.each([...new Set(cases.map((c) => c.rule))])('%s passes on the compliant system', (rule) => {
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('a dataset pinned by sha256 alone passes data/dataset-pinned', () => {
    const files = withManifest((m) => {
      delete dataset(m).revision;
      dataset(m).sha256 = 'a'.repeat(64);
    });
    expect(failuresOf(check(files), 'data/dataset-pinned')).toEqual([]);
  });

  it('a dataset without a card passes data/dataset-card (a card is checked only where cited)', () => {
    expect(failuresOf(check(withManifest((m) => delete dataset(m).card)), 'data/dataset-card')).toEqual([]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, mutate, extra, expected }) => {
    const files = withManifest(mutate, extra);
    const report = check(files);
    expect(failuresOf(report, rule)).toEqual(
      expected.map(({ at, message, file }) => ({
        file: file ?? MANIFEST,
        line: lineOf((file ? files[file] : manifestText(files)) as string, at),
        message,
      })),
    );
  });

  it('data/datasets-declared does not apply at the design stage', () => {
    const report = check(withManifest((m) => {
      m.lifecycle = 'design';
      delete m.data;
    }));
    expect(resultsOf(report, 'data/datasets-declared')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: expect.stringContaining('this system is at design') }),
    ]);
  });
});
