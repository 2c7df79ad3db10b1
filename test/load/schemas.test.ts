import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/load/schema.js';
// @ts-expect-error: a plain script, without types
import { GENERATED, generateValidators } from '../../scripts/compile-schemas.mjs';

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

  it('a schema file that was never compiled is an error that says how to compile it', () => {
    expect(() => validatorFor('missing.schema.json')).toThrow(/compile-schemas/);
  });
});
