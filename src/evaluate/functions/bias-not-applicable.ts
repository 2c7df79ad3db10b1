/**
 * `bias.notApplicable: { reason }`: the manifest declares that the system's output concerns no
 * natural person (it scores, ranks or describes none: a contract-clause classifier, a demand
 * forecast), so the bias rules, which measure how a model treats groups of people, do not apply.
 *
 * The declaration is honoured only where the manifest does not itself say otherwise: a reason
 * that says why no natural person is affected, and no field that names people (affected
 * persons, personal data, sensitive attributes, a bias evaluation, an Annex III area about
 * people, emotion recognition or biometric categorisation). A refused declaration spares
 * nothing: the bias rules apply, and bias/not-applicable-justified fails at the declaration.
 * Rules opt in with `when: { affectsPersons: true }` (evaluate.ts).
 */
import { describeValueAbsence, isNonAnswerValue, substantiveWords, valueAbsence } from '../../load/placeholder.js';
import { quoted } from '../../load/source-doc.js';
import type { AiSystem } from '../../load/manifest.js';
import { personsAreasOfBasis } from '../../policy/obligations.js';
import { namesNoOne } from '../../text/no-one.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, type Failure } from '../function.js';
import { topicsMissingFromText, type Topic } from './document-content.js';

/** Where the declaration is, from the system document's root. */
export const DECLARATION_PATH: readonly PathSegment[] = ['manifest', 'bias', 'notApplicable'];

/** Fewest words a reason holds (placeholders and repeats aside): a sentence that says why, not "No persons." */
export const MIN_REASON_WORDS = 8;

/** A reason says why no natural person is affected: it speaks of people, by one of these (at the start of a word). */
const PERSONS: Topic = {
  name: 'why no natural person is affected',
  terms: ['person', 'people', 'individual', 'human', 'personal', 'anyone', 'anybody', 'nobody', 'no one', 'someone', 'data subject'],
};

export interface BiasDeclaration {
  /** The reason as written, when it is text. */
  reason?: string;
  /** Why the declaration cannot be honoured, each at its path; none when it is. */
  refusals: Failure[];
}

const declarations = new WeakMap<object, BiasDeclaration | null>();

/**
 * The manifest's `bias.notApplicable`, judged: undefined when it declares none. Read once per
 * manifest (every bias rule asks).
 */
export function biasDeclaration(data: unknown): BiasDeclaration | undefined {
  if (!data || typeof data !== 'object') return undefined;
  let judged = declarations.get(data);
  if (judged === undefined) {
    judged = judge(data as AiSystem) ?? null;
    declarations.set(data, judged);
  }
  return judged ?? undefined;
}

/** An honoured declaration's reason; undefined when there is none, or it is refused. */
export function honouredReason(data: unknown): string | undefined {
  const declared = biasDeclaration(data);
  return declared && declared.refusals.length === 0 ? declared.reason : undefined;
}

/** Why a rule with `when.affectsPersons` does not apply to the system, or undefined when it does. */
export function notAboutPersons(data: unknown): string | undefined {
  const reason = honouredReason(data);
  return reason === undefined ? undefined : `bias.notApplicable declares that the system's output concerns no natural person: ${quoted(reason, 300)}`;
}

const at = (...path: PathSegment[]): PathSegment[] => ['manifest', ...path];

function judge(data: AiSystem): BiasDeclaration | undefined {
  const bias = data.bias as Record<string, unknown> | undefined;
  if (!bias || typeof bias !== 'object' || !Object.hasOwn(bias, 'notApplicable')) return undefined;
  const declared = bias.notApplicable;
  const here = at('bias', 'notApplicable');
  const refusals: Failure[] = [];
  const refuse = (why: string) => refusals.push({ message: `bias.notApplicable cannot be honoured: ${why}`, path: here });
  let reason: string | undefined;
  if (!declared || typeof declared !== 'object' || Array.isArray(declared)) {
    refusals.push({ message: `bias.notApplicable is not a mapping with a reason: write bias.notApplicable: { reason: "…" }, saying why no natural person is scored, ranked or described by the system's output`, path: here });
  } else {
    const written = (declared as Record<string, unknown>).reason;
    if (typeof written === 'string') reason = written;
    refusals.push(...reasonProblems(written));
  }
  const affected = personsNamed(data.intendedUse?.affectedPersons);
  if (affected) refuse(`intendedUse.affectedPersons names ${quoted(affected)}, a person the system's output affects`);
  const datasets = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
  datasets.forEach((dataset, index) => {
    const personal = dataset?.personalData;
    const name = typeof dataset?.id === 'string' ? ` (${quoted(dataset.id)})` : '';
    if (personal?.present === true) {
      refuse(`data.datasets[${index}]${name} holds personal data (personalData.present: true): a model trained or evaluated on data about people can treat them unequally`);
      return;
    }
    // present: false beside the categories of personal data it holds says both (red team).
    const category = firstStated(personal?.categories);
    if (category !== undefined && (namesNoOne(category) || NO_CATEGORY.test(category.trim()))) return;
    if (category !== undefined) refuse(`data.datasets[${index}]${name} lists ${quoted(category)} under personalData.categories, though personalData.present is not true: data with categories of personal data is data about people`);
  });
  const attribute = firstStated(bias.sensitiveAttributes);
  if (attribute !== undefined) refuse(`bias.sensitiveAttributes lists ${quoted(attribute)}, an attribute of the people the system's fairness is evaluated for`);
  const reports = Array.isArray(bias.reports) ? bias.reports.length : 0;
  if (reports > 0) refuse(`bias.reports cites ${reports === 1 ? 'a bias report' : `${reports} bias reports`}, which the bias rules judge; remove ${reports === 1 ? 'it' : 'them'} if no natural person is affected`);
  const thresholds = Array.isArray(bias.thresholds) ? bias.thresholds.length : 0;
  if (thresholds > 0) refuse(`bias.thresholds bounds ${thresholds === 1 ? 'a fairness metric' : `${thresholds} fairness metrics`}, which only a system that affects people has`);
  const basis = (data.risk?.euAiAct as { basis?: unknown } | undefined)?.basis;
  for (const { point, area } of personsAreasOfBasis(typeof basis === 'string' ? basis : undefined)) {
    refuse(`risk.euAiAct.basis cites Annex III ${point} (${area}), an area where the system's output concerns natural persons`);
  }
  const transparency = data.transparency;
  if (transparency?.recognisesEmotions === true) refuse('transparency.recognisesEmotions is true: emotion recognition infers the emotions of natural persons');
  if (transparency?.categorisesBiometrically === true) refuse('transparency.categorisesBiometrically is true: biometric categorisation assigns natural persons to categories');
  return { ...(reason === undefined ? {} : { reason }), refusals };
}

