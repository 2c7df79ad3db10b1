#!/usr/bin/env node
// Builds the committed bundles: TypeScript 7 compiles src/ to build/ (tsc is native and has no
// JS API, so ncc cannot compile TypeScript itself), then ncc bundles the Action and the CLI.
//   dist/index.js       the Action (action.yml: runs.main)
//   dist/cli/index.js   the `modelgate` command (package.json: bin)
//   dist/policies.json  the bundled policies, parsed (src/policy/snapshot.ts), with
//   dist/policy-positions.json
// First the JSON Schemas are compiled to validator code (scripts/compile-schemas.mjs).
// The output must be byte-for-byte reproducible: CI rebuilds and diffs it.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('node', ['scripts/compile-schemas.mjs']); // src/load/schema-validators.generated.ts
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// --no-cache: ncc's webpack cache (~/.cache/ncc) outlives a checkout, and a build from a stale
// cache numbered some imports differently, so dist/ was not reproduced on a clean clone.
// The licences of each bundle come from its webpack stats (scripts/licenses.mjs): ncc's --license
// lists only the last chunk's packages.
run('npx', ['ncc', 'build', 'build/index.js', '-o', 'dist', '--quiet', '--no-cache', '--stats-out', 'build/stats-action.json']);
run('npx', ['ncc', 'build', 'build/bin.js', '-o', 'dist/cli', '--quiet', '--no-cache', '--stats-out', 'build/stats-cli.json']);
run('node', ['scripts/licenses.mjs', 'build/stats-action.json', 'dist/licenses.txt']);
run('node', ['scripts/licenses.mjs', 'build/stats-cli.json', 'dist/cli/licenses.txt']);
chmodSync('dist/cli/index.js', 0o755);
run('node', ['scripts/snapshot-policies.mjs']); // the bundled policies, parsed ahead (start-up time)
rmSync('build', { recursive: true, force: true });
