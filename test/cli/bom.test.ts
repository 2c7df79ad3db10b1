/**
 * `modelgate bom`: the CycloneDX ML-BOM it writes is valid CycloneDX 1.6 (the library validator),
 * deterministic, carries what the manifest, card and evidence say, and reads back through the
 * ml-bom kind in agreement with the manifest it came from (the round trip).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { check, COMPLIANT_CARD, compliantFiles, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const validate = (text: string) => new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text);
const ML_BOM_RULES = ['ml-bom/readable', 'ml-bom/model-name', 'ml-bom/model-version', 'ml-bom/datasets-match', 'ml-bom/licenses-match', 'ml-bom/hashes-match'];
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const CARD_WITH_METRICS = COMPLIANT_CARD.replace(
  'pipeline_tag: tabular-classification\n',
  'pipeline_tag: tabular-classification\nco2_eq_emissions: { emissions: 1200, source: CodeCarbon, training_type: pre-training }\nmodel-index:\n  - name: Demo Scorer\n    results:\n      - task: { type: tabular-classification }\n        dataset: { name: Hold-out 2025, type: holdout-2025 }\n        metrics:\n          - { type: roc_auc, value: 0.81 }\n',
);

/** The demo system, shipping a file with a declared sha256, its card with metrics and CO2. */
function demo(mutate: (m: Record<string, any>) => void = () => {}) {
  return {
    '.git/HEAD': 'ref: refs/heads/main\n',
    ...withManifest((m) => {
      m.license = 'apache-2.0';
      m.artifacts = [{ path: 'model/scorer.onnx', sha256: SHA }];
      m.data.datasets[0].sha256 = 'a'.repeat(64);
      m.bias.mitigations = ['reweighting'];
      mutate(m);
    }),
    'sys/README.md': CARD_WITH_METRICS,
  };
}

