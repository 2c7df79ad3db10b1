#!/usr/bin/env node
// Writes the licences of every package a bundle holds, from ncc's webpack stats:
//   node scripts/licenses.mjs <stats.json> <licenses.txt>
// ncc's own --license lists only the packages of the bundle's last chunk, so the Action's
// dist/licenses.txt named the GitHub client and none of ajv, yaml, js-yaml or undici. A
// package is listed once per version, sorted, with its licence id and its licence file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [statsFile, outFile] = process.argv.slice(2);
if (!statsFile || !outFile) throw new Error('usage: node scripts/licenses.mjs <stats.json> <licenses.txt>');
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));

/** Package folders, from module names such as ./node_modules/@actions/http-client/node_modules/undici/lib/x.js. */
const folders = new Set();
const visit = (modules) => {
  for (const module of modules ?? []) {
    visit(module.modules);
    const name = module.name ?? '';
    const at = name.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const parts = name.slice(at + 'node_modules/'.length).split('/');
    const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    folders.add(path.resolve(name.slice(0, at + 'node_modules/'.length) + pkg));
  }
};
visit(stats.modules);

const entries = [...folders].map((folder) => {
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(folder).sort().find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
  const text = licenseFile ? readFileSync(path.join(folder, licenseFile), 'utf8').trim() : '(no licence file in the package)';
  const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
  return { key: `${manifest.name}@${manifest.version}`, text: `${manifest.name}@${manifest.version}\n${license}\n${text}\n` };
});
entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const unique = entries.filter((entry, i) => i === 0 || entries[i - 1].key !== entry.key);
writeFileSync(outFile, unique.map((entry) => entry.text).join('\n'));
if (!existsSync(outFile)) throw new Error(`could not write ${outFile}`);
