/**
 * Whether a cited document is evidence at all: a file the manifest cites (an impact assessment,
 * a risk register, a runbook) is read and judged whether or not a `#section` is cited. Empty,
 * placeholder-only ("# TODO"), too short, binary, or not reading as the kind of document it is
 * cited as, it fails at the citing line. What a document of a kind must address is data in the
 * rule (`topics`), not code: each topic is met by one of its terms in a heading or the text.
 */
import { headingKey, type Heading } from '../../load/markdown.js';
import type { Card } from '../../load/model-card.js';
import { describeAbsence, sectionAbsence, showInvisible, statedText, substantiveText, substantiveWords } from '../../load/placeholder.js';
import { defineFunction, type Failure, type Skip, type SystemContext } from '../function.js';

export interface Topic {
  /** What the topic is, as messages say it ("affected persons or rights"). */
  name: string;
  /** Words or phrases that address it, matched case-insensitively at the start of words ("mitigat" matches "mitigation"). */
  terms: string[];
  /**
   * A capability the document must say exists: text that mentions it only to deny it ("the score
   * cannot be overridden", "there is no way to stop it") does not address it (see deniedMentions).
   */
  affirmed?: boolean;
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
    affirmed: { type: 'boolean', description: 'a capability the document must say exists: mentions that only deny it ("cannot be overridden") do not count' },
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
  const judged = judgedOf(card.value);
  const emptiness = (judged.absence ??= documentAbsence(card.value) ?? null);
  if (emptiness) return [{ message: emptiness }];
  const failures: Failure[] = [];
  const section = fragment ? sectionProblems(card.value, fragment) : undefined;
  if (section) failures.push(...section.failures);
  const body = card.value.outline.text();
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  let words = judged.words.get(minWords);
  if (words === undefined) {
    words = substantiveWords(body, minWords); // exact when below minWords, all the message needs
    judged.words.set(minWords, words);
  }
  if (words < minWords) {
    failures.push({ message: `${rel} says too little to be ${options.kind ? `${article(options.kind)} ${options.kind}` : 'evidence'}: ${words} word${words === 1 ? '' : 's'} of text (headings and placeholders aside), at least ${minWords} expected` });
  }
  // A cited section found unfilled is reported at its heading; its topic is not reported again.
  const missing = topicsNotAddressed(card.value, judged, options.topics ?? [], section?.failures.length ? section.heading : undefined);
  const kind = options.kind ?? 'what it is cited as';
  if (missing.length > 0) {
    failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: no section or text about ${missing.map((t) => t.name).join(', nor about ')}` });
  }
  for (const topic of options.topics ?? []) {
    if (!topic.affirmed || missing.includes(topic)) continue;
    judged.stated ??= clauseWords(statedText(card.value.outline.text()));
    const denial = onlyDenied(judged.stated, termsOf(topic));
    if (denial) failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: it mentions ${topic.name} only to say it cannot be done ("${denial}")` });
  }
  return failures;
}

/**
 * What judging a document computes whatever the rule asks, kept with the parsed document: a
 * plan cited for five of its sections, by as many rules, is read for emptiness, counted and
 * normalised once.
 */
interface Judged {
  /** documentAbsence's answer; null when the document says something. */
  absence?: string | null;
  /** substantiveWords of the body, by the count it was asked to stop at. */
  words: Map<number, number>;
  /** The headings whose sections say nothing: a topic they name is not addressed by them. */
  unfilled?: Heading[];
  /** The addressing text, normalised for topic terms, by the heading already reported (if any). */
  normalised: Map<Heading | undefined, string>;
  /** What the document states, headings aside, as clauseWords (for affirmed topics). */
  stated?: string;
}

const JUDGED = new WeakMap<Card, Judged>();

function judgedOf(card: Card): Judged {
  let judged = JUDGED.get(card);
  if (!judged) {
    judged = { words: new Map(), normalised: new Map() };
    JUDGED.set(card, judged);
  }
  return judged;
}

/**
 * The topics no term of which starts a word of the card's headings or text, leaving out the
 * headings of sections that say nothing ("## Affected persons" over a blank or a TODO names a
 * topic, it does not address it) save `reported`, which is reported already.
 */
