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

  it('is not applicable to a system that cites none of the reports it judges', () => {
    const files = { [MANIFEST]: stringify({ ...compliantManifest(), bias: undefined }) };
    expect(resultsOf(check({ ...compliantFiles(), ...files }), RULE).map((r) => r.status)).toEqual(['not-applicable']);
  });
});
