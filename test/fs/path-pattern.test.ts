/** Patterns a citation may name the newest of several files by (monitoring.latestRun). */
import { describe, expect, it } from 'vitest';
import { byNameDescending, filesMatching, isPathPattern, segmentMatches } from '../../src/fs/path-pattern.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { makeRepo } from '../helpers/repo.js';

describe('segmentMatches', () => {
  it.each([
    ['*.json', 'drift-2026-11-30.json', true],
    ['*.json', 'drift.yaml', false],
    ['drift-*.json', 'drift-.json', true],
    ['run-?.json', 'run-1.json', true],
    ['run-?.json', 'run-12.json', false],
    ['*-*-*', 'a-b-c', true],
    ['*a*a*a*b', `${'a'.repeat(200)}`, false],
    ['*', '.hidden', false],
    ['.*', '.hidden', true],
    ['[1].json', '[1].json', true], // a bracket is a character of the name
  ])('%s on %s: %s', (pattern, name, expected) => {
    expect(segmentMatches(pattern, name)).toBe(expected);
  });
});

it('isPathPattern: wildcards or a folder', () => {
  expect(['runs/*.json', 'runs/run-?.json', 'runs/', 'runs\\', 'reports/**/run.json'].map(isPathPattern)).toEqual([true, true, true, true, true]);
  expect(isPathPattern('runs/latest.json')).toBe(false);
});

it('byNameDescending: the last by name first, folder by folder', () => {
  expect(byNameDescending(['r/a-z/x', 'r/b/x', 'r/a/x', 'r/2026-11-30T06-00/run.json', 'r/2026-11-30/run.json'])).toEqual(['r/b/x', 'r/a-z/x', 'r/a/x', 'r/2026-11-30T06-00/run.json', 'r/2026-11-30/run.json']);
});

describe('filesMatching', () => {
  const root = makeRepo({
    'sys/runs/a.json': '{}',
    'sys/runs/b.json': '{}',
    'sys/runs/.hidden.json': '{}',
    'sys/runs/notes.md': '#',
    'sys/reports/2026-11-29/run.json': '{}',
    'sys/reports/2026-11-30/run.json': '{}',
    'sys/reports/2026-11-30/deep/run.json': '{}',
    'sys/loop': { symlink: '.' },
    'outside-run.json': '{}',
  });
  const repo = new RepoFs(root);
  const match = (pattern: string, budget?: number) => {
    const found = filesMatching(repo, pattern, 'sys', budget);
    // A plain name after a wildcard folder is matched without a listing: the store looks each up.
    return found.ok ? found.files.filter((file) => !found.named.has(file) || repo.statFile(file).ok) : found.problem.message;
  };

  it.each([
    ['runs/*.json', ['sys/runs/b.json', 'sys/runs/a.json']],
    ['runs/', ['sys/runs/notes.md', 'sys/runs/b.json', 'sys/runs/a.json']],
    ['reports/*/run.json', ['sys/reports/2026-11-30/run.json', 'sys/reports/2026-11-29/run.json']],
    ['reports/**/run.json', ['sys/reports/2026-11-30/run.json', 'sys/reports/2026-11-30/deep/run.json', 'sys/reports/2026-11-29/run.json']],
    ['**/a.json', ['sys/runs/a.json']], // the link loop sys/loop is not followed by a wildcard
    ['../*-run.json', ['outside-run.json']],
    ['runs/*.txt', []],
  ])('%s', (pattern, expected) => {
    expect(match(pattern)).toEqual(expected);
  });

  it('refuses a pattern that leads outside the repository', () => {
    expect(match('../../*.json')).toBe('"../../*.json" leads outside the repository');
  });

  it('stops past its budget of names, and says so', () => {
    expect(match('**/*.json', 3)).toBe('sys/**/*.json has more than 3 files and folders to look through; narrow the pattern (a folder of its own for the runs, a name they all start with)');
  });
});