function topicsNotAddressed(card: Card, judged: Judged, topics: readonly Topic[], reported: Heading | undefined): Topic[] {
  if (topics.length === 0) return [];
  let words = judged.normalised.get(reported);
  if (words === undefined) {
    judged.unfilled ??= card.outline.sections().filter((section) => sectionAbsence(section.body) !== undefined).map((section) => section.heading);
    const unfilled = new Set(judged.unfilled.filter((heading) => heading !== reported));
    words = normalisedText(unfilled.size === 0 ? card.outline.text() : card.outline.textWithout(unfilled));
    judged.normalised.set(reported, words);
  }
  return topicsMissingFrom(words, topics);
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

/**
 * `file.md#section`: the section the fragment resolves to exists and says something. The fragment
 * resolves to exactly one heading, and that heading's own section is judged: by GitHub's anchor,
 * where a repeated anchor takes `-1`, `-2`… in document order (so `#oversight` is the first
 * "Oversight" and `#oversight-1` the second, as a reader following the link sees them), else by
 * name (the first heading of that name). Looking the title up again could judge another heading
 * of the same or a longer name, an empty decoy above the cited one or a filled one above an empty
 * one.
 */
function sectionProblems(card: Card, fragment: string): { failures: Failure[]; heading?: Heading } {
  const heading = citedHeading(card, fragment);
  if (!heading) return { failures: [{ message: `${card.file} has no section #${fragment}` }] };
  const absence = sectionAbsence(card.outline.sectionAt(heading).body);
  if (!absence) return { failures: [], heading };
  return { failures: [{ message: `${card.file}: section "${heading.title}" ${describeAbsence(absence)}`, at: { file: card.file, line: heading.line, column: 1 } }], heading };
}

/** The heading a `#fragment` names: by GitHub's anchor (duplicates suffixed), else by name. */
export function citedHeading(card: Card, fragment: string): Heading | undefined {
  const wanted = fragment.toLowerCase();
  const real = card.outline.headings.filter((h) => h.kind !== 'label');
  // github-slugger's rule: a taken anchor gets the next free `-n` of its own counter.
  const occurrences = new Map<string, number>();
  for (const heading of real) {
    const base = headingSlug(heading.title);
    let anchor = base;
    while (occurrences.has(anchor)) {
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      anchor = `${base}-${n}`;
    }
    occurrences.set(anchor, 0);
    if (anchor === wanted) return heading;
  }
  const wantedKey = headingKey(fragment.replace(/-/g, ' '));
  return wantedKey === '' ? undefined : real.find((h) => h.key === wantedKey);
}

/** GitHub's anchor for a heading ("Reading the score" → "reading-the-score"). */
export function headingSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Text as topic terms are looked for in it: without comments, markers or code (substantiveText),
 * normalised, and padded with spaces so that a term is looked for at the start of a word.
 */
function normalisedText(text: string): string {
  return ` ${normaliseWords(substantiveText(text))} `;
}

/** Each topic's terms, normalised once per policy (a topic is part of a compiled rule's options). */
const NORMALISED_TERMS = new WeakMap<Topic, string[]>();

function termsOf(topic: Topic): string[] {
  let terms = NORMALISED_TERMS.get(topic);
  if (!terms) {
    terms = topic.terms.map((term) => ` ${normaliseWords(term)}`);
    NORMALISED_TERMS.set(topic, terms);
  }
  return terms;
}

function topicsMissingFrom(words: string, topics: readonly Topic[]): Topic[] {
  return topics.filter((topic) => !termsOf(topic).some((term) => words.includes(term)));
}

/**
 * Text as normaliseWords makes it, with each clause ended by ` | `: sentence punctuation, commas,
 * blank lines, list items and table cells end a clause; a line wrapped inside a paragraph does not.
 */
function clauseWords(text: string): string {
  const clauses = text.toLowerCase().replace(/[.;:!?,|]+|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n[ \t]*(?=\n)/g, ' | ');
  return ` ${clauses.replace(/[^\p{L}\p{N}|]+/gu, ' ').trim()} | `;
}

// Words that deny what follows them in a clause ("cannot be overridden", "no override", "there is
// no way to stop it"; "can't" is "can t" once normalised), the auxiliaries that may stand between
// a mention and a denial after it ("overriding is not possible"), and the words that start another
// clause a denial before them does not reach ("the model cannot decide and a reviewer decides").
const NEGATIONS = new Set(['no', 'not', 'never', 'cannot', 't', 'unable', 'impossible', 'neither', 'nor', 'none', 'nobody', 'nothing']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'would', 'has', 'have', 'had', 'do', 'does', 'did']);
const CLAUSE_STARTS = new Set(['and', 'but', 'however', 'yet', 'so', 'then', 'if', 'when', 'where', 'which', 'who', 'that', 'while', 'whereas', 'before', 'after', 'once']);
// A denial with an exception is a condition, not a denial ("cannot be stopped without a second approval").
const EXCEPTIONS = new Set(['without', 'unless', 'except', 'until']);
/** How many words before a mention a denial reaches ("there is no process to stop or pause it": five). */
const DENIAL_REACH = 5;

