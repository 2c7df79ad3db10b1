import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/policy/catalogue.js';
import { lineOf } from '../helpers/repo.js';
import { check, compliantFiles, failingRuleIds, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

describe('manifest/readable (locked core rule)', () => {
  it.each([
    // The parser finds an unclosed flow sequence where it stops making sense: the next key.
    { name: 'malformed YAML', text: 'id: demo\nname: [unclosed\nversion: 1\n', at: 'version: 1', message: /^invalid YAML: Flow sequence/ },
    { name: 'a duplicate key', text: 'id: demo\nname: A\nname: B\nversion: "1"\n', at: 'name: B', message: /^invalid YAML: Map keys must be unique/ },
    { name: 'a list instead of a mapping', text: '- id: demo\n', at: '- id', message: /^the manifest is a list; it must be a mapping/ },
    { name: 'a single value', text: 'just text\n', at: 'just text', message: /^the manifest is a single value/ },
    { name: 'an empty file', text: '', at: '', message: /^the manifest is empty/ },
    { name: 'multiple YAML documents', text: 'id: a\n---\nid: b\n', at: '---', message: /^invalid YAML: / },
  ])('fails on $name, at the line, and nothing else runs on that system', ({ text, at, message }) => {
    const report = check({ [MANIFEST]: text });
    const failures = failuresOf(report, 'manifest/readable');
    expect(failures).toEqual([{ file: MANIFEST, line: at ? lineOf(text, at) : 1, message: expect.stringMatching(message) }]);
    expect(failingRuleIds(report)).toEqual(['manifest/readable']);
    expect(report.verdict).toBe('fail');
  });

  // The cap stops the expansion at the 101st alias: the finding's count shows the work is bounded.
  it('refuses a YAML alias bomb as a finding, before expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const report = check({ [MANIFEST]: `${bomb.join('\n')}\n` });
    expect(failuresOf(report, 'manifest/readable')).toEqual([
      { file: MANIFEST, line: 1, message: 'YAML aliases expand too far (more than 100); refusing a possible alias bomb' },
    ]);
  });

  it('refuses binary and non-UTF-8 manifests', () => {
    expect(failuresOf(check({ [MANIFEST]: new Uint8Array([0x69, 0x64, 0x00, 0x01]) }), 'manifest/readable')).toEqual([
      { file: MANIFEST, line: 1, message: 'sys/ai-system.yaml is a binary file, not text' },
    ]);
    const latin1 = new Uint8Array([...Buffer.from('id: demo\nname: '), 0xe9, 0x0a]);
    expect(failuresOf(check({ [MANIFEST]: latin1 }), 'manifest/readable')).toEqual([
      { file: MANIFEST, line: 2, message: 'sys/ai-system.yaml is not valid UTF-8 text (first bad byte on line 2)' },
    ]);
  });

  it('refuses a manifest over the size cap', () => {
    const big = `id: demo\nname: x\nversion: "1"\ndescription: "${'x'.repeat(2048)}"\n`;
    expect(failuresOf(check({ [MANIFEST]: big }, { maxFileBytes: 1024 }), 'manifest/readable')).toEqual([
      { file: MANIFEST, line: 1, message: 'sys/ai-system.yaml is 2 KB, over the 1 KB limit (max-file-size)' },
    ]);
  });

  it('cannot be turned off by a pack', () => {
    const files = { 'weak.yaml': 'extends: baseline\nrules:\n  manifest/readable: off\n', [MANIFEST]: 'id: [\n' };
    expect(() => check(files, { policy: 'weak.yaml' })).toThrow('weak.yaml:3:22: rule manifest/readable is locked: it cannot be turned off or lowered below error');
  });
});

