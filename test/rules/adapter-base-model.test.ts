/**
 * card/adapter-base-model: a PEFT adapter runs on the model its adapter_config.json names
 * (base_model_name_or_path), which the manifest's baseModel or the card's base_model must name.
 * New user: a Llama-3.1-8B LoRA whose config was changed to name a Mistral model passed, for only
 * the card's base_model was compared with the manifest.
 */
import { describe, expect, it } from 'vitest';
import { lineOf, type Files } from '../helpers/repo.js';
import { check, COMPLIANT_CARD, compliantFiles, MANIFEST, resultsOf, withManifest, type Seen } from '../helpers/system.js';
import { safetensors } from '../helpers/model-files.js';

const RULE = 'card/adapter-base-model';
const TITLE = 'Each shipped adapter loads onto the declared base model';
const LLAMA = 'meta-llama/Llama-3.1-8B';
const MISTRAL = 'mistralai/Mistral-7B-v0.1';
const CONFIG = 'sys/adapter/adapter_config.json';
const UNREAD = 'which model the adapter is loaded onto cannot be read';
const ANOTHER = "what runs is not the declared model, and the card's evaluations and license may be about another model";

/** adapter_config.json as PEFT writes it (LoRA), with `base` as base_model_name_or_path. */
function adapterConfig(base: unknown = LLAMA, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ alpha_pattern: {}, auto_mapping: null, base_model_name_or_path: base, bias: 'none', inference_mode: true, lora_alpha: 16, lora_dropout: 0.05, peft_type: 'LORA', r: 8, revision: null, target_modules: ['q_proj', 'v_proj'], task_type: 'CAUSAL_LM', ...extra }, null, 2)}\n`;
}

/** The card, with `baseModel` as its base_model front matter (none when undefined). */
const cardWith = (baseModel?: string) => (baseModel === undefined ? COMPLIANT_CARD : COMPLIANT_CARD.replace('license: apache-2.0\n', `license: apache-2.0\nbase_model: ${baseModel}\n`));

interface Layout {
  /** The manifest's baseModel (null: none). */
  manifest?: unknown;
  /** The card's base_model (null: none). */
  card?: string | null;
  /** adapter_config.json at CONFIG: text, bytes or a link. */
  config?: Files[string];
  /** The artifacts the manifest lists. */
  artifacts?: string[];
  extra?: Files;
}

/** The compliant system shipping a LoRA adapter in sys/adapter/ (adapter_model.safetensors listed, its config beside it). */
function adapterSystem({ manifest = LLAMA, card = LLAMA, config = adapterConfig(), artifacts = ['adapter/adapter_model.safetensors'], extra = {} }: Layout = {}): Files {
  return {
    ...withManifest((m) => {
      if (manifest !== null) m.baseModel = manifest;
      m.artifacts = artifacts.map((path) => ({ path }));
    }),
    'sys/README.md': cardWith(card ?? undefined),
    'sys/adapter/adapter_model.safetensors': safetensors(),
    [CONFIG]: config,
    ...extra,
  };
}

const results = (files: Files): Seen[] => resultsOf(check(files), RULE);
const PASS: Seen = { status: 'pass', file: MANIFEST, line: 1, message: TITLE };

describe(`${RULE} passes`, () => {
  it.each<[string, Layout]>([
    ['the adapter on the base model the manifest and card name', {}],
    ['an id in other case, the manifest pinning a revision', { config: adapterConfig('Meta-Llama/llama-3.1-8b', { revision: '0e9e39f' }), manifest: `${LLAMA}@0e9e39f249a16976918f6564b8830bc894c89659` }],
    ["meta-llama's old id for Llama 3.1 (the Hub redirects it)", { config: adapterConfig('meta-llama/Meta-Llama-3.1-8B') }],
    ["a model page's URL in the manifest", { manifest: `https://huggingface.co/${LLAMA}` }],
    ['a base model only the manifest names', { card: null }],
    ['a base model only the card names', { manifest: null }],
    ['the second of two base models the manifest lists', { manifest: [LLAMA, MISTRAL], config: adapterConfig(MISTRAL) }],
    ['an old id without an owner, the card naming its owner', { config: adapterConfig('gpt2'), manifest: 'openai-community/gpt2', card: 'openai-community/gpt2' }],
    ['adapter_config.json listed in artifacts itself', { artifacts: ['adapter/adapter_config.json', 'adapter/adapter_model.safetensors'] }],
  ])('%s', (_name, layout) => {
    expect(results(adapterSystem(layout))).toEqual([PASS]);
  });
});

