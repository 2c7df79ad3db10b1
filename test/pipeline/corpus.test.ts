/**
 * Real model cards, dataset cards and AI BOMs written by others (test/fixtures/corpus, copied
 * byte for byte; SOURCES.tsv names each file's origin and licence and notes its defects). Every
 * file goes through the gate without a crash, and each known defect is a located finding.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCard } from '../../src/load/model-card.js';
import { check, compliantFiles, failuresOf, resultsOf, withManifest } from '../helpers/system.js';

const CORPUS = path.join(import.meta.dirname, '..', 'fixtures', 'corpus');
const filesIn = (folder: string) => fs.readdirSync(path.join(CORPUS, folder)).sort().map((name) => `${folder}/${name}`);
const read = (file: string) => fs.readFileSync(path.join(CORPUS, file));
const CARDS = [...filesIn('hf-model-cards'), ...filesIn('freeform-model-cards'), ...filesIn('dataset-cards')];
const OTHERS = [...filesIn('mct'), ...filesIn('cyclonedx'), ...filesIn('other')];

/** Known front matter defects (from SOURCES.tsv), as the card loader must report them. */
const FRONT_MATTER_DEFECTS: Record<string, { message: RegExp; line: number; column: number }> = {
  'hf-model-cards/hfhub-fixture-invalid-card-data-list.md': { message: /^front matter is a list/, line: 2, column: 1 },
  'hf-model-cards/hfhub-official-modelcard-template.md': { message: /^front matter is an unrendered template placeholder/, line: 2, column: 1 },
  'dataset-cards/hfhub-official-datasetcard-template.md': { message: /^front matter is an unrendered template placeholder/, line: 2, column: 1 },
  // `{placeholder}  # Example: …` values: a flow mapping followed by a comment on the same line.
  'hf-model-cards/hubdocs-modelcard-metadata-spec.md': { message: /^invalid YAML: Map comment with trailing content$/, line: 32, column: 9 },
};

/** Cards with no text in their body (a title at most, or only template markers): not evidence of anything. */
const TEXTLESS_CARDS: Record<string, string> = {
  'hf-model-cards/hfhub-fixture-windows-crlf.md': 'sys/README.md is a placeholder: only "Hello old Windows line breaks"',
  'dataset-cards/hfhub-official-datasetcard-template.md': 'sys/README.md is a placeholder: only',
};

