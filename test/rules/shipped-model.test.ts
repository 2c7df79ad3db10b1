/**
 * A service that ships a model kept in another folder (src/evidence/shipped-model.ts): the
 * model's card, ML-BOM and bias report name the model, not the service, and pass; names of
 * another model still fail. New user: a scoring API in services/ serving ml/models/risk, whose
 * card, BOM and AIF360 report all say "risk-model", failed three rules as "another model's".
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/evidence.js';
import type { Files } from '../helpers/repo.js';
import { check, compliantBiasReport, COMPLIANT_CARD, failuresOf, withManifest } from '../helpers/system.js';

const RULES = ['card/name-matches', 'ml-bom/model-name', 'bias/report-model-version'];

/**
 * The service in sys/, shipping the weights of `folder` and citing its card (whose model-index
 * names `cardName`), with a BOM and a bias report naming `model`.
 */
function serving(model: string, { cardName = model, folder = 'models/risk', committed = true } = {}): Files {
  const card = COMPLIANT_CARD.replace('pipeline_tag: tabular-classification\n', `pipeline_tag: tabular-classification\nmodel-index:\n  - name: ${cardName}\n    results: []\n`);
  const cited = folder.startsWith('sys/') ? folder.slice(4) : `../${folder}`;
  return {
    ...withManifest((m) => {
      m.modelCard = `${cited}/README.md`;
      m.artifacts = [{ path: `${cited}/model.safetensors` }];
      m.supplyChain = { bom: { path: 'bom/model.json' } };
    }),
    [`${folder}/README.md`]: card,
    ...(committed ? { [`${folder}/model.safetensors`]: 'weights' } : {}),
    'sys/bom/model.json': fixture('ml-bom/cyclonedx.json').replace('"name": "Demo Scorer"', `"name": "${model}"`),
    'sys/evidence/bias.json': JSON.stringify(compliantBiasReport({ model: { name: model, version: '1.2.0' } }), null, 2),
  };
}

const failures = (files: Files) => RULES.flatMap((rule) => failuresOf(check(files), rule).map((f) => `${rule}: ${f.message}`));

describe('a service shipping a model from another folder', () => {
  it.each(['risk-model', 'risk', 'Risk Model v3'])('passes a card, BOM and bias report naming the model %j', (model) => {
    expect(failures(serving(model))).toEqual([]);
  });

  // A false-error hunt's honest layouts.
  it.each([
    ['weights declared but not committed', 'credit-risk-scorer', { folder: 'models/credit-risk', committed: false }],
    ['a version folder', 'credit-risk-scorer', { folder: 'models/credit-risk/2.3.0' }],
    ['a CamelCase name', 'CreditRiskScorer', { folder: 'models/credit-risk' }],
    ['a folder with a version in its name', 'credit-risk', { folder: 'models/credit_risk_v2' }],
    ['a BOM and report naming the model otherwise than the card', 'credit-risk-model', { folder: 'models/credit-risk', cardName: 'credit-risk-scorer' }],
  ] as const)('passes %s', (_name, model, options) => {
    expect(failures(serving(model, options))).toEqual([]);
  });

  // Review: the folder's word anywhere in the name passed another model's report.
  it.each(['fraud-risk-model', 'credit-risk'])('fails a BOM and a report of %j, whose name holds the folder word elsewhere', (model) => {
    expect(failures(serving(model, { cardName: 'risk-model' })).map((f) => f.split(':')[0])).toEqual(['ml-bom/model-name', 'bias/report-model-version']);
  });

  it('lends no name from a generic folder (ml/model)', () => {
    expect(failures(serving('Fraud Detection Model', { folder: 'ml/model' })).map((f) => f.split(':')[0])).toEqual(['card/name-matches', 'bias/report-model-version']);
  });

  it('fails a BOM and a report that name another model than the card does', () => {
    expect(failures(serving('fraud-model', { cardName: 'risk-model' }))).toEqual([
      'ml-bom/model-name: the ML-BOM\'s model is "fraud-model", but the manifest describes "Demo Scorer" (demo-scorer)',
      'bias/report-model-version: sys/evidence/bias.json is the bias report of model "fraud-model", not of this system (id demo-scorer, name "Demo Scorer"): a report about another model shows nothing about this one; cite this model\'s own report',
    ]);
  });

  // The BOM may name what the card names (ml-bom/model-name), so the card's own finding covers it.
  it('lends no name to the report from a card that names another model than its folder', () => {
    expect(failures(serving('fraud-model')).map((f) => f.split(':')[0])).toEqual(['card/name-matches', 'bias/report-model-version']);
  });

  it('lends no name from the folder of a card kept in the system\'s own folder', () => {
    expect(failures(serving('risk-model', { folder: 'sys/models/risk' })).map((f) => f.split(':')[0])).toEqual(['card/name-matches', 'bias/report-model-version']);
  });
});