describe(`${RULE} fails`, () => {
  const at = (config: string) => ({ file: CONFIG, line: lineOf(config, '"base_model_name_or_path"') });
  it.each<[string, Layout & { config: string }, string]>([
    [
      "the new user's adapter changed to load onto Mistral",
      { config: adapterConfig(MISTRAL) },
      `${CONFIG}: the adapter is loaded onto "${MISTRAL}" (base_model_name_or_path), a model that neither the manifest's baseModel ("${LLAMA}") nor the model card's base_model ("${LLAMA}") names: ${ANOTHER}`,
    ],
    [
      'another model, the card naming none',
      { config: adapterConfig(MISTRAL), card: null },
      `${CONFIG}: the adapter is loaded onto "${MISTRAL}" (base_model_name_or_path), a model that the manifest's baseModel ("${LLAMA}") does not name (the model card states no base_model): ${ANOTHER}`,
    ],
    [
      'another model, the manifest naming none',
      { config: adapterConfig(MISTRAL), manifest: null },
      `${CONFIG}: the adapter is loaded onto "${MISTRAL}" (base_model_name_or_path), a model that the model card's base_model ("${LLAMA}") does not name (the manifest states no baseModel): ${ANOTHER}`,
    ],
    [
      'the instruct model, the base declared (another model)',
      { config: adapterConfig('meta-llama/Llama-3.1-8B-Instruct') },
      `${CONFIG}: the adapter is loaded onto "meta-llama/Llama-3.1-8B-Instruct" (base_model_name_or_path), a model that neither the manifest's baseModel ("${LLAMA}") nor the model card's base_model ("${LLAMA}") names: ${ANOTHER}`,
    ],
    [
      'a base model given as a number',
      { config: adapterConfig(8) },
      `${CONFIG}: base_model_name_or_path is a number, not a model id or path, so the model the adapter is loaded onto cannot be told`,
    ],
  ])('%s', (_name, layout, message) => {
    expect(results(adapterSystem(layout))).toEqual([{ status: 'fail', ...at(layout.config), message }]);
  });

  it('an adapter kept beside the model card, no artifact listed', () => {
    const config = adapterConfig(MISTRAL);
    const files = adapterSystem({ artifacts: [], extra: { 'sys/adapter_config.json': config } });
    expect(results(files)).toEqual([
      { status: 'fail', file: 'sys/adapter_config.json', line: lineOf(config, '"base_model_name_or_path"'), message: expect.stringMatching(/^sys\/adapter_config\.json: the adapter is loaded onto "mistralai\/Mistral-7B-v0\.1"/) },
    ]);
  });

  it('an adapter found twice (listed, and beside a listed artifact) once', () => {
    const config = adapterConfig(MISTRAL);
    expect(results(adapterSystem({ config, artifacts: ['adapter/adapter_config.json', 'adapter/adapter_model.safetensors', './adapter/adapter_model.safetensors'] })).map((r) => r.file)).toEqual([CONFIG]);
  });

  it.each<[string, Layout]>([
    ['neither the manifest nor the card names a base model', { manifest: null, card: null }],
    ['the manifest\'s baseModel is a placeholder, the card names none', { manifest: 'TODO: the base model', card: null }],
    ['the adapter loads from a local path and nothing is declared', { manifest: null, card: null, config: adapterConfig('./base') }],
  ])('a system that ships an adapter, but %s', (_name, layout) => {
    const files = adapterSystem(layout);
    expect(results(files)).toEqual([
      {
        status: 'fail',
        file: MANIFEST,
        line: layout.manifest === null ? 1 : lineOf(files[MANIFEST] as string, 'baseModel:'),
        message: `the system ships the PEFT adapter ${CONFIG}, but neither the manifest's baseModel nor the model card's base_model says which model it adapts; an adapter's evaluations and license are those of the model it is loaded onto`,
      },
    ]);
  });
});

