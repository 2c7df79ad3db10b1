// The benchmark's floor: find every file under a directory, read it and parse it with the
// parsers modelgate uses, as it uses them (yaml's document API with line positions, then the
// document's values, for YAML and front matter; JSON.parse for JSON), and nothing else: no
// policy, no rules, no report. modelgate's time is compared with this one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const parseYaml = (text) => parseDocument(text, { lineCounter: new LineCounter(), strict: true }).toJS({ maxAliasCount: 100 });

let parsed = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full);
      continue;
    }
    const text = fs.readFileSync(full, 'utf8');
    if (/\.ya?ml$/.test(entry.name)) parseYaml(text);
    else if (entry.name.endsWith('.json')) JSON.parse(text);
    else if (entry.name.endsWith('.md')) {
      const front = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
      if (front) parseYaml(front[1]);
    }
    parsed++;
  }
};
walk(path.resolve(process.argv[2] ?? '.'));
process.stdout.write(`${parsed} files\n`);
