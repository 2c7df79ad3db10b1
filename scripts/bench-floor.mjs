// The benchmark's floors: find every file under a directory, read it and parse it, and nothing
// else: no policy, no rules, no report. modelgate's time is compared with both.
//   node bench-floor.mjs <dir>         the parsers modelgate used before it read values first:
//                                      yaml's document API with line positions, then its values
//   node bench-floor.mjs <dir> --fast  the fastest maintained parser: js-yaml's load (YAML 1.2
//                                      core schema), no positions
// JSON is JSON.parse in both; a Markdown file's front matter is parsed as YAML.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';

const fast = process.argv.includes('--fast');
const parseYaml = fast
  ? (text) => load(text, { schema: CORE_SCHEMA })
  : (text) => parseDocument(text, { lineCounter: new LineCounter(), strict: true }).toJS({ maxAliasCount: 100 });

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
walk(path.resolve(process.argv.filter((a) => !a.startsWith('--'))[2] ?? '.'));
process.stdout.write(`${parsed} files\n`);
