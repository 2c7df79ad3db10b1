/**
 * Hugging Face style cards: optional YAML front matter between `---` lines, then Markdown.
 * Used for model cards and dataset cards alike. A card with broken front matter is still a
 * card: the body is read and the front matter problem is reported at its line.
 */
import { headingKey, Outline } from './markdown.js';
import type { ParseFailure } from './source-doc.js';
import { parseYaml, type YamlDoc } from './yaml.js';
import pipelineTags from './data/huggingface-pipeline-tags.json' with { type: 'json' };

export type CardKind = 'model' | 'dataset' | 'space' | 'unknown';

export interface Card {
  file: string;
  /** Front matter as a mapping; `{}` when absent or unusable. */
  meta: Record<string, unknown>;
  /** The parsed front matter, for locating keys; absent when there is none or it is broken. */
  frontMatter?: YamlDoc;
  /** 1-based line of the opening `---`, when there is front matter. */
  frontMatterLine?: number;
  outline: Outline;
  /** Problems with the front matter (parse errors, not a mapping, unrendered template). */
  problems: ParseFailure[];
  kind: CardKind;
}

const MODEL_KEYS = [
  'pipeline_tag',
  'library_name',
  'model-index',
  'base_model',
  'base_model_relation',
  'model_name',
  'model_type',
  'model_creator',
  'quantized_by',
  'inference',
  'widget',
  'co2_eq_emissions',
];
const DATASET_KEYS = [
  'task_categories',
  'task_ids',
  'size_categories',
  'dataset_info',
  'annotations_creators',
  'language_creators',
  'source_datasets',
  'multilinguality',
  'pretty_name',
  'configs',
  'paperswithcode_id',
  'train-eval-index',
];
const SPACE_KEYS = ['sdk', 'app_file', 'emoji', 'colorFrom', 'colorTo', 'sdk_version'];

/** Lines split on CRLF, LF and lone CR, as CommonMark and YAML both count them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function parseCard(text: string, file: string): Card {
  const lines = splitLines(text);
  const problems: ParseFailure[] = [];
  let meta: Record<string, unknown> = {};
  let frontMatter: YamlDoc | undefined;
  let frontMatterLine: number | undefined;
  let bodyStart = 0;

  // Hugging Face accepts blank lines before the opening `---`.
  let first = 0;
  while (first < lines.length && (lines[first] as string).trim() === '') first++;
  if (first < lines.length && (lines[first] as string).trimEnd() === '---') {
    let close = first + 1;
    while (close < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[close] as string)) close++;
    if (close >= lines.length) {
      problems.push({ message: 'front matter opened with "---" is never closed', line: first + 1, column: 1 });
    } else {
      frontMatterLine = first + 1;
      bodyStart = close + 1;
      const yamlText = lines.slice(first + 1, close).join('\n');
      if (hasTemplateTag(yamlText) && !/^[ \t]*[\w-]+[ \t]*:/m.test(yamlText)) {
        problems.push({
          message: 'front matter is an unrendered template placeholder (e.g. {{ card_data }}), not metadata',
          line: first + 2,
          column: 1,
        });
      } else {
        const parsed = parseYaml(yamlText, { file, lineOffset: first + 1 });
        if (!parsed.ok) {
          problems.push(parsed.error);
        } else if (parsed.doc.value === null || parsed.doc.value === undefined) {
          // `---\n---`: empty front matter is allowed and means no metadata.
        } else if (typeof parsed.doc.value !== 'object' || Array.isArray(parsed.doc.value)) {
          problems.push({
            message: `front matter is ${Array.isArray(parsed.doc.value) ? 'a list' : 'a single value'}, not a mapping of metadata keys`,
            line: first + 2,
            column: 1,
          });
        } else {
          meta = parsed.doc.value as Record<string, unknown>;
          frontMatter = parsed.doc;
        }
      }
    }
  }

  const card: Card = { file, meta, outline: new Outline(lines, bodyStart), problems, kind: classify(meta, file) };
  if (frontMatter) card.frontMatter = frontMatter;
  if (frontMatterLine !== undefined) card.frontMatterLine = frontMatterLine;
  return card;
}

/**
 * Headings only a model card has: the Hugging Face template's and those of Mitchell et al.'s
 * "Model Cards for Model Reporting". A README's "Training" or "Evaluation" is not one of them.
 */
const MODEL_CARD_HEADINGS = new Set(
  [
    'Model Details',
    'Model Description',
    'Model Sources',
    'Model Architecture',
    'Model Architecture and Objective',
    'Model Examination',
    'Model Card Authors',
    'Model Card Contact',
    'How to Get Started with the Model',
    'Training Details',
    'Training Procedure',
    'Training Hyperparameters',
    'Evaluation Results',
    'Intended Use',
    'Intended Uses & Limitations',
    'Training and Evaluation Data',
    'Quantitative Analyses',
    'Caveats and Recommendations',
  ].map(headingKey),
);

