/**
 * ML-BOMs (CycloneDX and SPDX 3): each adapter on a BOM as its format writes it, and each rule on
 * an agreeing BOM and on each way a BOM disagrees with the manifest or card, with the exact
 * finding and its line; and artifacts/sha256 on a file, a Git LFS pointer and a missing file.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mlBom } from '../../../src/evidence/ml-bom/kind.js';
import { checkSchema } from '../../../src/load/schema.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';
import { check, failuresOf, MANIFEST, resultsOf, withManifest } from '../../helpers/system.js';

const BOM = 'sys/bom/model.json';
const CDX = fixture('ml-bom/cyclonedx.json');
const SPDX = fixture('ml-bom/spdx.json');
const MODEL_SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

const withBom = (text: string | undefined, mutate: (m: Record<string, any>) => void = () => {}, format?: string) =>
  withManifest(
    (m) => {
      m.supplyChain = { bom: { path: 'bom/model.json', ...(format ? { format } : {}) } };
      mutate(m);
    },
    text === undefined ? {} : { [BOM]: text },
  );

describe('the ML-BOM adapters', () => {
  it('reads a CycloneDX ML-BOM: the model, its parameters, the dataset its model card names by ref, and file hashes', () => {
    const bom = storeWith({ 'bom.json': CDX }).evidence(mlBom, 'bom.json');
    if (!bom.ok) throw new Error(bom.problem.message);
    const { model, datasets, files, problems } = bom.value;
    expect(problems).toEqual([]);
    expect(model?.name.value).toBe('Demo Scorer');
    expect(model?.version?.value).toBe('1.2.0');
    expect(model?.licenses.map((l) => l.value)).toEqual(['Apache-2.0']);
    expect(model?.hashes).toEqual([expect.objectContaining({ alg: 'sha256', value: MODEL_SHA })]); // lower-cased
    expect(model?.parameters).toEqual({ task: 'tabular-classification', architectureFamily: 'gradient-boosted trees', modelArchitecture: 'LightGBM', approach: 'supervised' });
    expect(datasets.map((d) => [d.name, d.version?.value, d.licenses.map((l) => l.value), d.at.line])).toEqual([['train-2025', 'v3', ['LicenseRef-Internal'], lineOf(CDX, '"name": "train-2025"')]]);
    expect(files.map((f) => [f.name, f.hashes[0]?.value, f.at.line])).toEqual([['model/scorer.onnx', MODEL_SHA, lineOf(CDX, '"name": "model/scorer.onnx"')]]);
  });

  it('reads an SPDX 3 AI BOM: the ai_AIPackage, its licence through a relationship, the dataset package and the file', () => {
    const bom = storeWith({ 'bom.json': SPDX }).evidence(mlBom, 'bom.json');
    if (!bom.ok) throw new Error(bom.problem.message);
    const { model, datasets, files, problems, specVersion } = bom.value;
    expect(problems).toEqual([]);
    expect(specVersion).toBe('3.0.1');
    expect([model?.name.value, model?.version?.value]).toEqual(['demo-scorer', '1.2.0']);
    expect(model?.licenses.map((l) => [l.value, l.at.line])).toEqual([['Apache-2.0', lineOf(SPDX, '"to": ["https://spdx.org/licenses/Apache-2.0"]')]]);
    expect(model?.parameters).toEqual({ typeOfModel: 'gradient-boosted trees', domain: 'credit scoring', primaryPurpose: 'model' });
    expect(datasets.map((d) => [d.name, d.licenses.map((l) => l.value)])).toEqual([['train-2025', ['LicenseRef-Internal']]]);
    expect(files.map((f) => f.name)).toEqual(['model/scorer.onnx']);
  });
});

describe('the normalised shape (schemas/ml-bom.schema.json)', () => {
  it.each([
    ['CycloneDX', CDX],
    ['SPDX 3', SPDX],
    ['a real CycloneDX BOM with datasets by ref', fixture('../corpus/cyclonedx/cdx-bom-examples-model-card-with-dataset.json')],
  ])('%s normalises to a document the schema accepts, every value located', (_, text) => {
    const bom = storeWith({ 'bom.json': text }).evidence(mlBom, 'bom.json');
    if (!bom.ok) throw new Error(bom.problem.message);
    expect(checkSchema('ml-bom.schema.json', JSON.parse(JSON.stringify(bom.value)))).toEqual([]);
  });
});

interface Case {
  rule: string;
  name: string;
  bom: string | undefined;
  mutate?: (m: Record<string, any>) => void;
  expected: Array<{ file: string; at: string; message: string }>;
}

const DATASET_REF = '"datasets": [{ "ref": "data-train-2025" }]';
const cases: Case[] = [
  { rule: 'ml-bom/readable', name: 'the BOM does not exist', bom: undefined, expected: [{ file: MANIFEST, at: 'path: bom/model.json', message: 'sys/bom/model.json does not exist' }] },
  {
    rule: 'ml-bom/readable',
    name: 'a CycloneDX BOM older than 1.5 (no modelCard then)',
    bom: CDX.replace('"specVersion": "1.6"', '"specVersion": "1.4"'),
    expected: [{ file: BOM, at: '"specVersion": "1.4"', message: 'sys/bom/model.json is CycloneDX 1.4; an ML-BOM needs 1.5 or later (where modelCard was added)' }],
  },
  {
    rule: 'ml-bom/readable',
    name: 'a dataset ref that names no component',
    bom: CDX.replace(DATASET_REF, '"datasets": [{ "ref": "data-train-2024" }]'),
    expected: [
      { file: BOM, at: '"ref": "data-train-2024"', message: 'sys/bom/model.json: the model card\'s dataset ref "data-train-2024" names no component' },
    ],
  },
  {
    rule: 'ml-bom/readable',
    name: 'a modelCard that records nothing',
    bom: CDX.replace(/"modelCard": \{[\s\S]*?\n {6}\},/, '"modelCard": { "modelParameters": { "datasets": [] }, "considerations": {} },'),
    expected: [
      { file: BOM, at: '"modelCard": {', message: "sys/bom/model.json: the model component's modelCard is empty (no modelParameters, quantitativeAnalysis, considerations, properties)" },
    ],
  },
  {
    rule: 'ml-bom/readable',
    name: 'no machine-learning-model component',
    bom: CDX.replace('"type": "machine-learning-model"', '"type": "library"'),
    expected: [{ file: BOM, at: '"components": [', message: 'sys/bom/model.json lists no machine-learning-model component' }],
  },
  {
    rule: 'ml-bom/readable',
    name: 'a BOM with the wrong types',
    bom: fixture('ml-bom/bad/cyclonedx-wrong-typed.json'),
    expected: [{ file: BOM, at: '"specVersion": 1.6', message: expect.stringMatching(/^sys\/bom\/model\.json is not a valid CycloneDX BOM: specVersion: /) as unknown as string }],
  },
  {
    rule: 'ml-bom/model-name',
    name: "another system's model",
    bom: CDX.replace('"name": "Demo Scorer"', '"name": "Fraud Scorer"'),
    expected: [{ file: BOM, at: '"name": "Fraud Scorer"', message: 'the ML-BOM\'s model is "Fraud Scorer", but the manifest describes "Demo Scorer" (demo-scorer)' }],
  },
  {
    rule: 'ml-bom/model-version',
    name: 'an older version',
    bom: CDX.replace('"version": "1.2.0",\n      "licenses"', '"version": "1.1.0",\n      "licenses"'),
    expected: [{ file: BOM, at: '"version": "1.1.0"', message: "the ML-BOM's model is version 1.1.0, but the manifest describes version 1.2.0" }],
  },
  {
    rule: 'ml-bom/datasets-match',
    name: 'a dataset in the BOM that the manifest does not declare, and one declared but not in the BOM',
    bom: CDX.replaceAll('train-2025', 'scraped-2025'),
    expected: [
      { file: BOM, at: '"name": "scraped-2025"', message: 'the ML-BOM lists dataset "scraped-2025", which the manifest does not declare in data.datasets' },
      { file: MANIFEST, at: 'id: train-2025', message: 'dataset "train-2025" is declared in the manifest but not listed in the ML-BOM sys/bom/model.json' },
    ],
  },
  {
    rule: 'ml-bom/licenses-match',
    name: "a model licence that is not the card's",
    bom: CDX.replace('"id": "Apache-2.0"', '"id": "MIT"'),
    expected: [{ file: BOM, at: '"id": "MIT"', message: 'the ML-BOM\'s model licence is "MIT", but the model card\'s license is "apache-2.0"' }],
  },
  {
    rule: 'ml-bom/licenses-match',
    name: "a model licence that is not the manifest's",
    bom: CDX,
    mutate: (m) => (m.license = 'LicenseRef-Acme'),
    expected: [{ file: BOM, at: '"id": "Apache-2.0"', message: 'the ML-BOM\'s model licence is "Apache-2.0", but the manifest\'s license is "LicenseRef-Acme"' }],
  },
  {
    rule: 'ml-bom/licenses-match',
    name: 'a dataset licence that is not the one declared',
    bom: CDX.replace('"name": "LicenseRef-Internal"', '"name": "CC-BY-4.0"'),
    expected: [{ file: BOM, at: '"name": "CC-BY-4.0"', message: 'the ML-BOM gives dataset "train-2025" the licence "CC-BY-4.0", but the manifest declares "LicenseRef-Internal"' }],
  },
  // Red team: another model's hash on the model component, datasets at another version, and a licence added beside the declared one passed.
  {
    rule: 'ml-bom/hashes-match',
    name: "the model component carries a hash none of the manifest's artifacts has",
    bom: CDX.replace('"content": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"', `"content": "${'c'.repeat(64)}"`),
    mutate: (m) => (m.artifacts = [{ path: 'model/scorer.onnx', sha256: MODEL_SHA }]),
    expected: [{ file: BOM, at: `"content": "${'c'.repeat(64)}"`, message: `the ML-BOM gives the model "Demo Scorer" the SHA-256 ${'c'.repeat(64)}, but the one file the manifest ships (artifacts) has ${MODEL_SHA}` }],
  },
  {
    rule: 'ml-bom/datasets-match',
    name: 'a dataset listed at another version than the revision declared',
    bom: CDX.replace('"version": "v3"', '"version": "2019-01"'),
    expected: [{ file: BOM, at: '"version": "2019-01"', message: 'the ML-BOM lists dataset "train-2025" at version "2019-01", but the manifest declares it at revision "v3"' }],
  },
  {
    rule: 'ml-bom/licenses-match',
    name: "a licence the BOM lists beside the manifest's, for the model",
    bom: CDX.replace('"licenses": [{ "license": { "id": "Apache-2.0" } }]', '"licenses": [{ "license": { "id": "Apache-2.0" } }, { "license": { "id": "GPL-3.0-only" } }]'),
    mutate: (m) => (m.license = 'apache-2.0'),
    expected: [{ file: BOM, at: '"GPL-3.0-only"', message: 'the ML-BOM also gives the model the licence "GPL-3.0-only", which neither the model card nor the manifest states' }],
  },
  {
    rule: 'ml-bom/licenses-match',
    name: "a licence the BOM lists beside the manifest's, for a dataset",
    bom: CDX.replace('"licenses": [{ "license": { "name": "LicenseRef-Internal" } }]', '"licenses": [{ "license": { "name": "LicenseRef-Internal" } }, { "license": { "id": "CC-BY-NC-4.0" } }]'),
    expected: [{ file: BOM, at: '"CC-BY-NC-4.0"', message: 'the ML-BOM also gives dataset "train-2025" the licence "CC-BY-NC-4.0", which the manifest does not declare for it ("LicenseRef-Internal")' }],
  },
  {
    rule: 'ml-bom/licenses-match',
    name: "an SPDX expression's licences, one of them not the manifest's",
    bom: CDX.replace('"licenses": [{ "license": { "id": "Apache-2.0" } }]', '"licenses": [{ "expression": "Apache-2.0 OR GPL-3.0-only" }]'),
    mutate: (m) => (m.license = 'apache-2.0'),
    expected: [{ file: BOM, at: '"Apache-2.0 OR GPL-3.0-only"', message: 'the ML-BOM also gives the model the licence "Apache-2.0 OR GPL-3.0-only", which neither the model card nor the manifest states' }],
  },
  {
    rule: 'ml-bom/hashes-match',
    name: 'a shipped file whose BOM hash is not the declared sha256',
    bom: CDX,
    mutate: (m) => (m.artifacts = [{ path: 'model/scorer.onnx', sha256: 'a'.repeat(64) }]),
    expected: [
      {
        file: BOM,
        at: `"content": "${MODEL_SHA}"`,
        message: `the ML-BOM gives model/scorer.onnx the SHA-256 ${MODEL_SHA}, but the manifest declares ${'a'.repeat(64)} for artifacts[0] (model/scorer.onnx)`,
      },
    ],
  },
  {
    rule: 'ml-bom/hashes-match',
    name: 'a path declared twice against three BOM files there, two of them disagreeing: one failure for each declaration, naming the first',
    bom: CDX.replace(
      `"name": "model/scorer.onnx",`,
      `"name": "a/model/scorer.onnx",
          "hashes": [{ "alg": "SHA-256", "content": "${MODEL_SHA}" }]
        },
        { "type": "file", "name": "b/model/scorer.onnx", "hashes": [{ "alg": "SHA-256", "content": "${'d'.repeat(64)}" }] },
        {
          "type": "file",
          "name": "c/model/scorer.onnx",`,
    ).replace(`"content": "${MODEL_SHA}" }]
        }
      ]`, `"content": "${'e'.repeat(64)}" }]
        }
      ]`),
    mutate: (m) => (m.artifacts = [{ path: 'model/scorer.onnx', sha256: MODEL_SHA }, { path: './model/scorer.onnx', sha256: 'd'.repeat(64) }]),
    expected: [
      { file: BOM, at: `"content": "${'d'.repeat(64)}"`, message: `the ML-BOM gives b/model/scorer.onnx the SHA-256 ${'d'.repeat(64)}, but the manifest declares ${MODEL_SHA} for artifacts[0] (model/scorer.onnx) (and 1 more file the ML-BOM lists at that path)` },
      { file: BOM, at: `"content": "${MODEL_SHA}"`, message: `the ML-BOM gives a/model/scorer.onnx the SHA-256 ${MODEL_SHA}, but the manifest declares ${'d'.repeat(64)} for artifacts[1] (./model/scorer.onnx) (and 1 more file the ML-BOM lists at that path)` },
    ],
  },
  {
    rule: 'ml-bom/hashes-match',
    name: 'a shipped file whose path is deeper than modelgate compares',
    bom: CDX,
    mutate: (m) => (m.artifacts = [{ path: `${'d/'.repeat(64)}scorer.onnx`, sha256: MODEL_SHA }]),
    expected: [{ file: MANIFEST, at: 'd/d/d/d', message: `artifacts[0] ("${'d/'.repeat(38)}d...") is deeper than 64 folders, too long a path for modelgate to match with the ML-BOM's files` }],
  },
  {
    rule: 'ml-bom/hashes-match',
    name: 'a BOM file whose name is longer than any path',
    bom: CDX.replace('"name": "model/scorer.onnx"', `"name": "${'x'.repeat(5000)}/scorer.onnx"`),
    mutate: (m) => (m.artifacts = [{ path: 'model/scorer.onnx', sha256: MODEL_SHA }]),
    expected: [{ file: MANIFEST, at: '  bom:', message: `the ML-BOM names "${'x'.repeat(77)}...", longer than 4,096 characters, so its files' hashes cannot all be matched with the manifest's artifacts` }],
  },
  {
    rule: 'ml-bom/hashes-match',
    name: 'a dataset whose BOM hash is not the declared sha256',
    bom: CDX.replace('"version": "v3",', `"version": "v3",\n      "hashes": [{ "alg": "SHA-256", "content": "${'b'.repeat(64)}" }],`),
    mutate: (m) => (m.data.datasets[0].sha256 = 'c'.repeat(64)),
    expected: [{ file: BOM, at: `"content": "${'b'.repeat(64)}"`, message: `the ML-BOM gives dataset "train-2025" the SHA-256 ${'b'.repeat(64)}, but the manifest declares ${'c'.repeat(64)}` }],
  },
];

const ML_BOM_RULES = ['ml-bom/readable', 'ml-bom/model-name', 'ml-bom/model-version', 'ml-bom/datasets-match', 'ml-bom/licenses-match'];

// From a review: an SPDX expression and the same licences listed one by one, in any order, agree.
describe('ml-bom/licenses-match and SPDX expressions', () => {
  it.each([
    ['two entries against the expression "MIT OR Apache-2.0"', '[{ "license": { "id": "MIT" } }, { "license": { "id": "Apache-2.0" } }]', 'MIT OR Apache-2.0'],
    ['"(Apache-2.0 OR MIT)" against "MIT OR Apache-2.0"', '[{ "expression": "(Apache-2.0 OR MIT)" }]', 'MIT OR Apache-2.0'],
  ])('passes %s', (_name, licenses, declared) => {
    const files = withBom(CDX.replace('"licenses": [{ "license": { "id": "Apache-2.0" } }]', `"licenses": ${licenses}`), (m) => (m.license = declared));
    expect(failuresOf(check(files), 'ml-bom/licenses-match').filter((f) => f.message.includes('model'))).toEqual([]);
  });
});

describe('ML-BOM rules', () => {
  it.each(ML_BOM_RULES)('%s passes on a CycloneDX BOM that agrees', (rule) => {
    expect(resultsOf(check(withBom(CDX)), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(ML_BOM_RULES)('%s passes on an SPDX 3 BOM that agrees (format declared)', (rule) => {
    expect(resultsOf(check(withBom(SPDX, () => {}, 'spdx')), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('ml-bom/hashes-match passes when the declared sha256 is the BOM\'s, in either format', () => {
    const ship = (m: Record<string, any>) => (m.artifacts = [{ path: 'model/scorer.onnx', sha256: MODEL_SHA.toUpperCase() }]);
    expect(resultsOf(check(withBom(CDX, ship)), 'ml-bom/hashes-match')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(resultsOf(check(withBom(SPDX, ship)), 'ml-bom/hashes-match')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([...ML_BOM_RULES, 'ml-bom/hashes-match'])('%s does not apply when no BOM is cited', (rule) => {
    expect(resultsOf(check(withManifest(() => {})), rule)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, bom, mutate, expected }) => {
    const files = withBom(bom, mutate);
    expect(failuresOf(check(files), rule)).toEqual(expected.map(({ file, at, message }) => ({ file, line: lineOf(files[file] as string, at), message })));
  });

  it('an SPDX BOM whose dataset disagrees fails at the dataset package', () => {
    const text = SPDX.replace('"name": "train-2025"', '"name": "scraped-2025"');
    expect(failuresOf(check(withBom(text)), 'ml-bom/datasets-match')).toEqual([
      { file: BOM, line: lineOf(text, '"name": "scraped-2025"'), message: 'the ML-BOM lists dataset "scraped-2025", which the manifest does not declare in data.datasets' },
      expect.objectContaining({ file: MANIFEST, message: 'dataset "train-2025" is declared in the manifest but not listed in the ML-BOM sys/bom/model.json' }),
    ]);
  });
});

describe('artifacts/sha256', () => {
  const CONTENT = 'onnx model bytes\n';
  const SHA = createHash('sha256').update(CONTENT).digest('hex');
  const LFS = `version https://git-lfs.github.com/spec/v1\noid sha256:${SHA}\nsize 123456789\n`;
  const shipping = (sha256: string, files: Record<string, string>) => withManifest((m) => (m.artifacts = [{ path: 'model/scorer.onnx', sha256 }]), files);

  it.each([
    ['the file in the repository', { 'sys/model/scorer.onnx': CONTENT }],
    ['a Git LFS pointer to it', { 'sys/model/scorer.onnx': LFS }],
  ])('passes on %s', (_, files) => {
    expect(resultsOf(check(shipping(SHA, files)), 'artifacts/sha256')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('is not applicable when the file is not in the repository (a model registry holds it)', () => {
    expect(resultsOf(check(shipping(SHA, {})), 'artifacts/sha256')).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  // Red team: a file: URI was taken for a remote file, and its sha256 went unchecked.
  it('reads a file: URI as the path it names', () => {
    const all = withManifest((m) => (m.artifacts = [{ path: 'file:model/scorer.onnx', sha256: 'd'.repeat(64) }]), { 'sys/model/scorer.onnx': CONTENT });
    expect(failuresOf(check(all), 'artifacts/sha256')).toEqual([{ file: MANIFEST, line: lineOf(all[MANIFEST] as string, 'sha256:'), message: `sha256 of sys/model/scorer.onnx is ${SHA}, not the declared ${'d'.repeat(64)}` }]);
  });

  it.each([
    ['a changed file', { 'sys/model/scorer.onnx': 'other bytes\n' }, `sha256 of sys/model/scorer.onnx is ${createHash('sha256').update('other bytes\n').digest('hex')}, not the declared ${'d'.repeat(64)}`],
    ['an LFS pointer to other content', { 'sys/model/scorer.onnx': LFS }, `sys/model/scorer.onnx is a Git LFS pointer to content with SHA-256 ${SHA}, not the declared ${'d'.repeat(64)}`],
  ])('fails on %s, at the declared sha256', (_, files, message) => {
    const all = shipping('d'.repeat(64), files);
    expect(failuresOf(check(all), 'artifacts/sha256')).toEqual([{ file: MANIFEST, line: lineOf(all[MANIFEST] as string, 'sha256:'), message }]);
  });
});
