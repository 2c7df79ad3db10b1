/**
 * Whether a cited document is evidence at all: a file the manifest cites (an impact assessment,
 * a risk register, a runbook) is read and judged whether or not a `#section` is cited. Empty,
 * placeholder-only ("# TODO"), too short, binary, or not reading as the kind of document it is
 * cited as, it fails at the citing line. What a document of a kind must address is data in the
 * rule (`topics`), not code: each topic is met by one of its terms in a heading or the text.
 */
import { headingKey, type Heading } from '../../load/markdown.js';
import { parseCard, type Card } from '../../load/model-card.js';
import { describeAbsence, sectionAbsence, showInvisible, statedText, substantiveText, substantiveWords } from '../../load/placeholder.js';
import { SuggestionBudget } from '../../text/closest.js';
import { defineFunction, type Failure, type Skip, type SystemContext } from '../function.js';
import { clauseWords, onlyDenied } from './denials.js';

export interface Topic {
  /** What the topic is, as messages say it ("affected persons or rights"). */
  name: string;
  /** Words or phrases that address it, matched case-insensitively at the start of words ("mitigat" matches "mitigation"). */
  terms: string[];
  /**
   * A capability the document must say exists: text that mentions it only to deny it ("the score
   * cannot be overridden", "there is no kill switch") does not address it (denials.ts).
   */
  affirmed?: boolean;
  /**
   * An activity the document must record as done (tests run, risks identified, owners assigned):
   * affirmed, and also denied by an admission that it was not done ("no test was run", "we did
   * not assess", "nobody has assessed it"), which for a capability would be history.
   */
  done?: boolean;
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
  /** The system's own model card, cited whole, is not this document (a section of it may be). */
  notTheCard?: boolean;
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
    done: { type: 'boolean', description: 'an activity the document must record as done: mentions that only say it was not ("no test was run", "we did not assess it") do not count' },
  },
};

export const documentContent = defineFunction<DocumentContentOptions>({
  name: 'document-content',
  description:
    'A cited document is text that says something: not empty, not only headings and placeholders, at least minWords words (a sentence of five words or more written again counts once), and (topics) it addresses each topic of its kind in a heading or the text; for file.md#section, that section exists and is filled in.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      kind: { type: 'string', minLength: 1, maxLength: 100, description: 'what the document is cited as, e.g. "risk register"' },
      minWords: { type: 'integer', minimum: 0, maximum: 100000, description: `fewest words of text, headings, placeholders, repeated sentences and link definitions aside, and no more than two for each distinct word (default ${DEFAULT_MIN_WORDS})` },
      topics: { type: 'array', maxItems: 50, items: TOPIC_SCHEMA, description: 'what a document of this kind addresses, each topic by one of its terms' },
      allowBinary: { type: 'boolean', description: 'accept a binary file (a PDF) as it is, unjudged' },
      notTheCard: { type: 'boolean', description: "the system's own model card cited whole is not this document; a section of it may be" },
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
  // The card describes the model to its users: cited whole as a runbook or an assessment (or by
  // its title, whose section is the whole card), its words ("flagged for review", "drift
  // monitoring") would stand in for a document nobody wrote. A section of it is judged alone.
  const theCard = options.notTheCard === true && system.card?.file === rel;
  const notTheCard = (): Failure[] => {
    const what = options.kind ? `${article(options.kind)} ${options.kind}` : 'this document';
    return [{ message: `${rel} is this system's model card, not ${what}: cite the ${options.kind ?? 'document'}, or the section of the card that holds it (${rel}#…)` }];
  };
  if (theCard && !fragment) return notTheCard();
  const card = system.evidence.card(value);
  if (!card.ok) {
    if (card.problem.binary && options.allowBinary) return [];
    const what = options.kind ? `a ${options.kind}` : 'cited evidence';
    const message = card.problem.binary
      ? `${card.problem.message}: ${what} must be a Markdown or text document modelgate can read (keep a signed PDF beside it, and cite the text)`
      : card.problem.message;
    return [card.problem.at ? { message, at: card.problem.at } : { message }];
  }
  const failures: Failure[] = [];
  const section = fragment ? sectionProblems(card.value, fragment) : undefined;
  if (theCard && spansCard(card.value, section?.heading)) return notTheCard();
  // A section of the system's card stands for the document only by what it says itself: judged
  // alone, its words and topics are its own, not the rest of the card's (a second review cited
  // the card's contact section as the post-market plan, and the card's other sections passed it).
  const cardSection = theCard && section?.heading && section.failures.length === 0 ? section.heading : undefined;
  const doc = cardSection ? sectionAsDocument(card.value, cardSection) : card.value;
  const judged = judgedOf(doc);
  const emptiness = (judged.absence ??= documentAbsence(doc) ?? null);
  if (emptiness) return [{ message: emptiness }];
  if (section) failures.push(...section.failures);
  const body = doc.outline.text();
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  let words = judged.words.get(minWords);
  if (words === undefined) {
    words = substantiveWords(body, minWords); // exact when below minWords, all the message needs
    judged.words.set(minWords, words);
  }
  if (words < minWords) {
    failures.push({ message: `${rel} says too little to be ${options.kind ? `${article(options.kind)} ${options.kind}` : 'evidence'}: ${words} word${words === 1 ? '' : 's'} of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least ${minWords} expected` });
  }
  // A cited section found unfilled is reported at its heading; its topic is not reported again.
  const missing = topicsNotAddressed(doc, judged, options.topics ?? [], section?.failures.length ? section.heading : undefined);
  const kind = options.kind ?? 'what it is cited as';
  if (missing.length > 0) {
    failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: no section or text about ${missing.map((t) => t.name).join(', nor about ')}` });
  }
  for (const topic of options.topics ?? []) {
    if (!(topic.affirmed || topic.done) || missing.includes(topic)) continue;
    let denial = judged.denials.get(topic);
    if (denial === undefined) {
      denial = onlyDeniedIn(doc, topic, (judged.stated ??= clauseWords(statedText(doc.outline.text())))) ?? null;
      judged.denials.set(topic, denial);
    }
    if (denial) failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: it mentions ${topic.name} only to say it ${topic.done ? 'was not done' : 'cannot be done'} ("${denial}")` });
  }
  return failures;
}