describe('manifest/schema', () => {
  it.each([
    { name: 'a missing required field', mutate: (m: any) => delete m.version, at: 'id: demo-scorer', message: 'missing required field "version"' },
    { name: 'a number where text belongs', mutate: (m: any) => (m.version = 2.1), at: 'version: 2.1', message: 'version: must be text, found the number 2.1 (quote it: "2.1")' },
    {
      name: 'a value outside the enum, with a suggestion',
      mutate: (m: any) => (m.lifecycle = 'deploymnet'),
      at: 'lifecycle: deploymnet',
      message: 'lifecycle: "deploymnet" is not allowed; use one of: design, development, verification, deployment, operation, retired (did you mean "deployment"?)',
    },
    {
      name: 'a value of the enum in another case, with it as the suggestion',
      mutate: (m: any) => (m.risk.euAiAct.tier = 'Minimal'),
      at: 'tier: Minimal',
      message: 'risk.euAiAct.tier: "Minimal" is not allowed; use one of: prohibited, high, limited, minimal, gpai, gpai-systemic (did you mean "minimal"?)',
    },
    {
      name: 'an invalid id',
      mutate: (m: any) => (m.id = 'Demo Scorer'),
      at: 'id: Demo Scorer',
      message: 'id: "Demo Scorer" is not valid: expected lower-case letters, digits, \'.\', \'_\' and \'-\', starting with a letter or digit',
    },
    {
      name: 'a bad date',
      mutate: (m: any) => (m.risk.impactAssessment.nextReview = '2027-13-01'),
      at: 'nextReview:',
      message: 'risk.impactAssessment.nextReview: "2027-13-01" is no date: there is no month 13 (written YYYY-MM-DD)',
    },
    {
      name: 'a day past the end of its month',
      mutate: (m: any) => (m.risk.impactAssessment.nextReview = '2027-02-29'),
      at: 'nextReview:',
      message: 'risk.impactAssessment.nextReview: "2027-02-29" is no date: month 2 of 2027 has 28 days (written YYYY-MM-DD)',
    },
    {
      name: 'day 0',
      mutate: (m: any) => (m.risk.impactAssessment.nextReview = '2027-01-00'),
      at: 'nextReview:',
      message: 'risk.impactAssessment.nextReview: "2027-01-00" is no date: there is no day 0 (written YYYY-MM-DD)',
    },
    {
      name: 'February 30 of year 0, a leap year',
      mutate: (m: any) => (m.risk.impactAssessment.nextReview = '0000-02-30'),
      at: 'nextReview:',
      message: 'risk.impactAssessment.nextReview: "0000-02-30" is no date: month 2 of 0000 has 29 days (written YYYY-MM-DD)',
    },
    {
      name: 'a date in another shape',
      mutate: (m: any) => (m.risk.impactAssessment.nextReview = '01/02/2027'),
      at: 'nextReview:',
      message: 'risk.impactAssessment.nextReview: "01/02/2027" is not a date written YYYY-MM-DD',
    },
    {
      name: 'a bad sha256',
      mutate: (m: any) => (m.data.datasets[0].sha256 = 'abc'),
      at: 'sha256: abc',
      message: 'data.datasets[0].sha256: "abc" is not valid: expected 64 hexadecimal characters',
    },
    {
      name: 'a block of the wrong type',
      mutate: (m: any) => (m.data.datasets = 'train-2025'),
      at: 'datasets: train-2025',
      message: 'data.datasets: must be a list, found text "train-2025"',
    },
    {
      name: 'a list item missing its required key',
      mutate: (m: any) => delete m.data.datasets[0].id,
      at: '- role: training',
      message: 'data.datasets[0]: missing required field "id"',
    },
  ])('reports $name at the offending key', ({ mutate, at, message }) => {
    const files = withManifest(mutate);
    expect(failuresOf(check(files), 'manifest/schema')).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
  });

  // From a new user: `version: 1.0` is the number 1, and the hint said to quote "1".
  it.each([
    ['a version written 1.0', /^version: .*$/m, 'version: 1.0', 'version: 1.0', 'version: must be text, found the number 1 (quote it: "1.0")'],
    ['a version written 1.10, with a comment after it', /^version: .*$/m, 'version: 1.10  # the release', 'version: 1.10', 'version: must be text, found the number 1.1 (quote it: "1.10")'],
    ['a version written 0x1F', /^version: .*$/m, 'version: 0x1F', 'version: 0x1F', 'version: must be text, found the number 31 (quote it: "0x1F")'],
    ['a name written True', /^name: .*$/m, 'name: True', 'name: True', 'name: must be text, found true (quote it: "True")'],
    // The review: an alias was quoted as the key it follows, and a doubled BOM shifted the slice.
    ['a version given by an alias', /^version: .*$/m, 'x-v: &v 1.0\nversion: *v', 'version: *v', 'version: must be text, found the number 1 (quote it: "1")'],
    ['a version with a comment and spaces', /^version: .*$/m, 'version:    2.10   # x', 'version:', 'version: must be text, found the number 2.1 (quote it: "2.10")'],
  ])('quotes a scalar that should be text as it is written (%s)', (_name, line, replacement, at, message) => {
    const files = compliantFiles();
    files[MANIFEST] = (files[MANIFEST] as string).replace(line, replacement);
    expect(failuresOf(check(files), 'manifest/schema')).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
  });

  it('keeps running the other rules on a manifest that breaks the schema', () => {
    const report = check(withManifest((m) => {
      m.version = 2;
      delete m.data.datasets[0].license;
    }));
    expect(failingRuleIds(report)).toEqual(expect.arrayContaining(['manifest/schema', 'data/dataset-license']));
  });
});

