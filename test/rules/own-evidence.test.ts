// evidence/own-system: a report about the model cited from another system's folder is that
// system's report, not evidence about this one (a new system citing its neighbour's passing
// bias report, red-team result or monitoring run).
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Files } from '../helpers/repo.js';
import { lineOf } from '../helpers/repo.js';
import { check, compliantFiles, compliantManifest, failuresOf, MANIFEST, resultsOf } from '../helpers/system.js';

const RULE = 'evidence/own-system';

/** The compliant system in `folder/`, with its own id. */
function systemIn(folder: string, id: string, edit: (manifest: Record<string, any>) => void = () => {}): Files {
  const manifest = compliantManifest();
  manifest.id = id;
  edit(manifest);
  return Object.fromEntries(Object.entries(compliantFiles(manifest)).map(([file, text]) => [file.replace(/^sys\//, `${folder}/`), text]));
}

/** This system (sys/) citing its bias report at `path`, beside a neighbour in other/. */
function citingBiasReport(path: string, extra: Files = {}): Files {
  return {
    ...systemIn('other', 'neighbour'),
    ...systemIn('sys', 'demo-scorer', (m) => (m.bias.reports[0].path = path)),
    'shared/bias.json': compliantFiles()['sys/evidence/bias.json'] as string,
    ...extra,
  };
}

/** `files` moved into `folder` (ending in `/`). */
const prefixed = (folder: string, files: Files): Files => Object.fromEntries(Object.entries(files).map(([file, text]) => [`${folder}${file}`, text]));

const other = (message: string) => `${message}: a report there is about that system's model, not evidence about this one; cite this system's own`;

describe(RULE, () => {
  it.each([
    ['its own report', 'evidence/bias.json'],
    ['a report in a folder no system owns', '../shared/bias.json'],
  ])('passes %s', (_name, path) => {
    const report = check(citingBiasReport(path));
    expect(failuresOf(report, RULE)).toEqual([]);
    expect(resultsOf(report, RULE).filter((r) => r.file === MANIFEST).map((r) => r.status)).toEqual(['pass']);
  });

  it.each([
    ["the neighbour's report", '../other/evidence/bias.json', {}, other('../other/evidence/bias.json is in the folder of another system (other/ai-system.yaml)')],
    [
      "a link in its own folder to the neighbour's report",
      'evidence/linked.json',
      { 'sys/evidence/linked.json': { symlink: '../../other/evidence/bias.json' } },
      other('evidence/linked.json is in the folder of another system (other/ai-system.yaml) (through a symbolic link, to other/evidence/bias.json)'),
    ],
  ])('fails %s, at the citation', (_name, path, extra, message) => {
    const files = citingBiasReport(path, extra as Files);
    expect(failuresOf(check(files), RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, `path: ${path}`), message }]);
  });

  // From a red-team helper: the neighbour's folder is outside what is checked, so discovery did
  // not list its manifest; the folder is asked on disk.
  it.each([
    ['only this system\'s folder is checked', { scanPath: 'sys' }],
    ['--include leaves the neighbour out', { include: ['sys/**'] }],
    ['--exclude leaves the neighbour out', { exclude: ['other/**'] }],
  ])("fails the neighbour's report when %s", (_name, options) => {
    const files = citingBiasReport('../other/evidence/bias.json');
    const report = check(files, options);
    expect(report.systems.map((s) => s.manifest)).toEqual([MANIFEST]);
    expect(failuresOf(report, RULE)).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'path: ../other/evidence/bias.json'), message: other('../other/evidence/bias.json is in the folder of another system (other/ai-system.yaml)') },
    ]);
  });

  // From a review: a folder holding ai-system.yaml and ai-system.yml is one system, named alike
  // whether discovery listed it or the folder was asked on disk.
  it('names the same manifest of a folder holding both names, whole run or partial', () => {
    const files = { ...citingBiasReport('../other/evidence/bias.json'), 'other/ai-system.yml': citingBiasReport('x')['other/ai-system.yaml'] as string };
    const named = (options: object) => failuresOf(check(files, options), RULE).filter((f) => f.file === MANIFEST).map((f) => f.message);
    expect(named({ scanPath: 'sys' })).toEqual(named({}));
    expect(named({})).toEqual([other('../other/evidence/bias.json is in the folder of another system (other/ai-system.yml)')]);
  });

  it('passes a report in a folder no system owns when only this system\'s folder is checked', () => {
    expect(failuresOf(check(citingBiasReport('../shared/bias.json'), { scanPath: 'sys' }), RULE)).toEqual([]);
  });

  it("fails each kind of report it judges: the neighbour's latest monitoring run", () => {
    const files: Files = {
      ...systemIn('other', 'neighbour', (m) => (m.monitoring.latestRun = 'monitoring/latest.json')),
      'other/monitoring/latest.json': '{}',
      ...systemIn('sys', 'demo-scorer', (m) => (m.monitoring.latestRun = '../other/monitoring/latest.json')),
    };
    expect(failuresOf(check(files), RULE)).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'latestRun:'), message: other('../other/monitoring/latest.json is in the folder of another system (other/ai-system.yaml)') },
    ]);
  });

  describe('a system nested in another system\'s folder', () => {
    // sys/ holds the parent; sys/int8/ a quantised variant with a manifest of its own.
    const nested = (parentCites: string, variantCites: string): Files => {
      const variant = systemIn('sys/int8', 'demo-scorer-int8', (m) => (m.bias.reports[0].path = variantCites));
      return { ...variant, ...systemIn('sys', 'demo-scorer', (m) => (m.bias.reports[0].path = parentCites)) };
    };
    it.each([
      ['each cites its own', 'evidence/bias.json', 'evidence/bias.json', []],
      ["the parent cites the variant's", 'int8/evidence/bias.json', 'evidence/bias.json', [[MANIFEST, 'int8/evidence/bias.json is in the folder of another system (sys/int8/ai-system.yaml)']]],
      ["the variant cites the parent's", 'evidence/bias.json', '../evidence/bias.json', [['sys/int8/ai-system.yaml', '../evidence/bias.json is in the folder of another system (sys/ai-system.yaml)']]],
    ])('%s', (_name, parentCites, variantCites, expected) => {
      const failures = failuresOf(check(nested(parentCites, variantCites)), RULE).map((f) => [f.file, f.message]);
      expect(failures).toEqual((expected as string[][]).map(([file, message]) => [file, other(message as string)]));
    });
  });

  // From a red-team helper: reports kept outside every system's folder, or a neighbour's manifest
  // moved one folder down so its reports' folder has no manifest above it.
  it.each([
    ['a report in a shared folder that the neighbour cites too', (m: Record<string, any>) => (m.bias.reports[0].path = '../shared/bias.json'), '../shared/bias.json', 'other/ai-system.yaml'],
    ["the neighbour's report, its manifest moved one folder down", (m: Record<string, any>) => (m.bias.reports[0].path = '../evidence/bias.json'), '../other/evidence/bias.json', 'other/sys/ai-system.yaml'],
  ])('fails %s, for the second system to cite it, naming the first', (name, neighbour, path, first) => {
    const moved = name.includes('moved');
    const files: Files = {
      ...(moved ? systemIn('other/sys', 'neighbour', neighbour) : systemIn('other', 'neighbour', neighbour)),
      ...(moved ? { 'other/evidence/bias.json': compliantFiles()['sys/evidence/bias.json'] as string } : {}),
      ...systemIn('sys', 'demo-scorer', (m) => (m.bias.reports[0].path = path)),
      'shared/bias.json': compliantFiles()['sys/evidence/bias.json'] as string,
    };
    const report = check(files);
    const real = moved ? 'other/evidence/bias.json' : 'shared/bias.json';
    expect(failuresOf(report, RULE)).toEqual([
      { file: MANIFEST, line: lineOf(files[MANIFEST] as string, `path: ${path}`), message: `${real} is also cited as a report by ${first}: a report is about one model, so it is that system's; cite this system's own` },
    ]);
    expect(resultsOf(report, RULE).filter((r) => r.file === MANIFEST).map((r) => r.status)).toEqual(['fail']);
  });

  // New user: a batch scorer and an API that serve one model folder cite one scan of it. A scan
  // is about files: shared by systems that ship the same ones, it is each one's; a system that
  // ships other files, or declares none, has shown nothing about its own with it.
  describe('a security scan two systems cite', () => {
    const SCAN = JSON.stringify({ summary: { total_issues: 0, input_path: 'models/shared', scanned: { total_scanned: 1, scanned_files: ['scorer.pt'] } }, issues: [], errors: [] });
    const citing = (artifacts: Array<Record<string, string>> | undefined, scanPath = '../evidence/modelscan.json') => (m: Record<string, any>) => {
      m.assurance = { ...m.assurance, security: { scans: [{ path: scanPath, format: 'modelscan' }] } };
      if (artifacts) m.artifacts = artifacts;
      else delete m.artifacts;
    };
    const SHARED = [{ path: '../models/shared/scorer.pt', date: '2026-10-27' }];
    const repo = (mine: Array<Record<string, string>> | undefined, scanPath?: string): Files => ({
      ...systemIn('other', 'neighbour', citing([...SHARED, { path: '../models/shared/config.json', date: '2026-10-27' }])),
      ...systemIn('sys', 'demo-scorer', citing(mine, scanPath)),
      'evidence/modelscan.json': SCAN,
      'sys/evidence/modelscan.json': SCAN,
      'models/shared/scorer.pt': 'weights',
      'models/shared/other.pt': 'other weights',
      'models/shared/config.json': '{}',
    });
    const registry = (files: Files): Files => ({ ...files, 'other/ai-system.yaml': (files['other/ai-system.yaml'] as string).replace('path: ../models/shared/config.json', `path: s3://models/scorer.pt\n    sha256: ${'AB'.repeat(32)}`) });
    it.each<[string, Files]>([
      ['ship the same model file', repo(SHARED)],
      ['ship the same file, written through a link to its folder', { ...repo([{ path: 'model/scorer.pt', date: '2026-10-27' }]), 'sys/model': { symlink: '../models/shared' } }],
      ['ship the same model file, one citing a copy of the scan', repo(SHARED, 'evidence/modelscan.json')],
    ])('passes two systems that %s', (_name, files) => {
      expect(failuresOf(check(files), RULE)).toEqual([]);
    });

    it.each([
      ['ships another model file', [{ path: '../models/shared/other.pt', date: '2026-10-27' }]],
      ['ships the same file and another', [...SHARED, { path: '../models/shared/other.pt', date: '2026-10-27' }]],
      ['declares no artifacts', undefined],
      ['names registry weights with no sha256', [{ path: 's3://models/scorer.pt' }]],
      // Review: a declared sha256 of weights kept elsewhere is what a copied manifest carries over.
      ['names the same registry weights by sha256', [{ path: 's3://models/scorer.pt', sha256: 'ab'.repeat(32) }]],
    ])('fails the second system when it %s', (_name, mine) => {
      const files = _name.includes('sha256') ? registry(repo(mine)) : repo(mine);
      expect(failuresOf(check(files), RULE)).toEqual([
        { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'path: ../evidence/modelscan.json'), message: "evidence/modelscan.json is also cited as a report by other/ai-system.yaml: a report is about one model, so it is that system's; cite this system's own" },
      ]);
    });
  });

  // New user: two services serving one model folder could not share its bias report, and a
  // service in serving/ below a Hub model at the root could not cite the root's scan.
  describe('reports about the model files that systems shipping the same files share', () => {
    const SCAN = JSON.stringify({ summary: { total_issues: 0, input_path: 'model', scanned: { total_scanned: 1, scanned_files: ['scorer.pt'] } }, issues: [], errors: [] });
    const shipping = (artifacts: string[], bias: string, scan: string) => (m: Record<string, any>) => {
      m.artifacts = artifacts.map((path) => ({ path, date: '2026-10-27' }));
      m.bias.reports[0].path = bias;
      m.assurance = { ...m.assurance, security: { scans: [{ path: scan, format: 'modelscan' }] } };
    };
    const SERVICE = 'hub/serving/ai-system.yaml';
    /** A model system in hub/ and a service below it, in hub/serving/, shipping `mine`. */
    const nested = (mine: string[]): Files => ({
      ...systemIn('hub', 'hub-model', shipping(['model/scorer.pt'], 'evidence/bias.json', 'evidence/modelscan.json')),
      ...systemIn('hub/serving', 'hub-api', shipping(mine, '../evidence/bias.json', '../evidence/modelscan.json')),
      'hub/evidence/modelscan.json': SCAN,
      'hub/model/scorer.pt': 'weights',
      'hub/model/other.pt': 'other weights',
    });
    /** Two services citing one bias report in a folder no system owns. */
    const services = (mine: string[]): Files => ({
      ...systemIn('other', 'batch', shipping(['../models/m/scorer.pt'], '../models/m/bias.json', '../models/m/modelscan.json')),
      ...systemIn('sys', 'demo-scorer', shipping(mine, '../models/m/bias.json', '../models/m/modelscan.json')),
      'models/m/bias.json': compliantFiles()['sys/evidence/bias.json'] as string,
      'models/m/modelscan.json': SCAN,
      'models/m/scorer.pt': 'weights',
      'models/m/other.pt': 'other weights',
    });

    it('passes two services shipping the same model file that cite one bias report and one scan of it', () => {
      expect(failuresOf(check(services(['../models/m/scorer.pt'])), RULE)).toEqual([]);
    });

    it('fails the second service when it ships another file', () => {
      const files = services(['../models/m/other.pt']);
      expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([
        "models/m/bias.json is also cited as a report by other/ai-system.yaml: a report is about one model, so it is that system's; cite this system's own",
        "models/m/modelscan.json is also cited as a report by other/ai-system.yaml: a report is about one model, so it is that system's; cite this system's own",
      ]);
    });

    it("passes a service citing the bias report and scan in the folder of the system it lies in, which ships the same file", () => {
      const report = check(nested(['../model/scorer.pt']));
      expect(resultsOf(report, RULE).filter((r) => r.file === SERVICE).map((r) => r.status)).toEqual(['pass']);
    });

    // Review: a service whose folder sorts before its owner's was taken as the report's first citer.
    it('leaves the owning system its first citer, whichever is checked first', () => {
      const files: Files = {
        ...systemIn('hub', 'hub-model', shipping(['model/scorer.pt', 'model/other.pt'], 'evidence/bias.json', 'evidence/modelscan.json')),
        ...systemIn('hub/Serving', 'hub-api', shipping(['../model/scorer.pt'], '../evidence/bias.json', '../evidence/modelscan.json')),
        'hub/evidence/modelscan.json': SCAN,
        'hub/model/scorer.pt': 'weights',
        'hub/model/other.pt': 'other weights',
      };
      const report = check(files);
      expect(failuresOf(report, RULE)).toEqual([]);
      expect(resultsOf(report, RULE).map((r) => [r.file, r.status])).toEqual([['hub/Serving/ai-system.yaml', 'pass'], ['hub/ai-system.yaml', 'pass']]);
    });

    it('fails it when the service ships a file that system does not', () => {
      const files = nested(['../model/other.pt']);
      expect(failuresOf(check(files), RULE).filter((f) => f.file === SERVICE).map((f) => f.message)).toEqual([
        other('../evidence/bias.json is in the folder of another system (hub/ai-system.yaml)'),
        other('../evidence/modelscan.json is in the folder of another system (hub/ai-system.yaml)'),
      ]);
    });

    // Stop 47's residual: a service borrowing its model's reports kept other weights of its own, unlisted.
    describe('a service that holds a model file its artifacts do not list', () => {
      const unlisted = '(systems that ship the same model files may share one, but a folder of this system also holds weights/other.safetensors, which its artifacts do not list)';
      const EXTRA = { 'weights/other.safetensors': 'other weights' };

      it("fails its citations into the folder of the system it lies in, saying why", () => {
        const files: Files = { ...nested(['../model/scorer.pt']), ...prefixed('hub/serving/', EXTRA) };
        expect(failuresOf(check(files), RULE).filter((f) => f.file === SERVICE).map((f) => f.message)).toEqual([
          `${other('../evidence/bias.json is in the folder of another system (hub/ai-system.yaml)')} ${unlisted}`,
          `${other('../evidence/modelscan.json is in the folder of another system (hub/ai-system.yaml)')} ${unlisted}`,
        ]);
      });

      it('fails its citations of a report another service cites, saying why', () => {
        const files: Files = { ...services(['../models/m/scorer.pt']), ...prefixed('sys/', EXTRA) };
        expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([
          `models/m/bias.json is also cited as a report by other/ai-system.yaml: a report is about one model, so it is that system's; cite this system's own ${unlisted}`,
          `models/m/modelscan.json is also cited as a report by other/ai-system.yaml: a report is about one model, so it is that system's; cite this system's own ${unlisted}`,
        ]);
      });

      it('passes when the extra file is no model file, or lies in the folder of the system that owns the model', () => {
        expect(failuresOf(check({ ...services(['../models/m/scorer.pt']), 'sys/weights/notes.txt': 'not a model' }), RULE)).toEqual([]);
        // The extra file beside the borrowed model, listed by neither: the model's system's folder, not this one's.
        expect(failuresOf(check({ ...nested(['../model/scorer.pt']), 'hub/model/extra.safetensors': 'x' }), RULE).filter((f) => f.file === SERVICE)).toEqual([]);
      });

      // Review: the system holding the unlisted file sorted first, became the first citer, and shared with the next.
      it('fails the second citer too when the first holds one, whichever sorts first, saying whose', () => {
        const files: Files = { ...services(['../models/m/scorer.pt']), ...prefixed('other/', EXTRA) };
        const theirs = '(systems that ship the same model files may share one, but a folder of other/ai-system.yaml also holds weights/other.safetensors, which its artifacts do not list)';
        expect(failuresOf(check(files), RULE).map((f) => [f.file, f.message])).toEqual([
          ['sys/ai-system.yaml', `models/m/bias.json is also cited as a report by other/ai-system.yaml: a report is about one model, so it is that system's; cite this system's own ${theirs}`],
          ['sys/ai-system.yaml', `models/m/modelscan.json is also cited as a report by other/ai-system.yaml: a report is about one model, so it is that system's; cite this system's own ${theirs}`],
        ]);
      });
    });

    it('still fails a monitoring run of the system it lies in, which is of one deployment', () => {
      const files = systemIn('hub/serving', 'hub-api', (m) => {
        shipping(['../model/scorer.pt'], 'evidence/bias.json', 'evidence/modelscan.json')(m);
        m.monitoring.latestRun = '../monitoring/run.json';
      });
      const all: Files = { ...nested(['../model/scorer.pt']), ...files, 'hub/serving/evidence/modelscan.json': SCAN, 'hub/monitoring/run.json': '{}' };
      expect(failuresOf(check(all), RULE).filter((f) => f.file === SERVICE).map((f) => f.message)).toEqual([other('../monitoring/run.json is in the folder of another system (hub/ai-system.yaml)')]);
    });
  });

  // From a red-team helper: the neighbour's report copied into this system's folder, byte for byte.
  describe("a copy of the neighbour's report in this system's own folder", () => {
    const neighbourReport = () => systemIn('other', 'neighbour')['other/evidence/bias.json'] as string;
    it.each([
      ['the same bytes', (text: string) => text, 'fail'],
      ['the same text with a byte-order mark', (text: string) => `\uFEFF${text}`, 'fail'],
      // From a red-team helper: white space changed.
      ['the same text with a newline added', (text: string) => `${text}\n`, 'fail'],
      ['the same text with CRLF line ends', (text: string) => text.replace(/\n/g, '\r\n'), 'fail'],
      ['the same JSON minified', (text: string) => JSON.stringify(JSON.parse(text)), 'fail'],
      ['one figure changed', (text: string) => text.replace('0.04', '0.03'), 'pass'],
    ])('%s: %s', (_name, copy, expected) => {
      const files: Files = { ...citingBiasReport('evidence/bias.json'), 'sys/evidence/bias.json': copy(neighbourReport()) };
      const report = check(files);
      expect(resultsOf(report, RULE).filter((r) => r.file === MANIFEST).map((r) => r.status)).toEqual([expected]);
      if (expected === 'fail') {
        expect(failuresOf(report, RULE)).toEqual([
          {
            file: MANIFEST,
            line: lineOf(files[MANIFEST] as string, 'path: evidence/bias.json'),
            message: "sys/evidence/bias.json has the same content as other/evidence/bias.json, which other/ai-system.yaml cites: a report is about one model, so one of the two is a copy of the other system's; cite this system's own",
          },
        ]);
      }
    });

    it('passes two systems whose reports hold almost nothing, alike ({}: other rules judge those)', () => {
      const files: Files = {
        ...systemIn('other', 'neighbour', (m) => (m.monitoring.latestRun = 'monitoring/latest.json')),
        'other/monitoring/latest.json': '{}',
        ...systemIn('sys', 'demo-scorer', (m) => (m.monitoring.latestRun = 'monitoring/latest.json')),
        'sys/monitoring/latest.json': '{}',
      };
      expect(failuresOf(check(files), RULE)).toEqual([]);
    });

    // From a red-team helper: a Giskard export records neither the model nor the time, so two
    // clean scans with the same detectors are the same text.
    it('passes two systems whose Giskard scans found nothing with the same detectors', () => {
      const clean = JSON.stringify({ NumericalPerturbationDetector: {}, PerformanceBiasDetector: {}, DataLeakageDetector: {} }, null, 4);
      const robustness = (m: Record<string, any>) => {
        m.assurance = { robustness: { results: [{ path: 'evidence/giskard.json', format: 'giskard', thresholds: [{ family: '*', maxIssues: 0 }] }] } };
      };
      const files: Files = { ...systemIn('other', 'neighbour', robustness), 'other/evidence/giskard.json': clean, ...systemIn('sys', 'demo-scorer', robustness), 'sys/evidence/giskard.json': clean };
      const report = check(files);
      expect(failuresOf(report, RULE)).toEqual([]);
      expect(resultsOf(report, RULE).filter((r) => r.file === MANIFEST).map((r) => r.status)).toEqual(['pass']);
    });

    // From a red-team helper: the neighbour is left out of the run, so its citations were never
    // seen. They are read from its manifest, where a whole run would have checked it.
    const copied = (neighbourFolder: string): Files => {
      const files: Files = { ...systemIn(neighbourFolder, 'neighbour'), ...systemIn('sys', 'demo-scorer') };
      files['sys/evidence/bias.json'] = files[`${neighbourFolder}/evidence/bias.json`] as string;
      return files;
    };
    const copyOf = (neighbourFolder: string, leftOut = false) =>
      `sys/evidence/bias.json has the same content as ${neighbourFolder}/evidence/bias.json, which ${neighbourFolder}/ai-system.yaml${leftOut ? ' (a system this run leaves out, read to compare)' : ''} cites: a report is about one model, so one of the two is a copy of the other system's; cite this system's own`;
    it.each([
      ['only this system\'s folder is checked', {}, { scanPath: 'sys' }],
      ['--include leaves the neighbour out', {}, { include: ['sys/**'] }],
      ['--exclude leaves the neighbour out', {}, { exclude: ['other/**'] }],
      ["the policy's exclude leaves the neighbour out", { '.modelgate/policy.yaml': 'extends: baseline\nexclude: ["other/**"]\n' }, { policy: '.modelgate/policy.yaml' }],
    ])('fails a copy of a left-out neighbour\'s report when %s', (_name, extra, options) => {
      const files: Files = { ...copied('other'), ...(extra as Files) };
      const report = check(files, options);
      expect(report.systems.map((s) => s.manifest)).toEqual([MANIFEST]);
      expect(failuresOf(report, RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'path: evidence/bias.json'), message: copyOf('other', true) }]);
    });

    // From a review: a left-out system that sorts after this one was taken as the second to cite
    // the text, and is not reported, so neither failed.
    it('fails a copy of a left-out neighbour\'s report wherever the neighbour sorts (a whole run fails the later of the two)', () => {
      const files = copied('zz');
      expect(failuresOf(check(files, { scanPath: 'sys' }), RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'path: evidence/bias.json'), message: copyOf('zz', true) }]);
      const whole = failuresOf(check(files), RULE);
      expect(whole.map((f) => [f.file, f.message])).toEqual([['zz/ai-system.yaml', copyOf('zz').replace('sys/evidence/bias.json has the same content as zz/evidence/bias.json, which zz/ai-system.yaml', 'zz/evidence/bias.json has the same content as sys/evidence/bias.json, which sys/ai-system.yaml')]]);
    });

    it('fails a copy a pull request makes of an untouched system\'s report, with the policy excluding an unrelated folder', () => {
      const files: Files = { ...copied('zz'), '.modelgate/policy.yaml': 'extends: baseline\nexclude: ["vendor/**"]\n' };
      const report = check(files, { policy: '.modelgate/policy.yaml', changedFiles: ['sys/evidence/bias.json'] });
      expect(report.systems.map((s) => s.manifest)).toEqual([MANIFEST]);
      expect(failuresOf(report, RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'path: evidence/bias.json'), message: copyOf('zz') }]);
    });

    // From a review: the folder looked at on disk was remembered for the run, so only the first
    // system to ask noted it, and the changed-files scope left the second unreported.
    it('reports every system citing into a folder a pull request makes another system\'s, with the changed-files scope', () => {
      const files: Files = {
        ...systemIn('aa', 'aa-scorer', (m) => (m.bias.reports[0].path = '../shared/bias.json')),
        ...systemIn('bb', 'bb-scorer', (m) => (m.bias.reports[0].path = '../shared/bias.json')),
        'shared/bias.json': compliantFiles()['sys/evidence/bias.json'] as string,
        'shared/ai-system.yaml': stringify({ ...compliantManifest(), id: 'shared-scorer' }),
        '.modelgate/policy.yaml': 'extends: baseline\nexclude: ["shared/**"]\n',
      };
      const report = check(files, { policy: '.modelgate/policy.yaml', changedFiles: ['shared/ai-system.yaml'] });
      expect(report.systems.map((s) => s.manifest)).toEqual(['aa/ai-system.yaml', 'bb/ai-system.yaml']);
      expect(failuresOf(report, RULE).map((f) => f.file)).toEqual(['aa/ai-system.yaml', 'bb/ai-system.yaml']);
    });

    // From a review: the left-out system is judged as it would be, per-path overrides and all.
    it('leaves out what a left-out system cites where an override turns the rule off for it', () => {
      const files: Files = {
        ...citingBiasReport('../shared/bias.json'),
        ...systemIn('legacy', 'legacy-scorer', (m) => (m.bias.reports[0].path = '../shared/bias.json')),
        '.modelgate/policy.yaml': 'extends: baseline\noverrides:\n  - files: ["legacy/**"]\n    rules: { evidence/own-system: off }\n',
      };
      delete files['other/ai-system.yaml'];
      for (const options of [{}, { scanPath: 'sys' }]) {
        expect(failuresOf(check(files, { policy: '.modelgate/policy.yaml', ...options }), RULE)).toEqual([]);
      }
    });

    // From a review: our own results format need not name the model or the time either.
    it.each([
      ['our own results, naming neither the model nor the time', { schema: 'modelgate/robustness-results@1', results: [{ family: 'prompt-injection', passed: 50, total: 50 }] }, 'modelgate', 'pass'],
      ['our own results, naming the target', { schema: 'modelgate/robustness-results@1', target: 'demo', results: [{ family: 'prompt-injection', passed: 50, total: 50 }] }, 'modelgate', 'fail'],
      ['a Giskard export whose issues describe the data', { PerformanceBiasDetector: { minor: ['For records where `age` < 25, the Recall is 4.12% lower than the global Recall.'] } }, 'giskard', 'fail'],
    ])('two systems citing alike robustness results: %s (%s)', (_name, result, format, expected) => {
      const text = JSON.stringify(result, null, 2);
      const robustness = (m: Record<string, any>) => {
        m.assurance = { robustness: { results: [{ path: 'evidence/robustness.json', format, thresholds: [{ family: '*', maxIssues: 5, minPassRate: 0.5 }] }] } };
      };
      const files: Files = { ...systemIn('other', 'neighbour', robustness), 'other/evidence/robustness.json': text, ...systemIn('sys', 'demo-scorer', robustness), 'sys/evidence/robustness.json': text };
      expect(resultsOf(check(files), RULE).filter((r) => r.file === MANIFEST).map((r) => r.status)).toEqual([expected]);
    });

    it('passes one system citing the same text under two names', () => {
      const files: Files = {
        ...systemIn('sys', 'demo-scorer', (m) => m.bias.reports.push({ path: 'evidence/bias-again.json', format: 'modelgate' })),
      };
      files['sys/evidence/bias-again.json'] = files['sys/evidence/bias.json'] as string;
      expect(failuresOf(check(files), RULE)).toEqual([]);
    });
  });

  it('is not applicable to a system that cites none of the reports it judges', () => {
    const files = { [MANIFEST]: stringify({ ...compliantManifest(), bias: undefined }) };
    expect(resultsOf(check({ ...compliantFiles(), ...files }), RULE).map((r) => r.status)).toEqual(['not-applicable']);
  });
});