/** One section of a card (its heading and everything under it) as a document of its own, kept with the card. */
const sectionDocuments = new WeakMap<Card, Map<Heading, Card>>();
function sectionAsDocument(card: Card, heading: Heading): Card {
  let byHeading = sectionDocuments.get(card);
  if (!byHeading) sectionDocuments.set(card, (byHeading = new Map()));
  let doc = byHeading.get(heading);
  if (!doc) {
    doc = parseCard(`${'#'.repeat(Math.min(heading.level, 6))} ${heading.title}\n\n${card.outline.sectionAt(heading).body}`, card.file);
    byHeading.set(heading, doc);
  }
  return doc;
}

/** Whether `heading`'s section is the whole card: its first heading, and none after it as high (a title over everything). */
function spansCard(card: Card, heading: Heading | undefined): boolean {
  if (!heading) return false;
  const real = card.outline.headings.filter((h) => h.level <= 6);
  return real[0] === heading && !real.some((h) => h.line > heading.line && h.level <= heading.level);
}

/**
 * The denial quoted when `card` mentions `topic` only to deny it (denials.ts), reading `stated`,
 * its text without headings. A heading that names the topic over a section that never mentions it
 * affirms it: steps under "## Stopping the scorer" that set a flag need not say "stop".
 */
function onlyDeniedIn(card: Card, topic: Topic, stated: string): string | undefined {
  const terms = termsOf(topic);
  const denial = onlyDenied(stated, terms, topic.done === true);
  if (denial === undefined) return undefined;
  const procedure = card.outline.sections().some(({ heading, body }) => {
    const title = ` ${normaliseWords(heading.title)}`;
    if (!terms.some((term) => title.includes(term)) || sectionAbsence(body) !== undefined) return false;
    const text = normalisedText(body);
    return !terms.some((term) => text.includes(term));
  });
  return procedure ? undefined : denial;
}