describe('manifest/unknown-field', () => {
  it('warns about a typo with a suggestion, at the key', () => {
    const files = withManifest((m) => (m.data.datasets[0].lisence = 'mit'));
    const report = check(files);
    expect(failuresOf(report, 'manifest/unknown-field')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'lisence: mit'), message: 'data.datasets[0]: unknown field "lisence" (did you mean "license"?)' },
    ]);
    expect(report.findings.find((f) => f.ruleId === 'manifest/unknown-field' && f.status === 'fail')?.severity).toBe('warning');
  });

  // New user: a comma in a flow mapping cut a value short, and the rest became a key.
  it('says a comma inside { … } ends a value, when the unknown key is words with no value', () => {
    const files = withManifest(() => {});
    const text = (files[MANIFEST] as string).replace(
      /reviewers:\n.*\n(?:\s+\w+:.*\n)*/,
      "reviewers:\n    - { role: credit officer, authority: approves, declines or refers every application, training: Model literacy course. }\n",
    );
    const report = check({ ...files, [MANIFEST]: text });
    expect(failuresOf(report, 'manifest/unknown-field')).toEqual([
      {
        file: MANIFEST,
        line: lineOf(text, '- { role: credit officer'),
        message: 'oversight.reviewers[0]: unknown field "declines or refers every application" (a comma inside { … } ends a value: if these words are the rest of the value before them, put that value in quotes)',
      },
    ]);
  });

  it.each([
    ['a scalar', 'nmae: Demo Scorer\n'],
    ['a block', 'ownr:\n  team: ML Platform\n'],
  ])('points at the unknown key, not the value after it (%s)', (_shape, extra) => {
    const files = compliantFiles();
    files[MANIFEST] = `${files[MANIFEST] as string}${extra}`;
    const [finding] = check(files).findings.filter((f) => f.ruleId === 'manifest/unknown-field' && f.status === 'fail');
    expect(finding).toMatchObject({ line: lineOf(files[MANIFEST] as string, extra.split('\n')[0] as string), column: 1 });
  });

  it('allows x- extension fields', () => {
    expect(failuresOf(check(withManifest((m) => (m['x-cost-centre'] = 'CC-12'))), 'manifest/unknown-field')).toEqual([]);
  });
});

describe('manifest/duplicate-id', () => {
  it('fails the second manifest (in path order) that reuses an id, at its id line', () => {
    const files = { ...compliantFiles(), 'other/ai-system.yaml': 'id: demo-scorer\nname: Copy\nversion: "1"\n' };
    expect(failuresOf(check(files), 'manifest/duplicate-id')).toEqual([
      { file: MANIFEST, line: lineOf(compliantFiles()[MANIFEST] as string, 'id: demo-scorer'), message: 'system id "demo-scorer" is already used by other/ai-system.yaml; ids must be unique' },
    ]);
  });

  it('the second system goes by its manifest path, so reports keep the two apart', () => {
    const report = check({ ...compliantFiles(), 'other/ai-system.yaml': 'id: demo-scorer\nname: Copy\nversion: "1"\n' });
    // other/ sorts first, so it keeps the id; sys/ is the duplicate.
    expect(report.systems.map((s) => s.id)).toEqual(['demo-scorer', MANIFEST]);
    expect(new Set(report.findings.filter((f) => f.file === MANIFEST).map((f) => f.system))).toEqual(new Set([MANIFEST]));
    expect(report.systems.find((s) => s.id === 'demo-scorer')?.counts.errors).toBeGreaterThan(0);
    expect(report.systems.find((s) => s.id === MANIFEST)?.counts.errors).toBe(1);
  });
});