/** onlyDenied on a Markdown body as a rule reads it (for tests: judgeCitedDocument keeps what it normalises). */
export function denialIn(body: string, topic: Topic): string | undefined {
  return onlyDenied(clauseWords(statedText(body)), termsOf(topic));
}

/**
 * When a document mentions a topic only to deny it, the first denying clause (for the message);
 * undefined when it mentions it once or more without denying it, or not at all (a procedure whose
 * steps never name the topic its heading names is not a denial). Linear in the text: each mention
 * is looked at once, and the first that is not denied ends the search.
 */
function onlyDenied(words: string, terms: readonly string[]): string | undefined {
  let first: string | undefined;
  for (const term of terms) {
    for (let at = words.indexOf(term); at >= 0; at = words.indexOf(term, at + term.length)) {
      const denial = deniedAt(words, at + 1, at + term.length);
      if (denial === undefined) return undefined;
      first ??= denial;
    }
  }
  return first;
}

/** A denying word at `i` of `words` ("not only" denies nothing). */
const denies = (words: readonly string[], i: number) => NEGATIONS.has(words[i] as string) && !(words[i] === 'not' && words[i + 1] === 'only');

/**
 * How far either side of a mention its clause is read: enough for the words a denial reaches,
 * and a bound, so that a text of one long clause full of mentions is read in linear time.
 */
const CLAUSE_REACH = 300;

/** The words around the mention `words[start, end)` when its clause denies it, else undefined. */
function deniedAt(words: string, start: number, end: number): string | undefined {
  const reachStart = Math.max(0, start - CLAUSE_REACH);
  const clauseStart = reachStart + words.slice(reachStart, start).lastIndexOf('|') + 1;
  const window = words.slice(end, end + CLAUSE_REACH);
  const clauseEnd = window.includes('|') ? end + window.indexOf('|') : end + window.length;
  const before = words.slice(clauseStart, start).trim().split(' ').filter(Boolean);
  // The rest of the mention's word ("overrid" of "overridden"), then what follows it.
  const after = words.slice(end, clauseEnd).trim().split(' ').filter(Boolean);
  if (!words.startsWith(' ', end)) after.shift();
  let denied = false;
  // A denial does not reach past the start of another clause, nor past a condition ("not published until an editor reviews it").
  for (let i = before.length - 1; i >= Math.max(0, before.length - DENIAL_REACH) && !CLAUSE_STARTS.has(before[i] as string) && !EXCEPTIONS.has(before[i] as string); i--) {
    if (denies(before, i)) {
      denied = true;
      break;
    }
  }
  if (!denied) {
    const next = after.findIndex((word) => !AUXILIARIES.has(word));
    denied = next >= 0 && denies(after, next);
  }
  if (!denied || after.some((word) => EXCEPTIONS.has(word))) return undefined;
  // The mention with a few words either side, within its clause, as the message quotes it.
  let from = start - 1;
  for (let n = 0; n < DENIAL_REACH && from > clauseStart; n++) from = words.lastIndexOf(' ', from - 1);
  let to = end;
  for (let n = 0; n < 7 && to >= 0 && to < clauseEnd; n++) to = words.indexOf(' ', to + 1);
  // Normalising split "can't" into "can t"; the quote puts the apostrophe back.
  return words.slice(Math.max(from, clauseStart), to < 0 ? clauseEnd : Math.min(to, clauseEnd)).trim().replace(/(\p{L}) t(?= |$)/gu, "$1't");
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
  return showInvisible(JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text));
}

function article(kind: string): string {
  return /^[aeiou]/i.test(kind) ? 'an' : 'a';
}
