/** Framework identifiers as data: which references exist, how they roll up, and where they come from. */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { controlOf, loadFrameworks, unknownControlReference, unknownCoverageControl, type Framework, type FrameworkKey } from '../../src/policy/frameworks.js';
// @ts-expect-error: a plain ES module script without types
import { dataFile, readStructure } from '../../scripts/eu-ai-act-ids.mjs';

const eu = () => loadFrameworks().get('euAiAct') as Framework;

describe('EU AI Act identifiers (policies/frameworks/ids/eu-ai-act.yaml)', () => {
  it.each([
    'Art.14(4)(e)',
    'Art.10(2)(f)',
    'Art.6(3)',
    'Art.6(8)',
    'Art.3(1)',
    'Art.3(49)(c)',
    'Art.3(68)',
    'Art.13(3)(b)(vii)',
    'Art.16(a)',
    'Art.43(1)(d)',
    'Art.73(4)',
    'Art.113(3)(a)',
    'Art.4',
    'Art.113',
    'Annex III 5(b)',
    'Annex IV 2(d)',
    'Annex IV 9',
    'Annex I Section A 5',
    'Annex I 13',
    'Annex VII 3.1(a)',
    'Annex VIII Section C',
    'Annex VIII Section A 13',
    'Annex XI Section 1 2(c)',
    'Annex XII 1(h)',
    'Annex XIII(a)',
    'Annex II',
  ])('%s exists', (reference) => {
    expect(unknownControlReference(eu(), reference)).toBeUndefined();
  });

  it.each([
    ['Art.999', 'is not in the EU AI Act: its articles are Art.1 to Art.113'],
    ['Art.0', 'is not in the EU AI Act: its articles are Art.1 to Art.113'],
    ['Art.10(99)', 'is not in the EU AI Act: Art.10 has (1) to (6)'],
    ['Art.10(2)(z)', 'is not in the EU AI Act: Art.10(2) has (a) to (h)'],
    ['Art.10(7)(a)', 'is not in the EU AI Act: Art.10 has (1) to (6)'],
    ['Art.14(4)(e)(i)', 'is not in the EU AI Act: Art.14(4)(e) has no numbered paragraphs or points'],
    ['Art.4(1)', 'is not in the EU AI Act: Art.4 has no numbered paragraphs or points'],
    ['Art.73(12)', 'is not in the EU AI Act: Art.73 has (1) to (11)'],
    ['Art.16(1)', 'is not in the EU AI Act: Art.16 has (a) to (l)'],
    ['Annex XIV', 'is not in the EU AI Act: its annexes are Annex I to Annex XIII'],
    ['Annex IV 99', 'is not in the EU AI Act: Annex IV has 1 to 9'],
    ['Annex IV 3(a)', 'is not in the EU AI Act: Annex IV 3 has no numbered paragraphs or points'],
    ['Annex III 5(e)', 'is not in the EU AI Act: Annex III 5 has (a) to (d)'],
    ['Annex VIII 3', 'is not in the EU AI Act: Annex VIII has Section A, Section B, Section C'],
    ['Annex VIII Section D', 'is not in the EU AI Act: Annex VIII has Section A, Section B, Section C'],
    ['Annex VIII Section C 6', 'is not in the EU AI Act: Annex VIII Section C has 1 to 5'],
    ['Annex VII 3.9', 'is not in the EU AI Act: Annex VII 3 has 3.1 to 3.4'],
    ['Article 9', 'is not an EU AI Act reference such as Art.14(4)(e) or Annex IV 2(d)'],
    ['Art.10(2)(f) ', 'is not an EU AI Act reference such as Art.14(4)(e) or Annex IV 2(d)'],
  ])('%s is refused: %s', (reference, message) => {
    expect(unknownControlReference(eu(), reference)).toBe(message);
  });

  it('the generator reproduces the committed data file from the source structure (fixture without the legal text)', () => {
    const committed = fs.readFileSync('policies/frameworks/ids/eu-ai-act.yaml', 'utf8');
    const { commit } = (parse(committed) as { source: { commit: string } }).source;
    const source = parse(fs.readFileSync('test/fixtures/frameworks/ai-act-structure.yaml', 'utf8'));
    expect(dataFile(readStructure(source), commit)).toBe(committed);
  });

  it('the fixture holds the numbering of the source only, none of its text', () => {
    const { objects } = parse(fs.readFileSync('test/fixtures/frameworks/ai-act-structure.yaml', 'utf8'));
    for (const { description } of objects.framework.requirement_nodes as Array<{ description?: string }>) {
      for (const line of description === undefined ? [] : description.split('\n')) expect(line).toMatch(/^(?:: )?(?:\d+(?:\.\d+)?\.|\([a-z]{1,4}\)|Section [A-Z]\.)$/);
    }
  });

  it('holds identifiers only: no line of legal text', () => {
    const { articles, annexes } = parse(fs.readFileSync('policies/frameworks/ids/eu-ai-act.yaml', 'utf8')) as Record<string, Record<string, string>>;
    expect(Object.keys(articles ?? {})).toHaveLength(113);
    expect(Object.keys(annexes ?? {}).filter((annex) => !annex.includes('Section'))).toHaveLength(13);
    for (const ids of [...Object.values(articles ?? {}), ...Object.values(annexes ?? {})]) {
      expect(String(ids ?? '')).toMatch(/^(?:[\d.]*(?:\([a-z0-9]+\))*(?: |$))*$/);
    }
  });
});

