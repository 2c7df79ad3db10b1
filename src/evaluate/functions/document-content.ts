/**
 * Whether a cited document is evidence at all: a file the manifest cites (an impact assessment,
 * a risk register, a runbook) is read and judged whether or not a `#section` is cited. Empty,
 * placeholder-only ("# TODO"), too short, binary, or not reading as the kind of document it is
 * cited as, it fails at the citing line. What a document of a kind must address is data in the
 * rule (`topics`), not code: each topic is met by one of its terms in a heading or the text.
 */
import { headingKey, type Heading } from '../../load/markdown.js';
import type { Card } from '../../load/model-card.js';
import { describeAbsence, sectionAbsence, substantiveText, substantiveWords } from '../../load/placeholder.js';
import { defineFunction, type Failure, type Skip, type SystemContext } from '../function.js';

export interface Topic {
  /** What the topic is, as messages say it ("affected persons or rights"). */
  name: string;
  /** Words or phrases that address it, matched case-insensitively at the start of words ("mitigat" matches "mitigation"). */
  terms: string[];
}

export interface DocumentContentOptions {
  /** What the document is cited as, for messages ("impact assessment"). */
  kind?: string;
  /** Fewest words of text, headings, template markers and code aside. */
  minWords?: number;
  /** What a document of this kind addresses: each topic by at least one of its terms. */
  topics?: Topic[];
  /** Accept a binary file (a signed PDF) without judging its content. */
  allowBinary?: boolean;
}

/** The fewest words a cited document holds unless its rule says otherwise: two plain sentences. */
export const DEFAULT_MIN_WORDS = 20;

const TOPIC_SCHEMA = {
  type: 'object',
  required: ['name', 'terms'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    terms: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 2, maxLength: 100 } },
  },
};

export const documentContent = defineFunction<DocumentContentOptions>({
  name: 'document-content',
  description:
    'A cited document is text that says something: not empty, not only headings and placeholders, at least minWords words, and (topics) it addresses each topic of its kind in a heading or the text; for file.md#section, that section exists and is filled in.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      kind: { type: 'string', minLength: 1, maxLength: 100, description: 'what the document is cited as, e.g. "risk register"' },
      minWords: { type: 'integer', minimum: 0, maximum: 100000, description: `fewest words of text, headings and placeholders aside (default ${DEFAULT_MIN_WORDS})` },
      topics: { type: 'array', maxItems: 50, items: TOPIC_SCHEMA, description: 'what a document of this kind addresses, each topic by one of its terms' },
      allowBinary: { type: 'boolean', description: 'accept a binary file (a PDF) as it is, unjudged' },
    },
  },
  check({ value, system, options }) {
    return judgeCitedDocument(value, system, options);
  },
});

/** Judges the document `value` cites; a skip when nothing is cited (presence is `present`'s job). */
export function judgeCitedDocument(value: unknown, system: SystemContext, options: DocumentContentOptions): Failure[] | Skip {
  if (typeof value !== 'string' || value.trim() === '') return { skip: 'no document is cited' };
  const cited = system.evidence.file(value);
  if (!cited.ok) return [{ message: cited.problem.message }];
  const { rel, fragment } = cited.value;
  const card = system.evidence.card(value);
  if (!card.ok) {
    if (card.problem.binary && options.allowBinary) return [];
    const what = options.kind ? `a ${options.kind}` : 'cited evidence';
    const message = card.problem.binary
      ? `${card.problem.message}: ${what} must be a Markdown or text document modelgate can read (keep a signed PDF beside it, and cite the text)`
      : card.problem.message;
    return [card.problem.at ? { message, at: card.problem.at } : { message }];
  }
  const emptiness = documentAbsence(card.value);
  if (emptiness) return [{ message: emptiness }];
  const failures: Failure[] = [];
  const section = fragment ? sectionProblems(card.value, fragment) : undefined;
  if (section) failures.push(...section.failures);
  const body = card.value.outline.text();
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  const words = substantiveWords(body, minWords); // exact when below minWords, all the message needs
  if (words < minWords) {
    failures.push({ message: `${rel} says too little to be ${options.kind ? `${article(options.kind)} ${options.kind}` : 'evidence'}: ${words} word${words === 1 ? '' : 's'} of text (headings and placeholders aside), at least ${minWords} expected` });
  }
  // A cited section found unfilled is reported at its heading; its topic is not reported again.
  const missing = missingTopics(addressingText(card.value, body, options.topics, section?.failures.length ? section.heading : undefined), options.topics ?? []);
  if (missing.length > 0) {
    const kind = options.kind ?? 'what it is cited as';
    failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: no section or text about ${missing.map((t) => t.name).join(', nor about ')}` });
  }
  return failures;
}

/** Why a cited document says nothing at all ("… is a placeholder: only "TODO""), or undefined. */
export function documentAbsence(card: Card): string | undefined {
  const body = card.outline.text();
  const absence = sectionAbsence(body);
  if (!absence) return undefined;
  if (absence === 'empty' && body.trim() === '') return `${card.file} is empty${card.frontMatterLine ? ' after its front matter' : ''}`;
  if (absence === 'code-only') return `${card.file} ${describeAbsence(absence)}`;
  return `${card.file} is a placeholder: only ${excerpt(body)}`;
}

/** `file.md#section`: the section exists (by GitHub's anchor or by name) and says something. */
function sectionProblems(card: Card, fragment: string): { failures: Failure[]; heading?: Heading } {
  const wanted = fragment.toLowerCase();
  const wantedKey = headingKey(fragment.replace(/-/g, ' '));
  const heading = card.outline.headings.find((h: Heading) => h.kind !== 'label' && (h.key === wantedKey || headingSlug(h.title) === wanted));
  if (!heading) return { failures: [{ message: `${card.file} has no section #${fragment}` }] };
  const section = card.outline.find([heading.title]);
  const absence = section ? sectionAbsence(section.body) : 'empty';
  if (!absence) return { failures: [], heading };
  return { failures: [{ message: `${card.file}: section "${heading.title}" ${describeAbsence(absence)}`, at: { file: card.file, line: heading.line, column: 1 } }], heading };
}

/** GitHub's anchor for a heading ("Reading the score" → "reading-the-score"). */
export function headingSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Where a document's topics may be found: its text without the headings whose sections say
 * nothing ("## Affected persons" over a blank or a TODO names a topic, it does not address it).
 */
function addressingText(card: Card, body: string, topics: readonly Topic[] | undefined, reported: Heading | undefined): string {
  if (!topics || topics.length === 0) return body;
  const unfilled = new Set(card.outline.sections().filter((section) => section.heading !== reported && sectionAbsence(section.body) !== undefined).map((section) => section.heading));
  return unfilled.size === 0 ? body : card.outline.textWithout(unfilled);
}

/** The topics no term of which starts a word of the headings or text (substantiveText: no comments, markers or code). */
export function missingTopics(body: string, topics: readonly Topic[]): Topic[] {
  if (topics.length === 0) return [];
  const words = ` ${normaliseWords(substantiveText(body))} `;
  return topics.filter((topic) => !topic.terms.some((term) => words.includes(` ${normaliseWords(term)}`)));
}

/** Lower case, letters and digits only, single spaces: "Out-of-distribution" → "out of distribution". */
function normaliseWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** What a placeholder document holds, quoted and cut short, for its message. */
function excerpt(body: string): string {
  const text = body
    .replace(/^[ \t]*#{1,6}[ \t]*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

function article(kind: string): string {
  return /^[aeiou]/i.test(kind) ? 'an' : 'a';
}