describe('discovery/unregistered-system', () => {
  const modelCard = '---\nlicense: mit\npipeline_tag: text-classification\nbase_model: bert-base-uncased\n---\n# Sentiment\n';

  it('fails on a model card nobody registers, at its front matter', () => {
    const report = check({ ...compliantFiles(), 'models/sentiment/README.md': modelCard });
    expect(failuresOf(report, 'discovery/unregistered-system')).toEqual([
      {
        file: 'models/sentiment/README.md',
        line: 1,
        message: 'models/sentiment/README.md is a model card (its front matter describes a model) but no ai-system.yaml registers it',
      },
    ]);
    expect(report.summary.unregistered).toBe(1);
  });

  it.each([
    ['a registered card', { 'sys/README.md': modelCard }],
    ['a dataset card', { 'data/README.md': '---\nlicense: mit\ntask_categories: [text-classification]\nsize_categories: [n<1K]\n---\n# Data\n' }],
    ['a README without front matter', { 'README.md': '# Project\n\npipeline_tag: not front matter\n' }],
    ['a Space README', { 'space/README.md': '---\nsdk: gradio\napp_file: app.py\nlicense: mit\n---\n' }],
    ['a card under node_modules', { 'node_modules/pkg/README.md': modelCard }],
    // Formats data shares, and weights in another folder, say nothing of this README.
    ['a data folder README beside HDF5 and pickles', { 'data/README.md': '# Features\n', 'data/features.h5': 'x', 'data/scaler.pkl': 'x', 'data/cache.joblib': 'x' }],
    ['a README tagged with a word that is no task', { 'docs/README.md': '---\ntags: [other, documentation]\nlicense: mit\n---\n# Docs\n' }],
    ['a docs page tagged with a task word, and no licence', { 'docs/README.md': '---\ntags: [translation]\n---\n# Translating the docs\n' }],
    ['a tensor file beside a dataset card', { 'data/README.md': '---\ntask_categories: [feature-extraction]\n---\n# Embeddings\n', 'data/embeddings.pt': 'x' }],
    // A registered system's folder: its notes beside its weights describe the system's model.
    ['dev notes beside a registered system\'s weights', { 'sys/README.md': '# Dev notes\n', 'sys/model.onnx': 'x', 'sys/docs/README.md': '---\nlicense: llama3\n---\n# Notes\n' }],
  ])('ignores %s', (_, extra) => {
    expect(failuresOf(check({ ...compliantFiles(), ...extra }), 'discovery/unregistered-system')).toEqual([]);
  });

  // Red team: a dataset card beside model.pkl claimed it, and nothing was reported.
  it('does not take a dataset card beside a checkpoint for a model card, and reports the checkpoint, which no card describes', () => {
    const found = failuresOf(check({ ...compliantFiles(), 'data/README.md': '---\ntask_categories: [text-classification]\n---\n# Reviews\n', 'data/model.ckpt': 'x' }), 'discovery/unregistered-system');
    expect(found.map((f) => f.file)).toEqual(['data/model.ckpt']);
  });

  it('ignores a project README above a model folder, and reports the folder\'s weights, which no system owns', () => {
    const found = failuresOf(check({ ...compliantFiles(), 'README.md': '# Project\n', 'models/m/model.safetensors': 'x' }), 'discovery/unregistered-system');
    expect(found.map((f) => f.file)).toEqual(['models/m/model.safetensors']);
  });

  // A model folder's README with no front matter (or only a licence) is a model card when its
  // headings are only a model card's; a project README's Training or Evaluation is not.
  const HF_TEMPLATE_HEADINGS = '# Model Card for sentiment\n\n## Model Details\n\nA classifier.\n\n## Uses\n\n## Training Details\n\n### Training Data\n';
  it.each([
    ['no front matter, the Hugging Face template headings', HF_TEMPLATE_HEADINGS, "models/sentiment/README.md is a model card (its headings are a model card's: Model Card for sentiment, Model Details, Training Details) but no ai-system.yaml registers it"],
    ['only a licence in front matter, Mitchell et al. headings', '---\nlicense: mit\n---\n# Sentiment\n\n## Intended Use\n\n## Quantitative Analyses\n', "models/sentiment/README.md is a model card (its headings are a model card's: Intended Use, Quantitative Analyses) but no ai-system.yaml registers it"],
    ['the Trainer-generated headings', '# sentiment\n\n## Model description\n\n## Intended uses & limitations\n\n## Training and evaluation data\n', "models/sentiment/README.md is a model card (its headings are a model card's: Model description, Intended uses & limitations, Training and evaluation data) but no ai-system.yaml registers it"],
    // A model card's section on what it was trained on is not a dataset card's.
    ['the template headings and one dataset heading written twice', `${HF_TEMPLATE_HEADINGS}\n## Dataset Details\n\nSST-2.\n\n## Dataset Details\n\nIMDB.\n`, "models/sentiment/README.md is a model card (its headings are a model card's: Model Card for sentiment, Model Details, Training Details) but no ai-system.yaml registers it"],
    ['the template headings and a Datasets section', `${HF_TEMPLATE_HEADINGS}\n## Datasets\n\nSST-2.\n`, "models/sentiment/README.md is a model card (its headings are a model card's: Model Card for sentiment, Model Details, Training Details) but no ai-system.yaml registers it"],
  ])('fails on a README with %s', (_, text, message) => {
    const report = check({ ...compliantFiles(), 'models/sentiment/README.md': text });
    expect(failuresOf(report, 'discovery/unregistered-system')).toEqual([{ file: 'models/sentiment/README.md', line: 1, message }]);
  });

  it.each([
    ['a project README with Training and Evaluation', '# Project\n\n## Installation\n\n## Training\n\n## Evaluation\n\n## License\n'],
    ['one model-card heading only', '# Project\n\n## Model Details\n\nSee the paper.\n'],
    ['a dataset card without front matter', '# Dataset Card for reviews\n\n## Dataset Details\n\n### Dataset Description\n\n## Uses\n\n## Training Details\n\n## Model Card Contact\n'],
  ])('ignores %s', (_, text) => {
    expect(failuresOf(check({ ...compliantFiles(), 'models/sentiment/README.md': text }), 'discovery/unregistered-system')).toEqual([]);
  });

  it("a card beside a manifest that cannot be read is that manifest's: manifest/readable is the finding, not an unregistered model", () => {
    const report = check({ 'models/whisper/ai-system.yaml': 'id: whisper\nname: [broken\n', 'models/whisper/MODEL_CARD.md': '---\nlicense: mit\n---\n# Whisper\n' });
    expect(failuresOf(report, 'manifest/readable')).toHaveLength(1);
    expect(failuresOf(report, 'discovery/unregistered-system')).toEqual([]);
  });

  // The reason is the one that made it a model card: the front matter's model keys, else the
  // file's name (a MODEL_CARD.md with no front matter has none to describe anything).
  it.each([
    ['a MODEL_CARD.md with only a license', 'm/MODEL_CARD.md', '---\nlicense: mit\n---\n# M\n', 'm/MODEL_CARD.md is a model card (its file name, MODEL_CARD.md, says so) but no ai-system.yaml registers it'],
    ['a MODEL_CARD.md with no front matter', 'm/MODEL_CARD.md', '# M\n\nA classifier.\n', 'm/MODEL_CARD.md is a model card (its file name, MODEL_CARD.md, says so) but no ai-system.yaml registers it'],
    ['a model-card.md with no front matter', 'm/model-card.md', '# M\n', 'm/model-card.md is a model card (its file name, model-card.md, says so) but no ai-system.yaml registers it'],
    ['a MODEL_CARD.md whose front matter has model keys', 'm/MODEL_CARD.md', modelCard, 'm/MODEL_CARD.md is a model card (its front matter describes a model) but no ai-system.yaml registers it'],
    // A card that says nothing of a model, beside a model's files or with a model's task or licence.
    ['a README beside model.safetensors', 'models/af-en/README.md', '# af-en\n\n## Benchmarks\n\n| set | BLEU |\n|---|---|\n| Tatoeba | 60.8 |\n', 'models/af-en/README.md is a model card (its folder holds a model\'s files: model.safetensors) but no ai-system.yaml registers it'],
    // Red team: these formats passed as no model at all.
    ['a README beside saved_model.pb', 'models/m/README.md', '# M\n', "models/m/README.md is a model card (its folder holds a model's files: saved_model.pb) but no ai-system.yaml registers it"],
    ['a README beside model.xgb', 'models/m/README.md', '# M\n', "models/m/README.md is a model card (its folder holds a model's files: model.xgb) but no ai-system.yaml registers it"],
    ['a README beside MLmodel', 'models/m/README.md', '# M\n', "models/m/README.md is a model card (its folder holds a model's files: MLmodel) but no ai-system.yaml registers it"],
    ['a README beside lgbm_model.txt', 'models/m/README.md', '# M\n', "models/m/README.md is a model card (its folder holds a model's files: lgbm_model.txt) but no ai-system.yaml registers it"],
    ['a README beside scorer.mar', 'models/m/README.md', '# M\n', "models/m/README.md is a model card (its folder holds a model's files: scorer.mar) but no ai-system.yaml registers it"],
    ['a README beside booster.cbm', 'models/m/README.md', '# M\n', "models/m/README.md is a model card (its folder holds a model's files: booster.cbm) but no ai-system.yaml registers it"],
    ['a README beside credit_model.ubj', 'models/m/README.md', '# M\n', "models/m/README.md is a model card (its folder holds a model's files: credit_model.ubj) but no ai-system.yaml registers it"],
    ['a README beside a Diffusers pipeline', 'models/dnd/README.md', '# D&D\n', 'models/dnd/README.md is a model card (its folder holds a model\'s files: model_index.json) but no ai-system.yaml registers it'],
    ['a README with a task among its tags', 'models/dnd/README.md', '---\nlicense: mit\ntags: [stable-diffusion, text-to-image]\n---\n# D&D\n', 'models/dnd/README.md is a model card (its front matter tags a model\'s task: text-to-image) but no ai-system.yaml registers it'],
    ['a README under a model licence', 'models/dnd/README.md', '---\nlicense: creativeml-openrail-m\n---\n# D&D\n', 'models/dnd/README.md is a model card (its licence, creativeml-openrail-m, is one models are released under) but no ai-system.yaml registers it'],
  ])('says why %s is a model card', (_, file, text, message) => {
    const folder = file.slice(0, file.lastIndexOf('/'));
    const beside = message.includes("model's files: ") ? { [`${folder}/${message.split("model's files: ")[1]?.split(')')[0]}`]: 'weights' } : {};
    const report = check({ [file]: text, ...beside });
    expect(failuresOf(report, 'discovery/unregistered-system')).toEqual([{ file, line: 1, message }]);
  });
});

