/**
 * `modelgate init` finds evidence where repositories keep it outside the system's folder:
 * reports/, docs/, evaluation/, eval/, monitoring/ or governance/ above it, up to the root. It
 * cites a file there only when it is plainly this system's (no other system could claim it, or
 * its path names this one and no other), never one another manifest cites, and says what it
 * left and why. Bounded: one level below a shared folder, no links, no other system's folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const evidence = (file: string) => fs.readFileSync(path.join(FIXTURES, 'evidence', file), 'utf8');
const FAIRLEARN = evidence('bias/fairlearn-metricframes.json');
const AIF360 = evidence('bias/aif360-metrics.json');
const BOM = evidence('ml-bom/cyclonedx.json');
const NANNYML = evidence('monitoring/nannyml.yaml');
const EVIDENTLY = evidence('monitoring/evidently-report-config.json');
const card = (name: string) => `---\nlicense: mit\npipeline_tag: tabular-classification\n---\n# ${name}\n`;

async function init(root: string, folder: string) {
  const run = await cli(['init', folder], root);
  expect(run.code).toBe(0);
  return { stdout: run.stdout, manifest: parse(fs.readFileSync(path.join(root, folder, 'ai-system.yaml'), 'utf8')) };
}

describe('modelgate init: evidence in shared folders', () => {
  it("cites the root's reports/, evaluation/ and monitoring/ for the repository's one system, by paths from its folder", async () => {
    const root = makeRepo({
      '.git/HEAD': 'x',
      'models/model_card.md': card('credit scorer'),
      'models/credit_model.joblib': 'x',
      'reports/fairness/aif360_2024-05.json': AIF360,
      'reports/sbom.cdx.json': BOM,
      'monitoring/drift_config.json': EVIDENTLY,
      'tests/fixtures/tiny_model.pkl': 'x', // a test's model is no system
    });
    const { stdout, manifest } = await init(root, 'models');
    expect(manifest.bias.reports).toEqual([{ path: '../reports/fairness/aif360_2024-05.json', format: 'aif360' }]);
    expect(manifest.supplyChain.bom).toEqual({ path: '../reports/sbom.cdx.json', format: 'cyclonedx' });
    expect(manifest.monitoring).toMatchObject({ config: '../monitoring/drift_config.json', format: 'evidently' });
    expect(stdout).toContain('  aif360 bias report ../reports/fairness/aif360_2024-05.json\n');
    expect(stdout).not.toContain('not cited');
  });

  it('cites a reports/ folder beside the system (in the folder above it)', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'ml/churn/README.md': card('churn'), 'ml/churn/model.pkl': 'x', 'ml/reports/fairness.json': FAIRLEARN });
    const { manifest } = await init(root, 'ml/churn');
    expect(manifest.bias.reports).toEqual([{ path: '../reports/fairness.json', format: 'fairlearn' }]);
  });

  // Two services, one reports/ folder: each report goes to the system its path names, none to both.
  it('in a monorepo, cites what names this service, and says why it leaves the rest', async () => {
    const root = makeRepo({
      '.git/HEAD': 'x',
      'services/fraud-api/model/README.md': card('fraud'),
      'services/fraud-api/model/fraud-classifier.joblib': 'x',
      'services/churn-api/model/README.md': card('churn'),
      'services/churn-api/model/churn-classifier.joblib': 'x',
      'reports/fraud-api/fairness.json': FAIRLEARN,
      'reports/churn-api/fairness.json': AIF360,
      'reports/churn_drift.yaml': NANNYML,
      'reports/sbom.cdx.json': BOM,
    });
    const fraud = await init(root, 'services/fraud-api/model');
    expect(fraud.manifest.bias.reports).toEqual([{ path: '../../../reports/fraud-api/fairness.json', format: 'fairlearn' }]);
    expect(fraud.manifest.supplyChain).toBeUndefined();
    expect(fraud.manifest.monitoring).toBeUndefined();
    expect(fraud.stdout).toContain('  aif360 bias report ../../../reports/churn-api/fairness.json not cited: its path names services/churn-api/model\n');
    expect(fraud.stdout).toContain(
      '  cyclonedx model bill of materials ../../../reports/sbom.cdx.json not cited: reports/ is shared with services/churn-api/model, and its path names neither system (cite it by hand in the manifest of the system it is about)\n',
    );
    const churn = await init(root, 'services/churn-api/model');
    expect(churn.manifest.bias.reports).toEqual([{ path: '../../../reports/churn-api/fairness.json', format: 'aif360' }]);
    expect(churn.manifest.monitoring).toMatchObject({ config: '../../../reports/churn_drift.yaml', format: 'nannyml' });
    // check then finds no report cited twice.
    const { stdout } = await cli(['check', '--format', 'json'], root);
    const { findings } = JSON.parse(stdout) as { findings: Array<{ ruleId: string; status: string }> };
    expect(findings.filter((f) => f.ruleId === 'evidence/own-system').map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it("never cites a file another system's manifest cites, wherever it is, and says whose it is", async () => {
    const root = makeRepo({
      '.git/HEAD': 'x',
      'services/api/ai-system.yaml': 'schemaVersion: 1\nid: api\nbias:\n  reports:\n    - path: ../../models/churn/eval/fairness.json#frame\n      format: fairlearn\n',
      'models/churn/README.md': card('churn'),
      'models/churn/model.pkl': 'x',
      'models/churn/eval/fairness.json': FAIRLEARN,
    });
    const { stdout, manifest } = await init(root, 'models/churn');
    expect(manifest.bias.reports).toBeUndefined();
    expect(stdout).toContain('  fairlearn bias report eval/fairness.json not cited: services/api/ai-system.yaml cites it\n');
  });

  it("stops at a folder that holds another system's manifest: what is below it is that system's", async () => {
    const root = makeRepo({
      '.git/HEAD': 'x',
      'platform/ai-system.yaml': 'schemaVersion: 1\nid: platform\n',
      'platform/reports/fairness.json': FAIRLEARN,
      'platform/models/ranker/README.md': card('ranker'),
      'platform/models/ranker/model.pkl': 'x',
    });
    const { stdout, manifest } = await init(root, 'platform/models/ranker');
    expect(manifest.bias.reports).toBeUndefined();
    expect(stdout).not.toContain('fairness.json');
  });

  it('looks one level below a shared folder, not deeper, and never through a link', async () => {
    const outside = makeRepo({ 'fairness.json': FAIRLEARN });
    const root = makeRepo({
      '.git/HEAD': 'x',
      'm/README.md': card('m'),
      'm/model.pkl': 'x',
      'reports/2024/05/fairness.json': FAIRLEARN,
      'docs/linked': { symlink: outside },
      'eval': { symlink: outside },
      'governance/bias.json': { symlink: path.join(outside, 'fairness.json') },
    });
    const { stdout, manifest } = await init(root, 'm');
    expect(manifest.bias.reports).toBeUndefined();
    expect(stdout).not.toContain('fairness');
  });

  it('passes over a shared folder of more than 500 entries, and says so', async () => {
    const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`docs/page-${i}.html`, '<p>x</p>']));
    const root = makeRepo({ '.git/HEAD': 'x', 'm/README.md': card('m'), 'm/model.pkl': 'x', ...many, 'reports/fairness.json': FAIRLEARN });
    const { stdout, manifest } = await init(root, 'm');
    expect(stdout).toContain('  docs/ not read: more than 500 entries\n');
    expect(manifest.bias.reports).toEqual([{ path: '../reports/fairness.json', format: 'fairlearn' }]);
  });

  it('prints a name from the repository as terminal text', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'm/README.md': card('m'), 'm/model.pkl': 'x', 'reports/fair\u001b[31mness.json': FAIRLEARN });
    const { stdout } = await init(root, 'm');
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toMatch(/fairlearn bias report \.\.\/reports\/fair\S*ness\.json\n/);
  });
});
