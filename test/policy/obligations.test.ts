/**
 * EU AI Act applicability: which obligations apply to a system (tier, roles, basis), from when
 * (the policy's timeline and the as-of date), and how a pack selects the timeline.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/evaluate/policy.js';
import { aiActProfile, effectiveProfile, flagsOfBasis, obligationExemption, obligationsDropped, sparedParts, type AiActProfile, type Timeline } from '../../src/policy/obligations.js';
import { isOpenSourceLicense } from '../../src/policy/open-source.js';
import { policyChanges } from '../../src/policy/changes.js';
import { makeRepo } from '../helpers/repo.js';
import { check, failuresOf, resultsOf, withManifest } from '../helpers/system.js';

const day = (date: string) => new Date(`${date}T12:00:00Z`);
const HIGH_III: AiActProfile = { tier: 'high', basis: 'Annex III 5(b): creditworthiness', roles: ['provider'] };
const HIGH_I: AiActProfile = { tier: 'high', basis: 'Annex I Section A 11: a medical device', roles: ['provider'] };
const OPEN_GPAI: AiActProfile = { tier: 'gpai', roles: ['provider'], openSource: { license: 'apache-2.0' } };
const OPEN_SOURCE_REASON = 'does not apply (Art. 53(2)): the model is released under an open-source licence (apache-2.0) with its parameters public, and has no systemic risk';

describe('an open-source release (Art. 53(2))', () => {
  it.each<[string, boolean]>([
    ['apache-2.0', true],
    ['Apache-2.0', true],
    ['mit', true],
    ['GPL-3.0-or-later', true],
    ['GPL-2.0-only WITH Classpath-exception-2.0', true],
    ['MIT OR LicenseRef-custom', true],
    ['LicenseRef-custom OR MIT AND Apache-2.0', true],
    ['(MIT OR Apache-2.0) AND BSD-3-Clause', true],
    ['llama3', false],
    ['openrail', false],
    ['cc-by-nc-4.0', false],
    ['cc-by-4.0', false],
    ['MIT AND cc-by-nc-4.0', false],
    ['(MIT OR llama3) AND BSD-3-Clause', false],
    ['MIT OR', false],
    ['', false],
    // An SPDX exception adds permissions; anything else after WITH may take them away (the
    // Commons Clause forbids selling the software), so it is not an open-source licence.
    ['apache-2.0 with Classpath-exception-2.0', false],
    ['Apache-2.0 WITH llvm-exception', true],
    ['(GPL-2.0-only WITH Classpath-exception-2.0) AND MIT', true],
    ['Apache-2.0 WITH Commons-Clause', false],
    ['(Apache-2.0 WITH Commons-Clause)', false],
    ['MIT WITH LicenseRef-no-commercial-use', false],
    ['MIT WITH AdditionRef-no-commercial-use', false],
    ['Apache-2.0 WITH Commons-Clause OR MIT', true],
    ['MIT WITH AND', false],
    ['MIT WITH LLVM-exception WITH Commons-Clause', false],
    ['(MIT) NOT llama3', false],
  ])('license %j is open-source: %s', (license, expected) => {
    expect(isOpenSourceLicense(license)).toBe(expected);
  });

  it.each<[string, Record<string, unknown>, AiActProfile['openSource']]>([
    ['an OSI licence and parameters public', { license: 'apache-2.0', transparency: { parametersPublic: true } }, { license: 'apache-2.0' }],
    ['parameters public under a licence with use restrictions', { license: 'llama3', transparency: { parametersPublic: true } }, undefined],
    ['an OSI licence, parameters not declared public', { license: 'apache-2.0', transparency: {} }, undefined],
    ['"true" written as text', { license: 'apache-2.0', transparency: { parametersPublic: 'true' } }, undefined],
    ['no licence', { transparency: { parametersPublic: true } }, undefined],
  ])('%s', (_name, manifest, expected) => {
    expect(aiActProfile(manifest).openSource).toEqual(expected);
  });

  it('reads "open-source" from the SPDX list it was generated from (node scripts/osi-licenses.mjs)', async () => {
    const { readFileSync } = await import('node:fs');
    const spdx = JSON.parse(readFileSync('node_modules/spdx-license-list/spdx.json', 'utf8')) as Record<string, { osiApproved: boolean }>;
    const committed = JSON.parse(readFileSync('src/policy/data/osi-approved-licenses.json', 'utf8')) as { ids: string[] };
    expect(committed.ids).toEqual(Object.keys(spdx).filter((id) => spdx[id]?.osiApproved).sort());
  });

  it('spares parts (a) and (b) of Art. 53 in coverage, not the article', () => {
    expect(sparedParts('Art.53', OPEN_GPAI)).toEqual(['Art.53(1)(a)', 'Art.53(1)(b)']);
    expect(sparedParts('Art.53', { ...OPEN_GPAI, tier: 'gpai-systemic' })).toEqual([]);
    expect(sparedParts('Art.9', OPEN_GPAI)).toEqual([]);
  });
});

describe('obligationExemption', () => {
  it.each<[string, string, AiActProfile, string, Timeline, string | undefined]>([
    ['a high-risk Annex III provider, Art.9 after 2026-08-02', 'Art.9', HIGH_III, '2026-09-01', 'regulation', undefined],
    ['the same before it', 'Art.9', HIGH_III, '2026-07-31', 'regulation', 'applies from 2026-08-02 (Regulation (EU) 2024/1689 as published, Art. 113)'],
    ['the same under the Digital Omnibus', 'Art.9', HIGH_III, '2026-09-01', 'digital-omnibus', 'applies from 2027-12-02 (Digital Omnibus on AI (proposal COM(2025) 836), as adopted)'],
    ['an Annex I product, a year later', 'Art.9', HIGH_I, '2026-09-01', 'regulation', 'applies from 2027-08-02 (Regulation (EU) 2024/1689 as published, Art. 113)'],
    ['an Annex I product under the Digital Omnibus', 'Art.15', HIGH_I, '2028-01-01', 'digital-omnibus', 'applies from 2028-08-02 (Digital Omnibus on AI (proposal COM(2025) 836), as adopted)'],
    ['a deployer duty for a provider', 'Art.26', HIGH_III, '2026-09-01', 'regulation', "an obligation of the deployer; this system's roles are provider"],
    ['a deployer duty when roles are undeclared (both)', 'Art.27', { tier: 'high' }, '2026-09-01', 'regulation', undefined],
    ['a high-risk duty for a minimal system', 'Art.9', { tier: 'minimal' }, '2026-09-01', 'regulation', 'applies to high systems; this one is minimal'],
    ['AI literacy for a minimal system', 'Art.4', { tier: 'minimal' }, '2026-09-01', 'regulation', undefined],
    ['Art.50 for a chatbot', 'Art.50', { tier: 'limited' }, '2026-09-01', 'regulation', undefined],
    ['Art.50 for a chatbot before 2026-08-02', 'Art.50', { tier: 'limited' }, '2026-07-01', 'regulation', 'applies from 2026-08-02 (Regulation (EU) 2024/1689 as published, Art. 113)'],
    ['Art.53 for a GPAI model since 2025-08-02', 'Art.53', { tier: 'gpai' }, '2025-09-01', 'regulation', undefined],
    ['Art.55 for a GPAI model without systemic risk', 'Art.55', { tier: 'gpai' }, '2026-09-01', 'regulation', 'applies to gpai-systemic systems; this one is gpai'],
    ['Art.55 with systemic risk', 'Art.55', { tier: 'gpai-systemic' }, '2026-09-01', 'regulation', undefined],
    ['an undeclared tier counts as high', 'Art.14', {}, '2026-09-01', 'regulation', undefined],
    ['a misspelt tier counts as high', 'Art.14', { tier: 'High' }, '2026-09-01', 'regulation', undefined],
    ['nothing but Art.4 and Art.5 for a prohibited system', 'Art.9', { tier: 'prohibited' }, '2026-09-01', 'regulation', 'the system is declared prohibited (Art. 5): no other obligation can make it lawful'],
    ['Art.5 for a prohibited system', 'Art.5', { tier: 'prohibited' }, '2026-09-01', 'regulation', undefined],
    ['an article that is no listed obligation', 'Art.64', { tier: 'minimal' }, '2026-09-01', 'regulation', undefined],
    ['registration for an Annex III system assessed as not high-risk (Art. 49(2))', 'Art.49', { tier: 'minimal', basis: 'Annex III 5(b): prepares files only (Art. 6(3)(a))', roles: ['provider'] }, '2026-09-01', 'regulation', undefined],
    ['but not for its deployer', 'Art.49', { tier: 'minimal', basis: 'Annex III 5(b): prepares files only', roles: ['deployer'] }, '2026-09-01', 'regulation', "an obligation of the provider; this system's roles are deployer"],
    ['nor for a minimal system outside Annex III', 'Art.49', { tier: 'minimal', basis: 'spam filter' }, '2026-09-01', 'regulation', 'applies to high systems; this one is minimal'],
    ['nor the rest of Chapter III for the assessed system', 'Art.9', { tier: 'minimal', basis: 'Annex III 5(b): prepares files only' }, '2026-09-01', 'regulation', 'applies to high systems; this one is minimal'],
    // Art. 53(2): an open-source release is spared points (a) and (b) of Art. 53(1), not the rest.
    ['Art.53(1)(a) for an open-source release', 'Art.53(1)(a)', OPEN_GPAI, '2026-09-01', 'regulation', OPEN_SOURCE_REASON],
    ['Art.53(1)(b) for an open-source release', 'Art.53(1)(b)', OPEN_GPAI, '2026-09-01', 'regulation', OPEN_SOURCE_REASON],
    ['Art.53(1)(c) for an open-source release (copyright policy)', 'Art.53(1)(c)', OPEN_GPAI, '2026-09-01', 'regulation', undefined],
    ['Art.53 itself for an open-source release', 'Art.53', OPEN_GPAI, '2026-09-01', 'regulation', undefined],
    ['Art.53(1)(a) for an open-source release with systemic risk', 'Art.53(1)(a)', { ...OPEN_GPAI, tier: 'gpai-systemic' }, '2026-09-01', 'regulation', undefined],
    ['Art.53(1)(a) for a GPAI model not released open-source', 'Art.53(1)(a)', { tier: 'gpai', roles: ['provider'] }, '2026-09-01', 'regulation', undefined],
    ['Art.53(1)(a) for a deployer of an open-source release', 'Art.53(1)(a)', { ...OPEN_GPAI, roles: ['deployer'] }, '2026-09-01', 'regulation', "an obligation of the provider; this system's roles are deployer"],
    ['Art.53(1)(a) before 2025-08-02', 'Art.53(1)(a)', { tier: 'gpai', roles: ['provider'] }, '2025-07-01', 'regulation', 'applies from 2025-08-02 (Regulation (EU) 2024/1689 as published, Art. 113)'],
  ])('%s', (_name, article, profile, asOf, timeline, expected) => {
    expect(obligationExemption(article, profile, day(asOf), timeline)).toBe(expected);
  });
});

describe('when: { obligation } in a rule', () => {
  const files = withManifest((m) => delete m.risk.impactAssessment);

  it('the EU pack applies a high-risk rule from the obligation date of the timeline it selects', () => {
    const before = check(files, { policy: 'eu-ai-act-high-risk', now: day('2026-07-01') });
    expect(resultsOf(before, 'risk/impact-assessment')).toEqual([
      expect.objectContaining({ status: 'not-applicable', message: 'Art.9 applies from 2026-08-02 (Regulation (EU) 2024/1689 as published, Art. 113)' }),
    ]);
    expect(failuresOf(check(files, { policy: 'eu-ai-act-high-risk', now: day('2026-08-02') }), 'risk/impact-assessment').length).toBeGreaterThan(0);
  });

  it('a pack selecting the Digital Omnibus moves it to 2027-12-02', () => {
    const omnibus = { ...files, 'omnibus.yaml': 'extends: eu-ai-act-high-risk\neuAiAct: { timeline: digital-omnibus }\n' };
    const report = check(omnibus, { policy: 'omnibus.yaml', now: day('2026-09-01') });
    expect(resultsOf(report, 'risk/impact-assessment')[0]).toMatchObject({ status: 'not-applicable', message: expect.stringContaining('Art.9 applies from 2027-12-02') });
    expect(failuresOf(check(omnibus, { policy: 'omnibus.yaml', now: day('2027-12-02') }), 'risk/impact-assessment').length).toBeGreaterThan(0);
  });

  it('takes a part of an obligation its data lists (Art.53(1)(a)), and refuses one it does not', () => {
    const pack = (obligation: string) => makeRepo({ 'pack.yaml': `extends: baseline\nrules:\n  risk/register:\n    severity: error\n    when: { obligation: ${obligation} }\n` });
    expect(() => loadPolicy('pack.yaml', { baseDir: pack('Art.53(1)(a)') })).not.toThrow();
    expect(() => loadPolicy('pack.yaml', { baseDir: pack('Art.53(9)(z)') })).toThrow(/when\.obligation Art\.53\(9\)\(z\) is not an obligation modelgate knows/);
  });

  it('refuses an article that is no obligation, at its line', () => {
    const dir = makeRepo({ 'pack.yaml': 'extends: baseline\nrules:\n  risk/register:\n    severity: error\n    when: { obligation: Art.999 }\n' });
    expect(() => loadPolicy('pack.yaml', { baseDir: dir })).toThrow(/^pack\.yaml:5:25: rule risk\/register: when\.obligation Art\.999 is not an obligation modelgate knows; use one of Art\.4, Art\.5/);
  });

  it('refuses a timeline that does not exist, at its line', () => {
    const dir = makeRepo({ 'pack.yaml': 'extends: baseline\neuAiAct:\n  timeline: omnibus-2\n' });
    expect(() => loadPolicy('pack.yaml', { baseDir: dir })).toThrow(/^pack\.yaml:3:13: /);
  });

  it('a pull request moving the policy to the Digital Omnibus is listed as weakening it', () => {
    const base = loadPolicy('eu-ai-act-high-risk', { baseDir: process.cwd() }).resolved;
    const dir = makeRepo({ 'pack.yaml': 'extends: eu-ai-act-high-risk\neuAiAct: { timeline: digital-omnibus }\n' });
    const head = loadPolicy('pack.yaml', { baseDir: dir }).resolved;
    expect(policyChanges(base, head)).toEqual([{ change: 'reads the EU AI Act by the digital-omnibus timeline (was regulation): high-risk obligations apply later', key: 'euAiAct' }]);
    expect(policyChanges(head, base)).toEqual([{ change: 'reads the EU AI Act by the regulation timeline (was digital-omnibus)', key: 'euAiAct' }]);
  });
});

describe('obligationsDropped (what governance/risk-not-lowered reports)', () => {
  const PROVIDER_HIGH = ['Art.6', 'Art.9', 'Art.10', 'Art.11', 'Art.12', 'Art.13', 'Art.14', 'Art.15', 'Art.16', 'Art.17', 'Art.18', 'Art.19', 'Art.20', 'Art.43', 'Art.47', 'Art.48', 'Art.49', 'Art.72', 'Art.73'];
  it.each<[string, AiActProfile, AiActProfile, { articles: string[]; later: boolean }]>([
    ['nothing changes', HIGH_III, HIGH_III, { articles: [], later: false }],
    ['a role added', HIGH_III, { ...HIGH_III, roles: ['provider', 'deployer'] }, { articles: [], later: false }],
    ['the provider role dropped', { ...HIGH_III, roles: ['provider', 'deployer'] }, { ...HIGH_III, roles: ['deployer'] }, { articles: PROVIDER_HIGH, later: false }],
    // Registration stays (Art. 49(2)): the basis still cites Annex III.
    ['an undeclared tier (high) declared minimal', { basis: 'Annex III 5(b)' }, { tier: 'minimal', basis: 'Annex III 5(b)' }, { articles: [...PROVIDER_HIGH.slice(1, 13), 'Art.26', 'Art.27', ...PROVIDER_HIGH.slice(13).filter((a) => a !== 'Art.49'), 'Art.86'], later: false }],
    ['an assessed Annex III system whose basis no longer cites the annex', { tier: 'minimal', basis: 'Annex III 5(b): prepares files only' }, { tier: 'minimal', basis: 'prepares files only' }, { articles: ['Art.49'], later: false }],
    ['the basis moved to Annex I (provider only)', HIGH_III, HIGH_I, { articles: [], later: true }],
    ['a basis citing both annexes keeps the Annex III date', HIGH_III, { ...HIGH_III, basis: 'Annex I Section A 11 and Annex III 5(b)' }, { articles: [], later: false }],
    ['an open-source release declared', { tier: 'gpai', roles: ['provider'] }, OPEN_GPAI, { articles: ['Art.53(1)(a)', 'Art.53(1)(b)'], later: false }],
    ['an open-source release withdrawn', OPEN_GPAI, { tier: 'gpai', roles: ['provider'] }, { articles: [], later: false }],
    ['an open-source release with systemic risk declared', { tier: 'gpai-systemic', roles: ['provider'] }, { ...OPEN_GPAI, tier: 'gpai-systemic' }, { articles: [], later: false }],
  ])('%s', (_name, before, after, expected) => {
    expect(obligationsDropped(before, after)).toEqual(expected);
  });

  it.each([
    ['Annex III 5(b): creditworthiness', 'annex-iii'],
    ['Creditworthiness (Annex 3, point 5(b))', 'annex-iii'],
    ['Annex I Section A 11: a medical device', 'annex-i'],
    ['Art. 6(1): safety component of a lift', 'annex-i'],
    ['Annex I Section A 11 and Annex III 5(b)', 'annex-iii'],
    ['No Annex I product and no Annex III use', 'annex-iii'],
  ])('the milestone of basis "%s" is %s', (basis, milestone) => {
    expect(effectiveProfile({ tier: 'high', basis }).milestone).toBe(milestone);
  });

  // However a citation is written, Annex III and its point 1 letters are read from it: a basis
  // that cites emotion recognition in a form the reader missed spared the Art. 50(3) notice.
  it.each([
    ['Annex III 5(b): creditworthiness', true, []],
    ['Annex III, points 4(a): recruitment', true, []],
    ['Annex III (4)(a): recruitment', true, []],
    ['Annex III \u2013 4(a): recruitment', true, []],
    ['AnnexIII4(a): recruitment', true, []],
    ['Annex \u0406\u0406\u0406 4(a), in Cyrillic letters', true, []],
    ['Annex III 1(c): emotion recognition', true, ['recognisesEmotions']],
    ['annex iii 1 (c)', true, ['recognisesEmotions']],
    ['Annex III 1(a) and 1(c)', true, ['recognisesEmotions']],
    ['Annex III, point 1, (c)', true, ['recognisesEmotions']],
    ['Annex III point 1.c', true, ['recognisesEmotions']],
    ['Annex III 1 - (c)', true, ['recognisesEmotions']],
    ['Annex III 1.(c)', true, ['recognisesEmotions']],
    ['Annex III 1\uff08c\uff09 (full-width brackets)', true, ['recognisesEmotions']],
    ['Annex III 1(b)-(c)', true, ['categorisesBiometrically', 'recognisesEmotions']],
    ['Annex III point 1(b), (c)', true, ['categorisesBiometrically', 'recognisesEmotions']],
    ['Annex III 1\u0001(c): a control character between', true, ['recognisesEmotions']],
    ['Annex III 4(a); also Annex III 1(b)', true, ['categorisesBiometrically']],
    ['Annex III 1(a): remote biometric identification, a camera', true, []],
    ['Annex III 1(c) and c', true, ['recognisesEmotions']],
    ['Annex III 5(b) creditworthiness checks', true, []],
    ['Not an Annex III use', false, []],
    ['Annex 13', false, []],
    ['Art. 6(2): Annex III use', true, []],
    // A number in the next sentence is no point of the annex.
    ['Art. 50(1): customers are told; not in Annex III. 5 support agents review every draft.', false, []],
    ['Outside Annex III; 4 reviewers sign off', false, []],
    // As the Regulation writes it, ranges, and what an editor slips in.
    ['Emotion recognition of callers (point 1(c) of Annex III); Art. 50(3)', true, ['recognisesEmotions']],
    ['Annex III 1(a)-(c)', true, ['categorisesBiometrically', 'recognisesEmotions']],
    ['Annex III 1(a) to (c)', true, ['categorisesBiometrically', 'recognisesEmotions']],
    ['Annex\u200bIII 1\u200b(c)', true, ['recognisesEmotions']],
    ['Annexe III, point 1(c)', true, ['recognisesEmotions']],
  ])('basis %j: Annex III %s, implies %j', (basis, annexIII, flags) => {
    expect(effectiveProfile({ tier: 'high', basis }).annexIII).toBe(annexIII);
    expect(flagsOfBasis(basis).map(({ flag }) => flag)).toEqual(flags);
  });
});

describe('policy changes that make coverage claim more', () => {
  const base = () => loadPolicy('eu-ai-act-high-risk', { baseDir: process.cwd() }).resolved;
  const head = (pack: string) => loadPolicy('pack.yaml', { baseDir: makeRepo({ 'pack.yaml': pack }) }).resolved;

  it('lists references a pack adds to a rule\'s evidences as weakening', () => {
    const changes = policyChanges(base(), head('extends: eu-ai-act-high-risk\nrules:\n  oversight/autonomy-level: { evidences: { euAiAct: [Art.14(4)(a), Art.14(4)(b)] } }\n'));
    expect(changes).toEqual([
      { change: 'counts oversight/autonomy-level as evidence of euAiAct Art.14(4)(a), euAiAct Art.14(4)(b) (coverage shows what it maps to as evidenced)', rule: 'oversight/autonomy-level' },
    ]);
  });

  it('lists a framework dropped from, or narrowed in, the coverage scope', () => {
    const narrowed = head('name: narrow\nextends: []\nframeworks: { euAiAct: [Art.9], iso42001: all }\nrules: { risk/not-prohibited: error }\n');
    const changes = policyChanges(base(), narrowed).map((c) => c.change);
    expect(changes).toContain('reports fewer euAiAct controls in coverage');
    expect(changes).toContain('stops reporting coverage of nistAiRmf');
  });
});

describe('policies/frameworks/eu-ai-act.yaml', () => {
  it('gives each obligation only known fields, valid tiers, roles and milestones (a comma in an unquoted title splits it)', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const raw = parse(readFileSync('policies/frameworks/eu-ai-act.yaml', 'utf8')) as { controls: Record<string, Record<string, unknown>> };
    const milestones = ['prohibitions', 'gpai', 'general', 'high-risk'];
    for (const [id, control] of Object.entries(raw.controls)) {
      expect(Object.keys(control).filter((k) => !['title', 'tiers', 'roles', 'from', 'parts', 'only', 'also', 'openSource', 'partRoles'].includes(k)), id).toEqual([]);
      // A paragraph binds some of the article's roles, never another.
      for (const [part, roles] of Object.entries((control.partRoles as Record<string, string[]> | undefined) ?? {})) {
        expect(part.startsWith(`${id}(`), part).toBe(true);
        for (const role of roles) expect(control.roles, part).toContain(role);
      }
      // The parts an open-source release is spared are parts of the article.
      for (const part of (control.openSource as string[] | undefined) ?? []) expect(control.parts, id).toContain(part);
      expect(typeof control.title === 'string' && control.title.length > 3, id).toBe(true);
      expect(milestones, id).toContain(control.from);
      if (control.tiers !== 'all') for (const tier of control.tiers as string[]) expect(['prohibited', 'high', 'limited', 'minimal', 'gpai', 'gpai-systemic'], id).toContain(tier);
      for (const role of control.roles as string[]) expect(['provider', 'deployer'], id).toContain(role);
    }
    expect(Object.keys(raw.controls)).toHaveLength(27);
  });
});

// Red team: "Annex III section 5(b)" cited no point; review: "section 4 of our assessment" after
// "not in Annex III" is no point of it.
describe('an Annex III basis that says "section"', () => {
  it.each<[string, number[]]>([
    ['Annex III section 5(b): evaluates the creditworthiness of natural persons', [5]],
    ['Annex III, item 4(a): recruitment', [4]],
    ['Not in Annex III, section 4 of our risk assessment explains why.', []],
    ['Outside Annex III - section 4 of the DPIA covers this', []],
  ])('%s: points %j', async (basis, points) => {
    const { personsAreasOfBasis } = await import('../../src/policy/obligations.js');
    expect(personsAreasOfBasis(basis).map((area) => area.point)).toEqual(points);
  });
});
