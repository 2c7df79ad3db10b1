/**
 * Regression rules against a real git history: the base commit is read from git's object
 * store, as `modelgate check --base <ref>` and the Action on a pull request do.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine/gate.js';
import { lineOf, makeRepo, writeFiles, type Files } from '../helpers/repo.js';
import { COMPLIANT_CARD, compliantBiasReport, compliantFiles, compliantManifest, failuresOf, resultsOf } from '../helpers/system.js';
import { commitAll } from '../helpers/git.js';

const REPORT = 'sys/evidence/bias.json';

/** A repository whose first commit is `before`, with `after` written over it (uncommitted, as in a PR checkout). */
function history(before: Files, after: Files): string {
  const root = makeRepo(before);
  commitAll(root);
  writeFiles(root, after);
  return root;
}

const report = (age: number, sex: number) =>
  JSON.stringify(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: age }, { attribute: 'sex', metric: 'demographic_parity_difference', value: sex }] }), null, 2);

/** The card with these roc_auc results on the hold-out set (a number, or text as YAML may hold it). */
const cardWith = (...aucs: Array<number | string>) =>
  COMPLIANT_CARD.replace(
    'pipeline_tag: tabular-classification\n',
    `pipeline_tag: tabular-classification\nmodel-index:\n  - name: demo-scorer\n    results:\n      - task: { type: tabular-classification }\n        dataset: { type: holdout-2025, name: Holdout }\n        metrics:\n${aucs.map((auc) => `          - { type: roc_auc, value: ${auc} }\n`).join('')}`,
  );

describe('bias/no-regression', () => {
  it('fails a gap that widened beyond the tolerance, at the new value, naming both values', () => {
    const after = report(0.08, 0.02);
    const root = history({ ...compliantFiles(), [REPORT]: report(0.03, 0.02) }, { [REPORT]: after });
    const result = runGate({ root, base: { ref: 'main', required: true } });
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim().slice(0, 12);
    expect(failuresOf(result, 'bias/no-regression')).toEqual([
      {
        file: REPORT,
        line: lineOf(after, '"value": 0.08'),
        message: `demographic_parity_difference for age_band rose from 0.03 to 0.08 since ${commit}, further from parity by more than the tolerance 0.02`,
      },
    ]);
    // Still within the absolute bound: only the regression rule fails.
    expect(failuresOf(result, 'bias/thresholds-met')).toEqual([]);
  });

  it('fails a gap measured at the base and no longer reported (replaced by another metric), at the cited reports', () => {
    const after = JSON.stringify(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.03 }, { attribute: 'sex', metric: 'count', value: 1 }] }), null, 2);
    const root = history({ ...compliantFiles(), [REPORT]: report(0.03, 0.3) }, { [REPORT]: after });
    const result = runGate({ root, base: { ref: 'main', required: true } });
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim().slice(0, 12);
    const manifest = compliantFiles()['sys/ai-system.yaml'] as string;
    expect(failuresOf(result, 'bias/no-regression')).toEqual([
      { file: 'sys/ai-system.yaml', line: lineOf(manifest, 'reports:'), message: `demographic_parity_difference for sex was 0.3 at the base commit ${commit} and is no longer reported: a gap no longer measured cannot be shown not to have widened` },
    ]);
  });

  it('passes a change within the tolerance, and an improvement', () => {
    const root = history({ ...compliantFiles(), [REPORT]: report(0.03, 0.05) }, { [REPORT]: report(0.045, 0.01) });
    expect(resultsOf(runGate({ root, base: { ref: 'main', required: true } }), 'bias/no-regression')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('is not applicable to a system that is new in the pull request', () => {
    const root = history({ 'README.md': '# repo\n' }, compliantFiles());
    expect(resultsOf(runGate({ root, base: { ref: 'main', required: true } }), 'bias/no-regression')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: expect.stringMatching(/^sys\/ai-system\.yaml does not exist \(or cannot be read\) at the base commit [0-9a-f]{12}: a new system has nothing to regress from$/) }),
    ]);
  });

  it('reads the base from git objects, never following a symlink committed there', () => {
    const root = history({ ...compliantFiles(), [REPORT]: { symlink: '/etc/hostname' } as never }, { [REPORT]: report(0.03, 0.02) });
    expect(resultsOf(runGate({ root, base: { ref: 'main', required: true } }), 'bias/no-regression')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: expect.stringMatching(/has no readable bias report to compare with$/) }),
    ]);
  });
});

