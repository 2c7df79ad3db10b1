#!/usr/bin/env node
// Regenerates src/evaluate/functions/data/huggingface-licenses.json from a copy of
// huggingface/hub-docs docs/hub/repositories-licenses.md (the table between its
// "<!-- region licenses -->" markers). Usage:
//   node scripts/hf-licenses.mjs <path-to-repositories-licenses.md> <hub-docs commit>
import { readFileSync, writeFileSync } from 'node:fs';

const [file, commit] = process.argv.slice(2);
if (!file || !commit) {
  console.error('usage: node scripts/hf-licenses.mjs <repositories-licenses.md> <commit>');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const region = text.match(/<!-- region licenses -->([\s\S]*?)<!-- endregion -->/);
if (!region) throw new Error('no "region licenses" markers in the file');
// A row may end with an HTML comment linking the licence text.
const ids = [...region[1].matchAll(/^\|[^|\n]*\|[ \t]*`([^`\n]+)`[ \t]*\|/gm)].map((m) => m[1]);
if (ids.length < 50) throw new Error(`only ${ids.length} ids found; is this the right file?`);
const out = {
  source: `https://github.com/huggingface/hub-docs/blob/${commit}/docs/hub/repositories-licenses.md`,
  generatedBy: 'scripts/hf-licenses.mjs',
  ids,
};
writeFileSync('src/evaluate/functions/data/huggingface-licenses.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`${ids.length} Hugging Face license ids`);
