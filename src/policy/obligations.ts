/**
 * Which EU AI Act obligations apply to a system, and from when: its tier and roles (from the
 * manifest), the policy's timeline, and the as-of date. The data is policies/frameworks/
 * eu-ai-act.yaml (who each article applies to) and eu-ai-act-timeline.yaml (the dates, by
 * timeline); coverage and a rule's `when: { obligation }` both read it here.
 */
import { readAssetText } from '../fs/assets.js';
import { RISK_TIERS } from '../load/manifest.js';
import { parseBundledYaml } from '../load/yaml.js';
import { singleLine } from './finding.js';
import { loadFrameworks, type Obligation } from './frameworks.js';
import { isOpenSourceLicense } from './open-source.js';
import type { Timeline } from './types.js';

export type { Timeline };
export const TIMELINES: readonly Timeline[] = ['regulation', 'digital-omnibus'];
export const DEFAULT_TIMELINE: Timeline = 'regulation';

export const ROLES = ['provider', 'deployer'] as const;

/**
 * The `transparency` declarations that give a system Art. 50's duties whatever its tier (Art.
 * 50(6): they apply alongside Chapter III): it talks to people (50(1)) or generates content
 * (50(2)), the provider's; it recognises emotions or categorises people by biometric data
 * (50(3)), makes deep fakes or generates text published to inform the public (50(4)), the
 * deployer's. Only `true` adds a duty.
 */
export const ART50_DECLARATIONS = ['interactsWithPeople', 'generatesContent', 'recognisesEmotions', 'categorisesBiometrically', 'generatesDeepFakes', 'publishesPublicInterestText'] as const;
export type Art50Declaration = (typeof ART50_DECLARATIONS)[number];

/** What the manifest says about the system under the AI Act. */
export interface AiActProfile extends Partial<Record<Art50Declaration, boolean>> {
  tier?: string;
  basis?: string;
  roles?: string[];
  // The ART50_DECLARATIONS (`transparency.interactsWithPeople`, `generatesContent`,
  // `recognisesEmotions`, `categorisesBiometrically`, `generatesDeepFakes`,
  // `publishesPublicInterestText`), each present only when true: Art. 50 applies whatever the
  // tier (Art. 50(6)).
  /**
   * Released under a free and open-source licence (`license`) with its parameters, architecture
   * and usage information public (`transparency.parametersPublic`): Art. 53(2) spares such a
   * model Art. 53(1)(a) and (b), unless it has systemic risk.
   */
  openSource?: { license: string };
}

interface TimelineData {
  title: string;
  milestones: Record<string, string>;
}

let timelines: Record<Timeline, TimelineData> | undefined;

export function loadTimelines(): Record<Timeline, TimelineData> {
  timelines ??= (parseBundledYaml(readAssetText('policies', 'frameworks', 'eu-ai-act-timeline.yaml'), 'eu-ai-act-timeline.yaml') as { timelines: Record<Timeline, TimelineData> }).timelines;
  return timelines;
}

/**
 * A basis cites an annex when it names one of its points, anywhere and however written ("Annex III
 * 5(b)", "Annex 3, point 5(b)", "(AnnexIII 5b)", "Annex III, points 4(a)", "Annex III (4)(a)",
 * "Annex I Section A 11"), or starts with the paragraph of Art. 6 that refers to it; prose that
 * only mentions an annex ("Not an Annex III use") does not. Annex I (a regulated product,
 * Art. 6(1)) applies later than Annex III (Art. 6(2)). Both read the basis as basisText has it.
 */
const ANNEX_I = /\bannex\s*(?:i|1)(?![ivx\d])[\s,:]*(?:section|part|point|\d)|^\s*art(?:icle)?\.?\s*6\s*\(1\)/;
const ANNEX_III_AT = /\bannexe?\s*(?:iii(?![ivx])|3(?!\d))/g;
const ART_6_2 = /^\s*art(?:icle)?\.?\s*6\s*\(2\)/;
/**
 * The first point after "Annex III": only spacing, a comma, a colon or a dash before it, and a
 * word that names it ("point", "points", "No."). "Not in Annex III. 5 agents review…" cites none.
 */