describe('card/accuracy-no-regression', () => {
  const manifest = compliantManifest();
  manifest.intendedUse = { accuracy: [{ metric: 'roc_auc', min: 0.7 }] };
  const files = { ...compliantFiles(manifest), 'sys/README.md': cardWith(0.81) };

  it('fails a metric that fell beyond the tolerance, at the card value', () => {
    const after = cardWith(0.77);
    const root = history(files, { 'sys/README.md': after });
    const failures = failuresOf(runGate({ root, base: { ref: 'HEAD', required: true } }), 'card/accuracy-no-regression');
    expect(failures).toEqual([
      { file: 'sys/README.md', line: lineOf(after, 'value: 0.77'), message: expect.stringMatching(/^roc_auc fell from 0\.81 to 0\.77 since [0-9a-f]{12}, worse by more than the tolerance 0\.01$/) },
    ]);
  });

  // Found by a red-team helper: a quoted value was skipped, and only the first result was compared.
  it.each([
    ['the value written as text', [0.81], ['"0.77"'], 'value: "0.77"', '0.81 to 0.77'],
    ['a lower result added after the old one, which stays', [0.81], [0.81, 0.77], 'value: 0.77', '0.81 to 0.77'],
    ['a lower result added before the old one', [0.81], [0.77, 0.81], 'value: 0.77', '0.81 to 0.77'],
    ['the best of two results fallen, the base reporting two', [0.81, 0.7], [0.75, 0.7], 'value: 0.75', '0.81 to 0.75'],
  ])('fails %s, at that value', (_name, before, after, near, fell) => {
    const card = cardWith(...after);
    const root = history({ ...compliantFiles(manifest), 'sys/README.md': cardWith(...before) }, { 'sys/README.md': card });
    expect(failuresOf(runGate({ root, base: { ref: 'HEAD', required: true } }), 'card/accuracy-no-regression')).toEqual([
      { file: 'sys/README.md', line: lineOf(card, near), message: expect.stringContaining(`roc_auc fell from ${fell} since`) },
    ]);
  });

  // Found by a review helper: renaming the dataset's display name split base and head apart, and
  // the rule skipped; a result on another split was held to the first split's worst.
  it('fails a fall with the dataset renamed, and passes a result added on another split', () => {
    const renamed = cardWith(0.72).replace('name: Holdout }', 'name: Holdout 2025 }');
    const root = history({ ...compliantFiles(manifest), 'sys/README.md': cardWith(0.81) }, { 'sys/README.md': renamed });
    expect(failuresOf(runGate({ root, base: { ref: 'HEAD', required: true } }), 'card/accuracy-no-regression')).toEqual([
      { file: 'sys/README.md', line: lineOf(renamed, 'value: 0.72'), message: expect.stringContaining('roc_auc fell from 0.81 to 0.72 since') },
    ]);
    const split = (card: string) =>
      card.replace(
        '        metrics:\n',
        '        metrics:\n          - { type: roc_auc, value: 0.81 }\n      - task: { type: tabular-classification }\n        dataset: { type: holdout-2025, name: Holdout, split: validation_mismatched }\n        metrics:\n',
      );
    const added = split(cardWith(0.7));
    const root2 = history({ ...compliantFiles(manifest), 'sys/README.md': cardWith(0.81) }, { 'sys/README.md': added });
    expect(resultsOf(runGate({ root: root2, base: { ref: 'HEAD', required: true } }), 'card/accuracy-no-regression').map((r) => r.status)).toEqual(['pass']);
  });

  // From a second review: datasets matched by type, config, split and name, then without the
  // name, then what is left pooled against the base's worst.
  const cardOn = (results: Array<[type: string, name: string, auc: number]>) =>
    COMPLIANT_CARD.replace(
      'pipeline_tag: tabular-classification\n',
      `pipeline_tag: tabular-classification\nmodel-index:\n  - name: demo-scorer\n    results:\n${results.map(([type, name, auc]) => `      - task: { type: tabular-classification }\n        dataset: { type: ${type}, name: ${name} }\n        metrics:\n          - { type: roc_auc, value: ${auc} }\n`).join('')}`,
    );
  const statusOf = (before: Array<[string, string, number]>, after: Array<[string, string, number]>) => {
    const root = history({ ...compliantFiles(manifest), 'sys/README.md': cardOn(before) }, { 'sys/README.md': cardOn(after) });
    return resultsOf(runGate({ root, base: { ref: 'HEAD', required: true } }), 'card/accuracy-no-regression').map((r) => [r.status, r.message.replace(/ since [0-9a-f]{12}.*/, '')]);
  };
  it.each([
    ['one dataset renamed by type while another is kept: the renamed one is held to the base\'s', [['holdout-2025', 'Holdout', 0.81], ['stress-2025', 'Stress', 0.7]], [['holdout-2025b', 'Holdout', 0.6], ['stress-2025', 'Stress', 0.7]], [['fail', 'roc_auc fell from 0.81 to 0.6']]],
    ['a third dataset of a shared type added: a new result, not a fall', [['custom', 'EU', 0.9], ['custom', 'US', 0.8]], [['custom', 'EU', 0.9], ['custom', 'US', 0.8], ['custom', 'APAC', 0.7]], [['pass', 'No accuracy metric worsened since the base commit']]],
    ['an easy set dropped and a hard one refreshed: held to the worst of the base\'s sets left', [['easy', 'Easy', 0.95], ['hard-2025', 'Hard', 0.7]], [['hard-2026', 'Hard', 0.71]], [['pass', 'No accuracy metric worsened since the base commit']]],
  ] as Array<[string, Array<[string, string, number]>, Array<[string, string, number]>, string[][]]>)('%s', (_name, before, after, expected) => {
    expect(statusOf(before, after)).toEqual(expected);
  });

  it.each([
    ['unchanged, as text', ['"0.81"'], ['"0.81"']],
    ['improved', [0.81], [0.84]],
    ['two results, unchanged, in another order', [0.81, 0.7], [0.7, 0.81]],
    ['within the tolerance', [0.81], [0.805]],
  ])('passes %s', (_name, before, after) => {
    const root = history({ ...compliantFiles(manifest), 'sys/README.md': cardWith(...before) }, { 'sys/README.md': cardWith(...after) });
    expect(resultsOf(runGate({ root, base: { ref: 'HEAD', required: true } }), 'card/accuracy-no-regression').map((r) => r.status)).toEqual(['pass']);
  });
});

describe('--base', () => {
  it('is a usage error when the ref is not a commit, or looks like an option', () => {
    const root = history(compliantFiles(), {});
    expect(() => runGate({ root, base: { ref: 'no-such-branch', required: true } })).toThrow(/the base "no-such-branch" is not a commit in this repository/);
    expect(() => runGate({ root, base: { ref: '--output=/tmp/x', required: true } })).toThrow(/is not a git ref/);
  });

  it('in the Action, a missing base makes the regression rules say why instead of failing the run', () => {
    const root = history(compliantFiles(), {});
    const result = runGate({ root, base: { ref: 'a'.repeat(40), required: false } });
    expect(resultsOf(result, 'bias/no-regression')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: expect.stringContaining('is not a commit in this repository (in a shallow clone, fetch it or use fetch-depth: 0)') }),
    ]);
  });
});

