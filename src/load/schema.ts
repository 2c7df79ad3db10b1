/**
 * JSON Schema validation with messages a person understands. ajv finds the violations; this
 * module says them in plain words at the path of the offending key ("owner: missing required
 * field "contact"", "lifecycle: "prod" is not allowed; use one of …, did you mean …").
 */
import type { ErrorObject } from 'ajv';
import { daysInMonth } from './calendar.js';
import { closest } from '../text/closest.js';
import { libraries } from './lazy.js';
import { formatPath, type PathSegment } from '../types.js';

export interface SchemaIssue {
  path: PathSegment[];
  message: string;
  /** Set for keys the schema does not know, which are reported by their own rule. */
  unknownField?: boolean;
  /** The last issue of a document with more than MAX_LISTED_ERRORS: says the rest are not listed. */
  beyondLimit?: true;
}

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The validator of a schema file in `schemas/`. The schemas are compiled ahead of time (by
 * scripts/compile-schemas.mjs, with their local $refs inlined so that validating a list of N
 * bad items stays linear); compiling them took about 80 ms on every thread of every run.
 */
export function validatorFor(schemaFile: string): Validator {
  const { validatorsByFile } = libraries();
  const validate = (validatorsByFile as Record<string, Validator | undefined>)[schemaFile];
  if (!validate || !Object.hasOwn(validatorsByFile, schemaFile)) {
    throw new Error(`no compiled validator for schemas/${schemaFile}: run node scripts/compile-schemas.mjs`);
  }
  return validate;
}

/**
 * Errors a compiled validator collects before it stops listing them (scripts/compile-schemas.mjs
 * caps each one at this count): a 5 MB list of bad items made millions of error objects, which
 * took minutes and gigabytes and then crashed the run.
 */
export const MAX_LISTED_ERRORS = 10_000;

/**
 * Validates `data` against a bundled schema and explains each violation. Past MAX_LISTED_ERRORS
 * errors, a validator that stops at the first problem gives the verdict (errors an `anyOf`
 * branch counted may still be undone by another branch), and an issue of its own says the rest
 * are not listed: so many problems is never read as few, or as none.
 */
export function checkSchema(schemaFile: string, data: unknown, written?: WrittenAs): SchemaIssue[] {
  return checkSchemaWith(validatorFor(schemaFile), schemaFile, data, written);
}

/**
 * The text the number or boolean `value` at `path` is written as in its file, where the caller
 * can say: a value that should be text is quoted back as written (`version: 1.0` reads as the
 * number 1, and "1" is not what was meant).
 */
export type WrittenAs = (path: readonly PathSegment[], value: number | boolean) => string | undefined;

/** checkSchema with the compiled validator given (tests give one that reaches the cap). */
export function checkSchemaWith(validate: Validator, schemaFile: string, data: unknown, written?: WrittenAs): SchemaIssue[] {
  try {
    return validate(data) ? [] : explainSchemaErrors(validate.errors ?? [], data, written);
  } catch (error) {
    if (error !== libraries().TOO_MANY_ERRORS) throw error;
  }
  const first = firstProblemValidatorFor(schemaFile);
  if (first(data)) return [];
  return [...explainSchemaErrors(first.errors ?? [], data, written), { path: [], message: `more than ${MAX_LISTED_ERRORS.toLocaleString('en-US')} problems in all, not listed`, beyondLimit: true }];
}

/** What a message adds after a document's first schema issue: how many more there are. */
export function moreProblems(issues: readonly SchemaIssue[]): string {
  if (issues.at(-1)?.beyondLimit) return ` (and more than ${MAX_LISTED_ERRORS.toLocaleString('en-US')} other problems)`;
  // Named when few (new user: "(and 1 more problem)" on an AIF360 export never said which, so
  // fixing the first brought up the second, one run at a time).
  if (issues.length > 1 && issues.length <= 3) return ` (and ${issues.slice(1).map((issue) => issue.message).join('; ')})`;
  return issues.length > 1 ? ` (and ${issues.length - 1} more problems, the next: ${issues[1]?.message})` : '';
}

const firstProblemValidators = new Map<string, Validator>();

/** A validator that stops at its first problem, compiled at first use: only documents past the cap need one. */
function firstProblemValidatorFor(schemaFile: string): Validator {
  let validate = firstProblemValidators.get(schemaFile);
  if (!validate) {
    const { Ajv2020, fullFormats, schemasByFile } = libraries();
    // As scripts/compile-schemas.mjs compiles them, without allErrors.
    const ajv = new Ajv2020({ allErrors: false, verbose: true, strict: true, allowUnionTypes: true });
    for (const format of ['date', 'date-time', 'email', 'uri'] as const) ajv.addFormat(format, fullFormats[format]);
    validate = ajv.compile((schemasByFile as Record<string, object>)[schemaFile] as object) as Validator;
    firstProblemValidators.set(schemaFile, validate);
  }
  return validate;
}

/** Fields a schema no longer has, with what replaced them (said where the replacements are known). */
const RENAMED_FIELDS: ReadonlyMap<string, { now: string[]; hint: string }> = new Map([
  ['controls', { now: ['evidences', 'supports'], hint: 'a rule\'s control references are now "evidences" (its check judges content) and "supports" (a declaration or a file\'s presence)' }],
]);

