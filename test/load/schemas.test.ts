import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, checkSchemaWith, explainSchemaErrors, MAX_LISTED_ERRORS, moreProblems, validatorFor } from '../../src/load/schema.js';
import { libraries } from '../../src/load/lazy.js';
// @ts-expect-error: a plain script, without types
import { GENERATED, generateValidators, MAX_ERRORS } from '../../scripts/compile-schemas.mjs';

const SCHEMAS = fs.readdirSync(path.join(import.meta.dirname, '..', '..', 'schemas')).filter((f) => f.endsWith('.json'));

describe('schemas/', () => {
  // Compiling in ajv's strict mode throws on a flawed schema; that must happen here, not in a user's run.
  it('compile (strict mode) to exactly the committed src/load/schema-validators.generated.ts', () => {
    const text = (generateValidators as () => string)();
    expect(text === fs.readFileSync(GENERATED as string, 'utf8'), 'stale: run node scripts/compile-schemas.mjs').toBe(true);
  });

  it.each(SCHEMAS)('%s has a compiled validator', (file) => {
    expect(typeof validatorFor(file)).toBe('function');
  });

  it.each(SCHEMAS)('%s is bundled as compiled, for the validator that stops at its first problem', (file) => {
    const { schemasByFile } = libraries() as unknown as { schemasByFile: Record<string, { $id?: string }> };
    expect(schemasByFile[file]?.$id).toMatch(new RegExp(`/${file.replace(/\./g, '\\.')}$`));
  });

  it('the compiled validators stop counting where checkSchema stops listing', () => {
    expect(MAX_ERRORS).toBe(MAX_LISTED_ERRORS);
  });

  it('a schema file that was never compiled is an error that says how to compile it', () => {
    expect(() => validatorFor('missing.schema.json')).toThrow(/compile-schemas/);
  });
});

// A oneOf whose branches differ by type: the type error of the branch that did not apply hid the
// oneOf's own error, so a document in none of the shapes had no issue and was read as valid.
describe('a document that fails its schema has an issue', () => {
  const compile = (schema: object) => {
    const { Ajv2020 } = libraries() as unknown as { Ajv2020: new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: never[] | null } } };
    return new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(schema);
  };
  const shapes = compile({
    type: ['object', 'array'],
    oneOf: [
      { type: 'object', required: ['a'], properties: { a: true } },
      { type: 'array', description: 'a list' },
    ],
  });

  it.each([
    [{ b: 1 }, 'must be one of the allowed shapes, found a mapping'],
    ['text', 'must be a mapping or a list, found text "text"'],
  ])('%j: %s', (data, message) => {
    expect(shapes(data)).toBe(false);
    expect(explainSchemaErrors(shapes.errors ?? [], data).map((issue) => issue.message)).toEqual([message]);
  });

  it('even when every error is one a summary would stand for', () => {
    const anyOf = compile({ anyOf: [{ type: 'object', required: ['a'], properties: { a: true } }, { type: 'string' }] });
    expect(anyOf({})).toBe(false);
    const branchesOnly = (anyOf.errors ?? []).filter((e: { schemaPath: string }) => e.schemaPath.includes('/anyOf/'));
    expect(explainSchemaErrors(branchesOnly, {})).not.toEqual([]);
  });
});

describe('a document with more schema problems than are listed', () => {
  // New user: "(and 1 more problem)" never said which.
  it('names the others when there are two or three', () => {
    const issue = (message: string) => ({ path: [], message });
    expect(moreProblems([issue('missing required field "protected_attributes"'), issue('results: must be a list')])).toBe(' (and results: must be a list)');
    expect(moreProblems([issue('a'), issue('b'), issue('c')])).toBe(' (and b; c)');
    expect(moreProblems([issue('a'), issue('b'), issue('c'), issue('d')])).toBe(' (and 3 more problems, the next: b)');
    expect(moreProblems([issue('a')])).toBe('');
  });

  const garak = (lines: number) => [{ entry_type: 'init', garak_version: '0.14.0' }, ...Array.from({ length: lines }, () => ({}))];

  it('up to the cap, every problem is listed', () => {
    const issues = checkSchema('garak-report.schema.json', garak(100));
    // Five a line: no shape, three fields, entry_type (not the if's "must match then": its then's fields say why).
    expect(issues).toHaveLength(500);
    expect(issues[0]?.message).toBe('[1]: must be one of the allowed shapes, found a mapping');
    expect(moreProblems(issues)).toBe(' (and 499 more problems, the next: [1]: missing required field "probe")');
  });

  it('past it, the first problem and an issue that says there are more; nothing counted per item', () => {
    const issues = checkSchema('garak-report.schema.json', garak(MAX_LISTED_ERRORS));
    expect(issues.map((issue) => issue.message)).toEqual(['[1]: must be one of the allowed shapes, found a mapping', 'more than 10,000 problems in all, not listed']);
    expect(issues[1]?.beyondLimit).toBe(true);
    expect(moreProblems(issues)).toBe(' (and more than 10,000 other problems)');
  });

  // Errors an anyOf branch counts may be undone by another branch: past the cap, the verdict is the
  // first-problem validator's, so a valid document is still valid. (No valid document reaches the
  // cap with today's schemas; a validator that throws at once stands for one that would.)
  it('past the cap, a valid document is still valid, and an invalid one still invalid', () => {
    const { TOO_MANY_ERRORS } = libraries() as unknown as { TOO_MANY_ERRORS: unknown };
    const reachesCap = Object.assign(() => {
      throw TOO_MANY_ERRORS;
    }, { errors: null });
    const valid = [{ entry_type: 'init', garak_version: '0.14.0' }];
    expect(checkSchema('garak-report.schema.json', valid)).toEqual([]);
    expect(checkSchemaWith(reachesCap, 'garak-report.schema.json', valid)).toEqual([]);
    expect(checkSchemaWith(reachesCap, 'garak-report.schema.json', garak(1)).map((issue) => issue.message)).toEqual([
      '[1]: must be one of the allowed shapes, found a mapping',
      'more than 10,000 problems in all, not listed',
    ]);
  });

  it('a valid document of any size has none', () => {
    const lines = Array.from({ length: 2 * MAX_LISTED_ERRORS }, (_, i) => ({ entry_type: 'eval', probe: `dan.Probe${i}`, detector: 'dan.DAN', passed: 9, total_evaluated: 10 }));
    expect(checkSchema('garak-report.schema.json', [{ entry_type: 'init', garak_version: '0.14.0' }, ...lines])).toEqual([]);
  });
});
