#!/usr/bin/env node
// Regenerates src/policy/data/osi-approved-licenses.json, the SPDX ids of the licences the Open
// Source Initiative approved, from the spdx-license-list dev dependency (SPDX's license list,
// `osiApproved`). The EU AI Act spares a general-purpose model released under a free and
// open-source licence from parts of Art. 53(1) (Art. 53(2)); the gate reads "free and
// open-source" as OSI-approved. Usage: node scripts/osi-licenses.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = require.resolve('spdx-license-list/spdx.json');
const { version } = JSON.parse(readFileSync(require.resolve('spdx-license-list/package.json'), 'utf8'));
const licenses = JSON.parse(readFileSync(file, 'utf8'));
const ids = Object.keys(licenses).filter((id) => licenses[id].osiApproved).sort();
const out = { source: `spdx-license-list ${version} (osiApproved)`, generatedBy: 'scripts/osi-licenses.mjs', ids };
writeFileSync('src/policy/data/osi-approved-licenses.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`${ids.length} OSI-approved licence ids`);
