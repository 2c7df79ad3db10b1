#!/usr/bin/env node
// Regenerates src/load/data/huggingface-pipeline-tags.json, the Hub's pipeline tags (the tasks a
// model card's pipeline_tag or tags name), from the npm package @huggingface/tasks, which the Hub
// itself builds them from (PIPELINE_TYPES, from huggingface.js packages/tasks/src/pipelines.ts).
// Usage:
//   npm pack @huggingface/tasks && tar xzf huggingface-tasks-*.tgz
//   node scripts/hf-pipeline-tags.mjs package
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/hf-pipeline-tags.mjs <unpacked @huggingface/tasks package folder>');
  process.exit(2);
}
const { name, version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
if (name !== '@huggingface/tasks') throw new Error(`${dir} holds ${name}, not @huggingface/tasks`);
const { PIPELINE_TYPES } = await import(pathToFileURL(path.resolve(dir, 'dist', 'esm', 'index.js')).href);
// "other" names no task: a card tagged with it says nothing about being a model's.
const tags = PIPELINE_TYPES.filter((tag) => tag !== 'other').sort();
if (tags.length < 40) throw new Error(`only ${tags.length} pipeline tags found; is this the right package?`);
const out = { source: `npm ${name}@${version}, PIPELINE_TYPES`, generatedBy: 'scripts/hf-pipeline-tags.mjs', tags };
writeFileSync('src/load/data/huggingface-pipeline-tags.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`${tags.length} Hugging Face pipeline tags`);
