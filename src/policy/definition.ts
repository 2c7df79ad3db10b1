/**
 * One rule's definition as packs write it: a full definition checked at its own lines, and the
 * partial adjustments packs make to a known rule. The check functions a rule may name are given
 * by the caller (evaluate's catalogue), so the policy stage never imports what runs the checks.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { libraries } from '../load/lazy.js';
import { explainSchemaErrors } from '../load/schema.js';
import { closest } from '../text/closest.js';
import type { SourceDoc } from '../load/source-doc.js';
import { severityRank, UsageError, type Location, type PathSegment } from '../types.js';
import { parseField, parseGiven } from './path.js';
import { locate } from './sources.js';
import type { RawRule, RuleDefinition, SeveritySetting, ThenClause } from './types.js';

/** What the policy stage needs to know of each check function: its name and options schema. */
export type CheckCatalogue = Pick<ReadonlyMap<string, { name: string; optionsSchema: object }>, 'get' | 'keys'>;

export const DOCS_URL = 'https://github.com/modelgate/modelgate/blob/main/docs/rules.md';

/** GitHub's anchor for a rule's heading in docs/rules.md (`card/intended-use` → `cardintended-use`). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

export function docsUrl(id: string): string {
  return `${DOCS_URL}#${ruleAnchor(id)}`;
}

export const TEMPLATE_VARIABLES = ['error', 'path', 'system', 'title'];
/**
 * A `{{ name }}` tag in a rule message. The name stops at the next brace, so a message of
 * thousands of unclosed `{{` is read once, not once per opener (`[^}]*?` rescanned to the end).
 */
export const TEMPLATE_TAG = /\{\{([^{}]*)\}\}/g;

/** The fields that decide what a rule checks and where: fixed once a rule is locked. */
export const LOCKED_FIELDS = ['when', 'given', 'then', 'core'] as const;

export function lowers(from: SeveritySetting, to: SeveritySetting): boolean {
  if (to === 'off') return true;
  if (from === 'off') return false;
  return severityRank(to) < severityRank(from);
}

/** A known rule with a pack's partial mapping (no `then`) applied. */
export function adjust(current: RuleDefinition, raw: RawRule): RuleDefinition {
  const next: RuleDefinition = { ...current };
  if (raw.title !== undefined) next.title = raw.title;
  if (raw.description !== undefined) next.description = raw.description;
  if (raw.severity !== undefined) next.severity = raw.severity;
  // A pack narrows a shared rule (tiers, an application date) without losing its stage gates.
  if (raw.when !== undefined) next.when = { ...current.when, ...raw.when };
  if (raw.message !== undefined) next.message = raw.message;
  if (raw.remediation !== undefined) next.remediation = raw.remediation;
  if (raw.docs !== undefined) next.docs = raw.docs;
  // A pack maps a shared rule to more frameworks without losing the mappings it has.
  if (raw.evidences !== undefined) next.evidences = { ...current.evidences, ...raw.evidences };
  if (raw.supports !== undefined) next.supports = { ...current.supports, ...raw.supports };
  if (raw.waivable !== undefined) next.waivable = raw.waivable;
  // "Nothing to check" fails a required rule (no evidence entry declares a sha256, say).
  if (raw.required !== undefined) next.required = raw.required;
  // A governance pack may lock a rule it selects, so packs that extend it cannot weaken it.
  if (raw.locked) next.locked = true;
  return next;
}

/**
 * A full definition (with `given` and `then`, or a core rule). `functions`: check its clauses now,
 * at their own lines, rather than when it first runs; undefined for the trusted catalogue.
 */