// A README over its model's weights describes them wherever they sit: weights/, checkpoints/final/.
describe('model files below a README', () => {
  const README = '# af-en\n\nTranslates Afrikaans to English.\n';
  it.each([
    ['one folder below', 'models/af-en/weights/model.safetensors', "models/af-en/README.md is a model card (its folder holds a model's files: weights/model.safetensors) but no ai-system.yaml registers it"],
    ['two folders below', 'models/af-en/checkpoints/final/model.safetensors', "models/af-en/README.md is a model card (its folder holds a model's files: checkpoints/final/model.safetensors) but no ai-system.yaml registers it"],
  ])('mark it a model card %s', (_name, weights, message) => {
    expect(failuresOf(check({ 'models/af-en/README.md': README, [weights]: 'weights' }), 'discovery/unregistered-system')).toEqual([{ file: 'models/af-en/README.md', line: 1, message }]);
  });

  it.each([
    ['three folders below', { 'models/af-en/checkpoints/final/fp16/model.safetensors': 'weights' }],
    ['below a folder that is another model, not a part of this one', { 'models/af-en/student/model.safetensors': 'weights' }],
    ['under a folder with its own README, which claims them', { 'models/af-en/weights/README.md': '# Notes\n', 'models/af-en/weights/model.safetensors': 'weights' }],
  ])('do not mark it %s', (_name, files) => {
    const failures = failuresOf(check({ 'models/af-en/README.md': README, ...files }), 'discovery/unregistered-system');
    expect(failures.filter((f) => f.file === 'models/af-en/README.md')).toEqual([]);
  });

  it("are a registered system's own, not a card's above it", () => {
    const files = { ...compliantFiles(), 'README.md': '# Models\n\nOur models.\n', 'sys/weights/model.safetensors': 'weights' };
    expect(failuresOf(check(files), 'discovery/unregistered-system')).toEqual([]);
  });
});

