/** The Action's inputs: every one action.yml declares, read and checked once; a bad one stops the run with exit 2. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envInputs, INPUT_NAMES, readInputs } from '../../src/action/inputs.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { makeRepo } from '../helpers/repo.js';
import { compliantFiles } from '../helpers/system.js';
import { closeServers, runInProcess } from './harness.js';

afterEach(closeServers);

const ROOT = path.join(import.meta.dirname, '..', '..');

describe('readInputs', () => {
  it('reads every input action.yml declares, and no other', () => {
    const declared = Object.keys((parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs);
    expect([...INPUT_NAMES].sort()).toEqual(declared.sort());
  });

  it('gives the defaults when nothing is set', () => {
    expect(readInputs(() => '')).toEqual({ path: '.', failOn: 'error', token: '', checkRun: true, comment: true, commentAuthors: ['github-actions[bot]'] });
  });

  it('reads INPUT_* as the runner passes them, trimmed', () => {
    const inputs = readInputs(
      envInputs({
        INPUT_PATH: ' models ',
        'INPUT_FAIL-ON': 'warning',
        INPUT_SCOPE: 'all',
        'INPUT_POLICY-FROM': 'head',
        'INPUT_MAX-FILE-SIZE': '2MB',
        'INPUT_AS-OF': '2026-11-22',
        'INPUT_CHECK-RUN': 'False',
        INPUT_COMMENT: 'TRUE',
        'INPUT_COMMENT-AUTHOR': 'bot-a, bot-b[bot] ,',
        'INPUT_SARIF-FILE': 'results/gate.sarif',
      }),
    );
    expect(inputs).toMatchObject({
      path: 'models',
      failOn: 'warning',
      scope: 'all',
      policyFrom: 'head',
      maxFileBytes: 2 * 1024 * 1024,
      asOf: new Date('2026-11-22T23:59:59Z'),
      checkRun: false,
      comment: true,
      commentAuthors: ['bot-a', 'bot-b[bot]'],
      sarifFile: 'results/gate.sarif',
    });
  });
});

describe('a bad input', () => {
  it.each([
    ['fail-on', 'sometimes', 'input fail-on must be one of error, warning, notice, never, not "sometimes"'],
    ['scope', 'some', 'input scope must be changed or all, not "some"'],
    ['policy-from', 'tip', 'input policy-from must be base or head, not "tip"'],
    ['max-file-size', 'huge', 'input max-file-size must be a size such as 5MB or 500KB, not "huge"'],
    ['as-of', 'yesterday', 'input as-of must be a date written YYYY-MM-DD, not "yesterday"'],
    ['check-run', 'no', 'input check-run must be true or false, not "no"'],
    ['comment', 'yes', 'input comment must be true or false, not "yes"'],
    ['comment-author', ' , ', 'input comment-author must name at least one login, not ","'],
    ['path', '../elsewhere', 'input path "../elsewhere" is outside the workspace'],
    ['path', 'nope', 'input path "nope" does not exist in the workspace'],
    ['policy-from', 'base', 'input policy-from is base, but this run has no base commit (not a pull request, and no base input)'],
    ['base', '--upload-pack=x', 'input base must be a commit SHA or a branch or tag name, not "--upload-pack=x"'],
    ['base', 'main feature', 'input base must be a commit SHA or a branch or tag name, not "main feature"'],
    ['base', 'main..evil', 'input base must be a commit SHA or a branch or tag name, not "main..evil"'],
  ])('%s: %j stops the run with exit 2 and says so', async (name, value, message) => {
    const result = await runInProcess(makeRepo(compliantFiles()), new FakeGitHub(), { [name]: value });
    expect(result.exitCode).toBe(2);
    expect(result.verdict).toBe('error');
    expect(result.annotations).toEqual([{ level: 'error', message: `modelgate: ${message}`, properties: {} }]);
    expect(result.outputFile).toEqual({ verdict: 'error' });
    expect(result.api.requests).toEqual([]);
  });
});
