import { describeAbsence, sectionAbsence, undisguised, valueAbsence } from '../../load/placeholder.js';
import type { Card } from '../../load/model-card.js';
import { holdsPhrase, type Section } from '../../load/markdown.js';
import { defineFunction, type Failure } from '../function.js';

interface Options {
  /** Heading names that count, matched case-insensitively ("Intended use", "Uses", …). */
  headings: string[];
  /** Phrases that count anywhere in a heading, as whole words ("limitation"). */
  contains?: string[];
  /** Front matter keys that count instead of a section (`license`). */
  frontMatter?: string[];
  /** What the section is called in messages; defaults to the first heading. */
  name?: string;
  /** A section that says only that there are none ("None known.") states nothing: limitations, which every model has. */
  noneIsNoAnswer?: boolean;
}

/** How messages name the card ("model card", "dataset card"). */
export type CardName = string;

/**
 * The card says something about a topic: a front matter key or a section (or a bold label in
 * freeform cards) with real content. A section holding only "[More Information Needed]",
 * "TODO" or template markers is reported at its heading as a placeholder.
 */
export const cardSection = defineFunction<Options>({
  name: 'card-section',
  description: 'The card has a front matter key or a filled-in section (not empty, not a placeholder) on a topic.',
  optionsSchema: {
    type: 'object',
    required: ['headings'],
    additionalProperties: false,
    properties: {
      headings: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      contains: { type: 'array', items: { type: 'string', minLength: 1 } },
      frontMatter: { type: 'array', items: { type: 'string', minLength: 1 } },
      name: { type: 'string', minLength: 1 },
      noneIsNoAnswer: { type: 'boolean' },
    },
  },
  check({ value, options }) {
    return checkCardSection(value as Card, options, 'model card');
  },
});