export function explainSchemaErrors(errors: readonly ErrorObject[], data: unknown, written?: WrittenAs): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  // Branch failures of an anyOf or oneOf are summarised by the anyOf or oneOf error itself. (A
  // oneOf branch's type error once hid that error, so a document that failed had no issue: valid.)
  const inBranch = (e: ErrorObject) => e.schemaPath.includes('/anyOf/') || e.schemaPath.includes('/oneOf/');
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type' && !inBranch(e)).map((e) => e.instancePath));
  const seen = new Set<string>();
  for (const error of errors) {
    // An if's "must match then" says no more than the then's own errors, listed beside it.
    if (inBranch(error) || error.keyword === 'if') continue;
    if (error.keyword !== 'type' && typeErrorAt.has(error.instancePath)) continue;
    const path = toSegments(error.instancePath, data);
    const issue = explain(error, path, written);
    const key = `${formatPath(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  // Whichever errors are left out above, a document that failed its schema has an issue.
  const first = errors[0];
  if (issues.length === 0 && first) issues.push(explain(first, toSegments(first.instancePath, data), written));
  return issues;
}

function explain(error: ErrorObject, path: PathSegment[], written?: WrittenAs): SchemaIssue {
  const where = formatPath(path);
  const prefix = where ? `${where}: ` : '';
  const params = error.params as Record<string, unknown>;
  const described = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'required':
      return { path, message: `${prefix}missing required field "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      // A Map: the field is the document's own key, and "__proto__" or "constructor" must find nothing.
      const renamed = RENAMED_FIELDS.get(field);
      const guess = closest(field, known);
      // Words with no value after a comma: `{ authority: approves, declines or refers, … }` ends
      // authority's value at the comma, and the rest reads as a key (new user).
      const owner = error.data as Record<string, unknown> | undefined;
      const split = / /.test(field.trim()) && owner !== null && typeof owner === 'object' && Object.hasOwn(owner, field) && owner[field] === null;
      const hint = renamed && renamed.now.every((f) => known.includes(f)) ? `: ${renamed.hint}` : guess ? ` (did you mean "${guess}"?)` : split ? ' (a comma inside { … } ends a value: if these words are the rest of the value before them, put that value in quotes)' : '';
      return { path: [...path, field], message: `${prefix}unknown field "${field}"${hint}`, unknownField: true };
    }
    case 'type': {
      const expected = ([] as string[]).concat(params.type as string | string[]);
      const scalar = typeof error.data === 'number' || typeof error.data === 'boolean';
      // What was written, when the caller knows and it is a plain scalar; else the value read.
      const source = scalar ? written?.(path, error.data as number | boolean) : undefined;
      const quoted = () => (source && source.length <= 40 ? source : String(error.data));
      const hint = expected.includes('string') && scalar ? ` (quote it: "${quoted()}")` : '';
      return { path, message: `${prefix}must be ${expected.map(article).join(' or ')}, found ${describeType(error.data)}${hint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        path,
        message: `${prefix}${quote(error.data)} is not allowed; use one of: ${allowed.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      };
    }
    case 'const':
      return { path, message: `${prefix}must be ${quote(params.allowedValue)}` };
    case 'pattern':
      return { path, message: `${prefix}${quote(error.data)} is not valid: expected ${described ?? `text matching ${String(params.pattern)}`}` };
    case 'format': {
      const names: Record<string, string> = {
        date: 'a date written YYYY-MM-DD',
        'date-time': 'a date and time in ISO 8601 (2026-01-31T12:00:00Z)',
        email: 'an email address',
        uri: 'a URL',
      };
      // Written in the shape, but no day of the calendar ("2027-31-01"): say which part is wrong.
      const parts = params.format === 'date' && typeof error.data === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(error.data) : null;
      if (parts) {
        const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
        const days = daysInMonth(year, month);
        const wrong = days === 0 ? `there is no month ${month}` : day === 0 ? 'there is no day 0' : `month ${month} of ${parts[1]} has ${days} days`;
        return { path, message: `${prefix}${quote(error.data)} is no date: ${wrong} (written YYYY-MM-DD)` };
      }
      return { path, message: `${prefix}${quote(error.data)} is not ${names[String(params.format)] ?? `a valid ${String(params.format)}`}` };
    }
    case 'minLength': {
      // "Not ours." against a 20-character minimum is not empty: say what is needed.
      const limit = Number(params.limit);
      const found = typeof error.data === 'string' ? [...error.data].length : 0;
      return { path, message: limit <= 1 || found === 0 ? `${prefix}must not be empty` : `${prefix}must be at least ${limit} characters long, found ${found}` };
    }
    case 'minItems':
      return { path, message: `${prefix}must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: `${prefix}must be ${String(params.comparison)} ${String(params.limit)}, found ${quote(error.data)}` };
    case 'anyOf':
    case 'oneOf':
      return { path, message: `${prefix}must be ${described ?? 'one of the allowed shapes'}, found ${describeType(error.data)}` };
    default:
      return { path, message: `${prefix}${error.message ?? 'is not valid'}` };
  }
}

/** JSON Pointer → path segments, with array indices as numbers. */
function toSegments(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    segments.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return segments;
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'empty',
  };
  return words[type] ?? type;
}

export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${quote(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}"`;
}