describe('corpus: every card', () => {
  it('covers the whole corpus listed in SOURCES.tsv', () => {
    const listed = read('SOURCES.tsv').toString().trim().split('\n').slice(1).map((row) => row.split('\t')[0]).sort();
    expect([...CARDS, ...OTHERS].sort()).toEqual(listed);
  });

  it.each(CARDS)('%s loads, with its front matter defect (if any) reported at its line', (file) => {
    const card = parseCard(read(file).toString('utf8'), file);
    const defect = FRONT_MATTER_DEFECTS[file];
    if (defect) {
      expect(card.problems).toEqual([{ message: expect.stringMatching(defect.message), line: defect.line, column: defect.column }]);
    } else {
      expect(card.problems).toEqual([]);
    }
  });

  it.each(CARDS)('%s as the model card of a system: every card rule gives a verdict, at a line in the card', (file) => {
    const report = check({ ...compliantFiles(), 'sys/README.md': read(file) });
    const cardResults = report.findings.filter((f) => f.ruleId.startsWith('card/'));
    expect(cardResults.map((f) => f.ruleId).sort()).toEqual(
      expect.arrayContaining(['card/contact', 'card/evaluation', 'card/intended-use', 'card/license', 'card/limitations', 'card/out-of-scope-use', 'card/present']),
    );
    for (const finding of cardResults.filter((f) => f.status === 'fail' && f.ruleId !== 'card/present')) {
      expect(finding.file).toBe('sys/README.md');
      expect(finding.line).toBeGreaterThanOrEqual(1);
    }
    const present = failuresOf(report, 'card/present');
    expect(present.length).toBe((FRONT_MATTER_DEFECTS[file] ? 1 : 0) + (TEXTLESS_CARDS[file] ? 1 : 0));
    // A card with no text fails at the manifest line that cites it.
    const textless = TEXTLESS_CARDS[file];
    if (textless) expect(present).toContainEqual(expect.objectContaining({ file: 'sys/ai-system.yaml', message: expect.stringContaining(textless) }));
  });

  // Cards whose front matter names no model field (or that have none), but whose headings are
  // only a model card's (Model Details, Intended Use, Training procedure, "… Model Card"), or
  // whose front matter tags a Hub task or names a licence only models are released under.
  const MODEL_BY_OTHER_SIGNS = new Set([
    'hf-model-cards/Dungeons-and-Diffusion-no-heading.md', // tags: [text-to-image], creativeml-openrail-m
    'freeform-model-cards/audiocraft-MUSICGEN_MODEL_CARD.md',
    'freeform-model-cards/meta-llama2-MODEL_CARD.md',
    'freeform-model-cards/openai-clip-model-card.md',
    'freeform-model-cards/openai-gpt3-model-card.md',
    'freeform-model-cards/openai-instructgpt-model-card.md',
    'freeform-model-cards/openai-whisper-model-card.md',
    'freeform-model-cards/stability-stable-diffusion-v2-modelcard.md',
    'hf-model-cards/Intel-neural-chat-7b-v3-1.md',
    'hf-model-cards/hfhub-official-modelcard-template.md',
    'hf-model-cards/transformers-facebook-wmt19-de-en.md',
  ]);

  it.each(CARDS)('%s alone in a repository: reported as unregistered only when it describes a model', (file) => {
    const card = parseCard(read(file).toString('utf8'), 'README.md');
    const report = check({ 'models/x/README.md': read(file) });
    expect(failuresOf(report, 'discovery/unregistered-system').length).toBe(card.kind === 'model' || MODEL_BY_OTHER_SIGNS.has(file) ? 1 : 0);
  });

  it('reports each unfilled section of the official template at its own heading', () => {
    const file = 'hf-model-cards/hfhub-official-modelcard-template.md';
    const text = read(file).toString('utf8');
    const report = check({ ...compliantFiles(), 'sys/README.md': text });
    const lineOf = (heading: string) => text.split('\n').indexOf(heading) + 1;
    expect(failuresOf(report, 'card/intended-use')).toEqual([
      { file: 'sys/README.md', line: lineOf('## Direct Use'), message: 'the model card section "Direct Use" is a placeholder' },
    ]);
    expect(failuresOf(report, 'card/out-of-scope-use')).toEqual([
      { file: 'sys/README.md', line: lineOf('## Out-of-Scope Use'), message: 'the model card section "Out-of-Scope Use" is a placeholder' },
    ]);
    expect(failuresOf(report, 'card/limitations')).toEqual([
      { file: 'sys/README.md', line: lineOf('# Bias, Risks, and Limitations'), message: 'the model card section "Bias, Risks, and Limitations" is a placeholder' },
    ]);
  });

  it.each([
    ['hf-model-cards/transformers-facebook-wmt19-de-en.md', 'a blank line before the opening ---', { language: ['de', 'en'], license: 'Apache 2.0' }],
    ['hf-model-cards/hfhub-fixture-windows-crlf.md', 'CRLF line endings', { license: 'mit', language: 'eo' }],
    ['hf-model-cards/autotrain-co2-scalar-zh.md', 'co2_eq_emissions as a bare number', { co2_eq_emissions: 0.03608660562919794 }],
  ])('%s: reads front matter despite %s', (file, _, subset) => {
    expect(parseCard(read(file).toString('utf8'), file).meta).toMatchObject(subset);
  });

  it.each([
    ['hf-model-cards/autotrain-co2-scalar-zh.md', 'card/license', 'fail'],
    ['hf-model-cards/google-gemma-2b-gated.md', 'card/license', 'pass'],
    ['freeform-model-cards/meta-llama2-MODEL_CARD.md', 'card/intended-use', 'pass'],
    ['freeform-model-cards/meta-llama2-MODEL_CARD.md', 'card/out-of-scope-use', 'pass'],
    ['freeform-model-cards/openai-whisper-model-card.md', 'card/limitations', 'pass'],
    ['hf-model-cards/bartowski-Hermes-3-Llama-3.2-3B-GGUF.md', 'card/evaluation', 'fail'],
    ['hf-model-cards/hfhub-fixture-simple-model-index.md', 'card/evaluation', 'pass'],
  ])('%s: %s is %s', (file, rule, status) => {
    const report = check({ ...compliantFiles(), 'sys/README.md': read(file) });
    expect(resultsOf(report, rule).map((f) => f.status)).toEqual(status === 'pass' ? ['pass'] : expect.arrayContaining(['fail']));
  });
});

