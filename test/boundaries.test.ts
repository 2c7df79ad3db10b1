/**
 * The pipeline's import rule: a stage imports only the stages below it (discover → load → policy
 * → evaluate → report, with fs and the shared types at the bottom and the entry files on top),
 * so no folder reaches back up and no two folders import each other. CI fails on an upward
 * import.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');

/** Lower imports nothing higher. Files at the root of src/ are entry points and the engine. */
const RANK: Record<string, number> = {
  'types.ts': 0,
  'assets.ts': 0,
  fs: 1,
  load: 2,
  evidence: 3,
  discover: 3,
  policy: 4,
  evaluate: 5,
  report: 6,
  engine: 7,
  github: 8,
};
const ENTRY = 9;

/** Upward imports that remain, each with what removes it. */
const KNOWN: Record<string, string> = {};

function stageOf(rel: string): { stage: string; rank: number } {
  const [first] = rel.split('/');
  const stage = rel.includes('/') ? (first as string) : rel;
  return { stage, rank: RANK[stage] ?? ENTRY };
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('imports', () => {
  const upward: string[] = [];
  const folderEdges = new Set<string>();
  for (const file of sources(SRC)) {
    const from = path.relative(SRC, file).split(path.sep).join('/');
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = path.relative(SRC, path.resolve(path.dirname(file), (spec as string).replace(/\.js$/, '.ts'))).split(path.sep).join('/');
      const a = stageOf(from);
      const b = stageOf(to);
      if (a.stage === b.stage) continue;
      folderEdges.add(`${a.stage} → ${b.stage}`);
      if (b.rank > a.rank) upward.push(`${from} → ${to}`);
    }
  }

  it('run down the stages, bar the exceptions written down', () => {
    expect(upward.filter((edge) => !(edge in KNOWN)).sort()).toEqual([]);
  });

  it('have no exception left that the code no longer needs', () => {
    expect(Object.keys(KNOWN).filter((edge) => !upward.includes(edge))).toEqual([]);
  });

  it('make no cycle between folders', () => {
    const cycles = [...folderEdges].filter((edge) => {
      const [a, b] = edge.split(' → ');
      return folderEdges.has(`${b} → ${a}`) && a !== undefined && RANK[a] !== undefined && RANK[b as string] !== undefined;
    });
    expect(cycles.sort()).toEqual([]);
  });
});