/** onlyDeniedIn on a Markdown body as a rule reads it (for tests: judgeCitedDocument keeps what it computes). */
export function denialIn(body: string, topic: Topic): string | undefined {
  const card = parseCard(body, 'doc.md');
  return onlyDeniedIn(card, topic, clauseWords(statedText(card.outline.text())));
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
  /** Each affirmed topic's denial (onlyDeniedIn), null where it is not only denied. */
  denials: Map<Topic, string | null>;
}

const JUDGED = new WeakMap<Card, Judged>();

function judgedOf(card: Card): Judged {
  let judged = JUDGED.get(card);
  if (!judged) {
    judged = { words: new Map(), normalised: new Map(), denials: new Map() };
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
  if (!heading) return { failures: [{ message: noSection(card, fragment) }] };
  const absence = sectionAbsence(card.outline.sectionAt(heading).body);
  if (!absence) return { failures: [], heading };
  return { failures: [{ message: `${card.file}: section "${heading.title}" ${describeAbsence(absence)}`, at: { file: card.file, line: heading.line, column: 1 } }], heading };
}

/** The heading a `#fragment` names: by GitHub's anchor (duplicates suffixed), else by name. */
export function citedHeading(card: Card, fragment: string): Heading | undefined {
  const wanted = fragment.toLowerCase();
  const anchored = anchoredHeadings(card);
  const byAnchor = anchored.find(({ anchor }) => anchor === wanted);
  if (byAnchor) return byAnchor.heading;
  const wantedKey = headingKey(fragment.replace(/-/g, ' '));
  return wantedKey === '' ? undefined : anchored.find(({ heading }) => heading.key === wantedKey)?.heading;
}

/** Each heading (labels aside) with its GitHub anchor, in document order; worked out once per document. */
const anchoredOf = new WeakMap<Card, Array<{ heading: Heading; anchor: string }>>();
function anchoredHeadings(card: Card): Array<{ heading: Heading; anchor: string }> {
  let anchored = anchoredOf.get(card);
  if (anchored === undefined) {
    anchored = anchorHeadings(card);
    anchoredOf.set(card, anchored);
  }
  return anchored;
}

function anchorHeadings(card: Card): Array<{ heading: Heading; anchor: string }> {
  // github-slugger's rule: a taken anchor gets the next free `-n` of its own counter.
  const occurrences = new Map<string, number>();
  return card.outline.headings
    .filter((h) => h.kind !== 'label')
    .map((heading) => {
      const base = headingSlug(heading.title);
      let anchor = base;
      while (occurrences.has(anchor)) {
        const n = (occurrences.get(base) ?? 0) + 1;
        occurrences.set(base, n);
        anchor = `${base}-${n}`;
      }
      occurrences.set(anchor, 0);
      return { heading, anchor };
    });
}

/** The most sections a "no section" message lists when no anchor is close to the one cited. */
const LISTED_SECTIONS = 8;

/** Each document's budget for "did you mean": its headings are compared with every missing anchor cited. */
const suggestionBudgets = new WeakMap<Card, SuggestionBudget>();

/** A cited `#fragment` no heading has, with the anchor most likely meant, or the ones there are. */
function noSection(card: Card, fragment: string): string {
  const anchors = anchoredHeadings(card).map(({ anchor }) => anchor).filter((anchor) => anchor !== '');
  const said = `${card.file} has no section #${fragment}`;
  if (anchors.length === 0) return `${said}: it has no headings`;
  let budget = suggestionBudgets.get(card);
  if (budget === undefined) {
    budget = new SuggestionBudget();
    suggestionBudgets.set(card, budget);
  }
  const near = budget.closestWithin(fragment.toLowerCase(), anchors);
  if (near !== undefined) return `${said}; did you mean #${near}?`;
  const listed = anchors.slice(0, LISTED_SECTIONS).map((anchor) => `#${anchor.length > 60 ? `${anchor.slice(0, 59)}…` : anchor}`).join(', ');
  return `${said}; its sections: ${listed}${anchors.length > LISTED_SECTIONS ? `, and ${anchors.length - LISTED_SECTIONS} more` : ''}`;
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

/** The topics a short text (a manifest value) does not address, its terms matched as a cited document's are. */
export function topicsMissingFromText(text: string, topics: readonly Topic[]): Topic[] {
  return topicsMissingFrom(normalisedText(text), topics);
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
