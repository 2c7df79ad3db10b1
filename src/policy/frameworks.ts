/**
 * The frameworks rules map to (policies/frameworks/*.yaml): their control ids and short titles,
 * how a cited sub-provision rolls up to a control ("Art.14(4)(e)" → "Art.14",
 * "Annex IV 2(d)" → "Art.11"), and which references exist at all: a framework whose rules cite
 * finer provisions than its controls (the EU AI Act) lists them in `ids/<same file name>`; and, for the EU AI Act, which
 * systems each obligation applies to.
 */
import { assetNames, readAssetText } from '../fs/assets.js';
import { closest } from '../text/closest.js';
import { parseBundledYaml } from '../load/yaml.js';
import type { Controls } from '../types.js';

export type FrameworkKey = keyof Controls;

/** Who an obligation applies to, and from when (eu-ai-act.yaml; see obligations.ts). */
export interface Obligation {
  /** Risk tiers, or 'all'. */
  tiers: 'all' | string[];
  roles: string[];
  /** A milestone of eu-ai-act-timeline.yaml, or 'high-risk' (Annex I or III, by the basis). */
  from: string;
  /** Provisions that must each be evidenced for the control to be. */
  parts: string[];
  /** 'annex-iii': an obligation of Annex III systems alone. */
  only?: 'annex-iii';
  /** 'annex-iii': it also applies, whatever the tier, to a system whose basis cites Annex III. */
  also?: 'annex-iii';
  /** Parts that do not apply to an open-source model released with its parameters public, unless it has systemic risk (Art. 53(2)). */
  openSource?: string[];
  /**
   * Paragraphs binding fewer roles than the article (Art. 50(1) and (2) bind providers, 50(3)
   * and (4) deployers): each is a `when.obligation` of its own, applying to those roles alone.
   */
  partRoles?: Record<string, string[]>;
}

export interface Framework {
  key: FrameworkKey;
  name: string;
  /** Control id → short title, in the framework's order. */
  controls: Map<string, string>;
  /** Prefix of a cited reference → the control it belongs to. */
  parents: Map<string, string>;
  /** Control id → whom it applies to; controls not listed apply to every system. */
  obligations: Map<string, Obligation>;
  /** Every reference a rule may cite (controls included), for a framework with an ids file. */
  citable?: Citable;
}

/** A framework's identifiers: every citable id, and each provision's direct sub-provisions in order. */
interface Citable {
  ids: Set<string>;
  children: Map<string, string[]>;
}

type RawControl = string | { title: string; tiers?: 'all' | string[]; roles?: string[]; from?: string; parts?: string[]; only?: 'annex-iii'; also?: 'annex-iii'; openSource?: string[]; partRoles?: Record<string, string[]> };

let frameworks: Map<FrameworkKey, Framework> | undefined;

export function loadFrameworks(): Map<FrameworkKey, Framework> {
  if (frameworks) return frameworks;
  frameworks = new Map();
  const dir = ['policies', 'frameworks'];
  const idsFiles = assetNames([...dir, 'ids'], '.yaml');
  for (const file of assetNames(dir, '.yaml')) {
    const raw = parseBundledYaml(readAssetText(...dir, file), file) as { key?: FrameworkKey; name: string; controls?: Record<string, RawControl>; parents?: Record<string, string> };
    // Other data (the AI Act's timeline) lives beside the frameworks, without a key.
    if (!raw.key || !raw.controls) continue;
    const framework: Framework = {
      key: raw.key,
      name: raw.name,
      controls: new Map(),
      // Longest prefix first, so "Annex XI Section 2" would win over "Annex XI".
      parents: new Map(Object.entries(raw.parents ?? {}).sort(([a], [b]) => b.length - a.length)),
      obligations: new Map(),
    };
    for (const [id, control] of Object.entries(raw.controls)) {
      if (typeof control === 'string') {
        framework.controls.set(String(id), control);
        continue;
      }
      framework.controls.set(String(id), control.title);
      if (control.from) framework.obligations.set(String(id), { tiers: control.tiers ?? 'all', roles: control.roles ?? ['provider', 'deployer'], from: control.from, parts: control.parts ?? [], ...(control.only ? { only: control.only } : {}), ...(control.also ? { also: control.also } : {}), ...(control.openSource ? { openSource: control.openSource } : {}), ...(control.partRoles ? { partRoles: control.partRoles } : {}) });
    }
    // Read on first use: only pack validation needs it, and the bundled packs are not validated at run time.
    if (idsFiles.includes(file)) {
      let citable: Citable | undefined;
      Object.defineProperty(framework, 'citable', { enumerable: true, get: () => (citable ??= readCitable(readAssetText(...dir, 'ids', file))) });
    }
    frameworks.set(raw.key, framework);
  }
  return frameworks;
}

/**
 * The ids file as a tree: `Art.10: (1) (2) (2)(a) …` and `Annex IV: 1 1(a) …` list each
 * article's or annex's ids relative to it (see the file's header).
 */
function readCitable(text: string): Citable {
  const raw = parseBundledYaml(text, 'ids') as { articles: Record<string, string | null>; annexes: Record<string, string | null> };
  const ids = new Set<string>();
  const children = new Map<string, string[]>();
  const add = (id: string) => {
    if (ids.has(id)) return;
    ids.add(id);
    const parent = parentOf(id) ?? '';
    const siblings = children.get(parent);
    if (siblings) siblings.push(id);
    else children.set(parent, [id]);
  };
  for (const [base, relative] of [...Object.entries(raw.articles), ...Object.entries(raw.annexes)]) {
    add(base);
    for (const id of String(relative ?? '').split(' ').filter(Boolean)) add(base.startsWith('Art.') || id.startsWith('(') ? `${base}${id}` : `${base} ${id}`);
  }
  return { ids, children };
}