/** What is wrong with the reason: missing, a placeholder, too short, or not about people. */
function reasonProblems(written: unknown): Failure[] {
  const where = at('bias', 'notApplicable', 'reason');
  const what = "say why no natural person is scored, ranked or described by the system's output";
  if (typeof written !== 'string') {
    if (written === undefined || written === null) return [{ message: `bias.notApplicable.reason is missing: ${what}`, path: at('bias', 'notApplicable') }];
    return [{ message: `bias.notApplicable.reason is not text: ${what}`, path: where }];
  }
  const absence = valueAbsence(written);
  // "N/A" is honest where a field does not apply; here it is the one thing that must be said.
  if (absence) return [{ message: `bias.notApplicable.reason ${describeValueAbsence(written, absence)}`, path: where }];
  if (isNonAnswerValue(written)) return [{ message: `bias.notApplicable.reason is ${quoted(written)}, which says nothing: ${what}`, path: where }];
  const words = substantiveWords(written, MIN_REASON_WORDS);
  if (words < MIN_REASON_WORDS) {
    return [{ message: `bias.notApplicable.reason says too little to spare the system the bias rules: ${words} word${words === 1 ? '' : 's'} (${quoted(written, 200)}), at least ${MIN_REASON_WORDS} expected; ${what}`, path: where }];
  }
  if (topicsMissingFromText(written, [PERSONS]).length > 0) {
    return [{ message: `bias.notApplicable.reason does not say why no natural person is affected: it speaks of no person, people or individual (${quoted(written, 200)})`, path: where }];
  }
  return [];
}

/** The first item of a text or list of texts that is stated (not missing or a placeholder). */
function firstStated(value: unknown): string | undefined {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.find((item): item is string => typeof item === 'string' && valueAbsence(item) === undefined);
}

/** The first person `affectedPersons` names: stated, and not an answer that there is none ("None", "N/A", "nobody"). */
function personsNamed(value: unknown): string | undefined {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.find((item): item is string => typeof item === 'string' && valueAbsence(item) === undefined && !isNonAnswerValue(item) && !namesNoOne(item) && !saysNoPerson(item));
}

/**
 * "No natural persons", "none (legal entities only)": a whole answer that the system affects no
 * one, with one remark in brackets at most. Not an answer that goes on ("None directly; tenants
 * whose leases are flagged are affected" names people: review).
 */
const NO_PERSON = /^(?:none|no (?:natural )?(?:persons?|people|individuals?|one))(?: (?:is|are) affected)?(?: ?\([^()]*\))?\.?$/i;
/** A personal-data category that says there is none: "no personal data", "None (anonymised)", "N/A - synthetic". */
const NO_CATEGORY = /^(?:none|no|n\/?a|not applicable)\b/i;

function saysNoPerson(text: string): boolean {
  return NO_PERSON.test(text.trim().replace(/\s+/g, ' '));
}

/**
 * bias/not-applicable-justified: a declaration the manifest makes is one it can make. Passes an
 * honoured declaration (a declaration only supports controls; coverage counts nothing it spared
 * as evidenced), fails each refusal at its line; nothing to check without one.
 */
export const biasNotApplicable = defineFunction<Record<string, never>>({
  name: 'bias-not-applicable',
  description:
    "bias.notApplicable, where declared, can be honoured: a reason of at least 8 words that speaks of people, and nothing in the manifest that names people the system's output concerns (intendedUse.affectedPersons, personal data in a dataset, sensitive attributes, bias reports or thresholds, an Annex III area about natural persons, emotion recognition or biometric categorisation).",
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ system }) {
    const declared = biasDeclaration(system.manifest.data);
    if (!declared) return { skip: 'nothing to check: bias.notApplicable is not declared' };
    return declared.refusals;
  },
});
