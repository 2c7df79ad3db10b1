/**
 * Rules and resolved policies, as plain data: what packs say (RawPack), a rule's definition, and
 * the policy they resolve to (ResolvedPolicy), which can cross to a worker thread as it is.
 * evaluate/policy.ts compiles it into check closures.
 */
import type { FrameworkKey } from './frameworks.js';
import type { LifecycleStage, RiskTier } from '../load/manifest.js';
import type { Controls, Location, Severity } from '../types.js';

export type SeveritySetting = Severity | 'off';

/** Which AI Act application dates are in force: the Regulation's Art. 113, or the Digital Omnibus's (obligations.ts). */
export type Timeline = 'regulation' | 'digital-omnibus';

export interface Applicability {
  tiers?: RiskTier[];
  stages?: LifecycleStage[];
  labels?: string[];
  /** YYYY-MM-DD: the rule applies from this date (an obligation's application date). */
  from?: string;
  /** An EU AI Act article (Art.9): the rule applies when that obligation applies to the system
   *  (its tier and roles) and is in force on the as-of date under the policy's timeline. */
  obligation?: string;
  /** true: the rule applies only to a system whose output may concern natural persons, not to one
   *  whose manifest declares `bias.notApplicable` and can (evaluate/functions/bias-not-applicable.ts);
   *  false, from a pack that adjusts the rule: the declaration spares it nothing. */
  affectsPersons?: boolean;
}

export interface ThenClause {
  field?: string;
  function: string;
  options?: Record<string, unknown>;
}

/** A rule as written in a pack or the catalogue. */
export interface RuleDefinition {
  id: string;
  title: string;
  description?: string;
  severity: SeveritySetting;
  when?: Applicability;
  given?: string[];
  then?: ThenClause[];
  /** Template; `{{error}}` is the check function's own sentence. */
  message?: string;
  remediation: string;
  docs: string;
  /** Controls the check evidences: it judges the content of a document or report. */
  evidences: Controls;
  /** Controls the check only supports: something is declared, or a file is present. */
  supports: Controls;
  /** Produced by the engine while loading documents, not by given/then. */
  core?: boolean;
  /** Cannot be turned off or lowered. */
  locked?: boolean;
  /** false: no waiver may excuse a failure of this rule. */
  waivable?: boolean;
  /** A system with nothing for the rule to check fails it instead of being not applicable. */
  required?: boolean;
  /** Where the definition was written (for policy errors). */
  definedIn: Location;
}

export interface WaiverSettings {
  /** Longest a waiver may run, in days from today. */
  maxDays: number;
  /** Fewest characters a justification may have. */
  minJustification: number;
  /** Days before expiry to flag a waiver. */
  warnDays: number;
}

/** Severities for the systems whose manifest path matches `files` (globs, repository-relative). */
export interface PathOverride {
  files: string[];
  rules: Record<string, SeveritySetting>;
  definedIn: Location;
}

/** A rule a policy runs: its severity is set, not `off`. */
export interface ActiveRule extends RuleDefinition {
  severity: Severity;
}

/** A policy's settings and rules; `R` is each active rule: as data, or compiled (evaluate/policy.ts). */
export interface PolicyOf<R extends ActiveRule> {
  /** The packs that were read, outermost first (`./org.yaml`, `baseline`). */
  packs: string[];
  /** In order: parents' first, the including pack's last (later wins). */
  overrides: PathOverride[];
  waivers: WaiverSettings;
  /** Frameworks to report coverage for (merged along extends). */
  coverage: CoverageScope;
  /** Which AI Act application dates are in force (the including pack's choice wins). */
  timeline: Timeline;
  /** Globs (repository-relative) of files and folders discovery leaves out (added up along extends). */
  exclude: string[];
  /** Controls the policy declares not applicable, each with its justification (merged along extends). */
  exclusions: ControlExclusions;
  /** Active rules (severity not `off`), sorted by id. */
  rules: R[];
  byId: ReadonlyMap<string, R>;
  /** Every rule the catalogue and packs know, active or not (for `modelgate rules`). */
  known: ReadonlyMap<string, RuleDefinition>;
  /** Where a pack's `rules:` last set each rule (the outermost pack wins), off ones included. */
  setAt: ReadonlyMap<string, Location>;
  /**
   * Where the outermost pack that sets it writes each of the other settings: a top-level key
   * (`exclude`, `euAiAct`, `waivers`, `frameworks`, `exclusions`), and an item of one
   * (`exclude\u0000<glob>`, `frameworks\u0000<key>`, `exclusions\u0000<control>`) by keyAtName.
   */
  keyAt: ReadonlyMap<string, Location>;
}

/** The name keyAt files a setting under: a pack key, or an item of it. */
export function keyAtName(key: string, item?: string): string {
  return item === undefined ? key : `${key}\u0000${item}`;
}

/** The policy once every pack is read and merged: plain data, the same on every thread. */
export type ResolvedPolicy = PolicyOf<ActiveRule>;

/** A rule as a pack writes it (`rules: { id: { … } }`). */
export interface RawRule {
  title?: string;
  description?: string;
  severity?: SeveritySetting;
  when?: RuleDefinition['when'];
  given?: string | string[];
  then?: ThenClause | ThenClause[];
  message?: string;
  remediation?: string;
  docs?: string;
  evidences?: Controls;
  supports?: Controls;
  core?: boolean;
  locked?: boolean;
  waivable?: boolean;
  required?: boolean;
}

/** A pack file as written (policy-pack.schema.json). */
export interface RawPack {
  name?: string;
  description?: string;
  extends?: string | string[];
  frameworks?: Partial<Record<FrameworkKey, 'all' | string[]>>;
  euAiAct?: { timeline?: Timeline };
  waivers?: Partial<WaiverSettings>;
  exclude?: string[];
  exclusions?: { iso42001?: Record<string, string> };
  overrides?: Array<{ files: string[]; rules: Record<string, SeveritySetting> }>;
  rules?: Record<string, SeveritySetting | RawRule>;
}

/**
 * Annex A controls of ISO/IEC 42001 a policy excludes from its Statement of Applicability
 * (clause 6.1.3 asks each exclusion to be justified), by control id. `pack`: the pack that set it.
 */
export interface ControlExclusions {
  iso42001?: Record<string, { justification: string; pack: string }>;
}

/** The frameworks whose coverage a policy reports: all controls, or the ones listed (merged along extends). */
export type CoverageScope = Map<FrameworkKey, 'all' | string[]>;
