/**
 * A waiver or baseline entry that names a list position (data.datasets[1]) was written for the
 * item there at the base commit. A pull request that reorders the list must not move it onto
 * another item: found by a red-team helper, which swapped two datasets, removed the training
 * set's licence, and had it excused by the waiver written for the hold-out set.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runGate } from '../../src/engine/gate.js';
import { cli } from '../helpers/cli.js';
import { commitAll } from '../helpers/git.js';
import { makeRepo, writeFiles } from '../helpers/repo.js';
import { compliantFiles, compliantManifest, MANIFEST, resultsOf } from '../helpers/system.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const HOLDOUT = { id: 'holdout-2025', role: 'test', source: 'Internal records', revision: 'v3', collection: 'Applications 2025', personalData: { present: false } };

/** The compliant system with a hold-out set (no licence) after its training set. */
function manifestWith(datasets: Array<Record<string, unknown>>) {
  const manifest = compliantManifest();
  manifest.data.datasets = datasets;
  return stringify(manifest);
}
const train = (license?: string) => {
  const dataset = { ...compliantManifest().data.datasets[0] };
  if (license) dataset.license = license;
  else delete dataset.license;
  return dataset;
};
const holdout = (license?: string) => (license ? { ...HOLDOUT, license } : { ...HOLDOUT });

const WAIVER = {
  rule: 'data/dataset-license',
  system: 'demo-scorer',
  path: 'data.datasets[1]',
  justification: 'The hold-out set is internal and carries no licence of its own (DATA-77).',
  approver: 'Head of Data Governance',
  expires: '2027-01-15',
};

/** A repository whose base commit has the hold-out set second, then the pull request's manifest. */
function pullRequest(headDatasets: Array<Record<string, unknown>>, extra: Record<string, string> = {}) {
  const root = makeRepo({ ...compliantFiles(), [MANIFEST]: manifestWith([train('LicenseRef-Internal'), holdout()]), ...extra });
  commitAll(root);
  writeFiles(root, { [MANIFEST]: manifestWith(headDatasets) });
  return root;
}

const licenceResults = (root: string) =>
  resultsOf(runGate({ root, now: NOW, base: { ref: 'HEAD', required: true }, policyFrom: 'base' }), 'data/dataset-license').map((r) => [r.status, r.message]);

describe('a waiver naming a list position', () => {
  const waivers = { '.modelgate/waivers.yaml': stringify({ waivers: [WAIVER] }) };

  it('excuses the item it was written for while the list keeps its order', () => {
    expect(licenceResults(pullRequest([train('LicenseRef-Internal'), holdout()], waivers))).toEqual([['waived', 'data.datasets[1].license (dataset "holdout-2025") is missing']]);
  });

  it('excuses nothing when the pull request puts another item at that position', () => {
    expect(licenceResults(pullRequest([holdout('LicenseRef-Internal'), train()], waivers))).toEqual([
      [
        'fail',
        'data.datasets[1].license (dataset "train-2025") is missing (not waived: the waiver at .modelgate/waivers.yaml:2 names data.datasets[1], which was dataset "holdout-2025" at the base commit and is dataset "train-2025" now)',
      ],
    ]);
  });
});

describe('a baseline entry naming a list position', () => {
  it('excuses nothing when the pull request puts another item at that position', async () => {
    const root = makeRepo({ ...compliantFiles(), [MANIFEST]: manifestWith([train('LicenseRef-Internal'), holdout()]) });
    expect((await cli(['baseline', '--as-of', '2026-11-22'], root)).code).toBe(0);
    expect(fs.existsSync(path.join(root, '.modelgate/baseline.json'))).toBe(true);
    commitAll(root);
    expect(licenceResults(root)).toEqual([['waived', 'data.datasets[1].license (dataset "holdout-2025") is missing']]);
    writeFiles(root, { [MANIFEST]: manifestWith([holdout('LicenseRef-Internal'), train()]) });
    expect(licenceResults(root)).toEqual([
      [
        'fail',
        expect.stringMatching(
          /^data\.datasets\[1\]\.license \(dataset "train-2025"\) is missing \(not excused by the baseline at \.modelgate\/baseline\.json:\d+: data\.datasets\[1\] was dataset "holdout-2025" at the base commit and is dataset "train-2025" now\)$/,
        ),
      ],
    ]);
  });
});