/** The openings of headings only dataset cards have (Hugging Face's dataset card template). */
const DATASET_CARD_HEADINGS = ['dataset card', 'dataset details', 'dataset description', 'dataset summary', 'dataset structure', 'dataset creation', 'dataset sources', 'data instances', 'data fields', 'data splits', 'curation rationale', 'considerations for using the data'].map(headingKey);

/** The Hub's pipeline tags (tasks), from @huggingface/tasks: see scripts/hf-pipeline-tags.mjs. */
const PIPELINE_TAGS = new Set(pipelineTags.tags);
/** Hub licence ids only models are released under (RAIL model licences, Llama, Gemma, …). */
const MODEL_LICENSES = new Set(['creativeml-openrail-m', 'bigscience-openrail-m', 'bigscience-bloom-rail-1.0', 'bigcode-openrail-m', 'openrail++', 'deepfloyd-if-license', 'llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'grok2-community', 'apple-amlr']);

/**
 * Why a card describes a model, or undefined: its front matter's model fields, its name
 * (MODEL_CARD.md), a model's weights in its folder or up to two below it (`modelFile`, relative
 * to the card's folder, from modelFilesByCardFolder), a task tag or
 * a model licence in its front matter, or, when none says, at least two headings only model
 * cards have (a "Model Card for …" title counts as one) and fewer than two of a dataset card's
 * own. A model folder's README with no front matter, or only a licence, is still a model card
 * nobody may leave unregistered.
 */
export function modelCardSign(card: Card, modelFile?: string, registeredAbove = false): string | undefined {
  if (card.kind === 'model') {
    // classify: the front matter's model keys, else the file's name (MODEL_CARD.md, model-card.md).
    if (MODEL_KEYS.some((key) => key in card.meta)) return 'its front matter describes a model';
    return `its file name, ${card.file.split('/').pop() ?? card.file}, says so`;
  }
  if (card.kind !== 'unknown') return undefined;
  // The signs below say a model is here, not that this README describes another one: in a
  // registered system's folder, the system's model is the one they see (its notes, its weights).
  if (registeredAbove) return headingSign(card);
  if (modelFile !== undefined) return `its folder holds a model's files: ${modelFile}`;
  const tags = Array.isArray(card.meta.tags) ? card.meta.tags : [card.meta.tags];
  // A task word alone is a docs page's tag too ("translation"): with a licence, it is a model's.
  const task = card.meta.license === undefined ? undefined : tags.find((tag): tag is string => typeof tag === 'string' && PIPELINE_TAGS.has(tag.trim().toLowerCase()));
  if (task !== undefined) return `its front matter tags a model's task: ${task.trim().slice(0, 60)}`;
  const license = typeof card.meta.license === 'string' ? card.meta.license.trim().toLowerCase() : undefined;
  if (license !== undefined && MODEL_LICENSES.has(license)) return `its licence, ${license}, is one models are released under`;
  return headingSign(card);
}

/** A model card's own headings, two or more, and fewer than two of a dataset card's. */
function headingSign(card: Card): string | undefined {
  const signs = new Set<string>();
  // Distinct sections: one heading written twice is not two of a dataset card's sections.
  const datasetSigns = new Set<string>();
  for (const heading of card.outline.headings) {
    if (heading.kind === 'label') continue;
    const datasetKey = DATASET_CARD_HEADINGS.find((key) => heading.key.startsWith(key));
    if (datasetKey) datasetSigns.add(datasetKey);
    if (MODEL_CARD_HEADINGS.has(heading.key) || heading.key.includes('model card')) signs.add(heading.title);
  }
  // Two of a dataset card's own sections make it one; a model card's "Dataset" or "Datasets"
  // section (what it was trained on) does not.
  if (datasetSigns.size >= 2 || signs.size < 2) return undefined;
  const named = [...signs].slice(0, 3).map((title) => title.slice(0, 60));
  return `its headings are a model card's: ${named.join(', ')}${signs.size > 3 ? ', …' : ''}`;
}

/** What a card's metadata says it describes; the file name decides when the keys do not. */
function classify(meta: Record<string, unknown>, file: string): CardKind {
  const has = (keys: string[]) => keys.some((key) => key in meta);
  if (has(DATASET_KEYS)) return 'dataset';
  if (has(SPACE_KEYS)) return 'space';
  if (has(MODEL_KEYS)) return 'model';
  const name = file.split('/').pop()?.toLowerCase() ?? '';
  if (/^model[-_]?card\.md$/.test(name)) return 'model';
  return 'unknown';
}

/** A Jinja tag (`{{ … }}` or `{% …`), found by search: a lazy regular expression rescans from each `{{`. */
function hasTemplateTag(text: string): boolean {
  const open = text.indexOf('{{');
  return (open >= 0 && text.indexOf('}}', open + 2) >= 0) || text.includes('{%');
}
