import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/load/schema.js';

const SCHEMAS = fs.readdirSync(path.join(import.meta.dirname, '..', '..', 'schemas')).filter((f) => f.endsWith('.json'));

describe('schemas/', () => {
  // ajv's strict mode throws when it compiles a flawed schema; that must happen here, not in a user's run.
  it.each(SCHEMAS)('%s compiles in strict mode', (file) => {
    expect(() => validatorFor(file)).not.toThrow();
  });
});