// From a review helper: items known by their value or by several fields, a uri that changes, a
// broader waiver after the refused one, and the refused waiver not called unused.
describe('what a list item is known by', () => {
  const attributes = (list: string[]) => {
    const manifest = compliantManifest();
    manifest.bias.sensitiveAttributes = list;
    return stringify(manifest);
  };
  const covered = (root: string) =>
    runGate({ root, now: NOW, base: { ref: 'HEAD', required: true }, policyFrom: 'base' }).findings
      .filter((f) => f.ruleId === 'bias/report-covers-attributes' || f.ruleId === 'waiver/unused')
      .map((f) => [f.ruleId, f.status, f.message]);
  const repo = (waivers: Array<Record<string, unknown>>) => {
    const root = makeRepo({ ...compliantFiles(), [MANIFEST]: attributes(['age_band', 'sex', 'disability']), '.modelgate/waivers.yaml': stringify({ waivers }) });
    commitAll(root);
    return root;
  };
  const atPosition = { ...WAIVER, rule: 'bias/report-covers-attributes', path: 'bias.sensitiveAttributes[2]' };

  it('a text item by its value: the waiver for "disability" does not excuse "religion" put in its place, and is not called unused', () => {
    const root = repo([atPosition]);
    expect(covered(root)).toEqual([['bias/report-covers-attributes', 'waived', 'sensitive attribute "disability" has no results in sys/evidence/bias.json']]);
    writeFiles(root, { [MANIFEST]: attributes(['age_band', 'sex', 'religion']) });
    expect(covered(root)).toEqual([
      [
        'bias/report-covers-attributes',
        'fail',
        'sensitive attribute "religion" has no results in sys/evidence/bias.json (not waived: the waiver at .modelgate/waivers.yaml:2 names bias.sensitiveAttributes[2], which was sensitiveAttribute "disability" at the base commit and is sensitiveAttribute "religion" now)',
      ],
    ]);
  });

  it('a waiver for the whole list still excuses it, whichever comes first', () => {
    for (const order of [0, 1]) {
      const waivers = [atPosition, { ...atPosition, path: 'bias.sensitiveAttributes' }];
      const root = repo(order === 0 ? waivers : waivers.reverse());
      writeFiles(root, { [MANIFEST]: attributes(['age_band', 'sex', 'religion']) });
      expect(covered(root).filter(([rule]) => rule === 'bias/report-covers-attributes').map(([, status]) => status)).toEqual(['waived']);
    }
  });

  // From the second review: an id the pull request adds to an item is not another item.
  describe('an item the base commit knew by no id', () => {
    const URI = 's3://data/holdout-2025.parquet';
    const { id: _id, ...holdoutWithoutId } = { ...HOLDOUT, uri: URI };
    const withoutIdAtBase = (head: Array<Record<string, unknown>>, base: Record<string, unknown> = holdoutWithoutId) => {
      const root = makeRepo({ ...compliantFiles(), [MANIFEST]: manifestWith([train('LicenseRef-Internal'), base]), '.modelgate/waivers.yaml': stringify({ waivers: [WAIVER] }) });
      commitAll(root);
      writeFiles(root, { [MANIFEST]: manifestWith(head) });
      return root;
    };
    const refused = (was: string, now: string) =>
      `data.datasets[1].license (${now}) is missing (not waived: the waiver at .modelgate/waivers.yaml:2 names data.datasets[1], which was ${was} at the base commit and is ${now} now)`;

    it.each([
      ['keeps its waiver when the pull request gives it an id (its uri is the same)', () => [train('LicenseRef-Internal'), { ...holdout(), uri: URI }], [['waived', 'data.datasets[1].license (dataset "holdout-2025") is missing']]],
      ['is told apart from another item by its uri when the pull request also swaps the list', () => [{ ...holdout('LicenseRef-Internal'), uri: URI }, { ...train(), uri: 's3://data/train-2025.parquet' }], [['fail', refused(`dataset uri "${URI}", role "test"`, 'dataset "train-2025"')]]],
    ])('%s', (_name, head, expected) => {
      expect(licenceResults(withoutIdAtBase(head()))).toEqual(expected);
    });

    // From a red-team helper: a role is a category, not an identity, and a blank id is no id.
    it.each([
      ['a new dataset with a blank id and the same role', () => [train('LicenseRef-Internal'), { ...HOLDOUT, id: ' ', source: 'Scraped profiles from a data broker' }, holdout('LicenseRef-Internal')], 'dataset "holdout-2025"', 'dataset role "test"', ' (dataset "test")'],
      ['a new dataset with a blank id and no role', () => [train('LicenseRef-Internal'), { id: ' ', source: 'Scraped profiles from a data broker', revision: 'v1', collection: 'Bought', personalData: { present: false } }, holdout('LicenseRef-Internal')], 'dataset "holdout-2025"', 'an item known by no id or name', ''],
    ])('does not excuse %s put in its place', (_name, head, was, now, label) => {
      expect(licenceResults(withoutIdAtBase(head(), HOLDOUT))).toEqual([['fail', `data.datasets[1].license${label} is missing (not waived: the waiver at .modelgate/waivers.yaml:2 names data.datasets[1], which was ${was} at the base commit and is ${now} now)`]]);
    });
  });

  it('a dataset by its id: a new uri for the same dataset keeps its waiver', () => {
    const moved = holdout();
    const root = pullRequest([train('LicenseRef-Internal'), { ...moved, uri: 's3://data/holdout-2025-v2.parquet' }], { '.modelgate/waivers.yaml': stringify({ waivers: [WAIVER] }) });
    expect(licenceResults(root)).toEqual([['waived', 'data.datasets[1].license (dataset "holdout-2025") is missing']]);
  });
});