describe('roll-up of a cited provision to its control (controlOf)', () => {
  // Every article the annexes roll up to, as if all were coverage controls.
  const withAll = (): Framework => ({
    ...eu(),
    controls: new Map(['Art.5', 'Art.6', 'Art.11', 'Art.14', 'Art.43', 'Art.47', 'Art.49', 'Art.51', 'Art.53', 'Art.60', 'Art.111'].map((id) => [id, id])),
  });
  it.each([
    ['Art.14(4)(e)', 'Art.14'],
    ['Annex IV 2(d)', 'Art.11'],
    ['Annex III 5(b)', 'Art.6'],
    ['Annex I Section A 5', 'Art.6'],
    ['Annex II', 'Art.5'],
    ['Annex V 4', 'Art.47'],
    ['Annex VI 2', 'Art.43'],
    ['Annex VII 3.1(a)', 'Art.43'],
    ['Annex VIII Section C 3', 'Art.49'],
    ['Annex IX 1', 'Art.60'],
    ['Annex X 2(a)', 'Art.111'],
    ['Annex XI Section 2 1', 'Art.53'],
    ['Annex XII 1(h)', 'Art.53'],
    ['Annex XIII(a)', 'Art.51'],
  ])('%s → %s', (reference, control) => {
    expect(controlOf(withAll(), reference)).toBe(control);
  });

  it('counts a reference toward nothing when its article is not a control of the list', () => {
    const only11: Framework = { ...eu(), controls: new Map([['Art.11', 'Technical documentation']]) };
    expect(controlOf(only11, 'Annex XI Section 1 2(c)')).toBeUndefined();
    expect(controlOf(only11, 'Art.17(1)(a)')).toBeUndefined();
    expect(controlOf(only11, 'Annex IV 1(a)')).toBe('Art.11');
  });
});