describe('modelgate bom', () => {
  it('writes a valid CycloneDX 1.6 ML-BOM of the system in the folder (the library validator)', async () => {
    const { code, stdout } = await cli(['bom', 'sys', '--as-of', '2026-11-22'], makeRepo(demo()));
    expect(code).toBe(0);
    expect(await validate(stdout)).toBeNull();
    const bom = JSON.parse(stdout);
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', metadata: { timestamp: '2026-11-22T00:00:00Z', component: { name: 'demo-scorer', version: '1.2.0' } } });
    const [model, ...datasets] = bom.components;
    expect(model).toMatchObject({
      type: 'machine-learning-model',
      name: 'Demo Scorer',
      version: '1.2.0',
      licenses: [{ license: { id: 'Apache-2.0' } }],
      components: [{ type: 'file', name: 'model/scorer.onnx', hashes: [{ alg: 'SHA-256', content: SHA }] }],
    });
    expect(model.modelCard.modelParameters).toEqual({ task: 'tabular-classification', datasets: [{ ref: 'dataset:demo-scorer/train-2025' }] });
    expect(model.modelCard.quantitativeAnalysis.performanceMetrics).toEqual([{ type: 'roc_auc', value: '0.81', slice: 'Hold-out 2025' }]);
    expect(model.modelCard.considerations.fairnessAssessments).toEqual([
      { groupAtRisk: 'people grouped by age_band', harms: 'measured in sys/evidence/bias.json: demographic_parity_difference 0.04', mitigationStrategy: 'reweighting' },
      { groupAtRisk: 'people grouped by sex', harms: 'measured in sys/evidence/bias.json: demographic_parity_difference 0.02', mitigationStrategy: 'reweighting' },
    ]);
    expect(model.modelCard.considerations.environmentalConsiderations.properties).toEqual([
      { name: 'modelgate:co2-eq-emissions-grams', value: '1200' },
      { name: 'modelgate:co2-eq-emissions-source', value: 'CodeCarbon' },
      { name: 'modelgate:co2-eq-emissions-training-type', value: 'pre-training' },
    ]);
    expect(datasets).toEqual([
      expect.objectContaining({ type: 'data', 'bom-ref': 'dataset:demo-scorer/train-2025', name: 'train-2025', version: 'v3', licenses: [{ license: { name: 'LicenseRef-Internal' } }], hashes: [{ alg: 'SHA-256', content: 'a'.repeat(64) }] }),
    ]);
  });

  it('gives the same bytes for the same inputs; SOURCE_DATE_EPOCH sets the day when --as-of is not given', async () => {
    const root = makeRepo(demo());
    const one = await cli(['bom', 'sys', '--as-of', '2026-11-22'], root);
    const two = await cli(['bom', 'sys', '--as-of', '2026-11-22'], root);
    expect(one.stdout).toBe(two.stdout);
    expect(JSON.parse(one.stdout).serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const epoch = await cli(['bom', 'sys'], root, { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 22) / 1000) });
    expect(epoch.stdout).toBe(one.stdout);
    expect((await cli(['bom', 'sys'], root, { SOURCE_DATE_EPOCH: 'yesterday' })).code).toBe(2);
  });

  it('round trip: the BOM it writes, cited as supplyChain.bom, agrees with the manifest and card under every ml-bom rule', async () => {
    const files = demo();
    const { stdout } = await cli(['bom', 'sys', '--as-of', '2026-11-22'], makeRepo(files));
    const cited = { ...demo((m) => (m.supplyChain = { bom: { path: 'bom/model.cdx.json', format: 'cyclonedx' } })), 'sys/bom/model.cdx.json': stdout };
    const report = check(cited);
    for (const rule of ML_BOM_RULES) expect(resultsOf(report, rule), rule).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('round trip: after the manifest changes, the old BOM disagrees at its lines', async () => {
    const { stdout } = await cli(['bom', 'sys', '--as-of', '2026-11-22'], makeRepo(demo()));
    const changed = demo((m) => {
      m.supplyChain = { bom: { path: 'bom/model.cdx.json' } };
      m.version = '1.3.0';
      m.artifacts[0].sha256 = 'f'.repeat(64);
    });
    const report = check({ ...changed, 'sys/bom/model.cdx.json': stdout });
    const line = (needle: string) => stdout.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(failuresOf(report, 'ml-bom/model-version')).toEqual([{ file: 'sys/bom/model.cdx.json', line: stdout.slice(0, stdout.indexOf('"version": "1.2.0"', stdout.indexOf('"machine-learning-model"'))).split('\n').length, message: expect.stringContaining('version 1.2.0, but the manifest describes version 1.3.0') }]);
    expect(failuresOf(report, 'ml-bom/hashes-match')).toEqual([{ file: 'sys/bom/model.cdx.json', line: line(`"content": "${SHA}"`), message: expect.stringContaining(`the manifest declares ${'f'.repeat(64)} for artifacts[0]`) }]);
  });

  it('writes to --output, and one file per system with --output-dir; several systems need --output-dir', async () => {
    const root = makeRepo({ ...demo(), 'other/ai-system.yaml': (compliantFiles()[MANIFEST] as string).replace('id: demo-scorer', 'id: other-scorer') });
    const many = await cli(['bom', '.', '--as-of', '2026-11-22'], root);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/holds 2 systems; write one BOM each with --output-dir <dir>/);
    const dir = await cli(['bom', '.', '--as-of', '2026-11-22', '--output-dir', 'boms'], root);
    expect(dir.code).toBe(0);
    expect(fs.readdirSync(path.join(root, 'boms')).sort()).toEqual(['demo-scorer.cdx.json', 'other-scorer.cdx.json']);
    const one = await cli(['bom', 'sys', '--as-of', '2026-11-22', '--output', 'out/bom.json'], root);
    expect(one).toMatchObject({ code: 0, stdout: '' });
    expect(fs.readFileSync(path.join(root, 'out/bom.json'), 'utf8')).toBe(fs.readFileSync(path.join(root, 'boms/demo-scorer.cdx.json'), 'utf8'));
    expect((await cli(['bom', 'nowhere'], root)).code).toBe(2);
  });

  it('says which manifest it could not read (exit 2), and writes the BOMs of the others', async () => {
    const root = makeRepo({ ...demo(), 'broken/ai-system.yaml': 'id: [unclosed\n' });
    const { code, stderr } = await cli(['bom', '.', '--as-of', '2026-11-22', '--output-dir', 'boms'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^modelgate: no BOM for broken\/ai-system\.yaml: broken\/ai-system\.yaml:\d+: /m);
    expect(fs.readdirSync(path.join(root, 'boms'))).toEqual(['demo-scorer.cdx.json']);
    expect((await cli(['bom', '--help'], root)).stdout).toMatch(/^modelgate bom \[path\]/);
  });

  it('writes no control character from the repository, and leaves out a URI that is not a plain IRI', async () => {
    const root = makeRepo(demo((m) => {
      m.name = 'Demo\u001b[31m Scorer\u0007';
      m.data.datasets[0].uri = 'file:///data/train 2025.csv';
      m.intendedUse = { users: ['officers\r\nand "analysts"'] };
    }));
    const { code, stdout } = await cli(['bom', 'sys', '--as-of', '2026-11-22'], root);
    expect(code).toBe(0);
    expect(await validate(stdout)).toBeNull();
    // A control character escaped by JSON (\u001b) would still reach whoever reads the value.
    const bom = JSON.parse(stdout);
    const values: string[] = [];
    JSON.stringify(bom, (_key, value) => (typeof value === 'string' ? (values.push(value), value) : value));
    expect(values.filter((v) => /\p{Cc}/u.test(v))).toEqual([]);
    expect(bom.components[0].name).toBe('Demo\\x1b[31m Scorer\\x07');
    expect(bom.components[1].data[0].contents).toBeUndefined();
  });

  it("examples/credit-scoring's committed BOM is what modelgate bom writes now (npm run docs rewrites it), and valid CycloneDX 1.6", async () => {
    const { code, stdout } = await cli(['bom', 'examples/credit-scoring', '--as-of', '2026-11-22'], ROOT);
    expect(code).toBe(0);
    expect(await validate(stdout)).toBeNull();
    const committed = path.join(ROOT, 'examples/credit-scoring/bom/ml-bom.cdx.json');
    if (process.env.MODELGATE_WRITE_DOCS === '1' && (!fs.existsSync(committed) || fs.readFileSync(committed, 'utf8') !== stdout)) fs.writeFileSync(committed, stdout);
    expect(fs.readFileSync(committed, 'utf8'), 'examples/credit-scoring/bom/ml-bom.cdx.json is stale: run npm run docs').toBe(stdout);
  });
});