describe('corpus: BOMs, MCT cards and other JSON cited as evidence', () => {
  const expectations: Record<string, RegExp> = {
    'cyclonedx/cdx-bom-examples-model-opensource-bert.json': /^sys\/evidence\/[^:]+: invalid JSON: trailing comma$/,
    // Not JSON: opens with a ```json fence; read as YAML (no .json extension), which it is not either.
    'other/redhat-ai-system-card.schema': /^sys\/evidence\/[^:]+: invalid YAML: /,
    // Protocol-buffer text format is neither JSON nor YAML.
    'mct/mct-test-full.pbtxt': /^sys\/evidence\/[^:]+: invalid YAML: /,
    // A CycloneDX BOM cited in the wrong place is named for what it is.
    'cyclonedx/cdx-bom-examples-model-card-with-dataset.json': /is cited as a bias report, but it looks like a cyclonedx model bill of materials$/,
    'cyclonedx/cdx-spec-valid-ml-considerations-env-1.6.json': /is cited as a bias report, but it looks like a cyclonedx model bill of materials$/,
    'cyclonedx/owasp-aibom-generator-expected_aibom.json': /is cited as a bias report, but it looks like a cyclonedx model bill of materials$/,
  };

  it.each(OTHERS)('%s cited as a bias report: a located finding, never a crash or a pass', (file) => {
    const name = path.basename(file);
    const report = check(withManifest((m) => (m.bias.reports = [{ path: `evidence/${name}` }]), { [`sys/evidence/${name}`]: read(file) }));
    const failures = failuresOf(report, 'bias/report-readable');
    expect(failures).toHaveLength(1);
    const failure = failures[0]!;
    expect(failure.file).toBe(`sys/evidence/${name}`);
    expect(failure.message).toMatch(expectations[file] ?? /is not a bias report in a format modelgate reads|is not a valid bias report/);
    if (file.endsWith('opensource-bert.json')) expect(failure.line).toBe(8);
  });
});

/**
 * The verdict of each card rule on each real model card, as a reader of the card would give it.
 * Reviewed by hand: AutoTrain's "Validation Metrics" is its evaluation and its "Usage" is only
 * code (no intended use); Whisper's "Model Use" / "Evaluated Use" state its use; fairseq's
 * "Eval results" is an evaluation, and its "Intended uses & limitations" holds a "How to use" of
 * code and the limitations, no intended use; cards with no section for a rule fail it.
 */
const VERDICT_RULES = ['card/intended-use', 'card/out-of-scope-use', 'card/limitations', 'card/evaluation', 'card/license', 'card/contact'];
const VERDICTS: Array<[string, string]> = [
  ['hf-model-cards/2noise-ChatTTS-no-title.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/Dungeons-and-Diffusion-no-heading.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/Intel-neural-chat-7b-v3-1.md', 'fail fail pass pass pass fail'],
  ['hf-model-cards/THUDM-chatglm3-6b-bilingual.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/TheBloke-CodeLlama-34B-Instruct-GGUF.md', 'pass pass pass pass pass fail'],
  ['hf-model-cards/aira-2-1b1.md', 'pass fail pass pass pass fail'],
  ['hf-model-cards/autotrain-co2-scalar-zh.md', 'fail fail fail pass fail fail'],
  ['hf-model-cards/bartowski-Hermes-3-Llama-3.2-3B-GGUF.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/google-gemma-2b-gated.md', 'pass pass pass pass pass fail'],
  ['hf-model-cards/hfhub-fixture-invalid-card-data-list.md', 'fail fail fail fail fail fail'],
  ['hf-model-cards/hfhub-fixture-invalid-model-index.md', 'fail fail fail pass pass fail'],
  ['hf-model-cards/hfhub-fixture-no-metadata.md', 'fail fail fail fail fail fail'],
  ['hf-model-cards/hfhub-fixture-simple-model-index.md', 'fail fail fail pass pass fail'],
  ['hf-model-cards/hfhub-fixture-windows-crlf.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/hfhub-official-modelcard-template.md', 'fail fail fail fail fail fail'],
  ['hf-model-cards/hubdocs-modelcard-metadata-spec.md', 'fail fail fail fail fail fail'],
  ['hf-model-cards/meta-llama-Meta-Llama-3-8B-Instruct-gated-long.md', 'pass pass pass pass pass fail'],
  ['hf-model-cards/mlx-Mistral-7B-Instruct-v0.3-4bit-minimal.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/mlx-all-MiniLM-L6-v2-8bit-misnamed-gemma.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/stabilityai-stable-code-3b.md', 'pass fail pass pass pass pass'],
  ['hf-model-cards/transformers-DJSammy-bert-base-danish-uncased.md', 'fail fail fail fail pass fail'],
  ['hf-model-cards/transformers-Helsinki-NLP-af-en.md', 'fail fail fail pass fail fail'],
  ['hf-model-cards/transformers-facebook-wmt19-de-en.md', 'fail fail pass pass pass fail'],
  ['hf-model-cards/wav2vec2-large-xlsr-53-japanese.md', 'pass fail fail pass pass fail'],
  ['freeform-model-cards/audiocraft-MUSICGEN_MODEL_CARD.md', 'pass pass pass pass pass pass'],
  ['freeform-model-cards/evaleval-autogen-calme-2.1-qwen2-72b.md', 'fail fail pass pass fail fail'],
  ['freeform-model-cards/meta-llama2-MODEL_CARD.md', 'pass pass pass pass pass pass'],
  ['freeform-model-cards/openai-clip-model-card.md', 'pass pass pass pass fail pass'],
  ['freeform-model-cards/openai-gpt3-model-card.md', 'pass fail pass pass fail pass'],
  ['freeform-model-cards/openai-instructgpt-model-card.md', 'pass fail pass pass fail fail'],
  ['freeform-model-cards/openai-whisper-model-card.md', 'pass fail pass pass fail fail'],
  ['freeform-model-cards/stability-stable-diffusion-v2-modelcard.md', 'pass pass pass pass pass fail'],
];