describe('the other frameworks: the coverage lists are the id lists', () => {
  const schema = JSON.parse(fs.readFileSync('schemas/policy-pack.schema.json', 'utf8'));
  it.each([
    ['nistAiRmf', schema.$defs.nistAiRmfSubcategory.enum, 72],
    ['iso42001', schema.$defs.iso42001Control.enum, 38],
    ['iso24028', schema.$defs.controls.properties.iso24028.items.enum, 6],
  ] as Array<[FrameworkKey, string[], number]>)('%s: the schema enum is the framework file, in order', (key, enumerated, count) => {
    const framework = loadFrameworks().get(key) as Framework;
    expect([...framework.controls.keys()]).toEqual(enumerated);
    expect(enumerated).toHaveLength(count);
  });

  it.each([
    ['nistAiRmf', 'MEASURE 9.9', 'is not a control of NIST AI RMF 1.0 (did you mean "MEASURE 2.9"?)'],
    ['nistAiRmf', 'MEASURE 2.14', 'is not a control of NIST AI RMF 1.0 (did you mean "MEASURE 2.1"?)'],
    ['nistAiRmf', 'MEASURE 2.1', undefined],
    ['nistAiRmf', 'GOVERN 1.7', undefined],
    ['iso42001', 'A.5.1.2', 'is not a control of ISO/IEC 42001:2023 Annex A (did you mean "A.6.1.2"?)'],
    ['iso24028', 'fairness', 'is not a control of Trustworthiness (ISO/IEC TR 24028)'],
  ] as Array<[FrameworkKey, string, string | undefined]>)('%s %s', (key, reference, message) => {
    expect(unknownControlReference(loadFrameworks().get(key) as Framework, reference)).toBe(message);
  });

  it('a frameworks: list names coverage controls only', () => {
    expect(unknownCoverageControl(eu(), 'Art.9')).toBeUndefined();
    expect(unknownCoverageControl(eu(), 'Art.9(1)')).toBe('is not a control that EU AI Act (Regulation (EU) 2024/1689) reports: it counts toward "Art.9"');
    expect(unknownCoverageControl(eu(), 'Annex IV 2(d)')).toBe('is not a control that EU AI Act (Regulation (EU) 2024/1689) reports: it counts toward "Art.11"');
    expect(unknownCoverageControl(eu(), 'Art.112')).toBe('is not a control that EU AI Act (Regulation (EU) 2024/1689) reports');
    expect(unknownCoverageControl(eu(), 'Art.999')).toBe('is not in the EU AI Act: its articles are Art.1 to Art.113');
    expect(unknownCoverageControl(eu(), 'Art 9')).toBe('is not a control that EU AI Act (Regulation (EU) 2024/1689) reports (did you mean "Art.9"?)');
  });
});

describe('every control reference bundled with modelgate is on the lists', () => {
  const files = [
    ...fs.readdirSync('policies').filter((f) => f.endsWith('.yaml')).map((f) => `policies/${f}`),
    ...fs.readdirSync('policies/rules').filter((f) => f.endsWith('.yaml')).map((f) => `policies/rules/${f}`),
  ];
  it.each(files)('%s', (file) => {
    const pack = parse(fs.readFileSync(file, 'utf8')) as {
      rules?: Record<string, { evidences?: Record<string, string[]>; supports?: Record<string, string[]> } | string>;
      frameworks?: Record<string, 'all' | string[]>;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const [id, rule] of Object.entries(pack.rules ?? {})) {
      if (typeof rule !== 'object') continue;
      for (const [key, references] of [...Object.entries(rule.evidences ?? {}), ...Object.entries(rule.supports ?? {})]) {
        checked++;
        for (const reference of references) {
          const problem = unknownControlReference(loadFrameworks().get(key as FrameworkKey) as Framework, reference);
          if (problem) problems.push(`${id} ${key} ${reference}: ${problem}`);
        }
      }
    }
    for (const [key, scope] of Object.entries(pack.frameworks ?? {})) {
      for (const id of scope === 'all' ? [] : scope) {
        const problem = unknownCoverageControl(loadFrameworks().get(key as FrameworkKey) as Framework, id);
        if (problem) problems.push(`frameworks ${key} ${id}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    // A rules file maps every rule: the loop above must have had references to check.
    if (file.startsWith('policies/rules/')) expect(checked).toBeGreaterThan(0);
  });
});