// "section" and "item" too, only before a point's letter: "Annex III section 5(b)" cited no point
// (red team), and "not in Annex III, section 4 of our assessment explains why" cites none (review).
const FIRST_POINT = /[\s,:\-\u2013\u2014]*(?:(?:(?:points?|pt|no|paragraph|area)\.?\s*)?\(?(\d{1,2})\)?(?!\d)|(?:section|sec|item)\.?\s*(\d{1,2})(?=\s*\(\s*[a-h]\s*\)))/y;
/**
 * Each next step of a citation's list: separators (a dot only before a letter, as in "1.c") and
 * joining words, then a point's number, a letter in brackets, or a letter right after a number.
 * The separators are kept: a dash or "to" between two letters is a range ("1(a)-(c)").
 */
const NEXT_POINT = /((?:[\s,/&\-\u2013\u2014]|\.(?=\s*\(?[a-h](?![a-z]))|(?:and|or|to|points?)(?![a-z]))*)(?:\(?(\d{1,2})\)?(?!\d)|\(\s*([a-h])\s*\)|([a-h])(?![a-z]))/y;
/** "point 1(c) of Annex III", as the Regulation itself writes it. */
const POINT_OF_ANNEX_III = /\bpoints?\s*(\d{1,2})(?:\s*\(\s*([a-h])\s*\))?[\s,]*of\s*annexe?\s*(?:iii(?![ivx])|3(?!\d))/g;
const RANGE = /[-\u2013\u2014]|\bto\b/;

/** Letters that read as the Latin ones of a Roman numeral (Cyrillic і, Greek ι, dotless ı, …). */
const NUMERAL_LOOKALIKES = /[\u0131\u0269\u03b9\u0456\u04cf]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * A basis as the annex patterns read it: on one line, compatibility forms folded (full-width
 * brackets, "Ⅲ"), invisible characters gone, lower case, and letters that look like a
 * numeral's read as it, so "Annex ІІІ 1(c)" in Cyrillic cites what it appears to.
 */
function basisText(basis: string): string {
  return singleLine(basis.normalize('NFKC').replace(INVISIBLE, '')).toLowerCase().replace(NUMERAL_LOOKALIKES, 'i').replace(/\u0445/g, 'x').replace(/\u0475/g, 'v');
}

/**
 * The points of Annex III a basis cites, each `[point, letter]` (letter undefined for the point
 * itself): every list after each "Annex III" ("1(a) and 1(c)", "1(b)-(c)", "point 1, (c)",
 * "1.c"), up to the first word that is not part of one, and each "point 1(c) of Annex III".
 */
function annexIIIPoints(text: string): Array<[number, string | undefined]> {
  const points: Array<[number, string | undefined]> = [];
  for (const cited of text.matchAll(POINT_OF_ANNEX_III)) points.push([Number(cited[1]), cited[2]]);
  for (const mention of text.matchAll(ANNEX_III_AT)) {
    FIRST_POINT.lastIndex = (mention.index ?? 0) + mention[0].length;
    const first = FIRST_POINT.exec(text);
    if (!first) continue;
    let point = Number(first[1] ?? first[2]);
    points.push([point, undefined]);
    let afterNumber = true;
    let letter: string | undefined;
    NEXT_POINT.lastIndex = FIRST_POINT.lastIndex;
    for (let token = NEXT_POINT.exec(text); token; token = NEXT_POINT.exec(text)) {
      const [, separator = '', number, bracketed, bare] = token;
      if (number !== undefined) {
        point = Number(number);
        points.push([point, undefined]);
        afterNumber = true;
        letter = undefined;
        continue;
      }
      const next = bracketed ?? (afterNumber ? bare : undefined);
      if (next === undefined) break;
      // "1(a)-(c)" cites (b) too.
      if (letter !== undefined && RANGE.test(separator)) {
        for (let code = letter.charCodeAt(0) + 1; code < next.charCodeAt(0); code++) points.push([point, String.fromCharCode(code)]);
      }
      points.push([point, next]);
      letter = next;
      afterNumber = false;
    }
  }
  return points;
}

const BASIS_FLAGS: ReadonlyArray<{ flag: Art50Declaration; letter: string; what: string }> = [
  { flag: 'categorisesBiometrically', letter: 'b', what: 'Annex III 1(b), biometric categorisation' },
  { flag: 'recognisesEmotions', letter: 'c', what: 'Annex III 1(c), emotion recognition' },
];

/**
 * The Art. 50(3) declarations a basis implies: it cites Annex III point 1(b), biometric
 * categorisation, or 1(c), emotion recognition, which names a system Art. 50(3) binds its
 * deployer for, whatever its flags say.
 */
export function flagsOfBasis(basis: string | undefined): Array<{ flag: Art50Declaration; what: string }> {
  if (typeof basis !== 'string') return [];
  const points = annexIIIPoints(basisText(basis));
  return BASIS_FLAGS.filter(({ letter }) => points.some(([point, cited]) => point === 1 && cited === letter)).map(({ flag, what }) => ({ flag, what }));
}

/** The paragraph of Art. 50 each declaration brings, for a message and its roles (eu-ai-act.yaml partRoles). */
export const ART50_PARAGRAPH: Readonly<Record<Art50Declaration, string>> = {
  interactsWithPeople: 'Art.50(1)',
  generatesContent: 'Art.50(2)',
  recognisesEmotions: 'Art.50(3)',
  categorisesBiometrically: 'Art.50(3)',
  generatesDeepFakes: 'Art.50(4)',
  publishesPublicInterestText: 'Art.50(4)',
};

/** Whether a declaration, true, binds this system: its paragraph binds one of the system's roles. */
export function declarationBinds(flag: Art50Declaration, profile: AiActProfile): boolean {
  const bound = loadFrameworks().get('euAiAct')?.obligations.get('Art.50')?.partRoles?.[ART50_PARAGRAPH[flag]];
  const { roles } = effectiveProfile(profile);
  return !bound || bound.some((role) => roles.includes(role));
}

/**
 * The areas of Annex III about natural persons: every point but 2 (critical infrastructure,
 * whose systems are safety components of a network, a road or a utility). A system in one of
 * them identifies, categorises, admits, hires, scores, prices, polices, examines or judges people.
 */
const PERSONS_AREAS: ReadonlyMap<number, string> = new Map([
  [1, 'biometrics'],
  [3, 'education and vocational training'],
  [4, "employment, workers' management and access to self-employment"],
  [5, 'access to essential private services and essential public services and benefits'],
  [6, 'law enforcement'],
  [7, 'migration, asylum and border control management'],
  [8, 'administration of justice and democratic processes'],
]);

/**
 * The points of Annex III a basis cites whose area is about natural persons, each once by its
 * point ("Annex III 4", its area), in the order cited; none for a basis citing only point 2, or
 * Art. 6(2) without a point.
 */
export function personsAreasOfBasis(basis: string | undefined): Array<{ point: number; area: string }> {
  if (typeof basis !== 'string') return [];
  const seen = new Set<number>();
  return annexIIIPoints(basisText(basis)).flatMap(([point]) => {
    const area = PERSONS_AREAS.get(point);
    if (area === undefined || seen.has(point)) return [];
    seen.add(point);
    return [{ point, area }];
  });
}

export function citesAnnexI(basis: string | undefined): boolean {
  return typeof basis === 'string' && ANNEX_I.test(basisText(basis));
}

export function citesAnnexIII(basis: string | undefined): boolean {
  if (typeof basis !== 'string') return false;
  const text = basisText(basis);
  return ART_6_2.test(text) || annexIIIPoints(text).length > 0;
}

/** The profile a system's obligations are decided by: what it declares, with the defaults for what it does not. */
export interface EffectiveProfile {
  tier: string;
  roles: readonly string[];
  milestone: 'annex-i' | 'annex-iii';
  art50: boolean;
  annexIII: boolean;
  openSource?: string;
}

/** Each profile's effective form: every rule with an obligation asks for it, and its basis is read as text each time. */
const effectiveProfiles = new WeakMap<AiActProfile, EffectiveProfile>();

/**
 * The tier and roles obligations are decided by. An undeclared or misspelt tier counts as high
 * (a gate must not relieve a system of obligations because it left its tier out), and undeclared
 * roles as both.
 */
export function effectiveProfile(profile: AiActProfile): EffectiveProfile {
  let effective = effectiveProfiles.get(profile);
  if (!effective) {
    effective = Object.freeze(effectiveProfileOf(profile));
    effectiveProfiles.set(profile, effective);
  }
  return effective;
}

function effectiveProfileOf(profile: AiActProfile): EffectiveProfile {
  const tier = (RISK_TIERS as readonly string[]).includes(profile.tier ?? '') ? (profile.tier as string) : 'high';
  const roles = Array.isArray(profile.roles) && profile.roles.some((r) => (ROLES as readonly string[]).includes(r)) ? profile.roles.filter((r) => (ROLES as readonly string[]).includes(r)) : [...ROLES];
  // A basis citing both annexes takes the earlier date: a pull request cannot delay obligations by adding a citation.
  // A system that talks to people, generates content, recognises emotions, categorises people
  // by biometric data, makes deep fakes or writes text published to inform the public has Art.
  // 50's duties whatever its tier: Art. 50(6) says they apply alongside Chapter III, so a
  // high-risk chatbot has them too, and so has the deployer of a minimal-risk deep-fake tool.
  // So has the deployer of a system whose basis cites Annex III 1(b) or 1(c) (flagsOfBasis).
  const art50 = ART50_DECLARATIONS.some((declaration) => profile[declaration] === true) || flagsOfBasis(profile.basis).length > 0;
  const annexIII = citesAnnexIII(profile.basis);
  // Art. 53(2)'s exception "shall not apply to general-purpose AI models with systemic risks".
  const openSource = tier !== 'gpai-systemic' ? profile.openSource?.license : undefined;
  return { tier, roles, milestone: citesAnnexI(profile.basis) && !annexIII ? 'annex-i' : 'annex-iii', art50, annexIII, ...(openSource ? { openSource } : {}) };
}

/** The date (YYYY-MM-DD) a milestone falls on under a timeline. */
export function milestoneDate(milestone: string, timeline: Timeline): string | undefined {
  return loadTimelines()[timeline]?.milestones[milestone];
}

/** Why an obligation is not this system's (its tier, roles or annex), dates aside; undefined when it is. */
function notTheSystems(article: string, obligation: Obligation, profile: EffectiveProfile): string | undefined {
  const { tier, roles, milestone, art50, annexIII } = profile;
  if (tier === 'prohibited' && article !== 'Art.5' && article !== 'Art.4') {
    return 'the system is declared prohibited (Art. 5): no other obligation can make it lawful';
  }
  // An Annex III system its provider assessed as not high-risk is still registered (Art. 6(4), Art. 49(2)).
  const byAnnexIII = obligation.also === 'annex-iii' && annexIII;
  if (obligation.tiers !== 'all' && !obligation.tiers.includes(tier) && !(article === 'Art.50' && art50) && !byAnnexIII) {
    return `applies to ${obligation.tiers.join(', ')} systems; this one is ${tier}`;
  }
  if (!obligation.roles.some((role) => roles.includes(role))) {
    return `an obligation of the ${obligation.roles.join(' or ')}; this system's roles are ${roles.join(', ')}`;
  }
  if (obligation.only === 'annex-iii' && milestone === 'annex-i') {
    return 'applies to Annex III systems; this one\'s basis cites Annex I';
  }
  return undefined;
}

/** Why a part of an obligation (Art.53(1)(a)) is spared for this system when the obligation is not. */
function partSpared(part: string, obligation: Obligation, profile: EffectiveProfile): string | undefined {
  const bound = obligation.partRoles?.[part];
  if (bound && !bound.some((role) => profile.roles.includes(role))) {
    // Art. 50(2), marking outputs, is the provider's duty: a deployer's are 50(3) and 50(4).
    const own = Object.entries(obligation.partRoles ?? {}).filter(([, roles]) => roles.some((role) => profile.roles.includes(role))).map(([id]) => id);
    const article = /^Art\.\d+/.exec(part)?.[0] ?? part;
    const theirs = own.length > 0 ? ` (a ${profile.roles.join(' and ')}'s duties under ${article} are ${own.join(', ')})` : '';
    return `is an obligation of the ${bound.join(' or ')} alone; this system's roles are ${profile.roles.join(', ')}${theirs}`;
  }
  if (profile.openSource && obligation.openSource?.includes(part)) {
    return `does not apply (Art. 53(2)): the model is released under an open-source licence (${profile.openSource}) with its parameters public, and has no systemic risk`;
  }
  return undefined;
}

/** The listed obligation an article or a part of one (`Art.53(1)(a)`) belongs to, with its id. */
function obligationOf(article: string): { id: string; obligation: Obligation } | undefined {
  const obligations = loadFrameworks().get('euAiAct')?.obligations;
  const id = obligations?.has(article) ? article : /^Art\.\d+/.exec(article)?.[0];
  const obligation = id ? obligations?.get(id) : undefined;
  return id && obligation && (id === article || obligation.parts.includes(article) || obligation.partRoles?.[article] !== undefined) ? { id, obligation } : undefined;
}

/** Whether `article` is an obligation the data lists, or one of an obligation's parts (`parts`, `partRoles`): what `when.obligation` may name. */
export function isKnownObligation(article: string): boolean {
  return obligationOf(article) !== undefined;
}

/** The parts of an obligation that do not apply to this system although the obligation does (Art. 53(2)). */
export function sparedParts(article: string, profile: AiActProfile): string[] {
  const listed = loadFrameworks().get('euAiAct')?.obligations.get(article);
  const effective = effectiveProfile(profile);
  return listed ? listed.parts.filter((part) => partSpared(part, listed, effective)) : [];
}

/**
 * Why an EU AI Act article, or a part of one (`Art.53(1)(a)`), does not apply to this system on
 * `asOf`, or undefined when it does (or is not an obligation the data lists: then it is not for
 * us to exclude).
 */
export function obligationExemption(article: string, profile: AiActProfile, asOf: Date, timeline: Timeline): string | undefined {
  const listed = obligationOf(article);
  if (!listed) return undefined;
  const { obligation } = listed;
  const effective = effectiveProfile(profile);
  const spared = notTheSystems(listed.id, obligation, effective) ?? (listed.id === article ? undefined : partSpared(article, obligation, effective));
  if (spared) return spared;
  const from = obligation.from === 'high-risk' ? effective.milestone : obligation.from;
  const date = milestoneDate(from, timeline);
  if (date && asOf.getTime() < Date.parse(`${date}T00:00:00Z`)) {
    return `applies from ${date} (${loadTimelines()[timeline].title})`;
  }
  return undefined;
}

/**
 * The AI Act profile a manifest declares (`risk.euAiAct`), whatever shape it is in: each text on
 * one line, so rules and coverage (which reads it from the system's summary) judge the same one.
 */
export function aiActProfile(data: { risk?: unknown; transparency?: unknown; license?: unknown }): AiActProfile {
  const risk = data.risk;
  const euAiAct = risk && typeof risk === 'object' ? (risk as { euAiAct?: unknown }).euAiAct : undefined;
  const transparency = data.transparency && typeof data.transparency === 'object' ? (data.transparency as Record<string, unknown>) : {};
  // Only `true` adds a duty (or, for parametersPublic under an open-source licence, Art. 53(2)'s
  // exception); any other value leaves the tier to decide.
  const duties = {
    ...Object.fromEntries(ART50_DECLARATIONS.filter((declaration) => transparency[declaration] === true).map((declaration) => [declaration, true])),
    ...(transparency.parametersPublic === true && typeof data.license === 'string' && isOpenSourceLicense(data.license) ? { openSource: { license: singleLine(data.license) } } : {}),
  };
  if (!euAiAct || typeof euAiAct !== 'object') return duties;
  const { tier, basis, roles } = euAiAct as Record<string, unknown>;
  return {
    ...(typeof tier === 'string' ? { tier: singleLine(tier) } : {}),
    ...(typeof basis === 'string' ? { basis: singleLine(basis) } : {}),
    ...(Array.isArray(roles) ? { roles: roles.filter((r): r is string => typeof r === 'string').map(singleLine) } : {}),
    ...duties,
  };
}

/**
 * The obligations that apply under `before` and no longer under `after` (dates aside), and
 * whether high-risk obligations moved to the later Annex I date: what a pull request changing
 * `risk.euAiAct` (a role dropped, a basis rewritten, a tier declared lower) or withdrawing one of
 * the ART50_DECLARATIONS (`transparency.interactsWithPeople`, …) takes away.
 */
export function obligationsDropped(before: AiActProfile, after: AiActProfile): { articles: string[]; later: boolean } {
  const obligations = loadFrameworks().get('euAiAct')?.obligations ?? new Map<string, Obligation>();
  const was = effectiveProfile(before);
  const now = effectiveProfile(after);
  const applies = (article: string, profile: EffectiveProfile) => notTheSystems(article, obligations.get(article) as Obligation, profile) === undefined;
  const articles = [...obligations.keys()].filter((article) => applies(article, was) && !applies(article, now));
  // Parts of an obligation that still applies, newly spared (an open-source release, Art. 53(2)).
  for (const [article, obligation] of obligations) {
    if (!applies(article, was) || !applies(article, now)) continue;
    const parts = [...new Set([...obligation.parts, ...Object.keys(obligation.partRoles ?? {})])];
    articles.push(...parts.filter((part) => !partSpared(part, obligation, was) && partSpared(part, obligation, now)));
  }
  return { articles, later: now.tier === 'high' && was.tier === 'high' && was.milestone === 'annex-iii' && now.milestone === 'annex-i' };
}

/**
 * Which systems a rule with `when: { obligation: article }` applies to, in words (`explain`,
 * docs/rules.md): the article's tiers, roles and date, from the same data the gate decides by.
 * The date is the default timeline's; a policy may select another.
 */
export function obligationText(article: string): string {
  const listed = obligationOf(article);
  if (!listed) return `systems with the EU AI Act ${article} obligation`;
  const { id, obligation } = listed;
  const title = loadFrameworks().get('euAiAct')?.controls.get(id);
  const tiers = [
    obligation.tiers === 'all' ? 'every risk tier' : `risk tiers ${obligation.tiers.join(', ')}`,
    // notTheSystems: Art. 50(6), and a registered Annex III system assessed as not high-risk.
    ...(id === 'Art.50' ? ['or any tier that interacts with people, generates content, recognises emotions, categorises people by biometric data, makes deep fakes or generates text published to inform the public (Art. 50(6))'] : []),
    ...(obligation.also === 'annex-iii' ? ['or any tier whose basis cites Annex III'] : []),
  ].join(', ');
  const roles = obligation.partRoles?.[article] ?? obligation.roles;
  const annexes = obligation.only === 'annex-iii' ? '; Annex III systems only' : '';
  const timeline = loadTimelines()[DEFAULT_TIMELINE];
  const from =
    obligation.from === 'high-risk'
      ? `from ${timeline.milestones['annex-iii']} (${timeline.milestones['annex-i']} for a basis citing Annex I only; timeline: ${DEFAULT_TIMELINE})`
      : `from ${timeline.milestones[obligation.from] ?? obligation.from} (timeline: ${DEFAULT_TIMELINE})`;
  const spared = obligation.openSource?.includes(article) ? '; not for an open-source model with its parameters public and no systemic risk (Art. 53(2))' : '';
  return `systems with the EU AI Act ${article} obligation${title ? ` (${title})` : ''}: ${tiers}${annexes}; for the ${roles.join(' or ')}; ${from}${spared}`;
}