describe('corpus: each card rule on each real model card', () => {
  it('lists every model card', () => {
    expect(VERDICTS.map(([file]) => file).sort()).toEqual([...filesIn('hf-model-cards'), ...filesIn('freeform-model-cards')].sort());
  });

  it.each(VERDICTS)('%s: %s', (file, expected) => {
    const report = check({ ...compliantFiles(), 'sys/README.md': read(file).toString('utf8') });
    const verdicts = VERDICT_RULES.map((rule) => (resultsOf(report, rule)[0]?.status === 'pass' ? 'pass' : 'fail'));
    expect(Object.fromEntries(VERDICT_RULES.map((rule, i) => [rule, verdicts[i]]))).toEqual(Object.fromEntries(VERDICT_RULES.map((rule, i) => [rule, expected.split(' ')[i]])));
  });
});

/**
 * Each real CycloneDX BOM cited as this (other) system's ML-BOM: read without a crash, and judged
 * as a reader would: another model's BOM names another model and other datasets; a BOM without a
 * model version cannot show which version it lists; bert's trailing comma is not JSON. The
 * 1.7 example is read as 1.5+ (its ML fields are those of 1.6).
 */
const BOM_RULES = ['ml-bom/readable', 'ml-bom/model-name', 'ml-bom/model-version', 'ml-bom/datasets-match', 'ml-bom/licenses-match', 'ml-bom/hashes-match'];
const BOM_VERDICTS: Array<[string, string]> = [
  ['cyclonedx/cdx-bom-examples-model-card-with-dataset.json', 'pass fail fail fail n/a n/a'],
  ['cyclonedx/cdx-bom-examples-model-opensource-bert.json', 'fail n/a n/a n/a n/a n/a'],
  ['cyclonedx/cdx-spec-valid-ml-considerations-env-1.6.json', 'pass fail fail fail n/a n/a'],
  // Its model licence, lower-case apache-2.0, is the demo card's.
  ['cyclonedx/owasp-aibom-generator-expected_aibom.json', 'pass fail fail fail pass n/a'],
];

describe('corpus: each real CycloneDX BOM cited as an ML-BOM', () => {
  it('lists every BOM', () => {
    expect(BOM_VERDICTS.map(([file]) => file)).toEqual(filesIn('cyclonedx'));
  });

  it.each(BOM_VERDICTS)('%s: %s', (file, expected) => {
    const name = path.basename(file);
    const report = check(withManifest((m) => (m.supplyChain = { bom: { path: `bom/${name}` } }), { [`sys/bom/${name}`]: read(file) }));
    const verdicts = BOM_RULES.map((rule) => {
      const results = resultsOf(report, rule);
      if (results.some((f) => f.status === 'fail')) return 'fail';
      return results.every((f) => f.status === 'not-applicable') ? 'n/a' : 'pass';
    });
    expect(verdicts.join(' ')).toBe(expected);
    // Every failure is located in the BOM or at the manifest line it is about.
    for (const rule of BOM_RULES) for (const f of failuresOf(report, rule)) expect([`sys/bom/${name}`, 'sys/ai-system.yaml']).toContain(f.file);
  });

  it("reads the dataset refs of the model card with datasets, at each dataset's line", () => {
    const file = 'cyclonedx/cdx-bom-examples-model-card-with-dataset.json';
    const text = read(file).toString('utf8');
    const report = check(withManifest((m) => (m.supplyChain = { bom: { path: 'bom/x.json' } }), { 'sys/bom/x.json': text }));
    expect(failuresOf(report, 'ml-bom/datasets-match').filter((f) => f.file === 'sys/bom/x.json')).toEqual([
      { file: 'sys/bom/x.json', line: text.split('\n').findIndex((l) => l.includes('"name": "support-ticket-training-data"')) + 1, message: 'the ML-BOM lists dataset "support-ticket-training-data", which the manifest does not declare in data.datasets' },
      { file: 'sys/bom/x.json', line: text.split('\n').findIndex((l) => l.includes('"name": "support-ticket-evaluation-data"')) + 1, message: 'the ML-BOM lists dataset "support-ticket-evaluation-data", which the manifest does not declare in data.datasets' },
    ]);
  });
});
