/**
 * Energy reports (CodeCarbon emissions.csv) and the card's co2_eq_emissions: the adapter on a file
 * as CodeCarbon writes it, each rule on a passing system and on each way it fails, with the exact
 * finding and its line; every real card of the corpus read without a crash.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardEmissions } from '../../../src/evidence/energy/checks.js';
import { energy } from '../../../src/evidence/energy/kind.js';
import { parseCard } from '../../../src/load/model-card.js';
import { totalEmissionsKg } from '../../../src/evidence/energy/types.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';
import { check, COMPLIANT_CARD, compliantFiles, failuresOf, MANIFEST, resultsOf, withManifest } from '../../helpers/system.js';

const CSV = fixture('energy/codecarbon.csv');
const REPORT = 'sys/evidence/emissions.csv';
const LAST_ROW = CSV.trimEnd().split('\n').at(-1) as string;
const ZERO = 'timestamp,run_id,duration,emissions,emissions_rate,energy_consumed\n2026-10-27T08:15:02,r1,0,0,0,0\n';

/** The card with co2_eq_emissions front matter (YAML text), or the compliant card. */
const cardWith = (co2: string | null) => (co2 === null ? COMPLIANT_CARD : COMPLIANT_CARD.replace('pipeline_tag: tabular-classification\n', `pipeline_tag: tabular-classification\nco2_eq_emissions: ${co2}\n`));
const CARD_OK = '{ emissions: 30.17, source: CodeCarbon, training_type: pre-training, geographical_location: "Frankfurt, Germany", hardware_used: AMD EPYC 7B13 }';

const withEnergy = (csv: string | undefined, co2: string | null = CARD_OK, entry: Record<string, string> = {}, tier = 'high') =>
  withManifest(
    (m) => {
      m.risk.euAiAct = tier === 'high' ? m.risk.euAiAct : { tier };
      m.assurance = { energy: { reports: [{ path: 'evidence/emissions.csv', format: 'codecarbon', ...entry }] } };
    },
    { 'sys/README.md': cardWith(co2), ...(csv === undefined ? {} : { [REPORT]: csv }) },
  );

describe('the CodeCarbon adapter', () => {
  it('reads emissions.csv by column name, each row at its line; a run counts once, by its last (cumulative) row', () => {
    const report = storeWith({ 'emissions.csv': CSV }).evidence(energy, 'emissions.csv');
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.measurements.map((m) => [m.runId.slice(0, 8), m.at.line, m.duration, m.country])).toEqual([
      ['6f1c2e3a', 2, 1800.412, 'DEU'],
      ['6f1c2e3a', 3, 3600.87, 'DEU'],
      ['6f1c2e3a', 4, 5258.305, 'DEU'],
    ]);
    expect(totalEmissionsKg(report.value)).toBeCloseTo(0.0301725, 7);
  });

  it('a quoted field with a line break and CRLF endings keep the lines right', () => {
    const text = `${CSV.split('\n')[0]}\r\n${LAST_ROW.replace('AMD EPYC 7B13', '"AMD EPYC\n7B13"')}\r\n${LAST_ROW.replace('6f1c2e3a', 'aaaaaaaa')}\r\n`;
    const report = storeWith({ 'emissions.csv': text }).evidence(energy, 'emissions.csv');
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.measurements.map((m) => m.at.line)).toEqual([2, 4]);
    expect(totalEmissionsKg(report.value)).toBeCloseTo(0.060345, 6);
  });

  it('an unclosed quote is a finding at its line, without echoing the file', () => {
    const text = `${CSV.split('\n').slice(0, 3).join('\n')}\n2026,"oops,x\n`;
    expect(storeWith({ 'emissions.csv': text }).evidence(energy, 'emissions.csv')).toEqual({
      ok: false,
      problem: { message: 'emissions.csv: invalid CSV: a quoted field is never closed', at: { file: 'emissions.csv', line: 4, column: 1 } },
    });
  });
});

interface Case {
  rule: string;
  name: string;
  csv: string | undefined;
  /** The card's co2_eq_emissions (null: none; default: the file's total). */
  co2?: string | null;
  entry?: Record<string, string>;
  tier?: string;
  expected: Array<{ file: string; at: string; message: string }>;
}

