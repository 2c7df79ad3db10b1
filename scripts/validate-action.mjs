#!/usr/bin/env node
// Validates action.yml and the workflows with @action-validator/cli (SchemaStore's schemas).
// Its bundled schema (0.6.0) predates `runs.using: node24`, which GitHub's runners support
// (REFERENCE.md, "Runtime"): so node24 is checked here, and the rest of action.yml is validated
// with that one value stood in for by node20. Any other schema error fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const validate = (file) => execFileSync('npx', ['--no-install', 'action-validator', file], { stdio: 'inherit' });

const action = readFileSync('action.yml', 'utf8');
if (!/^runs:\n {2}using: node24\n/m.test(action)) {
  console.error('action.yml: runs.using must be node24');
  process.exit(1);
}
const standDir = mkdtempSync(join(tmpdir(), 'modelgate-action-'));
const stand = join(standDir, 'action.yml');
writeFileSync(stand, action.replace(/^( {2}using: )node24$/m, '$1node20'));
try {
  validate(stand);
} finally {
  rmSync(standDir, { recursive: true, force: true });
}
console.log('action.yml: valid (runs.using: node24)');
for (const name of readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f))) {
  validate(join('.github/workflows', name));
  console.log(`.github/workflows/${name}: valid`);
}
