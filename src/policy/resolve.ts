/**
 * Resolves a tree of packs (sources.ts) into the policy that runs, as plain data.
 *
 * Resolution (deterministic, documented in docs/policy.md):
 *   1. The rule catalogue (`policies/rules/*.yaml`) defines every bundled rule; none is active
 *      until a pack selects it.
 *   2. A pack first applies what it `extends`, in order: a later entry overrides an earlier one.
 *   3. Then its own `rules`, each of which is
 *        - a severity (`card/license: warning`, `… : off`): select a known rule or change its severity;
 *        - a partial mapping without `then` (`{ severity, when, message, … }`): adjust a known rule;
 *        - a full definition (with `given` and `then`): define a rule, or replace one by id.
 *      The pack that includes another always wins over it.
 *   4. `locked` rules cannot be turned off or lowered.
 * Every problem is a `UsageError` with the pack file, line and column (exit code 2).
 */
import { globProblem } from '../fs/glob.js';
import { closest } from '../text/closest.js';
import { quoted } from '../load/source-doc.js';
import { UsageError, type Location, type Severity } from '../types.js';
import { ruleCatalogue } from './catalogue.js';
import { adjust, fullDefinition, LOCKED_FIELDS, lowers, type CheckCatalogue } from './definition.js';
import { loadFrameworks, type FrameworkKey } from './frameworks.js';
import { DEFAULT_TIMELINE, isKnownObligation, type Timeline } from './obligations.js';
import { locate, locateKey, type PackNode } from './sources.js';
import { keyAtName, type ActiveRule, type ControlExclusions, type CoverageScope, type PathOverride, type ResolvedPolicy, type RuleDefinition, type WaiverSettings } from './types.js';

const DEFAULT_WAIVER_SETTINGS: WaiverSettings = { maxDays: 180, minJustification: 20, warnDays: 14 };

interface Entry {
  definition: RuleDefinition;
  /** The `rules:` entry that set it, when a pack did. */
  setAt?: Location;
}

/** What resolution gathers along the whole tree. */
interface Gathered {
  packs: string[];
  known: Map<string, RuleDefinition>;
  coverage: CoverageScope;
  timeline: Timeline;
  waivers: WaiverSettings;
  overrides: PathOverride[];
  exclude: string[];
  exclusions: ControlExclusions;
  functions: CheckCatalogue;
  keyAt: Map<string, Location>;
}

/** The policy `tree` describes. `functions`: the check functions a pack's own rules may name. */
export function resolvePolicy(tree: PackNode, functions: CheckCatalogue): ResolvedPolicy {
  const gathered: Gathered = { packs: [], known: new Map(ruleCatalogue()), coverage: new Map(), timeline: DEFAULT_TIMELINE, waivers: { ...DEFAULT_WAIVER_SETTINGS }, overrides: [], exclude: [], exclusions: {}, functions, keyAt: new Map() };
  const resolution = resolvePack(tree, gathered);
  // Locked rules (an unreadable manifest, say) run whatever the packs select.
  for (const [id, definition] of gathered.known) {
    if (definition.locked && !resolution.has(id)) resolution.set(id, { definition });
  }
  const rules: ActiveRule[] = [];
  for (const [, { definition }] of [...resolution].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (definition.severity !== 'off') rules.push({ ...definition, severity: definition.severity as Severity });
  }
  const setAt = new Map<string, Location>();
  for (const [id, entry] of resolution) if (entry.setAt) setAt.set(id, entry.setAt);
  const { packs, overrides, waivers, coverage, timeline, known, exclusions } = gathered;
  return { packs, overrides, waivers, coverage, timeline, exclude: [...new Set(gathered.exclude)], exclusions, rules, byId: new Map(rules.map((r) => [r.id, r])), known, setAt, keyAt: gathered.keyAt };
}

/** A glob of the pack that picomatch could take minutes to match a path with is refused where it is written. */
function refuseGlob(glob: string, at: () => Location): void {
  const problem = globProblem(glob);
  if (problem) throw new UsageError(`glob ${quoted(glob)}: ${problem}`, at());
}

/** Records in `keyAt` where `pack` writes the settings a pull request's change can be about (policy/changes.ts). */
function noteKeys(pack: PackNode['pack'], doc: PackNode['doc'], display: string, keyAt: Map<string, Location>): void {
  if (pack.euAiAct !== undefined) keyAt.set(keyAtName('euAiAct'), locateKey(doc, display, ['euAiAct']));
  if (pack.waivers !== undefined) keyAt.set(keyAtName('waivers'), locateKey(doc, display, ['waivers']));
  if (pack.exclude !== undefined) keyAt.set(keyAtName('exclude'), locateKey(doc, display, ['exclude']));
  (pack.exclude ?? []).forEach((glob, i) => keyAt.set(keyAtName('exclude', glob), locate(doc, display, ['exclude', i])));
  if (pack.frameworks !== undefined) keyAt.set(keyAtName('frameworks'), locateKey(doc, display, ['frameworks']));
  for (const key of Object.keys(pack.frameworks ?? {})) keyAt.set(keyAtName('frameworks', key), locateKey(doc, display, ['frameworks', key]));
  if (pack.exclusions !== undefined) keyAt.set(keyAtName('exclusions'), locateKey(doc, display, ['exclusions']));
  for (const control of Object.keys(pack.exclusions?.iso42001 ?? {})) keyAt.set(keyAtName('exclusions', control), locateKey(doc, display, ['exclusions', 'iso42001', control]));
}