const cases: Case[] = [
  {
    rule: 'energy/report-readable',
    name: 'the file does not exist',
    csv: undefined,
    expected: [{ file: MANIFEST, at: 'path: evidence/emissions.csv', message: 'sys/evidence/emissions.csv does not exist' }],
  },
  {
    rule: 'energy/report-readable',
    name: 'a row with a field missing',
    csv: CSV.replace(',hesse,,,Linux', ',hesse,,Linux'),
    expected: [{ file: REPORT, at: '2026-10-27T08:15:02', message: 'sys/evidence/emissions.csv: line 2 has 37 fields, the header 38' }],
  },
  {
    rule: 'energy/report-readable',
    name: 'not a CodeCarbon file',
    csv: 'epoch,loss\n1,0.5\n',
    entry: {},
    expected: [{ file: REPORT, at: 'epoch,loss', message: 'sys/evidence/emissions.csv is not a CodeCarbon emissions file: its header has no run_id, duration, emissions, energy_consumed columns' }],
  },
  {
    rule: 'energy/report-readable',
    name: 'figures that are not numbers, in two rows (the file is not read: a row left out would change the total)',
    csv: CSV.replace(',3600.87,', ',soon,').replace(',5258.305,0.03017253093519167,', ',5258.305,lots,'),
    expected: [{ file: REPORT, at: '2026-10-27T08:45:02', message: 'sys/evidence/emissions.csv: run 6f1c2e3a-9b7d-4c52-8e0a-2d4b1f7c9a11: duration is not a number (and 1 more unreadable row)' }],
  },
  {
    rule: 'energy/values-sane',
    name: 'a negative figure, and one too large to be finite',
    csv: CSV.replace(',1800.412,', ',-1800.412,').replace(',3600.87,', ',1e999,'),
    expected: [
      { file: REPORT, at: '2026-10-27T08:15:02', message: 'run 6f1c2e3a-9b7d-4c52-8e0a-2d4b1f7c9a11: duration is -1800.412; each must be a finite, non-negative number' },
      { file: REPORT, at: '2026-10-27T08:45:02', message: 'run 6f1c2e3a-9b7d-4c52-8e0a-2d4b1f7c9a11: duration is Infinity; each must be a finite, non-negative number' },
    ],
  },
  {
    rule: 'energy/values-sane',
    name: 'emissions written in grams (1000 times the grid intensity)',
    csv: `${CSV.split('\n')[0]}\n${LAST_ROW.replace(',0.03017253093519167,5.738071666666667e-06,', ',30.17253093519167,0.005738071666666667,')}\n`,
    expected: [{ file: REPORT, at: '2026-10-27T09:12:40', message: 'run 6f1c2e3a-9b7d-4c52-8e0a-2d4b1f7c9a11: 30.17 kg CO2eq for 0.07919299458055556 kWh is 381 kg/kWh, above any grid\'s 2; are the emissions in grams?' }],
  },
  // Found by an auditor helper: 302 kWh against 0.030 kg CO2eq (0.1 g/kWh) passed.
  {
    rule: 'energy/values-sane',
    name: 'energy inflated far past what the emissions allow (below any grid)',
    csv: `${CSV.split('\n')[0]}\n${LAST_ROW.replace(',0.07919299458055556,', ',302.0,')}\n`,
    expected: [{ file: REPORT, at: '2026-10-27T09:12:40', message: "run 6f1c2e3a-9b7d-4c52-8e0a-2d4b1f7c9a11: 0.03017 kg CO2eq for 302 kWh is 0.0000999 kg/kWh, below any grid's 0.001; check the energy and the emissions" }],
  },
  {
    rule: 'energy/values-sane',
    name: 'an edited emissions figure no longer matches the rate CodeCarbon wrote',
    csv: `${CSV.split('\n')[0]}\n${LAST_ROW.replace(',0.03017253093519167,', ',0.003,')}\n`,
    expected: [{ file: REPORT, at: '2026-10-27T09:12:40', message: 'run 6f1c2e3a-9b7d-4c52-8e0a-2d4b1f7c9a11: emissions_rate 0.000005738071666666667 is not emissions / duration (5.705e-7 kg/s)' }],
  },
  {
    rule: 'energy/values-sane',
    name: 'a file whose every run measured nothing (zero emissions and energy)',
    csv: ZERO,
    expected: [{ file: REPORT, at: '2026-10-27T08:15:02', message: 'sys/evidence/emissions.csv measured nothing: every run has zero emissions and energy' }],
  },
  {
    rule: 'energy/card-valid',
    name: 'a negative card value',
    csv: CSV,
    co2: '-3',
    expected: [{ file: 'sys/README.md', at: 'co2_eq_emissions: -3', message: "the model card's co2_eq_emissions is -3; it must be a non-negative number of grams" }],
  },
  {
    rule: 'energy/card-valid',
    name: 'a mapping without emissions',
    csv: CSV,
    co2: '{ source: CodeCarbon }',
    expected: [{ file: 'sys/README.md', at: 'co2_eq_emissions:', message: "the model card's co2_eq_emissions cannot be read: it has no emissions (grams)" }],
  },
  {
    rule: 'energy/card-agrees',
    name: 'the card states kilograms where grams belong',
    csv: CSV,
    co2: '0.0302',
    expected: [{ file: 'sys/README.md', at: 'co2_eq_emissions: 0.0302', message: 'the model card states 0.0302 g CO2eq but the cited training report totals 0.03017 kg (30.17 g); the card looks to state kilograms, but co2_eq_emissions is in grams' }],
  },
  {
    rule: 'energy/card-agrees',
    name: 'the card sums the cumulative rows (2.0 times the run)',
    csv: CSV,
    co2: '{ emissions: 61.17, source: CodeCarbon }',
    expected: [{ file: 'sys/README.md', at: 'emissions: 61.17', message: 'the model card states 61.17 g CO2eq but the cited training report totals 0.03017 kg (30.17 g)' }],
  },
  {
    rule: 'energy/training-reported',
    name: 'a GPAI model with only an inference report and no card value',
    csv: CSV,
    co2: null,
    entry: { stage: 'inference' },
    tier: 'gpai',
    expected: [{ file: MANIFEST, at: 'assurance:', message: 'no readable energy report is for training (stage: training or fine-tuning), and the model card states no co2_eq_emissions' }],
  },
  {
    rule: 'energy/training-reported',
    name: 'a GPAI model whose training report measured nothing and whose card states 0 g',
    csv: ZERO,
    co2: '0',
    tier: 'gpai',
    expected: [{ file: MANIFEST, at: 'assurance:', message: 'the cited training energy reports measured no emissions, and the model card states none (0 g); report what training emitted' }],
  },
];