export function fullDefinition(id: string, raw: RawRule, at: Location, doc: SourceDoc, file: string, functions: CheckCatalogue | undefined): RuleDefinition {
  for (const field of ['title', 'severity', 'remediation'] as const) {
    if (raw[field] === undefined) throw new UsageError(`rule ${id} must have "${field}"`, at);
  }
  if (!raw.core && (raw.given === undefined || raw.then === undefined)) {
    throw new UsageError(`rule ${id} must have "given" and "then" (or be a core rule)`, at);
  }
  const definition: RuleDefinition = {
    id,
    title: raw.title as string,
    severity: raw.severity as SeveritySetting,
    remediation: raw.remediation as string,
    // Only the catalogue's rules are documented in docs/rules.md; a pack's own rule links to its
    // `docs`, or to nothing (never to an anchor that does not exist).
    docs: raw.docs ?? (file.startsWith('policies/rules/') ? docsUrl(id) : ''),
    evidences: raw.evidences ?? {},
    supports: raw.supports ?? {},
    definedIn: at,
  };
  if (raw.description !== undefined) definition.description = raw.description;
  if (raw.when !== undefined) definition.when = raw.when;
  if (raw.message !== undefined) definition.message = raw.message;
  if (raw.core) definition.core = true;
  if (raw.locked) definition.locked = true;
  if (raw.waivable === false) definition.waivable = false;
  if (raw.required) definition.required = true;
  if (raw.given !== undefined) definition.given = ([] as string[]).concat(raw.given);
  if (raw.then !== undefined) definition.then = ([] as ThenClause[]).concat(raw.then);
  if (functions) validateChecks(definition, doc, file, functions);
  return definition;
}

function validateChecks(rule: RuleDefinition, doc: SourceDoc, file: string, functions: CheckCatalogue): void {
  const base: PathSegment[] = ['rules', rule.id];
  rule.given?.forEach((given, index) => {
    try {
      parseGiven(given);
    } catch (error) {
      const where: PathSegment[] = rule.given!.length > 1 ? [...base, 'given', index] : [...base, 'given'];
      throw new UsageError(`rule ${rule.id}: given ${(error as Error).message}`, locate(doc, file, where));
    }
  });
  rule.then?.forEach((then, index) => {
    const where: PathSegment[] = rule.then!.length > 1 ? [...base, 'then', index] : [...base, 'then'];
    const fn = functions.get(then.function);
    if (!fn) {
      const guess = closest(then.function, [...functions.keys()]);
      throw new UsageError(
        `rule ${rule.id}: unknown check function "${then.function}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        locate(doc, file, [...where, 'function']),
      );
    }
    if (then.field !== undefined) {
      try {
        parseField(then.field);
      } catch (error) {
        throw new UsageError(`rule ${rule.id}: ${(error as Error).message}`, locate(doc, file, [...where, 'field']));
      }
    }
    const issues = optionIssues(fn.name, fn.optionsSchema, then.options ?? {});
    const first = issues[0];
    if (first) {
      throw new UsageError(`rule ${rule.id}: options for ${fn.name}: ${first.message}`, locate(doc, file, [...where, 'options', ...first.path]));
    }
  });
  if (rule.message !== undefined) {
    for (const [, tag] of rule.message.matchAll(TEMPLATE_TAG)) {
      const name = (tag as string).trim();
      if (!TEMPLATE_VARIABLES.includes(name)) {
        throw new UsageError(
          `rule ${rule.id}: unknown message variable {{${name}}}; use ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ')}`,
          locate(doc, file, [...base, 'message']),
        );
      }
    }
  }
}

const optionChecks = new Map<string, (data: unknown) => ReturnType<typeof explainSchemaErrors>>();
let sharedAjv: Ajv2020 | undefined;

function optionIssues(name: string, schema: object, options: unknown) {
  let check = optionChecks.get(name);
  if (!check) {
    sharedAjv ??= new (libraries().Ajv2020)({ allErrors: true, verbose: true, strict: true });
    const validate = sharedAjv.compile(schema);
    check = (data) => (validate(data) ? [] : explainSchemaErrors(validate.errors ?? [], data));
    optionChecks.set(name, check);
  }
  return check(options);
}