/**
 * The provision one level up, by the shape of the id alone: "Art.10(2)(f)" → "Art.10(2)",
 * "Annex VII 3.1" → "Annex VII 3", "Annex VIII Section A 3" → "Annex VIII Section A" →
 * "Annex VIII"; undefined for an article or annex.
 */
function parentOf(id: string): string | undefined {
  if (id.endsWith(')')) return id.slice(0, id.lastIndexOf('('));
  const m = id.match(/^(Annex [IVX]+(?: Section \w+)? \d+)\.\d+$/) ?? id.match(/^(Annex [IVX]+(?: Section \w+)?) \d+$/) ?? id.match(/^(Annex [IVX]+) Section \w+$/);
  return m?.[1];
}

/** The control a cited reference counts toward, or undefined when the framework does not list it. */
export function controlOf(framework: Framework, reference: string): string | undefined {
  if (framework.controls.has(reference)) return reference;
  for (const [prefix, parent] of framework.parents) {
    if (reference === prefix || reference.startsWith(`${prefix} `) || reference.startsWith(`${prefix}(`)) return framework.controls.has(parent) ? parent : undefined;
  }
  // "Art.14(4)(e)" → "Art.14"
  const article = reference.match(/^(Art\.\d+)/)?.[1];
  if (article && framework.controls.has(article)) return article;
  return undefined;
}

/** Whether a cited reference is, or lies within, a provision: "Art.14(4)(e)" is within "Art.14(4)". */
export function within(reference: string, provision: string): boolean {
  return reference === provision || reference.startsWith(`${provision}(`);
}

/** The shape of an EU AI Act reference (also the pack schema's pattern, checked first there). */
const EU_REFERENCE = /^(?:Art\.\d+(?:\(\d+\))?(?:\([a-z]\))?(?:\((?:i{1,3}|iv|vi{0,3}|ix|x)\))?|Annex [IVX]+(?: Section [A-Z0-9])?(?: \d+(?:\.\d+)?)?(?:\([a-z]\))?)$/;

/**
 * Why a reference a rule cites (its `controls` mapping) is not an identifier of the framework,
 * or undefined when it is one. Each mapping key of a rule is checked with this one function.
 */
export function unknownControlReference(framework: Framework, reference: string): string | undefined {
  const citable = framework.citable;
  if (!citable) {
    if (framework.controls.has(reference)) return undefined;
    const guess = closest(reference, [...framework.controls.keys()]);
    return `is not a control of ${framework.name}${guess ? ` (did you mean "${guess}"?)` : ''}`;
  }
  if (!EU_REFERENCE.test(reference)) return 'is not an EU AI Act reference such as Art.14(4)(e) or Annex IV 2(d)';
  if (citable.ids.has(reference)) return undefined;
  // The deepest provision that exists, and what it does have.
  let known = parentOf(reference);
  while (known !== undefined && !citable.ids.has(known)) known = parentOf(known);
  if (known === undefined) {
    const kind = reference.startsWith('Art.') ? 'articles' : 'annexes';
    const roots = (citable.children.get('') ?? []).filter((id) => id.startsWith('Art.') === (kind === 'articles'));
    return `is not in the EU AI Act: its ${kind} are ${span(roots)}`;
  }
  // Relative to it: "(a)" under "Art.10(2)", "1" under "Annex IV", "3.1" (not ".1") under "Annex VII 3".
  const under = (citable.children.get(known) ?? []).map((id) => (id.slice(known.length).startsWith('.') ? id.slice(id.lastIndexOf(' ') + 1) : id.slice(known.length).trim()));
  return `is not in the EU AI Act: ${known} ${under.length ? `has ${span(under)}` : 'has no numbered paragraphs or points'}`;
}

/** Why an id of a pack's `frameworks:` list is not a control the framework reports, or undefined. */
export function unknownCoverageControl(framework: Framework, id: string): string | undefined {
  if (framework.controls.has(id)) return undefined;
  if (framework.citable) {
    // A provision that does not exist says so; one that does is named by the control it counts toward.
    const missing = EU_REFERENCE.test(id) ? unknownControlReference(framework, id) : undefined;
    if (missing) return missing;
    const control = EU_REFERENCE.test(id) ? controlOf(framework, id) : undefined;
    if (control) return `is not a control that ${framework.name} reports: it counts toward "${control}"`;
    if (EU_REFERENCE.test(id)) return `is not a control that ${framework.name} reports`;
  }
  const guess = closest(id, [...framework.controls.keys()]);
  return `is not a control that ${framework.name} reports${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

/** "(1) to (6)" or "Annex I to Annex XIII" for a run numbered without gaps, else the ids listed. */
function span(ids: readonly string[]): string {
  if (ids.length <= 2) return ids.join(' and ');
  const ordinal = (id: string) => {
    const bare = id.endsWith(')') ? id.slice(0, -1) : id;
    const label = bare.slice(Math.max(bare.lastIndexOf('.'), bare.lastIndexOf('('), bare.lastIndexOf(' ')) + 1);
    if (/^\d+$/.test(label)) return Number(label);
    if (/^[IVX]+$/.test(label) && id.startsWith('Annex')) return ROMAN.indexOf(label.toLowerCase()) + 1;
    return /^[a-z]$/.test(label) ? label.charCodeAt(0) : NaN;
  };
  const numbers = ids.map(ordinal);
  const run = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] as number) + 1);
  return run ? `${ids[0]} to ${ids[ids.length - 1]}` : ids.join(', ');
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii'];