export function checkCardSection(card: Card, options: Options, cardName: CardName): Failure[] {
  const name = options.name ?? options.headings[0] ?? 'section';
  for (const key of options.frontMatter ?? []) {
    if (frontMatterSays(key, card.meta[key])) return [];
  }
  const what = `the ${cardName}`;
  const section = card.outline.find(options.headings, options.contains);
  if (!section) {
    const examples = options.headings.slice(0, 3).map((h) => `"${h}"`);
    const keys = options.frontMatter?.length ? `, or ${options.frontMatter.join(', ')} in the front matter` : '';
    return [
      {
        message: `${what} has no "${name}" section (a heading such as ${examples.join(', ')}${keys})`,
        at: { file: card.file, line: card.frontMatterLine ?? 1, column: 1 },
      },
    ];
  }
  const absence = sectionAbsence(section.body);
  // Its own text, before any subsection (the template's "Recommendations" follows "None known."),
  // unless a subsection states them ("No known issues." over "### Limitations", false-error hunt).
  const [own = '', ...subsections] = bySubsection(section.body);
  const stated = subsections.some((sub) => /^[ \t]{0,3}#[^\n]*\b(?:limitation|risk|bias|caveat|weakness|failure)/i.test(sub) && sectionAbsence(sub.replace(/^[^\n]*\n?/, '')) === undefined);
  if (!absence && options.noneIsNoAnswer && !stated && SAYS_NONE.test(plainWords(own))) {
    return [
      {
        message: `${what} section "${section.heading.title}" says only that there are none: every model has limitations (inputs, groups and conditions it was not trained or tested for); state them`,
        at: { file: card.file, line: section.heading.line, column: 1 },
      },
    ];
  }
  // Its own text a placeholder over the template's "### Recommendations" (review: "To be completed." passed).
  if (!absence && options.noneIsNoAnswer && !stated && own.trim() !== '' && sectionAbsence(own) === 'placeholder') {
    return [{ message: `${what} section "${section.heading.title}" ${describeAbsence('placeholder')}`, at: { file: card.file, line: section.heading.line, column: 1 } }];
  }
  if (!absence) return [...unfilledPart(card, section, options, name, what), ...othersOnly(card, section, options, name, what)];
  return [
    {
      message: `${what} section "${section.heading.title}" ${describeAbsence(absence)}`,
      at: { file: card.file, line: section.heading.line, column: 1 },
    },
  ];
}

/**
 * A section shared with another topic, found by a phrase its heading holds ("limitation" in a
 * Trainer card's "Intended uses & limitations"), that still holds a paragraph of the template's
 * placeholder beside text that never names this topic: the text is the other topic's, and this
 * one was left to the placeholder (new user: the intended use written over "More information
 * needed" passed as the card's limitations). Reported at the placeholder's line.
 */
function unfilledPart(card: Card, section: Section, options: Options, name: string, what: string): Failure[] {
  if (section.by !== 'phrase' || section.heading.kind === 'label') return [];
  const lines = section.body.split('\n');
  let placeholder: number | undefined;
  const filled: string[] = [];
  for (let i = 0, start = -1; i <= lines.length; i++) {
    const blank = i === lines.length || (lines[i] as string).trim() === '';
    if (!blank && start < 0) start = i;
    if (!blank || start < 0) continue;
    const paragraph = lines.slice(start, i).join('\n');
    if (sectionAbsence(paragraph) !== 'placeholder') filled.push(paragraph);
    else placeholder ??= start;
    start = -1;
  }
  if (placeholder === undefined || holdsPhrase(filled.join('\n'), [...options.headings, ...(options.contains ?? [])])) return [];
  const bodyLine = section.heading.line + (section.heading.kind === 'setext' ? 2 : 1);
  return [
    {
      message: `${what} section "${section.heading.title}" says nothing of "${name}": this part of it is still a placeholder`,
      at: { file: card.file, line: bodyLine + placeholder, column: 1 },
    },
  ];
}

/**
 * A section whose heading joins this topic to another ("Intended uses & limitations") that says
 * something only in the other topic's subsections ("#### Limitations and bias" beside a "How to
 * use" of code, as facebook/wmt19-de-en's card has it): it states nothing of this one.
 */
function othersOnly(card: Card, section: Section, options: Options, name: string, what: string): Failure[] {
  const other = section.sharedWith;
  // "Ethical considerations and risks", read for risks: the other topic is this one.
  if (other === undefined || holdsPhrase(other, [...options.headings, ...(options.contains ?? [])])) return [];
  const others: string[] = [];
  const rest = card.outline.bodyWithout(section.heading, (sub) => {
    const theirs = ` ${sub.key} `.includes(` ${other} `);
    if (theirs && others.length < 2) others.push(`"${sub.title}"`);
    return theirs;
  });
  if (others.length === 0 || sectionAbsence(rest) === undefined) return [];
  return [
    {
      message: `${what} section "${section.heading.title}" says nothing of "${name}" outside its ${others.join(' and ')} subsection${others.length > 1 ? 's' : ''}`,
      at: { file: card.file, line: section.heading.line, column: 1 },
    },
  ];
}

/**
 * "None", "None known.", "No known limitations.", "Nothing identified so far": a section that
 * says there is nothing to say (auditor: "None known." passed as the card's limitations, beside a
 * manifest that lists them).
 */
// Not "No significant bias found": a finding of a bias evaluation, with the limitations maybe in the next section (review).
const SAYS_NONE = /^(?:none|nothing|no(?: known| significant)? (?:limitations?|risks?|issues?|concerns?)|there are none)(?: (?:known|identified|found|noted|so far|at this time|yet|at present|to date))*$/i;

/**
 * "None.", "N/A", "No personal data.", "The dataset contains no personal information": a section
 * that says there is nothing of what it is about.
 */
const DENIES_ANY = /^(?:none|no|nothing|n\/a|not applicable|no (?:personal|sensitive|private)(?: or (?:personal|sensitive|private))? (?:data|information)(?: (?:is|was) (?:included|collected|present))?|(?:the|this) (?:dataset|data) (?:does not contain|contains no|has no|holds no) (?:any )?(?:personal|sensitive|private)(?: or (?:personal|sensitive|private))? (?:data|information))$/i;

/**
 * The section `options` names, when what it states before any subsection is only that there is
 * none ("None."); undefined when it says more, or is not there (checkCardSection's finding).
 */
export function sectionSaysNone(card: Card, options: Options): { title: string; line: number; text: string } | undefined {
  const section = card.outline.find(options.headings, options.contains);
  if (!section) return undefined;
  const ownText = (body: string) => plainWords(bySubsection(body)[0] ?? '');
  const text = ownText(section.body);
  if (!DENIES_ANY.test(text)) return undefined;
  // Another section under one of the headings that says more ("## Personal Information" beside
  // "## Privacy incidents: None."): the card documents it (false-error hunt).
  const other = options.headings.some((heading) => {
    const found = card.outline.find([heading]);
    return found !== undefined && found !== section && sectionAbsence(found.body) === undefined && !DENIES_ANY.test(ownText(found.body));
  });
  return other ? undefined : { title: section.heading.title, line: section.heading.line, text };
}

/** A section's body cut before each subsection heading: its own text first, then each subsection with its heading. */
const bySubsection = (body: string) => body.split(/\n(?=[ \t]{0,3}#)/);

/** A section's text as plain words: Markdown punctuation and the sentence's end gone, spaces collapsed. */
const plainWords = (body: string) =>
  undisguised(body)
    .replace(/[*_`>#|.!;:()[\]-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a front matter key holds real content. `model-index` must report at least one metric
 *  value: an entry with empty `results` (common in quantised re-uploads) evaluates nothing. */
function frontMatterSays(key: string, value: unknown): boolean {
  if (key !== 'model-index') return valueAbsence(value) === undefined;
  if (!Array.isArray(value)) return false;
  return value.some((entry) =>
    asArray((entry as { results?: unknown } | null)?.results).some((result) =>
      asArray((result as { metrics?: unknown } | null)?.metrics).some(
        (metric) => valueAbsence((metric as { value?: unknown } | null)?.value) === undefined,
      ),
    ),
  );
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