describe('energy rules', () => {
  const RULES = ['energy/report-readable', 'energy/values-sane', 'energy/card-valid', 'energy/card-agrees'];

  it.each(RULES)('%s passes on the CodeCarbon file and the card that states its total', (rule) => {
    expect(resultsOf(check(withEnergy(CSV)), rule).map((r) => r.status)).toEqual(['pass']);
  });

  it('training-reported passes for a GPAI model with a training report, and for one whose card states it', () => {
    expect(resultsOf(check(withEnergy(CSV, null, {}, 'gpai')), 'energy/training-reported').map((r) => r.status)).toEqual(['pass']);
    expect(resultsOf(check(withEnergy(undefined, '1710', {}, 'gpai')), 'energy/training-reported').map((r) => r.status)).toEqual(['pass']);
  });

  it('values-sane does not apply (rather than pass) when the report cannot be read', () => {
    expect(resultsOf(check(withEnergy(undefined)), 'energy/values-sane').map((r) => r.status)).toEqual(['not-applicable']);
  });

  it('training-reported applies to GPAI providers only (Annex XI)', () => {
    expect(resultsOf(check(withEnergy(undefined, null)), 'energy/training-reported').map((r) => r.status)).toEqual(['not-applicable']);
  });

  it.each(cases)('$rule fails: $name', ({ rule, csv, co2, entry, tier, expected }) => {
    const files = withEnergy(csv, co2 === undefined ? CARD_OK : co2, entry, tier);
    expect(failuresOf(check(files), rule)).toEqual(expected.map(({ file, at, message }) => ({ file, line: lineOf(files[file] as string, at), message })));
  });

  it('every real card of the corpus is read: the two with co2_eq_emissions pass card-valid, the rest have none to judge', () => {
    const dir = path.resolve(import.meta.dirname, '../../fixtures/corpus/hf-model-cards');
    const seen: Record<string, string> = {};
    for (const name of fs.readdirSync(dir).sort()) {
      const report = check({ ...compliantFiles(), 'sys/README.md': fs.readFileSync(path.join(dir, name), 'utf8') });
      const [result] = resultsOf(report, 'energy/card-valid');
      if (result?.status !== 'not-applicable') seen[name] = result?.status ?? 'missing';
    }
    expect(seen).toEqual({ 'aira-2-1b1.md': 'pass', 'autotrain-co2-scalar-zh.md': 'pass' });
  });

  // Every passing check of the card read its value, and each composed the front matter's positions
  // to say where it was: a tenth of a passing run over 1,000 systems.
  it("reads the card's co2_eq_emissions without locating it; the line is found when a finding shows it", () => {
    const text = cardWith('{ emissions: -3 }');
    const card = parseCard(text, 'sys/README.md');
    const frontMatter = card.frontMatter;
    if (!frontMatter) throw new Error('no front matter');
    let located = 0;
    const locate = frontMatter.locate.bind(frontMatter);
    frontMatter.locate = (at) => (located++, locate(at));
    const read = cardEmissions(card);
    expect([read?.grams, located]).toEqual([-3, 0]);
    expect([read?.at.file, read?.at.line, located]).toEqual(['sys/README.md', lineOf(text, 'emissions: -3'), 1]);
  });
});