describe(`${RULE} is not applicable`, () => {
  it.each<[string, Files, string]>([
    ['to a system that ships no adapter', compliantFiles(), 'the system ships no PEFT adapter (no adapter_config.json in artifacts, beside one, or beside the model card)'],
    ['to an adapter on a relative local path', adapterSystem({ config: adapterConfig('./base') }), `${CONFIG} loads onto "./base", a local path, which cannot be compared with the declared base model`],
    ['to an adapter on an absolute local path', adapterSystem({ config: adapterConfig('/models/llama') }), `${CONFIG} loads onto "/models/llama", a local path, which cannot be compared with the declared base model`],
    ['to an adapter that names no base model', adapterSystem({ config: adapterConfig(null) }), `${CONFIG} names no base model (base_model_name_or_path is null)`],
    [
      'to a Hub id when the only declared base model is a path',
      adapterSystem({ manifest: '/mnt/models/llama-3.1-8b', card: null }),
      `${CONFIG} loads onto "${LLAMA}", but no declared base model is a Hugging Face model id to compare it with (the manifest's baseModel is "/mnt/models/llama-3.1-8b")`,
    ],
  ])('%s', (_name, files, message) => {
    expect(results(files)).toEqual([{ status: 'not-applicable', file: MANIFEST, line: 1, message }]);
  });

  it('to weights kept elsewhere (an artifact not in the repository, no config here)', () => {
    const files = adapterSystem({ artifacts: ['s3://models/adapter/adapter_model.safetensors', 'remote/adapter_model.safetensors'] });
    delete files[CONFIG];
    expect(results(files).map((r) => r.status)).toEqual(['not-applicable']);
  });
});

describe(`${RULE} on bad input: a finding in the file, never a crash`, () => {
  const broken = (config: Files[string]) => results(adapterSystem({ config }));

  it('malformed JSON, at the trailing comma', () => {
    const config = adapterConfig().replace('"task_type": "CAUSAL_LM"', '"task_type": "CAUSAL_LM",');
    expect(broken(config)).toEqual([{ status: 'fail', file: CONFIG, line: lineOf(config, '"task_type"'), message: `${CONFIG}: invalid JSON: trailing comma; ${UNREAD}` }]);
  });

  it('a duplicated base_model_name_or_path, at the second (JSON.parse would keep it)', () => {
    const config = adapterConfig().replace('"bias": "none",', `"bias": "none",\n  "base_model_name_or_path": "${MISTRAL}",`);
    expect(broken(config)).toEqual([{ status: 'fail', file: CONFIG, line: lineOf(config, MISTRAL), message: `${CONFIG}: invalid JSON: duplicate key: the keys of an object must be unique; ${UNREAD}` }]);
  });

  it('a JSON value that is not an object', () => {
    expect(broken(`[${JSON.stringify(LLAMA)}]`)).toEqual([{ status: 'fail', file: CONFIG, line: 1, message: `${CONFIG} is not a JSON object, as PEFT writes an adapter's config; ${UNREAD}` }]);
  });

  it('a 50 MB file, over max-file-size', () => {
    const config = `{"base_model_name_or_path": "${MISTRAL}", "pad": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(broken(config)).toEqual([{ status: 'fail', file: CONFIG, line: 1, message: `${CONFIG} is 50 MB, over the 5 MB limit (max-file-size); ${UNREAD}` }]);
  });

  it('a symbolic link out of the repository', () => {
    expect(broken({ symlink: '/etc/passwd' })).toEqual([{ status: 'fail', file: CONFIG, line: 1, message: `${CONFIG} is a symbolic link (or lies under one) that leads outside the repository; ${UNREAD}` }]);
  });

  it('binary content', () => {
    expect(broken(Uint8Array.from([0x7b, 0x00, 0xff, 0xfe, 0x7d]))).toEqual([{ status: 'fail', file: CONFIG, line: 1, message: `${CONFIG} is a binary file, not text; ${UNREAD}` }]);
  });

  it('JSON nested deeper than the cap', () => {
    const config = `{"base_model_name_or_path": "${LLAMA}", "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(broken(config)).toEqual([{ status: 'fail', file: CONFIG, line: 1, message: expect.stringMatching(new RegExp(`^${CONFIG}: JSON is nested more than \\d+ levels deep; ${UNREAD}$`)) }]);
  });
});