function resolvePack(node: PackNode, gathered: Gathered): Map<string, Entry> {
  const { pack, doc, display } = node;
  const { known } = gathered;
  gathered.packs.push(display);
  const resolution = new Map<string, Entry>();
  for (const parent of node.parents) {
    for (const [id, entry] of resolvePack(parent, gathered)) resolution.set(id, entry);
  }

  // Per-path overrides: the parents' were added while resolving them, so this pack's come last and win.
  (pack.overrides ?? []).forEach((override, index) => {
    for (const [id, severity] of Object.entries(override.rules)) {
      const at = locate(doc, display, ['overrides', index, 'rules', id]);
      const rule = resolution.get(id)?.definition ?? known.get(id);
      if (!rule) {
        const guess = closest(id, [...known.keys()]);
        throw new UsageError(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, locateKey(doc, display, ['overrides', index, 'rules', id]));
      }
      if (rule.locked && lowers(rule.severity, severity)) throw new UsageError(`rule ${id} is locked: an override cannot turn it off or lower it`, at);
    }
    override.files.forEach((glob, i) => refuseGlob(glob, () => locate(doc, display, ['overrides', index, 'files', i])));
    gathered.overrides.push({ files: override.files, rules: override.rules, definedIn: locate(doc, display, ['overrides', index]) });
  });

  // Where this pack writes each setting it has: after its parents', so the outermost pack's wins.
  // Only a repository's own packs: a pull request's change is shown in them, and locating in the
  // bundled ones would compose their positions on every run.
  if (!node.key.startsWith('bundled:') && !node.key.startsWith('remote:')) noteKeys(pack, doc, display, gathered.keyAt);

  // The AI Act timeline: the including pack wins, like everything else it sets.
  if (pack.euAiAct?.timeline) gathered.timeline = pack.euAiAct.timeline;

  // Waiver settings: the including pack wins, like everything else it sets.
  Object.assign(gathered.waivers, pack.waivers ?? {});

  // Exclusions add up along the chain: a pack can leave out more folders, never bring one back.
  (pack.exclude ?? []).forEach((glob, i) => refuseGlob(glob, () => locate(doc, display, ['exclude', i])));
  gathered.exclude.push(...(pack.exclude ?? []));

  // Control exclusions add up along the chain; the including pack's justification wins.
  for (const [control, justification] of Object.entries(pack.exclusions?.iso42001 ?? {})) {
    if (!loadFrameworks().get('iso42001')?.controls.has(control)) {
      const guess = closest(control, [...(loadFrameworks().get('iso42001')?.controls.keys() ?? [])]);
      throw new UsageError(`"${control}" is not an ISO/IEC 42001 Annex A control${guess ? ` (did you mean "${guess}"?)` : ''}`, locateKey(doc, display, ['exclusions', 'iso42001', control]));
    }
    (gathered.exclusions.iso42001 ??= {})[control] = { justification: justification.trim(), pack: display };
  }

  // Coverage scopes add up along the chain: a framework listed anywhere is reported.
  for (const [key, scope] of Object.entries(pack.frameworks ?? {}) as Array<[FrameworkKey, 'all' | string[]]>) {
    const listed = gathered.coverage.get(key);
    gathered.coverage.set(key, listed === 'all' || scope === 'all' ? 'all' : [...new Set([...(listed ?? []), ...scope])]);
  }

  for (const [id, raw] of Object.entries(pack.rules ?? {})) {
    const at = locate(doc, display, ['rules', id]);
    const current = resolution.get(id)?.definition ?? known.get(id);
    let next: RuleDefinition;
    if (typeof raw === 'string' || (raw.then === undefined && raw.given === undefined && !raw.core)) {
      if (!current) {
        const guess = closest(id, [...known.keys()]);
        const hint = typeof raw === 'string' ? '' : '; a new rule needs "given" and "then"';
        throw new UsageError(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}${hint}`, locateKey(doc, display, ['rules', id]));
      }
      next = typeof raw === 'string' ? { ...current, severity: raw } : adjust(current, raw);
    } else {
      next = fullDefinition(id, raw, at, doc, display, gathered.functions);
    }
    const obligation = typeof raw === 'string' ? undefined : raw.when?.obligation;
    if (obligation !== undefined && !isKnownObligation(obligation)) {
      const listed = [...(loadFrameworks().get('euAiAct')?.obligations.keys() ?? [])];
      throw new UsageError(`rule ${id}: when.obligation ${obligation} is not an obligation modelgate knows; use one of ${listed.join(', ')}, or a part of one its data lists (Art.53(1)(a))`, locate(doc, display, ['rules', id, 'when', 'obligation']));
    }
    if (current?.locked && lowers(current.severity, next.severity)) {
      throw new UsageError(`rule ${id} is locked: it cannot be turned off or lowered below ${current.severity}`, at);
    }
    if (current?.locked && current.required && !next.required) {
      throw new UsageError(`rule ${id} is locked: it cannot stop being required`, typeof raw === 'string' ? at : locate(doc, display, ['rules', id, 'required']));
    }
    // What a locked rule checks, and for which systems, is not a pack's to change: a narrower
    // `when` or a replaced `given`/`then` would switch it off as surely as `off` would.
    const rewritten = current?.locked && typeof raw !== 'string' ? LOCKED_FIELDS.filter((field) => raw[field] !== undefined) : [];
    if (rewritten.length > 0) {
      throw new UsageError(`rule ${id} is locked: a pack cannot change its ${rewritten.join(', ')}`, locate(doc, display, ['rules', id, rewritten[0] as string]));
    }
    if (current?.locked) next.locked = true;
    known.set(id, next);
    resolution.set(id, { definition: next, setAt: at });
  }
  return resolution;
}