describe("a system's name and version in the report", () => {
  it('leave out a placeholder: "TODO: …" is not a version to show beside the id', () => {
    const report = check(withManifest((m) => Object.assign(m, { name: 'TODO: the name people know it by', version: 'TODO: the version this manifest describes' })));
    expect(report.systems.map((s) => [s.id, s.name, s.version])).toEqual([['demo-scorer', undefined, undefined]]);
    expect(check(compliantFiles()).systems.map((s) => [s.name, s.version])).toEqual([['Demo Scorer', '1.2.0']]);
  });
});

describe('system rules', () => {
  it.each([
    { rule: 'system/owner', mutate: (m: any) => delete m.owner.contact, at: 'owner:', message: 'owner.contact is missing' },
    { rule: 'system/risk-tier', mutate: (m: any) => delete m.risk.euAiAct, at: 'risk:', message: 'risk.euAiAct.tier is missing: until it is declared, every rule for high-risk systems applies (set it to prohibited, high, limited, minimal, gpai or gpai-systemic)' },
    { rule: 'system/lifecycle-stage', mutate: (m: any) => delete m.lifecycle, at: 'id: demo-scorer', message: 'lifecycle is missing: until it is declared, the rules of every stage apply, as for a system in operation' },
  ])('$rule fails: $message', ({ rule, mutate, at, message }) => {
    const files = withManifest(mutate);
    const report = check(files);
    expect(resultsOf(check(compliantFiles()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(failuresOf(report, rule)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
  });

  it('applies stage-gated rules when the stage is not declared (fails closed)', () => {
    const report = check(withManifest((m) => {
      delete m.lifecycle;
      delete m.monitoring;
    }));
    expect(failuresOf(report, 'monitoring/config-cited')).toHaveLength(1);
  });
});

describe('evidence/path-resolves', () => {
  it('passes when every other cited file exists', () => {
    expect(resultsOf(check(compliantFiles()), 'evidence/path-resolves')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    { name: 'a missing file', ref: 'docs/nope.md', extra: {}, message: 'sys/docs/nope.md does not exist' },
    { name: 'a directory', ref: 'docs', extra: {}, message: 'sys/docs is a directory, not a file' },
    { name: 'a ".." escape', ref: '../../../etc/passwd', extra: {}, message: '"../../../etc/passwd" leads outside the repository' },
    { name: 'a Windows absolute path', ref: 'C:\\Users\\me\\impact.md', extra: {}, message: '"C:\\Users\\me\\impact.md" is an absolute path; cite files relative to the manifest' },
    {
      name: 'a symlink that leads outside the repository',
      ref: 'docs/link.md',
      extra: { 'sys/docs/link.md': { symlink: '/etc/hostname' } },
      message: 'sys/docs/link.md is a symbolic link (or lies under one) that leads outside the repository',
    },
    {
      name: 'a dangling symlink',
      ref: 'docs/dangling.md',
      extra: { 'sys/docs/dangling.md': { symlink: 'nowhere.md' } },
      message: 'sys/docs/dangling.md is a symbolic link to a file that does not exist',
    },
  ])('fails on $name, at the citing line', ({ ref, extra, message }) => {
    const files = withManifest((m) => (m.risk.impactAssessment.path = ref), extra as never);
    expect(failuresOf(check(files), 'evidence/path-resolves')).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'impactAssessment:') + 1, message },
    ]);
  });

  it('accepts a symlink that stays inside the repository', () => {
    const files = withManifest((m) => (m.risk.impactAssessment.path = 'docs/alias.md'), { 'sys/docs/alias.md': { symlink: 'impact.md' } });
    expect(failuresOf(check(files), 'evidence/path-resolves')).toEqual([]);
  });
});

// Stage-scoped rules read each kind from the stage it is due; a citation of a missing file is
// judged at every stage (a new user cited a bias report that was not there in development: PASS).
describe('evidence/cited-file-exists', () => {
  const RULE = 'evidence/cited-file-exists';
  it("with evidence/path-resolves, names every field the schema says is a file path (artifacts' paths aside: files the system ships need not be in the repository)", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'schemas', 'ai-system.schema.json'), 'utf8'));
    const cited: string[] = [];
    const says = (node: any) => /a file path relative to the manifest/.test(node?.description ?? '');
    const isPath = (node: any) => says(node) || node?.allOf?.some(says);
    const walk = (node: any, at: string): void => {
      if (!node || typeof node !== 'object') return;
      if (typeof node.$ref === 'string') return walk(schema.$defs?.[node.$ref.replace('#/$defs/', '')], at);
      if (isPath(node)) cited.push(at);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, `${at}.${key}`);
      if (node.items) walk(node.items, `${at}[*]`);
      for (const alternative of node.anyOf ?? []) walk(alternative, at);
    };
    walk(schema, '$.manifest');
    const given = (id: string) => [ruleCatalogue().get(id)?.given ?? []].flat();
    expect([...given(RULE), ...given('evidence/path-resolves')].sort()).toEqual(cited.filter((field) => !field.startsWith('$.manifest.artifacts')).sort());
  });

  it.each(['design', 'development', 'deployment'])('passes when every cited file exists, in %s', (stage) => {
    expect(resultsOf(check(withManifest((m) => (m.lifecycle = stage))), RULE)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each([
    { name: 'a bias report that is not there, in development', stage: 'development', mutate: (m: any) => (m.bias.reports[0].path = 'evidence/fairlearn-1.2.json'), at: 'path: evidence/fairlearn-1.2.json', message: 'sys/evidence/fairlearn-1.2.json does not exist' },
    { name: 'a misspelt monitoring config, in design', stage: 'design', mutate: (m: any) => (m.monitoring.config = 'monitoring/drfit.yaml'), at: 'config: monitoring/drfit.yaml', message: 'sys/monitoring/drfit.yaml does not exist; did you mean sys/monitoring/drift.yaml?' },
    { name: 'a dataset card outside the repository, in development', stage: 'development', mutate: (m: any) => (m.data.datasets[0].card = '../../../etc/passwd'), at: 'card: ../../../etc/passwd', message: '"../../../etc/passwd" leads outside the repository' },
    { name: 'a folder cited as the incident log, in operation', stage: 'operation', mutate: (m: any) => (m.monitoring.incidents = 'evidence'), at: 'incidents: evidence', message: 'sys/evidence is a directory, not a file' },
  ])('fails on $name, at the citing line', ({ stage, mutate, at, message }) => {
    const files = withManifest((m) => {
      m.lifecycle = stage;
      mutate(m);
    }, { 'sys/evidence/.keep': '' });
    expect(failuresOf(check(files), RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, at), message }]);
  });

  it('does not hold a retired system to it: its evidence may be archived elsewhere', () => {
    const files = withManifest((m) => {
      m.lifecycle = 'retired';
      m.bias.reports[0].path = 'evidence/archived.json';
    });
    expect(resultsOf(check(files), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it('resolves a cited #section to its file, and fails an empty path', () => {
    const ok = withManifest((m) => (m.oversight.capabilities.stop.evidence = 'runbooks/stop.md#stop'));
    expect(failuresOf(check(ok), RULE)).toEqual([]);
    const missing = withManifest((m) => (m.oversight.capabilities.stop.evidence = 'runbooks/halt.md#stop'));
    expect(failuresOf(check(missing), RULE)).toEqual([{ file: MANIFEST, line: lineOf(missing[MANIFEST] as string, 'evidence: runbooks/halt.md#stop'), message: 'sys/runbooks/halt.md does not exist' }]);
  });

  it("says in the same words, at the same line, what a kind's own rule says of a missing file (reports show it once)", () => {
    const files = withManifest((m) => (m.bias.reports[0].path = 'evidence/none.json'));
    const report = check(files);
    const line = lineOf(files[MANIFEST] as string, 'path: evidence/none.json');
    expect(failuresOf(report, RULE)).toEqual([{ file: MANIFEST, line, message: 'sys/evidence/none.json does not exist' }]);
    expect(failuresOf(report, 'bias/report-readable')).toEqual([{ file: MANIFEST, line, message: 'sys/evidence/none.json does not exist' }]);
  });
});

describe('system/no-placeholders', () => {
  it('passes a manifest with no placeholder', () => {
    expect(failuresOf(check(compliantFiles()), 'system/no-placeholders')).toEqual([]);
  });

  it.each([
    { name: 'a top-level value', mutate: (m: any) => (m.version = 'TBD'), at: 'version: TBD', message: 'version is still a placeholder: "TBD"' },
    {
      name: 'an item of a list in a mapping',
      mutate: (m: any) => (m.notes = { steps: ['reviewed by the board', 'TODO: sign-off'] }),
      at: '- "TODO: sign-off"',
      message: 'notes.steps[1] is still a placeholder: "TODO: sign-off"',
    },
    // Disguised: invisible characters are written out in the message, so the quote can be found in the file.
    { name: 'a marker split by zero-width spaces', mutate: (m: any) => (m.version = 'T\u200bB\u200bD'), at: 'version: ', message: 'version is still a placeholder: "T\\u{200b}B\\u{200b}D"' },
    { name: 'a value of invisible characters only', mutate: (m: any) => (m.name = '\u200b\u200b'), at: 'name: ', message: 'name is still a placeholder: "\\u{200b}\\u{200b}"' },
    { name: 'a marker in full-width letters', mutate: (m: any) => (m.license = 'ＴＢＤ'), at: 'ＴＢＤ', message: 'license is still a placeholder: "ＴＢＤ"' },
  ])('fails on $name, at its line, naming its path', ({ mutate, at, message }) => {
    const files = withManifest(mutate);
    const text = files[MANIFEST] as string;
    expect(failuresOf(check(files), 'system/no-placeholders')).toEqual([{ file: MANIFEST, line: lineOf(text, at), message }]);
  });

  it('leaves the documented wildcard of a robustness threshold alone, and a lone "*" elsewhere not (new user)', () => {
    const wildcard = withManifest((m: any) => (m.assurance = { robustness: { results: [{ path: 'evidence/garak.jsonl', thresholds: [{ family: '*', maxIssues: 2 }] }] } }));
    expect(failuresOf(check(wildcard), 'system/no-placeholders')).toEqual([]);
    const elsewhere = withManifest((m: any) => (m.owner.team = '*'));
    expect(failuresOf(check(elsewhere), 'system/no-placeholders')).toEqual([{ file: MANIFEST, line: lineOf(elsewhere[MANIFEST] as string, 'team: "*"'), message: 'owner.team is still a placeholder: "*"' }]);
  });

  it('lists the first 50 placeholders and counts the rest', () => {
    const failures = failuresOf(check(withManifest((m: any) => (m.notes = Array.from({ length: 53 }, () => 'TBD')))), 'system/no-placeholders');
    expect(failures).toHaveLength(51);
    expect(failures[49]?.message).toBe('notes[49] is still a placeholder: "TBD"');
    expect(failures[50]?.message).toBe('and 3 more placeholders');
  });
});

// From a review helper: "Not applicable" is an honest answer where a field is not required.
describe('answers that answer nothing', () => {
  it('are left alone by system/no-placeholders where the field is not required, and fail the rule that requires it', () => {
    const optional = withManifest((m) => (m.data.datasets[0].personalData = { present: false, legalBasis: 'Not applicable', handling: 'N/A' }));
    expect(failuresOf(check(optional), 'system/no-placeholders')).toEqual([]);
    expect(failuresOf(check(optional), 'data/personal-data-handling')).toEqual([]);
    const required = withManifest((m) => (m.data.datasets[0].personalData = { present: true, purpose: 'scoring', legalBasis: 'N/A', handling: 'see above' }));
    expect(failuresOf(check(required), 'data/personal-data-handling').map((f) => f.message)).toEqual([
      'data.datasets[0].personalData.legalBasis (dataset "train-2025") is still a placeholder: "N/A" (required when personalData.present is true)',
      'data.datasets[0].personalData.handling (dataset "train-2025") is still a placeholder: "see above" (required when personalData.present is true)',
    ]);
  });
});

// From a second review: only "does not apply" is left to the field's rule; "TBC", "see above" and
// "various" are placeholders in any field.
describe('answers that are placeholders in any field', () => {
  it.each(['TBC', 'see above', 'Various', 'Unknown', 'Not available'])('%j fails system/no-placeholders in an optional field', (value) => {
    const files = withManifest((m) => (m.data.datasets[0].preprocessing = value));
    expect(failuresOf(check(files), 'system/no-placeholders').map((f) => f.message)).toEqual([expect.stringContaining('data.datasets[0].preprocessing (dataset "train-2025")')]);
  });
});
