#!/usr/bin/env node
// Writes dist/policies.json: every bundled policy file (policies/*.yaml, policies/rules/*.yaml)
// parsed, with the position of each node near the top, keyed by the file's SHA-256, and
// dist/policy-positions.json: the positions of the deeper nodes (see src/policy/snapshot.ts).
// Both are written in ASCII (\u escapes): Node reads an ASCII file into a string faster.
// Run by scripts/build.mjs with the freshly compiled build/ directory.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { loadLibraries } from '../build/load/lazy.js';
import { parseYaml } from '../build/load/yaml.js';
import { sha256, snapshotEntry } from '../build/policy/snapshot.js';

await loadLibraries(); // the parsers are loaded on demand (src/load/lazy.ts)
const files = [
  ...readdirSync('policies').filter((f) => f.endsWith('.yaml')).map((f) => `policies/${f}`),
  ...readdirSync('policies/rules').filter((f) => f.endsWith('.yaml')).map((f) => `policies/rules/${f}`),
].sort();
const snapshot = { entries: {}, positions: {} };
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const parsed = parseYaml(text, { file });
  if (!parsed.ok) throw new Error(`${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  // Only what survives JSON unchanged can be snapshotted (no .inf, no non-string keys).
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.doc.value)), parsed.doc.value)) {
    console.warn(`snapshot-policies: ${file} does not survive JSON; it will be parsed at run time`);
    continue;
  }
  const { entry, positions } = snapshotEntry(parsed.doc);
  snapshot.entries[sha256(text)] = entry;
  snapshot.positions[sha256(text)] = positions;
}
const ascii = (value) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync('dist/policies.json', `${ascii(snapshot.entries)}\n`);
writeFileSync('dist/policy-positions.json', `${ascii(snapshot.positions)}\n`);
